import { readAnswer, rawText, toIsoDate } from './answers';
import type { Finding } from './answers';
import { foldText } from './fold';
import { formatDate, formatNumber, formatPercent } from './format';
import { t } from './messages';
import type { MessageKey, Params } from './messages';
import { ratio, unitRate } from './rates';
import type { Campaign, ReportingRound } from './schema/campaign';
import type { Indicator } from './schema/indicator';
import { SECTION_IDS } from './schema/indicator';
import type { Issue, Severity } from './schema/issue';
import { makeIssue } from './schema/issue';
import type { RawCell, RawReturn, RawRow } from './schema/raw-return';
import type { AnswerValue, Return } from './schema/return';
import type { Unit } from './schema/unit';

/** A value this many times its target is worth a second look. */
export const FAR_ABOVE_TARGET = 5;

export type CheckContext = {
  readonly campaign: Campaign;
  /** Each allocated target's share per unit, by indicator then unit code. */
  readonly unitTargets: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /**
   * The fingerprint of the form this master made for each unit, by unit code (the workbook layer
   * computes it). A return carrying another one was made from a different form: another
   * district's, or this campaign's before its targets changed.
   */
  readonly expectedFingerprints?: ReadonlyMap<string, string>;
};

/** One return after the per-file rules; set-level rules (duplicates, peers) come later. */
export type CheckedReturn = {
  readonly raw: RawReturn;
  /** Undefined when the file cannot be tied to a unit of this campaign. */
  readonly unit?: Unit;
  /** The reporting round the return declares, or the campaign's only round. */
  readonly roundId?: string;
  readonly ret?: Return;
  readonly late: boolean;
  readonly issues: readonly Issue[];
};

export function checkReturn(ctx: CheckContext, raw: RawReturn): CheckedReturn {
  const { campaign } = ctx;
  const issues: Issue[] = [...raw.readIssues];
  const base = { file: raw.file, sheet: raw.sheet };
  const fileIssue = (severity: Severity, code: MessageKey, params: Params = {}, cell = '') =>
    issues.push(makeIssue({ severity, code, ...base, cell, params }));

  const id = raw.identity;
  if (id.source === 'none' || id.unitCode === '') {
    fileIssue('error', 'return.noIdentity');
    return { raw, late: false, issues };
  }
  const both = { found: id.campaignId, foundTitle: id.campaignTitle ?? id.campaignId, expected: campaign.id, expectedTitle: campaign.title };
  if (id.source === 'metadata' && id.campaignId !== campaign.id) {
    // Named by title; two campaigns of the same title are told apart without their ids.
    fileIssue('error', both.foundTitle === both.expectedTitle ? 'return.otherCampaignSameTitle' : 'return.otherCampaign', both);
    return { raw, late: false, issues };
  }
  const unit = campaign.units.find((u) => u.code === id.unitCode);
  if (!unit) {
    fileIssue('error', 'return.unknownUnit', { code: id.unitCode });
    return { raw, late: false, issues };
  }
  // Same code, another unit: a district whose campaign shares this id (ids made before they were
  // unique) numbered its own units alike. Nothing of it is this unit's. (A lower level's report
  // names its organisation its own way, so only fill-ins are compared.)
  const namedAs = consolidatedReport(raw) ? '' : textOf(raw.header.unitName);
  if (namedAs !== '' && foldText(namedAs) !== foldText(unit.name)) {
    fileIssue('error', 'return.otherUnit', { ...both, code: unit.code, name: unit.name, foundName: namedAs }, raw.header.unitName?.address ?? '');
    return { raw, late: false, issues };
  }

  // Refused by the reader yet identified: the unit's, with the reader's reason, and nothing more to check.
  if (raw.refused) return { raw, unit, late: false, issues: issues.map((i) => (i.unit ? i : { ...i, unit: unit.code })) };

  const onUnit = (severity: Severity, code: MessageKey, params: Params, cell = '', indicator = '') =>
    issues.push(makeIssue({ severity, code, ...base, unit: unit.code, cell, indicator, params }));
  if (id.source === 'header') onUnit('warning', 'return.fromHeaderOnly', { code: unit.code });
  if (id.source === 'metadata' && id.fingerprint !== raw.computedFingerprint) onUnit('error', 'return.tampered', rowChanges(campaign, raw));
  else if (id.source === 'metadata' && !consolidatedReport(raw) && !sameForm(ctx, unit, id.fingerprint)) onUnit('error', 'return.otherForm', { ...both, name: unit.name });

  const round = detectRound(campaign, raw.header.round, (code, params, cell) => onUnit('warning', code, params, cell));
  const consolidated = raw.kind === 'report';
  const values = readRows(campaign, raw.rows, onUnit, consolidated);
  const parts = consolidated ? readParts(campaign, raw.rows, onUnit) : {};
  const cells = Object.fromEntries(raw.rows.map((r) => [r.code, r.result.address]));
  const cellOf = (code: string) => cells[code] ?? '';

  // One cause, one finding: a cell already refused (a word in a number cell, a figure out of
  // bounds, a required answer left empty) is not also asked for again by a cross-check.
  const refused = new Set(issues.filter((i) => i.severity === 'error' && i.indicator !== '').map((i) => i.indicator));
  crossChecks(campaign, values, cellOf, onUnit, refused);
  targetChecks(ctx, unit, values, parts, cellOf, onUnit);

  const reporter = textOf(raw.header.reporter);
  if (!reporter) onUnit('warning', 'return.noReporter', {}, raw.header.reporter?.address ?? '');
  const reportDate = readReportDate(raw.header.reportDate, round, campaign, onUnit);
  const deadline = round?.deadline ?? campaign.deadline;
  const late = reportDate !== undefined && reportDate > deadline;
  if (late) onUnit('warning', 'return.late', { date: formatDate(reportDate), deadline: formatDate(deadline) }, raw.header.reportDate?.address ?? '');

  const ret: Return = {
    campaignId: campaign.id,
    unitCode: unit.code,
    round: round?.id ?? '',
    reporter,
    phone: textOf(raw.header.phone),
    ...(reportDate ? { reportDate } : {}),
    values,
    parts,
    cells,
    file: raw.file,
    sheet: raw.sheet,
    ...(id.templateVersion !== null ? { templateVersion: id.templateVersion } : {}),
  };
  return { raw, unit, ...(round ? { roundId: round.id } : {}), ret, late, issues };
}

