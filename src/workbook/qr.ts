import qrcode from 'qrcode-generator';
import { zlibSync } from 'fflate';

/**
 * A QR code as dark/light modules, row by row, without its quiet zone. Error correction M (15 %)
 * keeps an address of the usual length at version 4–6, large enough for a phone camera at the
 * size a sheet or the pane shows it. The text must be ASCII (an address from `new URL().href`
 * is): the library's default byte mode would otherwise garble it.
 */
export function qrMatrix(text: string): boolean[][] {
  if (!/^[\x20-\x7e]+$/.test(text)) throw new Error(`a QR code here holds printable ASCII only, got "${text}"`);
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}

/** The four light modules each side that a scanner needs around the code (ISO/IEC 18004 §6.3.8). */
export const QUIET_ZONE = 4;

/** The image's side in pixels for a matrix drawn `scale` pixels per module, quiet zone included. */
export function qrSidePixels(matrix: readonly (readonly boolean[])[], scale: number): number {
  return (matrix.length + 2 * QUIET_ZONE) * scale;
}

/**
 * The matrix as a PNG: 8-bit greyscale, `scale` pixels per module, with its quiet zone. PNG needs
 * only a signature, IHDR, one zlib-compressed IDAT of filtered rows (filter 0, none) and IEND,
 * each chunk with its CRC (PNG specification, 2nd ed., §5 and §11.2); fflate does the deflate.
 */
export function qrPng(matrix: readonly (readonly boolean[])[], scale: number): Uint8Array {
  const side = qrSidePixels(matrix, scale);
  const raw = new Uint8Array(side * (side + 1));
  for (let y = 0; y < side; y++) {
    const line = y * (side + 1);
    raw[line] = 0;
    const row = matrix[Math.floor(y / scale) - QUIET_ZONE];
    for (let x = 0; x < side; x++) {
      const dark = row?.[Math.floor(x / scale) - QUIET_ZONE] === true;
      raw[line + 1 + x] = dark ? 0 : 255;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, side);
  view.setUint32(4, side);
  header.set([8, 0, 0, 0, 0], 8); // bit depth 8, colour type 0 (greyscale), deflate, filter set 0, no interlace
  return concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

/**
 * The matrix as an SVG document: one path of unit squares on a white square, quiet zone
 * included, drawn crisp at any size. For the pane, which shows the same code as the fill-in.
 */
export function qrSvg(matrix: readonly (readonly boolean[])[], sizePx: number, title: string): string {
  const side = matrix.length + 2 * QUIET_ZONE;
  const path = matrix.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`] : []))).join('');
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="${sizePx}" height="${sizePx}" shape-rendering="crispEdges" role="img">` +
    `<title>${escaped}</title><rect width="${side}" height="${side}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}

const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
