import { openXls } from '../../../src/adapters/xlsx/xls-workbook';
import { rawCell } from '../../../src/adapters/xlsx/cell-value';
import type { ModelWorkbook } from '../../../src/adapters/xlsx/sheet-model';
import { biffRecord, biffWorkbook, writeCfb } from '../../hostile/build';

/**
 * The BIFF8 records a return can hold, written by hand with values worked out by hand: each comes
 * out as the .xlsx reader would give the same cell.
 */

const u16 = (n: number) => [n & 0xff, n >> 8];
const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
const f64 = (n: number) => [...new Uint8Array(new Float64Array([n]).buffer)];
const utf16 = (text: string) => [...Buffer.from(text, 'utf16le')];
const latin1 = (text: string) => [...Buffer.from(text, 'latin1')];
const at = (row: number, col: number, xf = 15) => [...u16(row), ...u16(col), ...u16(xf)];

/** XF 0–15 General, 16 the built-in date format 14, 17 LibreOffice's own "DD/MM/YYYY" (format 164). */
const XFS = Array.from({ length: 18 }, (_, i) => biffRecord(0x00e0, [...u16(0), ...u16(i === 16 ? 14 : i === 17 ? 164 : 0), ...new Array(16).fill(0)]));
const FORMAT = biffRecord(0x041e, [...u16(164), ...u16(10), 0, ...latin1('DD/MM/YYYY')]);

/**
 * Shared strings with a CONTINUE record cutting the second string: its first five characters are
 * one byte each in the SST record, the rest UTF-16 in the CONTINUE, after a new flags byte. The
 * third is rich text (a run count and one run after its characters).
 */
const SST = Buffer.concat([
  biffRecord(0x00fc, [...u32(3), ...u32(3), ...u16(2), 1, ...utf16('Mã'), ...u16(11), 0, ...latin1('abcde')]),
  biffRecord(0x003c, [1, ...utf16('Đơn vị'), ...u16(3), 0x08, ...u16(1), ...latin1('xyz'), 0, 0, 1, 0]),
]);

const CELLS = [
  biffRecord(0x00fd, [...at(0, 0), ...u32(0)]),
  biffRecord(0x00fd, [...at(0, 1), ...u32(1)]),
  biffRecord(0x00fd, [...at(0, 2), ...u32(2)]),
  // RK: 42 as an integer (42 << 2 | 2), 12.34 as 1234 / 100 (1234 << 2 | 3), 2.5 as the top of its double 0x40040000.
  biffRecord(0x027e, [...at(1, 0), ...u32(170)]),
  biffRecord(0x027e, [...at(1, 1), ...u32(4939)]),
  biffRecord(0x027e, [...at(1, 2), ...u32(0x40040000)]),
  biffRecord(0x00bd, [...u16(2), ...u16(0), ...u16(15), ...u32(170), ...u16(15), ...u32(4939), ...u16(15), ...u32(0x40040000), ...u16(2)]),
  biffRecord(0x0205, [...at(3, 0), 1, 0]),
  biffRecord(0x0205, [...at(3, 1), 0x07, 1]),
  biffRecord(0x0006, [...at(4, 0), ...f64(7.5), ...u16(0), ...u32(0), ...u16(0)]),
  biffRecord(0x0006, [...at(4, 1), 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...u16(0), ...u32(0), ...u16(0)]),
  biffRecord(0x0207, [...u16(2), 1, ...utf16('Có')]),
  biffRecord(0x0006, [...at(4, 2), 1, 0, 1, 0, 0, 0, 0xff, 0xff, ...u16(0), ...u32(0), ...u16(0)]),
  // The first cell of a shared formula: its SHRFMLA record comes before the STRING of its result.
  biffRecord(0x0006, [...at(4, 5), 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...u16(8), ...u32(0), ...u16(0)]),
  biffRecord(0x04bc, [...u16(4), ...u16(4), 5, 6, 0, 1, ...u16(0)]),
  biffRecord(0x0207, [...u16(5), 0, ...latin1('chung')]),
  biffRecord(0x0006, [...at(4, 3), 2, 0, 0x2a, 0, 0, 0, 0xff, 0xff, ...u16(0), ...u32(0), ...u16(0)]),
  biffRecord(0x0006, [...at(4, 4), 3, 0, 0, 0, 0, 0, 0xff, 0xff, ...u16(0), ...u32(0), ...u16(0)]),
  biffRecord(0x0204, [...at(5, 0), ...u16(4), 1, ...utf16('Nhãn')]),
  // 46022 is 2025-12-31 (45658 is 2025-01-01, 364 days before); 46011 is 2025-12-20.
  biffRecord(0x0203, [...at(6, 0, 16), ...f64(46022)]),
  biffRecord(0x0203, [...at(6, 1, 17), ...f64(46011)]),
  biffRecord(0x0203, [...at(6, 2), ...f64(46022)]),
  biffRecord(0x00fd, [...at(7, 0), ...u32(0)]),
  biffRecord(0x00e5, [...u16(1), ...u16(7), ...u16(7), ...u16(0), ...u16(1)]),
  // A chart embedded in the sheet: its records are not the sheet's cells.
  biffRecord(0x0809, [...u16(0x0600), ...u16(0x0020), ...new Array(12).fill(0)]),
  biffRecord(0x0203, [...at(9, 0), ...f64(999)]),
  biffRecord(0x000a, []),
];

