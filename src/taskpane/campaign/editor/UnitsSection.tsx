import { Button, Caption1, Label, useId } from '@fluentui/react-components';
import { useState } from 'react';
import { describeIssue } from '../../../core/describe-issue';
import { t } from '../../../core/messages';
import { issuesUnder } from '../campaign-edit';
import { IssueList } from '../IssueList';
import type { UnitListReading } from '../../shared/campaign-store';
import { useEditorStyles } from './common';
import { UnitForm } from './UnitForm';
import type { SectionProps } from './common';

export type UnitListProps = {
  readonly unitList: UnitListReading | undefined;
  readonly onChooseUnitList: (file: File) => void;
};

/** "Đơn vị": the reporting units, loaded from a unit list file, added or edited in a form, removed one by one. */
export function UnitsSection({ lang, draft, byPath, disabled, onEdit, unitList, onChooseUnitList }: SectionProps & UnitListProps) {
  const styles = useEditorStyles();
  const inputId = useId('unit-list');
  const hintId = useId('unit-list-hint');
  const [open, setOpen] = useState<UnitFormOpen>(undefined);
  return (
    <div className={styles.panel}>
      <div className={styles.section}>
        <Label htmlFor={inputId} weight="semibold">
          {t('pane.edit.unitsFile', {}, lang)}
        </Label>
        <input
          id={inputId}
          className={styles.input}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={hintId}
          disabled={disabled || unitList?.kind === 'reading'}
          onChange={(event) => {
            const [file] = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            if (file !== undefined) onChooseUnitList(file);
          }}
        />
        <Caption1 id={hintId}>{t('pane.edit.unitsHint', {}, lang)}</Caption1>
      </div>
      <UnitListOutcome unitList={unitList} lang={lang} />
      {draft.units.length === 0 ? (
        <Caption1>{t('pane.edit.unitsNone', {}, lang)}</Caption1>
      ) : (
        <UnitTable lang={lang} draft={draft} byPath={byPath} disabled={disabled} onEdit={onEdit} onOpen={setOpen} />
      )}
      <OneUnit lang={lang} draft={draft} disabled={disabled} onEdit={onEdit} open={open} onOpen={setOpen} />
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
function UnitTable({ lang, draft, byPath, disabled, onEdit, onOpen }: Pick<SectionProps, 'lang' | 'draft' | 'byPath' | 'disabled' | 'onEdit'> & { readonly onOpen: (open: UnitFormOpen) => void }) {
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
            <span hidden>{t('pane.edit.remove', {}, lang)}</span>
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
              <Button size="small" appearance="subtle" aria-label={t('pane.unitForm.editNamed', { name: unit.name }, lang)} disabled={disabled} onClick={() => onOpen({ code: unit.code })}>
                {t('pane.unitForm.edit', {}, lang)}
              </Button>
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

/** Which unit the form edits: a new one (`code` undefined), one by its code, or none (closed). */
type UnitFormOpen = { readonly code: string | undefined } | undefined;

/** The form for one unit, or the button that opens it for a new one. */
function OneUnit({ lang, draft, disabled, onEdit, open, onOpen }: Pick<SectionProps, 'lang' | 'draft' | 'disabled' | 'onEdit'> & {
  readonly open: UnitFormOpen;
  readonly onOpen: (open: UnitFormOpen) => void;
}) {
  const styles = useEditorStyles();
  const [saved, setSaved] = useState<string | undefined>(undefined);
  if (open === undefined) {
    return (
      <>
        {saved !== undefined && <Caption1 role="status">{saved}</Caption1>}
        <Button className={styles.start} size="small" disabled={disabled} onClick={() => onOpen({ code: undefined })}>
          {t('pane.unitForm.add', {}, lang)}
        </Button>
      </>
    );
  }
  const unit = open.code === undefined ? undefined : draft.units.find((u) => u.code === open.code);
  return (
    <UnitForm
      // A new form for each unit opened, so that its fields start from that unit.
      key={open.code ?? ''}
      lang={lang}
      unit={unit}
      others={draft.units.filter((u) => u !== unit)}
      onCancel={() => onOpen(undefined)}
      onSave={(next) => {
        onEdit(unit === undefined ? { kind: 'putUnit', unit: next } : { kind: 'putUnit', unit: next, replacing: unit.code });
        setSaved(t('pane.unitForm.saved', { code: next.code, name: next.name }, lang));
        onOpen(undefined);
      }}
    />
  );
}
