import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { needsProductionBuild } from '../helpers/build-for-browser-tests';
import { describeWith, itWith, needsCommand, needsFile } from '../helpers/requires';

/**
 * `npm run validate` on a manifest as `npm run build -- --env publicUrl=…` writes it: every URL under
 * that address, whatever the host, naming a file really in the build's folder, and the version stamped.
 */
type Checked = { problems: string[]; notes: string[] };
// CommonJS build scripts without type declarations: require them as the tools do.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const validate = require('../../scripts/validate-manifest.js') as {
  addinAddress: (xml: string) => string | undefined;
  checkManifest: (file: string) => Checked;
  checkSchema: (file: string, schema?: string, program?: string) => string[];
  checkUrls: (xml: string, files?: Set<string>, base?: string) => string[];
  checkVersion: (xml: string, version?: string) => string[];
  filesIn: (dir: string) => Set<string>;
  SCHEMA: string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildManifest } = require('../../webpack.config.js') as {
  buildManifest: (xml: string, options: { publicUrl?: string; version: string }) => string;
};

const ROOT = resolve(__dirname, '..', '..');
const SOURCE = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const HOST = 'https://danvan.ldld-tinh.vn/bao-cao/';
const XMLLINT = [needsCommand('xmllint', 'libxml2-utils'), needsFile(validate.SCHEMA, "the steering repo's shared/ folder beside this repo")];

/** A folder laid out as a build for HOST: the three pages, assets/ and the stamped manifest. */
function fakeBuild(version = '1.0.0'): string {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-dist-'));
  for (const page of ['taskpane.html', 'commands.html', 'message.html']) writeFileSync(join(dir, page), '<!doctype html>');
  cpSync(join(ROOT, 'assets'), join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'manifest.xml'), buildManifest(SOURCE, { publicUrl: HOST, version }));
  return dir;
}

const dirs: string[] = [];
const build = (version?: string) => {
  const dir = fakeBuild(version);
  dirs.push(dir);
  return { dir, xml: readFileSync(join(dir, 'manifest.xml'), 'utf8') };
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('validate-manifest on a build for a public address', () => {
  it("should take the add-in's address from the task pane page", () => {
    expect(validate.addinAddress(build().xml)).toBe(HOST);
    expect(validate.addinAddress(SOURCE)).toBe('https://localhost:3000/');
  });

  it('should accept every URL under that address that names a built file', () => {
    const { dir, xml } = build();
    expect(validate.checkUrls(xml, validate.filesIn(dir), HOST)).toEqual([]);
  });

  it('should name a URL whose file the build did not produce', () => {
    const { dir, xml } = build();
    rmSync(join(dir, 'assets', 'icon-80.png'));
    expect(validate.checkUrls(xml, validate.filesIn(dir), HOST)).toEqual([`URL trỏ tới tệp không có trong bản dựng / URL points at a file the build does not produce: ${HOST}assets/icon-80.png`]);
  });

  it("should name a URL outside the add-in's address, on another host or over http", () => {
    const { dir, xml } = build();
    const moved = xml
      .replace(`${HOST}assets/support.html"/>\n  <Hosts>`, 'https://other.example.org/support.html"/>\n  <Hosts>')
      .replace(`"${HOST}commands.html"`, `"${HOST.replace('https:', 'http:')}commands.html"`);
    expect(validate.checkUrls(moved, validate.filesIn(dir), HOST)).toEqual([
      `URL nằm ngoài địa chỉ của phần bổ trợ ${HOST} / URL is outside the add-in's address ${HOST}: https://other.example.org/support.html`,
      'URL không dùng https / URL is not https: http://danvan.ldld-tinh.vn/bao-cao/commands.html',
    ]);
  });

  it("should name a built manifest whose version is not package.json's", () => {
    expect(validate.checkVersion(build().xml, '1.0.0')).toEqual([]);
    expect(validate.checkVersion(build('0.9.0').xml, '1.0.0')).toEqual([
      '<Version> là 0.9.0.0, package.json ghi 1.0.0 (cần 1.0.0.0): chạy lại npm run build / <Version> is 0.9.0.0, package.json says 1.0.0 (expected 1.0.0.0): run npm run build again',
    ]);
  });

  it('should say in both languages that the XSDs are missing, and where they come from', () => {
    const [problem, ...more] = validate.checkSchema(join(build().dir, 'manifest.xml'), '/nowhere/OfficeAppManifestV1_1.xsd');
    expect(more).toEqual([]);
    expect(problem).toContain('Chưa kiểm tra được theo lược đồ XSD: không thấy /nowhere/OfficeAppManifestV1_1.xsd');
    expect(problem).toContain('Schema check not run: /nowhere/OfficeAppManifestV1_1.xsd not found');
    expect(problem).toContain('../shared/schemas/office-addin-manifest/');
  });

  itWith([needsFile(validate.SCHEMA, "the steering repo's shared/ folder beside this repo")], 'should say in both languages that xmllint is missing', () => {
    const problems = validate.checkSchema(join(build().dir, 'manifest.xml'), validate.SCHEMA, 'xmllint-not-installed');
    expect(problems).toEqual([expect.stringContaining('máy chưa cài xmllint. / Schema check not run: xmllint is not installed.')]);
    expect(problems[0]).toContain('apt-get install libxml2-utils');
  });

  itWith(XMLLINT, 'should pass npm run validate on the built manifest and fail it on a broken one (xmllint)', () => {
    const { dir } = build();
    const run = () => spawnSync(process.execPath, [join(ROOT, 'scripts', 'validate-manifest.js'), join(dir, 'manifest.xml')], { encoding: 'utf8' });
    const good = run();
    expect(good.stderr).toBe('');
    expect(good.stdout).toContain(`Địa chỉ của phần bổ trợ / Add-in address: ${HOST}`);
    expect(good.status).toBe(0);
    rmSync(join(dir, 'taskpane.html'));
    const bad = run();
    expect(bad.stderr).toContain(`URL points at a file the build does not produce: ${HOST}taskpane.html`);
    expect(bad.status).toBe(1);
  });
});

describeWith([needsProductionBuild(), ...XMLLINT], 'validate-manifest on the production build in dist/ (xmllint)', () => {
  it("should find dist/manifest.xml valid, its URLs built, with package.json's version", () => {
    const built = join(ROOT, 'dist', 'manifest.xml');
    expect(validate.checkManifest(built).problems).toEqual([]);
    expect(readFileSync(built, 'utf8')).toContain('<Version>1.0.0.0</Version>');
  });
});
