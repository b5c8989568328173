import { renderXlsx } from '../../../src/adapters/xlsx';
import {
  columnWidthPoints,
  createWorkbookFromLayout,
  describeRefusedSettings,
  loadInventory,
  renderLayout,
  runExcel,
} from '../../../src/adapters/office';
import { cellInput, dateSerial, rectangles } from '../../../src/adapters/office/render-layout';
import { consolidate, validateReturns } from '../../../src/core';
import { buildCampaignWorkbooks, buildReportLayout } from '../../../src/workbook';
import { a1 } from '../../../src/workbook';
import type { WorkbookLayout } from '../../../src/workbook';
import { dailyCampaign, smallCampaign } from '../../helpers/campaign';
import { campaignWithUnits } from './campaigns';
import { dump, renderDifferences } from './expect-rendered';
import { FakeExcel } from './fake-excel';

const small = buildCampaignWorkbooks(smallCampaign());
const fillIn = (small.fillIns[0] ?? fail('no fill-in')).layout;

async function render(fake: FakeExcel, layout: WorkbookLayout, budget?: number) {
  return fake.run((context) => renderLayout(context, layout, budget === undefined ? {} : { payloadBudget: budget }));
}

describe('renderLayout', () => {
  describe('a fill-in workbook', () => {
    let fake: FakeExcel;
    beforeAll(async () => {
      fake = new FakeExcel();
      await render(fake, fillIn);
    });

    it('should add the sheets of the layout after the ones already there', () => {
      expect(fake.sheetNames()).toEqual(['Sheet1', 'Hướng dẫn', 'Báo cáo', '_danvan']);
      expect(fake.active).toBe('Hướng dẫn');
    });

    it('should write every cell of the description: values, formulas, formats, locks, validation, merges', () => {
      expect(renderDifferences(fake, fillIn)).toEqual([]);
    });

    it('should put the table header, codes, targets and the unit where the contract says', () => {
      const report = fake.sheet('Báo cáo');
      expect(['A11', 'B11', 'C11', 'D11', 'E11', 'F11'].map((a) => report.valueAt(a))).toEqual(['Mã', 'Nội dung', 'ĐVT', 'Chỉ tiêu', 'Kết quả', 'Ghi chú']);
      expect(report.valueAt('A13')).toBe('TT01');
      expect(report.valueAt('D13')).toBe(3);
      expect(report.valueAt('C6')).toBe('XA01');
      expect(report.cell('E21')?.formula).toBe('=IF(AND(ISNUMBER(E20),N(F7)>0),E20/F7,"")');
      expect(report.cell('E21')?.numberFormat).toBe('0.0%');
    });

    it('should open only the answer cells and protect the sheet without a password', () => {
      const report = fake.sheet('Báo cáo');
      const answers = [...fillIn.answerCells.values()];
      expect(report.unlockedCells()).toEqual(expect.arrayContaining([...answers, 'C8', 'F8', 'C9']));
      expect(report.cell('B13')?.locked).toBe(true);
      expect(report.protection).toEqual(expect.objectContaining({ allowFormatCells: false, allowFormatColumns: true, allowInsertRows: false, selectionMode: 'Normal' }));
      expect(fake.sheet('_danvan').protection).not.toBeNull();
    });

    it('should guard answers with data validation, input message and stop alert', () => {
      const report = fake.sheet('Báo cáo');
      expect(report.cell('E13')?.validation).toEqual({
        rule: { wholeNumber: { formula1: 0, formula2: 1000, operator: 'Between' } },
        prompt: expect.objectContaining({ showPrompt: true, title: expect.any(String) }),
        errorAlert: expect.objectContaining({ showAlert: true, style: 'Stop' }),
        ignoreBlanks: true,
      });
      expect(report.cell('E19')?.validation?.rule).toEqual({ list: { inCellDropDown: true, source: 'Có,Không' } });
      expect(report.cell('E28')?.validation?.rule).toEqual({ date: { formula1: '2025-12-16', formula2: '2025-12-30', operator: 'Between' } });
      expect(report.cell('F8')?.validation?.rule).toEqual({ textLength: { formula1: 20, operator: 'LessThanOrEqualTo' } });
      expect(report.cell('B13')?.validation).toBeUndefined();
    });

    it('should define the DV_ names, freeze the header, hide the metadata and set up A4 printing', () => {
      expect(Object.fromEntries(fake.names)).toEqual({
        DV_CAMPAIGN_ID: "='_danvan'!$B$2",
        DV_UNIT_CODE: "='_danvan'!$B$3",
        DV_TEMPLATE_VERSION: "='_danvan'!$B$4",
        DV_FINGERPRINT: "='_danvan'!$B$5",
        DV_TABLE: "='Báo cáo'!$A$11:$F$30",
      });
      const report = fake.sheet('Báo cáo');
      expect(report.frozen).toEqual({ rows: 11, cols: 0 });
      expect(fake.sheet('_danvan').visibility).toBe('VeryHidden');
      expect(report.page).toEqual({
        orientation: 'Portrait',
        paperSize: 'A4',
        centerHorizontally: true,
        margins: { left: 36, right: 28.8, top: 43.2, bottom: 43.2, header: 21.6, footer: 21.6 },
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printTitleRows: '$11:$11',
        centerFooter: '&"Times New Roman,Italic"&9&CCĐCS xã Trường Hòa — &P/&N',
      });
      expect(report.showGridlines).toBe(false);
    });

    it('should size columns in points and rows as described', () => {
      const report = fake.sheet('Báo cáo');
      expect(report.columnWidths.get(1)).toBe(columnWidthPoints(8));
      expect(report.columnWidths.get(2)).toBe(columnWidthPoints(44));
      expect(report.rowHeights.get(11)).toBe(20);
      expect(report.isMerged('A1:F1')).toBe(true);
      expect(report.isMerged('E30:F30')).toBe(true);
    });
  });

  describe('the master workbook', () => {
    it('should write every cell, keep phone numbers as text and colour the guide tab', async () => {
      const fake = new FakeExcel();
      await render(fake, small.master);
      expect(fake.sheetNames()).toEqual(['Sheet1', 'Hướng dẫn', 'Chỉ tiêu', 'Đơn vị', 'Tổng hợp', '_danvan']);
      expect(renderDifferences(fake, small.master)).toEqual([]);
      const units = fake.sheet('Đơn vị');
      expect(units.valueAt('H4')).toBe('0912345678');
      expect(fake.log).toContainEqual({ sheet: 'Đơn vị', address: 'H4', property: 'values', value: "'0912345678" });
      expect(units.cell('E7')?.formula).toBe('=SUM(E4:E6)');
      expect(units.frozen).toEqual({ rows: 3, cols: 3 });
      expect(units.page.orientation).toBe('Landscape');
      expect(fake.sheet('Hướng dẫn').tabColor).toBe('#C00000');
      expect(fake.sheet('_danvan').valueAt('B2')).toBe('thu-nghiem-dot-2-2025');
    });
  });

  describe('a hand-made layout', () => {
    const layout: WorkbookLayout = {
      sheets: [
        {
          name: "Nhật ký 'A' 1",
          state: 'visible',
          columns: [{ width: 10 }, { width: 10 }, { width: 4, hidden: true }],
          rowHeights: { 2: 30, 3: 30, 5: 18 },
          cells: [
            { row: 1, col: 1, value: 'Ngày', style: 'tableHeader' },
            { row: 2, col: 1, value: { date: '2025-12-17' } },
            { row: 2, col: 2, value: null, style: 'answer', unlocked: true, validation: { rule: { kind: 'decimal', min: 0 }, prompt: { title: 'Số', text: 'Nhập số' }, error: { title: 'Sai', text: 'Phải là số' } } },
            { row: 3, col: 2, value: null, style: 'answer', unlocked: true, validation: { rule: { kind: 'decimal', min: 0 }, prompt: { title: 'Số', text: 'Nhập số' }, error: { title: 'Sai', text: 'Phải là số' } } },
            { row: 2, col: 3, value: 'ẩn', style: 'textIndent' },
          ],
          merges: [],
          freeze: { rows: 0, cols: 1 },
          protect: false,
          print: { orientation: 'landscape' },
          tabColor: '00B050',
        },
        { name: 'Ẩn', state: 'hidden', columns: [], rowHeights: {}, cells: [{ row: 1, col: 1, value: 1 }], merges: [], protect: false, print: { orientation: 'portrait' } },
      ],
      names: [{ name: 'DV_X', sheet: "Nhật ký 'A' 1", range: { top: 2, left: 2, bottom: 3, right: 2 } }],
      properties: { title: 't', subject: 's', keywords: 'k', creator: 'c', description: 'd', created: '2025-01-01T00:00:00Z' },
    };

    it('should write dates, hidden columns, column freezes, hidden sheets, tab colours and quoted names', async () => {
      const fake = new FakeExcel();
      const report = await render(fake, layout);
      expect(report).toEqual({ sheets: ["Nhật ký 'A' 1", 'Ẩn'], replaced: [], refused: [], syncs: 3 });
      expect(renderDifferences(fake, layout)).toEqual([]);
      const sheet = fake.sheet("Nhật ký 'A' 1");
      expect(sheet.cell('A2')).toEqual(expect.objectContaining({ value: dateSerial('2025-12-17'), numberFormat: 'dd/mm/yyyy' }));
      expect(sheet.hiddenColumns).toEqual(new Set([3]));
      expect([...sheet.columnWidths]).toEqual([
        [1, columnWidthPoints(10)],
        [2, columnWidthPoints(10)],
        [3, columnWidthPoints(4)],
      ]);
      expect([...sheet.rowHeights]).toEqual([
        [2, 30],
        [3, 30],
        [5, 18],
      ]);
      expect(sheet.frozen).toEqual({ rows: 0, cols: 1 });
      expect(sheet.tabColor).toBe('#00B050');
      expect(sheet.protection).toBeNull();
      expect(sheet.cell('B3')?.validation?.rule).toEqual({ decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } });
      expect(sheet.cell('C2')?.indentLevel).toBe(2);
      expect(fake.sheet('Ẩn').visibility).toBe('Hidden');
      expect(fake.names.get('DV_X')).toBe("='Nhật ký ''A'' 1'!$B$2:$B$3");
      expect(fake.properties).toEqual({ title: 't', subject: 's', keywords: 'k', author: 'c', comments: 'd' });
      // one validation command for the two cells of the same rule
      expect(fake.log.filter((w) => w.property === 'dataValidation.rule')).toEqual([{ sheet: "Nhật ký 'A' 1", address: 'B2:B3', property: 'dataValidation.rule', value: expect.anything() }]);
    });
  });

  describe('sheets that are already there', () => {
    it('should replace same-named sheets and names instead of failing', async () => {
      const fake = new FakeExcel();
      await render(fake, fillIn);
      const report = await render(fake, fillIn);
      expect(report.replaced).toEqual(['Hướng dẫn', 'Báo cáo', '_danvan']);
      expect(fake.sheetNames()).toEqual(['Sheet1', 'Hướng dẫn', 'Báo cáo', '_danvan']);
      expect(fake.names.size).toBe(5);
      expect(renderDifferences(fake, fillIn)).toEqual([]);
    });

    it('should take sheets and names from an inventory loaded earlier in the run, in one sync', async () => {
      const fake = new FakeExcel();
      await render(fake, fillIn);
      fake.syncs = 0;
      const report = await fake.run(async (context) => renderLayout(context, fillIn, { inventory: await loadInventory(context) }));
      expect(fake.syncs).toBe(2);
      expect(report.syncs).toBe(1);
      expect(report.replaced).toEqual(['Hướng dẫn', 'Báo cáo', '_danvan']);
      expect(fake.sheetNames()).toEqual(['Sheet1', 'Hướng dẫn', 'Báo cáo', '_danvan']);
      expect(fake.names.size).toBe(5);
      expect(renderDifferences(fake, fillIn)).toEqual([]);
    });

    it('should write a master again over its very hidden _danvan, in place, leaving no sheet aside', async () => {
      // Excel refuses to delete a very hidden sheet (the fake too): the old way failed here, part-way.
      const fake = new FakeExcel();
      const master = small.master;
      await render(fake, master);
      expect(fake.sheet('_danvan').visibility).toBe('VeryHidden');
      const edited = buildCampaignWorkbooks({ ...smallCampaign(), title: 'Kế hoạch đã sửa' }).master;
      const report = await render(fake, edited);
      expect(report.replaced).toEqual(master.sheets.map((s) => s.name));
      expect(fake.sheetNames()).toEqual(['Sheet1', ...master.sheets.map((s) => s.name)]);
      expect(fake.sheet('_danvan').visibility).toBe('VeryHidden');
      expect(renderDifferences(fake, edited)).toEqual([]);
      const once = new FakeExcel();
      await render(once, edited);
      expect(dump(fake)).toEqual(dump(once));
    });

    it('should keep formulas the user wrote against a sheet written again pointing at it', async () => {
      const fake = new FakeExcel();
      await render(fake, fillIn);
      await fake.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:A2').formulas = [["='Báo cáo'!E13"], ['=_danvan!B2']];
        await context.sync();
      });
      await render(fake, fillIn);
      expect(fake.sheet('Sheet1').cell('A1')?.formula).toBe("='Báo cáo'!E13");
      expect(fake.sheet('Sheet1').cell('A2')?.formula).toBe('=_danvan!B2');
    });

    it('should replace the only visible sheet (Excel keeps one visible sheet at all times)', async () => {
      const fake = new FakeExcel({ sheets: ['Hướng dẫn'] });
      const report = await render(fake, fillIn);
      expect(report.replaced).toEqual(['Hướng dẫn']);
      expect(fake.sheetNames()).toEqual(['Hướng dẫn', 'Báo cáo', '_danvan']);
    });
  });

  describe('round trips to Excel', () => {
    it.each([10, 300])('should generate the master of %i units in at most 3 syncs', async (count) => {
      const workbooks = buildCampaignWorkbooks(campaignWithUnits(count));
      expect(workbooks.master.sheets.find((s) => s.name === 'Đơn vị')?.cells.length).toBeGreaterThan(count * 10);
      const fake = new FakeExcel();
      const report = await render(fake, workbooks.master);
      expect(fake.syncs).toBeLessThanOrEqual(3);
      expect(report.syncs).toBe(fake.syncs);
      expect(fake.sheet('Đơn vị').valueAt(a1(3 + count, 2))).toBe(`DV${String(count).padStart(3, '0')}`);
      const fillInFake = new FakeExcel();
      await render(fillInFake, (workbooks.fillIns[count - 1] ?? fail('no fill-in')).layout);
      expect(fillInFake.syncs).toBeLessThanOrEqual(3);
    });

    it('should split a batch that would pass the payload budget, with the same result', async () => {
      const master = buildCampaignWorkbooks(campaignWithUnits(300)).master;
      const whole = new FakeExcel();
      await render(whole, master);
      const chunked = new FakeExcel();
      const report = await render(chunked, master, 40_000);
      expect(chunked.syncs).toBeGreaterThan(3);
      expect(report.syncs).toBe(chunked.syncs);
      expect(dump(chunked)).toEqual(dump(whole));
    });

    it('should leave nothing queued and run inside runExcel', async () => {
      const fake = new FakeExcel();
      const result = await runExcel((context) => renderLayout(context, fillIn), { run: fake.run });
      expect(result).toEqual({ ok: true, value: expect.objectContaining({ syncs: 3, refused: [] }) });
    });
  });

  describe('the written report sheet (Nghị định 30/2020)', () => {
    it('should print on A4 with its own margins, not centred, and the page number from page 2 only', async () => {
      const campaign = smallCampaign();
      const consolidation = consolidate(campaign, validateReturns(campaign, []));
      const layout = buildReportLayout({ campaign, consolidation, includeErrors: false, readAt: '2026-01-06T03:00:00Z' });
      const fake = new FakeExcel();
      await render(fake, { ...layout, sheets: layout.sheets.filter((sheet) => sheet.name === 'Báo cáo'), names: [] });
      // 20/20/30/15 mm in points (72 / 25.4 a millimetre), header and footer at half the top and bottom margins.
      expect(fake.sheet('Báo cáo').page).toEqual({
        orientation: 'Portrait',
        paperSize: 'A4',
        centerHorizontally: false,
        margins: { left: 85.04, right: 42.52, top: 56.69, bottom: 56.69, header: 28.35, footer: 28.35 },
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        headerFooterState: 'FirstAndDefault',
        firstPageCenterHeader: '',
        // The font codes, then the centre section again for the number (styles.ts centreSection).
        centerHeader: '&"Times New Roman,Regular"&13&C&P',
      });
    });
  });

  describe('drop-down lists', () => {
    it('should offer each choice whole, as Excel splits the list on commas', async () => {
      const fake = new FakeExcel();
      await render(fake, fillIn);
      const choice = smallCampaign().indicators.find((i) => i.type === 'choice');
      if (choice?.type !== 'choice') throw new Error('no choice indicator');
      expect(fake.sheet('Báo cáo').listItems(fillIn.answerCells.get(choice.code) ?? '')).toEqual(choice.choices.map((c) => c.value));
    });

    it('should let a daily campaign’s rounds be typed rather than give Excel a list over 255 characters', async () => {
      const daily = dailyCampaign();
      // 15 labels of 23 characters and 14 commas: 359 characters, more than one list takes.
      expect(daily.reportingRounds.map((d) => d.label).join(',')).toHaveLength(359);
      const layout = (buildCampaignWorkbooks(daily).fillIns[0] ?? fail('no fill-in')).layout;
      const fake = new FakeExcel();
      await render(fake, layout);
      expect(renderDifferences(fake, layout)).toEqual([]);
      const sheet = fake.sheet('Báo cáo');
      const lists = [...sheet.cells.values()].map((c) => c.validation?.rule?.list?.source).filter((source) => typeof source === 'string');
      expect(lists.every((source) => source.length <= 255)).toBe(true);
      expect([...sheet.cells.values()].some((c) => c.validation?.rule?.textLength !== undefined && c.validation.prompt?.message.includes('Báo cáo ngày 16/12/2025'))).toBe(true);
    });
  });

  describe('view and print settings Excel refuses', () => {
    it.each([
      ['freezeRows', 'freezePanes'],
      ['showGridlines', 'gridlines'],
      ['pageLayout.zoom', 'pageLayout'],
    ] as const)('should write the workbook when Excel refuses %s, and say that only %s was skipped', async (setting, feature) => {
      const fake = new FakeExcel();
      fake.refusedSettings.add(setting);
      const report = await render(fake, fillIn);
      expect(report.refused).toEqual([{ feature, code: 'GeneralException' }]);
      expect(renderDifferences(fake, fillIn)).toEqual([]);
      const sheet = fake.sheet('Báo cáo');
      expect(sheet.protection).not.toBeNull();
      expect(sheet.frozen).toEqual(feature === 'freezePanes' ? null : { rows: 11, cols: 0 });
      expect(sheet.showGridlines).toBe(feature === 'gridlines');
      expect(sheet.page.zoom).toEqual(feature === 'pageLayout' ? undefined : { horizontalFitToPages: 1, verticalFitToPages: 0 });
      // One sync for the settings together, then one for each of the three alone.
      expect(report.syncs).toBe(3 + 3);
      expect(describeRefusedSettings(report.refused)).toMatch(/^Sổ đã được ghi, nhưng Excel không nhận .*\n• .*\(Excel báo lỗi GeneralException\)$/);
    });

    it('should set them only on the sheets it adds, leaving those of a sheet written again as they are', async () => {
      const fake = new FakeExcel();
      await render(fake, fillIn);
      fake.refusedSettings.add('freezeRows');
      fake.sheet('Báo cáo').showGridlines = true;
      const report = await render(fake, fillIn);
      expect(report.refused).toEqual([]);
      expect(report.syncs).toBe(2);
      expect(fake.sheet('Báo cáo').frozen).toEqual({ rows: 11, cols: 0 });
      expect(fake.sheet('Báo cáo').showGridlines).toBe(true);
    });
  });

  describe("the manifest's minimum, ExcelApi 1.14", () => {
    it('should write everything the layout asks for, in three syncs', async () => {
      const fake = new FakeExcel({ apiVersion: '1.14' });
      const report = await render(fake, fillIn);
      expect(report.syncs).toBe(3);
      expect(renderDifferences(fake, fillIn)).toEqual([]);
    });
  });
});

