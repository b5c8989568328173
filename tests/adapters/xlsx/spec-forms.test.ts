import JSZip from 'jszip';
import { describeIssue } from '../../../src/core';
import { readReturnFile } from '../../../src/adapters/xlsx/read-return';
import { loadWorkbook } from '../../../src/adapters/xlsx/fast-workbook';
import type { ModelSheet } from '../../../src/adapters/xlsx/sheet-model';
import { LIMITS, openPackage } from '../../../src/adapters/xlsx/zip-package';
import type { PackageParts } from '../../../src/adapters/xlsx/zip-package';
import { columnName } from '../../helpers/reference-xlsx';

/**
 * Forms ECMA-376 allows and real applications write, each of which the reader once refused or
 * misread (issue 19). Every package is written out by hand here, so each case shows the form.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const WORKSHEET_TYPE = `${REL}/worksheet`;
const SHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const WORKBOOK_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const XLSB_CT = 'application/vnd.ms-excel.sheet.binary.macroEnabled.main';

type Book = {
  /** Part name → text; defaults give a one-sheet workbook at xl/workbook.xml with sheet xl/worksheets/sheet1.xml. */
  readonly parts?: Record<string, string>;
  readonly sheetXml?: string;
};

function sheetDoc(rows: string, prefix = ''): string {
  const p = prefix ? `${prefix}:` : '';
  const ns = prefix ? `xmlns:${prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  return `<?xml version="1.0"?><${p}worksheet ${ns}><${p}sheetData>${rows}</${p}sheetData></${p}worksheet>`;
}

function bookParts({ parts = {}, sheetXml = sheetDoc('<row r="1"><c r="A1"><v>1</v></c></row>') }: Book): Record<string, string> {
  return {
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${WORKBOOK_CT}"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${SHEET_CT}"/></Types>`,
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Báo cáo" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheetXml,
    ...parts,
  };
}

