import { insertSheetsFromFiles, runExcel, toBase64 } from '../../../src/adapters/office';
import type { SheetFromFile } from '../../../src/adapters/office';
import { renderXlsx } from '../../../src/adapters/xlsx';
import { buildCampaignWorkbooks, fillLayout } from '../../../src/workbook';
import { smallCampaign } from '../../helpers/campaign';
import { FakeExcel } from './fake-excel';

const built = buildCampaignWorkbooks(smallCampaign());

async function items(): Promise<SheetFromFile[]> {
  return Promise.all(
    built.fillIns.map(async ({ unit, layout }, i) => ({
      base64: toBase64(await renderXlsx(fillLayout(layout, new Map([['TT01', i + 1]])))),
      sheet: 'Báo cáo',
      name: unit.code,
      visible: i > 0,
      properties: [['unitCode', unit.code]] as const,
    })),
  );
}

describe('insertSheetsFromFiles', () => {
  it('should copy each file\'s sheet, rename it by the ID Excel returns, store its properties and hide what is asked, in two syncs', async () => {
    const fake = new FakeExcel();
    const sent = await items();
    const done = await fake.run((context) => insertSheetsFromFiles(context, sent));
    expect(done).toEqual({ sheets: built.fillIns.map((f) => f.unit.code), syncs: 2 });
    expect(fake.syncs).toBe(2);
    built.fillIns.forEach(({ unit, layout }, i) => {
      const sheet = fake.sheet(unit.code);
      expect(sheet.valueAt(layout.answerCells.get('TT01') ?? '')).toBe(i + 1);
      expect(sheet.customProperties.get('unitcode')?.value).toBe(unit.code);
      expect(sheet.visibility).toBe(i > 0 ? 'Visible' : 'Hidden');
    });
  });

  it('should send the copies in several syncs past the request budget, with the same result', async () => {
    const sent = await items();
    const whole = new FakeExcel();
    await whole.run((context) => insertSheetsFromFiles(context, sent));
    const budget = Math.ceil((sent[0]?.base64.length ?? 0) * 1.5);
    // Requests over the limit fail in the fake, as over 5 MB in Excel on the web.
    const limit = budget + 1_000;
    const refusing = new FakeExcel();
    refusing.requestLimit = limit;
    await expect(refusing.run((context) => insertSheetsFromFiles(context, sent))).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    const split = new FakeExcel();
    split.requestLimit = limit;
    const done = await split.run((context) => insertSheetsFromFiles(context, sent, { payloadBudget: budget }));
    expect(done.syncs).toBe(sent.length + 1);
    expect(split.sheetNames()).toEqual(whole.sheetNames());
    for (const name of whole.sheetNames()) expect([...split.sheet(name).cells]).toEqual([...whole.sheet(name).cells]);
  });

  it('should fail as Excel does, worded by runExcel, when the text is not a workbook', async () => {
    const fake = new FakeExcel();
    const result = await runExcel((context) => insertSheetsFromFiles(context, [{ base64: toBase64(new TextEncoder().encode('không phải sổ')), sheet: 'Báo cáo', name: 'XA01', visible: true, properties: [] }]), { run: fake.run });
    expect(result.ok).toBe(false);
    expect(fake.sheetNames()).toEqual(['Sheet1']);
  });
});
