/**
 * @jest-environment jsdom
 *
 * assets/host-check.js: the ES5 script taskpane.html runs before the pane's bundle, which shows
 * what to use instead where this Excel's webview cannot run the pane. Run here in jsdom against
 * the real template; tests/e2e/host-check.e2e.test.ts runs it in chromium on the built page.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'acorn';
import { t } from '../../src/core/messages';
import type { Lang } from '../../src/core/messages';

const ROOT = join(__dirname, '../..');
const SCRIPT = readFileSync(join(ROOT, 'assets/host-check.js'), 'utf8');
const TEMPLATE = readFileSync(join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');

/** The template's <body>, as the browser has it when the script runs (scripts set by innerHTML never run). */
function loadTemplate(): void {
  const body = /<body>([\s\S]*)<\/body>/.exec(TEMPLATE)?.[1] ?? '';
  document.body.innerHTML = body;
}

function runHostCheck(): void {
  const script = document.createElement('script');
  script.textContent = SCRIPT;
  document.body.appendChild(script);
}

const notice = () => document.getElementById('unsupported-host') as HTMLElement;
const shown = () => notice().style.display === 'block';

describe('host-check.js', () => {
  const saved = { hasOwn: Object.hasOwn, structuredClone: window.structuredClone };

  beforeEach(() => {
    loadTemplate();
    // jsdom has no structuredClone; every browser that runs the pane has.
    if (typeof window.structuredClone !== 'function') window.structuredClone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  });

  afterEach(() => {
    Object.hasOwn = saved.hasOwn;
    window.structuredClone = saved.structuredClone;
  });

  it('should be ES5, which Internet Explorer 11 parses', () => {
    expect(() => parse(SCRIPT, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    // The check is real: ES2015 is refused at ecmaVersion 5.
    expect(() => parse('const x = () => 1;', { ecmaVersion: 5, sourceType: 'script' })).toThrow();
  });

  it('should be loaded from its own file after the notice, with no inline script and a CSP without unsafe script sources', () => {
    const scripts = [...TEMPLATE.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((s) => s[2]?.trim())).toEqual(scripts.map(() => ''));
    expect(scripts.map((s) => /src="([^"]+)"/.exec(s[1] ?? '')?.[1])).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'assets/host-check.js']);
    expect(TEMPLATE.indexOf('id="unsupported-host"')).toBeLessThan(TEMPLATE.indexOf('src="assets/host-check.js"'));
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(TEMPLATE)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'self'[^;]*;/);
    expect(/script-src[^;]*unsafe/.test(csp)).toBe(false);
  });

  it.each(['vi', 'en'] as const)('should carry the catalogue’s pane.unsupportedHost texts in %s', (lang: Lang) => {
    const block = notice().querySelector(`[lang="${lang}"]`);
    const texts = [...(block?.querySelectorAll('[data-message]') ?? [])].map((el) => [el.getAttribute('data-message'), el.textContent]);
    const keys = ['pane.unsupportedHost.title', 'pane.unsupportedHost.why', 'pane.unsupportedHost.web', 'pane.unsupportedHost.browser', 'pane.unsupportedHost.cli'] as const;
    expect(texts).toEqual(keys.map((key) => [key, t(key, {}, lang)]));
  });

  it('should leave the page to the pane where the webview has what the bundle needs', () => {
    runHostCheck();
    expect(shown()).toBe(false);
    expect(document.getElementById('root')).not.toBeNull();
  });

  it('should show the notice, with this page’s address, instead of a blank pane where ES2022 is missing', () => {
    // @ts-expect-error: taken away, as in Internet Explorer 11, Edge Legacy or Safari before 15.4
    delete Object.hasOwn;
    runHostCheck();
    expect(shown()).toBe(true);
    expect(document.getElementById('root')).toBeNull();
    expect([...notice().querySelectorAll('code')].map((c) => c.textContent)).toEqual([window.location.href, window.location.href]);
    expect(notice().querySelector('[lang="vi"] h1')?.textContent).toBe('Excel này không chạy được bảng điều khiển Báo cáo Dân vận');
  });

  it('should show the notice when the bundle fails to parse before the pane is drawn', () => {
    runHostCheck();
    window.dispatchEvent(new ErrorEvent('error', { error: new SyntaxError("Unexpected token '{'"), message: "Unexpected token '{'" }));
    expect(shown()).toBe(true);
    expect(document.getElementById('root')).toBeNull();
  });

  it('should not take over for other errors, or once the pane is drawn', () => {
    runHostCheck();
    window.dispatchEvent(new ErrorEvent('error', { error: new TypeError('x is undefined') }));
    expect(shown()).toBe(false);
    document.getElementById('boot')?.remove();
    window.dispatchEvent(new ErrorEvent('error', { error: new SyntaxError('bad JSON') }));
    expect(shown()).toBe(false);
    expect(document.getElementById('root')).not.toBeNull();
  });
});
