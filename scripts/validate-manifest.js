#!/usr/bin/env node
/**
 * `npm run validate`: checks manifest.xml offline.
 *  1. against Microsoft's XSDs (../shared/schemas/office-addin-manifest/) with xmllint;
 *  2. every https://localhost:3000/ URL in it names a file the build produces: a page built by
 *     webpack (webpack.config.js PAGES) or a file in assets/.
 * Microsoft's full (online) check is `npx office-addin-manifest validate manifest.xml`.
 * Exit code 0 when valid, 1 otherwise.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const DEV_URL = 'https://localhost:3000/';
const SCHEMA = path.resolve(ROOT, '..', 'shared', 'schemas', 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd');

/** Runs xmllint; returns a list of problems (empty when the manifest is valid). */
function checkSchema(manifestPath, schemaPath = SCHEMA) {
  if (!fs.existsSync(schemaPath)) {
    return [`Không thấy lược đồ XSD / XSD schema not found: ${schemaPath}`];
  }
  const result = spawnSync('xmllint', ['--nonet', '--noout', '--schema', schemaPath, manifestPath], { encoding: 'utf8' });
  if (result.error && result.error.code === 'ENOENT') {
    return [
      'Chưa cài xmllint / xmllint is not installed.\n' +
        '  Debian/Ubuntu: apt-get install libxml2-utils · macOS: có sẵn / preinstalled · Windows: dùng WSL / use WSL',
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

function checkUrls(xml, files = servedFiles()) {
  const problems = [];
  for (const url of manifestUrls(xml)) {
    if (!url.startsWith('https://')) {
      problems.push(`URL không dùng https / URL is not https: ${url}`);
      continue;
    }
    if (!url.startsWith(DEV_URL)) continue; // another origin (e.g. a support site): not ours to check
    const file = url.slice(DEV_URL.length).split(/[?#]/)[0];
    if (!files.has(file)) {
      problems.push(`URL trỏ tới tệp không có trong bản dựng / URL points at a file the build does not produce: ${url}`);
    }
  }
  return problems;
}

function main() {
  const manifestPath = path.resolve(ROOT, process.argv[2] || 'manifest.xml');
  if (!fs.existsSync(manifestPath)) {
    console.error(`Không thấy tệp / File not found: ${manifestPath}`);
    return 1;
  }
  const xml = fs.readFileSync(manifestPath, 'utf8');
  const problems = [...checkSchema(manifestPath), ...checkUrls(xml)];
  const name = path.relative(process.cwd(), manifestPath) || manifestPath;
  if (problems.length > 0) {
    console.error(`✗ ${name} không hợp lệ / is not valid:`);
    for (const problem of problems) console.error(`  - ${problem}`);
    return 1;
  }
  console.log(`✓ ${name} hợp lệ theo lược đồ XSD và mọi URL đều có tệp / is valid against the XSD and every URL has a file.`);
  console.log('  Kiểm tra đầy đủ (cần mạng) / Full online check: npx office-addin-manifest validate manifest.xml');
  return 0;
}

module.exports = { checkSchema, checkUrls, manifestUrls, servedFiles, SCHEMA };

if (require.main === module) process.exitCode = main();
