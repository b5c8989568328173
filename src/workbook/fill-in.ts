import { addDays, formatDate, formatNumber, isAnswered, t } from '../core';
import type { Campaign, Indicator, Section, Target, Unit } from '../core';
import { SECTION_IDS, campaignForUnit, fitsDropDownList } from '../core';
import type { Cell, CellValue, DefinedName, Sheet, Validation, WorkbookLayout } from './layout';
import { META_KEYS, META_SHEET, NAMES, TEMPLATE_VERSION, fingerprint, identityOf, lockedContent, lockedRow, splitChunks } from './metadata';
import type { LockedRow } from './metadata';
import { metaSheet } from './meta-sheet';
import { createSheet, wrappedHeight } from './sheet-builder';
import type { SheetBuilder } from './sheet-builder';
import { fillInGuide } from './guide';
import { a1, numberFormatOf } from './styles';
import { indicatorLabel, message, roman, roundDeadline, targetText } from './text';

/** Columns of the indicator table: the contract other tools read. */
export const TABLE_COLUMNS = { code: 1, content: 2, measure: 3, target: 4, result: 5, note: 6 } as const;
export const TABLE_HEADERS = ['wb.col.code', 'wb.col.content', 'wb.col.measure', 'wb.col.target', 'wb.col.result', 'wb.col.note'] as const;
/** Header block: each answer sits right of its label, so a reader finds it by the label. */
export const HEADER_ROWS = { unit: 5, code: 6, size: 7, reporter: 8, date: 9 } as const;
export const TABLE_HEADER_ROW = 11;

/** 111 characters wide, so one A4 portrait page wide prints at 85 % or more (LibreOffice's columns run a little wider than Excel's). */
const COLUMNS = [{ width: 8 }, { width: 44 }, { width: 11 }, { width: 11 }, { width: 15 }, { width: 22 }] as const;
/** Characters a line of Nội dung holds, and the line height of the table's 11 pt text. */
const CONTENT_CHARS = 42;
const LINE_HEIGHT = 14;
/**
 * The frozen block (title, header block, table header: rows 1–11) is kept near 170 pt, so a
 * 768-pixel screen under Excel's ~250 px of ribbon and bars still shows a dozen one-line indicator rows.
 */
const HEADER_ROW_HEIGHT = 16;
const SPACER_HEIGHT = 4;
const LAST_COL = COLUMNS.length;

export type FillInPlan = {
  readonly campaign: Campaign;
  readonly unit: Unit;
  /** This unit's share of each allocated target, by indicator code. */
  readonly unitTargets: ReadonlyMap<string, number>;
  /** The phone form page's address, shown with its QR code on the guide sheet; not part of the fingerprint. */
  readonly formUrl?: string | undefined;
};

export type FillInLayout = WorkbookLayout & { readonly fingerprint: string; readonly answerCells: ReadonlyMap<string, string> };

