import { formatDate, formatNumber, t } from '../core';
import type { Campaign, Indicator, MessageKey, Params, ReportingRound, Target } from '../core';

/** Excel refuses a validation whose title exceeds 32 or whose text exceeds 255 characters. */
export const LIMITS = { promptTitle: 32, promptText: 255 } as const;

export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

export function message(titleKey: MessageKey, textKey: MessageKey, params: Params = {}, extra = '') {
  return {
    title: clip(t(titleKey, params), LIMITS.promptTitle),
    text: clip([t(textKey, params), extra].filter(Boolean).join(' '), LIMITS.promptText),
  };
}

export function deadlineText(deadline: string, time?: string): string {
  return time ? t('wb.deadlineAt', { time, date: formatDate(deadline) }) : formatDate(deadline);
}

export function roundDeadline(campaign: Campaign, round: ReportingRound): string {
  return deadlineText(round.deadline, round.deadlineTime ?? (round.deadline === campaign.deadline ? campaign.deadlineTime : undefined));
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
export const roman = (n: number): string => ROMAN[n - 1] ?? String(n);

/** `marked: false` for the report, which is read, not filled in: no "(*)" for required answers. */
export function indicatorLabel(indicator: Indicator, options: { readonly marked?: boolean } = {}): string {
  const saysPart = /^trong đó/i.test(indicator.label.vi.normalize('NFC'));
  const label = indicator.partOf && !saysPart ? t('wb.partOf', { label: lowerFirst(indicator.label.vi) }) : indicator.label.vi;
  return indicator.required && options.marked !== false ? t('wb.requiredMark', { label }) : label;
}

/** "Kế hoạch …" inside a sentence: "kế hoạch …". */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** How a target reads in a locked cell: a plain figure, or "≥ 90%" for rates. */
export function targetText(indicator: Indicator, target: Target, value: number): string {
  const figure = indicator.type === 'rate' ? `${formatNumber(value)}%` : formatNumber(value);
  if (indicator.type !== 'rate') return figure;
  return t(target.direction === 'atMost' ? 'wb.target.atMost' : 'wb.target.atLeast', { value: figure });
}
