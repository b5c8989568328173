/**
 * The text layer of a PDF plan, line by line as the page shows it. unpdf ships pdf.js built to run
 * without a worker and without eval, in Node and in the browser alike; it is imported only when a
 * PDF is opened, so the pane's first script does not carry it.
 *
 * pdf.js gives text in the order the file draws it, which is not reading order when a font lacks
 * a glyph: LibreOffice draws "LIÊN ĐOÀN LAO Đ NG T NH" in one font and "Ộ", "Ỉ" afterwards in a
 * fallback font, over the gaps. So runs are put back by position: lines by baseline, runs by x,
 * and a glyph drawn over a gap inside a run takes that gap's place.
 */
export type PdfText = { readonly pages: number; readonly text: string };

type Run = { text: string; readonly x: number; readonly y: number; readonly width: number; readonly size: number };
type TextItem = { readonly str?: string; readonly transform?: readonly number[]; readonly width?: number; readonly height?: number };

export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  const { getDocumentProxy } = await import(/* webpackChunkName: "pdf" */ 'unpdf');
  // pdf.js takes ownership of the buffer it is given: hand it a copy. No WebAssembly: the pane's
  // CSP has no 'wasm-unsafe-eval', and text needs none of pdf.js's image decoders.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { useWasm: false, stopAtErrors: false });
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(pageText(content.items as readonly TextItem[]));
    }
    return { pages: pdf.numPages, text: pages.join('\n') };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

/** What a line holds when only its list number has been placed. */
const LIST_LABEL = /^(?:[IVXLC]+|\d{1,2}|[a-zđ])[.)]$|^[-–+•]$/u;

export function pageText(items: readonly TextItem[]): string {
  const runs: Run[] = [];
  for (const item of items) {
    const t = item.transform;
    // Spaces pdf.js gives as items of their own are kept: they say two runs are words, not columns.
    if (item.str === undefined || item.str === '' || t === undefined) continue;
    const size = Math.abs(t[3] ?? 0) || item.height || 10;
    runs.push({ text: item.str, x: t[4] ?? 0, y: t[5] ?? 0, width: item.width ?? 0, size });
  }
  runs.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Run[][] = [];
  for (const run of runs) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (line !== undefined && first !== undefined && Math.abs(first.y - run.y) <= Math.max(first.size, run.size) * 0.3) line.push(run);
    else lines.push([run]);
  }
  return lines
    .map((line) => lineText(line).replace(LABEL_TOUCHING, '$1 '))
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/** "II.CHỈ TIÊU": a list number drawn so close to its text that pdf.js wrote no space between. */
const LABEL_TOUCHING = /^((?:[IVXLC]+|\d{1,2}|[a-zđ])[.)])(?=\p{L})/u;

function lineText(line: Run[]): string {
  const placed: Run[] = [];
  for (const run of [...line].sort((a, b) => a.x - b.x)) {
    const host = placed.find((p) => run.x > p.x + 0.5 && run.x + run.width <= p.x + p.width + 0.5);
    const blank = run.text.trim() === '';
    const last = placed[placed.length - 1];
    // A glyph drawn over a space pdf.js made for its gap takes the space's place.
    if (!blank && last !== undefined && last.text === ' ' && run.x < last.x + last.width) placed.pop();
    if (host === undefined) placed.push(blank ? { ...run, text: ' ' } : { ...run });
    else if (!blank) fillGap(host, run);
  }
  let text = '';
  let end: number | undefined;
  for (const run of placed) {
    if (end !== undefined) {
      const gap = run.x - end;
      // Within a run pdf.js already wrote the spaces; between runs half an em is another column (the
      // organisation beside "CỘNG HÒA …"), kept apart by a tab as in the pasted text; but a list
      // number ("III.", "a)", "-") stays with its text across the tab stop.
      const label = LIST_LABEL.test(text.trim());
      text += gap > run.size * 0.5 && !label ? '\t' : gap > run.size * 0.1 || label ? ' ' : '';
    }
    text += run.text;
    end = Math.max(end ?? -Infinity, run.x + run.width);
  }
  return text;
}

/** Rough advance widths (in em) by kind of character: enough to tell which gap a glyph was drawn over. */
function advance(c: string): number {
  if (c === ' ') return 0.25;
  if (/[-iljtfrI.,;:!'|()]/.test(c)) return 0.3;
  if (/[A-ZĐ\p{Lu}mw]/u.test(c)) return 0.72;
  return 0.5;
}

/**
 * A glyph drawn inside a run's extent takes the place of the space pdf.js put for its gap: the
 * space whose estimated position is nearest the glyph's.
 */
function fillGap(host: Run, glyph: Run): void {
  const chars = [...host.text];
  const widths = chars.map(advance);
  const total = widths.reduce((a, b) => a + b, 0) || 1;
  let x = host.x;
  let best = -1;
  let bestDistance = Infinity;
  let nearest = chars.length;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === ' ' && Math.abs(x - glyph.x) < bestDistance) {
      best = i;
      bestDistance = Math.abs(x - glyph.x);
    }
    if (nearest === chars.length && x >= glyph.x) nearest = i;
    x += ((widths[i] ?? 0) / total) * host.width;
  }
  if (best >= 0 && bestDistance <= glyph.size) chars.splice(best, 1, glyph.text);
  else chars.splice(nearest, 0, glyph.text);
  host.text = chars.join('');
}