/**
 * What became of the form's rows, for the "template changed" error: codes missing, codes given
 * twice, and rows out of the form's order (those outside the longest run kept in order), each
 * with the cell of its answer (so its row), in no language. "—" where there is none.
 */
function rowChanges(campaign: Campaign, raw: RawReturn): { missing: string; duplicated: string; moved: string } {
  const expected = SECTION_IDS.flatMap((s) => campaign.indicators.filter((i) => i.section === s).map((i) => i.code));
  const at = (r: RawRow) => `${r.code} (${r.result.address})`;
  const seen = new Map<string, RawRow>();
  const duplicated: string[] = [];
  for (const r of raw.rows) {
    if (seen.has(r.code)) duplicated.push(at(r));
    else seen.set(r.code, r);
  }
  const missing = expected.filter((code) => !seen.has(code));
  const placed = [...seen.values()].filter((r) => expected.includes(r.code));
  const inOrder = longestOrderedRun(placed.map((r) => expected.indexOf(r.code)));
  const moved = consolidatedReport(raw) ? [] : placed.filter((_, i) => !inOrder.has(i)).map(at);
  const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : '—');
  return { missing: list(missing), duplicated: list(duplicated), moved: list(moved) };
}

/** Positions of a longest strictly increasing subsequence (patience sorting). */
function longestOrderedRun(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] as number;
    tails[lo] = i;
  });
  const run = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i] as number) run.add(i);
  return run;
}

/** A lower level's report is fingerprinted as a report, not as one of this master's forms. */
function consolidatedReport(raw: RawReturn): boolean {
  return raw.kind === 'report';
}

function sameForm(ctx: CheckContext, unit: Unit, fingerprint: string): boolean {
  const expected = ctx.expectedFingerprints?.get(unit.code);
  return expected === undefined || expected === fingerprint;
}

type Report = (severity: Severity, code: MessageKey, params: Params, cell?: string, indicator?: string) => void;

function textOf(cell: RawCell | null): string {
  return cell === null || cell.value === null ? '' : rawText(cell.value);
}