function read(): ModelWorkbook {
  const stream = biffWorkbook([{ name: 'Trang 1', cells: [], extra: CELLS }, { name: '_danvan', cells: [[0, 0, 1]] }], [FORMAT, ...XFS, SST]);
  const opened = openXls(writeCfb([{ name: 'Workbook', data: stream }]).bytes);
  if ('kind' in opened) throw new Error(`refused: ${opened.kind}`);
  return opened.workbook;
}

describe('openXls', () => {
  const workbook = read();
  const sheet = workbook.worksheets[0];
  const cell = (address: string) => (sheet ? rawCell(sheet.getCell(address)) : undefined);

  it('should list the sheets in tab order', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Trang 1', '_danvan']);
  });

  it('should read shared strings across a CONTINUE record, in one-byte and UTF-16 characters, and rich text', () => {
    expect(['A1', 'B1', 'C1'].map(cell)).toEqual([
      { address: 'A1', value: 'Mã' },
      { address: 'B1', value: 'abcdeĐơn vị' },
      { address: 'C1', value: 'xyz' },
    ]);
  });

  it('should read RK and MULRK numbers: integers, hundredths and doubles', () => {
    expect(['A2', 'B2', 'C2', 'A3', 'B3', 'C3'].map((a) => cell(a)?.value)).toEqual([42, 12.34, 2.5, 42, 12.34, 2.5]);
  });

  it('should read booleans and errors', () => {
    expect([cell('A4'), cell('B4')]).toEqual([
      { address: 'A4', value: true },
      { address: 'B4', value: '#DIV/0!' },
    ]);
  });

  it("should read each formula's cached result: number, string (the STRING record), boolean, error, and none for an empty string", () => {
    expect(['A5', 'B5', 'C5', 'D5', 'E5'].map(cell)).toEqual([
      { address: 'A5', value: 7.5, formula: true },
      { address: 'B5', value: 'Có', formula: true },
      { address: 'C5', value: true, formula: true },
      { address: 'D5', value: '#N/A', formula: true },
      { address: 'E5', value: null, formula: true },
    ]);
    expect(cell('F5')).toEqual({ address: 'F5', value: 'chung', formula: true });
  });

  it('should read a LABEL record', () => {
    expect(cell('A6')?.value).toBe('Nhãn');
  });

  it('should read numbers in date formats as dates, built-in or LibreOffice upper-case, and others as numbers', () => {
    expect(['A7', 'B7', 'C7'].map((a) => cell(a)?.value)).toEqual([{ date: '2025-12-31' }, { date: '2025-12-20' }, 46022]);
  });

  it('should apply merges: the covered cell is empty and points to its master', () => {
    const covered = sheet?.getCell('B8');
    expect(covered?.master.address).toBe('A8');
    expect(cell('B8')).toEqual({ address: 'B8', value: null });
    expect(cell('A8')?.value).toBe('Mã');
  });

  it('should not take the records of an embedded chart for cells', () => {
    expect(sheet?.findRow(10)).toBeUndefined();
  });
});
