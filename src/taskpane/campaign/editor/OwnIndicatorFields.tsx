import { Field, Input } from '@fluentui/react-components';
import { t } from '../../../core/messages';
import type { Lang } from '../../../core/messages';
import type { Indicator } from '../../../core/schema/indicator';
import { SECTION_IDS } from '../../../core/schema/indicator';
import { isNumeric, OWN_TYPES, partOfChoices } from './own-indicator';
import type { OwnField } from './own-indicator';
import { ChoiceField, fieldIssues, useEditorStyles } from './common';
import type { SectionProps } from './common';

/** The fields of a district's own indicator; each shows the schema's problem at its path. */
export function OwnIndicatorFields({ lang, draft, byPath, disabled, onEdit, indicator, index }: SectionProps & {
  readonly indicator: Indicator;
  readonly index: number;
}) {
  const styles = useEditorStyles();
  const path = `indicators[${index}]`;
  const edit = (field: OwnField, value: string) => onEdit({ kind: 'ownIndicator', index, field, value });
  const text = (field: 'code' | 'measure', label: string) => (
    <Field label={label} {...fieldIssues(byPath, `${path}.${field}`, lang)}>
      <Input className={styles.full} value={indicator[field]} disabled={disabled} onChange={(_, data) => edit(field, data.value)} />
    </Field>
  );
  return (
    <>
      <Field label={t('pane.edit.own.label', {}, lang)} {...fieldIssues(byPath, `${path}.label`, lang)}>
        <Input className={styles.full} value={indicator.label[lang]} disabled={disabled} onChange={(_, data) => edit('label', data.value)} />
      </Field>
      {/* The code's message is long: the code takes the whole width, the type and measure share a row. */}
      {text('code', t('pane.edit.own.code', {}, lang))}
      <div className={styles.pair}>
        <ChoiceField
          label={t('pane.edit.own.type', {}, lang)}
          choices={OWN_TYPES.map((type) => ({ value: type, text: t(`type.${type}`, {}, lang) }))}
          value={indicator.type}
          disabled={disabled}
          onChoose={(type) => edit('type', type)}
          field={fieldIssues(byPath, `${path}.type`, lang)}
        />
        {isNumeric(indicator) && text('measure', t('pane.edit.own.measure', {}, lang))}
      </div>
      {isNumeric(indicator) && (
        <ChoiceField
          label={t('pane.edit.own.partOf', {}, lang)}
          choices={[{ value: '', text: t('pane.edit.own.partOfNone', {}, lang) }, ...partOfChoices(draft.indicators, indicator.code).map((i) => ({ value: i.code, text: `${i.code} ${i.label[lang]}` }))]}
          value={indicator.partOf ?? ''}
          disabled={disabled}
          onChoose={(code) => edit('partOf', code)}
          field={fieldIssues(byPath, `${path}.partOf`, lang)}
        />
      )}
      <ChoiceField
        label={t('pane.edit.own.section', {}, lang)}
        choices={SECTION_IDS.map((section) => ({ value: section, text: t(`section.${section}`, {}, lang) }))}
        value={indicator.section}
        // A "trong đó" row stands in its total's section.
        disabled={disabled || indicator.partOf !== undefined}
        onChoose={(section) => edit('section', section)}
        field={{ ...(indicator.partOf === undefined ? {} : { hint: t('pane.edit.own.sectionFromTotal', {}, lang) }), ...fieldIssues(byPath, `${path}.section`, lang) }}
      />
    </>
  );
}

/** Paths under an own indicator that its fields already show. */
export const OWN_FIELD_PATHS: readonly string[] = ['code', 'label', 'measure', 'type', 'partOf', 'section'];

export function ownLabel(indicator: Indicator, lang: Lang): string {
  const label = indicator.label[lang].trim();
  return label === '' ? t('pane.edit.own.untitled', {}, lang) : label;
}
