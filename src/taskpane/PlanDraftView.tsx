import {
  Body1,
  Button,
  Caption1,
  Caption1Strong,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { CARD_STYLES } from './card-styles';
import { describeIssue } from '../core/describe-issue';
import { t } from '../core/messages';
import type { Lang } from '../core/messages';
import type { Issue } from '../core/schema/issue';
import { shortQuote } from '../core/plan-import';
import type { DraftLine, DraftReport } from '../core/plan-import';

export type PlanDraftViewProps = {
  readonly lang: Lang;
  /** The draft in words: each field with its source sentence, and what is missing or contradicts. */
  readonly report: DraftReport;
  /** What making the campaign found: errors block it, warnings ask for a check. */
  readonly issues: readonly Issue[];
  readonly campaignReady: boolean;
  readonly inUse: boolean;
  readonly onUse: () => void;
};

const useStyles = makeStyles({
  ...CARD_STYLES,
  fields: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  label: { color: tokens.colorNeutralForeground3 },
  entry: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  note: { color: tokens.colorPaletteDarkOrangeForeground2 },
  source: {
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Group = { readonly label: string; readonly lines: readonly DraftLine[] };

function groupByField(lines: readonly DraftLine[]): Group[] {
  const groups: { label: string; lines: DraftLine[] }[] = [];
  for (const line of lines) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.label === line.label) last.lines.push(line);
    else groups.push({ label: line.label, lines: [line] });
  }
  return groups;
}

function FindingsBar({ intent, title, items }: { intent: 'error' | 'warning'; title: string; items: readonly string[] }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <MessageBar intent={intent} layout="multiline" politeness={intent === 'error' ? 'assertive' : 'polite'}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={styles.list}>
          {items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** What the pasted plan says, field by field, each beside the sentence it was read from. */
export function PlanDraftView({ lang, report, issues, campaignReady, inUse, onUse }: PlanDraftViewProps) {
  const styles = useStyles();
  const heading = t('plan.pane.resultHeading', {}, lang);
  const errors = issues.filter((i) => i.severity === 'error');
  const blocking = new Set(errors.map((i) => i.code));
  // Contradictions and unmapped figures are listed with their quotes; their warnings would repeat them.
  const quoted = (code: string) => code.startsWith('plan.contradiction.') || code === 'plan.issue.unmappedFigures';
  const checks = [
    ...report.contradictions
      .filter((c) => !blocking.has(`plan.contradiction.${c.code}`))
      .map((c) => `${c.text} (${c.sources.map((s) => `“${shortQuote(s, 80)}”`).join('; ')})`),
    ...report.unmapped.map((u) => `${u.text} (“${shortQuote(u.source, 80)}”)`),
    ...issues.filter((i) => i.severity === 'warning' && !quoted(i.code)).map((i) => describeIssue(i, lang)),
  ];

  return (
    <>
      <article className={styles.card} aria-label={heading}>
        <Caption1Strong as="h3" className={styles.heading}>
          {heading}
        </Caption1Strong>
        <dl className={styles.fields}>
          {groupByField(report.lines).map((group) => (
            <div key={group.label}>
              <dt className={styles.label}>
                <Caption1Strong>{group.label}</Caption1Strong>
              </dt>
              {group.lines.map((line, index) => (
                <dd key={index} className={styles.entry}>
                  <Body1>{line.value}</Body1>
                  {line.note !== undefined && <Caption1 className={styles.note}>{line.note}</Caption1>}
                  <Caption1 className={styles.source} title={line.source} aria-label={`${t('plan.pane.source', {}, lang)}: ${line.source}`}>
                    “{shortQuote(line.source, 180)}”
                  </Caption1>
                </dd>
              ))}
            </div>
          ))}
        </dl>
      </article>
      <FindingsBar intent="error" title={t('plan.pane.blockedTitle', {}, lang)} items={errors.map((i) => describeIssue(i, lang))} />
      <FindingsBar intent="warning" title={t('plan.pane.missingTitle', {}, lang)} items={report.missing.length === 0 ? [] : [report.missing.join(', ')]} />
      <FindingsBar intent="warning" title={t('plan.pane.checkTitle', {}, lang)} items={checks} />
      {campaignReady && (
        <Button appearance="primary" disabled={inUse} onClick={onUse}>
          {t('plan.pane.use', {}, lang)}
        </Button>
      )}
      {inUse && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t('plan.pane.inUse', {}, lang)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
