import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
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

/** The answered form repacked as Excel would pack a macro-enabled copy, or one linking to another workbook. */
async function repack(filled: Uint8Array, as: 'xlsm' | 'externalLink'): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(filled);
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  if (as === 'xlsm') {
    zip.file(
      '[Content_Types].xml',
      types
        .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
        .replace('</Types>', '<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
    );
    // Bytes that would be a VBA project: never parsed, only inflated within its declared size.
    zip.file('xl/vbaProject.bin', 'Attribute VB_Name = "Module1"\r\nSub Auto_Open()\r\nShell "calc"\r\nEnd Sub');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
  } else {
    zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>'));
    zip.file(
      'xl/externalLinks/externalLink1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>',
    );
    zip.file(
      'xl/externalLinks/_rels/externalLink1.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///C:/so-lieu/nguon.xlsx" TargetMode="External"/></Relationships>',
    );
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdExt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>'));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('danvan validate: a file refused for what it carries, but identified', () => {
  let dir: string;
  let filled: Uint8Array;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'danvan-policy-'));
    writeFileSync(join(dir, 'campaign.json'), JSON.stringify(smallCampaignInput()));
    expect((await run(['generate', 'campaign.json', '-o', 'so'], dir)).code).toBe(0);
    filled = await fillReturn(new Uint8Array(readFileSync(join(dir, 'so', 'units', 'XA01.xlsx'))), { TT01: 3 });
  });

  it.each([
    ['xlsm', 'bc-xa.xlsm', 'reader.macroEnabled', 'tệp Excel có chứa macro (.xlsm), bị từ chối để phòng virus'],
    ['externalLink', 'bc-xa.xlsx', 'reader.externalLinks', 'tệp có liên kết tới tệp khác (External Links)'],
  ] as const)('should list the unit of a %s copy as "bị trả lại" with its file and the reason', async (as, file, code, reason) => {
    writeFileSync(join(dir, file), await repack(filled, as));
    const r = await run(['validate', 'so/master.xlsx', file, '--json'], dir);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.units[0]).toEqual({ code: 'XA01', name: 'CĐCS xã Trường Hòa', status: 'rejected', file, reason });
    expect(json.issues.filter((i: { unit: string }) => i.unit === 'XA01').map((i: { code: string }) => i.code)).toEqual([code, 'return.sentBack.refill.excel']);
    expect(json.issues.some((i: { code: string; unit: string }) => i.code === 'return.missing' && i.unit === 'XA01')).toBe(false);

    const table = await run(['validate', 'so/master.xlsx', file], dir);
    expect(table.out).toContain(`XA01`);
    expect(table.out).toMatch(new RegExp(`bị trả lại +${file.replace('.', '\\.')} \\(${reason.replace(/[.()]/g, '\\$&')}`));
    expect(table.out).toContain('Báo đơn vị (liên hệ: Nguyễn Thị Lan, 0912345678): mở lại tệp mẫu gốc đã nhận bằng Excel');
  });
});
