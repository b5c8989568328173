/**
 * `danvan generate` points each fill-in's guide at the phone form page: the address given with
 * --form-url, else the public URL the bundle was built for (dist/danvan.cjs from
 * `npm run build -- --env publicUrl=…`), else none (the sources, the checkout's build/cli).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { main } from '../../src/cli/main';
import { smallCampaignInput } from '../helpers/campaign';
import { loadWorkbook, sheet } from '../helpers/read-xlsx';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildCli } = require('../../scripts/build-cli.js') as { buildCli: (outdir: string, options?: { listInputs?: boolean; publicUrl?: string }) => Promise<string> };

function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

function campaignDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-form-url-'));
  writeFileSync(join(dir, 'campaign.json'), JSON.stringify(smallCampaignInput()));
  return dir;
}

/** The address in B6 of the fill-in's guide and what its QR picture reads as, if it has them. */
async function guideOf(file: string): Promise<{ link: unknown; qr: string[] }> {
  const wb = await loadWorkbook(readFileSync(file));
  const guide = sheet(wb, 'Hướng dẫn');
  const qr = guide.getImages().map((image) => {
    const png = PNG.sync.read(Buffer.from(wb.getImage(Number(image.imageId)).buffer as unknown as Uint8Array));
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '(unreadable)';
  });
  return { link: guide.getCell('B6').value, qr };
}

describe('danvan generate --form-url', () => {
  it('should put the address and its QR code in every fill-in’s guide', async () => {
    const dir = campaignDir();
    const url = 'https://ldld.example.vn/danvan/dien-bao-cao.html';
    const r = await run(['generate', 'campaign.json', '--form-url', url, '-o', 'so'], dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    for (const unit of ['XA01', 'GD02']) expect(await guideOf(join(dir, 'so', 'units', `${unit}.xlsx`))).toEqual({ link: { text: url, hyperlink: url }, qr: [url] });
  });

  it('should show no address or code when run from the sources without the flag', async () => {
    const dir = campaignDir();
    expect((await run(['generate', 'campaign.json', '-o', 'so'], dir)).code).toBe(0);
    const guide = await guideOf(join(dir, 'so', 'units', 'XA01.xlsx'));
    expect(guide.qr).toEqual([]);
  });

  it('should refuse an address that is not a full web address, naming it, and write nothing', async () => {
    const dir = campaignDir();
    const r = await run(['generate', 'campaign.json', '--form-url', 'ldld.example.vn/dien-bao-cao.html', '-o', 'so'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--form-url phải là một địa chỉ web đầy đủ');
    expect(r.err).toContain('"ldld.example.vn/dien-bao-cao.html"');
    expect(existsSync(join(dir, 'so'))).toBe(false);
  });
});

describe('the bundle built for a public URL', () => {
  it('should point the fill-ins at that server’s form page by default, and still take --form-url over it', async () => {
    const bundle = await buildCli(mkdtempSync(join(tmpdir(), 'danvan-build-url-')), { listInputs: false, publicUrl: 'https://ldld-hoathanh.example.vn/danvan/' });
    const dir = campaignDir();
    const node = (args: string[]) => spawnSync(process.execPath, [bundle, ...args], { cwd: dir, encoding: 'utf8' });
    expect(node(['generate', 'campaign.json', '-o', 'a']).status).toBe(0);
    expect((await guideOf(join(dir, 'a', 'units', 'XA01.xlsx'))).qr).toEqual(['https://ldld-hoathanh.example.vn/danvan/dien-bao-cao.html']);
    expect(node(['generate', 'campaign.json', '--form-url', 'https://ngan.example/q', '-o', 'b']).status).toBe(0);
    expect((await guideOf(join(dir, 'b', 'units', 'XA01.xlsx'))).qr).toEqual(['https://ngan.example/q']);
  }, 120_000);
});
