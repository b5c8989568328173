import { Button, Caption1, Label, useId } from '@fluentui/react-components';
import { describeIssue } from '../../../core/describe-issue';
import { t } from '../../../core/messages';
import { issuesUnder } from '../campaign-edit';
import { IssueList } from '../IssueList';
import type { UnitListReading } from '../../shared/campaign-store';
import { useEditorStyles } from './common';
import type { SectionProps } from './common';
import { VisuallyHidden } from '../../shared/VisuallyHidden';
import { FilePicker } from '../../shared/FilePicker';

export type UnitListProps = {
  readonly unitList: UnitListReading | undefined;
  readonly onChooseUnitList: (file: File) => void;
};

/** "Đơn vị": the reporting units, replaced from a unit list file or removed one by one. */
export function UnitsSection({ lang, draft, byPath, disabled, onEdit, unitList, onChooseUnitList }: SectionProps & UnitListProps) {
  const styles = useEditorStyles();
  const inputId = useId('unit-list');
  const hintId = useId('unit-list-hint');
  return (
    <div className={styles.panel}>
      <div className={styles.section}>
        <Label htmlFor={inputId} id={`${inputId}-label`} weight="semibold">
          {t('pane.edit.unitsFile', {}, lang)}
        </Label>
        <FilePicker
          id={inputId}
          lang={lang}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          describedBy={`${inputId}-label ${hintId}`}
          disabled={disabled || unitList?.kind === 'reading'}
          onFiles={([file]) => {
            if (file !== undefined) onChooseUnitList(file);
          }}
        />
        <Caption1 id={hintId}>{t('pane.edit.unitsHint', {}, lang)}</Caption1>
      </div>
      <UnitListOutcome unitList={unitList} lang={lang} />
      {draft.units.length === 0 ? (
        <Caption1>{t('pane.edit.unitsNone', {}, lang)}</Caption1>
      ) : (
        <UnitTable lang={lang} draft={draft} byPath={byPath} disabled={disabled} onEdit={onEdit} />
      )}
    </div>
  );
}

/** What reading the unit list gave: how many units, and the rows to fix. */
function UnitListOutcome({ unitList, lang }: { readonly unitList: UnitListReading | undefined; readonly lang: SectionProps['lang'] }) {
  if (unitList?.kind === 'reading') return <Caption1 role="status">{t('pane.edit.unitsReading', {}, lang)}</Caption1>;
  if (unitList?.kind !== 'read') return null;
  return (
    <>
      <Caption1 role="status">{t('pane.edit.unitsRead', { count: unitList.count, file: unitList.fileName }, lang)}</Caption1>
      {unitList.issues.length > 0 && (
        <IssueList
          intent={unitList.issues.some((i) => i.severity === 'error') ? 'error' : 'warning'}
          title={t('pane.edit.unitsIssues', { file: unitList.fileName }, lang)}
          issues={unitList.issues}
          lang={lang}
        />
      )}
    </>
  );
}

/** The units, each with its issues and a button that removes it. */
function UnitTable({ lang, draft, byPath, disabled, onEdit }: Pick<SectionProps, 'lang' | 'draft' | 'byPath' | 'disabled' | 'onEdit'>) {
  const styles = useEditorStyles();
  const rowIssues = (index: number) => issuesUnder(byPath, `units[${index}]`);
  return (
    <table className={styles.table}>
      <caption className={styles.cell}>{t('pane.edit.units', { count: draft.units.length }, lang)}</caption>
      <thead>
        <tr>
          <th className={styles.cell}>{t('pane.edit.col.code', {}, lang)}</th>
          <th className={styles.cell}>{t('pane.edit.col.name', {}, lang)}</th>
          <th className={styles.number}>{t('pane.edit.col.members', {}, lang)}</th>
          <th className={styles.number}>{t('pane.edit.col.workforce', {}, lang)}</th>
          <th className={styles.cell}>
            <VisuallyHidden>{t('pane.edit.remove', {}, lang)}</VisuallyHidden>
          </th>
        </tr>
      </thead>
      <tbody>
        {draft.units.map((unit, index) => (
          <tr key={`${unit.code}-${index}`}>
            <td className={styles.cell}>{unit.code}</td>
            <td className={styles.cell}>
              {unit.name}
              {rowIssues(index).map((issue, i) => (
                <Caption1 key={i} block className={styles.error}>
                  {describeIssue(issue, lang)}
                </Caption1>
              ))}
            </td>
            <td className={styles.number}>{unit.members ?? ''}</td>
            <td className={styles.number}>{unit.workforce ?? ''}</td>
            <td className={styles.cell}>
              <Button
                size="small"
                appearance="subtle"
                aria-label={t('pane.edit.removeNamed', { name: unit.name }, lang)}
                disabled={disabled}
                onClick={() => onEdit({ kind: 'removeUnit', code: unit.code })}
              >
                ✕
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
