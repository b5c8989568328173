/**
 * Every use of the Excel JavaScript API in src/ needs no more than manifest.xml declares, or sits
 * behind a run-time check of what it needs. What counts as a use, how its requirement set is
 * found and what "guarded" means: the header of ./api-sets.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { compareVersions, createApiProgram, describeUse, scanApiUses, unguarded } from './api-sets';
import type { ApiScan, ApiUse } from './api-sets';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/api-sets/planted.ts');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The ExcelApi MinVersion manifest.xml declares. */
function manifestMinimum(): string {
  const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const found = /<Set\s+Name="ExcelApi"\s+MinVersion="(\d+\.\d+)"\s*\/>/.exec(xml.replace(/<!--[\s\S]*?-->/g, ''));
  if (found === null) throw new Error('manifest.xml declares no ExcelApi minimum');
  return found[1] as string;
}

const SRC = sources(path.join(ROOT, 'src'));
let program: ReturnType<typeof createApiProgram>;
let src: ApiScan;
let fixture: ApiScan;

beforeAll(() => {
  program = createApiProgram(ROOT, [...SRC, FIXTURE]);
  src = scanApiUses(program, SRC);
  fixture = scanApiUses(program, [FIXTURE]);
});

const key = (use: Pick<ApiUse, 'line' | 'member' | 'set' | 'version'>) => `${use.line} ${use.member} ${use.set} ${use.version}`;
const unique = (uses: readonly ApiUse[]) => [...new Set(uses.map(key))].sort();

describe('Excel API requirement sets', () => {
  it('should pair every member of the adapter’s contract (excel-model.ts) with its Office.js declaration', () => {
    expect(src.drift).toEqual([]);
    // The contract is seen through: calls on OfficeWorksheet and friends resolve to Excel.*.
    const members = new Set(src.uses.map((use) => use.member));
    for (const member of ['Workbook.insertWorksheetsFromBase64', 'Worksheet.getRanges', 'Range.getSpecialCellsOrNullObject', 'Worksheet.customProperties', 'DataValidation.rule', 'PageLayout.zoom']) {
      expect(members).toContain(member);
    }
  });

  it('should read the chart members’ sets as Microsoft’s reference gives them', () => {
    // learn.microsoft.com/javascript/api/excel/excel.chartcollection (class: ExcelApi 1.1; `items`
    // has no remarks of its own), excel.chart (delete(): ExcelApi 1.1), excel.chartareaformat
    // (font: ExcelApi 1.1), excel.chartfont (name: ExcelApi 1.1).
    const sets = (member: string) => [...new Set(src.uses.filter((use) => use.member === member).map((use) => `${use.set} ${use.version}`))];
    expect(['ChartCollection.items', 'Chart.delete', 'Chart.format', 'ChartAreaFormat.font', 'ChartFont.name'].map((member) => [member, sets(member)])).toEqual([
      ['ChartCollection.items', ['ExcelApi 1.1']],
      ['Chart.delete', ['ExcelApi 1.1']],
      ['Chart.format', ['ExcelApi 1.1']],
      ['ChartAreaFormat.font', ['ExcelApi 1.1']],
      ['ChartFont.name', ['ExcelApi 1.1']],
    ]);
  });

  it('should find no use in src/ above the manifest’s minimum that no run-time check guards', () => {
    const minimum = manifestMinimum();
    expect(minimum).toBe('1.14');
    const offending = unguarded(src, minimum).map(describeUse);
    expect(offending).toEqual([]);
  });

  it('should see what src/ would need without the manifest’s minimum (the uses issue 12 names among them)', () => {
    const atOne = unguarded(src, '1.1').map(describeUse);
    expect(atOne).toEqual(expect.arrayContaining([
      expect.stringMatching(/^src\/adapters\/office\/[\w-]+\.ts:\d+ Worksheet\.getUsedRange\(valuesOnly\) needs ExcelApi 1\.2$/),
      expect.stringMatching(/^src\/adapters\/office\/[\w-]+\.ts:\d+ WorksheetProtectionOptions\.selectionMode needs ExcelApi 1\.7$/),
      expect.stringMatching(/^src\/adapters\/office\/[\w-]+\.ts:\d+ Workbook\.insertWorksheetsFromBase64 needs ExcelApi 1\.13$/),
    ]));
    // Nothing in src/ asks for more than the minimum: the highest set used is exactly what is declared or below.
    const highest = src.uses.filter((use) => use.set === 'ExcelApi').map((use) => use.version).sort(compareVersions).pop();
    expect(compareVersions(highest ?? '0.0', manifestMinimum())).toBeLessThanOrEqual(0);
  });

  describe('the walker on planted uses (tests/fixtures/api-sets/planted.ts)', () => {
    const planted = fs.readFileSync(FIXTURE, 'utf8').split('\n').flatMap((text, i) => {
      const marked = /\/\/ unguarded: (.+)$/.exec(text);
      if (marked === null) return [];
      return (marked[1] as string).split('; ').map((entry) => {
        const [member = '', set = '', version = ''] = entry.split(' ');
        return key({ line: i + 1, member, set, version });
      });
    });

    it('should report each planted unguarded use with its line, member and set, and nothing guarded', () => {
      expect(planted.length).toBeGreaterThanOrEqual(8);
      expect(unique(unguarded(fixture, '1.1'))).toEqual([...new Set(planted)].sort());
    });

    it('should report with file:line, member and set, and still catch an API above the real minimum', () => {
      const line = planted.find((p) => p.includes('showDataTypeIcons'))?.split(' ')[0];
      expect(unguarded(fixture, manifestMinimum()).map(describeUse)).toEqual([`tests/fixtures/api-sets/planted.ts:${line} Worksheet.showDataTypeIcons needs ExcelApi 1.19`]);
    });

    it('should count guarded uses as uses (so a guard that goes away makes the test fail)', () => {
      const guarded = fixture.uses.filter((use) => use.guarded && compareVersions(use.version, '1.1') > 0).map((use) => `${use.member} ${use.version}`);
      expect(new Set(guarded)).toEqual(new Set(['Worksheet.showGridlines 1.8', 'Worksheet.tabColor 1.7', 'Worksheet.getRanges 1.9', 'Worksheet.pageLayout 1.9', 'PageLayout.orientation 1.9']));
    });
  });
});
