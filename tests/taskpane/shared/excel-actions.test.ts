import { validateReturns } from '../../../src/core';
import type { RawReturn } from '../../../src/core';
import { readReturnFile, renderXlsx } from '../../../src/adapters/xlsx';
import { buildCampaignWorkbooks, fillLayout } from '../../../src/workbook';
import { createExcelActions } from '../../../src/taskpane/shared/excel-actions';
import { smallCampaign } from '../../helpers/campaign';
import { REPORT_SHEET, fillReturn } from '../../helpers/fill-return';
import { GOOD_ANSWERS } from '../../helpers/raw-return';
import { FakeExcel } from '../../adapters/office/fake-excel';
import { biffWorkbook, odsContent, odsParts, writeCfb, writeZip } from '../../hostile/build';

const campaign = smallCampaign();
const built = buildCampaignWorkbooks(campaign);
const control = { signal: new AbortController().signal, onProgress: () => undefined };

async function returnOf(index: number, answers: Record<string, number>, name: string): Promise<{ file: { name: string; bytes: Uint8Array }; raw: RawReturn }> {
  const fillIn = built.fillIns[index];
  if (fillIn === undefined) throw new Error('no fill-in');
  const bytes = await renderXlsx(fillLayout(fillIn.layout, new Map(Object.entries(answers)), { reporter: 'Nguyễn Văn A', reportDate: { date: campaign.period.end } }));
  const read = await readReturnFile(bytes, name);
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  return { file: { name, bytes }, raw: read.value };
}

