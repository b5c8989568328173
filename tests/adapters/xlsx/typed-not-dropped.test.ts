import { readReturnFile, renderXlsx } from '../../../src/adapters/xlsx';
import { describeIssue, validateReturns } from '../../../src/core';
import type { RawReturn } from '../../../src/core';
import { buildCampaignWorkbooks, TABLE_COLUMNS } from '../../../src/workbook';
import { smallCampaign } from '../../helpers/campaign';
import { fillReturn, insertRows, rowsByCode } from '../../helpers/fill-return';
import type { FillValue } from '../../helpers/fill-return';
import { sheet } from '../../helpers/read-xlsx';

/** Nothing a clerk types is silently dropped: rows put into the table, rows moved or copied. */
const campaign = smallCampaign();
const fillIn = buildCampaignWorkbooks(campaign).fillIns.find((f) => f.unit.code === 'XA01');
if (!fillIn) throw new Error('no fill-in for XA01');
const ANSWERS: Record<string, FillValue> = { TT01: 5, TT02: 120, TT03: 80, AS04: 25 };

let template: Uint8Array;
beforeAll(async () => {
  template = await renderXlsx(fillIn.layout);
});

async function read(bytes: Uint8Array): Promise<RawReturn> {
  const result = await readReturnFile(bytes, 'XA01.xlsx');
  if (!result.ok) throw new Error(result.error.map((i) => i.code).join(', '));
  return result.value;
}

describe('a row the clerk inserts into the table', () => {
  it('should be reported with its row and text, not ignored', async () => {
    const bytes = await fillReturn(template, ANSWERS, {}, (wb) => {
      const ws = sheet(wb, 'Báo cáo');
      const at = rowsByCode(ws).get('TT03') as number;
      insertRows(ws, at + 1, 1);
      ws.getCell(at + 1, TABLE_COLUMNS.content).value = 'Tuyên truyền qua loa phát thanh';
      ws.getCell(at + 1, TABLE_COLUMNS.result).value = 7;
    });
    const raw = await read(bytes);
    const inserted = raw.readIssues.filter((i) => i.code === 'reader.insertedRow');
    expect(inserted.map((i) => [i.severity, i.cell, i.params])).toEqual([['warning', 'B16', { row: 16, text: 'Tuyên truyền qua loa phát thanh | 7' }]]);
    expect(describeIssue(inserted[0] ?? raw.readIssues[0]!)).toBe(
      'Trang "Báo cáo", ô B16: dòng 16 được chèn thêm vào bảng và không có mã ở cột "Mã", nên "Tuyên truyền qua loa phát thanh | 7" không được tính vào nội dung nào. ' +
        'Hãy xem lại: nếu đó là số liệu của một nội dung, đề nghị đơn vị ghi vào ô "Kết quả" của đúng dòng đó (giải thích thì ghi ở cột "Ghi chú"), không chèn dòng.',
    );
    // The rows around it are still read where they now are.
    expect(raw.rows.find((r) => r.code === 'AS01')?.result.address).toBe('E18');
  });

  it('should say nothing of an empty inserted row or of the form\'s own section headings', async () => {
    const bytes = await fillReturn(template, ANSWERS, {}, (wb) => insertRows(sheet(wb, 'Báo cáo'), 14, 1));
    expect((await read(bytes)).readIssues).toEqual([]);
  });
});

describe('the "template changed" error', () => {
  it('should name the rows missing, repeated and moved', async () => {
    const bytes = await fillReturn(template, ANSWERS, {}, (wb) => {
      const ws = sheet(wb, 'Báo cáo');
      const rows = rowsByCode(ws);
      const cell = (code: string) => ws.getCell(rows.get(code) as number, TABLE_COLUMNS.code);
      cell('AS06').value = 'AS01'; // AS06's row now repeats AS01
      // The TT01 row moved below TT03: the codes now read TT02, TT03, TT01.
      const [tt01, tt02, tt03] = [cell('TT01'), cell('TT02'), cell('TT03')];
      [tt01.value, tt02.value, tt03.value] = ['TT02', 'TT03', 'TT01'];
    });
    const result = validateReturns(campaign, [await read(bytes)]);
    const tampered = result.issues.find((i) => i.code === 'return.tampered');
    expect(tampered?.params).toEqual({ missing: 'AS06', duplicated: 'AS01 (E22)', moved: 'TT01 (E15)' });
    expect(describeIssue(tampered ?? result.issues[0]!)).toBe(
      'phần cố định của mẫu (mã, nội dung, đơn vị tính hoặc chỉ tiêu) đã bị sửa, số liệu có thể nằm sai dòng. Dòng bị thiếu: AS06. Dòng lặp lại: AS01 (E22). Dòng bị chuyển chỗ: TT01 (E15). Đề nghị đơn vị điền lại trên tệp mẫu gốc.',
    );
    expect(result.units.find((u) => u.code === 'XA01')).toMatchObject({ status: 'rejected', reason: { code: 'tampered' } });
  });
});
