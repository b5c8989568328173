import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describeIssue, validateReturns } from '../../../src/core';
import type { Issue, RawReturn, RawValue, Result } from '../../../src/core';
import { renderXlsx } from '../../../src/adapters/xlsx';
import { openCfb } from '../../../src/adapters/xlsx/cfb-stream';
import { readReturnFile } from '../../../src/adapters/xlsx/read-return';
import { main } from '../../../src/cli/main';
import { buildCampaignWorkbooks } from '../../../src/workbook';
import { smallCampaign, smallCampaignInput } from '../../helpers/campaign';
import { fillReturn } from '../../helpers/fill-return';
import type { FillValue } from '../../helpers/fill-return';
import { GOOD_ANSWERS } from '../../helpers/raw-return';
import { SOFFICE, SSCONVERT, sofficeConvert } from '../../helpers/libreoffice';
import { describeWith } from '../../helpers/requires';
import { writeCfb } from '../../hostile/build';

/**
 * A union that answers in LibreOffice and keeps its own format (.ods, "Use ODF format"), or saves
 * for an office on Excel 2003 ("Excel 97–2003", .xls), sends a file the reader must take exactly
 * like the .xlsx it came from: identity, every answer, the header, the issues.
 */

const campaign = smallCampaign();
const built = buildCampaignWorkbooks(campaign);
const fillIn = built.fillIns.find((f) => f.unit.code === 'XA01');
if (!fillIn) throw new Error('no fill-in for XA01');

// Two lines and a double space in a text answer: LibreOffice writes them as two text:p in .ods.
const DG01 = 'Đơn vị tổ chức tốt  các buổi tuyên truyền.\nCòn 1 buổi chưa đạt.';
const ANSWERS: Record<string, FillValue> = { ...GOOD_ANSWERS, DG01 };
const HEADER = { reporter: 'Nguyễn Thị Lan', phone: '0912345678', reportDate: { date: '2025-12-31' } };

const FORMATS = [
  { ext: 'ods', filter: 'ods:calc8' },
  { ext: 'xls', filter: 'xls:MS Excel 97' },
] as const;

function expectOk(result: Result<RawReturn, Issue[]>): RawReturn {
  if (!result.ok) throw new Error(`expected a return, got ${result.error.map((i) => describeIssue(i)).join(' | ')}`);
  return result.value;
}

const valuesByCode = (raw: RawReturn): Record<string, RawValue> => Object.fromEntries(raw.rows.map((r) => [r.code, r.result.value]));
const withoutFile = (issues: readonly Issue[]) => issues.map(({ file: _file, ...rest }) => rest);

