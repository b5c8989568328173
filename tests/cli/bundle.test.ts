import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { needsProductionBuild } from '../helpers/build-for-browser-tests';
import { smallCampaignInput } from '../helpers/campaign';
import { describeWith } from '../helpers/requires';

/**
 * The compiled command line: `npm run build:cli` (run by `prepare`, so by npm ci) bundles it into
 * one CommonJS file that runs with node alone, its read workers included; bin/danvan.js runs it
 * while it is newer than its sources and says so when it falls back to tsx.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildCli } = require('../../scripts/build-cli.js') as { buildCli: (outdir: string) => Promise<string> };

const ROOT = join(__dirname, '..', '..');
const node = (args: string[], cwd: string) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });

/** A copy of `built` alone in an empty folder away from the repository, where no node_modules can be found. */
function copiedAlone(built: string): string {
  const bundle = join(mkdtempSync(join(tmpdir(), 'danvan-alone-')), 'danvan.cjs');
  copyFileSync(built, bundle);
  return bundle;
}

/** The file must carry everything: usage and the whole demo with node alone. */
function itRunsAlone(bundle: () => string): void {
  it('should print the usage with node alone', () => {
    const r = node([bundle(), '--help', '--lang', 'en'], dirname(bundle()));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^danvan — mass-mobilisation campaign reporting/);
  });

  it('should run the whole demo with node alone', () => {
    const r = node([bundle(), 'demo', '-o', 'x'], dirname(bundle()));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(join(dirname(bundle()), 'x')).sort()).toEqual(['bao-cao-don-vi', 'bao-cao-tong-hop.docx', 'bao-cao-tong-hop.xlsx', 'campaign.json', 'so', 'tong-hop.json']);
  }, 120_000);
}

let bundle: string;
beforeAll(async () => {
  bundle = copiedAlone(await buildCli(mkdtempSync(join(tmpdir(), 'danvan-build-'))));
}, 120_000);

describe('the bundled CLI', () => {
  itRunsAlone(() => bundle);

  it('should read a large batch in its own worker threads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-pool-'));
    writeFileSync(join(dir, 'campaign.json'), JSON.stringify(smallCampaignInput()));
    expect(node([bundle, 'generate', 'campaign.json', '-o', 'so'], dir).status).toBe(0);
    // 64 files reach the pool; unfilled forms are returns with errors, which is enough to read.
    mkdirSync(join(dir, 've'));
    const form = readFileSync(join(dir, 'so', 'units', 'XA01.xlsx'));
    for (let i = 0; i < 64; i++) writeFileSync(join(dir, 've', `xa01-${String(i).padStart(2, '0')}.xlsx`), form);
    const r = node([bundle, 'validate', 'campaign.json', 've', '--json', '-'], dir);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(json.units.find((u: { code: string }) => u.code === 'XA01').file).toMatch(/^xa01-\d\d\.xlsx$/);
    const files = new Set(json.issues.map((i: { file: string }) => i.file).filter((f: string) => f.startsWith('xa01-')));
    expect(files.size).toBe(64);
  }, 120_000);
});

describeWith([needsProductionBuild()], 'the CLI that npm run build writes beside the add-in (dist/danvan.cjs)', () => {
  let fromDist: string;
  beforeAll(() => {
    fromDist = copiedAlone(join(ROOT, 'dist', 'danvan.cjs'));
  });

  itRunsAlone(() => fromDist);

  it('should be published without the list of sources only a checkout reads', () => {
    expect(readdirSync(join(ROOT, 'dist')).filter((name) => name.startsWith('danvan.'))).toEqual(['danvan.cjs']);
  });
});

describe('bin/danvan.js', () => {
  /** A copy of the repository's bin beside a build whose one listed source is `src/a.ts`. */
  function checkout(): { root: string; source: string; built: string } {
    const root = mkdtempSync(join(tmpdir(), 'danvan-bin-'));
    mkdirSync(join(root, 'bin'));
    mkdirSync(join(root, 'build', 'cli'), { recursive: true });
    mkdirSync(join(root, 'src'));
    copyFileSync(join(ROOT, 'bin', 'danvan.js'), join(root, 'bin', 'danvan.js'));
    const source = join(root, 'src', 'a.ts');
    writeFileSync(source, '');
    const built = join(root, 'build', 'cli', 'danvan.cjs');
    copyFileSync(bundle, built);
    writeFileSync(join(root, 'build', 'cli', 'danvan.inputs.json'), JSON.stringify({ inputs: ['src/a.ts'] }));
    return { root, source, built };
  }

  it('should run the bundle, saying nothing more, while it is newer than its sources', () => {
    const { root, source } = checkout();
    const past = new Date(Date.now() - 60_000);
    utimesSync(source, past, past);
    const r = node([join(root, 'bin', 'danvan.js'), 'init', '--list-presets'], root);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toMatch(/^dot-15-ngay\t/);
  });

  it('should say, in the language asked for, that it falls back to the sources when a source is newer', () => {
    const { root, source } = checkout();
    const future = new Date(Date.now() + 60_000);
    utimesSync(source, future, future);
    const vi = node([join(root, 'bin', 'danvan.js'), '--help'], root);
    expect(vi.stderr.split('\n')[0]).toBe('danvan: build/cli/danvan.cjs cũ hơn src/a.ts; chạy thẳng mã TypeScript qua tsx (chậm hơn). Chạy npm run build:cli để biên dịch lại.');
    const en = node([join(root, 'bin', 'danvan.js'), '--help', '--lang', 'en'], root);
    expect(en.stderr.split('\n')[0]).toBe('danvan: build/cli/danvan.cjs is older than src/a.ts; running the TypeScript sources through tsx (slower). Run npm run build:cli to compile them.');
  });

  it('should say so when there is no bundle', () => {
    const root = mkdtempSync(join(tmpdir(), 'danvan-bin-'));
    mkdirSync(join(root, 'bin'));
    copyFileSync(join(ROOT, 'bin', 'danvan.js'), join(root, 'bin', 'danvan.js'));
    const r = node([join(root, 'bin', 'danvan.js'), '--help'], root);
    expect(r.stderr.split('\n')[0]).toBe('danvan: chưa có bản biên dịch build/cli/danvan.cjs; chạy thẳng mã TypeScript qua tsx (chậm hơn). Chạy npm run build:cli để biên dịch lại.');
  });
});
