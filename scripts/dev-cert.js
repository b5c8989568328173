/**
 * A self-signed certificate for https://localhost:3000, made with openssl and kept in `.cert/`.
 * Office loads add-ins over HTTPS only; office-addin-dev-certs needs sudo to trust its CA, so we
 * make a plain self-signed certificate instead. Browsers show a warning until it is trusted (see
 * the instructions printed by `npm start`).
 *
 * It is a server certificate as Apple platforms require of TLS (Excel for Mac refuses one without):
 * subjectAltName localhost and 127.0.0.1, extendedKeyUsage serverAuth, keyUsage digitalSignature
 * and keyEncipherment, not a CA, at most 825 days. A certificate made before it had all of these,
 * or about to expire, is made again.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { X509Certificate } = require('crypto');
const { spawnSync } = require('child_process');

const CERT_DIR = path.resolve(__dirname, '..', '.cert');
const DAYS = 825; // the longest validity Apple platforms accept for a TLS certificate
const RENEW_BEFORE_MS = 7 * 24 * 3600 * 1000;

// Our own config rather than -addext: the same result from OpenSSL 1.1, 3.x and LibreSSL (macOS),
// whatever the system's openssl.cnf adds by default.
const OPENSSL_CONFIG = `[req]
prompt = no
distinguished_name = dn
x509_extensions = server
[dn]
CN = localhost
[server]
subjectAltName = DNS:localhost, IP:127.0.0.1
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
basicConstraints = critical, CA:FALSE
subjectKeyIdentifier = hash
`;

/** What `openssl x509 -text` must show, extension by extension, for the certificate to be kept. */
const REQUIRED = [
  { extension: 'X509v3 Subject Alternative Name', values: ['DNS:localhost', 'IP Address:127.0.0.1'] },
  { extension: 'X509v3 Key Usage', values: ['Digital Signature', 'Key Encipherment'] },
  { extension: 'X509v3 Extended Key Usage', values: ['TLS Web Server Authentication'] },
];

function openssl(args, input) {
  const result = spawnSync('openssl', args, { encoding: 'utf8', input });
  if (result.error || result.status !== 0) {
    const detail = result.error ? result.error.message : (result.stderr || '').trim();
    throw new Error(
      'Không tạo được chứng chỉ HTTPS bằng openssl / Could not create the HTTPS certificate with openssl.\n' +
        'Hãy cài openssl (Debian: apt-get install openssl; Windows: Git for Windows có sẵn openssl) / Install openssl.\n' +
        detail,
    );
  }
  return result.stdout;
}

/** Why the certificate at `certFile` must be made again, or undefined if it is fine. */
function staleReason(certFile, now = new Date()) {
  let cert;
  try {
    cert = new X509Certificate(fs.readFileSync(certFile));
  } catch {
    return 'unreadable';
  }
  if (new Date(cert.validTo).getTime() - now.getTime() < RENEW_BEFORE_MS) return `expires ${cert.validTo}`;
  if (spawnSync('openssl', ['version']).error) return undefined; // cannot look closer; keep what works
  const text = openssl(['x509', '-in', certFile, '-noout', '-text']);
  const lines = text.split(/\r?\n/);
  for (const { extension, values } of REQUIRED) {
    const at = lines.findIndex((line) => line.trim().startsWith(`${extension}:`));
    const value = at < 0 ? '' : (lines[at + 1] || '');
    const missing = values.filter((v) => !value.includes(v));
    if (missing.length > 0) return `${extension} lacks ${missing.join(', ')}`;
  }
  return undefined;
}

/**
 * Returns the key and certificate paths, making them when missing or unfit (`remade` then says
 * why an old one was replaced). Throws with a clear message when openssl fails.
 */
function ensureDevCert(dir = CERT_DIR) {
  const key = path.join(dir, 'localhost.key');
  const cert = path.join(dir, 'localhost.crt');
  const exists = fs.existsSync(key) && fs.existsSync(cert);
  const remade = exists ? staleReason(cert) : undefined;
  if (exists && remade === undefined) return { key, cert, created: false };
  fs.mkdirSync(dir, { recursive: true });
  const configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-cert-'));
  const config = path.join(configDir, 'openssl.cnf');
  try {
    fs.writeFileSync(config, OPENSSL_CONFIG);
    openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', String(DAYS), '-config', config, '-keyout', key, '-out', cert]);
  } finally {
    fs.rmSync(configDir, { recursive: true, force: true });
  }
  return { key, cert, created: true, ...(remade === undefined ? {} : { remade }) };
}

module.exports = { ensureDevCert, CERT_DIR };

if (require.main === module) {
  const { cert, created, remade } = ensureDevCert();
  console.log(`${created ? 'Đã tạo / Created' : 'Đã có / Exists'}: ${cert}${remade ? ` (thay chứng chỉ cũ / replaced the old one: ${remade})` : ''}`);
}
