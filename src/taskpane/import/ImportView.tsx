import { Badge, Body1, Button, Caption1, Label, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { describeIssue } from '../../core';
import type { Campaign, Issue } from '../../core';
import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';
import type { ImportedFile } from '../shared/campaign-store';
import { FilePicker } from '../shared/FilePicker';

export type ImportViewProps = {
  readonly campaign: Campaign;
  readonly files: readonly ImportedFile[];
  readonly lang: Lang;
  readonly busy: boolean;
  readonly inExcel: boolean;
  readonly onChoose: (files: readonly File[]) => void;
  readonly onClear: () => void;
};

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  picker: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  input: { maxWidth: '100%' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorPaletteRedForeground1 },
});

/** "Nhập báo cáo": choose many returned files at once; each file's status as it is read. */
export function ImportView({ campaign, files, lang, busy, inExcel, onChoose, onClear }: ImportViewProps) {
  const styles = useStyles();
  const inputId = useId();
  const recognised = files.filter(usable).length;
  const units = new Map(campaign.units.map((u) => [u.code, u.name]));
  return (
    <section className={styles.view} aria-labelledby="import-title">
      <Subtitle2 as="h2" block id="import-title" className={styles.heading}>
        {t('pane.import.title', {}, lang)}
      </Subtitle2>
      <Body1 as="p" block>
        {t('pane.import.intro', {}, lang)}
      </Body1>
      {inExcel && <Caption1 block>{t('pane.import.excelIntro', {}, lang)}</Caption1>}
      <div className={styles.picker}>
        <Label htmlFor={inputId} id={`${inputId}-label`} weight="semibold">
          {t('pane.import.label', {}, lang)}
        </Label>
        <FilePicker
          id={inputId}
          lang={lang}
          multiple
          accept=".xlsx,.ods,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet,application/vnd.ms-excel"
          describedBy={`${inputId}-label`}
          disabled={busy}
          onFiles={onChoose}
        />
      </div>
      {files.length > 0 && (
        <>
          <Body1 as="p" block role="status">
            {t('pane.import.count', { files: files.length, ok: recognised, failed: files.length - recognised }, lang)} {t('pane.import.next', {}, lang)}
          </Body1>
          <ul className={styles.list} aria-label={t('pane.import.title', {}, lang)}>
            {files.map((file) => (
              <li key={file.id} className={styles.item}>
                <div className={styles.line}>
                  <Badge appearance="filled" color={usable(file) ? 'success' : 'danger'}>
                    {t(usable(file) ? 'pane.import.ok' : 'pane.import.failed', {}, lang)}
                  </Badge>
                  <span className={styles.name}>{file.name}</span>
                </div>
                {file.read.ok && <Caption1>{unitLine(file.read.value.identity.unitCode, units, lang)}</Caption1>}
                {refusals(file).map((issue, i) => (
                  <Caption1 key={i} className={styles.reason}>
                    {describeIssue({ ...issue, file: '' }, lang)}
                  </Caption1>
                ))}
              </li>
            ))}
          </ul>
          <Button appearance="subtle" disabledFocusable={busy} onClick={onClear}>
            {t('pane.import.clear', {}, lang)}
          </Button>
        </>
      )}
    </section>
  );
}

/** Read, and not refused: its figures can count. */
function usable(file: ImportedFile): boolean {
  return file.read.ok && file.read.value.refused !== true;
}

/** Why a file cannot be used: the reader's issues, or the errors of a file it refused yet attributed. */
function refusals(file: ImportedFile): readonly Issue[] {
  if (!file.read.ok) return file.read.error;
  return file.read.value.refused === true ? file.read.value.readIssues.filter((i) => i.severity === 'error') : [];
}

function unitLine(code: string, units: ReadonlyMap<string, string>, lang: Lang): string {
  const name = units.get(code);
  return name === undefined ? t('pane.import.unknownUnit', { code }, lang) : t('pane.import.recognised', { code, name }, lang);
}
