import { formatDate, formatNumber, formatPercent } from '../../core/format';
import { t } from '../../core/messages';
import type { Lang, MessageKey } from '../../core/messages';
import type { Campaign, Indicator, ReportingRound, Target } from '../../core';

/** One line of the summary; a value may take several lines (e.g. one per reporting round). */
export type SummaryRow = { readonly label: string; readonly lines: readonly string[] };
export type CampaignSummaryData = {
  readonly title: string;
  readonly rows: readonly SummaryRow[];
  readonly targets: readonly { readonly indicator: string; readonly text: string }[];
};

/** Up to this many reporting rounds are listed one by one; more (daily reports) are summed up. */
const LISTED_ROUNDS = 3;

/** What the pane shows about a campaign, already worded in the user's language. */
export function summarizeCampaign(campaign: Campaign, lang: Lang): CampaignSummaryData {
  const row = (key: MessageKey, ...lines: string[]): SummaryRow => ({ label: t(key, {}, lang), lines });
  const rows: SummaryRow[] = [row('pane.summary.organization', campaign.organization.name)];
  const plan = planReference(campaign, lang);
  if (plan !== undefined) rows.push(row('pane.summary.plan', plan));
  rows.push(
    row(
      'pane.summary.period',
      t('pane.summary.periodRange', { start: formatDate(campaign.period.start), end: formatDate(campaign.period.end) }, lang),
    ),
    row('pane.summary.deadline', due(campaign.deadline, campaign.deadlineTime, lang)),
    row('pane.summary.rounds', ...describeRounds(campaign.reportingRounds, lang)),
    row('pane.summary.indicators', formatNumber(campaign.indicators.length, lang)),
    row(
      'pane.summary.units',
      campaign.units.length === 0 ? t('pane.summary.unitsNone', {}, lang) : formatNumber(campaign.units.length, lang),
    ),
    row(
      'pane.summary.targets',
      campaign.targets.length === 0 ? t('pane.summary.targetsNone', {}, lang) : formatNumber(campaign.targets.length, lang),
    ),
  );
  const indicators = new Map(campaign.indicators.map((indicator) => [indicator.code, indicator]));
  const targets = campaign.targets.map((target) => ({
    indicator: target.indicator,
    text: describeTarget(target, indicators.get(target.indicator), lang),
  }));
  return { title: campaign.title, rows, targets };
}

function due(date: string, time: string | undefined, lang: Lang): string {
  return time === undefined ? formatDate(date) : t('pane.summary.deadlineTime', { time, date: formatDate(date) }, lang);
}

function describeRounds(rounds: readonly ReportingRound[], lang: Lang): string[] {
  const first = rounds[0];
  const last = rounds[rounds.length - 1];
  if (rounds.length > LISTED_ROUNDS && first !== undefined && last !== undefined) {
    const params = { count: formatNumber(rounds.length, lang), first: formatDate(first.deadline), last: formatDate(last.deadline) };
    return [t('pane.summary.roundsMany', params, lang)];
  }
  return rounds.map((round) =>
    round.deadlineTime === undefined
      ? t('pane.summary.roundDue', { label: round.label, date: formatDate(round.deadline) }, lang)
      : t('pane.summary.roundDueTime', { label: round.label, time: round.deadlineTime, date: formatDate(round.deadline) }, lang),
  );
}

function planReference(campaign: Campaign, lang: Lang): string | undefined {
  const { number, date } = campaign.plan;
  if (number === '') return undefined;
  return date === undefined
    ? t('pane.summary.planNumber', { number }, lang)
    : t('pane.summary.planNumberDate', { number, date: formatDate(date) }, lang);
}

/** "Kết nạp đoàn viên mới: ít nhất 50 người". */
export function describeTarget(target: Target, indicator: Indicator | undefined, lang: Lang): string {
  const amount =
    indicator?.type === 'rate'
      ? formatPercent(target.value, lang)
      : `${formatNumber(target.value, lang)} ${indicator?.measure ?? ''}`.trim();
  const bound = t(target.direction === 'atMost' ? 'pane.target.atMost' : 'pane.target.atLeast', { value: amount }, lang);
  return `${indicator?.label[lang] ?? target.indicator}: ${bound}`;
}
