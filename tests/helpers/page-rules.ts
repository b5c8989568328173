import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A horizontal line drawn on a printed page, in points from the page's top left. */
export type PageRule = { readonly y: number; readonly xMin: number; readonly xMax: number };

const DPI = 144;
const PX_PER_PT = DPI / 72;

/**
 * The horizontal lines of one page of a PDF (a border, a drawn rule), as poppler's pdftoppm paints
 * it: runs of dark pixels at least `minPt` long. Letters have no stroke that long, so only lines
 * remain; a line a few pixels thick is one rule, at its top edge.
 */
export function pageRules(pdf: string, page: number, minPt = 15): PageRule[] {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-rules-'));
  execFileSync('pdftoppm', ['-gray', '-r', String(DPI), '-f', String(page), '-l', String(page), pdf, join(dir, 'page')]);
  const file = readdirSync(dir).find((f) => f.endsWith('.pgm'));
  const image = readFileSync(join(dir, file ?? ''));
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(image.subarray(0, 40).toString('latin1'));
  if (header === null) throw new Error('not a P5 image');
  const [width, height, start] = [Number(header[1]), Number(header[2]), header[0].length];
  const dark = (x: number, y: number) => (image[start + y * width + x] ?? 255) < 128;
  const rules: PageRule[] = [];
  for (let y = 0; y < height; y++) {
    let from = -1;
    for (let x = 0; x <= width; x++) {
      if (x < width && dark(x, y)) {
        if (from < 0) from = x;
        continue;
      }
      if (from >= 0 && x - from >= minPt * PX_PER_PT) {
        const rule = { y: y / PX_PER_PT, xMin: from / PX_PER_PT, xMax: x / PX_PER_PT };
        // The lower pixel rows of a thick line are the same rule.
        const same = rules.find((r) => Math.abs(r.xMin - rule.xMin) < 1 && Math.abs(r.xMax - rule.xMax) < 1 && rule.y - r.y < 2);
        if (!same) rules.push(rule);
      }
      from = -1;
    }
  }
  return rules;
}

type Extent = { readonly xMin: number; readonly xMax: number; readonly yMax: number };
/** A short line and the text it is measured against: `text` for its length and centre, `above` the line right over it. */
export type ShortLine = { readonly rule: PageRule | undefined; readonly text: Extent; readonly above: Extent };

/**
 * ND30's three short lines on the first page of the small campaign's report (tests/helpers/campaign.ts):
 * under the issuer ("LIÊN ĐOÀN LAO ĐỘNG HUYỆN / HÒA THÀNH"), under the motto, under the subject
 * ("Kết quả … năm 2025"). The header's lines are above the title "BÁO CÁO", the subject's below it;
 * the issuer's in the left half of the page, the motto's in the right.
 */
export function shortLines(pdf: string, words: readonly { page: number; text: string; xMin: number; xMax: number; yMin: number; yMax: number }[]): { rules: PageRule[]; issuer: ShortLine; motto: ShortLine; subject: ShortLine } {
  const page1 = words.filter((w) => w.page === 1);
  // A printed line of text from `first` to `last`, both on the line of `last`.
  const extent = (first: string, last: string): Extent => {
    const end = page1.find((w) => w.text === last);
    const start = page1.find((w) => w.text === first && Math.abs(w.yMin - (end?.yMin ?? 0)) < 1);
    return { xMin: start?.xMin ?? NaN, xMax: end?.xMax ?? NaN, yMax: end?.yMax ?? NaN };
  };
  const rules = pageRules(pdf, 1);
  const titleTop = page1.find((w) => w.text === 'BÁO')?.yMin ?? 0;
  const centre = ((page1.find((w) => w.text === 'BÁO')?.xMin ?? 0) + (page1.find((w) => w.text === 'CÁO')?.xMax ?? 0)) / 2;
  const motto = extent('Độc', 'phúc');
  const subject = extent('Kết', '2025');
  return {
    rules,
    issuer: { rule: rules.find((r) => r.y < titleTop && r.xMax < centre), text: extent('LIÊN', 'HUYỆN'), above: extent('HÒA', 'THÀNH') },
    motto: { rule: rules.find((r) => r.y < titleTop && r.xMin > centre), text: motto, above: motto },
    subject: { rule: rules.find((r) => r.y > titleTop), text: subject, above: subject },
  };
}

/** The line's length over its text's, and how far its centre is from the text's. */
export function measure(line: ShortLine): { share: number; offCentre: number; below: number } {
  const r = line.rule;
  if (r === undefined) return { share: 0, offCentre: Infinity, below: Infinity };
  return { share: (r.xMax - r.xMin) / (line.text.xMax - line.text.xMin), offCentre: Math.abs((r.xMin + r.xMax) / 2 - (line.text.xMin + line.text.xMax) / 2), below: r.y - line.above.yMax };
}

/**
 * What Phụ lục I asks of the three lines, as the .docx draws them and the sheet copies: the motto's
 * as long as the motto (within 4 %), the issuer's and the subject's 1/3 to 1/2 of their text, each
 * centred on its text (3 pt) and a few points under it.
 */
export function expectNd30ShortLines(pdf: string, words: Parameters<typeof shortLines>[1]): void {
  const lines = shortLines(pdf, words);
  expect(lines.rules).toHaveLength(3);
  expect(measure(lines.motto).share).toBeGreaterThan(0.96);
  expect(measure(lines.motto).share).toBeLessThan(1.04);
  for (const line of [lines.issuer, lines.subject]) {
    expect(measure(line).share).toBeGreaterThanOrEqual(1 / 3);
    expect(measure(line).share).toBeLessThanOrEqual(1 / 2);
  }
  for (const line of [lines.motto, lines.issuer, lines.subject]) {
    expect(measure(line).offCentre).toBeLessThan(3);
    // Under the text's box (which holds the descenders), a few points below it.
    expect(measure(line).below).toBeGreaterThan(0);
    expect(measure(line).below).toBeLessThan(8);
  }
}
