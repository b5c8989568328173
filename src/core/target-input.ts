/**
 * A target as the district officer types it into the campaign editor, read the Vietnamese way
 * ("1.200", "12,5") and answered in plain words: what to type, with an example fitting the
 * indicator, never a schema message about strings and numbers.
 */
import type { MessageKey, Params } from './messages';
import type { Indicator } from './schema/indicator';
import type { NumberKind } from './vietnamese-number';
import { parseVietnameseNumber } from './vietnamese-number';

/** The words shown under the field: a message key and its placeholders. */
export type InputMessage = { readonly key: MessageKey; readonly params: Params };

export type TargetInput = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: InputMessage };

type TargetIndicator = { readonly type: Indicator['type']; readonly label: { readonly vi: string }; readonly measure?: string };

/**
 * What kind of figure a target of this indicator is: a count (whole numbers: people, sessions,
 * units answering "Có"), an amount or a decimal, or a percentage.
 */
export function targetNumberKind(indicator: Pick<Indicator, 'type'>): NumberKind {
  if (indicator.type === 'money') return 'money';
  if (indicator.type === 'decimal' || indicator.type === 'rate') return 'decimal';
  return 'integer';
}

/** Money indicators are kept in triệu đồng when their measure says nothing else. */
const MONEY_MEASURE = 'triệu đồng';

const EXAMPLE: Readonly<Record<NumberKind | 'rate', string>> = { integer: '3', decimal: '12,5', money: '1,5', rate: '80' };

/**
 * Reads a typed target (or a unit's share, or a district result) for `indicator`. A decimal in a
 * count is refused, a rate above 100 % too; an empty field asks for a figure.
 */
export function readTargetText(text: string, indicator: TargetIndicator): TargetInput {
  const kind = targetNumberKind(indicator);
  const isRate = indicator.type === 'rate';
  const params = { raw: text.trim(), label: indicator.label.vi, measure: indicator.measure || MONEY_MEASURE, example: EXAMPLE[isRate ? 'rate' : kind] };
  const refuse = (key: MessageKey): TargetInput => ({ ok: false, message: { key, params } });
  const parsed = parseVietnameseNumber(text, kind);
  if (!parsed.ok) {
    switch (parsed.reason) {
      case 'empty':
        return refuse('target.input.empty');
      case 'negative':
        return refuse('target.input.negative');
      case 'notInteger':
        return refuse('target.input.notWhole');
      case 'ambiguous':
        return refuse(kind === 'integer' ? 'target.input.notWhole' : 'target.input.ambiguous');
      case 'notNumber':
        return refuse(kind === 'money' ? 'target.input.notAmount' : 'target.input.notNumber');
    }
  }
  if (isRate && parsed.value > 100) return refuse('target.input.rateOver100');
  return { ok: true, value: parsed.value };
}
