import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SRC = resolve(__dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(tsx?|cjs|html)$/.test(name) ? [path] : [];
  });
}

describe('the pane and every edge', () => {
  it.each([
    ['no HTML injected from data', /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/],
    ['no network calls of their own (no telemetry)', /\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket/],
    ['no evaluated code', /\beval\(|new Function\(/],
  ])('should have %s', (_what, pattern) => {
    const offenders = sources(SRC).filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('should set a Content-Security-Policy on every page', () => {
    for (const page of sources(SRC).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(page, 'utf8');
      // A page that loads no Office.js (the phone form) allows no CDN at all.
      expect({ page, csp: /http-equiv="Content-Security-Policy"[^>]*script-src 'self'( https:\/\/appsforoffice\.microsoft\.com https:\/\/ajax\.aspnetcdn\.com)?;/.test(html) }).toEqual({ page, csp: true });
    }
  });
});