export function buildFillInLayout(plan: FillInPlan): FillInLayout {
  const { campaign, unit } = plan;
  const sheet = createSheet(t('wb.sheet.report'));
  const c = TABLE_COLUMNS;

  writeTitle(sheet, campaign);
  writeHeaderBlock(sheet, campaign, unit);

  TABLE_HEADERS.forEach((key, i) => sheet.cell(TABLE_HEADER_ROW, i + 1, t(key), 'tableHeader'));
  sheet.height(TABLE_HEADER_ROW, 20).height(HEADER_ROWS.unit - 1, SPACER_HEIGHT).height(TABLE_HEADER_ROW - 1, SPACER_HEIGHT);

  const answerCells = new Map<string, string>();
  const locked: LockedRow[] = [];
  const rowOf = new Map<string, number>();
  let row = TABLE_HEADER_ROW;
  sectionsInOrder(campaign.indicators).forEach(([section, indicators], index) => {
    row += 1;
    sheet.span(row, c.code, LAST_COL, t('wb.sectionHeading', { number: roman(index + 1), label: t(`section.${section}`).toLocaleUpperCase('vi') }), 'section');
    sheet.height(row, 18);
    for (const indicator of indicators) {
      row += 1;
      rowOf.set(indicator.code, row);
      const label = indicatorLabel(indicator);
      const shownTarget = shownTargetOf(campaign, indicator, plan.unitTargets);
      locked.push(lockedRow(indicator, label, shownTarget === null ? '' : String(shownTarget)));

      sheet.cell(row, c.code, indicator.code, 'code');
      sheet.cell(row, c.content, label, indicator.partOf ? 'textIndent' : 'text');
      sheet.cell(row, c.measure, indicator.measure, 'measure');
      sheet.cell(row, c.target, shownTarget, typeof shownTarget === 'number' ? 'target' : 'measure', { numFmt: numberFormatOf(indicator) });
      if (indicator.type === 'text') {
        sheet.span(row, c.result, c.note, null, 'answerText', { unlocked: true, validation: answerValidation(campaign, indicator) });
        sheet.height(row, 64);
      } else {
        if (isAnswered(indicator)) {
          sheet.cell(row, c.result, null, indicator.type === 'date' ? 'answerDate' : 'answer', { unlocked: true, validation: answerValidation(campaign, indicator), numFmt: numberFormatOf(indicator) });
        } else {
          sheet.cell(row, c.result, rateFormula(indicator, rowOf), 'computed');
        }
        sheet.cell(row, c.note, null, 'answerText', { unlocked: true, validation: noteValidation() });
        sheet.height(row, wrappedHeight(label, CONTENT_CHARS, LINE_HEIGHT));
      }
      if (isAnswered(indicator)) answerCells.set(indicator.code, a1(row, c.result));
    }
  });
  const lastTableRow = row;

  row += 2;
  sheet.span(row, c.code, LAST_COL, t('wb.fillIn.legend'), 'note');
  sheet.height(row, 30);
  row += 2;
  writeSignature(sheet, row, campaign.round.year);

  const print = fingerprint(lockedContent(identityOf(campaign, unit), locked));
  const report = sheet.build({
    columns: COLUMNS,
    freeze: { rows: TABLE_HEADER_ROW, cols: 0 },
    protect: true,
    print: { orientation: 'portrait', repeatRows: { from: TABLE_HEADER_ROW, to: TABLE_HEADER_ROW }, footer: `${literalInFooter(unit.name)} — &P/&N` },
  });
  const meta = metaSheet([
    [META_KEYS.kind, 'danvan-fill-in'],
    [META_KEYS.campaignId, campaign.id],
    [META_KEYS.unitCode, unit.code],
    [META_KEYS.templateVersion, TEMPLATE_VERSION],
    [META_KEYS.fingerprint, print],
    // Not part of the fingerprint: only to name the campaign when a return reaches the wrong master.
    [META_KEYS.campaignTitle, campaign.title],
    [META_KEYS.organization, campaign.organization.name],
    // After the rows other readers know, so their positions (and the DV_* names) stay put.
    ...splitChunks(JSON.stringify(campaignForUnit(campaign, unit, plan.unitTargets))).map((chunk, i) => [`${META_KEYS.unitCampaignJson}.${i + 1}`, chunk] as const),
  ]);

  return {
    sheets: [fillInGuide(campaign, unit, plan.formUrl), report, meta],
    names: [
      ...metaNames(),
      { name: NAMES.table, sheet: report.name, range: { top: TABLE_HEADER_ROW, left: 1, bottom: lastTableRow, right: LAST_COL } },
    ],
    properties: {
      title: `${t('wb.fillIn.heading')} — ${campaign.title}`,
      subject: unit.name,
      keywords: `danvan;campaign=${campaign.id};unit=${unit.code};template=${TEMPLATE_VERSION}`,
      creator: campaign.organization.name,
      description: campaign.title,
      created: `${campaign.period.start}T00:00:00Z`,
    },
    fingerprint: print,
    answerCells,
  };
}

