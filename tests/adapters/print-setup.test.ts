import JSZip from 'jszip';
import { renderLayout } from '../../src/adapters/office';
import { renderXlsx } from '../../src/adapters/xlsx';
import { Campaign, consolidate, validateReturns } from '../../src/core';
import { buildReportLayout } from '../../src/workbook';
import { smallCampaignInput } from '../helpers/campaign';
import { GOOD_ANSWERS, rawReturnFor } from '../helpers/raw-return';
import { FakeExcel } from './office/fake-excel';

/** Both edges render the same print and filter settings: a fixed scale, title columns, autofilters. */

function report() {
  const campaign = Campaign.parse(smallCampaignInput());
  const raws = [rawReturnFor(campaign, 'XA01', GOOD_ANSWERS), rawReturnFor(campaign, 'GD02', GOOD_ANSWERS)];
  return buildReportLayout({ campaign, consolidation: consolidate(campaign, validateReturns(campaign, raws)), readAt: '2026-01-06T02:30:00.000Z', includeErrors: false });
}

const layout = report();
// 3 fixed columns and the small campaign's 12 indicators that are not rates: A–O; its 3 units on rows 6–8.
const DETAIL_FILTER = 'A5:O8';

describe('print setup and filters in the file (exceljs)', () => {
  let parts: Map<string, string>;
  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await renderXlsx(layout));
    const book = await zip.file('xl/workbook.xml')?.async('string') ?? '';
    const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string') ?? '';
    parts = new Map();
    for (const [tag] of book.matchAll(/<sheet [^>]*\/>/g)) {
      const name = /name="([^"]+)"/.exec(tag)?.[1];
      const rid = /r:id="([^"]+)"/.exec(tag)?.[1];
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
      parts.set(name ?? '', await zip.file(`xl/${target.replace(/^\/xl\//, '')}`)?.async('string') ?? '');
    }
    parts.set('workbook', book);
  });

  it('should print Chi tiết at 70 % without fit-to-page, and the other sheets one page wide', () => {
    const detail = parts.get('Chi tiết') ?? '';
    expect(detail).toMatch(/<pageSetup [^>]*scale="70"/);
    expect(detail).not.toMatch(/fitToPage="1"/);
    expect(detail).toMatch(/orientation="landscape"/);
    expect(parts.get('Tổng hợp')).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
  });

  it('should repeat the code and name columns and the header rows of Chi tiết on every page', () => {
    // Chi tiết is the third sheet (index 2), after Tổng hợp and Biểu đồ.
    expect(parts.get('workbook')).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="2">&apos;Chi tiết&apos;!$A:$B,&apos;Chi tiết&apos;!$4:$5</definedName>');
  });

  it('should put filter buttons on the four tables, over their rows only', () => {
    expect(parts.get('Chi tiết')).toContain(`<autoFilter ref="${DETAIL_FILTER}"/>`);
    expect(parts.get('Tình hình nộp')).toContain('<autoFilter ref="A5:H8"/>');
    expect(parts.get('Nguồn dữ liệu')).toContain('<autoFilter ref="A3:G5"/>');
    expect(parts.get('Kiểm tra')).toMatch(/<autoFilter ref="A3:I\d+"\/>/);
    expect(parts.get('Tổng hợp')).not.toContain('<autoFilter');
  });
});

describe('print setup and filters in Excel (Office.js)', () => {
  const fake = new FakeExcel();
  beforeAll(async () => {
    await fake.run((context) => renderLayout(context, layout));
  });

  it('should set the scale, the title columns and rows of Chi tiết', () => {
    expect(fake.sheet('Chi tiết').page).toMatchObject({ orientation: 'Landscape', zoom: { scale: 70 }, printTitleRows: '$4:$5', printTitleColumns: '$A:$B' });
    expect(fake.sheet('Tổng hợp').page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });

  it('should apply the same autofilters as the file', () => {
    expect(fake.sheet('Chi tiết').autoFilter).toBe(DETAIL_FILTER);
    expect(fake.sheet('Tình hình nộp').autoFilter).toBe('A5:H8');
    expect(fake.sheet('Nguồn dữ liệu').autoFilter).toBe('A3:G5');
    expect(fake.sheet('Tổng hợp').autoFilter).toBeNull();
  });

  it('should leave out only the filter buttons when Excel refuses them, and say so', async () => {
    const refusing = new FakeExcel();
    refusing.refusedSettings.add('autoFilter.apply');
    const result = await refusing.run((context) => renderLayout(context, layout));
    expect(result.refused).toEqual([{ feature: 'autoFilter', code: 'GeneralException' }]);
    expect(refusing.sheet('Chi tiết').autoFilter).toBeNull();
    expect(refusing.sheet('Chi tiết').page.printTitleColumns).toBe('$A:$B');
  });

  it('should refuse filter buttons over a single row or on a protected sheet that does not allow them', async () => {
    const other = new FakeExcel();
    await expect(other.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').autoFilter.apply('A1:C1');
      await context.sync();
    })).rejects.toThrow(/header row and rows below/);
    await expect(other.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.protection.protect({ allowAutoFilter: false });
      sheet.autoFilter.apply('A1:C5');
      await context.sync();
    })).rejects.toThrow(/protected/);
  });

  it('should refuse a print scale outside 10–400 %, as Excel does', async () => {
    const other = new FakeExcel();
    await expect(other.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').pageLayout.zoom = { scale: 5 };
      await context.sync();
    })).rejects.toThrow(/between 10 and 400/);
  });

  it('should refuse title columns that are not whole columns, as Excel does', async () => {
    const other = new FakeExcel();
    await expect(other.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').pageLayout.setPrintTitleColumns('A1:B2');
      await context.sync();
    })).rejects.toThrow(/whole columns/);
  });
});
