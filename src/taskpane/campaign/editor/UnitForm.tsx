import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { t } from '../../../core/messages';
import type { Lang, MessageKey } from '../../../core/messages';
import type { Unit } from '../../../core/schema/unit';
import { readUnitForm, UNIT_FORM_FIELDS, unitFormValues } from './unit-form';
import type { UnitFormField, UnitFormProblems, UnitFormValues } from './unit-form';
import { useEditorStyles } from './common';

export type UnitFormProps = {
  readonly lang: Lang;
  /** The unit edited; none for a new one. */
  readonly unit: Unit | undefined;
  /** The campaign's other units, whose codes are taken. */
  readonly others: readonly Unit[];
  readonly onSave: (unit: Unit) => void;
  readonly onCancel: () => void;
};

const NUMERIC: ReadonlySet<UnitFormField> = new Set(['members', 'workforce']);
const REQUIRED: ReadonlySet<UnitFormField> = new Set(['code', 'name', 'group']);

/** "Thêm đơn vị" / "Sửa đơn vị": every field of a unit, checked by the schema when saved. */
export function UnitForm({ lang, unit, others, onSave, onCancel }: UnitFormProps) {
  const styles = useEditorStyles();
  const [values, setValues] = useState<UnitFormValues>(() => unitFormValues(unit));
  const [problems, setProblems] = useState<UnitFormProblems>({});
  const heading = unit === undefined ? t('pane.unitForm.headingAdd', {}, lang) : t('pane.unitForm.headingEdit', { code: unit.code }, lang);
  const save = () => {
    const read = readUnitForm(values, others);
    if (read.ok) onSave(read.unit);
    else setProblems(read.problems);
  };
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{heading}</legend>
      {UNIT_FORM_FIELDS.map((field) => {
        const problem = problems[field];
        return (
          <Field
            key={field}
            label={t(`pane.unitForm.field.${field}` as MessageKey, {}, lang)}
            required={REQUIRED.has(field)}
            {...(problem === undefined ? {} : { validationState: 'error' as const, validationMessage: t(problem.key, problem.params, lang) })}
          >
            <Input
              className={styles.full}
              value={values[field]}
              {...(NUMERIC.has(field) ? { inputMode: 'numeric' as const } : {})}
              {...(field === 'phone' ? { type: 'tel' as const } : {})}
              onChange={(_, data) => setValues((v) => ({ ...v, [field]: data.value }))}
            />
          </Field>
        );
      })}
      <div className={styles.row}>
        <Button appearance="primary" size="small" onClick={save}>
          {t('pane.unitForm.save', {}, lang)}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t('pane.unitForm.cancel', {}, lang)}
        </Button>
      </div>
    </fieldset>
  );
}
