import { extname, resolve } from 'node:path';
import { writeFileAtomically } from './files';
import type { Context } from './io';
import { context } from './io';

/** `--json -` (or `--json` alone): the JSON goes to standard output, and the words for people to standard error. */
export const JSON_TO_STDOUT = '-';

/** Files `--json` must never overwrite: a workbook named after `--json` is a return or a report given by mistake. */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.ods']);

/** False (and said why) when `--json` names a workbook. */
export function jsonTargetUsable(ctx: Context, target: string | undefined): boolean {
  if (target === undefined || !WORKBOOK_EXTENSIONS.has(extname(target).toLowerCase())) return true;
  ctx.complain('cli.jsonIsWorkbook', { file: target });
  return false;
}

/** Where a command's sentences for people go: standard error while standard output carries the JSON. */
export function reportContext(ctx: Context, target: string | undefined): Context {
  return target === JSON_TO_STDOUT ? context({ ...ctx, out: ctx.err }, ctx.lang) : ctx;
}

/**
 * Writes `value` where `--json` asked: standard output, or the file (whole or not at all). False
 * when the file could not be written (and said why).
 */
export async function writeJson(ctx: Context, target: string, value: unknown): Promise<boolean> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (target === JSON_TO_STDOUT) {
    ctx.out(text.trimEnd());
    return true;
  }
  try {
    await writeFileAtomically(resolve(ctx.cwd, target), text);
  } catch (e) {
    ctx.complain('cli.cannotWrite', { file: target, detail: (e as Error).message });
    return false;
  }
  reportContext(ctx, target).say('cli.summaryWritten', { file: target });
  return true;
}
