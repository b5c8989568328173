import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { messages } from '../../src/core/messages';

/**
 * One Vietnamese term per concept (docs/architecture.md, "Terms"): an indicator is a "nội dung", a
 * target a "chỉ tiêu". The rule checked is mechanical: "chỉ tiêu" never stands next to a word that
 * only an indicator has (a code, a list or catalogue it is picked from, being one's own, required,
 * tracked, reported or standing alone), "nội dung" never next to a target's own qualifier (given
 * out, the district's, the plan's), and the rejected words "chỉ số" and "tiêu chí" are not used.
 */
const ROOT = resolve(__dirname, '..', '..');
const DOCS = ['docs/huong-dan.md', 'docs/cli.md', 'docs/deploy.md', 'README.md'];

const L = '(?<!\\p{L})';
const R = '(?!\\p{L})';
const MISUSES: ReadonlyArray<{ readonly rule: string; readonly pattern: RegExp }> = [
  { rule: 'an indicator called "chỉ tiêu"', pattern: new RegExp(`${L}(mã|danh sách|danh mục|bảng|thêm|chọn|nhóm) chỉ tiêu${R}`, 'gu') },
  { rule: 'an indicator called "chỉ tiêu"', pattern: new RegExp(`${L}chỉ tiêu (riêng|theo dõi|báo cáo|bắt buộc|độc lập|tổng)${R}`, 'gu') },
  { rule: 'a target called "nội dung"', pattern: new RegExp(`${L}nội dung (giao|huyện|kế hoạch)${R}`, 'gu') },
  { rule: 'a rejected term', pattern: new RegExp(`${L}(chỉ số|tiêu chí|mục tiêu)${R}`, 'gu') },
];

/** Each misuse in a text as "rule: «the words»", a line break read as a space. */
function misuses(text: string): string[] {
  const plain = text.replace(/\s*\n\s*/g, ' ').toLocaleLowerCase('vi');
  return MISUSES.flatMap(({ rule, pattern }) => [...plain.matchAll(pattern)].map((m) => `${rule}: «${m[0]}»`));
}

describe('one term for indicators (nội dung) and one for targets (chỉ tiêu)', () => {
  it.each(DOCS)('should hold in %s', (file) => {
    expect(misuses(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });

  it('should hold in every Vietnamese text of the message catalogue', () => {
    const found = Object.entries(messages).flatMap(([key, message]) => misuses(message.vi).map((m) => `${key}: ${m}`));
    expect(found).toEqual([]);
  });

  it('should catch the wordings the pane and the guide used before the terms were fixed', () => {
    // Hand-picked from the catalogue and guide as they were: each names an indicator "chỉ tiêu".
    expect(misuses('Thêm chỉ tiêu riêng (ngoài danh mục)')).toEqual(['an indicator called "chỉ tiêu": «thêm chỉ tiêu»', 'an indicator called "chỉ tiêu": «chỉ tiêu riêng»']);
    expect(misuses('mã chỉ tiêu TT01 bị trùng.')).toEqual(['an indicator called "chỉ tiêu": «mã chỉ tiêu»']);
    expect(misuses('danh sách chỉ tiêu (thêm từ danh mục,\nbỏ, đánh dấu bắt buộc)')).toEqual(['an indicator called "chỉ tiêu": «danh sách chỉ tiêu»']);
    expect(misuses('DANH MỤC CHỈ TIÊU BÁO CÁO')).toEqual(['an indicator called "chỉ tiêu": «danh mục chỉ tiêu»', 'an indicator called "chỉ tiêu": «chỉ tiêu báo cáo»']);
    // A target's own wordings pass.
    expect(misuses('thấp hơn chỉ tiêu giao; đạt 80% chỉ tiêu huyện; Chỉ tiêu giao (3); Nội dung theo dõi (18)')).toEqual([]);
  });
});
