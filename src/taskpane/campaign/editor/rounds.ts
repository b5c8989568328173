/** Reporting rounds in the edit form, as pure functions over the list a draft holds. */
import { t } from '../../../core/messages';
import { daysInclusive } from '../../../core/plan-import/dates';
import type { Campaign, ReportingRound } from '../../../core/schema/campaign';
import { addDays, isIsoDate } from '../../../core/schema/common';

export const ROUND_FIELDS = ['id', 'label', 'period.start', 'period.end', 'deadline', 'deadlineTime'] as const;
export type RoundField = (typeof ROUND_FIELDS)[number];

export function roundValue(round: ReportingRound, field: RoundField): string {
  switch (field) {
    case 'id':
      return round.id;
    case 'label':
      return round.label;
    case 'period.start':
      return round.period.start;
    case 'period.end':
      return round.period.end;
    case 'deadline':
      return round.deadline;
    case 'deadlineTime':
      return round.deadlineTime ?? '';
  }
}

export function setRoundValue(round: ReportingRound, field: RoundField, value: string): ReportingRound {
  switch (field) {
    case 'id':
      return { ...round, id: value.trim() };
    case 'label':
      return { ...round, label: value };
    case 'period.start':
      return { ...round, period: { ...round.period, start: value.trim() } };
    case 'period.end':
      return { ...round, period: { ...round.period, end: value.trim() } };
    case 'deadline':
      return { ...round, deadline: value.trim() };
    case 'deadlineTime': {
      const { deadlineTime: _old, ...rest } = round;
      return value.trim() === '' ? rest : { ...rest, deadlineTime: value.trim() };
    }
  }
}

/**
 * The round after the last one: `dot-N` with the first free N, a period as long as the last
 * round's starting the day after it, due as many days after its end as the last one was. Without
 * a usable last round it covers the campaign's period and deadline.
 */
export function nextRound(campaign: Pick<Campaign, 'reportingRounds' | 'period' | 'deadline'>): ReportingRound {
  const ids = new Set(campaign.reportingRounds.map((r) => r.id));
  let number = campaign.reportingRounds.length + 1;
  while (ids.has(`dot-${number}`)) number += 1;
  const id = `dot-${number}`;
  const label = t('pane.edit.round.newLabel', { number }, 'vi');
  const last = campaign.reportingRounds.at(-1);
  if (last === undefined || !isIsoDate(last.period.start) || !isIsoDate(last.period.end) || last.period.start > last.period.end) {
    return { id, label, period: { ...campaign.period }, deadline: campaign.deadline };
  }
  const start = addDays(last.period.end, 1);
  const end = addDays(start, daysInclusive(last.period) - 1);
  const lag = isIsoDate(last.deadline) ? Math.max(0, daysInclusive({ start: last.period.end, end: last.deadline }) - 1) : 0;
  const round: ReportingRound = { id, label, period: { start, end }, deadline: addDays(end, lag) };
  return last.deadlineTime === undefined ? round : { ...round, deadlineTime: last.deadlineTime };
}
