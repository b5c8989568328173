import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

/**
 * Tests that need a real program run wherever it is installed; CI installs it, so there a missing
 * program is a failure rather than a skip.
 */
export function describeWith(command: string, title: string, body: () => void): void {
  if (hasCommand(command)) {
    describe(title, body);
  } else if (process.env.CI === 'true') {
    describe(title, () => {
      it(`needs ${command}, which CI must install`, () => {
        throw new Error(`${command} is not installed`);
      });
    });
  } else {
    describe.skip(`${title} (${command} not installed)`, body);
  }
}

/** Converts with headless LibreOffice in a throwaway profile, as a clerk's copy would open. */
export function sofficeConvert(file: string, to: string, outDir: string, inFilter?: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  const filter = inFilter === undefined ? [] : [`--infilter=${inFilter}`];
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...filter, '--convert-to', to, '--outdir', outDir, file], { stdio: 'pipe', timeout: 120000 });
}
