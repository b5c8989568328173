import type { Campaign } from './schema/campaign';
import type { Indicator } from './schema/indicator';
import type { Unit } from './schema/unit';

/** What one unit does in a round or a half-year, by unit of measure: [few, many]. */
const RANGES: Readonly<Record<string, readonly [number, number]>> = {
  'buổi': [1, 8],
  'lượt người': [20, 400],
  'người': [0, 6],
  'lượt': [0, 4],
  'tin, bài': [1, 10],
  'cái': [0, 6],
  'lần': [2, 20],
  'tờ': [0, 200],
  'cuộc': [0, 3],
  'căn': [0, 0.6],
  'công trình': [0, 0.6],
  m: [0, 300],
  'suất': [2, 40],
  'ngày công': [5, 80],
  'hộ': [0, 5],
  'đoàn viên': [0, 6],
  CĐCS: [0, 0],
  'mô hình': [0, 2],
  'vụ': [0, 2],
  'triệu đồng': [0.5, 25],
};

/** Measures counted among the unit's own people, so they grow with its size. */
const PER_PERSON = new Set(['lượt người']);

/** A typed answer as it would sit in a cell: a number, text, or a calendar date. */
export type SampleValue = number | string | { readonly date: string } | null;

/**
 * Plausible answers for a unit, for the demo and the benchmarks: scaled to the unit's size,
 * varied from unit to unit, and consistent (a "trong đó" never exceeds its total).
 */
export function sampleAnswers(campaign: Campaign, unit: Unit, index: number, targets: ReadonlyMap<string, number> = new Map()): Map<string, SampleValue> {
  const size = Math.max(1, unit.workforce ?? unit.members ?? 20);
  const k = (code: string) => ((index * 7 + code.charCodeAt(2) * 3 + code.charCodeAt(3)) % 11) / 10;
  const answers = new Map<string, SampleValue>();
  const value = (ind: Indicator): SampleValue => {
    const spread = k(ind.code);
    const target = targets.get(ind.code);
    switch (ind.type) {
      case 'integer': {
        const [low, high] = RANGES[ind.measure] ?? [0, 5];
        const scaled = PER_PERSON.has(ind.measure) ? Math.min(high, Math.max(low, size * 0.6)) : high;
        const base = target !== undefined ? Math.round(target * (0.8 + spread * 0.5)) : Math.round(low + spread * (scaled - low));
        return Math.min(base, ind.max ?? base);
      }
      case 'decimal':
      case 'money': {
        const [low, high] = RANGES[ind.measure] ?? [1, 20];
        return Math.round((low + spread * (high - low)) * 10) / 10;
      }
      case 'yesno':
        return spread > 0.25 ? 'Có' : 'Không';
      case 'choice':
        return ind.choices[Math.floor(spread * 2.2) % ind.choices.length]?.value ?? null;
      case 'date':
        return { date: campaign.period.start };
      case 'text':
        return ind.required || spread > 0.6 ? `${unit.name} đã triển khai nội dung "${ind.label.vi.toLocaleLowerCase('vi')}" theo kế hoạch.` : '';
      case 'rate':
        return null;
    }
  };
  for (const ind of campaign.indicators) answers.set(ind.code, value(ind));
  // Parts may not exceed their totals, and counts of people may not exceed the workforce.
  for (const ind of campaign.indicators) {
    const whole = ind.partOf ? answers.get(ind.partOf) : undefined;
    const part = answers.get(ind.code);
    if (typeof whole === 'number' && typeof part === 'number' && part > whole) answers.set(ind.code, Math.floor(whole * 0.6));
    if (ind.type === 'rate' && 'indicator' in ind.numerator && !('choices' in ind.numerator) && 'unitSize' in ind.denominator) {
      const limit = unit[ind.denominator.unitSize] ?? 0;
      answers.set(ind.numerator.indicator, Math.round(limit * (0.85 + k(ind.code) * 0.15)));
    }
  }
  // A value needs its count (gifts' worth needs gifts): when the count is nought, so is the value.
  for (const check of campaign.checks) {
    if (check.kind !== 'requires') continue;
    const then = answers.get(check.then);
    if (then === 0 || then === '' || then === 'Không') answers.set(check.when, typeof answers.get(check.when) === 'string' ? '' : 0);
  }
  return answers;
}
