import { countSeverities, countStatuses, describeIssue, formatDate, formatVietnamDateTime, reasonText, t } from '../core';
import type { Campaign, Consolidation, Indicator, IndicatorResult, Issue, MessageKey, UnitFigures } from '../core';
import type { CellValue, DefinedName, Merge, Sheet, WorkbookLayout } from './layout';
import { META_KEYS, META_SHEET, NAMES, TEMPLATE_VERSION, fingerprint, lockedContent, lockedRow } from './metadata';
import type { LockedRow } from './metadata';
import { metaSheet } from './meta-sheet';
import { sectionsInOrder } from './fill-in';
import { DATE_FORMAT, numberFormatOf } from './styles';
import { createSheet, rowHeight } from './sheet-builder';
import { indicatorLabel, roman, targetText } from './text';
import { buildReportDocument } from './report-document';
import { ND30, textWidthPt } from './nd30';
import { choiceText } from './report-figures';
import { chartSheet } from './report-chart';

export type ReportInput = {
  readonly campaign: Campaign;
  readonly consolidation: Consolidation;
  /** When the returns were read (ISO date-time), for the sources sheet. */
  readonly readAt: string;
  readonly includeErrors: boolean;
  /** The date on the report's date line; left for the signer to fill when absent. */
  readonly reportDate?: string;
};

/** Columns of the summary table; the first five follow the return contract so the report reads one level up. */
export const SUMMARY_COLUMNS = { code: 1, content: 2, measure: 3, target: 4, result: 5, percent: 6, assessment: 7, numerator: 8, denominator: 9, note: 10 } as const;
export const SUMMARY_HEADER_ROW = 10;

export function buildReportLayout(input: ReportInput): WorkbookLayout {
  const { campaign } = input;
  const summary = summarySheet(input);
  const identity = { campaignId: campaign.parent?.campaignId ?? campaign.id, unitCode: campaign.parent?.unitCode ?? '', templateVersion: TEMPLATE_VERSION };
  const meta = metaSheet([
    [META_KEYS.kind, 'danvan-report'],
    [META_KEYS.campaignId, identity.campaignId],
    [META_KEYS.unitCode, identity.unitCode],
    [META_KEYS.templateVersion, TEMPLATE_VERSION],
    [META_KEYS.fingerprint, fingerprint(lockedContent(identity, summary.locked))],
    ['sourceCampaignId', campaign.id],
  ]);
  const cell = (r: number) => ({ top: r, left: 2, bottom: r, right: 2 });
  const names: DefinedName[] = [
    { name: NAMES.campaignId, sheet: META_SHEET, range: cell(2) },
    { name: NAMES.unitCode, sheet: META_SHEET, range: cell(3) },
    { name: NAMES.templateVersion, sheet: META_SHEET, range: cell(4) },
    { name: NAMES.fingerprint, sheet: META_SHEET, range: cell(5) },
    { name: NAMES.table, sheet: summary.sheet.name, range: { top: SUMMARY_HEADER_ROW, left: 1, bottom: summary.lastRow, right: SUMMARY_COLUMNS.note } },
  ];
  const chart = chartSheet(campaign, input.consolidation);
  return {
    sheets: [summary.sheet, ...(chart ? [chart] : []), detailSheet(input), submissionsSheet(input), issuesSheet(input), documentSheet(input), commentsSheet(input), sourcesSheet(input), meta],
    names,
    properties: {
      title: t('rp.doc.subtitle', { title: campaign.title }),
      subject: campaign.organization.name,
      keywords: `danvan;campaign=${identity.campaignId};unit=${identity.unitCode};report;template=${TEMPLATE_VERSION}`,
      creator: campaign.organization.name,
      description: input.consolidation.round.label,
      created: input.readAt,
    },
  };
}

function figureCell(result: IndicatorResult): CellValue {
  const ind = result.indicator;
  if (ind.type === 'choice') return null;
  if (ind.type === 'text') return result.texts?.length ? excerpt(result.texts.map((x) => `${x.name}: ${x.text}`).join('\n')) : null;
  if (ind.type === 'date') return result.dateRange ? { date: result.dateRange.from } : null;
  return result.value;
}

