import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { consolidate, validateReturns } from '../../../src/core';
import { renderReportDocx } from '../../../src/adapters/docx';
import { buildReportDocument } from '../../../src/workbook';
import { smallCampaign } from '../../helpers/campaign';
import { PDFTOTEXT, SOFFICE, WRITER, sofficeConvert } from '../../helpers/libreoffice';
import { describeWith, needsCommand } from '../../helpers/requires';
import { expectNd30ShortLines } from '../../helpers/page-rules';
import { GOOD_ANSWERS, rawReturnFor } from '../../helpers/raw-return';
import { MM, pdfWords, printedSize } from '../../helpers/pdf-words';
import type { PdfWord } from '../../helpers/pdf-words';

function reportDocx(): Promise<Uint8Array> {
  const campaign = smallCampaign();
  // Enough returns for the report to run past one page, so the page number of page 2 shows.
  const raws = ['XA01', 'GD02'].map((code) => rawReturnFor(campaign, code, { ...GOOD_ANSWERS, AS04: 30 }));
  const consolidation = consolidate(campaign, validateReturns(campaign, raws));
  const doc = buildReportDocument({ campaign, consolidation, includeErrors: false, reportDate: '2026-01-06' });
  const long = { ...doc, body: [...doc.body, ...doc.body, ...doc.body] };
  return renderReportDocx(long);
}

/** Attribute values of one element, found by its first occurrence after a marker. */
function attr(xml: string, element: string, name: string): string | undefined {
  return new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];
}

/** The run properties of the run that carries exactly this text. */
function runOf(xml: string, text: string): string {
  const at = xml.indexOf(`>${text}</w:t>`);
  if (at < 0) throw new Error(`no run with "${text}"`);
  const start = xml.lastIndexOf('<w:r>', at);
  return xml.slice(start, at);
}

describe('renderReportDocx', () => {
  let xml: string;
  let parts: string[];
  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await reportDocx());
    parts = Object.keys(zip.files);
    xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  });

  it('should set up an A4 portrait page with the ND30 margins (20/20/30/15 mm) and a different first page', () => {
    // 210 × 297 mm = 11906 × 16838 twips; 20 mm = 1134, 30 mm = 1701, 15 mm = 850 twips.
    expect([attr(xml, 'w:pgSz', 'w:w'), attr(xml, 'w:pgSz', 'w:h')]).toEqual(['11906', '16838']);
    expect(['w:top', 'w:bottom', 'w:left', 'w:right'].map((side) => attr(xml, 'w:pgMar', side))).toEqual(['1134', '1134', '1701', '850']);
    expect(xml).toContain('<w:titlePg');
  });

  it('should write real paragraphs and tables in Times New Roman, no text boxes', () => {
    expect(xml).not.toContain('txbxContent');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toMatch(/w:ascii="Times New Roman"/);
    expect(xml).not.toMatch(/w:ascii="(?!Times New Roman)[^"]+"/);
  });

  it('should size and weight each part as Phụ lục I asks', () => {
    // Sizes are in half-points: 12 pt = 24, 13 pt = 26, 14 pt = 28, 11 pt = 22.
    const expectations: [string, string, RegExp[]][] = [
      ['LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH', '24', []],
      ['LIÊN ĐOÀN LAO ĐỘNG HUYỆN HÒA THÀNH', '24', [/<w:b\/>/]],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '24', [/<w:b\/>/]],
      ['Độc lập - Tự do - Hạnh phúc', '26', [/<w:b\/>/]],
      ['Số:       /BC-LĐLĐ', '26', []],
      ['Hòa Thành, ngày 06 tháng 01 năm 2026', '28', [/<w:i\/>/]],
      ['BÁO CÁO', '28', [/<w:b\/>/]],
      ['Nơi nhận:', '24', [/<w:b\/>/, /<w:i\/>/]],
      ['- LĐLĐ tỉnh;', '22', []],
      ['TM. BAN THƯỜNG VỤ', '28', [/<w:b\/>/]],
      ['Trần Văn Bình', '28', [/<w:b\/>/]],
    ];
    for (const [text, size, marks] of expectations) {
      const run = runOf(xml, text);
      expect([text, attr(run, 'w:sz', 'w:val')]).toEqual([text, size]);
      for (const mark of marks) expect([text, run]).toEqual([text, expect.stringMatching(mark)]);
    }
    // The parent body is in capitals but not bold.
    expect(runOf(xml, 'LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH')).not.toContain('<w:b/>');
  });

  it('should justify the body with a 1.27 cm first-line indent', () => {
    const opening = xml.indexOf('>Căn cứ Kế hoạch số 140/KH-LĐLĐ');
    const paragraph = xml.slice(xml.lastIndexOf('<w:p>', opening), opening);
    // 1.27 cm = 720 twips; body text 14 pt.
    expect(paragraph).toContain('<w:jc w:val="both"/>');
    expect(attr(paragraph, 'w:ind', 'w:firstLine')).toBe('720');
    expect(attr(runOf(xml, xml.slice(opening + 1, xml.indexOf('</w:t>', opening))), 'w:sz', 'w:val')).toBe('28');
  });

  it('should number pages at the top centre from page 2 only', async () => {
    expect(parts.filter((p) => /^word\/header\d+\.xml$/.test(p))).toHaveLength(2);
    const zip = await JSZip.loadAsync(await reportDocx());
    const headers = await Promise.all(parts.filter((p) => /^word\/header\d+\.xml$/.test(p)).map((p) => zip.file(p)?.async('string') ?? ''));
    const numbered = headers.filter((h) => /PAGE/.test(h));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toContain('<w:jc w:val="center"/>');
  });
});


