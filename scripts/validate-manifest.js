#!/usr/bin/env node
/**
 * `npm run validate [-- FILE…]`: checks manifests offline. Without FILE: manifest.xml, and
 * dist/manifest.xml when a build has written it (`npm run build -- --env publicUrl=https://host/path/`).
 *  1. against Microsoft's XSDs (../shared/schemas/office-addin-manifest/) with xmllint;
 *  2. every URL in it is https, under the add-in's address, and names a file the build produces:
 *     for manifest.xml the dev address https://localhost:3000/ and the pages webpack builds
 *     (webpack.config.js PAGES) plus assets/; for a built manifest the folder of its task pane page
 *     (whatever the host) and the files actually in its folder;
 *  3. a built manifest carries package.json's version (Office takes an update only when it is higher).
 * Microsoft's full (online) check is `npx office-addin-manifest validate manifest.xml`.
 * Exit code 0 when valid, 1 otherwise (also when a check could not run: xmllint or the XSDs missing).
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const DEV_URL = 'https://localhost:3000/';
const SCHEMA = path.resolve(ROOT, '..', 'shared', 'schemas', 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd');
const BUILT = path.join(ROOT, 'dist', 'manifest.xml');

/** Runs xmllint (`program`: its name on the PATH); returns a list of problems (empty when the manifest is valid). */
function checkSchema(manifestPath, schemaPath = SCHEMA, program = 'xmllint') {
  if (!fs.existsSync(schemaPath)) {
    return [
      `Chưa kiểm tra được theo lược đồ XSD: không thấy ${schemaPath}. Các lược đồ của Microsoft nằm trong thư mục ` +
        'shared/ đặt cạnh thư mục dự án (../shared/schemas/office-addin-manifest/); máy có Internet có thể kiểm tra bằng ' +
        '`npx office-addin-manifest validate <tệp>`.\n' +
        `    Schema check not run: ${schemaPath} not found. Microsoft's XSDs come in the shared/ folder beside the ` +
        'project (../shared/schemas/office-addin-manifest/); with internet, check with `npx office-addin-manifest validate <file>`.',
    ];
  }
  const result = spawnSync(program, ['--nonet', '--noout', '--schema', schemaPath, manifestPath], { encoding: 'utf8' });
  if (result.error && result.error.code === 'ENOENT') {
    return [
      'Chưa kiểm tra được theo lược đồ XSD: máy chưa cài xmllint. / Schema check not run: xmllint is not installed.\n' +
        '    Debian/Ubuntu: apt-get install libxml2-utils · macOS: có sẵn / preinstalled · Windows: dùng WSL / use WSL',
    ];
  }
  if (result.error) return [`xmllint: ${result.error.message}`];
  if (result.status !== 0) {
    const output = `${result.stderr}${result.stdout}`.trim().split('\n').filter((line) => !/ fails to validate$/.test(line));
    return output.length > 0 ? output : [`xmllint exit code ${result.status}`];
  }
  return [];
}

/** The files a build serves under the dev URL, relative to it: built pages plus assets/. */
function servedFiles() {
  const { PAGES } = require(path.join(ROOT, 'webpack.config.js'));
  const files = new Set(PAGES.map((page) => `${page.name}.html`));
  const assets = path.join(ROOT, 'assets');
  if (fs.existsSync(assets)) for (const name of fs.readdirSync(assets)) files.add(`assets/${name}`);
  return files;
}

/** URLs the manifest sends Office to: `DefaultValue`/`Value` attributes and element text (not namespaces). */
function manifestUrls(xml) {
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, '');
  const urls = [];
  for (const match of withoutComments.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]+)"|>\s*(https?:\/\/[^<\s]+)\s*</g)) {
    urls.push(match[1] || match[2]);
  }
  return urls;
}

/** Every file under `dir`, relative to it with forward slashes: what a build really produced. */
function filesIn(dir, prefix = '') {
  const files = new Set();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const relative = `${prefix}${entry.name}`;
    if (entry.isDirectory()) for (const file of filesIn(path.join(dir, entry.name), `${relative}/`)) files.add(file);
    else files.add(relative);
  }
  return files;
}

/** The add-in's address in a manifest: the folder of its task pane page (<SourceLocation>). */
function addinAddress(xml) {
  const source = /<SourceLocation\s+DefaultValue="(https?:\/\/[^"]+)"/.exec(xml.replace(/<!--[\s\S]*?-->/g, ''));
  return source ? source[1].slice(0, source[1].lastIndexOf('/') + 1) : undefined;
}