/**
 * A cell of the summary keeps a short excerpt of the units' texts, so no row grows past what Excel
 * can show (409 pt); the full texts are in the `Ý kiến đơn vị` sheet.
 */
function excerpt(text: string): string {
  return text.length <= EXCERPT_CHARS ? text : `${shorten(text, EXCERPT_CHARS)} ${t('rp.comments.more')}`;
}

/** A message or reason cut to what a row shows well under 409 pt (a pasted value can make it long). */
function shorten(text: string, size: number): string {
  return text.length <= size ? text : `${text.slice(0, size).trimEnd()}…`;
}
/** The summary's Kết quả column is 13 wide: 100 characters and the pointer make about a dozen lines. */
const EXCERPT_CHARS = 100;
/**
 * An issue's message is its fix, so it is cut only where a pasted value makes it run past what a
 * row shows (≈ 25 lines of its 62-wide column); a unit's reason in its 34-wide column, sooner.
 */
const MESSAGE_CHARS = 1400;
const REASON_CHARS = 600;
/** A text longer than this is carried on over the next rows of the appendix, each row well under 409 pt. */
const COMMENT_CHUNK_CHARS = 1500;

/** Appendix `Ý kiến đơn vị`: every unit's own words, in full, by indicator. */
function commentsSheet(input: ReportInput): Sheet {
  const { campaign, consolidation: c } = input;
  const headers: MessageKey[] = ['wb.col.no', 'rp.col.unit', 'rp.col.unitName', 'rp.col.group', 'rp.col.indicator', 'rp.col.comment'];
  const sheet = createSheet(t('rp.sheet.comments'));
  sheet.span(1, 1, headers.length, t('rp.comments.title'), 'title').height(1, 22);
  headers.forEach((key, i) => sheet.cell(3, i + 1, t(key), 'tableHeader'));
  const groupOf = (code: string) => campaign.units.find((u) => u.code === code)?.group ?? '';
  let row = 4;
  let number = 0;
  for (const result of c.indicators) {
    for (const answer of result.texts ?? []) {
      number += 1;
      chunks(answer.text, COMMENT_CHUNK_CHARS).forEach((part, i) => {
        const values: CellValue[] = i === 0 ? [number, answer.unit, answer.name, groupOf(answer.unit), result.indicator.label.vi, part] : [null, null, null, null, null, part];
        values.forEach((v, col) => sheet.cell(row, col + 1, v, col === 0 ? 'measure' : 'text'));
        sheet.height(row, rowHeight([[part, 80], [answer.name, 24], [result.indicator.label.vi, 24]]));
        row += 1;
      });
    }
  }
  if (number === 0) sheet.span(4, 1, headers.length, t('rp.comments.none'), 'text');
  return sheet.build({
    columns: [{ width: 5 }, { width: 9 }, { width: 26 }, { width: 16 }, { width: 24 }, { width: 82 }],
    freeze: { rows: 3, cols: 0 },
    print: { orientation: 'landscape', repeatRows: { from: 3, to: 3 }, footer: `${t('rp.sheet.comments')} — &P/&N` },
  });
}

/** Splits a long text at line or word breaks into parts of at most `size` characters. */
function chunks(text: string, size: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > size) {
    const cut = Math.max(rest.lastIndexOf('\n', size), rest.lastIndexOf(' ', size));
    const at = cut > size / 2 ? cut : size;
    parts.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  parts.push(rest);
  return parts;
}

