import { describeIssue } from '../../../src/core';
import { readUnitSheets, renderLayout } from '../../../src/adapters/office';
import { readReturnFile, renderXlsx } from '../../../src/adapters/xlsx';
import { dateSerial } from '../../../src/adapters/office/render-layout';
import { gridToRawReturn, isDateFormat, metadataOf, rawValue, serialToIsoDate } from '../../../src/adapters/office/sheet-grid';
import type { SheetGrid } from '../../../src/adapters/office/sheet-grid';
import { META_KEYS, META_SHEET, TEMPLATE_VERSION, buildCampaignWorkbooks } from '../../../src/workbook';
import type { WorkbookLayout } from '../../../src/workbook';
import { smallCampaign } from '../../helpers/campaign';
import { loadWorkbook } from '../../helpers/read-xlsx';
import { campaignWithUnits, unitSheetsLayout } from './campaigns';
import { FakeExcel } from './fake-excel';

const small = buildCampaignWorkbooks(smallCampaign());
const fillIn = small.fillIns[0]?.layout as (typeof small.fillIns)[number]['layout'];

async function renderedFillIn(apiVersion?: string): Promise<FakeExcel> {
  const fake = new FakeExcel(apiVersion === undefined ? {} : { apiVersion });
  await fake.run((context) => renderLayout(context, fillIn));
  fake.syncs = 0;
  return fake;
}

/** What a clerk does: types into answer cells (the fake applies writes as Excel would). */
async function type(fake: FakeExcel, sheet: string, entries: Record<string, unknown>): Promise<void> {
  await fake.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    for (const [address, value] of Object.entries(entries)) worksheet.getRange(address).values = [[value]];
    await context.sync();
  });
  fake.syncs = 0;
}

