import { Caption1, Input, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { formatDate, toIsoDate } from '../../core';
import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';

export type DateInputProps = {
  /** The date as the campaign holds it: ISO YYYY-MM-DD, or '' for none. */
  readonly value: string;
  readonly lang: Lang;
  readonly disabled?: boolean;
  readonly className?: string;
  /** Called with an ISO date once the text is a whole, real date, and with '' when it is emptied. */
  readonly onChange: (iso: string) => void;
};

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * A date typed and shown dd/mm/yyyy, whatever the browser's language: `<input type="date">`
 * draws its own mm/dd/yyyy field and calendar in an English browser. The text is kept as typed
 * until it is a real date with a four-digit year; until then the campaign keeps the last date.
 */
export function DateInput({ value, lang, disabled = false, className, onChange }: DateInputProps) {
  const styles = useStyles();
  const errorId = useId('date-error');
  const [text, setText] = useState(() => shown(value));
  const emitted = useRef(value);
  useEffect(() => {
    // A date set from elsewhere (a preset, a plan, a file) replaces what was being typed.
    if (value !== emitted.current) {
      emitted.current = value;
      setText(shown(value));
    }
  }, [value]);
  const typed = readTypedDate(text);
  const invalid = text.trim() !== '' && typed === undefined;
  return (
    <>
      <Input
        {...(className === undefined ? {} : { className })}
        type="text"
        inputMode="numeric"
        placeholder={t('pane.date.placeholder', {}, lang)}
        value={text}
        disabled={disabled}
        {...(invalid ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
        onChange={(_, data) => {
          setText(data.value);
          const iso = data.value.trim() === '' ? '' : readTypedDate(data.value);
          if (iso !== undefined && iso !== emitted.current) {
            emitted.current = iso;
            onChange(iso);
          }
        }}
      />
      {invalid && (
        <Caption1 id={errorId} className={styles.error}>
          {t('pane.date.invalid', {}, lang)}
        </Caption1>
      )}
    </>
  );
}

function shown(iso: string): string {
  return iso === '' ? '' : /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso) : iso;
}

/** A typed dd/mm/yyyy (or ISO) date as ISO; undefined until it is a real date with a four-digit year. */
export function readTypedDate(text: string): string | undefined {
  const trimmed = text.trim();
  if (!/\d{4}$/.test(trimmed) && !/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return undefined;
  return toIsoDate(trimmed);
}