function summarySheet(input: ReportInput): { sheet: Sheet; locked: LockedRow[]; lastRow: number } {
  const { campaign, consolidation: c } = input;
  const col = SUMMARY_COLUMNS;
  const last = col.note;
  const sheet = createSheet(t('rp.sheet.summary'));
  const n = countStatuses(c.units);
  const counted = n.onTime + n.late + (input.includeErrors ? n.rejected : 0);
  sheet.span(1, 1, last, t('rp.summary.title'), 'title').height(1, 22);
  sheet.span(2, 1, last, campaign.title, 'subtitle').height(2, 34);
  const caption = input.includeErrors ? t('rp.summary.countedWithErrors', { ...n, counted }) : t('rp.summary.counted', { ...n, counted });
  sheet.span(3, 1, last, caption, 'caption').height(3, 30);
  const info: [MessageKey, CellValue][] = [
    ['wb.label.unit', campaign.organization.name],
    ['wb.label.unitCode', campaign.parent?.unitCode ?? ''],
    ['rp.label.reportDate', input.reportDate ? { date: input.reportDate } : null],
    ['rp.label.round', c.round.label],
  ];
  // The report is read, not filled in: plain labels (the reader finds them without the fill-in's "(*)") and no input colour.
  info.forEach(([key, value], i) => {
    sheet.cell(5 + i, 2, t(key), 'label');
    sheet.span(5 + i, 3, 5, value, 'valueBold', key === 'rp.label.reportDate' ? { numFmt: DATE_FORMAT } : {});
  });
  const headers: MessageKey[] = ['wb.col.code', 'wb.col.content', 'wb.col.measure', 'wb.col.target', 'wb.col.result', 'wb.col.rate', 'wb.col.assessment', 'rp.col.numerator', 'rp.col.denominator', 'wb.col.note'];
  headers.forEach((key, i) => sheet.cell(SUMMARY_HEADER_ROW, i + 1, t(key), 'tableHeader'));
  sheet.height(SUMMARY_HEADER_ROW, 32);

  const locked: LockedRow[] = [];
  let row = SUMMARY_HEADER_ROW;
  const firstData = row + 1;
  sectionsInOrder(campaign.indicators).forEach(([section, indicators], index) => {
    row += 1;
    sheet.span(row, 1, last, t('wb.sectionHeading', { number: roman(index + 1), label: t(`section.${section}`).toLocaleUpperCase('vi') }), 'section');
    for (const ind of indicators) {
      const result = c.indicators.find((r) => r.code === ind.code);
      if (!result) continue;
      row += 1;
      const label = indicatorLabel(ind, { marked: false });
      const target = campaign.targets.find((tg) => tg.indicator === ind.code);
      const targetValue: CellValue = target ? (ind.type === 'rate' ? targetText(ind, target, target.value) : target.value) : null;
      locked.push(lockedRow(ind, label, targetValue === null ? '' : String(targetValue)));
      const figure = figureCell(result);
      const note = ind.type === 'choice' ? choiceText(result) : t('rp.col.reported') + `: ${result.reported}`;
      sheet.cell(row, col.code, ind.code, 'code');
      sheet.cell(row, col.content, label, ind.partOf ? 'textIndent' : 'text');
      sheet.cell(row, col.measure, ind.measure, 'measure');
      sheet.cell(row, col.target, targetValue, typeof targetValue === 'number' ? 'target' : 'measure', { numFmt: numberFormatOf(ind) });
      sheet.cell(row, col.result, shownFigure(ind, figure), ind.type === 'text' ? 'text' : ind.type === 'date' ? 'date' : 'number', { numFmt: numberFormatOf(ind) });
      sheet.cell(row, col.percent, result.percent === null ? null : result.percent / 100, 'percent');
      const assessment = result.assessment ? t(`rp.assessment.${result.assessment}`) : '';
      sheet.cell(row, col.assessment, assessment || null, result.assessment === 'notAchieved' ? 'error' : result.assessment === 'review' ? 'warning' : 'measure');
      sheet.cell(row, col.numerator, result.numerator ?? null, 'number');
      sheet.cell(row, col.denominator, result.denominator ?? null, 'number');
      sheet.cell(row, col.note, note, 'text');
      sheet.height(row, rowHeight([[label, 44], [note, 28], [typeof figure === 'string' ? figure : '', 12], [assessment, 11]]));
    }
  });
  const built = sheet.build({
    columns: [{ width: 8 }, { width: 44 }, { width: 10 }, { width: 11 }, { width: 13 }, { width: 11 }, { width: 11 }, { width: 10 }, { width: 10 }, { width: 30 }],
    freeze: { rows: SUMMARY_HEADER_ROW, cols: 2 },
    print: { orientation: 'landscape', repeatRows: { from: SUMMARY_HEADER_ROW, to: SUMMARY_HEADER_ROW }, footer: `${t('rp.sheet.summary')} — &P/&N` },
    tabColor: 'C00000',
    dataBars: [{ range: { top: firstData, left: col.percent, bottom: row, right: col.percent }, min: 0, max: 1, color: '5B9BD5' }],
  });
  return { sheet: built, locked, lastRow: row };
}

