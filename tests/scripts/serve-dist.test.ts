import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { itWith, needsCommand } from '../helpers/requires';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createDistServer, fileFor } = require('../../scripts/serve-dist.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureDevCert } = require('../../scripts/dev-cert.js');

function get(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, rejectUnauthorized: false }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('serve-dist', () => {
  it('should keep every request inside the served folder', () => {
    const root = '/srv/danvan';
    expect(fileFor(root, '/taskpane.html')).toBe('/srv/danvan/taskpane.html');
    expect(fileFor(root, '/')).toBe('/srv/danvan/taskpane.html');
    expect(fileFor(root, '/../etc/passwd')).toBeUndefined();
    expect(fileFor(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(fileFor(root, '/%E0%A4%A')).toBeUndefined();
  });

  itWith([needsCommand('openssl', 'openssl')], 'should serve the build over HTTPS with the types Office needs', async () => {
    const root = mkdtempSync(join(tmpdir(), 'danvan-dist-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'manifest.xml'), '<OfficeApp/>');
    writeFileSync(join(root, 'taskpane.html'), '<!doctype html><title>DV</title>');
    writeFileSync(join(root, 'assets', 'icon-32.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const server = createDistServer(root, ensureDevCert());
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await get(port, '/manifest.xml')).toMatchObject({ status: 200, type: 'application/xml; charset=utf-8' });
      expect(await get(port, '/taskpane.html')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
      expect(await get(port, '/assets/icon-32.png')).toMatchObject({ status: 200, type: 'image/png' });
      expect((await get(port, '/khong-co.js')).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
