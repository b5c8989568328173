import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeIssue } from '../../../src/core';
import type { Issue, RawValue } from '../../../src/core';
import { rawCell, rawValue } from '../../../src/adapters/xlsx/cell-value';
import { readCampaignFromMaster } from '../../../src/adapters/xlsx/read-master';
import { readReturnFile, readWorkbookFile } from '../../../src/adapters/xlsx/read-return';
import type { ModelWorkbook } from '../../../src/adapters/xlsx/sheet-model';
import { readUnitListRows } from '../../../src/adapters/unit-list';
import { ok } from '../../../src/core/result';
import { referenceRead } from '../../helpers/reference-xlsx';
import type { ReferenceSheet } from '../../helpers/reference-xlsx';
import { referenceReadOds } from '../../helpers/reference-ods';
import { SOFFICE, sofficeConvert } from '../../helpers/libreoffice';
import { describeWith } from '../../helpers/requires';

/**
 * Spreadsheets that real applications wrote (tests/fixtures/corpus/README.md says where each
 * comes from, its licence and its producer): each is read, none is refused for its form, and
 * the fast reader agrees cell by cell with a reference reading of the XML.
 */

const CORPUS = join(__dirname, '..', '..', 'fixtures', 'corpus');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(CORPUS, name)));

/** The refusals the README lists: files that are not a readable .xlsx, .ods or .xls. */
const REFUSED: Readonly<Record<string, string>> = {
  'sheetjs--sheet_visibility_strict.xlsx': 'reader.strictXlsx',
  'excelize--encryptAES.xlsx': 'reader.encrypted',
  'exceljs--invalid-xml.xlsx': 'reader.unreadable',
  'sheetjs--minimal_112.numbers': 'reader.numbers',
  'sheetjs--Attendance.numbers': 'reader.numbers',
  'sheetjs--Attendance.csv': 'reader.csv',
  'sheetjs--LO7322.fods': 'reader.fods',
  // Refused by policy, not for its form: it links to another workbook.
  'poi--stress020.xlsx': 'reader.externalLinks',
  // .ods and .xls refused for a genuine reason: a password, macros, links to other files, Excel 5.0/95.
  'calamine--pass_protected.ods': 'reader.encrypted',
  'calamine--issue_594_dos.ods': 'reader.tooManyColumns',
  'sheetjs--password_2002_40_xor.xls': 'reader.encrypted',
  'sheetjs--numfmt_1_russian.xls': 'reader.macroEnabled',
  'calamine--any_sheets.xls': 'reader.macroEnabled',
  'xlrd--invalid_formula.xls': 'reader.externalLinks',
  'sheetjs--freeze5.xls': 'reader.legacyXls',
};

const files = readdirSync(CORPUS).filter((f) => f !== 'README.md').sort();
const readableOf = (ext: string) => files.filter((f) => REFUSED[f] === undefined && f.endsWith(ext));
const readableOds = readableOf('.ods');
const readableXls = readableOf('.xls');
const readable = files.filter((f) => REFUSED[f] === undefined && !readableOds.includes(f) && !readableXls.includes(f));

async function open(name: string): Promise<ModelWorkbook> {
  const read = await readWorkbookFile(bytesOf(name), name, (workbook) => ok(workbook));
  if (!read.ok) throw new Error(`${name} refused: ${read.error.map((i) => describeIssue(i)).join(' | ')}`);
  return read.value;
}

function fastCells(workbook: ModelWorkbook): { name: string; cells: Map<string, RawValue> }[] {
  return workbook.worksheets.map((sheet) => {
    const cells = new Map<string, RawValue>();
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = rawValue(cell);
        if (value !== null) cells.set(cell.address, value);
      }),
    );
    return { name: sheet.name, cells };
  });
}

function expectSameCells(fast: { name: string; cells: Map<string, RawValue> }[], reference: readonly ReferenceSheet[]): void {
  expect(fast.map((s) => s.name)).toEqual(reference.map((s) => s.name));
  for (const [i, sheet] of fast.entries()) {
    expect({ sheet: sheet.name, cells: Object.fromEntries(sheet.cells) }).toEqual({ sheet: sheet.name, cells: Object.fromEntries(reference[i]?.cells ?? []) });
  }
}

/** The reference's number where the two agree to the 15 significant digits LibreOffice writes; else the value read. */
function within15Digits(value: RawValue, reference: RawValue | undefined): RawValue {
  if (typeof value !== 'number' || typeof reference !== 'number') return value;
  return Math.abs(value - reference) <= 1e-14 * Math.max(Math.abs(value), Math.abs(reference)) ? reference : value;
}

