import { countSeverities, countStatuses, describeIssue, formatDate, formatNumber, formatPercent, reasonText, t } from '../core';
import type { Campaign, Consolidation, IndicatorResult, Issue, MessageKey, Params, UnitFigures } from '../core';
import type { CellValue, DefinedName, Sheet, WorkbookLayout } from './layout';
import { META_KEYS, META_SHEET, NAMES, TEMPLATE_VERSION, fingerprint, lockedContent, lockedRow } from './metadata';
import type { LockedRow } from './metadata';
import { metaSheet } from './meta-sheet';
import { sectionsInOrder } from './fill-in';
import { createSheet, rowHeight, wrappedHeight } from './sheet-builder';
import { indicatorLabel, lowerFirst, roman, targetText } from './text';

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
  return {
    sheets: [summary.sheet, detailSheet(input), submissionsSheet(input), issuesSheet(input), documentSheet(input), sourcesSheet(input), meta],
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
  if (ind.type === 'text') return result.texts?.map((x) => `${x.name}: ${x.text}`).join('\n').slice(0, 32000) || null;
  if (ind.type === 'date') return result.dateRange ? { date: result.dateRange.from } : null;
  return result.value;
}

function choiceText(result: IndicatorResult): string {
  return (result.distribution ?? []).map((d) => t('rp.doc.choicePart', { choice: d.choice, count: d.count, share: d.share === null ? '—' : formatPercent(d.share) })).join('; ');
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
    ['wb.label.reportDate', input.reportDate ? { date: input.reportDate } : null],
    ['wb.label.round', c.round.label],
  ];
  info.forEach(([key, value], i) => {
    sheet.cell(5 + i, 2, t(key), 'label');
    sheet.span(5 + i, 3, 5, value, key === 'wb.label.reportDate' ? 'answerDate' : 'valueBold');
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
      const label = indicatorLabel(ind);
      const target = campaign.targets.find((tg) => tg.indicator === ind.code);
      const targetValue: CellValue = target ? (ind.type === 'rate' ? targetText(ind, target, target.value) : target.value) : null;
      locked.push(lockedRow(ind, label, targetValue === null ? '' : String(targetValue)));
      const figure = figureCell(result);
      const note = ind.type === 'choice' ? choiceText(result) : t('rp.col.reported') + `: ${result.reported}`;
      sheet.cell(row, col.code, ind.code, 'code');
      sheet.cell(row, col.content, label, ind.partOf ? 'textIndent' : 'text');
      sheet.cell(row, col.measure, ind.measure, 'measure');
      sheet.cell(row, col.target, targetValue, typeof targetValue === 'number' ? 'target' : 'measure');
      sheet.cell(row, col.result, figure, ind.type === 'text' ? 'text' : ind.type === 'date' ? 'answerDate' : 'number');
      sheet.cell(row, col.percent, result.percent === null ? null : result.percent / 100, 'percent');
      sheet.cell(row, col.assessment, result.assessment ? t(`rp.assessment.${result.assessment}`) : null, result.assessment === 'notAchieved' ? 'error' : 'measure');
      sheet.cell(row, col.numerator, result.numerator ?? null, 'number');
      sheet.cell(row, col.denominator, result.denominator ?? null, 'number');
      sheet.cell(row, col.note, note, 'text');
      sheet.height(row, rowHeight([[label, 44], [note, 28], [typeof figure === 'string' ? figure : '', 12]]));
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
function unitCell(unit: UnitFigures, code: string): CellValue {
  const v = unit.values[code];
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return t(v ? 'yes' : 'no');
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return { date: v };
  return typeof v === 'string' && v.length > 120 ? `${v.slice(0, 117)}…` : v;
}

function detailSheet(input: ReportInput): Sheet {
  const { campaign, consolidation: c } = input;
  const inds = campaign.indicators.filter((i) => i.type !== 'rate');
  const sheet = createSheet(t('rp.sheet.detail'));
  const width = 3 + inds.length;
  sheet.span(1, 1, Math.min(width, 12), t('rp.detail.title'), 'title').height(1, 22);
  sheet.span(2, 1, Math.min(width, 12), `${campaign.title} — ${c.round.label}`, 'caption');
  const fixed: MessageKey[] = ['wb.col.code', 'wb.col.unitName', 'rp.col.status'];
  fixed.forEach((key, i) => {
    sheet.span(4, i + 1, i + 1, t(key), 'tableHeader');
    sheet.cell(5, i + 1, null, 'tableHeader');
  });
  inds.forEach((ind, i) => {
    sheet.cell(4, 4 + i, ind.label.vi, 'tableHeader');
    sheet.cell(5, 4 + i, ind.measure ? `${ind.code} (${ind.measure})` : ind.code, 'tableHeader');
  });
  sheet.height(4, Math.min(160, rowHeight(inds.map((i) => [i.label.vi, 12] as const), 12)));
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
        sheet.cell(row, 4 + i, v, typeof v === 'number' ? 'number' : typeof v === 'object' && v !== null ? 'answerDate' : 'text');
      });
    }
    row += 1;
    sheet.span(row, 1, 3, t('rp.detail.groupTotal', { group: group.group }), 'total');
    inds.forEach((ind, i) => sheet.cell(row, 4 + i, ind.type === 'text' || ind.type === 'date' || ind.type === 'choice' ? null : group.values[ind.code] ?? null, 'total'));
  }
  row += 1;
  sheet.span(row, 1, 3, t('wb.total'), 'total');
  inds.forEach((ind, i) => {
    const r = c.indicators.find((x) => x.code === ind.code);
    sheet.cell(row, 4 + i, ind.type === 'text' || ind.type === 'date' || ind.type === 'choice' ? null : r?.value ?? null, 'total');
  });
  return sheet.build({
    columns: [{ width: 8 }, { width: 34 }, { width: 12 }, ...inds.map((i) => ({ width: i.type === 'text' ? 30 : 11 }))],
    freeze: { rows: 5, cols: 3 },
    print: { orientation: 'landscape', repeatRows: { from: 4, to: 5 }, footer: `${t('rp.sheet.detail')} — &P/&N` },
  });
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
    [i + 1, u.code, u.name, u.group, t(`status.${u.status}`), u.file, u.contact, u.reason ? reasonText(u.reason) : ''].forEach((v, col) =>
      sheet.cell(row, col + 1, v, col === 4 ? (bad ? 'error' : u.status === 'late' ? 'warning' : 'measure') : col === 0 ? 'measure' : 'text'),
    );
  });
  return sheet.build({
    columns: [{ width: 5 }, { width: 9 }, { width: 38 }, { width: 20 }, { width: 13 }, { width: 22 }, { width: 30 }, { width: 34 }],
    freeze: { rows: 5, cols: 0 },
    print: { orientation: 'landscape', repeatRows: { from: 5, to: 5 }, footer: `${t('rp.sheet.submissions')} — &P/&N` },
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
    const message = describeIssue({ ...issue, path: '', cell: '', sheet: '' });
    const values: CellValue[] = [i + 1, t(issue.severity === 'error' ? 'issue.error' : 'issue.warning'), issue.unit, nameOf(issue.unit), issue.file, issue.sheet, issue.cell, issue.indicator, message];
    values.forEach((v, col) => sheet.cell(row, col + 1, v, col === 1 ? (issue.severity === 'error' ? 'error' : 'warning') : col === 0 ? 'measure' : 'text'));
    sheet.height(row, rowHeight([[message, 60], [nameOf(issue.unit), 24], [issue.file, 18]]));
  });
  return sheet.build({
    columns: [{ width: 5 }, { width: 10 }, { width: 8 }, { width: 26 }, { width: 18 }, { width: 10 }, { width: 7 }, { width: 9 }, { width: 62 }],
    freeze: { rows: 3, cols: 0 },
    print: { orientation: 'landscape', repeatRows: { from: 3, to: 3 }, footer: `${t('rp.sheet.issues')} — &P/&N` },
  });
}

