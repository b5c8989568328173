/**
 * A district's own indicators, those the catalogue does not have: made and reshaped in the edit
 * form as pure functions. They take the types a unit can type a value into without further setup.
 */
import type { Indicator, Section } from '../../../core/schema/indicator';
import { SECTION_IDS } from '../../../core/schema/indicator';

export const OWN_TYPES = ['integer', 'decimal', 'money', 'yesno', 'text', 'date'] as const;
export type OwnType = (typeof OWN_TYPES)[number];

export const OWN_FIELDS = ['code', 'label', 'measure', 'type', 'section', 'partOf'] as const;
export type OwnField = (typeof OWN_FIELDS)[number];

const NUMERIC: ReadonlySet<Indicator['type']> = new Set(['integer', 'decimal', 'money']);

export function isNumeric(indicator: Pick<Indicator, 'type'>): boolean {
  return NUMERIC.has(indicator.type);
}

export function isOwnType(value: string): value is OwnType {
  return (OWN_TYPES as readonly string[]).includes(value);
}

export function isSection(value: string): value is Section {
  return (SECTION_IDS as readonly string[]).includes(value);
}

/**
 * An indicator the form lets the user reshape: one of the simple types, and not a catalogue entry
 * (same code and wording). A typed code that happens to be a catalogue code keeps it editable.
 */
export function isOwnIndicator(indicator: Indicator, catalogue: readonly Indicator[]): boolean {
  return isOwnType(indicator.type) && !catalogue.some((c) => c.code === indicator.code && c.label.vi === indicator.label.vi);
}

/**
 * A blank whole-number indicator with the first free code `CT01`, `CT02` …, in the section of the
 * last figure asked for (the written assessment closes most lists and takes no numbers).
 */
export function newOwnIndicator(indicators: readonly Indicator[]): Indicator {
  const used = new Set(indicators.map((i) => i.code));
  let number = 1;
  while (used.has(ownCode(number))) number += 1;
  return {
    code: ownCode(number),
    label: { vi: '', en: '' },
    section: [...indicators].reverse().find((i) => i.section !== 'assessment')?.section ?? 'propaganda',
    measure: '',
    required: false,
    type: 'integer',
    min: 0,
    aggregation: 'sum',
  };
}

function ownCode(number: number): string {
  return `CT${String(number).padStart(2, '0')}`;
}

/**
 * The indicator with another value type: what the new type needs gets its schema default, what it
 * cannot have goes (a yes/no or text row has no unit of measure and is no "trong đó" of a total).
 */
export function withType(indicator: Indicator, type: OwnType): Indicator {
  const numeric = NUMERIC.has(type);
  const base = {
    code: indicator.code,
    label: indicator.label,
    section: indicator.section,
    measure: numeric ? indicator.measure : '',
    required: indicator.required,
    ...(indicator.help === undefined ? {} : { help: indicator.help }),
    ...(numeric && indicator.partOf !== undefined ? { partOf: indicator.partOf } : {}),
  };
  switch (type) {
    case 'integer':
    case 'decimal':
    case 'money': {
      const bounds = indicator.type === 'integer' || indicator.type === 'decimal' || indicator.type === 'money' ? indicator : undefined;
      return { ...base, type, min: bounds?.min ?? 0, ...(bounds?.max === undefined ? {} : { max: bounds.max }), aggregation: 'sum' };
    }
    case 'yesno':
      return { ...base, type, aggregation: 'countYes' };
    case 'text':
      return { ...base, type, maxLength: 2000, aggregation: 'textList' };
    case 'date':
      return { ...base, type, aggregation: 'dateRange' };
  }
}

/** Totals an indicator can be a "trong đó" of: other numeric rows that are not parts themselves. */
export function partOfChoices(indicators: readonly Indicator[], code: string): Indicator[] {
  return indicators.filter((i) => i.code !== code && isNumeric(i) && i.partOf === undefined);
}

/** Moves the indicator at `index` under its total, after the total's other parts, in the total's section. */
export function placeUnder(indicators: readonly Indicator[], index: number, whole: string): Indicator[] {
  const moving = indicators[index];
  const total = indicators.find((i) => i.code === whole);
  if (moving === undefined || total === undefined) return [...indicators];
  const rest = indicators.filter((_, i) => i !== index);
  let at = rest.indexOf(total) + 1;
  while (rest[at]?.partOf === whole) at += 1;
  return [...rest.slice(0, at), { ...moving, partOf: whole, section: total.section }, ...rest.slice(at)];
}
