import { setCell } from '../../src/adapters/xlsx/write-answers';

/** Hand-written sheet XML in the shapes writers use: styled empty cells, absent cells, shared strings. */
const SHEET = '<worksheet><sheetData><row r="8"><c r="B8" t="s"><v>3</v></c><c r="C8" s="12"/><c r="F8" s="14"/></row><row r="13"><c r="A13" t="s"><v>7</v></c><c r="E13" s="20" t="s"><v>9</v></c></row><row r="14"/></sheetData></worksheet>';

describe('setCell', () => {
  it('should fill a styled empty cell, keeping its style', () => {
    expect(setCell(SHEET, { address: 'C8', value: 'Nguyễn Thị Lan' })).toContain('<c r="C8" s="12" t="inlineStr"><is><t xml:space="preserve">Nguyễn Thị Lan</t></is></c><c r="F8" s="14"/>');
  });

  it('should replace a cell holding a shared string with a number, dropping the old type', () => {
    expect(setCell(SHEET, { address: 'E13', value: 1500 })).toContain('<c r="E13" s="20"><v>1500</v></c></row>');
  });

  it('should write a day as its 1900-system serial: 2025-12-31 is 46022', () => {
    expect(setCell(SHEET, { address: 'C8', value: { date: '2025-12-31' } })).toContain('<c r="C8" s="12"><v>46022</v></c>');
  });

  it('should add a cell missing from its row in column order, and to an empty row', () => {
    expect(setCell(SHEET, { address: 'D8', value: 2 })).toContain('<c r="C8" s="12"/><c r="D8"><v>2</v></c><c r="F8" s="14"/>');
    expect(setCell(SHEET, { address: 'E14', value: 'x' })).toContain('<row r="14"><c r="E14" t="inlineStr"><is><t xml:space="preserve">x</t></is></c></row>');
  });

  it('should escape markup and not mistake E1 for E13', () => {
    expect(() => setCell(SHEET, { address: 'E1', value: 'a' })).toThrow('row 1 is missing');
    expect(setCell(SHEET, { address: 'E13', value: 'a < b & c' })).toContain('a &lt; b &amp; c');
  });
});
