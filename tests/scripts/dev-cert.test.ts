import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWith, needsCommand } from '../helpers/requires';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureDevCert } = require('../../scripts/dev-cert.js') as {
  ensureDevCert: (dir: string) => { key: string; cert: string; created: boolean; remade?: string };
};

const openssl = (...args: string[]) => execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The value line under an extension's heading in `openssl x509 -text`. */
function extension(text: string, name: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.trim().startsWith(`${name}:`));
  if (at < 0) throw new Error(`no ${name} in the certificate`);
  return `${lines[at]?.trim()} ${lines[at + 1]?.trim()}`;
}

describeWith([needsCommand('openssl', 'openssl')], 'the dev certificate (scripts/dev-cert.js)', () => {
  it('should be a server certificate for localhost and 127.0.0.1, as Excel for Mac requires', () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-cert-'));
    const made = ensureDevCert(dir);
    expect(made.created).toBe(true);
    const text = openssl('x509', '-in', made.cert, '-noout', '-text');
    expect(extension(text, 'X509v3 Subject Alternative Name')).toBe('X509v3 Subject Alternative Name: DNS:localhost, IP Address:127.0.0.1');
    expect(extension(text, 'X509v3 Key Usage')).toBe('X509v3 Key Usage: critical Digital Signature, Key Encipherment');
    expect(extension(text, 'X509v3 Extended Key Usage')).toBe('X509v3 Extended Key Usage: TLS Web Server Authentication');
    expect(extension(text, 'X509v3 Basic Constraints')).toBe('X509v3 Basic Constraints: critical CA:FALSE');
    expect(text).toContain('Subject: CN = localhost');
    // openssl's own check of a TLS server certificate, trusted as its own root.
    expect(openssl('verify', '-x509_strict', '-purpose', 'sslserver', '-CAfile', made.cert, made.cert).trim()).toBe(`${made.cert}: OK`);
  });

  it('should keep a certificate that already fits', () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-cert-'));
    const first = ensureDevCert(dir);
    const bytes = readFileSync(first.cert);
    const again = ensureDevCert(dir);
    expect(again).toEqual({ key: first.key, cert: first.cert, created: false });
    expect(readFileSync(again.cert)).toEqual(bytes);
  });

  it('should make again a certificate made without the server extensions (as earlier versions did)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-cert-'));
    const key = join(dir, 'localhost.key');
    const cert = join(dir, 'localhost.crt');
    openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '825', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', key, '-out', cert);
    expect(openssl('x509', '-in', cert, '-noout', '-text')).not.toContain('TLS Web Server Authentication');

    const made = ensureDevCert(dir);
    expect(made).toMatchObject({ created: true, remade: expect.stringMatching(/^X509v3 (Key Usage|Extended Key Usage) lacks /) });
    expect(extension(openssl('x509', '-in', cert, '-noout', '-text'), 'X509v3 Extended Key Usage')).toBe('X509v3 Extended Key Usage: TLS Web Server Authentication');
  });
});
