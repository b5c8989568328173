import { Button, Caption1, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';
import { useVisuallyHiddenStyles } from './VisuallyHidden';

export type FilePickerProps = {
  /** The file input's id: the view's `<Label htmlFor>` names it. */
  readonly id: string;
  readonly accept: string;
  readonly lang: Lang;
  readonly multiple?: boolean;
  readonly disabled?: boolean;
  /** Ids of the label and hint, read after the button's name ("Chọn tệp…"). */
  readonly describedBy?: string;
  readonly onFiles: (files: File[]) => void;
};

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  chosen: { minWidth: 0, overflowWrap: 'anywhere' },
});

/**
 * A file picker drawn by the pane in its own language: a "Chọn tệp…" button over a hidden file
 * input, and the name of the file chosen. The browser's own control says "Choose File / No file
 * chosen" in the browser's language. The input is emptied after each choice, so the same file can
 * be chosen again once fixed; the name shown stays.
 */
export function FilePicker({ id, accept, lang, multiple = false, disabled = false, describedBy, onFiles }: FilePickerProps) {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const input = useRef<HTMLInputElement>(null);
  const chosenId = useId('file-chosen');
  const [names, setNames] = useState<readonly string[]>([]);
  return (
    <div className={styles.row}>
      <input
        ref={input}
        id={id}
        className={hidden.root}
        type="file"
        tabIndex={-1}
        aria-hidden="true"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length === 0) return;
          setNames(files.map((f) => f.name));
          onFiles(files);
        }}
      />
      <Button appearance="secondary" disabledFocusable={disabled} aria-describedby={[describedBy, chosenId].filter(Boolean).join(' ')} onClick={() => input.current?.click()}>
        {t(multiple ? 'pane.file.chooseMany' : 'pane.file.choose', {}, lang)}
      </Button>
      <Caption1 id={chosenId} className={styles.chosen}>
        {names.length === 0 ? t('pane.file.none', {}, lang) : t('pane.file.chosen', { files: names.join(', ') }, lang)}
      </Caption1>
    </div>
  );
}
