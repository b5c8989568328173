import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cliReference } from '../../scripts/docs-cli';

const ROOT = resolve(__dirname, '..', '..');
const documents = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((n) => n.endsWith('.md')).map((n) => `docs/${n}`)];

/** Markdown links and images that point into the repository (not web addresses or anchors). */
function localTargets(markdown: string): { target: string; image: boolean }[] {
  const links = [...markdown.matchAll(/(!?)\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => ({ image: m[1] === '!', target: m[2] ?? '' }));
  const htmlImages = [...markdown.matchAll(/<img\s[^>]*src="([^"]+)"/g)].map((m) => ({ image: true, target: m[1] ?? '' }));
  return [...links, ...htmlImages].map((l) => ({ ...l, target: l.target.split('#')[0] ?? '' })).filter((l) => l.target !== '' && !/^[a-z]+:/i.test(l.target));
}

describe('documentation', () => {
  it.each(documents)('should link only to files that exist: %s', (doc) => {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    const missing = localTargets(text).filter((l) => !existsSync(resolve(dirname(join(ROOT, doc)), decodeURIComponent(l.target))));
    expect(missing).toEqual([]);
  });

  it('should find local links and images, and leave web addresses and anchors alone', () => {
    expect(localTargets('[a](docs/cli.md) ![b](docs/img/pane.png "Bảng") [c](https://x.vn) [d](#top) [e](deploy.md#tong-quan) <img src="docs/img/x.png" alt="x">')).toEqual([
      { image: false, target: 'docs/cli.md' },
      { image: true, target: 'docs/img/pane.png' },
      { image: false, target: 'deploy.md' },
      { image: true, target: 'docs/img/x.png' },
    ]);
  });

  it('should keep the CLI reference in step with the program', async () => {
    expect(readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8')).toBe(await cliReference());
  });
});