describe('readUnitSheets', () => {
  it('should read a rendered fill-in back with its identity and an unchanged fingerprint', async () => {
    const fake = await renderedFillIn();
    const [raw] = await fake.run((context) => readUnitSheets(context, ['Báo cáo'], { metaSheet: META_SHEET, file: 'XA01.xlsx' }));
    expect(raw?.identity).toEqual({ campaignId: 'thu-nghiem-dot-2-2025', unitCode: 'XA01', templateVersion: TEMPLATE_VERSION, fingerprint: fillIn.fingerprint, source: 'metadata', campaignTitle: 'Kế hoạch tham gia công tác dân vận đợt II năm 2025', organization: 'Liên đoàn Lao động huyện Hòa Thành' });
    expect(raw?.computedFingerprint).toBe(fillIn.fingerprint);
    expect(raw?.rows.map((r) => r.code)).toEqual(smallCampaign().indicators.map((i) => i.code));
    expect(raw?.rows[0]).toEqual({
      code: 'TT01',
      label: 'Số buổi tuyên truyền (*)',
      measure: 'buổi',
      target: '3',
      result: { address: 'E13', value: null },
      note: { address: 'F13', value: null },
    });
    expect(raw?.rows.find((r) => r.code === 'AS05')?.result).toEqual({ address: 'E21', value: null, formula: true });
    expect(raw?.header.unitCode).toEqual({ address: 'C6', value: 'XA01' });
    expect(raw?.readIssues).toEqual([]);
    expect(raw?.file).toBe('XA01.xlsx');
    expect(fake.syncs).toBe(2);
  });

  it('should read answers as typed: numbers, text, dates shown with a date format, formulas', async () => {
    const fake = await renderedFillIn();
    await type(fake, 'Báo cáo', { E13: 5, E14: '=2+3', F13: 'họp chi bộ', C8: 'Nguyễn Văn A', C9: dateSerial('2025-12-20'), E28: dateSerial('2025-12-18') });
    const [raw] = await fake.run((context) => readUnitSheets(context, ['Báo cáo'], { metaSheet: META_SHEET }));
    const row = (code: string) => raw?.rows.find((r) => r.code === code);
    expect(row('TT01')?.result).toEqual({ address: 'E13', value: 5 });
    expect(row('TT01')?.note).toEqual({ address: 'F13', value: 'họp chi bộ' });
    expect(row('TT02')?.result).toEqual({ address: 'E14', value: null, formula: true });
    expect(row('NT01')?.result).toEqual({ address: 'E28', value: { date: '2025-12-18' } });
    expect(raw?.header.reporter).toEqual({ address: 'C8', value: 'Nguyễn Văn A' });
    expect(raw?.header.reportDate).toEqual({ address: 'C9', value: { date: '2025-12-20' } });
  });

  it('should build the same raw return as the .xlsx file reader for the same layout', async () => {
    const fromFile = await readReturnFile(await renderXlsx(fillIn), 'XA01.xlsx');
    if (!fromFile.ok) throw new Error(JSON.stringify(fromFile.error));
    const fake = await renderedFillIn();
    const [fromExcel] = await fake.run((context) => readUnitSheets(context, ['Báo cáo'], { metaSheet: META_SHEET, file: 'XA01.xlsx' }));
    expect({ ...fromExcel, sha256: '' }).toEqual({ ...fromFile.value, sha256: '', app: undefined });
  });

  it('should agree with the .xlsx file reader on typed answers too', async () => {
    const workbook = await loadWorkbook(await renderXlsx(fillIn));
    const report = workbook.getWorksheet('Báo cáo');
    if (!report) throw new Error('no report sheet');
    const answers = { E13: 5, E14: 12.5, F13: 'họp chi bộ', C8: 'Nguyễn Văn A', E19: 'Có' };
    for (const [address, value] of Object.entries(answers)) report.getCell(address).value = value;
    report.getCell('C9').value = new Date('2025-12-20T00:00:00Z');
    const fromFile = await readReturnFile(new Uint8Array(await workbook.xlsx.writeBuffer()), 'XA01.xlsx');
    if (!fromFile.ok) throw new Error(JSON.stringify(fromFile.error));

    const fake = await renderedFillIn();
    await type(fake, 'Báo cáo', { ...answers, C9: dateSerial('2025-12-20') }); // answer cells are open on the protected sheet
    const [fromExcel] = await fake.run((context) => readUnitSheets(context, ['Báo cáo'], { metaSheet: META_SHEET, file: 'XA01.xlsx' }));
    expect({ ...fromExcel, sha256: '' }).toEqual({ ...fromFile.value, sha256: '', app: undefined });
    expect(fromExcel?.header.reportDate).toEqual({ address: 'C9', value: { date: '2025-12-20' } });
  });

  it('should notice an edited label through the fingerprint', async () => {
    const fake = await renderedFillIn();
    fake.sheet('Báo cáo').protection = null; // the clerk unprotects the sheet (no password)
    await type(fake, 'Báo cáo', { B13: 'Số buổi tuyên truyền' });
    const [raw] = await fake.run((context) => readUnitSheets(context, ['Báo cáo'], { metaSheet: META_SHEET }));
    expect(raw?.identity.fingerprint).toBe(fillIn.fingerprint);
    expect(raw?.computedFingerprint).not.toBe(fillIn.fingerprint);
  });

  it('should report a missing sheet and a sheet without the table, never throw', async () => {
    const fake = await renderedFillIn();
    const [missing, guide] = await fake.run((context) => readUnitSheets(context, ['Không có', 'Hướng dẫn'], { file: 'so.xlsx' }));
    expect(missing?.readIssues.map((i) => [i.code, i.severity, i.sheet])).toEqual([['office.read.sheetMissing', 'error', 'Không có']]);
    expect(describeIssue(missing?.readIssues[0] ?? fail())).toContain('Không có');
    expect(guide?.rows).toEqual([]);
    expect(guide?.readIssues.map((i) => i.code)).toEqual(['office.read.noTable']);
    expect(guide?.identity.source).toBe('none');
  });

  it('should take identity from the header block when there is no metadata', async () => {
    const fake = await renderedFillIn();
    const [raw] = await fake.run((context) => readUnitSheets(context, ['Báo cáo']));
    expect(raw?.identity).toEqual({ campaignId: '', unitCode: 'XA01', templateVersion: null, fingerprint: '', source: 'header' });
    expect(raw?.computedFingerprint).toBe('');
  });

  it("should read at the manifest's minimum, ExcelApi 1.14, in the same two syncs", async () => {
    const fake = await renderedFillIn('1.14');
    const [raw, missing] = await fake.run((context) => readUnitSheets(context, ['Báo cáo', 'Không có'], { metaSheet: META_SHEET }));
    expect(raw?.computedFingerprint).toBe(fillIn.fingerprint);
    expect(missing?.readIssues.map((i) => i.code)).toEqual(['office.read.sheetMissing']);
    expect(fake.syncs).toBe(2);
  });

  describe('round trips', () => {
    /** A master with one imported return per unit, nothing typed yet. */
    const returnsWorkbook = (count: number): WorkbookLayout => unitSheetsLayout(campaignWithUnits(count), new Map(), {});

    it.each([10, 300])('should read %i unit sheets back in at most 2 syncs', async (count) => {
      const layout = returnsWorkbook(count);
      const fake = new FakeExcel();
      await fake.run((context) => renderLayout(context, layout));
      fake.syncs = 0;
      fake.responseLimit = 5_000_000; // Excel on the web
      const codes = layout.sheets.map((s) => s.name);
      const raws = await fake.run((context) => readUnitSheets(context, codes));
      expect(fake.syncs).toBeLessThanOrEqual(2);
      expect(Math.max(...fake.responses.slice(-2))).toBeLessThan(count * 13_000);
      expect(raws).toHaveLength(count);
      expect(raws.map((r) => r.identity.unitCode)).toEqual(codes);
      expect(raws.every((r) => r.computedFingerprint === r.identity.fingerprint && r.readIssues.length === 0)).toBe(true);
    });

    it.each([
      ['ResponsePayloadSizeLimitExceeded', false],
      ['GeneralException (older Excel on the web)', true],
    ])('should split the load when Excel answers that the response is too large with %s', async (_, legacy) => {
      const layout = returnsWorkbook(40);
      const fake = new FakeExcel();
      await fake.run((context) => renderLayout(context, layout));
      const codes = layout.sheets.map((s) => s.name);
      const whole = await fake.run((context) => readUnitSheets(context, codes));
      fake.syncs = 0;
      fake.responseLimit = 200_000;
      fake.oversizeAsGeneralException = legacy;
      const split = await fake.run((context) => readUnitSheets(context, codes));
      expect(split).toEqual(whole);
      expect(fake.syncs).toBeGreaterThan(2);
    });
  });
});

