import { CATALOGUE, CATALOGUE_CHECKS, checkCodes, checksFor, findIndicator, pickIndicators } from '../../src/core/catalogue';
import { IndicatorCode } from '../../src/core/schema/common';
import { Indicator, SECTION_IDS, isAnswered, rateTermIndicators } from '../../src/core/schema/indicator';
import type { RateTerm } from '../../src/core/schema/indicator';

const codes = new Set(CATALOGUE.map((indicator) => indicator.code));
const rates = CATALOGUE.filter((indicator) => indicator.type === 'rate');

const PREFIX: Record<(typeof SECTION_IDS)[number], string> = {
  propaganda: 'TT',
  welfare: 'AS',
  organisation: 'TC',
  situation: 'NT',
  assessment: 'DG',
};

function rateTerms(indicator: Indicator): RateTerm[] {
  return indicator.type === 'rate' ? [indicator.numerator, indicator.denominator] : [];
}

describe('CATALOGUE', () => {
  it('should hold at least 40 indicators', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(40);
  });

  it('should cover all five sections', () => {
    expect(new Set(CATALOGUE.map((indicator) => indicator.section))).toEqual(new Set(SECTION_IDS));
  });

  it('should have unique codes and unique labels in both languages', () => {
    expect(codes.size).toBe(CATALOGUE.length);
    expect(new Set(CATALOGUE.map((indicator) => indicator.label.vi)).size).toBe(CATALOGUE.length);
    expect(new Set(CATALOGUE.map((indicator) => indicator.label.en)).size).toBe(CATALOGUE.length);
  });

  it.each(CATALOGUE.map((indicator) => [indicator.code, indicator] as const))('should give %s a valid code with its section prefix', (code, indicator) => {
    expect(IndicatorCode.safeParse(code).success).toBe(true);
    expect(code).toMatch(new RegExp(`^${PREFIX[indicator.section]}\\d{2}$`));
  });

  it.each(CATALOGUE.map((indicator) => [indicator.code, indicator] as const))('should let %s pass Indicator.parse', (_code, indicator) => {
    expect(Indicator.safeParse(indicator).success).toBe(true);
  });

  it.each(CATALOGUE.map((indicator) => [indicator.code, indicator] as const))('should keep the labels and help of %s within Excel limits', (_code, indicator) => {
    expect(indicator.label.vi.length).toBeLessThanOrEqual(90);
    expect(indicator.help).toBeDefined();
    expect(indicator.help?.vi.length).toBeLessThanOrEqual(180);
    expect(indicator.help?.en.length).toBeLessThanOrEqual(255);
  });

  it('should give every numeric indicator a measure and bounds from 0', () => {
    for (const indicator of CATALOGUE) {
      if (indicator.type === 'integer' || indicator.type === 'decimal' || indicator.type === 'money') {
        expect([indicator.code, indicator.measure.length > 0]).toEqual([indicator.code, true]);
        expect([indicator.code, indicator.min]).toEqual([indicator.code, 0]);
        expect([indicator.code, (indicator.max ?? 0) > 0]).toEqual([indicator.code, true]);
      }
      if (indicator.type === 'money') expect(indicator.measure).toBe('triệu đồng');
    }
  });

  it('should leave the measure empty for yes/no, text, choice and date indicators', () => {
    const unmeasured = CATALOGUE.filter((indicator) => ['yesno', 'text', 'choice', 'date'].includes(indicator.type));
    expect(unmeasured.map((indicator) => indicator.measure)).toEqual(unmeasured.map(() => ''));
  });

  it('should offer each value type the workbook supports', () => {
    const types = new Set(CATALOGUE.map((indicator) => indicator.type));
    expect([...types].sort()).toEqual(['choice', 'date', 'integer', 'money', 'rate', 'text', 'yesno']);
  });

  it('should mark a few core indicators as required', () => {
    const required = CATALOGUE.filter((indicator) => indicator.required).map((indicator) => indicator.code);
    expect(required).toEqual(expect.arrayContaining(['TT01', 'TT02', 'TC01', 'DG01']));
    expect(required.length).toBeLessThan(10);
  });

  it('should compute at least four rates, none of them typed', () => {
    expect(rates.length).toBeGreaterThanOrEqual(4);
    for (const rate of rates) {
      expect(isAnswered(rate)).toBe(false);
      expect(rate.measure).toBe('%');
      expect(rate.required).toBe(false);
    }
  });

  it('should include the rates the plans set targets for', () => {
    const byLabel = (text: string) => rates.find((rate) => rate.label.vi.includes(text));
    expect(byLabel('CNVCLĐ tham gia ủng hộ')).toMatchObject({ numerator: { indicator: 'AS18' }, denominator: { unitSize: 'workforce' } });
    expect(byLabel('hoàn thành tốt nhiệm vụ trở lên')).toMatchObject({
      numerator: { indicator: 'TC14', choices: ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ'] },
      denominator: { unitCount: 'reporting' },
    });
    expect(byLabel('hoàn thành xuất sắc')).toMatchObject({ numerator: { indicator: 'TC14', choices: ['Hoàn thành xuất sắc nhiệm vụ'] } });
    expect(byLabel('cán bộ CĐCS được tập huấn')).toMatchObject({ numerator: { indicator: 'TC06' }, denominator: { indicator: 'TC05' } });
  });

  it('should point every rate term at a counted indicator and every choice term at an existing choice', () => {
    for (const rate of rates) {
      for (const term of rateTerms(rate)) {
        for (const code of rateTermIndicators(term)) {
          const target = findIndicator(code);
          expect([rate.code, code, target?.type]).toEqual([rate.code, code, expect.stringMatching(/^(integer|decimal|money|choice)$/)]);
          if ('choices' in term) {
            const offered = target?.type === 'choice' ? target.choices.map((choice) => choice.value) : [];
            expect(offered).toEqual(expect.arrayContaining(term.choices));
          }
        }
      }
    }
  });

  it('should offer the four self-rating levels, best first', () => {
    const rating = CATALOGUE.find((indicator) => indicator.type === 'choice');
    expect(rating?.type === 'choice' ? rating.choices.map((choice) => choice.value) : []).toEqual([
      'Hoàn thành xuất sắc nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ',
      'Hoàn thành nhiệm vụ',
      'Không hoàn thành nhiệm vụ',
    ]);
  });

  it('should place each "trong đó" row after its total, in the same measure, with a notGreater check', () => {
    const parts = CATALOGUE.filter((indicator) => indicator.partOf !== undefined);
    expect(parts.length).toBeGreaterThanOrEqual(4);
    for (const part of parts) {
      const whole = findIndicator(part.partOf ?? '');
      expect(whole?.measure).toBe(part.measure);
      expect(part.label.vi.startsWith('Trong đó')).toBe(true);
      expect(CATALOGUE.indexOf(part)).toBeGreaterThan(CATALOGUE.findIndex((indicator) => indicator.code === part.partOf));
      expect(CATALOGUE_CHECKS).toContainEqual({ kind: 'notGreater', part: part.code, whole: part.partOf });
    }
  });
});

