import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The one rule for tests that need something outside the repo (a program, a build, ../shared):
 * on a developer's machine a missing need skips the tests with a printed reason; in CI (CI=true),
 * which installs everything (.ci/run), it fails them, so nothing a test needs is skipped silently.
 *
 * A need is checked when the test file loads and is either undefined (met) or the reason it is not.
 */
export type Need = string | undefined;

const IN_CI = process.env.CI === 'true';

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v '${name}'`]).status === 0;
}

/** A program on the PATH, and the Debian package that brings it. */
export function needsCommand(name: string, debianPackage: string): Need {
  return hasCommand(name) ? undefined : `${name} is not installed (apt-get install ${debianPackage})`;
}

/** A file or folder, and how to get it. */
export function needsFile(path: string, howToGetIt: string): Need {
  return existsSync(path) ? undefined : `${path} is missing (${howToGetIt})`;
}

function unmet(needs: readonly Need[]): string | undefined {
  const reasons = needs.filter((need): need is string => need !== undefined);
  return reasons.length === 0 ? undefined : reasons.join('; ');
}

function failInCi(reason: string): () => never {
  return () => {
    throw new Error(`CI must provide what this test needs: ${reason}`);
  };
}

/** `describe(title, body)` when every need is met; otherwise skipped with a reason, or failing in CI. */
export function describeWith(needs: readonly Need[], title: string, body: () => void): void {
  const reason = unmet(needs);
  if (reason === undefined) {
    describe(title, body);
  } else if (IN_CI) {
    describe(title, () => it('should have what it needs', failInCi(reason)));
  } else {
    console.warn(`skipped "${title}": ${reason}`);
    describe.skip(`${title} (skipped: ${reason})`, body);
  }
}

/** `it(title, test)` when every need is met; otherwise skipped with a reason, or failing in CI. */
export function itWith(needs: readonly Need[], title: string, test: jest.ProvidesCallback, timeout?: number): void {
  const reason = unmet(needs);
  if (reason === undefined) {
    it(title, test, timeout);
  } else if (IN_CI) {
    it(title, failInCi(reason));
  } else {
    console.warn(`skipped "${title}": ${reason}`);
    it.skip(`${title} (skipped: ${reason})`, test);
  }
}
