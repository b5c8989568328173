import { Badge, Body1, Button, Caption1, Link, makeStyles, Subtitle2, Switch, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { countSeverities, countStatuses, describeIssue, groupBy } from '../../core';
import type { Issue, UnitStatusCode, ValidationResult } from '../../core';
import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';

export type CheckViewProps = {
  readonly validation: ValidationResult | undefined;
  readonly lang: Lang;
  readonly busy: boolean;
  /** Inside Excel: re-read the unit sheets (hand corrections count). */
  readonly onRefresh?: () => void;
  /** Set when issues can be shown in their cells (the returns were read from the open workbook). */
  readonly onGoTo?: (issue: Issue) => void;
  /** Set with `onGoTo`: colour the issue cells in the workbook. */
  readonly onHighlight?: () => void;
  /** Set while cells are coloured: put them back as they were. */
  readonly onClearHighlights?: () => void;
};

const STATUS_COLOR: Readonly<Record<UnitStatusCode, 'success' | 'warning' | 'informative' | 'danger'>> = {
  'on-time': 'success',
  late: 'warning',
  missing: 'informative',
  rejected: 'danger',
};

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  unit: {
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  unitLine: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, justifyContent: 'space-between' },
  unitName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  issues: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  where: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Styles = ReturnType<typeof useStyles>;
type UnitResult = ValidationResult['units'][number];

/** "Kiểm tra": each unit with its status badge and its issues, one sentence each. */
export function CheckView({ validation, lang, busy, onRefresh, onGoTo, onHighlight, onClearHighlights }: CheckViewProps) {
  const styles = useStyles();
  const [onlyProblems, setOnlyProblems] = useState(true);
  const refresh = onRefresh === undefined ? null : (
    <Button appearance="secondary" disabledFocusable={busy} onClick={onRefresh}>
      {t('pane.check.refresh', {}, lang)}
    </Button>
  );
  if (validation === undefined) {
    return (
      <section className={styles.view} aria-labelledby="check-title">
        <Subtitle2 as="h2" block id="check-title" className={styles.heading}>
          {t('pane.check.title', {}, lang)}
        </Subtitle2>
        <Body1 as="p" block>
          {t('pane.check.empty', {}, lang)}
        </Body1>
        {refresh}
      </section>
    );
  }
  // "chưa nộp" issues are left out: the badge says it.
  const byUnit = groupBy(
    validation.issues.filter((issue) => issue.code !== 'return.missing'),
    (issue) => issue.unit,
  );
  const hasIssues = (code: string) => (byUnit.get(code)?.length ?? 0) > 0;
  // Units that sent nothing are listed together at the end: 36 cards saying "chưa nộp" bury the issues.
  const notSent = validation.units.filter((u) => u.status === 'missing' && !hasIssues(u.code));
  const shown = validation.units.filter((u) => !notSent.includes(u) && (!onlyProblems || u.status !== 'on-time' || hasIssues(u.code)));
  const loose = byUnit.get('') ?? [];
  const issueList = (issues: readonly Issue[]) => (
    <ul className={styles.issues}>
      {issues.map((issue, i) => (
        <IssueItem key={i} issue={issue} lang={lang} styles={styles} {...(onGoTo === undefined ? {} : { onGoTo })} />
      ))}
    </ul>
  );

  return (
    <section className={styles.view} aria-labelledby="check-title">
      <Subtitle2 as="h2" block id="check-title" className={styles.heading}>
        {t('pane.check.title', {}, lang)}
      </Subtitle2>
      <Body1 as="p" block role="status">
        {t(
          'pane.check.summary',
          {
            ...countStatuses(validation.units),
            // "chưa nộp" is counted once, in the units; not again as 36 warnings.
            ...countSeverities(validation.issues.filter((i) => i.code !== 'return.missing')),
          },
          lang,
        )}
      </Body1>
      {refresh}
      <HighlightActions lang={lang} busy={busy} styles={styles} {...(onHighlight === undefined ? {} : { onHighlight })} {...(onClearHighlights === undefined ? {} : { onClearHighlights })} />
      <Switch checked={onlyProblems} label={t('pane.check.filter', {}, lang)} onChange={(_, data) => setOnlyProblems(data.checked)} />
      {loose.length > 0 && (
        <div className={styles.unit}>
          <span className={styles.unitName}>{t('pane.check.unreadable', {}, lang)}</span>
          {issueList(loose)}
        </div>
      )}
      <ul className={styles.list} aria-label={t('pane.check.title', {}, lang)}>
        {shown.map((unit) => {
          const issues = byUnit.get(unit.code) ?? [];
          return (
            <li key={unit.code} className={styles.unit}>
              <UnitLine name={`${unit.code} — ${unit.name}`} status={unit.status} lang={lang} styles={styles} />
              {issues.length > 0 && issueList(issues)}
            </li>
          );
        })}
      </ul>
      {notSent.length > 0 && <NotSent units={notSent} lang={lang} styles={styles} />}
    </section>
  );
}

function UnitLine({ name, status, lang, styles }: { readonly name: string; readonly status: UnitStatusCode; readonly lang: Lang; readonly styles: Styles }) {
  return (
    <div className={styles.unitLine}>
      <span className={styles.unitName}>{name}</span>
      <Badge className={styles.badge} appearance="filled" color={STATUS_COLOR[status]}>
        {t(`status.${status}`, {}, lang)}
      </Badge>
    </div>
  );
}

/** The units that sent nothing, in one card. */
function NotSent({ units, lang, styles }: { readonly units: readonly UnitResult[]; readonly lang: Lang; readonly styles: Styles }) {
  return (
    <div className={styles.unit}>
      <UnitLine name={t('pane.check.notSent', { count: units.length }, lang)} status="missing" lang={lang} styles={styles} />
      <Caption1>{units.map((u) => `${u.code} ${u.name}`).join('; ')}</Caption1>
    </div>
  );
}

type HighlightActionsProps = Pick<CheckViewProps, 'lang' | 'busy' | 'onHighlight' | 'onClearHighlights'> & { readonly styles: Styles };

function HighlightActions({ lang, busy, onHighlight, onClearHighlights, styles }: HighlightActionsProps) {
  if (onHighlight === undefined && onClearHighlights === undefined) return null;
  return (
    <div className={styles.actions}>
      {onHighlight !== undefined && (
        <Button appearance="secondary" disabledFocusable={busy} onClick={onHighlight}>
          {t('pane.check.highlight', {}, lang)}
        </Button>
      )}
      {onClearHighlights !== undefined && (
        <Button appearance="subtle" disabledFocusable={busy} onClick={onClearHighlights}>
          {t('pane.check.clearHighlights', {}, lang)}
        </Button>
      )}
    </div>
  );
}

/** One issue in one sentence, with the cell to go to (inside Excel) or where it is in the file. */
function IssueItem({ issue, lang, onGoTo, styles }: { readonly issue: Issue; readonly lang: Lang; readonly onGoTo?: (issue: Issue) => void; readonly styles: Styles }) {
  return (
    <li>
      <Body1>
        <Badge size="small" appearance="tint" color={issue.severity === 'error' ? 'danger' : 'warning'}>
          {t(issue.severity === 'error' ? 'issue.error' : 'issue.warning', {}, lang)}
        </Badge>{' '}
        {describeIssue({ ...issue, file: '', sheet: '', cell: '' }, lang)}
      </Body1>
      <br />
      {onGoTo !== undefined && issue.cell !== '' && issue.sheet !== '' ? (
        <Link as="button" onClick={() => onGoTo(issue)}>
          {t('pane.check.goTo', { cell: `${issue.sheet}!${issue.cell}` }, lang)}
        </Link>
      ) : (
        issue.file !== '' && (
          <Caption1 className={styles.where}>
            {issue.cell === '' ? t('pane.check.whereFile', { file: issue.file }, lang) : t('pane.check.where', { file: issue.file, cell: issue.cell }, lang)}
          </Caption1>
        )
      )}
    </li>
  );
}