/** Names pointing at the meta sheet's value cells, in META row order. */
export function metaNames(): DefinedName[] {
  const cell = (r: number) => ({ top: r, left: 2, bottom: r, right: 2 });
  return [
    { name: NAMES.campaignId, sheet: META_SHEET, range: cell(2) },
    { name: NAMES.unitCode, sheet: META_SHEET, range: cell(3) },
    { name: NAMES.templateVersion, sheet: META_SHEET, range: cell(4) },
    { name: NAMES.fingerprint, sheet: META_SHEET, range: cell(5) },
  ];
}

function writeTitle(sheet: SheetBuilder, campaign: Campaign): void {
  const final = campaign.reportingRounds[campaign.reportingRounds.length - 1];
  sheet.span(1, 1, LAST_COL, t('wb.fillIn.heading'), 'title').height(1, 20);
  // 12 pt bold over the six columns: about 110 characters a line.
  sheet.span(2, 1, LAST_COL, campaign.title, 'subtitle').height(2, wrappedHeight(campaign.title, 110, LINE_HEIGHT));
  const deadline = final ? roundDeadline(campaign, final) : formatDate(campaign.deadline);
  const period = t('wb.fillIn.period', { start: formatDate(campaign.period.start), end: formatDate(campaign.period.end), deadline });
  sheet.span(3, 1, LAST_COL, period, 'caption');
  sheet.height(3, wrappedHeight(period, 120, 13));
}

function writeHeaderBlock(sheet: SheetBuilder, campaign: Campaign, unit: Unit): void {
  const r = HEADER_ROWS;
  const labelCol = TABLE_COLUMNS.content;
  const left = (row: number, key: Parameters<typeof t>[0], value: CellValue, style: 'value' | 'valueBold' = 'value') => {
    sheet.cell(row, labelCol, t(key), 'label');
    sheet.span(row, 3, 4, value, style);
  };
  const right = (row: number, key: Parameters<typeof t>[0], value: CellValue) => {
    sheet.cell(row, 5, t(key), 'label');
    sheet.cell(row, 6, value, 'value');
  };
  sheet.cell(r.unit, labelCol, t('wb.label.unit'), 'label');
  sheet.span(r.unit, 3, LAST_COL, unit.name, 'valueBold');
  left(r.code, 'wb.label.unitCode', unit.code, 'valueBold');
  right(r.code, 'wb.label.group', unit.group);
  left(r.size, 'wb.label.members', unit.members ?? null);
  right(r.size, 'wb.label.workforce', unit.workforce ?? null);

  sheet.cell(r.reporter, labelCol, t('wb.label.reporter'), 'label');
  sheet.span(r.reporter, 3, 4, null, 'answerText', { unlocked: true, validation: textRule(200, 'wb.dv.reporter.title', 'wb.dv.reporter.text') });
  sheet.cell(r.reporter, 5, t('wb.label.phone'), 'label');
  sheet.cell(r.reporter, 6, null, 'answerPhone', { unlocked: true, validation: textRule(20, 'wb.dv.phone.title', 'wb.dv.phone.text') });

  const first = campaign.reportingRounds[0];
  const last = campaign.reportingRounds[campaign.reportingRounds.length - 1];
  const from = first?.period.start ?? campaign.period.start;
  const to = maxDate(last?.deadline ?? campaign.deadline, campaign.deadline);
  sheet.cell(r.date, labelCol, t('wb.label.reportDate'), 'label');
  sheet.span(r.date, 3, 4, null, 'answerDate', { unlocked: true, validation: dateRule(from, addDays(to, 60), 'wb.dv.reportDate.title') });
  sheet.cell(r.date, 5, t('wb.label.round'), 'label');
  const rounds = campaign.reportingRounds.map((round) => round.label);
  if (rounds.length === 1) {
    sheet.cell(r.date, 6, rounds[0] ?? null, 'valueBold');
  } else if (!fitsDropDownList(rounds)) {
    // More rounds (a daily campaign) than one Excel drop-down list holds, or names with commas:
    // the round is typed, and matched by its name or id when the return is read (an unknown one
    // is reported).
    sheet.cell(r.date, 6, null, 'answerText', {
      unlocked: true,
      validation: {
        rule: { kind: 'textLength', max: ROUND_TEXT_MAX },
        prompt: message('wb.dv.round.title', 'wb.dv.roundTyped.text', { first: rounds[0] ?? '', last: rounds[rounds.length - 1] ?? '' }),
        error: message('wb.dv.errorTitle', 'wb.dv.text.error', { max: ROUND_TEXT_MAX }),
      },
    });
  } else {
    sheet.cell(r.date, 6, null, 'answerText', {
      unlocked: true,
      validation: { rule: { kind: 'list', items: rounds }, prompt: message('wb.dv.round.title', 'wb.dv.round.text'), error: message('wb.dv.errorTitle', 'wb.dv.list.error') },
    });
  }
  for (const row of Object.values(r)) sheet.height(row, HEADER_ROW_HEIGHT);
}