/** Problems with the manifest's URLs: each must be https, under `base`, and name one of `files` (relative to `base`). */
function checkUrls(xml, files = servedFiles(), base = DEV_URL) {
  const problems = [];
  for (const url of manifestUrls(xml)) {
    if (!url.startsWith('https://')) {
      problems.push(`URL không dùng https / URL is not https: ${url}`);
      continue;
    }
    if (!url.startsWith(base)) {
      problems.push(`URL nằm ngoài địa chỉ của phần bổ trợ ${base} / URL is outside the add-in's address ${base}: ${url}`);
      continue;
    }
    const file = url.slice(base.length).split(/[?#]/)[0];
    if (!files.has(file)) {
      problems.push(`URL trỏ tới tệp không có trong bản dựng / URL points at a file the build does not produce: ${url}`);
    }
  }
  return problems;
}

/** The <Version> the build must have written: package.json's, four-part (webpack.config.js). */
function checkVersion(xml, version = require(path.join(ROOT, 'package.json')).version) {
  const { manifestVersion } = require(path.join(ROOT, 'webpack.config.js'));
  const expected = manifestVersion(version);
  const found = (/<Version>([^<]*)<\/Version>/.exec(xml) || [])[1];
  return found === expected
    ? []
    : [
        `<Version> là ${found}, package.json ghi ${version} (cần ${expected}): chạy lại npm run build / ` +
          `<Version> is ${found}, package.json says ${version} (expected ${expected}): run npm run build again`,
      ];
}

/** Checks one manifest: the source one against the dev address, a built one against its own folder. */
function checkManifest(manifestPath) {
  const xml = fs.readFileSync(manifestPath, 'utf8');
  const built = path.dirname(path.resolve(manifestPath)) !== ROOT;
  const problems = [...checkSchema(manifestPath)];
  const notes = [];
  if (!built) {
    problems.push(...checkUrls(xml));
    return { problems, notes };
  }
  const base = addinAddress(xml);
  if (base === undefined) {
    problems.push('Không thấy <SourceLocation> của bảng điều khiển / No task pane <SourceLocation> found');
  } else {
    problems.push(...checkUrls(xml, filesIn(path.dirname(manifestPath)), base), ...checkVersion(xml));
    if (base === DEV_URL) {
      notes.push(
        `Bản dựng vẫn trỏ tới ${DEV_URL}: chỉ dùng được trên máy chạy npm start hoặc npm run serve:dist. Để triển khai: ` +
          'npm run build -- --env publicUrl=https://<máy chủ>/<đường dẫn>/\n' +
          `    The build still points at ${DEV_URL}: it works only on the machine running npm start or npm run serve:dist. ` +
          'To deploy: npm run build -- --env publicUrl=https://<host>/<path>/',
      );
    } else {
      notes.push(`Địa chỉ của phần bổ trợ / Add-in address: ${base}`);
    }
  }
  return { problems, notes };
}

function main(args) {
  const manifests = args.length > 0 ? args.map((file) => path.resolve(process.cwd(), file)) : [path.join(ROOT, 'manifest.xml'), ...(fs.existsSync(BUILT) ? [BUILT] : [])];
  let failed = false;
  for (const manifestPath of manifests) {
    const name = path.relative(process.cwd(), manifestPath) || manifestPath;
    if (!fs.existsSync(manifestPath)) {
      console.error(`✗ Không thấy tệp / File not found: ${name}`);
      failed = true;
      continue;
    }
    const { problems, notes } = checkManifest(manifestPath);
    if (problems.length > 0) {
      failed = true;
      console.error(`✗ ${name} chưa đạt / did not pass:`);
      for (const problem of problems) console.error(`  - ${problem}`);
    } else {
      console.log(`✓ ${name} hợp lệ theo lược đồ XSD và mọi URL đều có tệp / is valid against the XSD and every URL has a file.`);
    }
    for (const note of notes) console.log(`  ${note}`);
  }
  if (args.length === 0 && !fs.existsSync(BUILT)) {
    console.log('  Chưa có dist/manifest.xml: sau npm run build, chạy lại lệnh này để kiểm tra bản dựng. / No dist/manifest.xml yet: after npm run build, run this again to check the build.');
  }
  console.log('  Kiểm tra đầy đủ (cần mạng) / Full online check: npx office-addin-manifest validate dist/manifest.xml');
  return failed ? 1 : 0;
}

module.exports = { addinAddress, checkManifest, checkSchema, checkUrls, checkVersion, filesIn, manifestUrls, servedFiles, SCHEMA };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
