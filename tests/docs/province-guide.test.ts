import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../../src/core/messages';

const guide = readFileSync(join(__dirname, '../../docs/huong-dan.md'), 'utf8');
const partIII = guide.slice(guide.indexOf('## Phần III'));

/** Every bold phrase of a text: the guide puts what the pane shows in bold. */
const bold = (text: string) => [...text.replace(/\s*\n\s*/g, ' ').matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1] ?? '');

describe('the guide’s province part (docs/huong-dan.md, Phần III)', () => {
  const shown = new Set(Object.values(messages).map((m) => m.vi));
  // Bold words that are not the pane's: the ribbon button, the part headings, emphasis.
  const notOnPane = new Set(['Bảng điều khiển', 'Tại LĐLĐ tỉnh — giao kế hoạch', 'Tại LĐLĐ huyện — nhận kế hoạch của tỉnh', 'Tại LĐLĐ tỉnh — tổng hợp', 'nguyên tệp', 'đúng tệp của huyện đó']);

  it('should name each control exactly as the message catalogue does', () => {
    const names = bold(partIII).filter((name) => !notOnPane.has(name));
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((name) => !shown.has(name))).toEqual([]);
  });
});