const ROUND_TEXT_MAX = 100;

/**
 * A header/footer is a string of codes (&P page, &N pages, &B bold …: the formatting codes of
 * ECMA-376 Part 1, headerFooter):
 * a unit named "Công ty A&B" would print "Công ty A" in bold. "&&" prints one ampersand.
 */
function literalInFooter(text: string): string {
  return text.replace(/&/g, '&&');
}

function writeSignature(sheet: SheetBuilder, row: number, year: number): void {
  sheet.span(row, 4, LAST_COL, t('wb.signature.dateLine', { year }), 'signature');
  sheet.span(row + 1, 1, 2, t('wb.signature.reporter'), 'signatureTitle');
  sheet.span(row + 1, 4, LAST_COL, t('wb.signature.chair'), 'signatureTitle');
  sheet.height(row + 1, 32);
  sheet.span(row + 2, 1, 2, t('wb.signature.hint'), 'signature');
  sheet.span(row + 2, 4, LAST_COL, t('wb.signature.hint'), 'signature');
}

/**
 * The fingerprint of the form made for `unit`, without laying the form out: what a master
 * expects a genuine return of this campaign to carry.
 */
export function formFingerprint(campaign: Campaign, unit: Unit, unitTargets: ReadonlyMap<string, number>): string {
  const locked = campaign.indicators.map((indicator) => {
    const shown = shownTargetOf(campaign, indicator, unitTargets);
    return lockedRow(indicator, indicatorLabel(indicator), shown === null ? '' : String(shown));
  });
  return fingerprint(lockedContent(identityOf(campaign, unit), locked));
}

/** The target a unit's row shows: its share, "≥ 90%" for a rate, or nothing. */
function shownTargetOf(campaign: Campaign, indicator: Indicator, unitTargets: ReadonlyMap<string, number>): CellValue {
  const target = campaign.targets.find((tg) => tg.indicator === indicator.code);
  const value = unitTargets.get(indicator.code);
  return target && value !== undefined ? targetCell(indicator, target, value) : null;
}

function targetCell(indicator: Indicator, target: Target, value: number): CellValue {
  return indicator.type === 'rate' ? targetText(indicator, target, value) : value;
}

/** Sections in the catalogue's order, each with its indicators in campaign order. */
export function sectionsInOrder(indicators: readonly Indicator[]): [Section, Indicator[]][] {
  return SECTION_IDS.map((s) => [s, indicators.filter((i) => i.section === s)] as [Section, Indicator[]]).filter(([, list]) => list.length > 0);
}

