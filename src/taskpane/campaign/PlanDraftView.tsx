import {
  Body1,
  Button,
  Caption1,
  Caption1Strong,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { CARD_STYLES } from './card-styles';
import { describeIssue } from '../../core/describe-issue';
import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';
import type { Issue } from '../../core/schema/issue';
import { DRAFT_FIELDS, draftFieldOf, isDateField, shortQuote, suppliedFieldLabel } from '../../core/plan-import';
import type { DraftField, DraftLine, DraftReport, PlanSupplement, SuppliedField, WantedField } from '../../core/plan-import';

export type PlanDraftViewProps = {
  readonly lang: Lang;
  /** The draft in words: each field with its source sentence, and what is missing or contradicts. */
  readonly report: DraftReport;
  /** Fields the draft still lacks: each shown as an input where the field would be. */
  readonly wanted: readonly WantedField[];
  /** What the user has typed so far. */
  readonly supplement: PlanSupplement;
  /** What making the campaign found: errors block it, warnings ask for a check. */
  readonly issues: readonly Issue[];
  readonly campaignReady: boolean;
  readonly inUse: boolean;
  readonly onUse: () => void;
  readonly onSupply: (field: SuppliedField, value: string) => void;
};

const useStyles = makeStyles({
  ...CARD_STYLES,
  // The draft's head stays in view while its fields scroll under it: the button is never screens away.
  top: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: `calc(-1 * ${tokens.spacingHorizontalM}) calc(-1 * ${tokens.spacingHorizontalM}) 0`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: `${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0 0`,
  },
  use: { alignSelf: 'flex-start' },
  fields: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  label: { color: tokens.colorNeutralForeground3 },
  entry: { margin: 0, display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  note: { color: tokens.colorPaletteDarkOrangeForeground2 },
  toggle: { color: tokens.colorBrandForeground1, cursor: 'pointer', fontSize: tokens.fontSizeBase200, width: 'fit-content' },
  source: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Group = { readonly field: DraftField; readonly label: string; readonly lines: readonly DraftLine[]; readonly inputs: readonly WantedField[] };

/**
 * The draft's fields in their order, each with what the text gave and, where it gives nothing
 * (or the user is typing), an input in its place. A typed value shows in its input, marked as
 * typed, never as a line quoting the text.
 */
function groupByField(report: DraftReport, wanted: readonly WantedField[], supplement: PlanSupplement, lang: Lang): Group[] {
  const typed = (Object.keys(supplement) as SuppliedField[]).filter((f) => (supplement[f] ?? '') !== '');
  const inputs = [...wanted, ...typed.filter((f) => !wanted.some((w) => w.field === f)).map((field) => ({ field, required: false }))];
  return DRAFT_FIELDS.flatMap((field) => {
    const lines = report.lines.filter((l) => l.field === field && l.status !== 'supplied');
    const here = inputs.filter((w) => draftFieldOf(w.field) === field);
    if (lines.length === 0 && here.length === 0) return [];
    return [{ field, label: t(`plan.field.${field}`, {}, lang), lines, inputs: here }];
  });
}

function SupplyInput({ item, value, lang, onSupply }: { item: WantedField; value: string; lang: Lang; onSupply: (field: SuppliedField, value: string) => void }) {
  const styles = useStyles();
  const hint = value !== '' ? t('plan.pane.byHand', {}, lang) : item.required ? t('plan.pane.supplyRequired', {}, lang) : t('plan.pane.supplyHint', {}, lang);
  return (
    <dd className={styles.entry}>
      <Field label={suppliedFieldLabel(item.field, lang)} hint={hint} required={item.required} {...(item.required && value === '' ? { validationState: 'warning' as const } : {})}>
        <Input type={isDateField(item.field) ? 'date' : 'text'} value={value} onChange={(_, data) => onSupply(item.field, data.value)} />
      </Field>
    </dd>
  );
}

/** A field the text gave: its value on one line, the sentence it was read from behind a disclosure. */
function FoundLine({ line, lang }: { readonly line: DraftLine; readonly lang: Lang }) {
  const styles = useStyles();
  return (
    <dd className={styles.entry}>
      <Body1>{line.value}</Body1>
      {line.note !== undefined && <Caption1 className={styles.note}>{line.note}</Caption1>}
      <details>
        <summary className={styles.toggle}>{t('plan.pane.sourceToggle', {}, lang)}</summary>
        <Caption1 className={styles.source} aria-label={`${t('plan.pane.source', {}, lang)}: ${line.source}`}>
          “{shortQuote(line.source, 400)}”
        </Caption1>
      </details>
    </dd>
  );
}

/** The draft's sticky head: what was read, and the button that uses it (or what it still lacks). */
function DraftTop({ heading, report, wanted, campaignReady, inUse, lang, onUse }: {
  readonly heading: string;
  readonly report: DraftReport;
  readonly wanted: readonly WantedField[];
  readonly campaignReady: boolean;
  readonly inUse: boolean;
  readonly lang: Lang;
  readonly onUse: () => void;
}) {
  const styles = useStyles();
  const found = new Set(report.lines.filter((l) => l.status !== 'supplied').map((l) => l.field)).size;
  return (
    <div className={styles.top}>
      <Caption1Strong as="h3" className={styles.heading}>
        {heading}
      </Caption1Strong>
      <Caption1>{t('plan.pane.found', { found, missing: report.missing.length }, lang)}</Caption1>
      {campaignReady && (
        <Button className={styles.use} appearance="primary" disabled={inUse} onClick={onUse}>
          {t('plan.pane.use', {}, lang)}
        </Button>
      )}
      {!campaignReady && wanted.some((w) => w.required) && <Caption1>{t('plan.pane.fillToUse', {}, lang)}</Caption1>}
      {inUse && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t('plan.pane.inUse', {}, lang)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
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

/** What the pasted plan says, field by field, each beside the sentence it was read from; what it lacks, as inputs. */
export function PlanDraftView({ lang, report, wanted, supplement, issues, campaignReady, inUse, onUse, onSupply }: PlanDraftViewProps) {
  const styles = useStyles();
  const card = useRef<HTMLElement>(null);
  // A plan just read is shown from its head, its button in view, wherever the page was scrolled.
  useEffect(() => card.current?.scrollIntoView?.({ block: 'start' }), []);
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
    <article ref={card} className={styles.card} aria-label={heading}>
      <DraftTop heading={heading} report={report} wanted={wanted} campaignReady={campaignReady} inUse={inUse} lang={lang} onUse={onUse} />
      <FindingsBar intent="error" title={t('plan.pane.blockedTitle', {}, lang)} items={errors.map((i) => describeIssue(i, lang))} />
      <dl className={styles.fields}>
        {groupByField(report, wanted, supplement, lang).map((group) => (
          <div key={group.field}>
            <dt className={styles.label}>
              <Caption1Strong>{group.label}</Caption1Strong>
            </dt>
            {group.lines.map((line, index) => (
              <FoundLine key={index} line={line} lang={lang} />
            ))}
            {group.inputs.map((item) => (
              <SupplyInput key={item.field} item={item} value={supplement[item.field] ?? ''} lang={lang} onSupply={onSupply} />
            ))}
          </div>
        ))}
      </dl>
      {/* Inside the card, so that the sticky head stays in view down to the last check. */}
      <FindingsBar intent="warning" title={t('plan.pane.missingTitle', {}, lang)} items={report.missing.length === 0 ? [] : [report.missing.join(', ')]} />
      <FindingsBar intent="warning" title={t('plan.pane.checkTitle', {}, lang)} items={checks} />
    </article>
  );
}
