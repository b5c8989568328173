/**
 * A self-signed certificate for https://localhost:3000, made with openssl and kept in `.cert/`.
 * Office loads add-ins over HTTPS only; office-addin-dev-certs needs sudo to trust its CA, so we
 * make a plain self-signed certificate instead. Browsers show a warning until it is trusted (see
 * the instructions printed by `npm start`).
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const CERT_DIR = path.resolve(__dirname, '..', '.cert');
const KEY_FILE = path.join(CERT_DIR, 'localhost.key');
const CERT_FILE = path.join(CERT_DIR, 'localhost.crt');
const DAYS = 825; // the longest validity Apple platforms accept for a TLS certificate

/** Returns the key and certificate paths, creating them on first use. Throws with a clear message. */
function ensureDevCert() {
  if (fs.existsSync(KEY_FILE) && fs.existsSync(CERT_FILE)) return { key: KEY_FILE, cert: CERT_FILE, created: false };
  fs.mkdirSync(CERT_DIR, { recursive: true });
  const args = [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', String(DAYS),
    '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
    '-keyout', KEY_FILE, '-out', CERT_FILE,
  ];
  const result = spawnSync('openssl', args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    const detail = result.error ? result.error.message : (result.stderr || '').trim();
    throw new Error(
      'Không tạo được chứng chỉ HTTPS bằng openssl / Could not create the HTTPS certificate with openssl.\n' +
        'Hãy cài openssl (Debian: apt-get install openssl; Windows: Git for Windows có sẵn openssl) / Install openssl.\n' +
        detail,
    );
  }
  return { key: KEY_FILE, cert: CERT_FILE, created: true };
}

module.exports = { ensureDevCert, CERT_DIR, KEY_FILE, CERT_FILE };

if (require.main === module) {
  const { cert, created } = ensureDevCert();
  console.log(`${created ? 'Đã tạo / Created' : 'Đã có / Exists'}: ${cert}`);
}