/** A unit's own figure as shown in the detail sheet. */
/** Rates are carried in percent (93.38) and shown as a percentage cell (0.9338 as 93,38%). */
function shownFigure(ind: Indicator, value: CellValue): CellValue {
  return ind.type === 'rate' && typeof value === 'number' ? value / 100 : value;
}

function unitCell(unit: UnitFigures, code: string): CellValue {
  const v = unit.values[code];
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return t(v ? 'yes' : 'no');
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return { date: v };
  return typeof v === 'string' && v.length > 120 ? `${v.slice(0, 117)}…` : v;
}

/** Columns of Chi tiết repeated at the left of every printed page: the unit's code and name. */
const DETAIL_TITLE_COLUMNS = { from: 1, to: 2 } as const;
/** Chi tiết is too wide for one page: it prints at this scale over several, legible at 11 pt × 70 %. */
export const DETAIL_PRINT_SCALE = 70;

function detailSheet(input: ReportInput): Sheet {
  const { campaign, consolidation: c } = input;
  const inds = campaign.indicators.filter((i) => i.type !== 'rate');
  const sheet = createSheet(t('rp.sheet.detail'));
  const width = 3 + inds.length;
  sheet.span(1, 1, Math.min(width, 12), t('rp.detail.title'), 'title').height(1, 22);
  sheet.span(2, 1, Math.min(width, 12), `${campaign.title} — ${c.round.label}`, 'caption');
  // Row 5 is the filter row: the fixed columns' names sit there, under an empty band of row 4.
  const fixed: MessageKey[] = ['wb.col.code', 'wb.col.unitName', 'rp.col.status'];
  fixed.forEach((key, i) => {
    sheet.cell(4, i + 1, null, 'tableHeader');
    sheet.cell(5, i + 1, t(key), 'tableHeader');
  });
  inds.forEach((ind, i) => {
    sheet.cell(4, 4 + i, ind.label.vi, 'tableHeader');
    sheet.cell(5, 4 + i, ind.measure ? `${ind.code} (${ind.measure})` : ind.code, 'tableHeader');
  });
  sheet.height(4, Math.min(160, rowHeight(inds.map((i) => [i.label.vi, 12] as const), 14)));
  sheet.height(5, rowHeight(inds.map((i) => [i.measure ? `${i.code} (${i.measure})` : i.code, 10] as const), 14));
  const isSummed = (ind: Indicator) => ind.type !== 'text' && ind.type !== 'date' && ind.type !== 'choice';
  let row = 5;
  for (const group of c.groups) {
    for (const unit of c.units.filter((u) => u.group === group.group)) {
      row += 1;
      const status = t(`status.${unit.status}`) + (unit.flagged ? ` ${t('rp.detail.flagged')}` : '');
      sheet.cell(row, 1, unit.code, 'code');
      sheet.cell(row, 2, unit.name, 'text');
      sheet.cell(row, 3, status, unit.status === 'missing' || unit.status === 'rejected' ? 'warning' : 'measure');
      inds.forEach((ind, i) => {
        const v = unitCell(unit, ind.code);
        sheet.cell(row, 4 + i, shownFigure(ind, v), typeof v === 'number' ? 'number' : typeof v === 'object' && v !== null ? 'date' : 'text', { numFmt: numberFormatOf(ind) });
      });
      sheet.height(row, rowHeight([[unit.name, 34], [status, 12], ...inds.filter((ind) => ind.type === 'text').map((ind) => [String(unitCell(unit, ind.code) ?? ''), 30] as const)]));
    }
  }
  const lastUnitRow = row;
  // Group subtotals in a block of their own below the table, so filtering units never hides or miscounts them.
  // Labels within the repeated columns, so every printed band names its totals.
  const labelEnd = DETAIL_TITLE_COLUMNS.to;
  const totalRow = (label: string) => {
    sheet.span(row, 1, labelEnd, label, 'total');
    for (let col = labelEnd + 1; col <= 3; col++) sheet.cell(row, col, null, 'total');
  };
  row += 2;
  sheet.span(row, 1, labelEnd, t('rp.detail.totals'), 'section');
  for (const group of c.groups) {
    row += 1;
    totalRow(t('rp.detail.groupTotal', { group: group.group }));
    inds.forEach((ind, i) => sheet.cell(row, 4 + i, isSummed(ind) ? shownFigure(ind, group.values[ind.code] ?? null) : null, 'total', { numFmt: numberFormatOf(ind) }));
  }
  row += 1;
  totalRow(t('wb.total'));
  inds.forEach((ind, i) => {
    const r = c.indicators.find((x) => x.code === ind.code);
    sheet.cell(row, 4 + i, isSummed(ind) ? shownFigure(ind, r?.value ?? null) : null, 'total', { numFmt: numberFormatOf(ind) });
  });
  return sheet.build({
    columns: [{ width: 8 }, { width: 34 }, { width: 12 }, ...inds.map((i) => ({ width: i.type === 'text' ? 30 : 11 }))],
    freeze: { rows: 5, cols: 3 },
    print: { orientation: 'landscape', repeatRows: { from: 4, to: 5 }, repeatCols: DETAIL_TITLE_COLUMNS, scale: DETAIL_PRINT_SCALE, footer: `${t('rp.sheet.detail')} — &P/&N` },
    ...(lastUnitRow > 5 ? { autoFilter: { top: 5, left: 1, bottom: lastUnitRow, right: width } } : {}),
  });
}

