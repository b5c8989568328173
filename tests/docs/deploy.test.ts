import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** docs/deploy.md against what the code really does: the hosts the pages load code from, the sideload path npm start prints. */
const ROOT = resolve(__dirname, '..', '..');
const DEPLOY = readFileSync(join(ROOT, 'docs', 'deploy.md'), 'utf8');
const PAGES = [join('src', 'taskpane', 'taskpane.html'), ...readdirSync(join(ROOT, 'src', 'commands')).filter((n) => n.endsWith('.html')).map((n) => join('src', 'commands', n))];

/** The https origins a page's Content-Security-Policy lets it load from. */
function cspOrigins(page: string): string[] {
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync(join(ROOT, page), 'utf8'))?.[1] ?? '';
  return [...csp.matchAll(/https:\/\/[^\s;]+/g)].map((m) => m[0]);
}

describe('docs/deploy.md', () => {
  it.each(PAGES)('should name, for a proxy to let through, every host the CSP of %s allows', (page) => {
    const origins = cspOrigins(page);
    expect(origins.length).toBeGreaterThan(0);
    for (const origin of origins) expect(DEPLOY).toContain(`\`${origin}\``);
  });

  it('should name no Office.js host that no page loads from', () => {
    const allowed = new Set(PAGES.flatMap(cspOrigins));
    const named = [...DEPLOY.matchAll(/`(https:\/\/[a-z.]*(?:microsoft|aspnetcdn)\.com)`/g)].map((m) => m[1]);
    expect(named.filter((origin) => !allowed.has(origin as string))).toEqual([]);
  });

  it('should give the same Excel on the web sideload path as npm start prints', () => {
    const start = readFileSync(join(ROOT, 'scripts', 'start.js'), 'utf8');
    const path = 'Home → Add-ins → More Settings → Upload My Add-in';
    expect(start).toContain(path);
    expect(DEPLOY).toContain(path);
    expect(start).toContain('Trang đầu → Phần bổ trợ → Thêm cài đặt → Tải lên Phần bổ trợ của tôi');
    expect(DEPLOY).toContain('**Trang đầu** (Home) → **Phần bổ trợ** (Add-ins) → **Thêm cài đặt** (More Settings)');
    expect(DEPLOY).toContain('**Tải lên Phần bổ trợ của tôi** (Upload My Add-in)');
  });
});
