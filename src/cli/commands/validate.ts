import { countSeverities, countStatuses, describeIssue, formatDate, reasonText, t, validateReturns } from '../../core';
import type { Issue, Lang, ValidationResult } from '../../core';
import { expectedFingerprints } from '../../workbook';
import type { Context } from '../io';
import { EXIT } from '../io';
import { JSON_TO_STDOUT, writeJson } from '../json-output';
import { prepareBatch, readReturns } from '../returns';

export type ValidateOptions = {
  readonly campaign?: string | undefined;
  readonly returns: readonly string[];
  readonly round?: string | undefined;
  /** Where the JSON goes: a file, or "-" for standard output instead of the table. */
  readonly json?: string | undefined;
};

export async function runValidate(ctx: Context, options: ValidateOptions): Promise<number> {
  const batch = await prepareBatch(ctx, options.campaign, options.returns, options.round);
  if (!batch) return EXIT.usage;
  const { campaign, files } = batch;

  const { raws, unreadable } = await readReturns(files, { lang: ctx.lang });
  const result = validateReturns(campaign, raws, unreadable, { expectedFingerprints: expectedFingerprints(campaign), ...(options.round !== undefined ? { round: options.round } : {}) });
  if (options.json !== JSON_TO_STDOUT) printTable(ctx, result, files.length);
  if (options.json !== undefined && !(await writeJson(ctx, options.json, validationJson(result, ctx.lang)))) return EXIT.usage;
  return result.issues.some((i) => i.severity === 'error') ? EXIT.issues : EXIT.ok;
}

/** The fixed shape other tools read (PRODUCT.md), plus the round. */
export function validationJson(result: ValidationResult, lang: Lang) {
  return {
    round: { id: result.round.id, label: result.round.label },
    units: result.units.map((u) => ({ code: u.code, name: u.name, status: u.status, file: u.file, ...(u.reason ? { reason: reasonText(u.reason, lang) } : {}) })),
    issues: result.issues.map((i) => issueJson(i, lang)),
  };
}

export function issueJson(issue: Issue, lang: Lang) {
  const { severity, code, unit, file, sheet, cell, indicator } = issue;
  return { severity, code, unit, file, sheet, cell, indicator, message: describeIssue({ ...issue, file: '', sheet: '', cell: '' }, lang) };
}

function printTable(ctx: Context, result: ValidationResult, fileCount: number): void {
  const { lang } = ctx;
  ctx.say('cli.validateHeading', { files: fileCount, round: result.round.label, deadline: formatDate(result.round.deadline) });
  const mark = (i: Issue) => t(i.severity === 'error' ? 'issue.error' : 'issue.warning', {}, lang);
  const width = Math.min(44, Math.max(...result.units.map((u) => u.name.length)));
  ctx.out('');
  let spaced = true;
  for (const unit of result.units) {
    const status = t(`status.${unit.status}`, {}, lang);
    const where = unit.status === 'missing' ? unit.contact : unit.reason ? `${unit.file} (${reasonText(unit.reason, lang)})` : unit.file;
    const issues = result.issues.filter((i) => i.unit === unit.code && i.code !== 'return.missing');
    if (issues.length > 0 && !spaced) ctx.out('');
    ctx.out(`${unit.code.padEnd(8)} ${unit.name.padEnd(width)}  ${status.padEnd(11)} ${where}`);
    for (const issue of issues) {
      const other = issue.file && issue.file !== unit.file ? `${issue.file} › ` : '';
      ctx.out(`         [${mark(issue)}] ${other}${describeIssue(issue, lang)}`);
    }
    if (issues.length > 0) ctx.out('');
    spaced = issues.length > 0;
  }
  const loose = result.issues.filter((i) => !i.unit);
  if (loose.length > 0) {
    ctx.out('');
    ctx.say('cli.unreadableHeading');
    for (const issue of loose) ctx.out(`         [${mark(issue)}] ${issue.file}: ${describeIssue(issue, lang)}`);
  }
  ctx.out('');
  ctx.say('cli.validateSummary', { ...countStatuses(result.units), ...countSeverities(result.issues) });
}
