/** What the campaign editor's sections share: styles, the field-issue pattern and a list item's header. */
import { Button, Caption1, Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import type { FieldProps, InputProps } from '@fluentui/react-components';
import { useState } from 'react';
import { describeIssue } from '../../../core/describe-issue';
import { t } from '../../../core/messages';
import type { Lang } from '../../../core/messages';
import type { Issue } from '../../../core/schema/issue';
import { issuesUnder, parseNumberText } from '../campaign-edit';
import type { CampaignDraft, CampaignEdit } from '../campaign-edit';

export const useEditorStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  full: { minWidth: 0, width: '100%' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  code: { color: tokens.colorNeutralForeground3 },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: 'left', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, verticalAlign: 'top' },
  number: { textAlign: 'right', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, verticalAlign: 'top' },
  input: { maxWidth: '100%' },
  start: { alignSelf: 'flex-start' },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}`, fontWeight: tokens.fontWeightSemibold },
  // A unit's name takes the room, its share a short box; a problem spans the whole row.
  share: {
    gridTemplateColumns: `minmax(0, 1fr) 6.5em`,
    columnGap: tokens.spacingHorizontalS,
    '& .fui-Field__validationMessage': { gridColumnStart: '1', gridColumnEnd: '3' },
  },
});

export type ByPath = ReadonlyMap<string, readonly Issue[]>;

export type SectionProps = {
  readonly lang: Lang;
  readonly draft: CampaignDraft;
  readonly byPath: ByPath;
  readonly disabled: boolean;
  readonly onEdit: (edit: CampaignEdit) => void;
};

/** A problem told without its path: the field it stands under says where. */
function sentence(issue: Issue, lang: Lang): string {
  return describeIssue({ ...issue, path: '' }, lang);
}

/** Fluent Field props that put the issues found at `path` (and inside it) under the field, each once. */
export function fieldIssues(byPath: ByPath, path: string, lang: Lang, exact = false) {
  const found = exact ? (byPath.get(path) ?? []) : issuesUnder(byPath, path);
  if (found.length === 0) return {};
  // A label is checked in both languages; the same sentence twice would read as two problems.
  const sentences = [...new Set(found.map((issue) => sentence(issue, lang)))];
  return { validationState: 'error' as const, validationMessage: sentences.join(' ') };
}

/** Issues that no field shows, as red lines under a list item. */
export function IssueLines({ issues, lang }: { readonly issues: readonly Issue[]; readonly lang: Lang }) {
  const styles = useEditorStyles();
  return (
    <>
      {issues.map((issue, i) => (
        <Caption1 key={i} block className={styles.error}>
          {describeIssue(issue, lang)}
        </Caption1>
      ))}
    </>
  );
}

/** A list item's first line: its code and label, and a button that removes it. */
export function ItemHeader({ lang, code, label, name, disabled, onRemove }: {
  readonly lang: Lang;
  readonly code: string;
  readonly label: string;
  /** What the remove button names for a screen reader. */
  readonly name: string;
  readonly disabled: boolean;
  readonly onRemove: () => void;
}) {
  const styles = useEditorStyles();
  return (
    <div className={styles.row}>
      <span className={styles.grow}>
        <Caption1 className={styles.code}>{code}</Caption1> {label}
      </span>
      <Button size="small" appearance="subtle" aria-label={t('pane.edit.removeNamed', { name }, lang)} disabled={disabled} onClick={onRemove}>
        {t('pane.edit.remove', {}, lang)}
      </Button>
    </div>
  );
}

/**
 * Text typed into a field whose draft value is a normalised form of it ("1,50" is 1.5, a blank line
 * is no item): the typing stays as it is while it still means the draft's value, and gives way to
 * the draft when that changes from elsewhere (a reset, another file).
 */
export function useTypedText(value: string, normalize: (text: string) => string): readonly [string, (text: string) => void] {
  const [text, setText] = useState(value);
  return [normalize(text) === value ? text : value, setText] as const;
}

const numberShown = (text: string) => String(parseNumberText(text));

/** A number typed the Vietnamese way; `onText` gets every keystroke, the draft keeps what it parses to. */
export function NumberInput({ value, onText, ...rest }: Omit<InputProps, 'value' | 'onChange'> & {
  readonly value: number | string;
  readonly onText: (text: string) => void;
}) {
  const [text, setText] = useTypedText(String(value), numberShown);
  return (
    <Input
      {...rest}
      inputMode="decimal"
      value={text}
      onChange={(_, data) => {
        setText(data.value);
        onText(data.value);
      }}
    />
  );
}

export type Choice<T extends string> = { readonly value: T; readonly text: string };

/** A labelled dropdown of fixed choices. A value outside them (from a file) is shown as it is. */
export function ChoiceField<T extends string>({ label, choices, value, disabled, onChoose, field = {} }: {
  readonly label: string;
  readonly choices: readonly Choice<T>[];
  readonly value: string;
  readonly disabled: boolean;
  readonly onChoose: (value: T) => void;
  /** Further Field props: a hint, the issues under it. */
  readonly field?: Omit<FieldProps, 'label' | 'children'>;
}) {
  const styles = useEditorStyles();
  return (
    <Field label={label} {...field}>
      <Dropdown
        className={styles.full}
        value={choices.find((c) => c.value === value)?.text ?? value}
        selectedOptions={[value]}
        disabled={disabled}
        onOptionSelect={(_, data) => {
          const chosen = choices.find((c) => c.value === data.optionValue);
          if (chosen !== undefined) onChoose(chosen.value);
        }}
      >
        {choices.map((c) => (
          <Option key={c.value} value={c.value} text={c.text}>
            {c.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
