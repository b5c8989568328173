import { loadWorkbook } from '../../../src/adapters/xlsx/fast-workbook';
import type { ModelSheet } from '../../../src/adapters/xlsx/sheet-model';

/**
 * The workbook read straight from the XML parts gives the values exceljs gave (the reader was
 * built on it): these pin down the cases where exceljs' ways are not the obvious ones.
 */

const WORKBOOK = `<?xml version="1.0"?><workbook xmlns:r="r"><workbookPr/><sheets>
  <sheet name="_danvan" sheetId="3" r:id="rId3"/><sheet name="B&amp;amp;C" sheetId="2" r:id="rId2"/><sheet name="Chart" sheetId="4" r:id="rId4"/></sheets></workbook>`;
const RELS = `<Relationships><Relationship Id="rId2" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Target="/xl/worksheets/sheet3.xml"/>
  <Relationship Id="rId4" Target="chartsheets/sheet1.xml"/></Relationships>`;
const SHARED = `<sst><si><t>Mã_x0020_A</t></si><si><r><t>Kết </t></r><r><rPr><b/></rPr><t>quả</t></r></si><si><t>x</t><rPh><t>ignored</t></rPh></si></sst>`;
const STYLES = `<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd\\/mm\\/yyyy"/></numFmts>
  <cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="3"/><xf numFmtId="14"/></cellXfs></styleSheet>`;

const SHEET = `<worksheet><sheetData>
  <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" s="2"/><c r="E1"/></row>
  <row r="2"><c r="A2" t="inlineStr"><is><t>a &amp;lt; b_x0020_</t></is></c><c r="B2" s="1"><v>45000</v></c><c r="C2" s="3"><f>TODAY()</f><v>45001</v></c>
    <c r="D2"><f>1-1</f><v>0</v></c><c r="E2" t="str"><f>"x"</f><v>a &amp;amp; b</v></c><c r="F2" t="b"><v>1</v></c><c r="G2" t="e"><v>#N/A</v></c></row>
  <row r="3"><c r="A3"><f t="shared" ref="A3:B3" si="0">1+1</f><v>2</v></c><c r="B3"><f t="shared" si="0"/><v>2</v></c><c r="C3" t="inlineStr"><is><r><t>r_x0041_</t></r></is></c></row>
  <row r="4"><c r="A4" s="2"/></row>
  </sheetData><mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="D5:E6"/></mergeCells></worksheet>`;

function parts(overrides: Record<string, string> = {}): Map<string, string> {
  return new Map(
    Object.entries({
      'xl/workbook.xml': WORKBOOK,
      'xl/_rels/workbook.xml.rels': RELS,
      'xl/sharedStrings.xml': SHARED,
      'xl/styles.xml': STYLES,
      'xl/worksheets/sheet2.xml': SHEET,
      'xl/worksheets/sheet3.xml': '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>',
      ...overrides,
    }),
  );
}

function sheetNamed(name: string, map = parts()): ModelSheet {
  const found = loadWorkbook(map).worksheets.find((ws) => ws.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('loadWorkbook', () => {
  it('should list worksheets by sheet id order of the list, names decoded twice, chart sheets left out', () => {
    expect(loadWorkbook(parts()).worksheets.map((ws) => ws.name)).toEqual(['_danvan', 'B&C']);
  });

  it('should give text, rich text, dates, formulas, booleans and errors as exceljs does', () => {
    const ws = sheetNamed('B&C');
    const value = (address: string) => ws.getCell(address).value;
    expect(value('A1')).toBe('Mã A');
    expect(value('B1')).toBe('Mã A'); // covered by the merge: the master's value
    expect(ws.getCell('B1').master.address).toBe('A1');
    expect(value('C1')).toBe('x');
    expect(value('A2')).toBe('a &lt; b '); // entities decoded once; _xHHHH_ too, as in runs (exceljs left it)
    expect(value('B2')).toEqual(new Date(Date.UTC(2023, 2, 15)));
    expect(value('C2')).toEqual({ formula: 'TODAY()', result: new Date(Date.UTC(2023, 2, 16)) });
    expect(value('D2')).toEqual({ formula: '1-1', result: 0 }); // a cached 0 is an answer (exceljs drops it)
    expect(value('E2')).toEqual({ formula: '"x"', result: 'a & b' });
    expect(value('F2')).toBe(true);
    expect(value('G2')).toEqual({ error: '#N/A' });
    expect(value('A3')).toEqual({ formula: '1+1', result: 2, ref: 'A3:B3', shareType: 'shared' });
    expect(value('B3')).toEqual({ result: 2, sharedFormula: 'A3' });
    expect(value('C3')).toEqual({ richText: [{ text: 'rA' }] });
    const b1 = ws.findRow(1)?.findCell(2);
    expect(b1?.master.address).toBe('A1');
  });

  it('should skip empty styled cells and rows, keep merged cells, and drop unstyled empty ones', () => {
    const ws = sheetNamed('B&C');
    const seen: string[] = [];
    ws.eachRow((row, n) => row.eachCell((cell) => seen.push(`${n}:${cell.address}`)));
    expect(seen).toEqual(['1:A1', '1:B1', '1:C1', '2:A2', '2:B2', '2:C2', '2:D2', '2:E2', '2:F2', '2:G2', '3:A3', '3:B3', '3:C3', '5:E5', '6:D6', '6:E6']);
    expect(ws.findRow(1)?.findCell(5)).toBeUndefined();
  });

  it('should fail as exceljs does on overlapping merges, a shared string that is not there and a sheet cut short', () => {
    const overlap = SHEET.replace('<mergeCell ref="D5:E6"/>', '<mergeCell ref="B1:C2"/>');
    expect(() => sheetNamed('B&C', parts({ 'xl/worksheets/sheet2.xml': overlap })).findRow(1)).toThrow('Cannot merge already merged cells');
    const missing = SHEET.replace('<c r="C1" t="s"><v>2</v></c>', '<c r="C1" t="s"><v>9</v></c>');
    expect(() => sheetNamed('B&C', parts({ 'xl/worksheets/sheet2.xml': missing })).findRow(1)).toThrow(TypeError);
    expect(() => sheetNamed('B&C', parts({ 'xl/worksheets/sheet2.xml': SHEET.slice(0, 200) })).findRow(1)).toThrow(TypeError);
    expect(() => loadWorkbook(parts({ 'xl/styles.xml': '' }))).toThrow(TypeError);
  });
});
