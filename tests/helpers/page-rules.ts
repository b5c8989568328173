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
