import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { smallCampaignInput } from '../helpers/campaign';
import { fillReturn } from '../helpers/fill-return';
import { sheet } from '../helpers/read-xlsx';

function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

describe('danvan validate: a file refused but identified', () => {
  it('should list the unit as "bị trả lại" with its file, the reason and what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-refused-'));
    writeFileSync(join(dir, 'campaign.json'), JSON.stringify(smallCampaignInput()));
    expect((await run(['generate', 'campaign.json', '-o', 'so'], dir)).code).toBe(0);
    const form = new Uint8Array(readFileSync(join(dir, 'so', 'units', 'XA01.xlsx')));
    // The clerk typed over the table header: the table cannot be found, the identity still can.
    writeFileSync(join(dir, 'bc-xa.xlsx'), await fillReturn(form, { TT01: 3 }, {}, (wb) => void (sheet(wb, 'Báo cáo').getCell('E11').value = 'Thực hiện')));

    const r = await run(['validate', 'so/master.xlsx', 'bc-xa.xlsx', '--json'], dir);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.units[0]).toEqual({ code: 'XA01', name: 'CĐCS xã Trường Hòa', status: 'rejected', file: 'bc-xa.xlsx', reason: 'không tìm thấy bảng số liệu (mẫu bị xóa hoặc sửa dòng tiêu đề)' });
    expect(json.issues.filter((i: { unit: string }) => i.unit === 'XA01').map((i: { code: string }) => i.code)).toEqual(['reader.noReportSheet', 'return.sentBack.refill.excel']);

    const table = await run(['validate', 'so/master.xlsx', 'bc-xa.xlsx'], dir);
    expect(table.out).toMatch(/XA01 +CĐCS xã Trường Hòa +bị trả lại +bc-xa\.xlsx \(không tìm thấy bảng số liệu/);
    expect(table.out).toContain('Báo đơn vị (liên hệ: Nguyễn Thị Lan, 0912345678): mở lại tệp mẫu gốc đã nhận bằng Excel');
    expect(table.out).toContain('Tổng 3 đơn vị: 0 đúng hạn, 0 nộp muộn, 2 chưa nộp, 1 bị trả lại.');
  });
});
