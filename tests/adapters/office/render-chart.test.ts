import { renderLayout } from '../../../src/adapters/office';
import { Campaign, consolidate, validateReturns } from '../../../src/core';
import { buildReportLayout } from '../../../src/workbook';
import type { WorkbookLayout } from '../../../src/workbook';
import { smallCampaign, smallCampaignInput } from '../../helpers/campaign';
import { GOOD_ANSWERS, rawReturnFor } from '../../helpers/raw-return';
import type { RawValue } from '../../../src/core';
import { FakeExcel } from './fake-excel';
import type { OfficeWorksheet } from '../../../src/adapters/office/excel-model';

function reportOf(campaign: Campaign, answers: Record<string, Record<string, RawValue>>): WorkbookLayout {
  const raws = Object.entries(answers).map(([unit, a]) => rawReturnFor(campaign, unit, a));
  const consolidation = consolidate(campaign, validateReturns(campaign, raws));
  return buildReportLayout({ campaign, consolidation, includeErrors: false, readAt: '2026-01-02T03:00:00Z', reportDate: '2026-01-02' });
}

const withoutCharts = (layout: WorkbookLayout): WorkbookLayout => ({ ...layout, sheets: layout.sheets.map(({ charts: _charts, ...sheet }) => sheet) });

async function rendered(layout: WorkbookLayout, apiVersion = '1.14') {
  const fake = new FakeExcel({ apiVersion });
  const report = await fake.run((context) => renderLayout(context, layout));
  return { fake, report };
}

describe('the report’s chart in Excel (Office.js charts)', () => {
  // TT01 3 + 4 of 12, AS05 93.02 % of ≥ 90 %, TC01 2 + 2 of 20: three indicators with a target.
  const layout = reportOf(smallCampaign(), { XA01: { ...GOOD_ANSWERS, TT01: 3, AS04: 30 }, GD02: { ...GOOD_ANSWERS, TT01: 4, AS04: 50 } });

  it('should add one clustered bar chart of the share reached over the Biểu đồ table, set up as the file edge draws it', async () => {
    const { fake } = await rendered(layout);
    const sheet = fake.sheet('Biểu đồ');
    expect(sheet.valueAt('B5')).toBe('TT01. Số buổi tuyên truyền');
    expect(sheet.valueAt('E5')).toBeCloseTo(7 / 12, 4);
    expect(sheet.charts).toEqual([
      {
        type: 'BarClustered',
        source: { top: 5, left: 5, bottom: 7, right: 5 },
        name: 'AchievementChart',
        title: 'TỶ LỆ ĐẠT SO VỚI CHỈ TIÊU',
        font: 'Times New Roman',
        legend: { visible: true, position: 'Bottom' },
        dataLabels: { showValue: true, numberFormat: '0%' },
        valueAxis: { title: 'Tỷ lệ đạt so với chỉ tiêu (%)', numberFormat: '0%', minimum: 0 },
        categoryAxis: { reversePlotOrder: true, position: 'Maximum' },
        series: [{ name: 'Tỷ lệ đạt', values: { top: 5, left: 5, bottom: 7, right: 5 }, categories: { top: 5, left: 2, bottom: 7, right: 2 }, color: '#2E75B6' }],
        position: { start: 'G4', end: 'O20' },
      },
    ]);
    expect(fake.sheets.filter((s) => s.charts.length > 0).map((s) => s.name)).toEqual(['Biểu đồ']);
  });

  it('should add no sync for the chart, however many indicators it shows', async () => {
    const plain = await rendered(withoutCharts(layout));
    const charted = await rendered(layout);
    expect(charted.report.syncs).toBe(plain.report.syncs);
    expect(charted.fake.syncs).toBe(plain.fake.syncs);

    const input = smallCampaignInput();
    const extra = Array.from({ length: 40 }, (_, i) => `XT${String(i + 1).padStart(2, '0')}`);
    const big = Campaign.parse({
      ...input,
      indicators: [...input.indicators, ...extra.map((code) => ({ code, section: 'propaganda', type: 'integer', label: { vi: `Chỉ tiêu thêm ${code}`, en: code }, measure: 'buổi' }))],
      targets: [...(input.targets ?? []), ...extra.map((indicator) => ({ indicator, value: 10 }))],
    });
    const answers = Object.fromEntries(extra.map((code, i) => [code, i + 1]));
    const bigLayout = reportOf(big, { XA01: { ...GOOD_ANSWERS, ...answers }, GD02: { ...GOOD_ANSWERS, ...answers } });
    const bigRun = await rendered(bigLayout);
    expect(bigRun.fake.sheet('Biểu đồ').charts[0]?.source).toEqual({ top: 5, left: 5, bottom: 5 + 43 - 1, right: 5 });
    expect(bigRun.report.syncs).toBe(charted.report.syncs);
  });

  it('should draw the new table when Biểu đồ is written again: one chart, over the rows written now', async () => {
    const fake = new FakeExcel({ apiVersion: '1.14' });
    await fake.run((context) => renderLayout(context, layout));
    // A second target (TC01 … AS05 are three; the campaign below adds XT01, XT02): five rows, 5 to 9.
    const input = smallCampaignInput();
    const grown = Campaign.parse({
      ...input,
      indicators: [...input.indicators, ...['XT01', 'XT02'].map((code) => ({ code, section: 'propaganda', type: 'integer', label: { vi: `Chỉ tiêu thêm ${code}`, en: code }, measure: 'buổi' }))],
      targets: [...(input.targets ?? []), { indicator: 'XT01', value: 10 }, { indicator: 'XT02', value: 10 }],
    });
    const again = reportOf(grown, { XA01: { ...GOOD_ANSWERS, XT01: 1, XT02: 2 }, GD02: { ...GOOD_ANSWERS, XT01: 3, XT02: 4 } });
    const uncharted = new FakeExcel({ apiVersion: '1.14' });
    await uncharted.run((context) => renderLayout(context, withoutCharts(layout)));
    const plain = await uncharted.run((context) => renderLayout(context, withoutCharts(again)));
    const second = await fake.run((context) => renderLayout(context, again));
    const charts = fake.sheet('Biểu đồ').charts;
    expect(charts).toHaveLength(1);
    expect(charts[0]?.source).toEqual({ top: 5, left: 5, bottom: 9, right: 5 });
    expect(charts[0]?.series[0]?.categories).toEqual({ top: 5, left: 2, bottom: 9, right: 2 });
    // One sync more than writing the same sheets again without a chart: the one finding the chart to replace.
    expect(second.syncs).toBe(plain.syncs + 1);
  });
});

