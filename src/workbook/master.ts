import { formatNumber, t } from '../core';
import type { Campaign, Indicator, MessageKey, Target } from '../core';
import type { CellValue, Sheet, WorkbookLayout } from './layout';
import { META_KEYS, NAMES, META_SHEET, TEMPLATE_VERSION, splitChunks } from './metadata';
import { metaSheet } from './meta-sheet';
import { masterGuide } from './guide';
import { sectionsInOrder } from './fill-in';
import { createSheet, rowHeight, wrappedHeight } from './sheet-builder';
import { a1, numberFormatOf } from './styles';
import { indicatorLabel, roman, targetText } from './text';

export type TargetAllocation = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** The district officer's workbook: self-describing, with the campaign definition embedded. */
export function buildMasterLayout(campaign: Campaign, allocation: TargetAllocation): WorkbookLayout {
  const json = JSON.stringify(campaign);
  const meta = metaSheet([
    [META_KEYS.kind, 'danvan-master'],
    [META_KEYS.campaignId, campaign.id],
    [META_KEYS.unitCode, ''],
    [META_KEYS.templateVersion, TEMPLATE_VERSION],
    [META_KEYS.fingerprint, ''],
    ...splitChunks(json).map((chunk, i) => [`${META_KEYS.campaignJson}.${i + 1}`, chunk] as const),
  ]);
  const cell = (r: number) => ({ top: r, left: 2, bottom: r, right: 2 });
  return {
    sheets: [masterGuide(campaign), indicatorsSheet(campaign), unitsSheet(campaign, allocation), summarySheet(campaign), meta],
    names: [
      { name: NAMES.campaignId, sheet: META_SHEET, range: cell(2) },
      { name: NAMES.templateVersion, sheet: META_SHEET, range: cell(4) },
    ],
    properties: {
      title: campaign.title,
      subject: campaign.organization.name,
      keywords: `danvan;campaign=${campaign.id};master;template=${TEMPLATE_VERSION}`,
      creator: campaign.organization.name,
      description: campaign.plan.number,
      created: `${campaign.period.start}T00:00:00Z`,
    },
  };
}

function targetOf(campaign: Campaign, code: string): Target | undefined {
  return campaign.targets.find((tg) => tg.indicator === code);
}

function allocationText(indicator: Indicator, target: Target | undefined): string {
  if (!target) return '';
  if (indicator.type === 'rate') return t('wb.allocation.rate');
  if (target.scope === 'district') return t('wb.allocation.district');
  const a = target.allocation;
  if (a.method === 'proportional') return t(`wb.allocation.${a.basis}`);
  return t(`wb.allocation.${a.method}`);
}

function boundsText(indicator: Indicator): string {
  if (indicator.type !== 'integer' && indicator.type !== 'decimal' && indicator.type !== 'money') return '';
  return t('wb.bounds', { min: formatNumber(indicator.min), max: indicator.max === undefined ? t('wb.unbounded') : formatNumber(indicator.max) });
}

function indicatorsSheet(campaign: Campaign): Sheet {
  const headers: MessageKey[] = ['wb.col.code', 'wb.col.content', 'wb.col.section', 'wb.col.measure', 'wb.col.valueType', 'wb.col.aggregation', 'wb.col.required', 'wb.col.bounds', 'wb.col.districtTarget', 'wb.col.allocation'];
  const sheet = createSheet(t('wb.sheet.indicators'));
  sheet.span(1, 1, headers.length, t('wb.master.indicatorsTitle'), 'title').height(1, 24);
  sheet.span(2, 1, headers.length, campaign.title, 'caption');
  headers.forEach((key, i) => sheet.cell(3, i + 1, t(key), 'tableHeader'));
  sheet.height(3, 32);
  campaign.indicators.forEach((ind, i) => {
    const row = 4 + i;
    const target = targetOf(campaign, ind.code);
    sheet.cell(row, 1, ind.code, 'code');
    sheet.cell(row, 2, ind.label.vi, ind.partOf ? 'textIndent' : 'text');
    sheet.cell(row, 3, t(`section.${ind.section}`), 'text');
    sheet.cell(row, 4, ind.measure, 'measure');
    sheet.cell(row, 5, t(`type.${ind.type}`), 'measure');
    sheet.cell(row, 6, t(`aggregation.${ind.aggregation}`), 'text');
    sheet.cell(row, 7, ind.required ? t('yes') : '', 'measure');
    sheet.cell(row, 8, boundsText(ind), 'measure');
    sheet.cell(row, 9, target ? targetCellValue(ind, target) : null, target && ind.type !== 'rate' ? 'target' : 'measure', { numFmt: numberFormatOf(ind) });
    sheet.cell(row, 10, allocationText(ind, target), 'text');
    sheet.height(row, rowHeight([[ind.label.vi, 44], [t(`section.${ind.section}`), 20], [t(`aggregation.${ind.aggregation}`), 20], [boundsText(ind), 14], [allocationText(ind, target), 16]]));
  });
  return sheet.build({
    columns: [{ width: 8 }, { width: 46 }, { width: 22 }, { width: 10 }, { width: 13 }, { width: 22 }, { width: 9 }, { width: 16 }, { width: 12 }, { width: 18 }],
    freeze: { rows: 3, cols: 2 },
    print: { orientation: 'landscape', repeatRows: { from: 3, to: 3 }, footer: `${t('wb.sheet.indicators')} — &P/&N` },
  });
}

function targetCellValue(indicator: Indicator, target: Target): CellValue {
  return indicator.type === 'rate' ? targetText(indicator, target, target.value) : target.value;
}

