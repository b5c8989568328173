import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { STAGING_PREFIX } from '../../src/cli/files';

/**
 * Nothing lost: a process killed (SIGKILL, no chance to clean up) in the middle of writing a
 * report or the workbooks leaves the previous files byte for byte. The child starts the write,
 * says so as soon as the first bytes reach the temporary file, and is killed at once.
 */

const FILES_MODULE = resolve(__dirname, '../../src/cli/files.ts');
/** Large enough that writing it takes a few hundred milliseconds even to the page cache. */
const PAYLOAD_MB = 256;

const CHILD = `
const { readdirSync, statSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { writeFileAtomically, writeFilesAtomically } = require(${JSON.stringify(FILES_MODULE)});
const [mode, target, mb] = process.argv.slice(2);
const payload = Buffer.alloc(Number(mb) * 1024 * 1024, 0x42);
// The staging folder sits inside the folder being written: for one file, in the file's folder.
const parent = mode === 'one' ? dirname(target) : target;
const prefix = '.danvan-tmp-';
const write = mode === 'one'
  ? writeFileAtomically(target, payload)
  : writeFilesAtomically(target, [{ path: 'master.xlsx', bytes: payload }, { path: 'units/XA01.xlsx', bytes: payload }]);
write.then(() => {
  process.stdout.write('done\\n');
  process.exit(0);
});
/** Reports once a temporary file beside the target holds some bytes, but not all of them. */
const poll = setInterval(() => {
  try {
    look();
  } catch {
    // A file renamed between listing and stat: look again at the next tick.
  }
}, 1);
function look() {
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const files = readdirSync(join(parent, name), { recursive: true }).map((f) => join(parent, name, String(f)));
    const sizes = files.filter((f) => statSync(f).isFile()).map((f) => statSync(f).size);
    if (sizes.some((s) => s > 0 && s < payload.length)) {
      clearInterval(poll);
      process.stdout.write('writing\\n');
    }
  }
}
`;

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'danvan-atomic-'));
});

afterEach(() => {
  // A killed process leaves its staging folder behind (the next write sweeps it once stale).
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the child until it says it is writing, then SIGKILLs it; resolves with what it printed. */
function killMidWrite(mode: 'one' | 'many', target: string): Promise<string> {
  const script = join(dir, 'child.cjs');
  writeFileSync(script, CHILD);
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', script, mode, target, String(PAYLOAD_MB)], { cwd: resolve(__dirname, '../..'), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('writing')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', failed);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' || out.includes('done') ? done(out) : failed(new Error(`child ended without being killed: ${err}`))));
  });
}

/** Staging folders the writer made inside `folder`. */
function strayStaging(folder: string): string[] {
  return readdirSync(folder).filter((n) => n.startsWith(STAGING_PREFIX));
}

/** What a person sees in the folder: hidden staging folders aside. */
function visible(folder: string): string[] {
  return readdirSync(folder).filter((n) => !n.startsWith(STAGING_PREFIX)).sort();
}

describe('writeFileAtomically when the process is killed mid-write', () => {
  it('should leave the previous report byte-identical and nothing partial at its path', async () => {
    const target = join(dir, 'bao-cao-tong-hop.xlsx');
    const previous = Buffer.from('PK\u0003\u0004 the report written yesterday');
    writeFileSync(target, previous);

    const out = await killMidWrite('one', target);

    expect(out).toContain('writing');
    expect(out).not.toContain('done');
    expect(readFileSync(target).equals(previous)).toBe(true);
    // The half-written copy, if any, is in a hidden staging folder beside the report, never at its path.
    expect(visible(dir)).toEqual(['bao-cao-tong-hop.xlsx', 'child.cjs']);
    expect(strayStaging(dir).length).toBeLessThanOrEqual(1);
  });

  it('should leave every previous workbook of a set intact when writing the set is killed', async () => {
    const out = join(dir, 'so-bao-cao');
    const master = Buffer.from('old master');
    const unit = Buffer.from('old unit XA01');
    const received = Buffer.from('a return the unit sent');
    mkdirSync(join(out, 'units'), { recursive: true });
    writeFileSync(join(out, 'master.xlsx'), master);
    writeFileSync(join(out, 'units', 'XA01.xlsx'), unit);
    writeFileSync(join(out, 'tra-ve.xlsx'), received);

    const printed = await killMidWrite('many', out);

    expect(printed).not.toContain('done');
    expect(readFileSync(join(out, 'master.xlsx')).equals(master)).toBe(true);
    expect(readFileSync(join(out, 'units', 'XA01.xlsx')).equals(unit)).toBe(true);
    expect(readFileSync(join(out, 'tra-ve.xlsx')).equals(received)).toBe(true);
    expect(visible(out)).toEqual(['master.xlsx', 'tra-ve.xlsx', 'units']);
    for (const name of strayStaging(out)) expect(statSync(join(out, name)).isDirectory()).toBe(true);
  });
});

describe('writeFilesAtomically', () => {
  it('should sweep a staging folder a killed run left more than an hour ago, and keep a fresh one', async () => {
    const { writeFilesAtomically } = await import('../../src/cli/files');
    const stale = join(dir, `${STAGING_PREFIX}old`);
    const fresh = join(dir, `${STAGING_PREFIX}new`);
    mkdirSync(stale);
    mkdirSync(fresh);
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(stale, twoHoursAgo, twoHoursAgo);
    await writeFilesAtomically(dir, [{ path: 'a.txt', bytes: 'a' }]);
    expect(strayStaging(dir)).toEqual([`${STAGING_PREFIX}new`]);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('a');
  });
});