/** Filter buttons on a table's header row when it has rows under it. */
function tableFilter(headerRow: number, rows: number, cols: number): { autoFilter?: Merge } {
  return rows > 0 ? { autoFilter: { top: headerRow, left: 1, bottom: headerRow + rows, right: cols } } : {};
}

function submissionsSheet(input: ReportInput): Sheet {
  const { campaign, consolidation: c } = input;
  const headers: MessageKey[] = ['wb.col.no', 'wb.col.code', 'wb.col.unitName', 'wb.col.group', 'rp.col.status', 'rp.col.file', 'wb.col.contact', 'rp.col.reason'];
  const sheet = createSheet(t('rp.sheet.submissions'));
  sheet.span(1, 1, headers.length, t('rp.submissions.title'), 'title').height(1, 22);
  sheet.span(2, 1, headers.length, `${campaign.title} — ${c.round.label} (${formatDate(c.round.deadline)})`, 'caption');
  const n = countStatuses(c.units);
  sheet.span(3, 1, headers.length, t('cli.validateSummary', { ...n, ...countSeverities(c.issues) }), 'note').height(3, 30);
  headers.forEach((key, i) => sheet.cell(5, i + 1, t(key), 'tableHeader'));
  c.units.forEach((u, i) => {
    const row = 6 + i;
    const bad = u.status === 'missing' || u.status === 'rejected';
    const reason = u.reason ? shorten(reasonText(u.reason), REASON_CHARS) : '';
    [i + 1, u.code, u.name, u.group, t(`status.${u.status}`), u.file, u.contact, reason].forEach((v, col) =>
      sheet.cell(row, col + 1, v, col === 4 ? (bad ? 'error' : u.status === 'late' ? 'warning' : 'measure') : col === 0 ? 'measure' : 'text'),
    );
    sheet.height(row, rowHeight([[u.name, 36], [u.group, 18], [u.file, 20], [u.contact, 28], [reason, 32]]));
  });
  return sheet.build({
    columns: [{ width: 5 }, { width: 9 }, { width: 38 }, { width: 20 }, { width: 13 }, { width: 22 }, { width: 30 }, { width: 34 }],
    freeze: { rows: 5, cols: 0 },
    print: { orientation: 'landscape', repeatRows: { from: 5, to: 5 }, footer: `${t('rp.sheet.submissions')} — &P/&N` },
    ...tableFilter(5, c.units.length, headers.length),
  });
}

