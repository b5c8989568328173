/**
 * The phone form page's address and its QR code: what the fill-in's guide and the pane's Phát
 * hành step show. Codes are read back with jsQR, an independent decoder, from the PNG as pngjs
 * decodes it and from the SVG's squares drawn again here.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { FORM_PAGE_FILE, builtFormPageUrl, formPageUrl, formQrDataUrl, formQrSvg, parseFormUrl } from '../../src/workbook';
import { qrMatrix, qrPng } from '../../src/workbook/qr';

const URL_37 = 'https://example.org/dien-bao-cao.html';

/** jsQR on an RGBA image with one channel per pixel given as grey. */
function decodeGrey(grey: (x: number, y: number) => number, width: number, height: number): string | undefined {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = grey(x, y);
      rgba.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  return jsQR(rgba, width, height)?.data;
}

describe('the form page address', () => {
  it('should sit beside taskpane.html under the public URL, with or without its trailing slash', () => {
    expect(FORM_PAGE_FILE).toBe('dien-bao-cao.html');
    expect(formPageUrl('https://localhost:3000/')).toBe('https://localhost:3000/dien-bao-cao.html');
    expect(formPageUrl('https://ldld.example.vn/danvan')).toBe('https://ldld.example.vn/danvan/dien-bao-cao.html');
  });

  it('should be unknown where no bundler defined the public URL (tests, tsx, the checkout’s CLI)', () => {
    expect(builtFormPageUrl()).toBeUndefined();
  });

  it('should take a typed address only when it is absolute http(s), written as a browser writes it', () => {
    expect(parseFormUrl(' https://ldld.example.vn/bao cao/dien-bao-cao.html ')).toBe('https://ldld.example.vn/bao%20cao/dien-bao-cao.html');
    // A Vietnamese host name becomes its ASCII (punycode) form, which a QR code's bytes hold as is.
    expect(parseFormUrl('https://Hòa-Thành.vn/')).toMatch(/^https:\/\/xn--[a-z0-9-]+\.vn\/$/);
    expect(parseFormUrl('ldld.example.vn/dien-bao-cao.html')).toBeUndefined();
    expect(parseFormUrl('ftp://ldld.example.vn/')).toBeUndefined();
  });
});

describe('the QR code', () => {
  it('should be version 3 (29 modules) for a 37-character address at level M, which holds 42 bytes', () => {
    expect(qrMatrix(URL_37)).toHaveLength(29);
    expect(qrMatrix(URL_37).every((row) => row.length === 29)).toBe(true);
  });

  it('should refuse text a byte-mode code would garble (not ASCII)', () => {
    expect(() => qrMatrix('https://hòa-thành.vn/')).toThrow(/ASCII/);
  });

  it('should write a PNG that pngjs reads: (29 + 2 × 4) × 4 = 148 px square, greyscale, and jsQR reads the address back', () => {
    const png = PNG.sync.read(Buffer.from(qrPng(qrMatrix(URL_37), 4)));
    expect([png.width, png.height]).toEqual([148, 148]);
    // The quiet zone is white; the finder pattern's corner module (row 0, col 0) starts at pixel 16.
    expect(png.data[0]).toBe(255);
    expect(png.data[(16 * 148 + 16) * 4]).toBe(0);
    expect(png.data[(15 * 148 + 15) * 4]).toBe(255);
    expect(decodeGrey((x, y) => png.data[(y * 148 + x) * 4] as number, 148, 148)).toBe(URL_37);
  });

  it('should draw the same code as an SVG for the pane: its squares, drawn again, read back as the address', () => {
    const svg = formQrSvg(URL_37, 160, 'Mã QR <trang điền>');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 37 37" width="160" height="160"/);
    expect(svg).toContain('<title>Mã QR &lt;trang điền&gt;</title>');
    const dark = new Set([...svg.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`));
    const scale = 5;
    expect(decodeGrey((x, y) => (dark.has(`${Math.floor(x / scale)},${Math.floor(y / scale)}`) ? 0 : 255), 37 * scale, 37 * scale)).toBe(URL_37);
    const dataUrl = formQrDataUrl(URL_37, 160, 'QR');
    expect(dataUrl.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(dataUrl.split(',')[1] as string, 'base64').toString('utf8')).toBe(formQrSvg(URL_37, 160, 'QR'));
  });
});
