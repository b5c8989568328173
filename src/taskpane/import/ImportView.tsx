import { Badge, Body1, Button, Caption1, Label, makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import { memo, useId, useMemo, useState } from 'react';
import { describeIssue } from '../../core';
import type { Campaign, ValidationResult } from '../../core';
import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';
import type { ImportedFile } from '../shared/campaign-store';
import { FilePicker } from '../shared/FilePicker';
import { countOutcomes, FILE_OUTCOMES, fileVerdicts } from './file-outcomes';
import type { FileOutcome, FileVerdict } from './file-outcomes';
import { StepSection } from '../shared/StepSection';

export type ImportViewProps = {
  readonly campaign: Campaign;
  readonly files: readonly ImportedFile[];
  /** The check of every return imported: each file's outcome comes from it. */
  readonly validation?: ValidationResult | undefined;
  readonly lang: Lang;
  readonly busy: boolean;
  readonly inExcel: boolean;
  readonly onChoose: (files: readonly File[]) => void;
  readonly onClear: () => void;
};

const useStyles = makeStyles({
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
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
});

const OUTCOME_COLOR: Readonly<Record<FileOutcome, 'success' | 'warning' | 'danger' | 'informative' | 'severe'>> = {
  counted: 'success',
  late: 'warning',
  errors: 'danger',
  otherCampaign: 'severe',
  duplicate: 'informative',
  setAside: 'informative',
};

/** "Nhập báo cáo": choose many returned files at once; each file's outcome, counted per outcome, with a filter. */
export function ImportView({ campaign, files, validation, lang, busy, inExcel, onChoose, onClear }: ImportViewProps) {
  const styles = useStyles();
  const inputId = useId();
  const [filter, setFilter] = useState<FileOutcome | undefined>(undefined);
  const verdicts = useMemo(() => fileVerdicts(files, validation), [files, validation]);
  const counts = countOutcomes(verdicts);
  const shownOutcome = filter !== undefined && counts[filter] > 0 ? filter : undefined;
  const shown = shownOutcome === undefined ? verdicts : verdicts.filter((v) => v.outcome === shownOutcome);
  const units = useMemo(() => new Map(campaign.units.map((u) => [u.code, u.name])), [campaign]);
  return (
    <StepSection id="import" title={t('pane.import.title', {}, lang)}>
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
            {t('pane.import.outcomes', { files: files.length, ...counts }, lang)} {t('pane.import.next', {}, lang)}
          </Body1>
          <div className={styles.filters} role="group" aria-label={t('pane.import.filter', {}, lang)}>
            <ToggleButton size="small" appearance={shownOutcome === undefined ? 'primary' : 'secondary'} checked={shownOutcome === undefined} onClick={() => setFilter(undefined)}>
              {t('pane.import.filterAll', { count: files.length }, lang)}
            </ToggleButton>
            {FILE_OUTCOMES.filter((o) => counts[o] > 0).map((o) => (
              <ToggleButton key={o} size="small" appearance={shownOutcome === o ? 'primary' : 'secondary'} checked={shownOutcome === o} onClick={() => setFilter(shownOutcome === o ? undefined : o)}>
                {t('pane.import.filterOne', { label: t(`pane.import.outcome.${o}`, {}, lang), count: counts[o] }, lang)}
              </ToggleButton>
            ))}
          </div>
          {shownOutcome !== undefined && <Caption1 block>{t('pane.import.shown', { shown: shown.length, files: files.length }, lang)}</Caption1>}
          <ul className={styles.list} aria-label={t('pane.import.title', {}, lang)}>
            {shown.map((verdict) => (
              <FileItem key={verdict.file.id} verdict={verdict} units={units} lang={lang} styles={styles} />
            ))}
          </ul>
          <Button appearance="subtle" disabledFocusable={busy} onClick={onClear}>
            {t('pane.import.clear', {}, lang)}
          </Button>
        </>
      )}
    </StepSection>
  );
}

type FileItemProps = { readonly verdict: FileVerdict; readonly units: ReadonlyMap<string, string>; readonly lang: Lang; readonly styles: ReturnType<typeof useStyles> };

/** Memoised: while files are read, the progress re-renders the step, not its 300 files. */
const FileItem = memo(function FileItem({ verdict, units, lang, styles }: FileItemProps) {
  const { file, outcome, unitCode, reasons } = verdict;
  return (
    <li className={styles.item}>
      <div className={styles.line}>
        <Badge className={styles.badge} appearance="filled" color={OUTCOME_COLOR[outcome]}>
          {t(`pane.import.outcome.${outcome}`, {}, lang)}
        </Badge>
        <span className={styles.name}>{file.name}</span>
      </div>
      {unitCode !== '' && <Caption1>{unitLine(unitCode, units, lang)}</Caption1>}
      {reasons.map((issue, i) => (
        <Caption1 key={i} className={styles.reason}>
          {describeIssue({ ...issue, file: '' }, lang)}
        </Caption1>
      ))}
    </li>
  );
});

function unitLine(code: string, units: ReadonlyMap<string, string>, lang: Lang): string {
  const name = units.get(code);
  return name === undefined ? t('pane.import.unknownUnit', { code }, lang) : t('pane.import.recognised', { code, name }, lang);
}