function issuesSheet(input: ReportInput): Sheet {
  const { campaign, consolidation: c } = input;
  const headers: MessageKey[] = ['wb.col.no', 'rp.col.severity', 'wb.col.code', 'rp.col.unit', 'rp.col.file', 'rp.col.sheet', 'rp.col.cell', 'rp.col.indicator', 'rp.col.message'];
  const sheet = createSheet(t('rp.sheet.issues'));
  sheet.span(1, 1, headers.length, t('rp.issues.title'), 'title').height(1, 22);
  headers.forEach((key, i) => sheet.cell(3, i + 1, t(key), 'tableHeader'));
  const nameOf = (code: string) => campaign.units.find((u) => u.code === code)?.name ?? '';
  if (c.issues.length === 0) sheet.span(4, 1, headers.length, t('rp.issues.none'), 'text');
  c.issues.forEach((issue: Issue, i) => {
    const row = 4 + i;
    const message = shorten(describeIssue({ ...issue, path: '', cell: '', sheet: '' }), MESSAGE_CHARS);
    const values: CellValue[] = [i + 1, t(issue.severity === 'error' ? 'issue.error' : 'issue.warning'), issue.unit, nameOf(issue.unit), issue.file, issue.sheet, issue.cell, issue.indicator, message];
    values.forEach((v, col) => sheet.cell(row, col + 1, v, col === 1 ? (issue.severity === 'error' ? 'error' : 'warning') : col === 0 ? 'measure' : 'text'));
    sheet.height(row, rowHeight([[message, 60], [nameOf(issue.unit), 24], [issue.file, 18]]));
  });
  return sheet.build({
    columns: [{ width: 5 }, { width: 10 }, { width: 8 }, { width: 26 }, { width: 18 }, { width: 10 }, { width: 7 }, { width: 9 }, { width: 62 }],
    freeze: { rows: 3, cols: 0 },
    print: { orientation: 'landscape', repeatRows: { from: 3, to: 3 }, footer: `${t('rp.sheet.issues')} — &P/&N` },
    ...tableFilter(3, c.issues.length, headers.length),
  });
}

function sourcesSheet(input: ReportInput): Sheet {
  const { campaign, consolidation: c } = input;
  const headers: MessageKey[] = ['wb.col.no', 'rp.col.unit', 'rp.col.file', 'rp.col.sha256', 'rp.col.round', 'rp.col.readAtLocal', 'rp.col.use'];
  const roundLabel = (id: string) => campaign.reportingRounds.find((r) => r.id === id)?.label ?? id;
  const readAt = formatVietnamDateTime(input.readAt);
  const sheet = createSheet(t('rp.sheet.sources'));
  sheet.span(1, 1, headers.length, t('rp.sources.title'), 'title').height(1, 22);
  headers.forEach((key, i) => sheet.cell(3, i + 1, t(key), 'tableHeader'));
  sheet.height(3, 32);
  c.sources.forEach((s, i) => {
    const use = s.use === 'rejected' && input.includeErrors ? 'rejectedCounted' : s.use;
    const values: CellValue[] = [i + 1, s.unit, s.file, s.sha256, roundLabel(s.round), readAt, t(`rp.use.${use}` as MessageKey)];
    values.forEach((v, col) => sheet.cell(4 + i, col + 1, v, col === 0 ? 'measure' : 'text'));
    sheet.height(4 + i, rowHeight([[s.file, 24], [roundLabel(s.round), 20]]));
  });
  return sheet.build({
    columns: [{ width: 5 }, { width: 9 }, { width: 24 }, { width: 66 }, { width: 20 }, { width: 17 }, { width: 26 }],
    freeze: { rows: 3, cols: 0 },
    print: { orientation: 'landscape', repeatRows: { from: 3, to: 3 }, footer: `${t('rp.sheet.sources')} — &P/&N` },
    ...tableFilter(3, c.sources.length, headers.length),
  });
}

