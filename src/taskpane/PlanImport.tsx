import { Button, Field, makeStyles, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import { t } from '../core/messages';
import type { Lang } from '../core/messages';
import { describeDraft } from '../core/plan-import';
import { PlanDraftView } from './PlanDraftView';
import { StatusMessage } from './StatusMessage';
import type { PlanReading } from './use-campaign-workbook';

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
};

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  read: { alignSelf: 'flex-start' },
});

/** "Dán văn bản kế hoạch": paste a plan, read it, see each field with its source, use the result. */
export function PlanImport({ lang, text, reading, inUse, disabled, onTextChange, onRead, onUse }: PlanImportProps) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="plan-import-title">
      <Subtitle2 as="h3" block id="plan-import-title" className={styles.heading}>
        {t('plan.pane.heading', {}, lang)}
      </Subtitle2>
      <Field label={t('plan.pane.textLabel', {}, lang)} hint={t('plan.pane.textHint', {}, lang)}>
        <Textarea value={text} resize="vertical" rows={6} disabled={disabled} onChange={(_, data) => onTextChange(data.value)} />
      </Field>
      <Button className={styles.read} appearance="secondary" disabledFocusable={disabled} onClick={onRead}>
        {t('plan.pane.read', {}, lang)}
      </Button>
      {reading?.kind === 'empty' && <StatusMessage intent="info" title={t('plan.pane.read', {}, lang)} message={t('plan.pane.empty', {}, lang)} />}
      {reading?.kind === 'read' && (
        <PlanDraftView
          lang={lang}
          report={describeDraft(reading.draft, lang)}
          issues={reading.result.issues}
          campaignReady={reading.result.campaign !== undefined}
          inUse={inUse}
          onUse={onUse}
        />
      )}
    </section>
  );
}
