import { basename, resolve } from 'node:path';
import { consolidate, countSeverities, countStatuses, formatNumber, formatPercent, isIsoDate, reasonText, t, validateReturns } from '../../core';
import type { Campaign, Consolidation, Lang } from '../../core';
import { buildReportDocument, buildReportLayout, expectedFingerprints } from '../../workbook';
import { renderReportDocx } from '../../adapters/docx';
import { renderXlsx } from '../../adapters/xlsx';
import { writeFileAtomically } from '../files';
import type { Context } from '../io';
import { EXIT } from '../io';
import { reportContext, writeJson } from '../json-output';
import { prepareBatch, readReturns } from '../returns';
import { issueJson } from './validate';

export type ConsolidateOptions = {
  readonly campaign?: string | undefined;
  readonly returns: readonly string[];
  readonly output?: string | undefined;
  /** Where the JSON figures go: a file, or "-" for standard output (the sentences then go to standard error). */
  readonly json?: string | undefined;
  readonly round?: string | undefined;
  readonly includeErrors: boolean;
  readonly date?: string | undefined;
  /** Where to write the written report as a Word document. */
  readonly docx?: string | undefined;
  /** When the returns are read; fixed by tests, now otherwise. */
  readonly now?: Date;
};

export async function runConsolidate(ctx: Context, options: ConsolidateOptions): Promise<number> {
  if (options.campaign && !options.output) {
    ctx.complain('cli.missingOutput');
    return EXIT.usage;
  }
  if (options.date !== undefined && !isIsoDate(options.date)) {
    ctx.complain('cli.badDate', { value: options.date });
    return EXIT.usage;
  }
  const batch = await prepareBatch(ctx, options.campaign, options.returns, options.round);
  if (!batch || !options.output) return EXIT.usage;
  const { campaign, files } = batch;

  const { raws, unreadable } = await readReturns(files, { lang: ctx.lang });
  const validation = validateReturns(campaign, raws, unreadable, { expectedFingerprints: expectedFingerprints(campaign), ...(options.round !== undefined ? { round: options.round } : {}) });
  const result = consolidate(campaign, validation, { includeErrors: options.includeErrors });
  const reportInput = { campaign, consolidation: result, includeErrors: options.includeErrors, ...(options.date ? { reportDate: options.date } : {}) };
  const layout = buildReportLayout({ ...reportInput, readAt: (options.now ?? new Date()).toISOString() });
  try {
    await writeFileAtomically(resolve(ctx.cwd, options.output), await renderXlsx(layout));
    if (options.docx) await writeFileAtomically(resolve(ctx.cwd, options.docx), await renderReportDocx(buildReportDocument(reportInput)));
  } catch (e) {
    ctx.complain('cli.cannotWrite', { file: options.output, detail: (e as Error).message });
    return EXIT.usage;
  }
  const report = reportContext(ctx, options.json);
  printHeadline(report, result, basename(options.output));
  if (options.docx) report.say('cli.documentWritten', { file: options.docx });
  if (options.json !== undefined && !(await writeJson(ctx, options.json, summaryJson(campaign, result, ctx.lang)))) return EXIT.usage;
  return result.issues.some((i) => i.severity === 'error') ? EXIT.issues : EXIT.ok;
}

/** The fixed shape other tools read (PRODUCT.md), with more fields; no clock in it, so runs compare byte for byte. */
export function summaryJson(campaign: Campaign, c: Consolidation, lang: Lang) {
  return {
    campaign: { id: campaign.id, title: campaign.title, organization: campaign.organization.name },
    round: { id: c.round.id, label: c.round.label, deadline: c.round.deadline },
    indicators: c.indicators.map((r) => ({
      code: r.code,
      label: r.indicator.label[lang],
      measure: r.indicator.measure,
      target: r.target,
      value: r.value,
      percent: r.percent,
      assessment: r.assessment,
      scope: r.scope,
      reported: r.reported,
      ...(r.numerator !== undefined ? { numerator: r.numerator, denominator: r.denominator } : {}),
      ...(r.distribution ? { distribution: r.distribution } : {}),
    })),
    groups: c.groups,
    units: c.units.map((u) => ({ code: u.code, name: u.name, group: u.group, status: u.status, file: u.file, contact: u.contact, flagged: u.flagged, ...(u.reason ? { reason: reasonText(u.reason, lang) } : {}) })),
    issues: c.issues.map((i) => issueJson(i, lang)),
    sources: c.sources,
  };
}

function printHeadline(ctx: Context, c: Consolidation, file: string): void {
  const n = countStatuses(c.units);
  const flagged = c.units.filter((u) => u.flagged).length;
  ctx.say('cli.consolidateDone', { file, ...n, counted: n.onTime + n.late + flagged, ...countSeverities(c.issues) });
  const withTargets = c.indicators.filter((r) => r.target !== null && r.value !== null);
  if (withTargets.length === 0) return;
  ctx.say('cli.headline');
  for (const r of withTargets) {
    const value = r.indicator.type === 'rate' ? formatPercent(r.value ?? 0, ctx.lang) : `${formatNumber(r.value ?? 0, ctx.lang)} ${r.indicator.measure}`;
    const target = r.indicator.type === 'rate' ? formatPercent(r.target ?? 0, ctx.lang) : formatNumber(r.target ?? 0, ctx.lang);
    const assessment = r.assessment ? t(`rp.assessment.${r.assessment}`, {}, ctx.lang) : '';
    ctx.out(`  - ${r.indicator.label[ctx.lang]}: ${value} / ${target} (${r.percent === null ? '—' : formatPercent(r.percent, ctx.lang)}) ${assessment}`);
  }
}