describeWith([SOFFICE, WRITER, PDFTOTEXT, needsCommand('pdftoppm', 'poppler-utils')], 'the report .docx printed by LibreOffice Writer', () => {
  let words: PdfWord[];
  let fonts: string;
  let pdf: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-docx-'));
    writeFileSync(join(dir, 'bao-cao.docx'), await reportDocx());
    sofficeConvert(join(dir, 'bao-cao.docx'), 'pdf', dir);
    pdf = join(dir, 'bao-cao.pdf');
    words = pdfWords(pdf);
    fonts = execFileSync('pdffonts', [join(dir, 'bao-cao.pdf')], { encoding: 'utf8' });
    expect(readFileSync(join(dir, 'bao-cao.pdf')).subarray(0, 4).toString()).toBe('%PDF');
  }, 120000);

  it('should print in Times New Roman’s metric twin and nothing else', () => {
    const names = fonts.split('\n').slice(2).filter(Boolean).map((l) => (l.split(/\s+/)[0] ?? '').replace(/^[A-Z]{6}\+/, ''));
    expect(new Set(names)).toEqual(new Set(['LiberationSerif', 'LiberationSerif-Bold', 'LiberationSerif-Italic', 'LiberationSerif-BoldItalic']));
  });

  it('should keep the text inside the ND30 margins and fill the line between them', () => {
    const body = words.filter((w) => w.page === 1 && w.yMin > 120 * MM);
    // Left 30 mm = 85.0 pt; right 15 mm from 595.3 pt = 552.8 pt; top 20 mm = 56.7 pt.
    expect(Math.min(...body.map((w) => w.xMin))).toBeCloseTo(85.0, 0);
    expect(Math.max(...words.map((w) => w.xMax))).toBeLessThanOrEqual(553.5);
    expect(Math.max(...body.map((w) => w.xMax))).toBeGreaterThan(550);
    expect(Math.min(...words.filter((w) => w.page === 1).map((w) => w.yMin))).toBeGreaterThanOrEqual(56.0);
  });

  it('should print each part at its size (word height is 1.3 × the size in this font)', () => {
    expect(['TÂY', 'Độc', 'BÁO', 'Nơi', 'TM.', 'Căn'].map((t) => [t, printedSize(words, t)])).toEqual([
      ['TÂY', 12],
      ['Độc', 13],
      ['BÁO', 14],
      ['Nơi', 12],
      ['TM.', 14],
      ['Căn', 14],
    ]);
  });

  it('should put the page number at the top centre of page 2 and none on page 1', () => {
    const top = (page: number) => words.filter((w) => w.page === page && w.yMax < 20 * MM);
    expect(top(1)).toEqual([]);
    const [number] = top(2);
    expect(number?.text).toBe('2');
    // The centre of the text column: 30 mm + (210 − 30 − 15) / 2 mm = 112.5 mm = 318.9 pt.
    expect(((number?.xMin ?? 0) + (number?.xMax ?? 0)) / 2).toBeCloseTo(318.9, -1);
  });

  it('should sign bottom right and list the recipients bottom left', () => {
    const last = Math.max(...words.map((w) => w.page));
    const tm = words.find((w) => w.page === last && w.text === 'TM.');
    const noi = words.find((w) => w.page === last && w.text === 'Nơi');
    expect(noi?.xMin).toBeCloseTo(85.0, 0);
    expect(tm?.xMin ?? 0).toBeGreaterThan(318.9);
    expect(Math.abs((tm?.yMin ?? 0) - (noi?.yMin ?? 0))).toBeLessThan(3);
  });

  it('should draw the short lines as the sheet does: 0.4 of the issuer’s and the subject’s line, the motto’s length, centred under each', () => {
    expectNd30ShortLines(pdf, words);
  });
});
