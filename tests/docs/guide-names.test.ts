import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { messages } from '../../src/core/messages';

/**
 * The guide names what is on screen: a bold phrase in docs/huong-dan.md is a name the pane or the
 * ribbon shows (a text of the message catalogue, or a label of manifest.xml), or one of the few
 * phrases listed below that are not ours to check. A button renamed in the catalogue, or a guide
 * quoting a name the pane does not show, fails here.
 */
const ROOT = resolve(__dirname, '..', '..');
const GUIDE = readFileSync(join(ROOT, 'docs', 'huong-dan.md'), 'utf8');

/** Bold phrases that are not the pane's names, each for its reason. */
const NOT_PANE_NAMES = new Set([
  // The guide's own parts and emphasis.
  'Phần I',
  'Phần II',
  'câu gốc',
  'ô nhập',
  'chỉnh sửa ngay trong bảng điều khiển',
  'nguyên tệp',
  'không được tính',
  'tính lại từ tổng tử số và tổng mẫu số',
  'chỉ làm được trong Excel có phần bổ trợ',
  'Tải chương trình',
  'Cài Node.js',
  'Chạy',
  // What Excel, LibreOffice and WPS show, and keys.
  'Trang đầu',
  'Tệp → In',
  'Tệp → Lưu',
  'Tệp → Lưu thành',
  'Lưu thành',
  'Excel 2007-365 (.xlsx)',
  'Dùng định dạng Excel 2007-365!',
  '.xlsx',
  'Alt+Enter',
  'Ctrl+Enter',
  // Part III's own headings and emphasis (the province's part).
  'Phần III',
  'Tại LĐLĐ tỉnh — giao kế hoạch',
  'Tại LĐLĐ huyện — nhận kế hoạch của tỉnh',
  'Tại LĐLĐ tỉnh — tổng hợp',
  'đúng tệp của huyện đó',
  // Part II's emphasis: the fill-in workbook's own Hướng dẫn sheet says the same in its words.
  'Chỉ điền vào ô nền vàng',
  'Lưu đúng định dạng Excel (.xlsx)',
]);

/** Every name the pane and the ribbon can show: catalogue texts, without a step number, and each side of "A / B". */
function namesOnScreen(): Set<string> {
  const texts = Object.values(messages).map((message) => message.vi);
  const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const labels = [...manifest.matchAll(/<bt:String id="[^"]+\.Label" DefaultValue="([^"]+)"/g)].map((m) => m[1] as string);
  const names = new Set<string>();
  for (const text of [...texts, ...labels]) {
    const plain = text.replace(/^\d+\.\s+/, '').trim();
    // A tab is quoted as the pane shows it ("1. Chiến dịch") or by its name alone.
    names.add(text.trim());
    names.add(plain);
    for (const part of plain.split(' / ')) names.add(part.trim());
  }
  return names;
}

/** Bold phrases in a Markdown text, a line break inside one read as a space. */
function boldPhrases(markdown: string): string[] {
  return [...new Set([...markdown.replace(/\s*\n\s*/g, ' ').matchAll(/\*\*(.+?)\*\*/g)].map((m) => (m[1] as string).trim()))];
}

describe('docs/huong-dan.md', () => {
  it('should quote only names the pane or the ribbon shows, apart from those listed as not its own', () => {
    const onScreen = namesOnScreen();
    const unknown = boldPhrases(GUIDE).filter((phrase) => !onScreen.has(phrase) && !NOT_PANE_NAMES.has(phrase));
    expect(unknown).toEqual([]);
  });

  it('should list as not the pane\'s own only phrases the guide still uses and the pane does not show', () => {
    const used = new Set(boldPhrases(GUIDE));
    const onScreen = namesOnScreen();
    expect([...NOT_PANE_NAMES].filter((phrase) => !used.has(phrase) || onScreen.has(phrase))).toEqual([]);
  });

  it('should read bold phrases across line breaks and step numbers off tab names', () => {
    expect(boldPhrases('bấm **Tải sổ\n  tổng hợp (.xlsx)** rồi **Kiểm tra**')).toEqual(['Tải sổ tổng hợp (.xlsx)', 'Kiểm tra']);
    expect(namesOnScreen().has('Nhập báo cáo')).toBe(true); // the tab reads "3. Nhập báo cáo"
    expect(namesOnScreen().has('Bảng điều khiển')).toBe(true); // the ribbon button (manifest.xml)
  });
});