describe('createExcelActions', () => {
  it('should import returns as unit sheets, keep an earlier sheet hidden, and read them back as valid returns', async () => {
    const fake = new FakeExcel();
    const actions = createExcelActions({ lang: () => 'vi', run: fake.run });
    const first = await returnOf(0, { TT01: 2 }, 'XA01.xlsx');
    const again = await returnOf(0, { TT01: 7 }, 'XA01-lan-2.xlsx');

    const one = await actions.importReturns(campaign, [first], control);
    expect(one).toEqual({ ok: true, value: { written: ['XA01'], kept: [] } });
    const two = await actions.importReturns(campaign, [again], control);
    expect(two).toEqual({ ok: true, value: { written: ['XA01'], kept: ['XA01 (cũ 1)'] } });
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(['XA01', 'XA01 (cũ 1)']));
    expect(fake.sheet('XA01 (cũ 1)').visibility).toBe('Hidden');

    const read = await actions.readUnitSheets(campaign);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.map((r) => r.sheet)).toEqual(['XA01']);
    const raw = read.value[0];
    expect(raw?.identity.unitCode).toBe('XA01');
    expect(raw?.computedFingerprint).toBe(raw?.identity.fingerprint);
    expect(raw?.rows.find((r) => r.code === 'TT01')?.result.value).toBe(7);
    const validation = validateReturns(campaign, read.value);
    expect(validation.units.find((u) => u.code === 'XA01')?.status).toBe('on-time');
    expect(validation.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  describe('copying the returned sheet (ExcelApi 1.13) or writing it from what was read (older Excel)', () => {
    /** A clerk's file: answers, a note, and a remark typed beside the table that the pane does not read. */
    async function clerkReturn(name: string): Promise<{ file: { name: string; bytes: Uint8Array }; raw: RawReturn }> {
      const fillIn = built.fillIns[1];
      if (fillIn === undefined) throw new Error('no fill-in');
      const blank = await renderXlsx(fillIn.layout);
      const bytes = await fillReturn(blank, { ...GOOD_ANSWERS, TT01: 5 }, { reporter: 'Lò Thị B', reportDate: { date: campaign.period.end } }, (wb) => {
        const ws = wb.getWorksheet(REPORT_SHEET);
        if (ws === undefined) throw new Error('no report sheet');
        ws.getCell('H3').value = 'Số liệu đã đối chiếu với sổ sách';
      });
      const read = await readReturnFile(bytes, name);
      if (!read.ok) throw new Error(JSON.stringify(read.error));
      return { file: { name, bytes }, raw: read.value };
    }

    const code = built.fillIns[1]?.unit.code ?? '';

    /**
     * Into a master that already holds its report, whose main sheet is also named "Báo cáo"; at
     * the manifest's minimum ExcelApi, with Excel taking the copy or refusing it (a file-type policy).
     */
    async function importAndRead(refused = false) {
      const fake = new FakeExcel({ apiVersion: '1.14', sheets: [REPORT_SHEET] });
      if (refused) fake.insertsBeforeRefusal = 0;
      const actions = createExcelActions({ lang: () => 'vi', run: fake.run });
      expect((await actions.writeMaster(campaign)).ok).toBe(true);
      const returned = await clerkReturn(`${code}.xlsx`);
      fake.syncs = 0;
      const imported = await actions.importReturns(campaign, [returned], control);
      const syncs = fake.syncs;
      const read = await actions.readUnitSheets(campaign);
      if (!read.ok) throw new Error(read.error.message);
      return { fake, imported, syncs, read: read.value, returned };
    }

    it('should copy the sheet as the unit sent it, renamed to the unit code, its identity stored as custom properties', async () => {
      const { fake, imported, syncs, read, returned } = await importAndRead();
      expect(imported).toEqual({ ok: true, value: { written: [code], kept: [] } });
      expect(fake.log.filter((w) => w.property === 'insertWorksheetsFromBase64')).toHaveLength(1);
      expect(syncs).toBe(3);
      const sheet = fake.sheet(code);
      expect(sheet.valueAt('H3')).toBe('Số liệu đã đối chiếu với sổ sách');
      expect(sheet.protection).not.toBeNull();
      expect(sheet.customProperties.get('fingerprint')?.value).toBe(returned.raw.identity.fingerprint);
      expect(sheet.cell('T1')).toBeUndefined();
      // The copy arrived as "Báo cáo (2)" beside the report's "Báo cáo", and was renamed by its ID.
      expect(fake.sheetNames().filter((n) => n.startsWith(REPORT_SHEET))).toEqual([REPORT_SHEET]);
      expect(fake.sheet(REPORT_SHEET).cells.size).toBe(0);
      const [raw] = read;
      expect(raw?.identity).toEqual({ ...returned.raw.identity, source: 'metadata' });
      expect(raw?.computedFingerprint).toBe(returned.raw.identity.fingerprint);
      expect(raw?.rows.map((r) => [r.code, r.result.value])).toEqual(returned.raw.rows.map((r) => [r.code, r.result.value]));
    });

    it('should give the same returns, issues and figures on both paths', async () => {
      const copied = await importAndRead();
      const written = await importAndRead(true);
      expect(written.fake.log.some((w) => w.property === 'insertWorksheetsFromBase64')).toBe(false);
      expect(written.fake.sheet(code).valueAt('T2')).toBe('unitCode');
      const strip = (raws: RawReturn[]) => raws.map((r) => ({ identity: r.identity, computed: r.computedFingerprint, header: r.header, rows: r.rows, readIssues: r.readIssues }));
      expect(strip(copied.read)).toEqual(strip(written.read));
      expect(validateReturns(campaign, copied.read)).toEqual(validateReturns(campaign, written.read));
    });

    it('should copy .xlsx returns and write those sent as .ods or .xls from what was read, in the same syncs whatever their number', async () => {
      const ods = writeZip(odsParts(odsContent('')));
      const xls = writeCfb([{ name: 'Workbook', data: biffWorkbook([]) }]).bytes;
      const importMixed = async (others: number) => {
        const fake = new FakeExcel();
        const actions = createExcelActions({ lang: () => 'vi', run: fake.run });
        const copied = await clerkReturn(`${code}.xlsx`);
        const fromOds = await returnOf(0, { TT01: 3 }, 'XA01.ods');
        const fromXls = await returnOf(2, { TT01: 4 }, 'DN03.xls');
        // What the pane read is the return; the bytes only decide whether Excel can copy the sheet.
        const sent = [copied, { ...fromOds, file: { name: 'XA01.ods', bytes: ods } }, { ...fromXls, file: { name: 'DN03.xls', bytes: xls } }].slice(0, 1 + others);
        fake.syncs = 0;
        const imported = await actions.importReturns(campaign, sent, control);
        return { fake, imported, syncs: fake.syncs, sent };
      };
      const one = await importMixed(1);
      const two = await importMixed(2);
      expect(two.imported).toEqual({ ok: true, value: { written: two.sent.map((s) => s.raw.identity.unitCode), kept: [] } });
      expect(two.fake.log.filter((w) => w.property === 'insertWorksheetsFromBase64')).toHaveLength(1);
      expect(two.fake.sheet(code).customProperties.get('fingerprint')?.value).toBe(two.sent[0]?.raw.identity.fingerprint);
      for (const { raw } of two.sent.slice(1)) expect(two.fake.sheet(raw.identity.unitCode).valueAt('T2')).toBe('unitCode');
      expect(two.fake.sheet(code).valueAt('H3')).toBe('Số liệu đã đối chiếu với sổ sách');
      expect(two.syncs).toBe(one.syncs);
    });

    it('should keep an earlier sheet of the unit hidden, and copy several returns in the same three syncs', async () => {
      const fake = new FakeExcel();
      const actions = createExcelActions({ lang: () => 'vi', run: fake.run });
      const first = await returnOf(0, { TT01: 2 }, 'XA01.xlsx');
      expect((await actions.importReturns(campaign, [first], control)).ok).toBe(true);
      fake.syncs = 0;
      const again = await returnOf(0, { TT01: 7 }, 'XA01-lan-2.xlsx');
      const other = await returnOf(2, { TT01: 1 }, 'XA03.xlsx');
      const stranger = { ...other, raw: { ...other.raw, identity: { ...other.raw.identity, unitCode: 'ZZ99' } } };
      const imported = await actions.importReturns(campaign, [again, other, stranger], control);
      expect(imported).toEqual({ ok: true, value: { written: ['XA01', other.raw.identity.unitCode], kept: ['XA01 (cũ 1)'] } });
      expect(fake.syncs).toBe(3);
      expect(fake.sheet('XA01 (cũ 1)').visibility).toBe('Hidden');
      expect(fake.find('ZZ99')).toBeUndefined();
    });
  });

  it('should write the unit sheets the older way when Excel refuses the copy, leaving no stray sheet and losing no earlier one', async () => {
    const fake = new FakeExcel();
    const actions = createExcelActions({ lang: () => 'vi', run: fake.run });
    expect((await actions.importReturns(campaign, [await returnOf(0, { TT01: 2 }, 'XA01.xlsx')], control)).ok).toBe(true);
    const names = fake.sheetNames();
    fake.insertsBeforeRefusal = 1;

    const again = await returnOf(0, { TT01: 7 }, 'XA01-lan-2.xlsx');
    const other = await returnOf(2, { TT01: 1 }, 'XA03.xlsx');
    const imported = await actions.importReturns(campaign, [again, other], control);
    expect(imported).toEqual({ ok: true, value: { written: ['XA01', other.raw.identity.unitCode], kept: ['XA01 (cũ 1)'] } });
    expect(fake.sheetNames().sort()).toEqual([...names, 'XA01 (cũ 1)', other.raw.identity.unitCode].sort());
    expect(fake.sheet('XA01').valueAt('T2')).toBe('unitCode');
    expect(fake.sheet('XA01 (cũ 1)').valueAt(built.fillIns[0]?.layout.answerCells.get('TT01') ?? '')).toBe(2);
    const read = await actions.readUnitSheets(campaign);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.map((r) => [r.sheet, r.rows.find((row) => row.code === 'TT01')?.result.value])).toEqual([
      ['XA01', 7],
      [other.raw.identity.unitCode, 1],
    ]);
  });

  it('should remove the sheets a copy interrupted by cell-edit mode left, before copying again', async () => {
    const fake = new FakeExcel();
    const actions = createExcelActions({ lang: () => 'vi', run: fake.run });
    expect((await actions.importReturns(campaign, [await returnOf(0, { TT01: 2 }, 'XA01.xlsx')], control)).ok).toBe(true);
    const names = fake.sheetNames();
    const again = await returnOf(0, { TT01: 7 }, 'XA01-lan-2.xlsx');
    const other = await returnOf(2, { TT01: 1 }, 'XA03.xlsx');
    // Syncs: the inventory, the copies (with the earlier sheet moved aside), then the renames,
    // refused because the user has started typing in a cell; runExcel runs the batch again.
    fake.cellEditAtSyncs.add(fake.syncs + 3);
    const imported = await actions.importReturns(campaign, [again, other], control);
    expect(imported).toEqual({ ok: true, value: { written: ['XA01', other.raw.identity.unitCode], kept: ['XA01 (cũ 1)'] } });
    expect(fake.sheetNames().sort()).toEqual([...names, 'XA01 (cũ 1)', other.raw.identity.unitCode].sort());
    expect(fake.sheet('XA01 (cũ 1)').visibility).toBe('Hidden');
    const read = await actions.readUnitSheets(campaign);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.map((r) => [r.sheet, r.rows.find((row) => row.code === 'TT01')?.result.value])).toEqual([
      ['XA01', 7],
      [other.raw.identity.unitCode, 1],
    ]);
  });

  it('should read back the campaign embedded in the open master, and nothing from another workbook', async () => {
    const fake = new FakeExcel();
    const actions = createExcelActions({ lang: () => 'vi', run: fake.run });
    expect(await actions.readOpenCampaign()).toEqual({ ok: true, value: undefined });
    expect((await actions.writeMaster(campaign)).ok).toBe(true);
    expect(await actions.readOpenCampaign()).toEqual({ ok: true, value: campaign });

    fake.sheet('_danvan').cells.forEach((cell) => {
      if (typeof cell.value === 'string' && cell.value.startsWith('{')) cell.value = cell.value.replace('"schemaVersion":1', '"schemaVersion":9');
    });
    const broken = await actions.readOpenCampaign();
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.message).toMatch(/^Định nghĩa chiến dịch trong sổ bị hỏng: .*schemaVersion.*9/);
  });

  it('should consolidate again into the same report sheets, so formulas written against them keep working', async () => {
    const fake = new FakeExcel();
    const actions = createExcelActions({ lang: () => 'vi', run: fake.run });
    expect((await actions.writeMaster(campaign)).ok).toBe(true);
    expect((await actions.importReturns(campaign, [await returnOf(0, { TT01: 2 }, 'XA01.xlsx')], control)).ok).toBe(true);
    expect((await actions.consolidateOpenWorkbook(new Date('2026-01-02T08:00:00Z'))).ok).toBe(true);
    // The clerk's own sheet, pointing at the report (the fake turns a reference to a deleted sheet into #REF!).
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:A2').formulas = [["='Tổng hợp'!C8"], ["='Tình hình nộp'!B5"]];
      await context.sync();
    });
    const sheets = fake.sheetNames();
    fake.syncs = 0;
    const again = await actions.consolidateOpenWorkbook(new Date('2026-01-03T08:00:00Z'));
    expect(again.ok).toBe(true);
    // Four, and one to find the Biểu đồ chart that is replaced to draw the new table.
    expect(fake.syncs).toBe(5);
    expect(fake.sheet('Biểu đồ').charts).toHaveLength(1);
    expect(fake.sheetNames()).toEqual(sheets);
    expect(fake.sheet('Sheet1').cell('A1')?.formula).toBe("='Tổng hợp'!C8");
    expect(fake.sheet('Sheet1').cell('A2')?.formula).toBe("='Tình hình nộp'!B5");
  });

  it('should let Excel hold the batch while a cell is edited when asked to (the ribbon command)', async () => {
    const fake = new FakeExcel();
    const actions = createExcelActions({ lang: () => 'vi', run: fake.run, delayForCellEdit: true });
    fake.cellEditFailures = 1;
    expect((await actions.writeMaster(campaign)).ok).toBe(true);
    expect(fake.delayedForCellEdit).toBe(1);
  });

  it('should word an Office failure instead of throwing', async () => {
    const actions = createExcelActions({ lang: () => 'vi', run: async () => Promise.reject(Object.assign(new Error('nope'), { name: 'RichApi.Error', code: 'AccessDenied', debugInfo: {} })) });
    const went = await actions.goToCell('XA01', 'E13');
    expect(went.ok).toBe(false);
    if (!went.ok) expect(went.error.message.length).toBeGreaterThan(0);
  });
});
