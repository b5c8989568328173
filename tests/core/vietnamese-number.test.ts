import fc from 'fast-check';
import { parseCount, parseVietnameseNumber } from '../../src/core/vietnamese-number';
import type { NumberKind, NumberProblem } from '../../src/core/vietnamese-number';

const REASONS: readonly NumberProblem[] = ['empty', 'notNumber', 'ambiguous', 'negative', 'notInteger'];

describe('parseVietnameseNumber', () => {
  describe('readings it accepts', () => {
    it.each<[string | number, NumberKind, number]>([
      ['0', 'integer', 0],
      ['120', 'integer', 120],
      ['007', 'integer', 7],
      ['1.000', 'integer', 1000],
      ['1.000.000', 'integer', 1000000],
      ['12.345.678', 'integer', 12345678],
      ['1 000', 'integer', 1000],
      ['1\u00a0000', 'integer', 1000],
      ['1\u202f000\u202f000', 'integer', 1000000],
      ['  94  ', 'integer', 94],
      ['+5', 'integer', 5],
      ['12,0', 'integer', 12],
      ['1.000,00', 'integer', 1000],
      ['12,5', 'decimal', 12.5],
      ['0,500', 'decimal', 0.5],
      [',5', 'decimal', 0.5],
      ['1234,567', 'decimal', 1234.567],
      ['1.234,5', 'decimal', 1234.5],
      ['1 234,5', 'decimal', 1234.5],
      ['1.5', 'decimal', 1.5],
      ['1.000', 'decimal', 1000],
      ['1,5 triệu', 'money', 1.5],
      ['1,5', 'money', 1.5],
      ['2 tỷ', 'money', 2000],
      ['1,1 tỷ', 'money', 1100],
      ['2 tỉ đồng', 'money', 2000],
      ['500.000 đồng', 'money', 0.5],
      ['500.000đ', 'money', 0.5],
      ['500.000 VNĐ', 'money', 0.5],
      ['500k', 'money', 0.5],
      ['200 nghìn', 'money', 0.2],
      ['2,5 Triệu Đồng', 'money', 2.5],
      ['3 trieu', 'money', 3],
      ['3tr', 'money', 3],
      ['1.234.567 đ', 'money', 1.234567],
      [1200, 'integer', 1200],
      [12.5, 'decimal', 12.5],
      [1.5, 'money', 1.5],
    ])('should read %j as a %s number %d', (raw, kind, expected) => {
      expect(parseVietnameseNumber(raw, kind)).toEqual({ ok: true, value: expected });
    });
  });

  describe('readings it refuses', () => {
    it.each<[string | number, NumberKind, NumberProblem]>([
      ['', 'integer', 'empty'],
      ['   ', 'decimal', 'empty'],
      ['\u00a0', 'money', 'empty'],
      ['-', 'integer', 'empty'],
      [' – ', 'integer', 'empty'],
      ['1.5', 'integer', 'ambiguous'],
      ['1.50', 'integer', 'ambiguous'],
      ['1,000', 'integer', 'ambiguous'],
      ['1,000', 'decimal', 'ambiguous'],
      ['12,500', 'money', 'ambiguous'],
      ['1,000.5', 'decimal', 'ambiguous'],
      ['1,000,000', 'integer', 'ambiguous'],
      ['12,5', 'integer', 'notInteger'],
      [12.5, 'integer', 'notInteger'],
      ['-5', 'integer', 'negative'],
      ['−2,5', 'decimal', 'negative'],
      [-1, 'money', 'negative'],
      ['abc', 'integer', 'notNumber'],
      ['mười', 'integer', 'notNumber'],
      ['12a', 'integer', 'notNumber'],
      ['1.2.3', 'integer', 'notNumber'],
      ['1.00.000', 'integer', 'notNumber'],
      ['1 2', 'integer', 'notNumber'],
      ['5,', 'decimal', 'notNumber'],
      ['1,2,3', 'decimal', 'notNumber'],
      ['1.23,5', 'decimal', 'notNumber'],
      ['1,5 triệu', 'decimal', 'notNumber'],
      ['5 đô', 'money', 'notNumber'],
      ['triệu', 'money', 'notNumber'],
      ['1e6', 'integer', 'notNumber'],
      ['9'.repeat(400), 'integer', 'notNumber'],
      [Number.NaN, 'decimal', 'notNumber'],
      [Number.POSITIVE_INFINITY, 'integer', 'notNumber'],
    ])('should refuse %j as a %s number because it is %s', (raw, kind, reason) => {
      expect(parseVietnameseNumber(raw, kind)).toEqual({ ok: false, reason });
    });
  });

  it('should accept a negative number only when asked to', () => {
    expect(parseVietnameseNumber('-1.200,5', 'decimal', { allowNegative: true })).toEqual({ ok: true, value: -1200.5 });
    expect(parseVietnameseNumber('-0', 'integer')).toEqual({ ok: true, value: 0 });
  });

  it('should never throw and always answer with a value or a known reason', () => {
    const kinds = fc.constantFrom<NumberKind>('integer', 'decimal', 'money');
    const numberish = fc.stringMatching(/^[-+ 0-9.,\u00a0\u202ftriệuỷđồngk]{0,16}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), numberish), kinds, (raw, kind) => {
        const result = parseVietnameseNumber(raw, kind);
        if (result.ok) {
          expect(Number.isFinite(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(0);
          if (kind === 'integer') expect(Number.isInteger(result.value)).toBe(true);
        } else {
          expect(REASONS).toContain(result.reason);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('should read back any whole number written with Vietnamese thousands dots', () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (n) => {
        const written = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        expect(parseVietnameseNumber(written, 'integer')).toEqual({ ok: true, value: n });
      }),
    );
  });
});

describe('parseCount', () => {
  it.each<[string | number, ReturnType<typeof parseCount>]>([
    ['1.200', { ok: true, value: 1200 }],
    [35, { ok: true, value: 35 }],
    ['', { ok: false, reason: 'empty' }],
    ['1,5', { ok: false, reason: 'notInteger' }],
    ['-3', { ok: false, reason: 'negative' }],
  ])('should read %j as %j', (raw, expected) => {
    expect(parseCount(raw)).toEqual(expected);
  });
});