function unitsSheet(campaign: Campaign, allocation: TargetAllocation): Sheet {
  const allocated = campaign.targets
    .map((tg) => ({ target: tg, indicator: campaign.indicators.find((i) => i.code === tg.indicator), perUnit: allocation.get(tg.indicator) }))
    .filter((x): x is { target: Target; indicator: Indicator; perUnit: ReadonlyMap<string, number> } => !!x.indicator && !!x.perUnit && x.indicator.type !== 'rate');
  const fixed: MessageKey[] = ['wb.col.no', 'wb.col.code', 'wb.col.unitName', 'wb.col.group', 'wb.col.members', 'wb.col.workforce', 'wb.col.contact', 'wb.col.phone'];
  const width = fixed.length + allocated.length;
  const sheet = createSheet(t('wb.sheet.units'));
  sheet.span(1, 1, width, t('wb.master.unitsTitle'), 'title').height(1, 24);
  sheet.span(2, 1, width, campaign.title, 'caption');
  fixed.forEach((key, i) => sheet.cell(3, i + 1, t(key), 'tableHeader'));
  allocated.forEach((a, i) => sheet.cell(3, fixed.length + 1 + i, t('wb.col.unitTarget', { code: a.indicator.code, measure: a.indicator.measure }), 'tableHeader'));
  sheet.height(3, 32);
  const first = 4;
  campaign.units.forEach((u, i) => {
    const row = first + i;
    const values: CellValue[] = [i + 1, u.code, u.name, u.group, u.members ?? null, u.workforce ?? null, u.contact?.name ?? '', u.contact?.phone ?? ''];
    values.forEach((v, col) => sheet.cell(row, col + 1, v, typeof v === 'number' ? 'number' : col === 0 ? 'measure' : 'text'));
    allocated.forEach((a, j) => sheet.cell(row, fixed.length + 1 + j, a.perUnit.get(u.code) ?? null, 'number', { numFmt: numberFormatOf(a.indicator) }));
    sheet.height(row, rowHeight([[u.name, 38], [u.group, 18], [u.contact?.name ?? '', 20]]));
  });
  const totalRow = first + campaign.units.length;
  const last = totalRow - 1;
  sheet.span(totalRow, 1, 4, t('wb.total'), 'total');
  const sum = (col: number, values: number[]): CellValue =>
    campaign.units.length === 0 ? 0 : { formula: `SUM(${a1(first, col)}:${a1(last, col)})`, result: values.reduce((s, v) => s + v, 0) };
  sheet.cell(totalRow, 5, sum(5, campaign.units.map((u) => u.members ?? 0)), 'total');
  sheet.cell(totalRow, 6, sum(6, campaign.units.map((u) => u.workforce ?? 0)), 'total');
  sheet.cell(totalRow, 7, null, 'total');
  sheet.cell(totalRow, 8, null, 'total');
  allocated.forEach((a, j) => {
    const col = fixed.length + 1 + j;
    sheet.cell(totalRow, col, sum(col, campaign.units.map((u) => a.perUnit.get(u.code) ?? 0)), 'total', { numFmt: numberFormatOf(a.indicator) });
  });
  return sheet.build({
    columns: [{ width: 5 }, { width: 9 }, { width: 40 }, { width: 20 }, { width: 10 }, { width: 10 }, { width: 22 }, { width: 13 }, ...allocated.map(() => ({ width: 13 }))],
    freeze: { rows: 3, cols: 3 },
    print: { orientation: 'landscape', repeatRows: { from: 3, to: 3 }, footer: `${t('wb.sheet.units')} — &P/&N` },
  });
}

function summarySheet(campaign: Campaign): Sheet {
  const headers: MessageKey[] = ['wb.col.code', 'wb.col.content', 'wb.col.measure', 'wb.col.target', 'wb.col.result', 'wb.col.rate', 'wb.col.assessment'];
  const sheet = createSheet(t('wb.sheet.summary'));
  sheet.span(1, 1, headers.length, t('wb.master.summaryTitle'), 'title').height(1, 24);
  sheet.span(2, 1, headers.length, campaign.title, 'caption');
  sheet.span(3, 1, headers.length, t('wb.master.summaryEmpty'), 'note').height(3, 30);
  headers.forEach((key, i) => sheet.cell(5, i + 1, t(key), 'tableHeader'));
  let row = 5;
  sectionsInOrder(campaign.indicators).forEach(([section, indicators], index) => {
    row += 1;
    sheet.span(row, 1, headers.length, t('wb.sectionHeading', { number: roman(index + 1), label: t(`section.${section}`).toLocaleUpperCase('vi') }), 'section');
    for (const ind of indicators) {
      row += 1;
      const target = targetOf(campaign, ind.code);
      sheet.cell(row, 1, ind.code, 'code');
      sheet.cell(row, 2, indicatorLabel(ind), ind.partOf ? 'textIndent' : 'text');
      sheet.cell(row, 3, ind.measure, 'measure');
      sheet.cell(row, 4, target ? targetCellValue(ind, target) : null, target && ind.type !== 'rate' ? 'target' : 'measure', { numFmt: numberFormatOf(ind) });
      sheet.cell(row, 5, null, 'number', { numFmt: numberFormatOf(ind) });
      sheet.cell(row, 6, null, 'percent');
      sheet.cell(row, 7, null, 'text');
      sheet.height(row, wrappedHeight(ind.label.vi, 48));
    }
  });
  return sheet.build({
    columns: [{ width: 8 }, { width: 50 }, { width: 11 }, { width: 12 }, { width: 13 }, { width: 11 }, { width: 16 }],
    freeze: { rows: 5, cols: 0 },
    print: { orientation: 'portrait', repeatRows: { from: 5, to: 5 }, footer: `${t('wb.sheet.summary')} — &P/&N` },
  });
}
