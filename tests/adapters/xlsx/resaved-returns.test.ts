import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReturnFile } from '../../../src/adapters/xlsx';
import { renderXlsx } from '../../../src/adapters/xlsx';
import { validateReturns } from '../../../src/core';
import type { RawReturn } from '../../../src/core';
import { buildCampaignWorkbooks, expectedFingerprints } from '../../../src/workbook';
import { smallCampaign } from '../../helpers/campaign';
import { fillReturn } from '../../helpers/fill-return';
import { LIBREOFFICE_PYTHON, SSCONVERT, sofficeTypeAndSave, ssconvert } from '../../helpers/libreoffice';
import { describeWith } from '../../helpers/requires';
import { loadWorkbook, sheet } from '../../helpers/read-xlsx';

/**
 * Returns as clerks really make them: typed into LibreOffice in a Vietnamese and in an English
 * profile, or re-saved by Gnumeric, then read and checked as the district would.
 */
const campaign = smallCampaign();
const fillIn = buildCampaignWorkbooks(campaign).fillIns.find((f) => f.unit.code === 'XA01');
if (!fillIn) throw new Error('no fill-in for XA01');
const cellOf = (code: string) => fillIn.layout.answerCells.get(code) ?? '';
const dir = mkdtempSync(join(tmpdir(), 'danvan-resaved-'));
const form = join(dir, 'XA01.xlsx');

beforeAll(async () => {
  writeFileSync(form, await renderXlsx(fillIn.layout));
});

async function read(file: string): Promise<RawReturn> {
  const result = await readReturnFile(new Uint8Array(readFileSync(file)), 'XA01.xlsx');
  if (!result.ok) throw new Error(`not read: ${result.error.map((i) => i.code).join(', ')}`);
  return result.value;
}
const value = (raw: RawReturn, code: string) => raw.rows.find((r) => r.code === code)?.result.value;
const validate = (raw: RawReturn) => validateReturns(campaign, [raw], [], { expectedFingerprints: expectedFingerprints(campaign) });
const errors = (raw: RawReturn) => validate(raw).issues.filter((i) => i.severity === 'error').map((i) => i.code);

/** The header block's answer cells in the generated layout (Báo cáo!C8, F8, C9). */
const REPORTER = 'C8';
const PHONE = 'F8';
const REPORT_DATE = 'C9';

/** Types the texts into the form in a LibreOffice set to `locale`, saves `<locale>.xlsx` and reads it. */
async function typedIn(locale: string, entries: readonly (readonly [string, string])[]): Promise<RawReturn> {
  const out = join(dir, `${locale}.xlsx`);
  sofficeTypeAndSave(form, out, locale, 'Báo cáo', entries);
  return read(out);
}
const TYPING_TIMEOUT = 180000;

describeWith([LIBREOFFICE_PYTHON], 'returns typed into LibreOffice Calc in a Vietnamese (vi-VN) profile', () => {
  let raw: RawReturn;
  beforeAll(async () => {
    raw = await typedIn('vi-VN', [
      [cellOf('TT01'), '5'],
      [cellOf('TT02'), '1.000'],
      [cellOf('AS02'), '12,5'],
      [cellOf('AS06'), '150,5'],
      [REPORTER, 'Nguyễn Thị Lan'],
      [PHONE, '0912345678'],
      [REPORT_DATE, '31/12/2025'],
    ]);
  }, TYPING_TIMEOUT);

  it('should read Vietnamese thousands and decimals as typed', () => {
    expect([value(raw, 'TT01'), value(raw, 'TT02'), value(raw, 'AS02'), value(raw, 'AS06')]).toEqual([5, 1000, 12.5, 150.5]);
    expect(raw.header.reportDate?.value).toEqual({ date: '2025-12-31' });
  });

  it('should keep the phone number with its leading zero, as text', () => {
    expect(raw.header.phone).toEqual({ address: PHONE, value: '0912345678' });
  });

  it('should still identify the return from a _danvan sheet LibreOffice made merely hidden, and its fingerprint still holds', async () => {
    const wb = await loadWorkbook(new Uint8Array(readFileSync(join(dir, 'vi-VN.xlsx'))));
    expect(sheet(wb, '_danvan').state).toBe('hidden');
    expect(raw.identity).toMatchObject({ source: 'metadata', campaignId: campaign.id, unitCode: 'XA01', campaignTitle: campaign.title });
    expect(raw.computedFingerprint).toBe(fillIn.layout.fingerprint);
    expect(raw.app).toBe('libreoffice');
    expect(errors(raw)).toEqual([]);
  });
});

