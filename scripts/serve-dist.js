/**
 * `npm run serve:dist`: serves the production build in dist/ over HTTPS, as a district office's
 * static host would, to check it before deploying. Same certificate as `npm start`.
 *   npm run serve:dist [-- --port 3000]
 */
const fs = require('fs');
const https = require('https');
const path = require('path');
const { ensureDevCert } = require('./dev-cert');

/** The types Office and browsers need; a static host must send the same (see docs/deploy.md). */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Resolves a request path inside `root`, or undefined when it would leave it. */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  const relative = decoded.endsWith('/') ? `${decoded}taskpane.html` : decoded;
  const full = path.resolve(root, `.${relative}`);
  return full === root || full.startsWith(root + path.sep) ? full : undefined;
}

function handler(root) {
  return (req, res) => {
    const file = fileFor(root, req.url || '/');
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Không tìm thấy / Not found');
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
    // Pages and the manifest change with each release; hashed scripts never do.
    const cache = /\.[0-9a-f]{8}(\.chunk)?\.js$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache, 'X-Content-Type-Options': 'nosniff' });
    fs.createReadStream(file).pipe(res);
  };
}

function createDistServer(root, tls) {
  return https.createServer({ key: fs.readFileSync(tls.key), cert: fs.readFileSync(tls.cert) }, handler(path.resolve(root)));
}

module.exports = { createDistServer, fileFor, TYPES };

if (require.main === module) {
  const root = path.resolve(__dirname, '..', 'dist');
  if (!fs.existsSync(path.join(root, 'manifest.xml'))) {
    console.error('Chưa có bản build trong dist/. Chạy: npm run build -- --env publicUrl=https://…\nNo build in dist/. Run: npm run build');
    process.exit(1);
  }
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 3000;
  const tls = ensureDevCert();
  createDistServer(root, tls).listen(port, '127.0.0.1', () => {
    console.log(`Đang phục vụ dist/ tại / Serving dist/ at https://localhost:${port}/ (Ctrl+C để dừng / to stop)`);
    console.log(`Manifest: https://localhost:${port}/manifest.xml`);
  });
}
