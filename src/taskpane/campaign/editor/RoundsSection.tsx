import { Button, Caption1, Field, Input } from '@fluentui/react-components';
import { t } from '../../../core/messages';
import type { MessageKey } from '../../../core/messages';
import type { ReportingRound } from '../../../core/schema/campaign';
import { roundValue } from './rounds';
import type { RoundField } from './rounds';
import { fieldIssues, ItemHeader, useEditorStyles } from './common';
import type { SectionProps } from './common';
import { DateInput } from '../../shared/DateInput';

const LABELS: Readonly<Record<RoundField, MessageKey>> = {
  id: 'pane.edit.round.id',
  label: 'pane.edit.round.label',
  'period.start': 'pane.edit.round.start',
  'period.end': 'pane.edit.round.end',
  deadline: 'pane.edit.round.deadline',
  deadlineTime: 'pane.edit.round.deadlineTime',
};
const INPUT_TYPES: Readonly<Record<RoundField, 'text' | 'date' | 'time'>> = {
  id: 'text',
  label: 'text',
  'period.start': 'date',
  'period.end': 'date',
  deadline: 'date',
  deadlineTime: 'time',
};

function RoundItem({ lang, round, index, only, byPath, disabled, onEdit }: Omit<SectionProps, 'draft'> & {
  readonly round: ReportingRound;
  readonly index: number;
  readonly only: boolean;
}) {
  const styles = useEditorStyles();
  const path = `reportingRounds[${index}]`;
  const field = (name: RoundField) => (
    <Field label={t(LABELS[name], {}, lang)} {...fieldIssues(byPath, `${path}.${name}`, lang)}>
      {INPUT_TYPES[name] === 'date' ? (
        <DateInput className={styles.full} lang={lang} value={roundValue(round, name)} disabled={disabled} onChange={(value) => onEdit({ kind: 'round', index, field: name, value })} />
      ) : (
        <Input
          className={styles.full}
          type={INPUT_TYPES[name]}
          value={roundValue(round, name)}
          disabled={disabled}
          onChange={(_, data) => onEdit({ kind: 'round', index, field: name, value: data.value })}
        />
      )}
    </Field>
  );
  const heading = t('pane.edit.round.heading', { number: index + 1 }, lang);
  return (
    <li className={styles.item}>
      <ItemHeader
        lang={lang}
        code={heading}
        label={round.label}
        name={round.label.trim() === '' ? heading : round.label}
        disabled={disabled || only}
        onRemove={() => onEdit({ kind: 'removeRound', index })}
      />
      {field('label')}
      <div className={styles.pair}>
        {field('period.start')}
        {field('period.end')}
      </div>
      <div className={styles.pair}>
        {field('deadline')}
        {field('deadlineTime')}
      </div>
      {field('id')}
    </li>
  );
}

/** "Kỳ báo cáo": when units report, each round with its period and due date. */
export function RoundsSection({ lang, draft, byPath, disabled, onEdit }: SectionProps) {
  const styles = useEditorStyles();
  const rounds = draft.reportingRounds;
  const listIssues = byPath.get('reportingRounds') ?? [];
  return (
    <div className={styles.panel}>
      <ul className={styles.list} aria-label={t('pane.edit.rounds', { count: rounds.length }, lang)}>
        {rounds.map((round, index) => (
          <RoundItem key={index} lang={lang} round={round} index={index} only={rounds.length === 1} byPath={byPath} disabled={disabled} onEdit={onEdit} />
        ))}
      </ul>
      {rounds.length === 1 && <Caption1 className={styles.hint}>{t('pane.edit.round.keepOne', {}, lang)}</Caption1>}
      {listIssues.length > 0 && <Caption1 className={styles.error}>{fieldIssues(byPath, 'reportingRounds', lang, true).validationMessage}</Caption1>}
      <Button className={styles.start} disabled={disabled} onClick={() => onEdit({ kind: 'addRound' })}>
        {t('pane.edit.round.add', {}, lang)}
      </Button>
    </div>
  );
}
