/** @jest-environment jsdom */
import { spawnSync } from 'child_process';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { itWith, needsCommand, needsFile } from './helpers/requires';

const ROOT = resolve(__dirname, '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const XSD = resolve(ROOT, '..', 'shared', 'schemas', 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd');
const OFFICE = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const OVERRIDES = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const BASIC = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const xml = readFileSync(MANIFEST, 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');

const all = (ns: string, name: string): Element[] => [...doc.getElementsByTagNameNS(ns, name)];
const one = (ns: string, name: string): Element => {
  const found = all(ns, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0] as Element;
};
const directChild = (parent: Element, ns: string, name: string): Element | undefined =>
  [...parent.children].find((child) => child.namespaceURI === ns && child.localName === name);

/** Resolves a `resid` to the URL in <bt:Urls>/<bt:Images>. */
const resource = (id: string | null): string | undefined =>
  [...all(BASIC, 'Url'), ...all(BASIC, 'Image')].find((el) => el.getAttribute('id') === id)?.getAttribute('DefaultValue') ?? undefined;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const XMLLINT = [needsCommand('xmllint', 'libxml2-utils'), needsFile(XSD, "the steering repo's shared/ folder beside this repo")];
const xmllint = (file: string) => spawnSync('xmllint', ['--nonet', '--noout', '--schema', XSD, file], { encoding: 'utf8' });

/** The manifest as `npm run build -- --env publicUrl=…` writes it, through the build's own transform. */
function manifestBuiltFor(publicUrl: string): string {
  // CommonJS build scripts without type declarations: require them as the tools do.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require('../webpack.config.js') as (env: object, argv: object) => { plugins: unknown[] };
  const config = makeConfig({ publicUrl }, { mode: 'production' });
  type Pattern = { from: string; transform?: { transformer: (content: Buffer) => Buffer } };
  const copy = config.plugins.find((plugin): plugin is { patterns: Pattern[] } => Array.isArray((plugin as { patterns?: unknown }).patterns));
  const pattern = copy?.patterns.find((p) => p.from === 'manifest.xml');
  return pattern?.transform?.transformer(Buffer.from(xml, 'utf8')).toString('utf8') ?? '';
}

describe('manifest.xml', () => {
  it('should be well-formed XML for an Excel task-pane add-in', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('OfficeApp');
    expect(doc.documentElement.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
    expect(one(OFFICE, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one(OFFICE, 'Version').textContent).toBe('1.0.0.0');
    expect(one(OFFICE, 'DefaultLocale').textContent).toBe('vi-VN');
    expect(one(OFFICE, 'DisplayName').getAttribute('DefaultValue')).toBe('Báo cáo Dân vận');
    const hosts = all(OFFICE, 'Host').filter((host) => host.parentElement?.namespaceURI === OFFICE);
    expect(hosts.map((host) => host.getAttribute('Name'))).toEqual(['Workbook']);
    const set = one(OFFICE, 'Set');
    expect([set.getAttribute('Name'), set.getAttribute('MinVersion')]).toEqual(['ExcelApi', '1.14']);
  });

  it('should ask for ReadWriteDocument and nothing more', () => {
    expect(one(OFFICE, 'Permissions').textContent?.trim()).toBe('ReadWriteDocument');
  });

  it('should load the pane over https', () => {
    const source = directChild(one(OFFICE, 'DefaultSettings'), OFFICE, 'SourceLocation');
    expect(source?.getAttribute('DefaultValue')).toBe('https://localhost:3000/taskpane.html');
    for (const match of xml.matchAll(/\b(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"/g)) expect(match[1]).toMatch(/^https:\/\//);
  });

  it('should put a "Bảng điều khiển" button that opens the pane and a "Tổng hợp" button that runs without it in a "Dân vận" group on the Home tab', () => {
    const tab = one(OVERRIDES, 'OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const groups = [...tab.children].filter((child) => child.localName === 'Group');
    expect(groups).toHaveLength(1);
    const group = groups[0] as Element;
    const label = (el: Element) => {
      const resid = directChild(el, OVERRIDES, 'Label')?.getAttribute('resid');
      return all(BASIC, 'String').find((s) => s.getAttribute('id') === resid)?.getAttribute('DefaultValue');
    };
    expect(label(group)).toBe('Dân vận');
    const controls = [...group.children].filter((child) => child.localName === 'Control');
    expect(controls.map(label)).toEqual(['Bảng điều khiển', 'Tổng hợp']);
    const consolidateAction = directChild(controls[1] as Element, OVERRIDES, 'Action');
    expect(consolidateAction?.getAttributeNS(XSI, 'type')).toBe('ExecuteFunction');
    expect(consolidateAction === undefined ? undefined : directChild(consolidateAction, OVERRIDES, 'FunctionName')?.textContent).toBe('consolidateWorkbook');
    const button = controls[0] as Element;
    expect(button.getAttributeNS(XSI, 'type')).toBe('Button');
    expect(label(button)).toBe('Bảng điều khiển');
    const action = directChild(button, OVERRIDES, 'Action');
    expect(action?.getAttributeNS(XSI, 'type')).toBe('ShowTaskpane');
    const source = action === undefined ? undefined : directChild(action, OVERRIDES, 'SourceLocation');
    expect(resource(source?.getAttribute('resid') ?? null)).toBe('https://localhost:3000/taskpane.html');
    expect(resource(one(OVERRIDES, 'FunctionFile').getAttribute('resid'))).toBe('https://localhost:3000/commands.html');
  });

  it('should have 16, 32 and 80 px ribbon icons that exist in assets/ at those sizes', () => {
    const images = all(BASIC, 'Image').filter((image) => image.hasAttribute('DefaultValue'));
    const sizes = images.map((image) => {
      const url = image.getAttribute('DefaultValue') ?? '';
      const file = join(ROOT, url.replace('https://localhost:3000/', ''));
      expect(existsSync(file)).toBe(true);
      const { width, height } = pngSize(file);
      expect(width).toBe(height);
      expect(url).toContain(`icon-${width}.png`);
      return width;
    });
    expect(sizes.sort((a, b) => a - b)).toEqual([16, 32, 80]);
    for (const name of ['IconUrl', 'HighResolutionIconUrl']) {
      const url = one(OFFICE, name).getAttribute('DefaultValue') ?? '';
      const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expect(pngSize(join(ROOT, url.replace('https://localhost:3000/', '')))).toEqual({ width: size, height: size });
    }
  });

  itWith(XMLLINT, 'should validate against the Office add-in XSD (xmllint)', () => {
    const result = xmllint(MANIFEST);
    expect(result.stderr).toContain('validates');
    expect(result.status).toBe(0);
  });

  it('should point every URL at the public URL given to the build', () => {
    const rewritten = manifestBuiltFor('https://addin.example.org/danvan');
    expect(rewritten).not.toContain('https://localhost');
    expect(rewritten).toContain('<SourceLocation DefaultValue="https://addin.example.org/danvan/taskpane.html"/>');
  });

  itWith(XMLLINT, 'should stay XSD-valid when built for a public URL (xmllint)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-manifest-'));
    try {
      writeFileSync(join(dir, 'manifest.xml'), manifestBuiltFor('https://addin.example.org/danvan'));
      expect(xmllint(join(dir, 'manifest.xml')).status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("should carry package.json's version, four-part, once built", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { version } = require('../package.json') as { version: string };
    expect(version).toBe('1.0.0');
    expect(manifestBuiltFor('https://addin.example.org/danvan')).toContain('<Version>1.0.0.0</Version>');
    // The pane's own <Version> elements under VersionOverrides are not the add-in's version.
    expect(manifestBuiltFor('https://addin.example.org/danvan').match(/<Version>/g)).toHaveLength(1);
  });

  it('should write a manifest version Office can compare, refusing one it cannot', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { manifestVersion } = require('../webpack.config.js') as { manifestVersion: (version: string) => string };
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(manifestVersion('2')).toBe('2.0.0.0');
    expect(manifestVersion('1.2.3.4')).toBe('1.2.3.4');
    expect(() => manifestVersion('1.2.0-beta.1')).toThrow(/1.2.0-beta.1/);
    expect(() => manifestVersion('1.2.3.4.5')).toThrow();
    expect(() => manifestVersion('123456.0.0')).toThrow();
  });

  it('should pass scripts/validate-manifest.js URL checks', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { checkUrls } = require('../scripts/validate-manifest.js') as { checkUrls: (xml: string) => string[] };
    expect(checkUrls(xml)).toEqual([]);
    expect(checkUrls(xml.replace('icon-80.png', 'icon-81.png'))).toEqual([expect.stringContaining('icon-81.png')]);
    expect(checkUrls(xml.replace('https://localhost:3000/taskpane.html', 'http://localhost:3000/taskpane.html'))).toEqual([
      expect.stringContaining('http://localhost:3000/taskpane.html'),
    ]);
  });
});