/** A unit's own rate where both sides are on its sheet; rates over several units wait for consolidation. */
function rateFormula(indicator: Indicator, rowOf: ReadonlyMap<string, number>): CellValue {
  if (indicator.type !== 'rate') return null;
  const ref = (term: typeof indicator.numerator): string | undefined => {
    if ('choices' in term) return undefined;
    if ('indicator' in term) {
      const r = rowOf.get(term.indicator);
      return r === undefined ? undefined : a1(r, TABLE_COLUMNS.result);
    }
    if ('unitSize' in term) return term.unitSize === 'members' ? a1(HEADER_ROWS.size, 3) : a1(HEADER_ROWS.size, 6);
    return undefined;
  };
  const num = ref(indicator.numerator);
  const den = ref(indicator.denominator);
  if (!num || !den) return t('wb.rate.atDistrict');
  return { formula: `IF(AND(ISNUMBER(${num}),N(${den})>0),${num}/${den},"")`, result: '' };
}

export function answerValidation(campaign: Campaign, indicator: Indicator): Validation {
  const help = indicator.help?.vi ?? '';
  const measure = indicator.measure || '';
  switch (indicator.type) {
    case 'integer':
    case 'decimal':
    case 'money': {
      const max = indicator.max ?? 1e9;
      const params = { measure, min: formatNumber(indicator.min), max: indicator.max === undefined ? t('wb.unbounded') : formatNumber(max) };
      const kind = indicator.type === 'integer' ? 'whole' : 'decimal';
      const prefix = indicator.type === 'integer' ? 'wb.dv.whole' : indicator.type === 'money' ? 'wb.dv.money' : 'wb.dv.decimal';
      return {
        rule: { kind, min: indicator.min, max },
        prompt: message(`${prefix}.title`, `${prefix}.text`, params, help),
        error: message('wb.dv.errorTitle', `${prefix}.error`, params),
      };
    }
    case 'yesno':
      return { rule: { kind: 'list', items: [t('yes'), t('no')] }, prompt: message('wb.dv.yesno.title', 'wb.dv.yesno.text', {}, help), error: message('wb.dv.errorTitle', 'wb.dv.list.error') };
    case 'choice':
      return {
        rule: { kind: 'list', items: indicator.choices.map((ch) => ch.value) },
        prompt: message('wb.dv.choice.title', 'wb.dv.choice.text', {}, help),
        error: message('wb.dv.errorTitle', 'wb.dv.list.error'),
      };
    case 'date':
      return dateRule(campaign.period.start, campaign.period.end, 'wb.dv.date.title', help);
    case 'text':
      return textRule(indicator.maxLength, 'wb.dv.text.title', 'wb.dv.text.text', help);
    case 'rate':
      throw new Error(`rate ${indicator.code} is computed, not answered`);
  }
}

function noteValidation(): Validation {
  return textRule(500, 'wb.dv.note.title', 'wb.dv.note.text');
}

function textRule(max: number, titleKey: 'wb.dv.text.title' | 'wb.dv.reporter.title' | 'wb.dv.phone.title' | 'wb.dv.note.title', textKey: 'wb.dv.text.text' | 'wb.dv.reporter.text' | 'wb.dv.phone.text' | 'wb.dv.note.text', help = ''): Validation {
  return {
    rule: { kind: 'textLength', max },
    prompt: message(titleKey, textKey, { max }, help),
    error: message('wb.dv.errorTitle', 'wb.dv.text.error', { max }),
  };
}

function dateRule(from: string, to: string, titleKey: 'wb.dv.date.title' | 'wb.dv.reportDate.title', help = ''): Validation {
  const params = { from: formatDate(from), to: formatDate(to) };
  return {
    rule: { kind: 'date', from, to },
    prompt: message(titleKey, 'wb.dv.date.text', params, help),
    error: message('wb.dv.errorTitle', 'wb.dv.date.error', params),
  };
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

export type { Cell, Sheet };