function sourcesSheet(input: ReportInput): Sheet {
  const { consolidation: c } = input;
  const headers: MessageKey[] = ['wb.col.no', 'rp.col.unit', 'rp.col.file', 'rp.col.sha256', 'rp.col.round', 'rp.col.readAt', 'rp.col.use'];
  const sheet = createSheet(t('rp.sheet.sources'));
  sheet.span(1, 1, headers.length, t('rp.sources.title'), 'title').height(1, 22);
  headers.forEach((key, i) => sheet.cell(3, i + 1, t(key), 'tableHeader'));
  c.sources.forEach((s, i) => {
    const use = s.use === 'rejected' && input.includeErrors ? 'rejectedCounted' : s.use;
    const values: CellValue[] = [i + 1, s.unit, s.file, s.sha256, s.round, input.readAt, t(`rp.use.${use}` as MessageKey)];
    values.forEach((v, col) => sheet.cell(4 + i, col + 1, v, col === 0 ? 'measure' : 'text'));
  });
  return sheet.build({
    columns: [{ width: 5 }, { width: 9 }, { width: 24 }, { width: 66 }, { width: 12 }, { width: 22 }, { width: 26 }],
    freeze: { rows: 3, cols: 0 },
    print: { orientation: 'landscape', repeatRows: { from: 3, to: 3 }, footer: `${t('rp.sheet.sources')} — &P/&N` },
  });
}

