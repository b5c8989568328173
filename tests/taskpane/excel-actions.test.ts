import { validateReturns } from '../../src/core';
import type { RawReturn } from '../../src/core';
import { readReturnFile, renderXlsx } from '../../src/adapters/xlsx';
import { buildCampaignWorkbooks, fillLayout } from '../../src/workbook';
import { createExcelActions } from '../../src/taskpane/excel-actions';
import { smallCampaign } from '../helpers/campaign';
import { FakeExcel } from '../adapters/office/fake-excel';

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
    const actions = createExcelActions({ lang: () => 'vi', run: fake.run, requirements: fake.requirements });
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

  it('should word an Office failure instead of throwing', async () => {
    const actions = createExcelActions({ lang: () => 'vi', run: async () => Promise.reject(Object.assign(new Error('nope'), { name: 'RichApi.Error', code: 'AccessDenied', debugInfo: {} })) });
    const went = await actions.goToCell('XA01', 'E13');
    expect(went.ok).toBe(false);
    if (!went.ok) expect(went.error.message.length).toBeGreaterThan(0);
  });
});