describeWith([SOFFICE], 'readReturnFile: .ods and .xls saved by LibreOffice Calc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-formats-'));
  let original: RawReturn;
  const saved = new Map<string, Uint8Array>();

  beforeAll(async () => {
    const filled = await fillReturn(await renderXlsx(fillIn.layout), ANSWERS, HEADER);
    writeFileSync(join(dir, 'XA01.xlsx'), filled);
    original = expectOk(await readReturnFile(filled, 'XA01.xlsx'));
    for (const { ext, filter } of FORMATS) {
      const out = mkdtempSync(join(dir, `${ext}-`));
      sofficeConvert(join(dir, 'XA01.xlsx'), filter, out);
      saved.set(ext, new Uint8Array(readFileSync(join(out, `XA01.${ext}`))));
    }
  });

  it.each(FORMATS.map((f) => f.ext))('should read a copy saved as .%s like the .xlsx it came from', async (ext) => {
    const raw = expectOk(await readReturnFile(saved.get(ext) as Uint8Array, `XA01.${ext}`));
    expect(raw.identity).toEqual({ campaignId: campaign.id, campaignTitle: campaign.title, organization: campaign.organization.name, unitCode: 'XA01', templateVersion: 1, fingerprint: fillIn.layout.fingerprint, source: 'metadata' });
    expect(raw.identity).toEqual(original.identity);
    expect(raw.computedFingerprint).toBe(raw.identity.fingerprint);
    expect(raw.header).toEqual(original.header);
    expect(raw.header.reportDate?.value).toEqual({ date: '2025-12-31' });
    expect(raw.header.phone?.value).toBe('0912345678');
    // LibreOffice computes the rate's formula on load: 50 of the unit's 31 workers (AS04 / Số CNVCLĐ).
    const values = valuesByCode(raw);
    expect(values.AS05).toBeCloseTo(50 / 31, 12);
    expect(original.rows.find((r) => r.code === 'AS05')?.result).toEqual({ address: 'E21', value: null, formula: true });
    expect(values).toEqual({ ...valuesByCode(original), AS05: values.AS05 });
    expect(values).toMatchObject({ TT01: 4, AS02: 5, AS03: 'Có', AS06: 150.5, NT01: { date: '2025-12-16' }, DG01 });
    expect(raw.rows.map((r) => [r.code, r.label, r.measure, r.target, r.result.address, r.note])).toEqual(original.rows.map((r) => [r.code, r.label, r.measure, r.target, r.result.address, r.note]));
    expect(raw.readIssues).toEqual([]);
    expect(raw.sheet).toBe('Báo cáo');
  });

  it.each(['xls', 'ods'])('should attribute a copy saved as .%s that carries macros to its unit, refused for the macros', async (ext) => {
    const withMacros =
      ext === 'xls'
        ? writeCfb([
            { name: 'Workbook', data: openCfb(saved.get('xls') as Uint8Array).stream('Workbook') as Uint8Array },
            { name: '_VBA_PROJECT_CUR', data: new TextEncoder().encode('Attribute VB_Name') },
          ]).bytes
        : await (await JSZip.loadAsync(saved.get('ods') as Uint8Array)).file('Basic/Standard/Module1.xml', '<script:module script:name="Module1">Sub Main\nShell("calc")\nEnd Sub</script:module>').generateAsync({ type: 'uint8array' });
    const read = await readReturnFile(withMacros, `XA01.${ext}`);
    if (!read.ok) throw new Error(`expected a refused return, got ${read.error.map((i) => i.code).join(', ')}`);
    expect(read.value).toMatchObject({ refused: true, rows: [], identity: { unitCode: 'XA01', source: 'metadata' } });
    expect(read.value.readIssues.map((i) => [i.severity, i.code])).toEqual([['error', 'reader.macroEnabled']]);
    const result = validateReturns(campaign, [read.value]);
    expect(result.units.find((u) => u.code === 'XA01')).toMatchObject({ status: 'rejected', file: `XA01.${ext}`, reason: { code: 'macroEnabled' } });
  });

  it("should refuse LibreOffice's .xls as damaged once its Workbook stream's sector chain loops or runs past the file", async () => {
    const savedXls = saved.get('xls') as Uint8Array;
    const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const sectorSize = 1 << view(savedXls).getUint16(0x1e, true);
    const fatSector = view(savedXls).getUint32(0x4c, true);
    const start = openCfb(savedXls).entries.find((e) => e.name === 'Workbook')?.start ?? -1;
    expect(start).toBeGreaterThanOrEqual(0);
    expect(start).toBeLessThan(sectorSize / 4);
    for (const next of [start, 0x7fffffff]) {
      const bytes = savedXls.slice();
      view(bytes).setUint32((fatSector + 1) * sectorSize + start * 4, next, true);
      const read = await readReturnFile(bytes, 'XA01.xls');
      expect(read.ok ? 'read' : read.error.map((i) => i.code)).toEqual(['reader.corrupt']);
    }
  });

  it.each(FORMATS.map((f) => f.ext))('should find the same issues in a .%s return as in its .xlsx', async (ext) => {
    const raw = expectOk(await readReturnFile(saved.get(ext) as Uint8Array, `XA01.${ext}`));
    const fromOriginal = validateReturns(campaign, [original]);
    const fromCopy = validateReturns(campaign, [raw]);
    expect(withoutFile(fromCopy.issues)).toEqual(withoutFile(fromOriginal.issues));
    expect(fromCopy.units.map((u) => [u.code, u.status])).toEqual(fromOriginal.units.map((u) => [u.code, u.status]));
    expect(fromCopy.units.find((u) => u.code === 'XA01')?.status).toBe('on-time');
  });
});