const DOC_COLUMNS = [{ width: 15 }, { width: 15 }, { width: 15 }, { width: 15 }, { width: 15 }, { width: 15 }];
const DOC_CHARS = 84;

/** The written report, laid out as a Vietnamese administrative document, ready to print on A4. */
function documentSheet(input: ReportInput): Sheet {
  const { campaign, consolidation: c } = input;
  const sheet = createSheet(t('rp.sheet.report'));
  const org = campaign.organization;
  sheet.span(1, 1, 3, org.parent.toLocaleUpperCase('vi'), 'docOrg');
  sheet.span(1, 4, 6, t('rp.doc.motto1'), 'docMotto');
  sheet.span(2, 1, 3, org.name.toLocaleUpperCase('vi'), 'docOrgBold');
  sheet.span(2, 4, 6, t('rp.doc.motto2'), 'docMotto');
  sheet.height(1, rowHeight([[org.parent, 34]], 17)).height(2, rowHeight([[org.name, 34]], 17));
  const abbr = /\/[A-ZĐ]+-([A-ZĐ]+)/u.exec(campaign.plan.number)?.[1] ?? 'LĐLĐ';
  sheet.span(3, 1, 3, t('rp.doc.number', { abbr }), 'docNumber');
  const [y, m, d] = (input.reportDate ?? '').split('-');
  const place = campaign.place || '.........';
  sheet.span(3, 4, 6, t('rp.doc.placeDate', { place, day: d ?? '     ', month: m ?? '     ', year: y ?? String(campaign.round.year) }), 'docPlace');
  sheet.height(3, 22);

  let row = 5;
  const line = (text: string, style: 'docText' | 'docHeading' | 'docTitle' | 'docSubtitle' = 'docText') => {
    sheet.span(row, 1, 6, text, style);
    sheet.height(row, wrappedHeight(text, style === 'docText' ? DOC_CHARS : 70, 18));
    row += 1;
  };
  line(t('rp.doc.title'), 'docTitle');
  line(t('rp.doc.subtitle', { title: lowerFirst(campaign.title) }), 'docSubtitle');
  row += 1;
  const params = { plan: campaign.plan.number, organization: org.name, title: lowerFirst(campaign.title) };
  line(campaign.plan.number ? t('rp.doc.basis', params) : t('rp.doc.basisNoPlan', params));

  const n = countStatuses(c.units);
  line(t('rp.doc.part1'), 'docHeading');
  const received = c.units.length - n.missing;
  const counted = n.onTime + n.late + (input.includeErrors ? n.rejected : 0);
  line(t('rp.doc.part1Text', { ...n, received, counted, round: lowerFirst(c.round.label) }));

  line(t('rp.doc.part2'), 'docHeading');
  sectionsInOrder(campaign.indicators).forEach(([section, indicators], index) => {
    line(t('rp.doc.sectionHeading', { number: index + 1, label: t(`section.${section}`) }), 'docHeading');
    const sentences = indicators.flatMap((ind) => {
      const r = c.indicators.find((x) => x.code === ind.code);
      return r ? figureSentences(r) : [];
    });
    if (sentences.length === 0) line(t('rp.doc.noFigures'));
    for (const s of sentences) line(s);
  });

  line(t('rp.doc.part3'), 'docHeading');
  const toFollow = c.units.filter((u) => u.status === 'missing' || u.status === 'rejected');
  if (toFollow.length === 0) line(t('rp.doc.allReported'));
  for (const u of toFollow) {
    const contact = u.contact ? t('rp.doc.contact', { contact: u.contact }) : '';
    line(t(u.status === 'missing' ? 'rp.doc.missingItem' : 'rp.doc.rejectedItem', { name: u.name, contact, file: u.file, reason: u.reason ? reasonText(u.reason) : '' }));
  }
  line(t('rp.doc.closing', params));

  row += 1;
  const signStart = row;
  sheet.span(row, 1, 3, t('rp.doc.recipients'), 'docRecipientsTitle');
  const recipients = campaign.recipients.length ? campaign.recipients : [];
  recipients.forEach((r, i) => {
    const text = /^lưu/i.test(r) ? `- ${r}.` : t('rp.doc.recipient', { name: r });
    sheet.span(signStart + 1 + i, 1, 3, text, 'docRecipients');
  });
  if (!recipients.some((r) => /^lưu/i.test(r))) sheet.span(signStart + 1 + recipients.length, 1, 3, t('rp.doc.archive'), 'docRecipients');
  const signer = campaign.signer;
  if (signer) {
    if (signer.onBehalf) sheet.span(signStart, 4, 6, signer.onBehalf, 'signatureTitle');
    sheet.span(signStart + 1, 4, 6, signer.title, 'signatureTitle');
    if (signer.name) sheet.span(signStart + 6, 4, 6, signer.name, 'signatureTitle');
  }
  return sheet.build({ columns: DOC_COLUMNS, print: { orientation: 'portrait', footer: '&P/&N' } });
}