/**
 * Two blocks across the A4 text width between ND30's margins (210 − 30 − 15 mm = 468 pt): the
 * header's left block (parent body, issuer, number; later Nơi nhận) and its right block (national
 * name, motto, place and date; later the signature); the body spans both. Widths count digits of
 * the Normal font (Calibri 11): 34 and 49 show as 238 and 343 px in Excel (columnWidthPoints),
 * 436 pt, and LibreOffice, whose Calibri twin (Carlito) it draws about 7 % wider, fills the 468 pt
 * with them. So the sheet prints at full size in both, every type size as ND30 asks; Excel leaves
 * the last 11 mm of the line blank. The right block is the wider so that the national name (250 pt
 * at 12 pt bold) keeps to one line in Excel's 257 pt too; at 48 Gnumeric, which sizes columns as
 * Excel does, wrapped "NAM" onto a line of its own.
 */
const DOC_BLOCKS = { left: 34, right: 49 } as const;
/**
 * Points a unit of column width prints as: 5.25 in Excel, 5.64 in LibreOffice; between the two,
 * so a line sized from its text is within 4 % of that length in either.
 */
const PT_PER_WIDTH = 5.45;
/**
 * The body's line as Excel prints it (436 pt less the cell's padding), the narrower of the two,
 * and the 14 pt line's height: a row is as tall as its text needs there, so no line is cut.
 */
const DOC_LINE_PT = 430;
const DOC_LINE = 19;
/** Height of the rows that only carry a short line. */
const RULE_ROW = 4;
/**
 * A cell has no first-line indent, in Excel or LibreOffice (`indent` moves every line and is not
 * applied to justified text): the body's first line starts after spaces as wide as ND30's
 * 1–1.27 cm, two em spaces and an en space of the 14 pt body (2.5 em = 35 pt = 1.23 cm), which
 * justification does not stretch.
 */
const FIRST_LINE_INDENT = '\u2003\u2003\u2002';

/**
 * The sheet's columns: the two blocks cut where ND30's short lines start and end, so each line is
 * the bottom edge of a range of whole cells, centred under its text. `cols(from, to)` gives the
 * columns (1-based) covering that stretch of width.
 */
function docGrid(rules: readonly (readonly [number, number])[]) {
  const total = DOC_BLOCKS.left + DOC_BLOCKS.right;
  const breaks: number[] = [];
  for (const x of [0, DOC_BLOCKS.left, total, ...rules.flat()].map((v) => Math.round(v * 4) / 4).sort((a, b) => a - b)) {
    const last = breaks[breaks.length - 1];
    if (last === undefined || x - last >= 0.5) breaks.push(x);
  }
  const nearest = (x: number) => breaks.reduce((best, b, i) => (Math.abs(b - x) < Math.abs((breaks[best] ?? 0) - x) ? i : best), 0);
  return {
    columns: breaks.slice(1).map((b, i) => ({ width: b - (breaks[i] ?? 0) })),
    cols: (from: number, to: number) => ({ left: nearest(from) + 1, right: Math.max(nearest(from) + 1, nearest(to)) }),
  };
}

/** A stretch `width` wide centred on the block from `from` to `to`, never wider than it. */
function centredIn(from: number, to: number, width: number): readonly [number, number] {
  const w = Math.min(width, to - from);
  return [(from + to - w) / 2, (from + to + w) / 2];
}

