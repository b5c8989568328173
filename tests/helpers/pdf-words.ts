import { execFileSync } from 'node:child_process';

/** One word of a PDF, as `pdftotext -bbox` places it: points from the page's top left. */
export type PdfWord = { readonly page: number; readonly xMin: number; readonly yMin: number; readonly xMax: number; readonly yMax: number; readonly text: string };

/** Every word of a PDF with its page and box (Debian poppler-utils). */
export function pdfWords(pdf: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] ?? '' });
  }
  return words;
}

/**
 * The type size a word was printed at, to the half point: a word of Liberation Serif (Times New
 * Roman's metric twin) is 1.3 times its size high in poppler's boxes.
 */
export function printedSize(words: readonly PdfWord[], text: string, page?: number): number {
  const w = words.find((x) => x.text === text && (page === undefined || x.page === page));
  if (!w) throw new Error(`"${text}" not printed`);
  return Math.round(((w.yMax - w.yMin) / 1.3) * 2) / 2;
}

/** Points per millimetre. */
export const MM = 72 / 25.4;
