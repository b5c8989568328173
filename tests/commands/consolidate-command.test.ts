import type { RawReturn } from '../../src/core';
import { readReturnFile, renderXlsx } from '../../src/adapters/xlsx';
import { buildCampaignWorkbooks, fillLayout } from '../../src/workbook';
import { createExcelActions } from '../../src/taskpane/excel-actions';
import { consolidateOpenWorkbook } from '../../src/commands/consolidate-command';
import { smallCampaign } from '../helpers/campaign';
import { GOOD_ANSWERS } from '../helpers/raw-return';
import { FakeExcel } from '../adapters/office/fake-excel';

const campaign = smallCampaign();
const built = buildCampaignWorkbooks(campaign);
const control = { signal: new AbortController().signal, onProgress: () => undefined };

async function returned(index: number, answers: Record<string, unknown>): Promise<{ file: { name: string; bytes: Uint8Array }; raw: RawReturn }> {
  const fillIn = built.fillIns[index];
  if (!fillIn) throw new Error('no fill-in');
  const header = { reporter: 'Nguyễn Văn A', reportDate: { date: campaign.period.end } };
  const bytes = await renderXlsx(fillLayout(fillIn.layout, new Map(Object.entries(answers)) as never, header));
  const read = await readReturnFile(bytes, `${fillIn.unit.code}.xlsx`);
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  return { file: { name: `${fillIn.unit.code}.xlsx`, bytes }, raw: read.value };
}

describe('the ribbon\'s Tổng hợp', () => {
  it('should consolidate the unit sheets of the open master into the report sheets', async () => {
    const fake = new FakeExcel();
    const actions = createExcelActions({ lang: () => 'vi', run: fake.run, requirements: fake.requirements });
    expect((await actions.writeMaster(campaign)).ok).toBe(true);
    const imported = await actions.importReturns(campaign, [await returned(0, { ...GOOD_ANSWERS, TT01: 3, TC01: 1, AS04: 30 }), await returned(1, GOOD_ANSWERS)], control);
    expect(imported.ok).toBe(true);

    const result = await consolidateOpenWorkbook(actions, new Date('2026-01-02T08:00:00Z'), 'vi');
    expect(result).toEqual({ ok: true, value: 'Đã tổng hợp 2/3 đơn vị (0 nộp muộn, 1 chưa nộp, 0 bị trả lại): xem các trang Tổng hợp, Kiểm tra và Báo cáo.' });
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(['Tổng hợp', 'Chi tiết', 'Tình hình nộp', 'Kiểm tra', 'Báo cáo', 'Nguồn dữ liệu']));
  });

  it('should say so when the open workbook is not a master', async () => {
    const fake = new FakeExcel();
    const actions = createExcelActions({ lang: () => 'vi', run: fake.run, requirements: fake.requirements });
    const result = await consolidateOpenWorkbook(actions, new Date(), 'vi');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^Sổ đang mở không phải sổ tổng hợp/);
  });
});
