#!/usr/bin/env node
/**
 * `npm start`: builds the add-in in memory and serves it on https://localhost:3000 with
 * webpack-dev-server, making the self-signed certificate on first run, then prints how to load the
 * add-in into Excel. Runs in the foreground (Ctrl+C stops it); `npm run stop` stops it from another
 * terminal through the pid file written here.
 */
const fs = require('fs');
const path = require('path');
const { setImmediate } = require('timers');
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const makeConfig = require('../webpack.config.js');
const { ensureDevCert } = require('./dev-cert');

const ROOT = path.resolve(__dirname, '..');
const PID_FILE = path.join(ROOT, 'node_modules', '.cache', 'danvan-dev-server.pid');
const { DEV_URL, DEV_PORT } = makeConfig;

function runningPid() {
  if (!fs.existsSync(PID_FILE)) return undefined;
  const pid = Number(fs.readFileSync(PID_FILE, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined; // stale file from a server that did not stop cleanly
  }
}

/**
 * How to load the add-in, as Microsoft's pages describe it today (office-js-docs-pr, docs/testing/):
 * "Sideload Office Add-ins to Office on the web", "Sideload Office Add-ins on Windows from a network
 * share", "Sideload Office Add-ins on Mac for testing". Chromium browsers (Chrome, Edge 142+) ask
 * before a public page such as Excel on the web loads anything from localhost ("local network
 * access"; OfficeDev/office-js#6174, #6292): the add-in stays blank until the user allows it.
 */
function instructions(certPath) {
  const manifest = path.join(ROOT, 'manifest.xml');
  const pane = `${DEV_URL}taskpane.html`;
  return `
──────────────────────────────────────────────────────────────────────────────
 Báo cáo Dân vận: máy chủ đang chạy / DanVan Report: dev server is running
──────────────────────────────────────────────────────────────────────────────
 Xem ngay trong trình duyệt (chế độ tệp, không cần Excel)
 Try it in a plain browser (file mode, no Excel needed):
     ${pane}
   Lần đầu trình duyệt cảnh báo chứng chỉ tự ký: chọn "Nâng cao" → "Tiếp tục".
   The first time, the browser warns about the self-signed certificate: Advanced → Proceed.
   Trang điền báo cáo trên điện thoại / the phone form page:
     ${DEV_URL}dien-bao-cao.html

 Nạp vào Excel / Sideload into Excel, tệp kê khai / manifest: ${manifest}
   • Excel trên web / Excel on the web:
       1. Mở ${pane} một lần trong cùng trình duyệt để chấp nhận chứng chỉ
          Open it once in the same browser to accept the certificate first
       2. Mở một sổ làm việc → Trang đầu → Phần bổ trợ → Thêm cài đặt → Tải lên Phần bổ trợ của tôi
          → Duyệt… chọn manifest.xml → Tải lên
          Open a workbook → Home → Add-ins → More Settings → Upload My Add-in → Browse… manifest.xml → Upload
       3. Chrome/Edge hỏi có cho Excel truy cập thiết bị, ứng dụng trong mạng cục bộ (máy này) không:
          chọn "Cho phép". Lỡ chặn: bấm biểu tượng bên trái thanh địa chỉ → Cài đặt trang web →
          Truy cập mạng cục bộ → Cho phép, rồi tải lại trang.
          Chrome/Edge ask whether Excel may access apps and devices on your local network (this
          computer): choose Allow. If you blocked it: the icon left of the address bar → Site
          settings → Local network access → Allow, then reload.
   • Excel cho Windows / Excel for Windows (thư mục dùng chung / shared-folder catalogue):
       1. Chia sẻ thư mục chứa manifest.xml (Thuộc tính → Chia sẻ → Chia sẻ), ghi lại đường dẫn \\MÁY\thư-mục
          Share the folder holding manifest.xml (Properties → Sharing → Share), note its \\COMPUTER\folder path
       2. Tệp → Tùy chọn → Trung tâm Tin cậy → Thiết đặt Trung tâm Tin cậy → Danh mục Phần bổ trợ Tin cậy:
          thêm đường dẫn chia sẻ, đánh dấu "Hiện trong Menu" / File → Options → Trust Center →
          Trust Center Settings → Trusted Add-in Catalogs: add the share, tick "Show in Menu"
       3. Đóng và mở lại Excel → Trang đầu → Phần bổ trợ → Nâng cao → THƯ MỤC DÙNG CHUNG → Báo cáo Dân vận → Thêm
          Close and reopen Excel → Home → Add-ins → Advanced → SHARED FOLDER → Báo cáo Dân vận → Add
       Tin cậy chứng chỉ / trust the certificate: certutil -user -addstore Root "${certPath}"
   • Excel cho Mac / Excel for Mac:
       1. chép manifest.xml vào / copy manifest.xml to
          ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/  (tạo thư mục nếu chưa có / create it)
       2. mở lại Excel, mở một sổ → Trang đầu → Phần bổ trợ → Báo cáo Dân vận
          reopen Excel, open a workbook → Home → Add-ins → Báo cáo Dân vận
       Tin cậy chứng chỉ / trust the certificate:
       sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain "${certPath}"
   Trong Excel: Trang đầu → nhóm Dân vận → Bảng điều khiển
   In Excel: Home → Dân vận group → Bảng điều khiển (Dashboard)

 Dừng / Stop: Ctrl+C, hoặc / or: npm run stop
──────────────────────────────────────────────────────────────────────────────
`;
}

async function main() {
  const already = runningPid();
  if (already !== undefined) {
    console.error(`Máy chủ đã chạy (pid ${already}) / The dev server is already running (pid ${already}).`);
    console.error('Dừng bằng / Stop it with: npm run stop');
    return 1;
  }

  const cert = ensureDevCert();
  if (cert.remade) console.log(`Chứng chỉ cũ không dùng được cho máy chủ / The old certificate does not suit a server (${cert.remade}).`);
  if (cert.created) console.log(`Đã tạo chứng chỉ HTTPS tự ký / Created a self-signed HTTPS certificate: ${cert.cert}`);

  const config = makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
  const compiler = webpack(config);
  const server = new WebpackDevServer(config.devServer, compiler);

  let printed = false;
  compiler.hooks.done.tap('danvan-start', (stats) => {
    if (printed || stats.hasErrors()) return;
    printed = true;
    setImmediate(() => console.log(instructions(cert.cert)));
  });

  try {
    await server.start();
  } catch (error) {
    if (error && error.code === 'EADDRINUSE') {
      console.error(`Cổng ${DEV_PORT} đang bận / Port ${DEV_PORT} is in use. Một chương trình khác (hoặc máy chủ cũ) đang dùng nó; dừng nó rồi chạy lại.`);
      console.error('Another program (or an earlier server) holds it; stop it and try again.');
    } else {
      console.error(error);
    }
    await server.stop().catch(() => undefined);
    return 1;
  }

  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, String(process.pid));

  let stopping = false;
  const stop = async () => {
    if (stopping) process.exit(1); // a second Ctrl+C: do not wait any longer
    stopping = true;
    await server.stop().catch(() => undefined);
    fs.rmSync(PID_FILE, { force: true });
    console.log('Đã dừng máy chủ / Dev server stopped.');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return undefined;
}

module.exports = { PID_FILE };

if (require.main === module) {
  main().then(
    (code) => {
      if (code !== undefined) process.exit(code);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
