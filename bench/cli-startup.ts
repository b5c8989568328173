/**
 * How long `danvan --help` takes to start: the bundled CLI (what bin/danvan.js runs after npm ci),
 * the bundle alone (`node danvan.cjs`, as issue 18 ships it) and the TypeScript sources through tsx
 * (the fallback). CPU is the whole process's, measured from inside it; wall time depends on how
 * busy the machine is.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type StartupResult = { readonly how: string; readonly medianCpuSeconds: number; readonly medianWallSeconds: number; readonly runs: number };

const ROOT = join(__dirname, '..');
const PRELOAD = join(__dirname, 'cpu-at-exit.cjs');
const RUNS = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function measure(how: string, args: readonly string[]): StartupResult {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['-r', PRELOAD, ...args, '--help'], { cwd: ROOT, encoding: 'utf8' });
    wall.push(Number(process.hrtime.bigint() - started) / 1e9);
    const reported = /@cpu (\{.*\})/.exec(run.stderr)?.[1];
    if (run.status !== 0 || reported === undefined) throw new Error(`${how}: danvan --help failed:\n${run.stderr}`);
    const { user, system } = JSON.parse(reported) as { user: number; system: number };
    cpu.push((user + system) / 1e6);
  }
  return { how, medianCpuSeconds: median(cpu), medianWallSeconds: median(wall), runs: RUNS };
}

export function measureCliStartup(): StartupResult[] | string {
  const bundle = join(ROOT, 'build', 'cli', 'danvan.cjs');
  if (!existsSync(bundle)) return 'run npm run build:cli first';
  return [
    measure('bin/danvan.js (bundle)', [join(ROOT, 'bin', 'danvan.js')]),
    measure('node build/cli/danvan.cjs', [bundle]),
    measure('sources through tsx', ['-r', 'tsx/cjs', join(ROOT, 'src', 'cli', 'entry.ts')]),
  ];
}