describe('gridToRawReturn', () => {
  const source = { file: 'tay.xlsx', sha256: 'abc', metadata: null };
  /** A return typed by hand elsewhere: table starting at B3, English headers, a duplicate code. */
  const grid: SheetGrid = {
    sheet: 'Sheet1',
    top: 3,
    left: 2,
    values: [
      ['Unit code:', '', 'DN03', '', ''],
      ['', '', '', '', ''],
      ['Code', 'Content', 'Result', 'Note', 'Target'],
      ['TT01', 'Số buổi', 4, '', 5],
      ['I. TUYÊN TRUYỀN', '', '', '', ''],
      ['tt02', 'a code typed in lower case', 1, '', ''],
      ['TT01', 'again', 9, '', ''],
      ['NT01', 'Ngày', 45990, '', ''],
    ],
    formulaCells: new Set(['D6']),
    numberFormats: [[], [], [], [], [], [], [], ['General', 'General', 'dd/mm/yyyy', 'General', 'General']],
  };

  it('should find the table by its header texts wherever it starts, as the file reader does', () => {
    const raw = gridToRawReturn(grid, source);
    expect(raw.rows).toEqual([
      { code: 'TT01', label: 'Số buổi', measure: '', target: '5', result: { address: 'D6', value: 4, formula: true }, note: { address: 'E6', value: null } },
      { code: 'TT02', label: 'a code typed in lower case', measure: '', target: '', result: { address: 'D8', value: 1 }, note: { address: 'E8', value: null } },
      { code: 'TT01', label: 'again', measure: '', target: '', result: { address: 'D9', value: 9 }, note: { address: 'E9', value: null } },
      { code: 'NT01', label: 'Ngày', measure: '', target: '', result: { address: 'D10', value: { date: '2025-11-29' } }, note: { address: 'E10', value: null } },
    ]);
    expect(raw.identity).toEqual({ campaignId: '', unitCode: 'DN03', templateVersion: null, fingerprint: '', source: 'header' });
    expect(raw.header.unitCode).toEqual({ address: 'D3', value: 'DN03' });
    expect(raw.kind).toBe('fill-in');
    expect(raw.readIssues.map((i) => ({ code: i.code, severity: i.severity, params: i.params }))).toEqual([
      { code: 'reader.columnMissing', severity: 'warning', params: { sheet: 'Sheet1', column: 'ĐVT', row: 5 } },
    ]);
    expect(raw.file).toBe('tay.xlsx');
    expect(raw.sha256).toBe('abc');
  });

  it('should read a consolidated report’s rate parts', () => {
    const report: SheetGrid = {
      sheet: 'Tổng hợp',
      top: 1,
      left: 1,
      values: [
        ['Mã', 'Nội dung', 'ĐVT', 'Chỉ tiêu', 'Kết quả', 'Ghi chú', 'Tử số', 'Mẫu số'],
        ['AS05', 'Tỷ lệ', '%', '', 0.9, '', 90, 100],
      ],
    };
    const raw = gridToRawReturn(report, { ...source, metadata: new Map([[META_KEYS.kind, 'danvan-report']]) });
    expect(raw.kind).toBe('report');
    expect(raw.rows[0]?.parts).toEqual({ numerator: { address: 'G2', value: 90 }, denominator: { address: 'H2', value: 100 } });
  });

  it('should read a metadata block and use it for identity', () => {
    const meta = metadataOf({
      sheet: '_danvan',
      top: 1,
      left: 1,
      values: [
        [META_KEYS.kind, 'danvan-fill-in'],
        [META_KEYS.campaignId, 'c-1'],
        [META_KEYS.unitCode, 'DN03'],
        [META_KEYS.templateVersion, 1],
        [META_KEYS.fingerprint, 'f'],
      ],
    });
    expect(meta && Object.fromEntries(meta)).toEqual({ kind: 'danvan-fill-in', campaignId: 'c-1', unitCode: 'DN03', templateVersion: '1', fingerprint: 'f' });
    const raw = gridToRawReturn(grid, { ...source, metadata: meta });
    expect(raw.identity).toEqual({ campaignId: 'c-1', unitCode: 'DN03', templateVersion: 1, fingerprint: 'f', source: 'metadata' });
    expect(raw.computedFingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should take key/value rows for metadata only when they hold one of our keys', () => {
    expect(metadataOf({ sheet: 'x', top: 1, left: 1, values: [['templateVersion', 1]] })).toBeNull();
    expect(metadataOf({ sheet: 'x', top: 1, left: 1, values: [['kind', 'danvan-master']] })?.get('kind')).toBe('danvan-master');
  });
});

describe('rawValue and number formats', () => {
  it.each([
    ['dd/mm/yyyy', true],
    ['d/m/yy', true],
    ['[$-42A]dd/mm/yyyy', true],
    ['"Ngày" dd', true],
    ['mmm-yy', true],
    ['General', false],
    ['#,##0.##', false],
    ['0.0%', false],
    ['@', false],
    ['h:mm', false],
    ['mm:ss', false],
    ['"dd" 0', false],
  ])('should tell whether %p shows a date (%p)', (format, isDate) => {
    expect(isDateFormat(format)).toBe(isDate);
  });

  it.each([
    ['', 'General', null],
    [12, 'General', 12],
    [45658, 'dd/mm/yyyy', { date: '2025-01-01' }],
    [45658, '#,##0', 45658],
    ['12', 'General', '12'],
    [true, 'General', true],
  ])('should turn %p shown as %p into %p', (value, format, raw) => {
    expect(rawValue(value, format)).toEqual(raw);
  });

  it('should count serials as Excel does, its 1900 leap-year bug included', () => {
    expect(serialToIsoDate(1)).toBe('1900-01-01');
    expect(serialToIsoDate(61)).toBe('1900-03-01');
    expect(serialToIsoDate(dateSerial('2024-12-17'))).toBe('2024-12-17');
  });
});

function fail(): never {
  throw new Error('missing');
}