describe('the corpus of real files', () => {
  it('should hold the files its README lists, and nothing else', () => {
    const readme = readFileSync(join(CORPUS, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| (\S+\.(?:xlsx|numbers|csv|fods|ods|xls)) \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(files);
    expect(readable.length).toBeGreaterThanOrEqual(70);
    expect(Math.min(readableOds.length, readableXls.length)).toBeGreaterThanOrEqual(15);
  });

  it.each(readable)('should read %s without refusal, agreeing cell by cell with the reference reading', async (name) => {
    expectSameCells(fastCells(await open(name)), await referenceRead(bytesOf(name)));
  });

  it.each(readableOds)('should read %s without refusal, agreeing cell by cell with a DOM reading of its content.xml', async (name) => {
    expectSameCells(fastCells(await open(name)), await referenceReadOds(bytesOf(name)));
  });

  it.each(Object.entries(REFUSED))('should refuse %s as %s, in a sentence with no parser text in it', async (name, code) => {
    const read = await readReturnFile(bytesOf(name), name);
    expect(read.ok).toBe(false);
    const issues: Issue[] = read.ok ? [] : read.error;
    expect(issues.map((i) => i.code)).toEqual([code]);
    const sentence = describeIssue(issues[0] as Issue);
    expect(sentence).toContain(name);
    expect(sentence).not.toMatch(/undefined|root node|Cannot read|TypeError|Error:|\d+:\d+:/);
  });

  it('should read, quickly and without exceljs, the workbook Excel on the web saved on which exceljs 4.4.0 never returns', async () => {
    const name = 'exceljs--test-issue-1842.xlsx';
    const bytes = bytesOf(name);
    const asReturn = await readReturnFile(bytes, name);
    expect(!asReturn.ok && asReturn.error.map((i) => i.code)).toEqual(['reader.noReportSheet']);
    const asMaster = await readCampaignFromMaster(bytes, name);
    expect(!asMaster.ok && asMaster.error.map((i) => i.code)).toEqual(['cli.notMaster']);
    const asUnitList = await readUnitListRows(bytes, name);
    expect(asUnitList).toEqual({ ok: true, value: [] });
  });

  it('should read a unit list and a master from a file of another application through the same reader', async () => {
    const rows = await readUnitListRows(bytesOf('tealeg--namespaced.xlsx'), 'don-vi.xlsx');
    expect(rows.ok && rows.value.length).toBeGreaterThan(0);
    const broken = await readUnitListRows(bytesOf('exceljs--invalid-xml.xlsx'), 'don-vi.xlsx');
    expect(!broken.ok && broken.error.map((i) => [i.code, i.params.detail])).toEqual([['units.unreadable', 'reader.unreadable']]);
    expect(!broken.ok && describeIssue(broken.error[0] as Issue)).not.toMatch(/root node|Cannot read/);
    const master = await readCampaignFromMaster(bytesOf('excelize--encryptAES.xlsx'), 'master.xlsx');
    expect(!master.ok && master.error.map((i) => [i.code, i.params.detail])).toEqual([['cli.masterUnreadable', 'reader.encrypted']]);
  });
});

describeWith([SOFFICE], 'the corpus .xls files, against LibreOffice\'s conversion of each to .xlsx', () => {
  const converted = mkdtempSync(join(tmpdir(), 'danvan-corpus-xls-'));

  beforeAll(() => {
    sofficeConvert(readableXls.map((name) => join(CORPUS, name)), 'xlsx', converted);
  }, 300_000);

  /**
   * Formula cells are left out on both sides: LibreOffice recalculates some formulas as it loads
   * an .xls (TODAY(), ISBLANK over an empty text, functions it lacks, booleans it stores as 1 and
   * 0), while the reader takes the result Excel cached, so the converted file is no independent
   * reading of those. Numbers agree when they do to the 15 significant digits LibreOffice
   * writes into an .xlsx.
   */
  it.each(readableXls)('should read %s without refusal, agreeing cell by cell with the reference reading of the .xlsx LibreOffice makes of it', async (name) => {
    const workbook = await open(name);
    const formulas = workbook.worksheets.map((sheet) => {
      const at = new Set<string>();
      sheet.eachRow((row) => row.eachCell((cell) => void (rawCell(cell).formula === true && at.add(cell.address))));
      return at;
    });
    const xlsx = new Uint8Array(readFileSync(join(converted, name.replace(/\.xls$/, '.xlsx'))));
    const reference = (await referenceRead(xlsx)).map((sheet, i) => ({ name: sheet.name, cells: new Map([...sheet.cells].filter(([address]) => !formulas[i]?.has(address))) }));
    const fast = fastCells(workbook).map((sheet, i) => ({
      name: sheet.name,
      cells: new Map([...sheet.cells].filter(([address]) => !formulas[i]?.has(address)).map(([address, value]) => [address, within15Digits(value, reference[i]?.cells.get(address))])),
    }));
    expectSameCells(fast, reference);
  });
});