/** The sentences of the written report that carry one indicator's figures. */
export function figureSentences(r: IndicatorResult): string[] {
  const ind = r.indicator;
  const label = ind.label.vi;
  const measure = ind.measure;
  if (r.reported === 0 && ind.type !== 'rate') return [];
  const assessment = r.assessment ? t(`rp.assessment.${r.assessment}`).toLocaleLowerCase('vi') : '';
  switch (ind.type) {
    case 'integer':
    case 'decimal':
    case 'money': {
      if (r.value === null) return [];
      const p: Params = { label, value: formatNumber(r.value), measure };
      return [r.target !== null && r.percent !== null ? t('rp.doc.figureTarget', { ...p, percent: formatPercent(r.percent), target: formatNumber(r.target), assessment }) : t('rp.doc.figure', p)];
    }
    case 'yesno':
      return [t('rp.doc.yesno', { label, count: r.value ?? 0, reported: r.reported })];
    case 'choice':
      return [t('rp.doc.choice', { label, parts: choiceText(r) })];
    case 'rate': {
      if (r.value === null) return [];
      const p: Params = { label, value: formatPercent(r.value), numerator: formatNumber(r.numerator ?? 0), denominator: formatNumber(r.denominator ?? 0) };
      return [r.target !== null ? t('rp.doc.rateTarget', { ...p, target: formatPercent(r.target), assessment }) : t('rp.doc.rate', p)];
    }
    case 'date':
      return r.dateRange ? [t('rp.doc.dateRange', { label, from: formatDate(r.dateRange.from), to: formatDate(r.dateRange.to) })] : [];
    case 'text':
      return r.texts?.length ? [t('rp.doc.texts', { label }), ...r.texts.map((x) => t('rp.doc.textItem', { name: x.name, text: x.text }))] : [];
  }
}