/** The declared round, matched loosely on its label or id; a one-round campaign needs no declaration. */
function detectRound(campaign: Campaign, cell: RawCell | null, warn: (code: MessageKey, params: Params, cell: string) => void): ReportingRound | undefined {
  const rounds = campaign.reportingRounds;
  if (rounds.length === 1) return rounds[0];
  const text = cell && cell.value !== null ? foldText(rawText(cell.value)) : '';
  if (text === '') return undefined;
  const match = rounds.find((r) => foldText(r.label) === text || r.id === text);
  if (!match) warn('return.unknownRound', { raw: rawText(cell?.value ?? null), rounds: rounds.map((r) => r.label).join('; ') }, cell?.address ?? '');
  return match;
}

/**
 * How an indicator is read: as typed by a unit, or — in a lower level's consolidated report —
 * as that level's figure: yes/no rows hold counts of "Có", choices are summed up by their rates.
 */
function readAs(indicator: Indicator, consolidated: boolean): Indicator | undefined {
  if (indicator.type === 'rate') return undefined;
  if (!consolidated) return indicator;
  if (indicator.type === 'choice') return undefined;
  if (indicator.type === 'yesno') return { ...indicator, type: 'integer', min: 0, aggregation: 'sum' };
  return indicator;
}

function readRows(campaign: Campaign, rows: readonly RawRow[], report: Report, consolidated: boolean): Record<string, AnswerValue | null> {
  const byCode = new Map<string, RawRow>();
  const known = new Set(campaign.indicators.map((i) => i.code));
  for (const row of rows) {
    const first = byCode.get(row.code);
    if (first) report('warning', 'return.duplicateRow', { code: row.code, other: row.result.address }, first.result.address, row.code);
    else if (!known.has(row.code)) report('warning', 'return.unknownRow', { code: row.code }, row.result.address, row.code);
    else byCode.set(row.code, row);
  }
  const values: Record<string, AnswerValue | null> = {};
  for (const declared of campaign.indicators) {
    const indicator = readAs(declared, consolidated);
    if (!indicator) continue;
    const row = byCode.get(indicator.code);
    const params = { label: indicator.label.vi, code: indicator.code };
    if (!row) {
      report(indicator.required ? 'error' : 'warning', 'return.missingRow', params, '', indicator.code);
      values[indicator.code] = null;
      continue;
    }
    const cell = row.result.address;
    const reading = readAnswer(indicator, row.result.value);
    if (reading.kind === 'invalid') {
      report('error', reading.finding.code, reading.finding.params, cell, indicator.code);
      values[indicator.code] = null;
    } else if (reading.kind === 'empty') {
      const numeric = indicator.type === 'integer' || indicator.type === 'decimal' || indicator.type === 'money';
      if (indicator.required) report('error', numeric ? 'return.required' : 'return.requiredAnswer', params, cell, indicator.code);
      values[indicator.code] = null;
    } else {
      for (const note of reading.notes) report('warning', note.code, note.params, cell, indicator.code);
      const problem = boundsProblem(indicator, reading.value, campaign);
      if (problem) report(problem.severity, problem.finding.code, problem.finding.params, cell, indicator.code);
      values[indicator.code] = problem?.severity === 'error' ? null : reading.value;
    }
  }
  return values;
}

type Parts = Record<string, { numerator: number; denominator: number }>;

/** Each rate's numerator and denominator as a lower level summed them. */
function readParts(campaign: Campaign, rows: readonly RawRow[], report: Report): Parts {
  const parts: Parts = {};
  for (const indicator of campaign.indicators) {
    if (indicator.type !== 'rate') continue;
    const given = rows.find((r) => r.code === indicator.code)?.parts;
    if (!given) continue;
    const side = (cell: RawCell) => {
      const reading = readAnswer({ ...indicator, type: 'decimal', min: 0, aggregation: 'sum' }, cell.value);
      if (reading.kind === 'invalid') report('error', reading.finding.code, reading.finding.params, cell.address, indicator.code);
      return reading.kind === 'value' && typeof reading.value === 'number' ? reading.value : undefined;
    };
    const numerator = side(given.numerator);
    const denominator = side(given.denominator);
    if (numerator !== undefined && denominator !== undefined) parts[indicator.code] = { numerator, denominator };
  }
  return parts;
}