describeWith([LIBREOFFICE_PYTHON], 'returns typed into LibreOffice Calc in an English (en-US) profile', () => {
  let raw: RawReturn;
  beforeAll(async () => {
    raw = await typedIn('en-US', [
      [cellOf('TT01'), '5'],
      [cellOf('TT02'), '1000'],
      [cellOf('TT03'), '1.000'],
      [cellOf('AS02'), '12.5'],
      [cellOf('AS06'), '12,5'],
      [PHONE, '0912345678'],
      [REPORT_DATE, '12/31/2025'],
    ]);
  }, TYPING_TIMEOUT);

  it('should read 1000 typed as the input message says, and 12.5 with the profile\'s decimal point', () => {
    expect([value(raw, 'TT01'), value(raw, 'TT02'), value(raw, 'AS02')]).toEqual([5, 1000, 12.5]);
    expect(raw.header.reportDate?.value).toEqual({ date: '2025-12-31' });
  });

  it('should show why the input message matters: LibreOffice in en-US stores "1.000" as 1, a valid whole number', () => {
    expect(value(raw, 'TT03')).toBe(1);
    const prompt = fillIn.layout.sheets.flatMap((s) => s.cells).find((c) => c.value === null && c.validation && c.validation.rule.kind === 'whole')?.validation?.prompt.text;
    expect(prompt).toContain('1000, không gõ 1.000 hay 1,000');
  });

  it('should keep "12,5" typed with a Vietnamese comma as the text it is, for the reader to interpret', () => {
    expect(value(raw, 'AS06')).toBe('12,5');
    const checked = validate(raw).returns[0]?.ret?.values.AS06;
    expect(checked).toBe(12.5);
  });

  it('should keep the phone number with its leading zero', () => {
    expect(raw.header.phone?.value).toBe('0912345678');
  });
});

describeWith([SSCONVERT], 'returns re-saved by Gnumeric (ssconvert)', () => {
  const answers = { TT01: 5, TT02: 120, TT03: 80, AS01: 10, AS02: 2.5, AS03: 'Có', AS04: 25, AS06: 150.5, TC01: 2, TC02: 'Hoàn thành tốt nhiệm vụ', NT01: { date: '2025-12-20' }, DG01: 'Tốt.' };
  const header = { reporter: 'Nguyễn Thị Lan', phone: '0912345678', reportDate: { date: '2025-12-31' } };

  it('should still identify a return whose _danvan sheet Gnumeric made visible, with the same figures', async () => {
    const filled = join(dir, 'filled.xlsx');
    writeFileSync(filled, await fillReturn(new Uint8Array(readFileSync(form)), answers, header));
    const out = join(dir, 'gnumeric.xlsx');
    ssconvert(filled, out);
    const wb = await loadWorkbook(new Uint8Array(readFileSync(out)));
    expect(sheet(wb, '_danvan').state).toBe('visible');
    const [original, resaved] = [await read(filled), await read(out)];
    expect(resaved.identity).toEqual(original.identity);
    expect(resaved.computedFingerprint).toBe(fillIn.layout.fingerprint);
    // Gnumeric computes the rate formula exceljs left without a cached result: 25 / 31 CNVCLĐ.
    const typed = (raw: RawReturn) => raw.rows.filter((r) => r.code !== 'AS05').map((r) => [r.code, r.result.value]);
    expect(typed(resaved)).toEqual(typed(original));
    expect(value(resaved, 'AS05')).toBeCloseTo(25 / 31, 10);
    expect(resaved.header.phone?.value).toBe('0912345678');
    expect(errors(resaved)).toEqual([]);
  });

  it('should still catch a changed target in a Gnumeric copy: the visible sheet does not weaken the fingerprint', async () => {
    const edited = join(dir, 'edited.xlsx');
    writeFileSync(edited, await fillReturn(new Uint8Array(readFileSync(form)), answers, header, (wb) => void (sheet(wb, 'Báo cáo').getCell(cellOf('TT01').replace('E', 'D')).value = 1)));
    const out = join(dir, 'gnumeric-edited.xlsx');
    ssconvert(edited, out);
    expect(errors(await read(out))).toEqual(['return.tampered']);
  });
});
