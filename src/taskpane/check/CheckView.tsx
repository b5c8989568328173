import { Badge, Body1, Button, Caption1, Link, makeStyles, mergeClasses, Subtitle2, Switch, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { countSeverities, countStatuses, describeIssue, groupBy } from '../../core';
import type { Issue, Unit, ValidationResult } from '../../core';
import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';
import { StepSection } from '../shared/StepSection';

export type CheckViewProps = {
  readonly validation: ValidationResult | undefined;
  /** The campaign's units: each unit's contact and phone for the tables. */
  readonly units?: readonly Unit[];
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


const useStyles = makeStyles({
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
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  groupHeading: { margin: 0, paddingLeft: tokens.spacingHorizontalS, borderLeftWidth: tokens.strokeWidthThicker, borderLeftStyle: 'solid' },
  // The status colours of the badges elsewhere, as the group's left rule.
  rejected: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  late: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  missing: { borderLeftColor: tokens.colorNeutralStrokeAccessible },
  warnings: { borderLeftColor: tokens.colorPaletteYellowBorderActive },
  table: { tableLayout: 'fixed', width: '100%' },
  unitColumn: { width: '38%' },
  // A phone number never breaks across lines: 0912 000 298 read in two pieces is misdialled.
  phoneColumn: { width: '6.75em' },
  phone: { whiteSpace: 'nowrap' },
  cell: { overflowWrap: 'break-word', verticalAlign: 'top', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  issuesRow: { backgroundColor: tokens.colorNeutralBackground2 },
});

/** The order step 4 lists units in: those the officer must act on first. */
const GROUPS = ['rejected', 'late', 'missing', 'warnings'] as const;
type Group = (typeof GROUPS)[number];


type Styles = ReturnType<typeof useStyles>;
type UnitResult = ValidationResult['units'][number];

/**
 * "Kiểm tra": the units grouped by what the officer must do (rejected first, then late, then not
 * sent, then on time with warnings), each group a table with the unit's contact and phone and its
 * issues, one sentence each; "errors only" leaves the errors.
 */
export function CheckView({ validation, units = [], lang, busy, onRefresh, onGoTo, onHighlight, onClearHighlights }: CheckViewProps) {
  const styles = useStyles();
  const [errorsOnly, setErrorsOnly] = useState(false);
  const refresh = onRefresh === undefined ? null : (
    <Button appearance="secondary" disabledFocusable={busy} onClick={onRefresh}>
      {t('pane.check.refresh', {}, lang)}
    </Button>
  );
  if (validation === undefined) {
    return (
      <StepSection id="check" title={t('pane.check.title', {}, lang)}>
        <Body1 as="p" block>
          {t('pane.check.empty', {}, lang)}
        </Body1>
        {refresh}
      </StepSection>
    );
  }
  // "chưa nộp" issues are left out: the group says it.
  const kept = validation.issues.filter((issue) => issue.code !== 'return.missing' && (!errorsOnly || issue.severity === 'error'));
  const byUnit = groupBy(kept, (issue) => issue.unit);
  const issuesOf = (code: string) => byUnit.get(code) ?? [];
  const groupOf = (unit: UnitResult): Group | undefined => {
    if (unit.status !== 'on-time') return unit.status;
    return issuesOf(unit.code).length > 0 ? 'warnings' : undefined;
  };
  const grouped = groupBy(validation.units, (unit) => groupOf(unit) ?? '');
  const shownGroups = GROUPS.filter((g) => (grouped.get(g)?.length ?? 0) > 0 && (!errorsOnly || (grouped.get(g) ?? []).some((u) => issuesOf(u.code).length > 0)));
  const clean = grouped.get('')?.length ?? 0;
  const contacts = new Map(units.map((u) => [u.code, u.contact ?? {}]));
  const loose = byUnit.get('') ?? [];
  const issueList = (issues: readonly Issue[]) => (
    <ul className={styles.issues}>
      {issues.map((issue, i) => (
        <IssueItem key={i} issue={issue} lang={lang} styles={styles} {...(onGoTo === undefined ? {} : { onGoTo })} />
      ))}
    </ul>
  );

  return (
    <StepSection id="check" title={t('pane.check.title', {}, lang)}>
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
      <Switch checked={errorsOnly} label={t('pane.check.errorsOnly', {}, lang)} onChange={(_, data) => setErrorsOnly(data.checked)} />
      {loose.length > 0 && (
        <div className={styles.unit}>
          <span className={styles.unitName}>{t('pane.check.unreadable', {}, lang)}</span>
          {issueList(loose)}
        </div>
      )}
      {errorsOnly && shownGroups.length === 0 && loose.length === 0 && (
        <Body1 as="p" block>
          {t('pane.check.noErrors', {}, lang)}
        </Body1>
      )}
      {shownGroups.map((group) => {
        const members = (grouped.get(group) ?? []).filter((u) => !errorsOnly || issuesOf(u.code).length > 0);
        const headingId = `check-group-${group}`;
        return (
          <section key={group} className={styles.group} aria-labelledby={headingId}>
            <Subtitle2 as="h3" block id={headingId} className={mergeClasses(styles.groupHeading, styles[group])}>
              {t('pane.check.group', { label: t(`pane.check.group.${group}`, {}, lang), count: members.length }, lang)}
            </Subtitle2>
            <Table size="small" className={styles.table} aria-labelledby={headingId}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={styles.unitColumn}>{t('pane.check.col.unit', {}, lang)}</TableHeaderCell>
                  <TableHeaderCell>{t('pane.check.col.contact', {}, lang)}</TableHeaderCell>
                  <TableHeaderCell className={styles.phoneColumn}>{t('pane.check.col.phone', {}, lang)}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {members.map((unit) => (
                  <UnitRows key={unit.code} unit={unit} contact={contacts.get(unit.code) ?? {}} issues={issuesOf(unit.code)} styles={styles} issueList={issueList} />
                ))}
              </TableBody>
            </Table>
          </section>
        );
      })}
      {!errorsOnly && clean > 0 && (
        <Caption1 block>{t('pane.check.onTimeClean', { count: clean }, lang)}</Caption1>
      )}
    </StepSection>
  );
}

type UnitRowsProps = {
  readonly unit: UnitResult;
  readonly contact: NonNullable<Unit['contact']>;
  readonly issues: readonly Issue[];
  readonly styles: Styles;
  readonly issueList: (issues: readonly Issue[]) => JSX.Element;
};

/** A unit's row, and under it a row with its issues when it has any. */
function UnitRows({ unit, contact, issues, styles, issueList }: UnitRowsProps) {
  return (
    <>
      <TableRow>
        <TableCell className={styles.cell}>
          <span className={styles.unitName}>{`${unit.code} — ${unit.name}`}</span>
        </TableCell>
        <TableCell className={styles.cell}>{contact.name ?? ''}</TableCell>
        <TableCell className={mergeClasses(styles.cell, styles.phone)}>{contact.phone ?? ''}</TableCell>
      </TableRow>
      {issues.length > 0 && (
        <TableRow className={styles.issuesRow}>
          <TableCell className={styles.cell} colSpan={3}>
            {issueList(issues)}
          </TableCell>
        </TableRow>
      )}
    </>
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
