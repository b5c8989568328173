import { Button, Field, makeStyles, Subtitle2, Textarea, tokens, useId } from '@fluentui/react-components';
import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';
import { describeDraft, wantedFields } from '../../core/plan-import';
import type { SuppliedField } from '../../core/plan-import';
import { PlanDraftView } from './PlanDraftView';
import { StatusMessage } from '../shared/StatusMessage';
import type { PlanReading } from '../shared/campaign-store';
import { FilePicker } from '../shared/FilePicker';

export type PlanImportProps = {
  readonly lang: Lang;
  readonly text: string;
  readonly reading: PlanReading | undefined;
  /** The campaign read from the plan is the one the view builds. */
  readonly inUse: boolean;
  readonly disabled: boolean;
  readonly onTextChange: (text: string) => void;
  readonly onRead: () => void;
  readonly onUse: () => void;
  /** A plan file chosen: .docx, a PDF with text, or text. */
  readonly onOpenFile: (file: File) => void;
  /** A field the plan lacks, typed in the draft. */
  readonly onSupply: (field: SuppliedField, value: string) => void;
};

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  read: { alignSelf: 'flex-start' },
});

/**
 * "Dán văn bản kế hoạch": paste a plan or open its file, read it, see each field with its source,
 * type what it lacks, use the result.
 */
export function PlanImport({ lang, text, reading, inUse, disabled, onTextChange, onRead, onUse, onOpenFile, onSupply }: PlanImportProps) {
  const styles = useStyles();
  const fileId = useId('plan-file');
  return (
    <section className={styles.section} aria-labelledby="plan-import-title">
      <Subtitle2 as="h3" block id="plan-import-title" className={styles.heading}>
        {t('plan.pane.heading', {}, lang)}
      </Subtitle2>
      <Field label={{ children: t('plan.pane.fileLabel', {}, lang), htmlFor: fileId, id: `${fileId}-label` }} hint={{ children: t('plan.pane.fileHint', {}, lang), id: `${fileId}-hint` }}>
        <FilePicker
          id={fileId}
          lang={lang}
          accept=".docx,.pdf,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf,text/plain"
          disabled={disabled}
          describedBy={`${fileId}-label ${fileId}-hint`}
          onFiles={([file]) => {
            if (file !== undefined) onOpenFile(file);
          }}
        />
      </Field>
      <Field label={t('plan.pane.textLabel', {}, lang)} hint={t('plan.pane.textHint', {}, lang)}>
        <Textarea value={text} resize="vertical" rows={6} disabled={disabled} onChange={(_, data) => onTextChange(data.value)} />
      </Field>
      <Button className={styles.read} appearance="secondary" disabledFocusable={disabled} onClick={onRead}>
        {t('plan.pane.read', {}, lang)}
      </Button>
      {reading?.kind === 'empty' && <StatusMessage intent="info" title={t('plan.pane.read', {}, lang)} message={t('plan.pane.empty', {}, lang)} />}
      {reading?.kind === 'opening' && <StatusMessage intent="info" title={t('plan.pane.read', {}, lang)} message={t('plan.pane.opening', { file: reading.fileName }, lang)} />}
      {reading?.kind === 'fileFailed' && <StatusMessage intent="error" title={t('plan.pane.fileFailedTitle', {}, lang)} message={t(reading.code, reading.params, lang)} />}
      {reading?.kind === 'read' && (
        <PlanDraftView
          lang={lang}
          report={describeDraft(reading.draft, lang)}
          wanted={wantedFields(reading.draft)}
          supplement={reading.supplement}
          issues={reading.result.issues}
          campaignReady={reading.result.campaign !== undefined}
          inUse={inUse}
          onUse={onUse}
          onSupply={onSupply}
        />
      )}
    </section>
  );
}