/** The written report (report-document.ts) rendered as a sheet, ready to print on A4. */
function documentSheet(input: ReportInput): Sheet {
  const doc = buildReportDocument(input);
  const z = ND30.sizes;
  const L = DOC_BLOCKS.left;
  const W = L + DOC_BLOCKS.right;
  const units = (pt: number) => pt / PT_PER_WIDTH;
  // As the .docx draws them: under the issuer and the subject a share of their line, under the motto its length.
  const issuerRule = centredIn(0, L, ND30.shortRuleShare * Math.min(L, units(textWidthPt(doc.issuer, z.issuer, true))));
  const mottoRule = centredIn(L, W, units(textWidthPt(doc.motto, z.motto, true)));
  const subjectRule = centredIn(0, W, ND30.shortRuleShare * Math.min(W, units(textWidthPt(doc.subject, z.subject, true))));
  const grid = docGrid([issuerRule, mottoRule, subjectRule]);
  const left = grid.cols(0, L);
  const right = grid.cols(L, W);
  const all = grid.cols(0, W);
  const sheet = createSheet(t('rp.sheet.report'));
  // Each line is an edge of cells of its own, apart from the merged text above it, which cannot overflow.
  const rule = (row: number, [from, to]: readonly [number, number], style: 'docRule' | 'docRuleAbove' = 'docRule') => {
    const c = grid.cols(from, to);
    sheet.span(row, c.left, c.right, null, style);
  };

  // Rows 1–4: parent body | national name; issuer (rows 2–3) | motto (row 2), its line along the top
  // of row 3; the issuer's line (row 4).
  // Lines of 12 pt Times New Roman are about 14 pt high: the parent and the issuer stay close.
  const issuerHeight = rowHeight([[doc.issuer, 24]], 14.5);
  const mottoHeight = 20;
  sheet.span(1, left.left, left.right, doc.parent, 'docOrg');
  sheet.span(1, right.left, right.right, doc.nationalName, 'docNational');
  sheet.height(1, rowHeight([[doc.parent, 26]], 14.5));
  sheet.area({ top: 2, left: left.left, bottom: 3, right: left.right }, doc.issuer, 'docOrgBold');
  sheet.span(2, right.left, right.right, doc.motto, 'docMotto');
  rule(3, mottoRule, 'docRuleAbove');
  sheet.height(2, mottoHeight).height(3, Math.max(2, issuerHeight - mottoHeight));
  rule(4, issuerRule);
  sheet.height(4, RULE_ROW);
  sheet.span(5, left.left, left.right, doc.number, 'docNumber');
  sheet.span(5, right.left, right.right, doc.placeDate, 'docPlace');
  sheet.height(5, 26);

  let row = 7;
  const line = (text: string, style: 'docText' | 'docHeading' | 'docTitle' | 'docSubtitle' = 'docText') => {
    sheet.span(row, all.left, all.right, text, style);
    // Widths from Times New Roman's metrics (within 3 % of LibreOffice's print), 5 % spare.
    const lines = Math.max(1, Math.ceil((textWidthPt(text, z.body, style !== 'docText') * 1.05) / DOC_LINE_PT));
    sheet.height(row, lines * DOC_LINE + 4);
    row += 1;
  };
  line(doc.title, 'docTitle');
  line(doc.subject, 'docSubtitle');
  rule(row, subjectRule);
  sheet.height(row, RULE_ROW);
  row += 2;
  // As in the .docx, every block of the body (headings, paragraphs, dash items) indents its first line.
  for (const block of doc.body) line(`${FIRST_LINE_INDENT}${block.text}`, block.kind === 'heading' ? 'docHeading' : 'docText');

  row += 1;
  const signStart = row;
  sheet.span(row, left.left, left.right, doc.recipients.title, 'docRecipientsTitle');
  doc.recipients.items.forEach((text, i) => sheet.span(signStart + 1 + i, left.left, left.right, text, 'docRecipients'));
  const signer = doc.signature;
  const signature = (r: number, text: string) => sheet.span(r, right.left, right.right, text, 'docSignature');
  if (signer) {
    if (signer.onBehalf) signature(signStart, signer.onBehalf.toLocaleUpperCase('vi'));
    signature(signStart + 1, signer.title.toLocaleUpperCase('vi'));
    if (signer.name) signature(signStart + 2 + ND30.signatureGapLines, signer.name);
  }
  return sheet.build({
    columns: grid.columns,
    print: { orientation: 'portrait', marginsMm: ND30.marginsMm, pageNumberFromSecondPage: { fontSize: ND30.sizes.pageNumber } },
  });
}
