import { Body1, Button, Field, Input, makeStyles, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import { Organisation } from '../../core';
import { t } from '../../core/messages';
import { CARD_STYLES } from './card-styles';
import type { Lang, MessageKey } from '../../core/messages';

type FieldName = 'name' | 'parent' | 'place' | 'signer' | 'signerTitle';
const FIELDS: readonly { readonly name: FieldName; readonly label: MessageKey; readonly required: boolean }[] = [
  { name: 'name', label: 'pane.org.name', required: true },
  { name: 'parent', label: 'pane.org.parent', required: false },
  { name: 'place', label: 'pane.org.place', required: true },
  { name: 'signer', label: 'pane.org.signer', required: true },
  { name: 'signerTitle', label: 'pane.org.signerTitle', required: true },
];

const useStyles = makeStyles({
  form: CARD_STYLES.card,
  heading: { margin: 0 },
  save: { alignSelf: 'flex-start' },
});

type Values = Readonly<Record<FieldName, string>>;

function valuesOf(organisation: Organisation | undefined): Values {
  return {
    name: organisation?.name ?? '',
    parent: organisation?.parent ?? '',
    place: organisation?.place ?? '',
    signer: organisation?.signer.name ?? '',
    signerTitle: organisation?.signer.title ?? '',
  };
}

/** The district's own identity in five fields, asked the first time the pane is used. */
export function OrganisationForm({ initial, lang, onSave }: { readonly initial: Organisation | undefined; readonly lang: Lang; readonly onSave: (organisation: Organisation) => void }) {
  const styles = useStyles();
  const [values, setValues] = useState<Values>(() => valuesOf(initial));
  const [tried, setTried] = useState(false);
  const missing = (name: FieldName) => tried && FIELDS.some((f) => f.name === name && f.required) && values[name].trim() === '';
  const save = () => {
    setTried(true);
    const parsed = Organisation.safeParse({ name: values.name, parent: values.parent, place: values.place, signer: { name: values.signer, title: values.signerTitle } });
    if (parsed.success) onSave(parsed.data);
  };
  return (
    <form
      className={styles.form}
      aria-labelledby="organisation-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Subtitle2 as="h2" id="organisation-heading" className={styles.heading}>
        {t('pane.org.heading', {}, lang)}
      </Subtitle2>
      <Body1>{t('pane.org.intro', {}, lang)}</Body1>
      {FIELDS.map((field) => (
        <Field
          key={field.name}
          label={t(field.label, {}, lang)}
          required={field.required}
          {...(missing(field.name) ? { validationState: 'error' as const, validationMessage: t('pane.org.required', {}, lang) } : {})}
        >
          <Input value={values[field.name]} onChange={(_, data) => setValues((v) => ({ ...v, [field.name]: data.value }))} />
        </Field>
      ))}
      <Button className={styles.save} appearance="primary" type="submit">
        {t('pane.org.save', {}, lang)}
      </Button>
    </form>
  );
}
