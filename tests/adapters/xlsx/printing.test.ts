/**
 * Printed as a clerk prints them (issue 14, point 6): the report's wide `Chi tiết` in landscape
 * over several pages at a legible scale, its code and name columns on every page, and the
 * fill-in's form one A4 page wide at 85 % or more. Printed with LibreOffice and Gnumeric, read
 * back with pdfinfo and `pdftotext -bbox`.
 *
 * A scale is measured, not read from the file: the height of the same 11 pt header word on the
 * sheet as laid out, against the same sheet printed at 100 % by the same program.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allocateTargets, consolidate, findPreset, sampleAnswers, validateReturns } from '../../../src/core';
import type { Campaign, RawValue } from '../../../src/core';
import { renderXlsx } from '../../../src/adapters/xlsx';
import { buildCampaignWorkbooks, buildReportLayout } from '../../../src/workbook';
import type { Sheet, WorkbookLayout } from '../../../src/workbook';
import { rawReturnFor } from '../../helpers/raw-return';
import { PDFTOTEXT, SOFFICE, SSCONVERT, sofficeConvert } from '../../helpers/libreoffice';
import { describeWith } from '../../helpers/requires';

type Word = { readonly text: string; readonly x: number; readonly height: number };
type Page = { readonly width: number; readonly height: number; readonly words: readonly Word[] };

/** Pages of a PDF with their size and words, from `pdftotext -bbox`. */
function pagesOf(pdf: string): Page[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, w, h, body]) => ({
    width: Number(w),
    height: Number(h),
    words: [...(body ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(([, x, y0, y1, text]) => ({
      text: text ?? '',
      x: Number(x),
      height: Number(y1) - Number(y0),
    })),
  }));
}

/** A preset campaign with five units that all answered: wide enough for several pages, short enough for one page tall. */
function district(): { campaign: Campaign; report: WorkbookLayout; form: Sheet } {
  const preset = findPreset('dot-15-ngay') ?? fail('no preset');
  const full = preset.build();
  const campaign: Campaign = { ...full, units: full.units.slice(0, 5) };
  const { perUnit } = allocateTargets(campaign);
  const raws = campaign.units.map((unit, i) => {
    const targets = new Map([...perUnit].flatMap(([code, byUnit]) => (byUnit.has(unit.code) ? [[code, byUnit.get(unit.code) ?? 0] as const] : [])));
    const answers = Object.fromEntries(sampleAnswers(campaign, unit, i, targets)) as Record<string, RawValue>;
    return rawReturnFor(campaign, unit.code, answers, { reportDate: { date: campaign.period.end } });
  });
  const report = buildReportLayout({ campaign, consolidation: consolidate(campaign, validateReturns(campaign, raws)), readAt: '2026-01-06T02:30:00.000Z', includeErrors: false });
  const fillIn = buildCampaignWorkbooks(campaign).fillIns[0] ?? fail('no fill-in');
  const form = fillIn.layout.sheets.find((s) => s.name === 'Báo cáo') ?? fail('no form sheet');
  return { campaign, report, form };
}

type Printer = (xlsx: string, dir: string) => string;
const libreOffice: Printer = (xlsx, dir) => {
  sofficeConvert(xlsx, 'pdf', dir);
  return xlsx.replace(/\.xlsx$/, '.pdf');
};
const gnumeric: Printer = (xlsx) => {
  const pdf = xlsx.replace(/\.xlsx$/, '.pdf');
  execFileSync('ssconvert', [xlsx, pdf], { stdio: 'pipe', timeout: 120000 });
  return pdf;
};

/** One sheet alone in a workbook, printed; and the same sheet at 100 % for the scale. */
async function print(printer: Printer, sheet: Sheet, name: string): Promise<{ pages: Page[]; reference: Page[] }> {
  const dir = mkdtempSync(join(tmpdir(), `danvan-print-${name}-`));
  const one = async (s: Sheet, file: string) => {
    const layout: WorkbookLayout = { sheets: [s], names: [], properties: { title: name, subject: '', keywords: '', creator: '', description: '', created: '2026-01-06T00:00:00Z' } };
    writeFileSync(join(dir, file), await renderXlsx(layout));
    return pagesOf(printer(join(dir, file), dir));
  };
  return { pages: await one(sheet, `${name}.xlsx`), reference: await one({ ...sheet, print: { ...sheet.print, scale: 100 } }, `${name}-100.xlsx`) };
}

/** The height of the first "Mã" (the 11 pt bold table header) on a page set. */
const codeHeaderHeight = (pages: readonly Page[]) => pages.flatMap((p) => p.words).find((w) => w.text === 'Mã')?.height ?? fail('no "Mã" printed');

function checks(program: string, printer: Printer, repeatsColumns: boolean) {
  const { campaign, report, form } = district();
  const detail = report.sheets.find((s) => s.name === 'Chi tiết') ?? fail('no Chi tiết');
  const codes = new Set(campaign.units.map((u) => u.code));

  it(`should print Chi tiết in landscape over several pages at 65 % or more (${program})`, async () => {
    const { pages, reference } = await print(printer, detail, 'chi-tiet');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(page.width).toBeGreaterThan(page.height);
    const scale = codeHeaderHeight(pages) / codeHeaderHeight(reference);
    expect(scale).toBeGreaterThanOrEqual(0.65);
    expect(scale).toBeLessThan(0.8);
    if (repeatsColumns) {
      // The code and name columns repeat: every page has the "Mã" and "Tên đơn vị" headers, the five codes left of
      // the name header (the sheet is centred on the page, so bands of other widths start further in).
      // Five units fit one page tall, so each page is one band of indicator columns.
      for (const page of pages) {
        const name = page.words.find((w) => w.text === 'Tên')?.x ?? fail('no "Tên đơn vị" on a page');
        const shown = page.words.filter((w) => codes.has(w.text));
        expect(page.words.some((w) => w.text === 'Mã')).toBe(true);
        expect(new Set(shown.map((w) => w.text))).toEqual(codes);
        for (const code of shown) expect(code.x).toBeLessThan(name);
      }
    }
  }, 240000);

  it(`should print the fill-in form one A4 portrait page wide at 85 % or more (${program})`, async () => {
    const { pages, reference } = await print(printer, form, 'phieu');
    const first = pages[0] ?? fail('no page');
    expect(first.height).toBeGreaterThan(first.width);
    // All six columns on the first page: the table header's last column is there.
    expect(first.words.map((w) => w.text)).toEqual(expect.arrayContaining(['Mã', 'Nội', 'ĐVT', 'Ghi', 'chú']));
    expect(codeHeaderHeight(pages) / codeHeaderHeight(reference)).toBeGreaterThanOrEqual(0.85);
  }, 240000);
}

describeWith([SOFFICE, PDFTOTEXT], 'printing with LibreOffice', () => checks('LibreOffice', libreOffice, true));
// Gnumeric prints the scale and orientation but repeats no print titles from an .xlsx (rows or columns), so only LibreOffice is asked for them.
describeWith([SSCONVERT, PDFTOTEXT], 'printing with Gnumeric', () => checks('Gnumeric', gnumeric, false));
