import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { smallCampaignInput } from '../helpers/campaign';
import { fillReturn } from '../helpers/fill-return';

function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

const GOOD = { TT01: 4, TT02: 250, TT03: 120, AS01: 10, AS02: 5, AS03: 'Có', AS04: 50, AS06: 150, TC01: 2, TC02: 'Hoàn thành tốt nhiệm vụ', NT01: { date: '2025-12-16' }, DG01: 'Tốt.' };
const HEADER = { reporter: 'Phạm Thị Hoa', phone: '0905123456', reportDate: { date: '2025-12-31' } };

/** A district with a generated campaign and the returns its units sent back. */
async function district(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-validate-'));
  writeFileSync(join(dir, 'campaign.json'), JSON.stringify(smallCampaignInput()));
  expect((await run(['generate', 'campaign.json', '-o', 'so'], dir)).code).toBe(0);
  const form = (code: string) => new Uint8Array(readFileSync(join(dir, 'so', 'units', `${code}.xlsx`)));
  writeFileSync(join(dir, 'xa01.xlsx'), await fillReturn(form('XA01'), { ...GOOD, TT01: 3, TC01: 1, AS04: 30 }, HEADER));
  writeFileSync(join(dir, 'gd02.xlsx'), await fillReturn(form('GD02'), { ...GOOD, TT02: '1,000' }, HEADER));
  return dir;
}

describe('danvan validate', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await district();
  });

  it('should print a table grouped by unit and exit 1 when a return has errors', async () => {
    const r = await run(['validate', 'so/master.xlsx', 'xa01.xlsx', 'gd02.xlsx'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^Kiểm tra 2 tệp báo cáo — Báo cáo kết thúc đợt \(hạn 02\/01\/2026\)/);
    expect(r.out).toMatch(/XA01 +CĐCS xã Trường Hòa +đúng hạn +xa01\.xlsx/);
    expect(r.out).toMatch(/GD02 +CĐCS Trường THCS Lê Lợi +bị trả lại +gd02\.xlsx \(1 lỗi số liệu cần sửa\)\n +\[Lỗi\] Trang "Báo cáo", ô E\d+: "1,000" không rõ là bao nhiêu/);
    expect(r.out).toMatch(/DN03 +CĐCS Công ty TNHH Giày da Hòa Phát +chưa nộp/);
    expect(r.out).toMatch(/Tổng 3 đơn vị: 1 đúng hạn, 0 nộp muộn, 1 chưa nộp, 1 bị trả lại\. 1 lỗi, \d+ cảnh báo\.$/);
  });

  it('should write the fixed JSON shape with --json', async () => {
    const r = await run(['validate', 'campaign.json', 'xa01.xlsx', 'gd02.xlsx', '--json'], dir);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.units).toEqual([
      { code: 'XA01', name: 'CĐCS xã Trường Hòa', status: 'on-time', file: 'xa01.xlsx' },
      { code: 'GD02', name: 'CĐCS Trường THCS Lê Lợi', status: 'rejected', file: 'gd02.xlsx', reason: '1 lỗi số liệu cần sửa' },
      { code: 'DN03', name: 'CĐCS Công ty TNHH Giày da Hòa Phát', status: 'missing', file: '' },
    ]);
    const error = json.issues.find((i: { severity: string }) => i.severity === 'error');
    expect(Object.keys(error)).toEqual(['severity', 'code', 'unit', 'file', 'sheet', 'cell', 'indicator', 'message']);
    expect(error).toMatchObject({ code: 'return.ambiguousNumber', unit: 'GD02', file: 'gd02.xlsx', sheet: 'Báo cáo', indicator: 'TT02' });
    expect(error.message).toMatch(/^"1,000" không rõ là bao nhiêu/);
  });

  it('should exit 0 when nothing blocks, warnings aside', async () => {
    const r = await run(['validate', 'campaign.json', 'xa01.xlsx'], dir);
    expect(r.code).toBe(0);
  });

  it('should report an unreadable file and go on with the others', async () => {
    writeFileSync(join(dir, 'hong.xlsx'), Buffer.from('PK\u0003\u0004 not really a zip'));
    const r = await run(['validate', 'campaign.json', 'hong.xlsx', 'xa01.xlsx', '--json'], dir);
    const json = JSON.parse(r.out);
    expect(r.code).toBe(1);
    expect(json.units[0].status).toBe('on-time');
    expect(json.issues.at(-1)).toMatchObject({ severity: 'error', file: 'hong.xlsx', unit: '' });
  });

  it('should read every file of a folder', async () => {
    const r = await run(['validate', 'campaign.json', 'so/units', '--json'], dir);
    expect(JSON.parse(r.out).units.map((u: { status: string }) => u.status)).toEqual(['rejected', 'rejected', 'rejected']);
  });

  it('should exit 2 for a missing file, no returns or an unknown round', async () => {
    expect((await run(['validate', 'campaign.json', 'khong-co.xlsx'], dir)).code).toBe(2);
    expect((await run(['validate', 'campaign.json'], dir)).code).toBe(2);
    const r = await run(['validate', 'campaign.json', 'xa01.xlsx', '--round', 'giua-ky'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('Chiến dịch không có kỳ báo cáo "giua-ky". Các kỳ: ket-thuc (Báo cáo kết thúc đợt).');
  });

  it('should refuse a file that is not a master workbook in place of the campaign', async () => {
    const r = await run(['validate', 'xa01.xlsx', 'xa01.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('không phải sổ tổng hợp do DanVan tạo');
  });
});
