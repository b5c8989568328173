import { openOds } from '../../../src/adapters/xlsx/ods-workbook';
import { rawCell } from '../../../src/adapters/xlsx/cell-value';
import type { ModelWorkbook } from '../../../src/adapters/xlsx/sheet-model';
import { odsContent, odsParts, writeZip } from '../../hostile/build';

/**
 * The OpenDocument cell forms a return can hold, written by hand with the values a person reads
 * in them: each comes out as the .xlsx reader would give the same cell.
 */

const cellOf = (attrs: string, body = '') => `<table:table-cell ${attrs}>${body}</table:table-cell>`;
const row = (cells: string, attrs = '') => `<table:table-row${attrs}>${cells}</table:table-row>`;

const ROWS = [
  `<table:table-header-rows>${row(
    [
      cellOf('office:value-type="float" office:value="5"', '<text:p>5</text:p>'),
      cellOf('office:value-type="percentage" office:value="0.25"', '<text:p>25%</text:p>'),
      cellOf('office:value-type="currency" office:currency="VND" office:value="1500000"', '<text:p>1.500.000 ₫</text:p>'),
      cellOf('office:value-type="boolean" office:boolean-value="true"', '<text:p>TRUE</text:p>'),
      cellOf('office:value-type="boolean" office:boolean-value="false"', '<text:p>FALSE</text:p>'),
    ].join(''),
  )}</table:table-header-rows>`,
  row(
    [
      cellOf('office:value-type="date" office:date-value="2025-12-31"', '<text:p>31/12/2025</text:p>'),
      cellOf('office:value-type="date" office:date-value="2025-12-20T10:30:00"', '<text:p>20/12/2025 10:30</text:p>'),
      cellOf('office:value-type="time" office:time-value="PT12H30M00S"', '<text:p>12:30</text:p>'),
    ].join(''),
  ),
  row(
    [
      cellOf('office:value-type="string"', '<text:p>a<text:s text:c="3"/>b</text:p>'),
      cellOf('office:value-type="string"', '<text:p><text:span text:style-name="T1">Đơn</text:span> vị</text:p>'),
      cellOf('office:value-type="string"', '<text:p>x<text:tab/>y<text:line-break/>z</text:p>'),
      cellOf('office:value-type="string"', '<text:p>dòng 1</text:p><text:p>dòng 2</text:p>'),
      cellOf('office:value-type="string"', '<office:annotation><text:p>ghi chú của người sửa</text:p></office:annotation><text:p>giá trị</text:p>'),
    ].join(''),
  ),
  row(
    [
      cellOf('table:formula="of:=&quot;Có&quot;" office:value-type="string" office:string-value="Có"', '<text:p>Có</text:p>'),
      cellOf('table:formula="of:=1/0" office:value-type="string" office:string-value="" calcext:value-type="error"', '<text:p>#DIV/0!</text:p>'),
      cellOf('table:formula="of:=[.A1]-5" office:value-type="float" office:value="0"', '<text:p>0</text:p>'),
      cellOf('table:formula="of:=&quot;&quot;" office:value-type="string" office:string-value=""', '<text:p></text:p>'),
    ].join(''),
  ),
  row(`${cellOf('office:value-type="string" table:number-columns-spanned="2" table:number-rows-spanned="2"', '<text:p>gộp</text:p>')}<table:covered-table-cell/>`),
  row('<table:covered-table-cell table:number-columns-repeated="2"/>'),
  row(cellOf('office:value-type="string"', '<text:p>r</text:p>'), ' table:number-rows-repeated="2"'),
  row(`${cellOf('office:value-type="float" office:value="7" table:number-columns-repeated="3"', '<text:p>7</text:p>')}<table:table-cell table:number-columns-repeated="16381"/>`),
  row('<table:table-cell table:number-columns-repeated="16384"/>', ' table:number-rows-repeated="1048566"'),
].join('');

/** A second sheet written with other prefixes for the same namespaces, as another writer might. */
const PREFIXED = `<t:table xmlns:t="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:o="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:x="urn:oasis:names:tc:opendocument:xmlns:text:1.0" t:name="_danvan"><t:table-row><t:table-cell o:value-type="string"><x:p>kind</x:p></t:table-cell><t:table-cell o:value-type="string"><x:p>danvan-fill-in</x:p></t:table-cell></t:table-row></t:table>`;

async function read(): Promise<ModelWorkbook> {
  const content = odsContent(ROWS, 'Trang 1')
    .replace('xmlns:text=', 'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" xmlns:text=')
    .replace('</office:spreadsheet>', `${PREFIXED}</office:spreadsheet>`);
  const opened = await openOds(writeZip(odsParts(content)));
  if ('kind' in opened) throw new Error(`refused: ${opened.kind}`);
  return opened.workbook;
}

describe('openOds', () => {
  let workbook: ModelWorkbook;
  beforeAll(async () => {
    workbook = await read();
  });
  const cell = (address: string, sheet = 0) => {
    const ws = workbook.worksheets[sheet];
    if (!ws) throw new Error('no sheet');
    return rawCell(ws.getCell(address));
  };
  const values = (...addresses: string[]) => addresses.map((a) => cell(a).value);

  it('should list the sheets in order, whatever prefixes their namespaces have', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Trang 1', '_danvan']);
    expect([cell('A1', 1).value, cell('B1', 1).value]).toEqual(['kind', 'danvan-fill-in']);
  });

  it('should read numbers, percentages, currency and booleans, header rows included', () => {
    expect(values('A1', 'B1', 'C1', 'D1', 'E1')).toEqual([5, 0.25, 1500000, true, false]);
  });

  it('should read dates as the calendar day, a date-time by its day, and a time as the .xlsx reader gives it', () => {
    expect(values('A2', 'B2', 'C2')).toEqual([{ date: '2025-12-31' }, { date: '2025-12-20' }, { date: '1899-12-30' }]);
  });

  it('should read text as typed: runs of spaces, spans, tabs, line breaks and paragraphs, never a comment', () => {
    expect(values('A3', 'B3', 'C3', 'D3', 'E3')).toEqual(['a   b', 'Đơn vị', 'x\ty\nz', 'dòng 1\ndòng 2', 'giá trị']);
  });

  it("should read formulas' cached results: text, an error, a zero, and none for an empty text", () => {
    expect(['A4', 'B4', 'C4', 'D4'].map((a) => cell(a))).toEqual([
      { address: 'A4', value: 'Có', formula: true },
      { address: 'B4', value: '#DIV/0!', formula: true },
      { address: 'C4', value: 0, formula: true },
      { address: 'D4', value: null, formula: true },
    ]);
  });

  it('should turn spanned cells into a merge whose covered cells point to its master', () => {
    expect(cell('A5').value).toBe('gộp');
    for (const address of ['B5', 'A6', 'B6']) {
      expect(workbook.worksheets[0]?.getCell(address).master.address).toBe('A5');
      expect(cell(address).value).toBeNull();
    }
  });

  it('should repeat a row and a cell that hold a value, and place nothing for repeated empty ones', () => {
    expect(values('A7', 'A8', 'A9', 'B9', 'C9', 'D9')).toEqual(['r', 'r', 7, 7, 7, null]);
    const rows: number[] = [];
    workbook.worksheets[0]?.eachRow((_, n) => rows.push(n));
    expect(rows).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
