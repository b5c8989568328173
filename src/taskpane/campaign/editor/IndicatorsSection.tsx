import { Badge, Button, Checkbox, Dropdown, Field, Option } from '@fluentui/react-components';
import { t } from '../../../core/messages';
import type { Indicator } from '../../../core/schema/indicator';
import { issuesUnder } from '../campaign-edit';
import { isOwnIndicator } from './own-indicator';
import { IssueLines, ItemHeader, useEditorStyles } from './common';
import type { SectionProps } from './common';
import { OWN_FIELD_PATHS, OwnIndicatorFields, ownLabel } from './OwnIndicatorFields';

/** "Chỉ tiêu": the indicators asked for, from the catalogue or the district's own. */
export function IndicatorsSection(props: SectionProps & { readonly catalogue: readonly Indicator[] }) {
  const { lang, draft, byPath, disabled, onEdit, catalogue } = props;
  const styles = useEditorStyles();
  const present = new Set(draft.indicators.map((i) => i.code));
  const addable = catalogue.filter((i) => !present.has(i.code));
  const order = catalogue.map((i) => i.code);
  const listIssues = byPath.get('indicators') ?? [];
  return (
    <div className={styles.panel}>
      {listIssues.length > 0 && <IssueLines issues={listIssues.map((i) => ({ ...i, path: '' }))} lang={lang} />}
      <ul className={styles.list} aria-label={t('pane.edit.indicators', { count: draft.indicators.length }, lang)}>
        {draft.indicators.map((indicator, index) => {
          const own = isOwnIndicator(indicator, catalogue);
          const path = `indicators[${index}]`;
          const label = own ? ownLabel(indicator, lang) : indicator.label[lang];
          const shown = own ? OWN_FIELD_PATHS.map((field) => `${path}.${field}`) : [];
          const problems = issuesUnder(byPath, path).filter((issue) => !shown.some((p) => issue.path === p || issue.path.startsWith(`${p}.`)));
          return (
            // An own indicator's code changes as it is typed: its place in the list keeps the fields mounted.
            <li key={own ? `own-${index}` : indicator.code} className={styles.item}>
              <ItemHeader
                lang={lang}
                code={indicator.code}
                label={indicator.measure === '' ? label : `${label} (${indicator.measure})`}
                name={label}
                disabled={disabled}
                onRemove={() => onEdit({ kind: 'removeIndicator', code: indicator.code, index })}
              />
              {own && (
                <Badge className={styles.start} appearance="tint" color="informative">
                  {t('pane.edit.own.badge', {}, lang)}
                </Badge>
              )}
              {own && <OwnIndicatorFields {...props} indicator={indicator} index={index} />}
              <Checkbox
                label={t('pane.edit.required', {}, lang)}
                aria-label={t('pane.edit.requiredNamed', { name: label }, lang)}
                checked={indicator.required}
                disabled={disabled}
                onChange={(_, data) => onEdit({ kind: 'setRequired', code: indicator.code, required: data.checked === true })}
              />
              <IssueLines issues={problems} lang={lang} />
            </li>
          );
        })}
      </ul>
      <Field label={t('pane.edit.addIndicator', {}, lang)}>
        <Dropdown
          className={styles.full}
          placeholder={t('pane.edit.addIndicatorPlaceholder', {}, lang)}
          value=""
          selectedOptions={[]}
          disabled={disabled || addable.length === 0}
          onOptionSelect={(_, data) => {
            const chosen = catalogue.find((i) => i.code === data.optionValue);
            if (chosen !== undefined) onEdit({ kind: 'addIndicator', indicator: chosen, order });
          }}
        >
          {addable.map((indicator) => (
            <Option key={indicator.code} value={indicator.code} text={indicator.label[lang]}>
              {indicator.label[lang]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button className={styles.start} disabled={disabled} onClick={() => onEdit({ kind: 'addOwnIndicator' })}>
        {t('pane.edit.addOwn', {}, lang)}
      </Button>
    </div>
  );
}