describe('the fake Excel’s charts', () => {
  const refused = async (fake: FakeExcel, queue: (sheet: OfficeWorksheet) => void) =>
    fake.run(async (context) => {
      queue(context.workbook.worksheets.getItem('Sheet1'));
      return context.sync().then(
        () => 'ok',
        (e: { code?: string }) => e.code,
      );
    });

  it('should add a chart only at sync, a series per column, and refuse reads of what was never loaded', async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const chart = sheet.charts.add('BarClustered', sheet.getRange('B2:C4'), 'Columns');
      chart.title.text = 'T';
      expect(fake.sheet('Sheet1').charts).toEqual([]);
      expect(() => chart.title.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
    });
    expect(fake.sheet('Sheet1').charts[0]?.series.map((s) => s.values)).toEqual([
      { top: 2, left: 2, bottom: 4, right: 2 },
      { top: 2, left: 3, bottom: 4, right: 3 },
    ]);
  });

  it('should keep a chart’s source when its cells are cleared and written again, as Excel does, and delete it only unprotected', async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.charts.add('BarClustered', sheet.getRange('B2:B4'), 'Columns').name = 'C';
      await context.sync();
      sheet.getRange().clear('All');
      sheet.getRange('B2:B9').values = [[1], [2], [3], [4], [5], [6], [7], [8]];
      await context.sync();
    });
    expect(fake.sheet('Sheet1').charts[0]?.source).toEqual({ top: 2, left: 2, bottom: 4, right: 2 });
    const deleted = await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const charts = sheet.charts;
      charts.load('items/name');
      await context.sync();
      expect(charts.items.map((c) => c.name)).toEqual(['C']);
      sheet.protection.protect({});
      charts.items[0]?.delete();
      return context.sync().then(
        () => 'ok',
        (e: { code?: string }) => e.code,
      );
    });
    expect(deleted).toBe('AccessDenied');
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.protection.unprotect();
      const charts = sheet.charts;
      charts.load('items/name');
      await context.sync();
      charts.items[0]?.delete();
      await context.sync();
    });
    expect(fake.sheet('Sheet1').charts).toEqual([]);
  });

  it('should refuse a series the chart does not have, a protected sheet, and members newer than the Excel', async () => {
    expect(await refused(new FakeExcel(), (sheet) => (sheet.charts.add('BarClustered', sheet.getRange('B2:B4'), 'Columns').series.getItemAt(1).name = 'x'))).toBe('ItemNotFound');
    expect(
      await refused(new FakeExcel(), (sheet) => {
        sheet.protection.protect({});
        sheet.charts.add('BarClustered', sheet.getRange('B2:B4'), 'Columns');
      }),
    ).toBe('AccessDenied');
    expect(await refused(new FakeExcel({ apiVersion: '1.7' }), (sheet) => (sheet.charts.add('BarClustered', sheet.getRange('B2:B4'), 'Columns').axes.valueAxis.numberFormat = '0%'))).toBe('ApiNotFound');
    expect(await refused(new FakeExcel({ apiVersion: '1.6' }), (sheet) => (sheet.charts.add('BarClustered', sheet.getRange('B2:B4'), 'Columns').axes.categoryAxis.reversePlotOrder = true))).toBe('ApiNotFound');
  });
});

describe('the Báo cáo sheet’s short lines in Excel', () => {
  it('should draw each line as one black edge of its cells, nothing else, where the layout puts it', async () => {
    const layout = reportOf(smallCampaign(), { XA01: GOOD_ANSWERS, GD02: GOOD_ANSWERS });
    const { fake } = await rendered(layout);
    const sheet = layout.sheets.find((s) => s.name === 'Báo cáo');
    const lines = (sheet?.cells ?? []).filter((c) => c.style === 'docRule' || c.style === 'docRuleAbove');
    // Under the issuer (row 4), under the motto (along the top of row 3), under the subject (row 9).
    expect([...new Set(lines.map((c) => c.row))].sort((a, b) => a - b)).toEqual([3, 4, 9]);
    const black = { style: 'Continuous', color: '#000000' };
    for (const c of lines) {
      const borders = fake.sheet('Báo cáo').cell(`${String.fromCharCode(64 + c.col)}${c.row}`)?.borders;
      expect(borders).toEqual(c.style === 'docRuleAbove' ? { top: black } : { bottom: black });
    }
  });
});