describe('createWorkbookFromLayout', () => {
  it('should open the file edge’s .xlsx as a new workbook (ExcelApi 1.8)', async () => {
    const fake = new FakeExcel();
    const result = await createWorkbookFromLayout(fillIn, { toXlsx: renderXlsx, createWorkbook: fake.createWorkbook });
    expect(result).toEqual({ ok: true, value: undefined });
    const [base64] = fake.createdWorkbooks;
    expect(Buffer.from(base64 ?? '', 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});

describe('cellInput', () => {
  it('should keep every text exactly as written, though Excel parses what is written through values', async () => {
    // User text that Excel (and the fake, which parses as Excel does) would turn into something else.
    const texts = ['0912345678', '-5', '+84 912 345 678', '17/12/2024', '1/2', '17-Dec-2024', '5 PM', '17:30', '90%', '(5)', '1E3', '1,234', 'TRUE', 'false', '=A1', '@x', 'Tổ 5', 'CĐCS xã Trường Hòa'];
    const layout: WorkbookLayout = {
      sheets: [{ name: 'Văn bản', state: 'visible', columns: [], rowHeights: {}, cells: texts.map((value, i) => ({ row: i + 1, col: 1, value })), merges: [], protect: false, print: { orientation: 'portrait' } }],
      names: [],
      properties: { title: '', subject: '', keywords: '', creator: '', description: '', created: '2025-01-01T00:00:00Z' },
    };
    const fake = new FakeExcel();
    await render(fake, layout);
    expect(texts.map((_, i) => fake.sheet('Văn bản').cell(`A${i + 1}`)).map((c) => [c?.value, c?.formula])).toEqual(texts.map((text) => [text, null]));
  });

  it.each([
    ['text', 'Số buổi', 'Số buổi'],
    ['a phone number', '0912345678', "'0912345678"],
    ['a date typed as text', '17/12/2024', "'17/12/2024"],
    ['a percentage', '90%', "'90%"],
    ['text that looks like a formula', '=SUM(A1)', "'=SUM(A1)"],
    ['a leading minus', '- ghi chú', "'- ghi chú"],
    ['a word "TRUE"', 'TRUE', "'TRUE"],
    ['a time', '5 PM', "'5 PM"],
    ['a date with a month name', '17-Dec', "'17-Dec"],
    ['an error value', '#N/A', "'#N/A"],
    ['text with a figure in it', 'Tổ 5', "'Tổ 5"],
    ['empty text', '', null],
    ['a number', 12.5, 12.5],
    ['a formula', { formula: 'SUM(E4:E6)' }, '=SUM(E4:E6)'],
    ['a date', { date: '2025-01-01' }, 45658],
  ] as const)('should write %s as Excel expects', (_, value, written) => {
    expect(cellInput(value)).toEqual(written);
  });

  it('should count dates from 1899-12-30', () => {
    expect(dateSerial('1970-01-01')).toBe(25569);
  });
});

describe('columnWidthPoints', () => {
  it.each([
    [8.7109375, 45.75], // Excel shows "8.00 (61 pixels)"
    [8, 42], // 56 px
    [52, 273], // 364 px
  ])('should give a file width of %p characters %p points', (width, pts) => {
    expect(columnWidthPoints(width)).toBe(pts);
  });
});

describe('rectangles', () => {
  it('should cover cells with few rectangles', () => {
    const cells = [
      { row: 1, col: 1 },
      { row: 1, col: 2 },
      { row: 2, col: 1 },
      { row: 2, col: 2 },
      { row: 3, col: 2 },
      { row: 5, col: 5 },
    ];
    expect(rectangles(cells)).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 2, bottom: 3, right: 2 },
      { top: 5, left: 5, bottom: 5, right: 5 },
    ]);
  });
});

function fail(message: string): never {
  throw new Error(message);
}
