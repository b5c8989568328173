import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { needsCommand, needsFile } from './requires';

/** What a LibreOffice test needs (with `describeWith` from ./requires). */
export const SOFFICE = needsCommand('soffice', 'libreoffice-calc');
export const PDFTOTEXT = needsCommand('pdftotext', 'poppler-utils');
/** LibreOffice Writer, which prints .docx files (Debian packages it apart from Calc). */
export const WRITER = needsFile('/usr/lib/libreoffice/share/registry/writer.xcd', 'apt-get install libreoffice-writer');
export const SSCONVERT = needsCommand('ssconvert', 'gnumeric');

/** Converts with headless LibreOffice in a throwaway profile, as a clerk's copy would open. */
export function sofficeConvert(file: string, to: string, outDir: string, inFilter?: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  const filter = inFilter === undefined ? [] : [`--infilter=${inFilter}`];
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...filter, '--convert-to', to, '--outdir', outDir, file], { stdio: 'pipe', timeout: 120000 });
}