function boundsProblem(indicator: Indicator, value: AnswerValue, campaign: Campaign): { severity: Severity; finding: Finding } | undefined {
  const label = indicator.label.vi;
  if ((indicator.type === 'integer' || indicator.type === 'decimal' || indicator.type === 'money') && typeof value === 'number') {
    const max = indicator.max ?? Number.POSITIVE_INFINITY;
    if (value < indicator.min || value > max) {
      const params = { label, value: formatNumber(value), measure: indicator.measure, min: formatNumber(indicator.min), max: Number.isFinite(max) ? formatNumber(max) : '∞' };
      return { severity: 'error', finding: { code: 'return.outOfBounds', params } };
    }
  }
  if (indicator.type === 'date' && typeof value === 'string' && (value < campaign.period.start || value > campaign.period.end)) {
    const params = { label, date: formatDate(value), start: formatDate(campaign.period.start), end: formatDate(campaign.period.end) };
    return { severity: 'warning', finding: { code: 'return.dateOutsidePeriod', params } };
  }
  return undefined;
}

function given(value: AnswerValue | null | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'number') return value > 0;
  if (typeof value === 'boolean') return value;
  return value.trim() !== '';
}

function shown(value: AnswerValue | null | undefined): string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return t(value ? 'yes' : 'no');
  return value ?? '';
}

function crossChecks(campaign: Campaign, values: Record<string, AnswerValue | null>, cellOf: (code: string) => string, report: Report, refused: ReadonlySet<string>): void {
  const label = (code: string) => campaign.indicators.find((i) => i.code === code)?.label.vi ?? code;
  for (const check of campaign.checks) {
    if (check.kind === 'notGreater') {
      const part = values[check.part];
      const whole = values[check.whole];
      if (typeof part === 'number' && typeof whole === 'number' && part > whole) {
        const params = { part: label(check.part), partValue: formatNumber(part), whole: label(check.whole), wholeValue: formatNumber(whole) };
        report('error', 'return.partExceedsWhole', params, cellOf(check.part), check.part);
      }
    } else if (given(values[check.when]) && !given(values[check.then]) && values[check.then] !== undefined && !refused.has(check.then)) {
      const params = { when: label(check.when), whenValue: shown(values[check.when]), then: label(check.then) };
      report('warning', 'return.requiresMissing', params, cellOf(check.then), check.then);
    }
  }
}

function targetChecks(ctx: CheckContext, unit: Unit, values: Record<string, AnswerValue | null>, parts: Parts, cellOf: (code: string) => string, report: Report): void {
  for (const target of ctx.campaign.targets) {
    const indicator = ctx.campaign.indicators.find((i) => i.code === target.indicator);
    const share = ctx.unitTargets.get(target.indicator)?.get(unit.code);
    if (!indicator || share === undefined || target.direction !== 'atLeast') continue;
    const label = indicator.label.vi;
    if (indicator.type === 'rate') {
      const given = parts[indicator.code];
      const rate = given ? ratio(given.numerator, given.denominator) : unitRate(indicator, values, unit);
      if (rate !== undefined && rate < share) {
        report('warning', 'return.rateBelowTarget', { label, value: formatPercent(rate), target: formatPercent(share) }, '', indicator.code);
      }
      continue;
    }
    const value = values[indicator.code];
    if (typeof value !== 'number') continue;
    const params = { label, value: formatNumber(value), target: formatNumber(share), measure: indicator.measure };
    if (value < share) {
      report('warning', 'return.belowTarget', { ...params, percent: formatPercent((value / share) * 100) }, cellOf(indicator.code), indicator.code);
    } else if (share > 0 && value > FAR_ABOVE_TARGET * share) {
      report('warning', 'return.farAboveTarget', { ...params, times: FAR_ABOVE_TARGET }, cellOf(indicator.code), indicator.code);
    }
  }
}

function readReportDate(cell: RawCell | null, round: ReportingRound | undefined, campaign: Campaign, report: Report): string | undefined {
  if (!cell || cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '')) {
    report('warning', 'return.noReportDate', {}, cell?.address ?? '');
    return undefined;
  }
  const iso = toIsoDate(cell.value);
  if (!iso) {
    report('warning', 'return.notDate', { raw: rawText(cell.value), label: t('wb.dv.reportDate.title') }, cell.address);
    return undefined;
  }
  const start = round?.period.start ?? campaign.period.start;
  if (iso < start) report('warning', 'return.reportDateOutside', { date: formatDate(iso), start: formatDate(start) }, cell.address);
  return iso;
}
