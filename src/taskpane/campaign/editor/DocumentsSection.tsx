import { Button, Caption1, Field, Input, Textarea } from '@fluentui/react-components';
import { t } from '../../../core/messages';
import type { MessageKey } from '../../../core/messages';
import { linesOf } from '../campaign-edit';
import type { LinesField, SignerField } from '../campaign-edit';
import { fieldIssues, useEditorStyles, useTypedText } from './common';
import type { SectionProps } from './common';

/** An empty box shows an example; a filled one how many items it holds, since long lines wrap into each other. */
const LINES: Readonly<Record<LinesField, { readonly label: MessageKey; readonly example: MessageKey; readonly count: MessageKey }>> = {
  basis: { label: 'pane.edit.basis', example: 'pane.edit.basisHint', count: 'pane.edit.basisCount' },
  recipients: { label: 'pane.edit.recipients', example: 'pane.edit.recipientsHint', count: 'pane.edit.recipientsCount' },
};
const SIGNER_FIELDS: readonly SignerField[] = ['onBehalf', 'title', 'name'];
const joinLines = (text: string) => linesOf(text).join('\n');

/** Tall enough to show every item as it wraps in the pane (about 36 characters a line), and one more line. */
function rowsFor(items: readonly string[]): number {
  const wrapped = items.reduce((sum, item) => sum + Math.ceil(item.length / 36), 0);
  return Math.min(12, Math.max(3, wrapped + 1));
}

function LinesField({ lang, draft, byPath, disabled, onEdit, field }: SectionProps & { readonly field: LinesField }) {
  const styles = useEditorStyles();
  // A new line is blank until typed into; the draft keeps only filled lines, the box keeps the typing.
  const [text, setText] = useTypedText(draft[field].join('\n'), joinLines);
  return (
    <Field
      label={t(LINES[field].label, {}, lang)}
      hint={draft[field].length === 0 ? t(LINES[field].example, {}, lang) : t(LINES[field].count, { count: draft[field].length }, lang)}
      {...fieldIssues(byPath, field, lang)}
    >
      <Textarea
        className={styles.full}
        resize="vertical"
        rows={rowsFor(draft[field])}
        value={text}
        disabled={disabled}
        onChange={(_, data) => {
          setText(data.value);
          onEdit({ kind: 'lines', field, text: data.value });
        }}
      />
    </Field>
  );
}

/** "Căn cứ, nơi nhận, người ký": the lines of the documents around the figures. */
export function DocumentsSection(props: SectionProps) {
  const { lang, draft, byPath, disabled, onEdit } = props;
  const styles = useEditorStyles();
  return (
    <div className={styles.panel}>
      <LinesField {...props} field="basis" />
      <LinesField {...props} field="recipients" />
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t('pane.edit.signer', {}, lang)}</legend>
        {SIGNER_FIELDS.map((name) => (
          <Field key={name} label={t(`pane.edit.signer.${name}`, {}, lang)} {...fieldIssues(byPath, `signer.${name}`, lang)}>
            <Input className={styles.full} value={draft.signer?.[name] ?? ''} disabled={disabled} onChange={(_, data) => onEdit({ kind: 'signer', field: name, value: data.value })} />
          </Field>
        ))}
        {draft.signer === undefined ? (
          <Caption1 className={styles.hint}>{t('pane.edit.signer.none', {}, lang)}</Caption1>
        ) : (
          <Button className={styles.start} size="small" disabled={disabled} onClick={() => onEdit({ kind: 'clearSigner' })}>
            {t('pane.edit.signer.clear', {}, lang)}
          </Button>
        )}
      </fieldset>
    </div>
  );
}