describeWith([SSCONVERT], 'readReturnFile: .ods and .xls saved by Gnumeric', () => {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-gnumeric-'));
  let original: RawReturn;

  beforeAll(async () => {
    const filled = await fillReturn(await renderXlsx(fillIn.layout), ANSWERS, HEADER);
    writeFileSync(join(dir, 'XA01.xlsx'), filled);
    original = expectOk(await readReturnFile(filled, 'XA01.xlsx'));
  });

  it.each([
    ['ods', []],
    ['xls', ['-T', 'Gnumeric_Excel:excel_biff8']],
  ] as const)('should read a copy Gnumeric saved as .%s like the .xlsx it came from', async (ext, options) => {
    const out = join(dir, `XA01.${ext}`);
    execFileSync('ssconvert', [...options, join(dir, 'XA01.xlsx'), out], { stdio: 'pipe', timeout: 120000 });
    const raw = expectOk(await readReturnFile(new Uint8Array(readFileSync(out)), `XA01.${ext}`));
    expect(raw.identity).toEqual(original.identity);
    expect(raw.computedFingerprint).toBe(raw.identity.fingerprint);
    expect(raw.header).toEqual(original.header);
    // Gnumeric computes the rate's formula too: 50 of the unit's 31 workers.
    const values = valuesByCode(raw);
    expect(values.AS05).toBeCloseTo(50 / 31, 12);
    expect(values).toEqual({ ...valuesByCode(original), AS05: values.AS05 });
    expect(raw.readIssues).toEqual([]);
  });
});

function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

describeWith([SOFFICE], 'danvan validate and consolidate: returns sent as .ods and .xls', () => {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-formats-cli-'));

  beforeAll(async () => {
    writeFileSync(join(dir, 'campaign.json'), JSON.stringify(smallCampaignInput()));
    expect((await run(['generate', 'campaign.json', '-o', 'so'], dir)).code).toBe(0);
    const form = (code: string) => new Uint8Array(readFileSync(join(dir, 'so', 'units', `${code}.xlsx`)));
    const work = mkdtempSync(join(tmpdir(), 'danvan-formats-work-'));
    const returns = join(dir, 've');
    for (const [code, ext, filter] of [
      ['XA01', 'ods', 'ods:calc8'],
      ['GD02', 'xls', 'xls:MS Excel 97'],
    ] as const) {
      writeFileSync(join(work, `${code}.xlsx`), await fillReturn(form(code), GOOD_ANSWERS, { reporter: 'Phạm Thị Hoa', phone: '0905123456', reportDate: { date: '2025-12-31' } }));
      sofficeConvert(join(work, `${code}.xlsx`), filter, returns);
      expect(readFileSync(join(returns, `${code}.${ext}`)).length).toBeGreaterThan(0);
    }
  });

  it('should count the units that sent .ods and .xls, not report them "chưa nộp"', async () => {
    const r = await run(['validate', 'so/master.xlsx', 've', '--json'], dir);
    const json = JSON.parse(r.out);
    expect(json.units).toEqual([
      { code: 'XA01', name: 'CĐCS xã Trường Hòa', status: 'on-time', file: 'XA01.ods' },
      { code: 'GD02', name: 'CĐCS Trường THCS Lê Lợi', status: 'on-time', file: 'GD02.xls' },
      { code: 'DN03', name: 'CĐCS Công ty TNHH Giày da Hòa Phát', status: 'missing', file: '' },
    ]);
    expect(json.issues.filter((i: { severity: string }) => i.severity === 'error')).toEqual([]);
  });

  it('should consolidate the values read from .ods and .xls', async () => {
    const r = await run(['consolidate', 'so/master.xlsx', 've', '-o', 'tong-hop.xlsx', '--json', 'tong-hop.json'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'tong-hop.json'), 'utf8'));
    expect(json.units.map((u: { code: string; status: string }) => [u.code, u.status])).toEqual([
      ['XA01', 'on-time'],
      ['GD02', 'on-time'],
      ['DN03', 'missing'],
    ]);
    // Two units, 4 sessions and 250 attendees each.
    const value = (code: string) => json.indicators.find((i: { code: string }) => i.code === code)?.value;
    expect([value('TT01'), value('TT02')]).toEqual([8, 500]);
  });
});