async function zip(parts: Record<string, string>): Promise<Uint8Array> {
  const archive = new JSZip();
  for (const [name, text] of Object.entries(parts)) archive.file(name, text);
  return archive.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function open(book: Book): Promise<PackageParts> {
  const opened = await openPackage(await zip(bookParts(book)));
  if ('kind' in opened) throw new Error(`refused: ${JSON.stringify(opened)}`);
  return opened.parts;
}

async function firstSheet(book: Book): Promise<ModelSheet> {
  const sheet = loadWorkbook(await open(book)).worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

const value = (sheet: ModelSheet, address: string) => sheet.getCell(address).value;

describe('the package check: what a file is, from the workbook part', () => {
  it('should read a SheetJS workbook whose content types declare a Default for .bin as xlsb', async () => {
    const types = bookParts({})['[Content_Types].xml']?.replace('<Default Extension="rels"', `<Default Extension="bin" ContentType="${XLSB_CT}"/><Default Extension="rels"`) ?? '';
    const sheet = await firstSheet({ parts: { '[Content_Types].xml': types } });
    expect(value(sheet, 'A1')).toBe(1);
  });

  it('should still refuse a real .xlsb, whose workbook part is binary', async () => {
    const types = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="${XLSB_CT}"/></Types>`;
    const rels = `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.bin"/></Relationships>`;
    expect(await openPackage(await zip({ '[Content_Types].xml': types, '_rels/.rels': rels, 'xl/workbook.bin': 'binary' }))).toEqual({ kind: 'xlsb' });
  });

  it('should find a workbook part of another name through _rels/.rels, and its sheets through its relationships', async () => {
    const parts = bookParts({});
    const renamed = {
      '[Content_Types].xml': (parts['[Content_Types].xml'] ?? '').replace('/xl/workbook.xml', '/book/main.xml'),
      '_rels/.rels': (parts['_rels/.rels'] ?? '').replace('xl/workbook.xml', '/book/main.xml'),
      'book/main.xml': parts['xl/workbook.xml'] ?? '',
      'book/_rels/main.xml.rels': `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${WORKSHEET_TYPE}" Target="../sheets/sheetDave.xml"/></Relationships>`,
      'sheets/sheetDave.xml': sheetDoc('<row r="1"><c r="A1" t="inlineStr"><is><t>Dave</t></is></c></row>'),
    };
    const opened = await openPackage(await zip(renamed));
    if ('kind' in opened) throw new Error(`refused: ${opened.kind}`);
    const sheets = loadWorkbook(opened.parts).worksheets;
    expect(sheets.map((s) => s.name)).toEqual(['Báo cáo']);
    expect(sheets[0]?.getCell('A1').value).toBe('Dave');
  });

  it('should read a worksheet part named sheet.xml, and keep the row limit on it', async () => {
    const rels = `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${WORKSHEET_TYPE}" Target="/xl/worksheets/sheet.xml"/></Relationships>`;
    const sheet = await firstSheet({ parts: { 'xl/_rels/workbook.xml.rels': rels, 'xl/worksheets/sheet.xml': sheetDoc('<row r="1"><c r="A1"><v>7</v></c></row>') } });
    expect(value(sheet, 'A1')).toBe(7);

    const rows = Array.from({ length: LIMITS.sheetRows + 1 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join('');
    const tall = bookParts({ parts: { 'xl/_rels/workbook.xml.rels': rels.replace('/xl/worksheets/sheet.xml', '/xl/dave.xml'), 'xl/dave.xml': sheetDoc(rows) } });
    expect(await openPackage(await zip(tall))).toMatchObject({ kind: 'tooManyRows', sheet: 'Báo cáo' });
  });

  it('should not count empty styled cells toward the limits, as LibreOffice writes them out to column 1024', async () => {
    const empties = (r: number) => Array.from({ length: 1022 }, (_, i) => `<c r="${columnName(i + 3)}${r}" s="1"/>`).join('');
    const rows = [1, 2, 3].map((r) => `<row r="${r}" s="1" customFormat="true"><c r="A${r}" s="1" t="s"><v>0</v></c><c r="B${r}" s="1"></c>${empties(r)}</row>`).join('');
    const sst = `<sst xmlns="${MAIN}"><si><t>Mã</t></si></sst>`;
    const sheet = await firstSheet({ sheetXml: sheetDoc(rows), parts: { 'xl/sharedStrings.xml': sst } });
    expect(value(sheet, 'A3')).toBe('Mã');
  });

  it('should still refuse a sheet with a value past the column limit, and a sheet of too many empty cells', async () => {
    const wide = sheetDoc(`<row r="1"><c r="${columnName(LIMITS.sheetColumns + 1)}1"><f>1</f></c></row>`);
    expect(await openPackage(await zip(bookParts({ sheetXml: wide })))).toMatchObject({ kind: 'tooManyColumns', columns: LIMITS.sheetColumns + 1 });
    // Addresses on every cell, so that the part does not compress past the ratio limit.
    const row = (r: number) => `<row r="${r}">${Array.from({ length: 100 }, (_, c) => `<c r="${columnName(c + 1)}${r}" s="1"/>`).join('')}</row>`;
    const empties = sheetDoc(Array.from({ length: Math.ceil(LIMITS.sheetElements / 101) + 1 }, (_, r) => row(r + 1)).join(''));
    expect(await openPackage(await zip(bookParts({ sheetXml: empties })))).toMatchObject({ kind: 'tooManyCells', sheet: 'Báo cáo' });
  });

  it('should count a cell without r in the column after the previous one', async () => {
    const cells = `<c r="${columnName(LIMITS.sheetColumns)}1"><v>1</v></c><c><v>2</v></c>`;
    expect(await openPackage(await zip(bookParts({ sheetXml: sheetDoc(`<row r="1">${cells}</row>`) })))).toMatchObject({ kind: 'tooManyColumns', columns: LIMITS.sheetColumns + 1 });
  });

  it('should word a refusal for the compression ratio as an unusual file, not as an attack', async () => {
    // A genuine workbook: one long, repetitive note compresses far past 100:1.
    const note = 'Đơn vị tổ chức tốt các buổi tuyên truyền. '.repeat(40_000);
    const sst = `<sst xmlns="${MAIN}"><si><t>${note}</t></si></sst>`;
    const bytes = await zip(bookParts({ parts: { 'xl/sharedStrings.xml': sst }, sheetXml: sheetDoc('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }));
    const read = await readReturnFile(bytes, 'XA01.xlsx');
    const issue = read.ok ? undefined : read.error[0];
    expect(issue?.code).toBe('reader.zipBomb');
    const sentence = issue ? describeIssue(issue) : '';
    expect(sentence).toContain('bất thường');
    expect(sentence).not.toMatch(/bom|tấn công|có chủ đích/i);
  });

  it('should tell an Apple Numbers file', async () => {
    expect(await openPackage(await zip({ 'Index/Document.iwa': 'x', 'Index/Tables/DataList.iwa': 'y', 'Metadata/Properties.plist': 'z' }))).toEqual({ kind: 'numbers' });
  });
});

describe('the fast reader: forms the specification allows', () => {
  it('should read SpreadsheetML written with a namespace prefix, as the OpenXML SDK and Tencent Office write it', async () => {
    const parts = bookParts({
      sheetXml: sheetDoc('<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>', 'x'),
    });
    const sheet = await firstSheet({
      parts: {
        'xl/workbook.xml': `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:sheets><x:sheet name="Báo cáo" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`,
        'xl/sharedStrings.xml': `<x:sst xmlns:x="${MAIN}"><x:si><x:t>Kết quả</x:t></x:si></x:sst>`,
        'xl/_rels/workbook.xml.rels': `<p:Relationships xmlns:p="${PKG_REL}"><p:Relationship Id="rId1" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet1.xml"/></p:Relationships>`,
        'xl/worksheets/sheet1.xml': parts['xl/worksheets/sheet1.xml'] ?? '',
      },
    });
    expect(value(sheet, 'A1')).toBe('Kết quả');
    expect(value(sheet, 'B1')).toEqual({ formula: '1+1', result: 2 });
  });

  it('should not take an element of another namespace for a cell', async () => {
    const sheet = await firstSheet({ sheetXml: sheetDoc(`<row r="1"><c r="A1"><v>1</v></c><o:c xmlns:o="urn:other" r="B1"><v>9</v></o:c></row>`) });
    expect(value(sheet, 'B1')).toBeNull();
  });

  it('should place rows and cells without r after the previous ones', async () => {
    const rows = '<row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c><c r="F5" s="1"/><c/><c><v>6</v></c></row>';
    const sheet = await firstSheet({ sheetXml: sheetDoc(rows) });
    // Empty cells take their places too: after F5 and an empty cell without r comes H5.
    expect(['A1', 'B1', 'C4', 'D4', 'A5', 'H5'].map((a) => value(sheet, a))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(sheet.getCell('D4').address).toBe('D4');
  });

  it('should read t="d" cells as the ISO date they hold, in UTC', async () => {
    const cells = '<c r="A1" t="d"><v>2014-02-14</v></c><c r="B1" t="d"><v>2014-02-14T10:30:00</v></c><c r="C1" t="d"><v>2014-02-14T23:30:00+07:00</v></c><c r="D1" t="d"><v>not a date</v></c><c r="E1" t="d"><f>TODAY()</f><v>2025-12-20</v></c>';
    const sheet = await firstSheet({ sheetXml: sheetDoc(`<row r="1">${cells}</row>`) });
    expect(value(sheet, 'A1')).toEqual(new Date(Date.UTC(2014, 1, 14)));
    expect(value(sheet, 'B1')).toEqual(new Date(Date.UTC(2014, 1, 14, 10, 30)));
    expect(value(sheet, 'C1')).toEqual(new Date(Date.UTC(2014, 1, 14, 16, 30)));
    expect(value(sheet, 'D1')).toBe('not a date');
    expect(value(sheet, 'E1')).toEqual({ formula: 'TODAY()', result: new Date(Date.UTC(2025, 11, 20)) });
  });

  it('should take a formula result written as an inline string', async () => {
    const cells = '<c r="A1" t="inlineStr"><f>"Có"</f><is><t>Có</t></is></c><c r="B1" t="str"><f>B2</f><is><r><t>Kết </t></r><r><t>quả</t></r></is></c>';
    const sheet = await firstSheet({ sheetXml: sheetDoc(`<row r="1">${cells}</row>`) });
    expect(value(sheet, 'A1')).toEqual({ formula: '"Có"', result: 'Có' });
    expect(value(sheet, 'B1')).toEqual({ formula: 'B2', result: { richText: [{ text: 'Kết ' }, { text: 'quả' }] } });
  });

  it('should know dates by format codes in capitals, and not by escaped or quoted letters', async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts><numFmt numFmtId="164" formatCode="DD/MM/YYYY"/><numFmt numFmtId="165" formatCode="H:MM"/><numFmt numFmtId="166" formatCode="0\\ \\D"/><numFmt numFmtId="167" formatCode="#,##0&quot; ĐS&quot;"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/></cellXfs></styleSheet>`;
    const cells = '<c r="A1" s="1"><v>45000</v></c><c r="B1" s="2"><v>45000.5</v></c><c r="C1" s="3"><v>5</v></c><c r="D1" s="4"><v>6</v></c>';
    const sheet = await firstSheet({ sheetXml: sheetDoc(`<row r="1">${cells}</row>`), parts: { 'xl/styles.xml': styles } });
    expect(value(sheet, 'A1')).toEqual(new Date(Date.UTC(2023, 2, 15)));
    expect(value(sheet, 'B1')).toEqual(new Date(Date.UTC(2023, 2, 15, 12)));
    expect(value(sheet, 'C1')).toBe(5);
    expect(value(sheet, 'D1')).toBe(6);
  });

  it("should follow Excel's 1900 leap-year rule below serial 61, and read date1904 written as true", async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    // Excel shows 1 as 1900-01-01, 59 as 1900-02-28, 60 as the 1900-02-29 that never was, 61 as 1900-03-01.
    const cells = [1, 59, 60, 61, 45000].map((v, i) => `<c r="${columnName(i + 1)}1" s="1"><v>${v}</v></c>`).join('');
    const parts = { 'xl/styles.xml': styles };
    const sheet = await firstSheet({ sheetXml: sheetDoc(`<row r="1">${cells}</row>`), parts });
    expect(['A1', 'B1', 'C1', 'D1', 'E1'].map((a) => value(sheet, a))).toEqual([
      new Date(Date.UTC(1900, 0, 1)),
      new Date(Date.UTC(1900, 1, 28)),
      '1900-02-29',
      new Date(Date.UTC(1900, 2, 1)),
      new Date(Date.UTC(2023, 2, 15)),
    ]);
    const workbook1904 = (bookParts({})['xl/workbook.xml'] ?? '').replace('<sheets>', '<workbookPr date1904="true"/><sheets>');
    const in1904 = await firstSheet({ sheetXml: sheetDoc('<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43538</v></c></row>'), parts: { ...parts, 'xl/workbook.xml': workbook1904 } });
    // In the 1904 system 0 is 1904-01-01; 43538 is 2023-03-15 (45000 − 1462).
    expect([value(in1904, 'A1'), value(in1904, 'B1')]).toEqual([new Date(Date.UTC(1904, 0, 1)), new Date(Date.UTC(2023, 2, 15))]);
  });
});
