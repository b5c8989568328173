import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * jest's globalSetup: the browser tests (tests/e2e) run on the production build in dist/, so a run
 * that includes them builds it first when it is missing, a development build, or older than its
 * sources. `npm ci && npm test` on a fresh machine then runs them instead of skipping them; a run
 * of other tests only (`npx jest tests/core`) builds nothing, and neither does one after
 * `npm run build` (as in .ci/run).
 */
const ROOT = join(__dirname, '../..');
const DIST_PAGE = join(ROOT, 'dist', 'taskpane.html');
const E2E = join(ROOT, 'tests', 'e2e');
const SOURCES = ['src', 'assets', 'webpack.config.js', 'manifest.xml', 'tsconfig.json', 'package-lock.json', 'package.json', 'scripts/build-cli.js'];

function newestChange(path: string): { path: string; mtimeMs: number } {
  const stats = statSync(path);
  if (!stats.isDirectory()) return { path, mtimeMs: stats.mtimeMs };
  return readdirSync(path)
    .map((name) => newestChange(join(path, name)))
    .reduce((newest, next) => (next.mtimeMs > newest.mtimeMs ? next : newest), { path, mtimeMs: 0 });
}

/** Why dist/ must be built again, or undefined when it is up to date. */
export function whyBuild(): string | undefined {
  if (!existsSync(DIST_PAGE)) return 'dist/ is missing';
  // A production build names its scripts by content hash (webpack.config.js).
  if (!/src="?taskpane\.[0-9a-f]{8}\.js/.test(readFileSync(DIST_PAGE, 'utf8'))) return 'dist/ holds a development build';
  const built = statSync(DIST_PAGE).mtimeMs;
  const newest = SOURCES.map((source) => join(ROOT, source))
    .filter(existsSync)
    .map(newestChange)
    .reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a));
  return newest.mtimeMs > built ? `${newest.path.slice(ROOT.length + 1)} is newer than dist/` : undefined;
}

/** For tests of the production build itself (tests/helpers/requires.ts): met when dist/ is up to date. */
export function needsProductionBuild(): string | undefined {
  const reason = whyBuild();
  return reason === undefined ? undefined : `${reason} (run npm run build)`;
}

/** Whether the run's test-path filter (none: every test) selects a browser test. */
function runsBrowserTests(testPathPattern: string): boolean {
  if (testPathPattern === '') return true;
  const pattern = new RegExp(testPathPattern, 'i');
  return readdirSync(E2E)
    .filter((name) => name.endsWith('.test.ts'))
    .some((name) => pattern.test(join(E2E, name)));
}

export default function buildForBrowserTests(globalConfig: { testPathPattern?: string; listTests?: boolean }): void {
  if (globalConfig.listTests === true || !runsBrowserTests(globalConfig.testPathPattern ?? '')) return;
  const reason = whyBuild();
  if (reason === undefined) return;
  console.log(`\nBuilding the pane for the browser tests (${reason}): npm run build`);
  const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const result = spawnSync(process.execPath, [webpackCli, '--mode', 'production', '--stats', 'errors-warnings'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal}); the browser tests need dist/`);
}
