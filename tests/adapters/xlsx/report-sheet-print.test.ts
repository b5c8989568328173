/**
 * The `Báo cáo` sheet of the report workbook printed by LibreOffice, measured against Nghị định
 * 30/2020, Phụ lục I: A4 portrait, margins, type sizes, and the page number from page 2 on.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consolidate, validateReturns } from '../../../src/core';
import { renderXlsx } from '../../../src/adapters/xlsx';
import { buildReportLayout } from '../../../src/workbook';
import { smallCampaign } from '../../helpers/campaign';
import { PDFTOTEXT, SOFFICE, sofficeConvert } from '../../helpers/libreoffice';
import { MM, pdfWords, printedSize } from '../../helpers/pdf-words';
import type { PdfWord } from '../../helpers/pdf-words';
import { GOOD_ANSWERS, rawReturnFor } from '../../helpers/raw-return';
import { describeWith, needsCommand, needsFile } from '../../helpers/requires';
import { expectNd30ShortLines } from '../../helpers/page-rules';

/** LibreOffice sizes columns as Excel does only with Calibri's metric twin installed. */
const CARLITO = needsFile('/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf', 'apt-get install fonts-crosextra-carlito');

describeWith([SOFFICE, PDFTOTEXT, CARLITO, needsCommand('pdftoppm', 'poppler-utils')], 'the Báo cáo sheet printed by LibreOffice Calc', () => {
  let words: PdfWord[];
  let pdf: string;
  beforeAll(async () => {
    const campaign = smallCampaign();
    const raws = ['XA01', 'GD02'].map((code) => rawReturnFor(campaign, code, { ...GOOD_ANSWERS, AS04: 30 }));
    const consolidation = consolidate(campaign, validateReturns(campaign, raws));
    const layout = buildReportLayout({ campaign, consolidation, includeErrors: false, readAt: '2026-01-06T03:00:00Z', reportDate: '2026-01-06' });
    // The sheet alone, so that its pages are the PDF's pages.
    const sheetOnly = { ...layout, sheets: layout.sheets.filter((s) => s.name === 'Báo cáo'), names: [] };
    const dir = mkdtempSync(join(tmpdir(), 'danvan-report-sheet-'));
    writeFileSync(join(dir, 'bao-cao.xlsx'), await renderXlsx(sheetOnly));
    sofficeConvert(join(dir, 'bao-cao.xlsx'), 'pdf', dir);
    pdf = join(dir, 'bao-cao.pdf');
    words = pdfWords(pdf);
  }, 120000);

  it('should print at full size inside the ND30 margins, from 30 mm on the left to 15 mm from the right', () => {
    const page1 = words.filter((w) => w.page === 1);
    // 30 mm = 85.0 pt; 210 − 15 mm = 552.8 pt; 20 mm from the top = 56.7 pt.
    expect(Math.min(...page1.map((w) => w.xMin))).toBeGreaterThanOrEqual(85.0 - 1);
    expect(Math.min(...page1.filter((w) => w.yMin > 200).map((w) => w.xMin))).toBeCloseTo(85.0, -0.5);
    expect(Math.max(...words.map((w) => w.xMax))).toBeLessThanOrEqual(552.8 + 0.5);
    expect(Math.min(...page1.map((w) => w.yMin))).toBeGreaterThanOrEqual(20 * MM - 1);
  });

  it('should set each part at the size Phụ lục I asks', () => {
    // Parent body and issuer 12, national name 12, motto 13, title and body 14, Nơi nhận 12, signature 14.
    expect(['TÂY', 'HÒA', 'CỘNG', 'Độc', 'BÁO', 'Căn', 'Nơi', 'TM.'].map((t) => [t, printedSize(words, t)])).toEqual([
      ['TÂY', 12],
      ['HÒA', 12],
      ['CỘNG', 12],
      ['Độc', 13],
      ['BÁO', 14],
      ['Căn', 14],
      ['Nơi', 12],
      ['TM.', 14],
    ]);
  });

  it('should number pages at the top centre from page 2, none on page 1', () => {
    expect(Math.max(...words.map((w) => w.page))).toBeGreaterThan(1);
    const top = (page: number) => words.filter((w) => w.page === page && w.yMax < 20 * MM);
    expect(top(1)).toEqual([]);
    const [number] = top(2);
    expect(number?.text).toBe('2');
    // The centre between the margins: (85.0 + 552.8) / 2 = 318.9 pt.
    expect(((number?.xMin ?? 0) + (number?.xMax ?? 0)) / 2).toBeCloseTo(318.9, -1);
  });

  it('should put Nơi nhận on the left and the signature on the right of one row', () => {
    const noi = words.find((w) => w.text === 'Nơi');
    const tm = words.find((w) => w.text === 'TM.');
    expect(noi?.xMin).toBeCloseTo(85.0, -0.5);
    expect(tm?.xMin ?? 0).toBeGreaterThan(300);
    expect(tm?.page).toBe(noi?.page);
    expect(Math.abs((tm?.yMin ?? 0) - (noi?.yMin ?? 0))).toBeLessThan(4);
  });

  it('should draw ND30’s short lines: a share of the issuer’s line, the motto’s length, a share of the subject’s, each centred just under its text', () => {
    expectNd30ShortLines(pdf, words);
  });

  it('should start each body paragraph’s first line 1–1.27 cm in from the margin, its other lines at the margin', () => {
    // "Căn cứ …" opens the report; its second line starts with "LĐLĐ" at the margin (85.0 pt).
    const can = words.find((w) => w.text === 'Căn');
    expect((can?.xMin ?? 0) - 85.0).toBeGreaterThanOrEqual(10 * MM - 1);
    expect((can?.xMin ?? 0) - 85.0).toBeLessThanOrEqual(12.7 * MM + 1);
    const top = can?.yMin ?? 0;
    const next = words.filter((w) => w.page === can?.page && w.yMin > top + 8 && w.yMin < top + 24);
    expect(Math.min(...next.map((w) => w.xMin))).toBeCloseTo(85.0, -0.5);
    // Headings and dash items start at the same indent, as the .docx sets them.
    for (const text of ['I.', '1.']) expect(words.find((w) => w.text === text)?.xMin).toBeCloseTo(can?.xMin ?? 0, -0.5);
    // The first dash item ("- CĐCS Công ty …"), after the opening; the motto's dashes are above it.
    expect(words.find((w) => w.text === '-' && w.yMin > (can?.yMin ?? 0))?.xMin).toBeCloseTo(can?.xMin ?? 0, -0.5);
  });
});
