import { catalogueParts, fill, messages, t } from '../../src/core/messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('should not define a key in two parts', () => {
    const seen = new Map<string, string>();
    for (const [part, catalogue] of Object.entries(catalogueParts)) {
      for (const key of Object.keys(catalogue)) {
        expect(seen.get(key) ?? part).toBe(part);
        seen.set(key, part);
      }
    }
    expect(seen.size).toBe(Object.keys(messages).length);
  });

  it('should give every message a Vietnamese and an English text with the same placeholders', () => {
    for (const [key, message] of Object.entries(messages)) {
      expect({ key, vi: message.vi.trim().length > 0, en: message.en.trim().length > 0 }).toEqual({ key, vi: true, en: true });
      expect({ key, placeholders: placeholders(message.en) }).toEqual({ key, placeholders: placeholders(message.vi) });
    }
  });

  it('should fill placeholders and leave unknown ones visible', () => {
    expect(fill('Dòng {row}, cột {column}', { row: 4 })).toBe('Dòng 4, cột {column}');
    expect(t('where.row', { row: 12 }, 'en')).toBe('Row 12');
  });
});