describe('CATALOGUE_CHECKS', () => {
  it('should reference only catalogue codes, never the same code twice in a rule', () => {
    for (const check of CATALOGUE_CHECKS) {
      const [a, b] = checkCodes(check);
      expect([a, codes.has(a)]).toEqual([a, true]);
      expect([b, codes.has(b)]).toEqual([b, true]);
      expect(a).not.toBe(b);
    }
  });

  it('should not repeat a rule', () => {
    const keys = CATALOGUE_CHECKS.map((check) => `${check.kind}:${checkCodes(check).join('>')}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    ['notGreater', 'NT05', 'NT04'],
    ['notGreater', 'TC04', 'TC03'],
    ['notGreater', 'TC06', 'TC05'],
    ['notGreater', 'TC12', 'TC11'],
    ['requires', 'AS12', 'AS11'],
    ['requires', 'AS03', 'AS01'],
    ['requires', 'AS10', 'AS09'],
  ] as const)('should hold the %s rule between %s and %s', (kind, first, second) => {
    const expected = kind === 'notGreater' ? { kind, part: first, whole: second } : { kind, when: first, then: second };
    expect(CATALOGUE_CHECKS).toContainEqual(expected);
  });

  it('should only compare numbers in notGreater rules', () => {
    for (const check of CATALOGUE_CHECKS.filter((c) => c.kind === 'notGreater')) {
      for (const code of checkCodes(check)) expect(findIndicator(code)?.type).toMatch(/^(integer|decimal|money)$/);
    }
  });

  it('should never involve a computed rate', () => {
    for (const check of CATALOGUE_CHECKS) {
      for (const code of checkCodes(check)) expect(findIndicator(code)?.type).not.toBe('rate');
    }
  });
});

describe('findIndicator', () => {
  it('should find a catalogue indicator by code', () => {
    expect(findIndicator('AS12')).toMatchObject({ code: 'AS12', type: 'money', measure: 'triệu đồng' });
  });

  it('should return undefined for an unknown code', () => {
    expect(findIndicator('XX99')).toBeUndefined();
  });

  it('should hand out frozen entries', () => {
    const entry = findIndicator('TT01');
    expect(Object.isFrozen(entry)).toBe(true);
    expect(Object.isFrozen(entry?.label)).toBe(true);
  });
});

describe('pickIndicators', () => {
  it('should return the named indicators in catalogue order', () => {
    expect(pickIndicators(['DG01', 'TT02', 'AS01', 'TT01']).map((indicator) => indicator.code)).toEqual(['TT01', 'TT02', 'AS01', 'DG01']);
  });

  it('should throw on an unknown code, naming it', () => {
    expect(() => pickIndicators(['TT01', 'ZZ01'])).toThrow('ZZ01');
  });

  it('should return copies that a campaign may change without touching the catalogue', () => {
    const [picked] = pickIndicators(['TT01']);
    if (picked === undefined) throw new Error('TT01 missing');
    picked.label.vi = 'Đã sửa';
    expect(findIndicator('TT01')?.label.vi).not.toBe('Đã sửa');
  });
});

describe('checksFor', () => {
  it('should keep a rule when all its indicators are picked', () => {
    expect(checksFor(pickIndicators(['AS11', 'AS12']))).toEqual([{ kind: 'requires', when: 'AS12', then: 'AS11' }]);
  });

  it('should drop a rule when one of its indicators is missing', () => {
    expect(checksFor(pickIndicators(['AS12', 'TT01']))).toEqual([]);
  });

  it('should return every rule for the whole catalogue', () => {
    expect(checksFor(CATALOGUE)).toEqual([...CATALOGUE_CHECKS]);
  });
});
