import { Button, Caption1, Caption1Strong, Label, useId } from '@fluentui/react-components';
import { useState } from 'react';
import { describeIssue } from '../../../core/describe-issue';
import { describeUnitListMerge } from '../../../core/unit-merge';
import type { UnitListMode } from '../../../core/unit-merge';
import { StatusMessage } from '../../shared/StatusMessage';
import { t } from '../../../core/messages';
import { issuesUnder } from '../campaign-edit';
import { IssueList } from '../IssueList';
import type { UnitListReading } from '../../shared/campaign-store';
import { useEditorStyles } from './common';
import { UnitForm } from './UnitForm';
import type { SectionProps } from './common';
import { VisuallyHidden } from '../../shared/VisuallyHidden';
import { FilePicker } from '../../shared/FilePicker';

export type UnitListProps = {
  readonly unitList: UnitListReading | undefined;
  readonly onChooseUnitList: (file: File) => void;
  /** The answer to "replace or merge?"; `undefined` puts the list aside. */
  readonly onApplyUnitList: (mode: UnitListMode | undefined) => void;
};

/** "Đơn vị": the reporting units, loaded from a unit list file, added or edited in a form, removed one by one. */
export function UnitsSection({ lang, draft, byPath, disabled, onEdit, unitList, onChooseUnitList, onApplyUnitList }: SectionProps & UnitListProps) {
  const styles = useEditorStyles();
  const inputId = useId('unit-list');
  const hintId = useId('unit-list-hint');
  const [open, setOpen] = useState<UnitFormOpen>(undefined);
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
      <UnitListOutcome unitList={unitList} lang={lang} current={draft.units.length} disabled={disabled} onApply={onApplyUnitList} />
      {draft.units.length === 0 ? (
        <Caption1>{t('pane.edit.unitsNone', {}, lang)}</Caption1>
      ) : (
        <UnitTable lang={lang} draft={draft} byPath={byPath} disabled={disabled} onEdit={onEdit} onOpen={setOpen} />
      )}
      <OneUnit lang={lang} draft={draft} disabled={disabled} onEdit={onEdit} open={open} onOpen={setOpen} />
    </div>
  );
}

/** What reading the unit list gave: the question "replace or merge?", then what it did and the rows skipped. */
function UnitListOutcome({ unitList, lang, current, disabled, onApply }: {
  readonly unitList: UnitListReading | undefined;
  readonly lang: SectionProps['lang'];
  readonly current: number;
  readonly disabled: boolean;
  readonly onApply: UnitListProps['onApplyUnitList'];
}) {
  const styles = useEditorStyles();
  if (unitList?.kind === 'reading') return <Caption1 role="status">{t('pane.edit.unitsReading', {}, lang)}</Caption1>;
  if (unitList?.kind === 'loaded') {
    const skipped = new Set(unitList.table.issues.filter((i) => i.severity === 'error' && i.row !== undefined).map((i) => i.row)).size;
    const params = { file: unitList.fileName, count: unitList.table.units.length, skipped, current };
    return (
      <div className={styles.group} role="group" aria-label={t('pane.unitList.askTitle', {}, lang)}>
        <Caption1Strong>{t('pane.unitList.askTitle', {}, lang)}</Caption1Strong>
        <Caption1>{t('pane.unitList.ask', params, lang)}</Caption1>
        <div className={styles.row}>
          <Button size="small" appearance="primary" disabled={disabled} onClick={() => onApply('replace')}>
            {t('pane.unitList.replace', {}, lang)}
          </Button>
          <Button size="small" disabled={disabled} onClick={() => onApply('merge')}>
            {t('pane.unitList.merge', {}, lang)}
          </Button>
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onApply(undefined)}>
            {t('pane.unitList.putAside', {}, lang)}
          </Button>
        </div>
      </div>
    );
  }
  if (unitList?.kind === 'merged') {
    const { merge, mode, fileName } = unitList;
    const [summary = '', ...lines] = describeUnitListMerge(merge, lang);
    const title = merge.refused ? 'pane.unitList.refusedTitle' : mode === 'replace' ? 'pane.unitList.replacedTitle' : 'pane.unitList.mergedTitle';
    const intent = merge.refused ? 'error' : merge.skipped.length > 0 || merge.fileIssues.length > 0 ? 'warning' : 'success';
    return <StatusMessage intent={intent} title={t(title, { file: fileName }, lang)} message={summary} lines={lines} />;
  }
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
