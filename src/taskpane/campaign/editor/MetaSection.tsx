import { Field, Input } from '@fluentui/react-components';
import { t } from '../../../core/messages';
import type { MessageKey } from '../../../core/messages';
import { META_FIELDS, metaValue } from '../campaign-edit';
import type { MetaField } from '../campaign-edit';
import { fieldIssues, useEditorStyles } from './common';
import type { SectionProps } from './common';
import { DateInput } from '../../shared/DateInput';

const DATE_FIELDS: ReadonlySet<MetaField> = new Set(['plan.date', 'period.start', 'period.end', 'deadline']);

/** "Thông tin chung": title, issuer, plan number and date, place, period and deadline. */
export function MetaSection({ lang, draft, byPath, disabled, onEdit }: SectionProps) {
  const styles = useEditorStyles();
  const field = (name: MetaField) => (
    <Field key={name} label={t(`pane.edit.field.${name}` as MessageKey, {}, lang)} {...fieldIssues(byPath, name, lang)}>
      {DATE_FIELDS.has(name) ? (
        <DateInput className={styles.full} lang={lang} value={metaValue(draft, name)} disabled={disabled} onChange={(value) => onEdit({ kind: 'meta', field: name, value })} />
      ) : (
        <Input className={styles.full} type="text" value={metaValue(draft, name)} disabled={disabled} onChange={(_, data) => onEdit({ kind: 'meta', field: name, value: data.value })} />
      )}
    </Field>
  );
  const [title, orgName, orgParent, planNumber, planDate, place, start, end, deadline] = META_FIELDS;
  return (
    <div className={styles.panel}>
      {field(title)}
      {field(orgName)}
      {field(orgParent)}
      <div className={styles.pair}>
        {field(planNumber)}
        {field(planDate)}
      </div>
      {field(place)}
      <div className={styles.pair}>
        {field(start)}
        {field(end)}
      </div>
      {field(deadline)}
    </div>
  );
}
