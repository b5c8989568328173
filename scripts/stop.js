#!/usr/bin/env node
/** `npm run stop`: stops the dev server started by `npm start`, found through its pid file. */
const fs = require('fs');
const path = require('path');
const { setTimeout: sleep } = require('timers/promises');

const PID_FILE = path.resolve(__dirname, '..', 'node_modules', '.cache', 'danvan-dev-server.pid');
const WAIT_MS = 10_000;

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** On Linux, make sure the pid still belongs to our server and not to a process that reused it. */
function isOurServer(pid) {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!fs.existsSync(cmdline)) return true; // not Linux: trust the pid file
  return fs.readFileSync(cmdline, 'utf8').includes('start.js');
}

async function main() {
  if (!fs.existsSync(PID_FILE)) {
    console.log('Không có máy chủ nào đang chạy / No dev server is running.');
    return 0;
  }
  const pid = Number(fs.readFileSync(PID_FILE, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid) || !isOurServer(pid)) {
    fs.rmSync(PID_FILE, { force: true });
    console.log('Máy chủ đã dừng từ trước / The dev server had already stopped.');
    return 0;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + WAIT_MS;
  while (alive(pid) && Date.now() < deadline) await sleep(100);
  if (alive(pid)) {
    console.error(`Máy chủ (pid ${pid}) chưa dừng sau ${WAIT_MS / 1000} giây / did not stop within ${WAIT_MS / 1000} s.`);
    return 1;
  }
  fs.rmSync(PID_FILE, { force: true }); // Windows ends the process without running its handler
  console.log(`Đã dừng máy chủ (pid ${pid}) / Dev server stopped (pid ${pid}).`);
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
