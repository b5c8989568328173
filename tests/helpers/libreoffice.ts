import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { needsCommand, needsFile } from './requires';
import type { Need } from './requires';

/** What a LibreOffice test needs (with `describeWith` from ./requires). */
export const SOFFICE = needsCommand('soffice', 'libreoffice-calc');
export const PDFTOTEXT = needsCommand('pdftotext', 'poppler-utils');
/** LibreOffice Writer, which prints .docx files (Debian packages it apart from Calc). */
export const WRITER = needsFile('/usr/lib/libreoffice/share/registry/writer.xcd', 'apt-get install libreoffice-writer');
export const SSCONVERT = needsCommand('ssconvert', 'gnumeric');

/** Converts with headless LibreOffice in a throwaway profile, as a clerk's copy would open; several files in one run. */
export function sofficeConvert(file: string | readonly string[], to: string, outDir: string, inFilter?: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  const filter = inFilter === undefined ? [] : [`--infilter=${inFilter}`];
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...filter, '--convert-to', to, '--outdir', outDir, ...[file].flat()], { stdio: 'pipe', timeout: 120000 });
}

/**
 * Typing into a real LibreOffice, headless, in a chosen locale: a throwaway profile whose
 * registrymodifications.xcu sets `ooSetupSystemLocale` (Tools → Options → Language Settings →
 * Locale setting: what decides how "1.000" or "12,5" typed into a cell is read), and a Python
 * macro in the profile that opens the file hidden, enters each text through the dispatcher's
 * `.uno:EnterString` (the same input path as typing a cell and pressing Enter, so the locale's
 * number recognition applies) and saves as .xlsx. The profile file is the documented place of
 * that setting, and a fresh profile per run keeps runs apart. The macro needs Debian's libreoffice-script-provider-python
 * (LibreOffice's own Basic runtime is not packaged with libreoffice-calc), which CI installs.
 */
function libreOfficePython(): Need {
  if (SOFFICE !== undefined) return SOFFICE;
  const program = spawnSync('sh', ['-c', 'dirname "$(readlink -f "$(command -v soffice)")"'], { encoding: 'utf8' }).stdout.trim();
  return needsFile(join(program, 'pythonscript.py'), 'apt-get install libreoffice-script-provider-python');
}
/** What a test that types into LibreOffice through its Python macros needs (with `describeWith`). */
export const LIBREOFFICE_PYTHON = libreOfficePython();

const TYPING_MACRO = `import json, os, uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p

def main(*args):
    ctx = XSCRIPTCONTEXT.getComponentContext()
    job = json.loads(os.environ["DANVAN_TYPING"])
    doc = XSCRIPTCONTEXT.getDesktop().loadComponentFromURL(uno.systemPathToFileUrl(job["in"]), "_blank", 0, (prop("Hidden", True),))
    controller = doc.getCurrentController()
    controller.setActiveSheet(doc.Sheets.getByName(job["sheet"]))
    frame = controller.getFrame()
    dispatcher = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    for cell, text in job["entries"]:
        dispatcher.executeDispatch(frame, ".uno:GoToCell", "", 0, (prop("ToPoint", cell),))
        dispatcher.executeDispatch(frame, ".uno:EnterString", "", 0, (prop("StringName", text),))
    doc.storeToURL(uno.systemPathToFileUrl(job["out"]), (prop("FilterName", "Calc MS Excel 2007 XML"),))
    doc.close(True)
`;

/** Types each `[cell, text]` into `sheet` as a clerk would in a LibreOffice set to `locale` (e.g. 'vi-VN'), then saves `out` as .xlsx. */
export function sofficeTypeAndSave(file: string, out: string, locale: string, sheet: string, entries: readonly (readonly [string, string])[]): void {
  const profile = mkdtempSync(join(tmpdir(), `lo-${locale}-`));
  mkdirSync(join(profile, 'user', 'Scripts', 'python'), { recursive: true });
  writeFileSync(join(profile, 'user', 'Scripts', 'python', 'danvan_typing.py'), TYPING_MACRO);
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>\n</oor:items>\n`,
  );
  const job = JSON.stringify({ in: file, out, sheet, entries });
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', 'vnd.sun.star.script:danvan_typing.py$main?language=Python&location=user'], {
    stdio: 'pipe',
    timeout: 120000,
    env: { ...process.env, DANVAN_TYPING: job },
  });
  if (!existsSync(out)) throw new Error(`LibreOffice (${locale}) did not save ${out}`);
}

/** Re-saves with Gnumeric, as `ssconvert in.xlsx out.xlsx` does on a clerk's Linux machine. */
export function ssconvert(file: string, out: string): void {
  execFileSync('ssconvert', [file, out], { stdio: 'pipe', timeout: 60000 });
}
