/**
 * `npm run bench`: each case in its own process; prints a table and writes bench/results.json.
 * Times are wall-clock on whatever machine runs it; nothing here asserts a time.
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { CASE_NAMES } from './cases';
import type { CaseResult } from './cases';

function runCase(name: string): CaseResult {
  const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', join(__dirname, 'cases.ts'), name], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`bench case ${name} failed:\n${child.stderr}`);
  const line = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as CaseResult;
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`;
const results = CASE_NAMES.map(runCase);
console.log(`DanVan Report benchmark — ${machine}`);
console.log('task                          units  indicators  files   time (s)  peak memory (MB)  floor (s)  × floor');
for (const r of results) {
  const floor = r.floorSeconds === undefined ? '' : `${r.floorSeconds.toFixed(2).padStart(9)}  ${(r.seconds / r.floorSeconds).toFixed(1).padStart(7)}`;
  console.log(
    `${r.task.padEnd(28)} ${String(r.units).padStart(6)}  ${String(r.indicators).padStart(10)}  ${String(r.files).padStart(5)}  ${r.seconds.toFixed(2).padStart(9)}  ${r.peakMb.toFixed(0).padStart(16)}  ${floor}`,
  );
}
writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify({ machine, date: new Date().toISOString(), results }, null, 2)}\n`);
