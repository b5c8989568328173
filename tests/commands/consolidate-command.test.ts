import { buildCampaignWorkbooks } from '../../src/workbook';
import { createExcelActions } from '../../src/taskpane/shared/excel-actions';
import { consolidateOpenWorkbook } from '../../src/commands/consolidate-command';
import { smallCampaign } from '../helpers/campaign';
import { GOOD_ANSWERS } from '../helpers/raw-return';
import { renderLayout } from '../../src/adapters/office';
import { campaignWithUnits, unitSheetsLayout } from '../adapters/office/campaigns';
import { FakeExcel } from '../adapters/office/fake-excel';
import { returned as returnedBy } from './returned';

const campaign = smallCampaign();
const built = buildCampaignWorkbooks(campaign);
const control = { signal: new AbortController().signal, onProgress: () => undefined };

const returned = (index: number, answers: Record<string, unknown>) => returnedBy(campaign, index, answers);

describe('the ribbon\'s Tổng hợp', () => {
  it('should consolidate the unit sheets of the open master into the report sheets', async () => {
    const fake = new FakeExcel();
    const actions = createExcelActions({ lang: () => 'vi', run: fake.run });
    expect((await actions.writeMaster(campaign)).ok).toBe(true);
    const imported = await actions.importReturns(campaign, [await returned(0, { ...GOOD_ANSWERS, TT01: 3, TC01: 1, AS04: 30 }), await returned(1, GOOD_ANSWERS)], control);
    expect(imported.ok).toBe(true);

    const result = await consolidateOpenWorkbook(actions, new Date('2026-01-02T08:00:00Z'), 'vi');
    expect(result).toEqual({ ok: true, value: 'Đã tổng hợp 2/3 đơn vị (0 nộp muộn, 1 chưa nộp, 0 bị trả lại): xem các trang Tổng hợp, Kiểm tra và Báo cáo.' });
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(['Tổng hợp', 'Chi tiết', 'Tình hình nộp', 'Kiểm tra', 'Báo cáo', 'Nguồn dữ liệu']));
  });

  it('should say so when the open workbook is not a master', async () => {
    const fake = new FakeExcel();
    const actions = createExcelActions({ lang: () => 'vi', run: fake.run });
    const result = await consolidateOpenWorkbook(actions, new Date(), 'vi');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^Sổ đang mở không phải sổ tổng hợp/);
  });

  it.each([10, 300])('should consolidate a master of %i units in at most 5 syncs (4 when its report sheets are there already), whatever the number of unit sheets', async (count) => {
    const large = campaignWithUnits(count);
    const fake = new FakeExcel();
    fake.responseLimit = 5_000_000; // Excel on the web
    const actions = createExcelActions({ lang: () => 'vi', run: fake.run });
    expect((await actions.writeMaster(large)).ok).toBe(true);
    const first = large.indicators[0]?.code ?? '';
    await fake.run((context) => renderLayout(context, unitSheetsLayout(large, new Map([[first, 7]]))));
    fake.syncs = 0;

    const done = await actions.consolidateOpenWorkbook(new Date('2026-01-02T08:00:00Z'));
    if (!done.ok) throw new Error(done.error.message);
    expect(fake.syncs).toBeLessThanOrEqual(5);
    expect(done.value.consolidation.units.filter((u) => u.status !== 'missing')).toHaveLength(count);
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(['Tổng hợp', 'Báo cáo', 'Nguồn dữ liệu']));
  });

  it("should consolidate at the manifest's minimum (ExcelApi 1.14, Office 2021) in 5 syncs the first time (the new report sheets' print settings apart)", async () => {
    const fake = new FakeExcel({ apiVersion: '1.14' });
    const actions = createExcelActions({ lang: () => 'vi', run: fake.run });
    expect((await actions.writeMaster(campaign)).ok).toBe(true);
    expect((await actions.importReturns(campaign, [await returned(0, GOOD_ANSWERS)], control)).ok).toBe(true);
    fake.syncs = 0;
    const result = await consolidateOpenWorkbook(actions, new Date('2026-01-02T08:00:00Z'), 'vi');
    expect(result.ok && result.value.startsWith('Đã tổng hợp 1/3 đơn vị')).toBe(true);
    expect(fake.syncs).toBe(5);
  });

  it('should count a value corrected by hand in a unit sheet at the next Tổng hợp', async () => {
    const fake = new FakeExcel();
    const actions = createExcelActions({ lang: () => 'vi', run: fake.run });
    expect((await actions.writeMaster(campaign)).ok).toBe(true);
    expect((await actions.importReturns(campaign, [await returned(0, { ...GOOD_ANSWERS, TT01: 3 }), await returned(1, { ...GOOD_ANSWERS, TT01: 4 })], control)).ok).toBe(true);
    const total = async () => {
      const done = await actions.consolidateOpenWorkbook(new Date('2026-01-02T08:00:00Z'));
      if (!done.ok) throw new Error(done.error.message);
      return done.value.consolidation.indicators.find((i) => i.code === 'TT01')?.value;
    };
    expect(await total()).toBe(7);

    const cell = built.fillIns[0]?.layout.answerCells.get('TT01') ?? '';
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('XA01').getRange(cell).values = [[10]];
      await context.sync();
    });
    expect(await total()).toBe(14);
    expect(fake.sheet('Tổng hợp').cells.size).toBeGreaterThan(0);
  });
});
