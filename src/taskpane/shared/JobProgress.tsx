import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { t } from '../../core/messages';
import type { Lang, MessageKey } from '../../core/messages';
import type { Job } from './flow-context';

export type JobProgressProps = { readonly job: Job; readonly lang: Lang; readonly onCancel: () => void };

const TITLES: Readonly<Record<Job['task'], MessageKey>> = {
  zip: 'pane.progress.making',
  read: 'pane.progress.reading',
  report: 'pane.progress.report',
  excel: 'pane.progress.excel',
};

const useStyles = makeStyles({
  box: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1 },
});

/** "Đang đọc báo cáo — 3/12 tệp", a bar, and a cancel button (checked between files). */
export function JobProgress({ job, lang, onCancel }: JobProgressProps) {
  const styles = useStyles();
  const counted = job.total > 1;
  return (
    <div className={styles.box}>
      <Field
        className={styles.field}
        label={t(TITLES[job.task], {}, lang)}
        validationState="none"
        {...(counted ? { validationMessage: t('pane.progress.files', { done: job.done, total: job.total }, lang) } : {})}
      >
        <ProgressBar {...(counted ? { value: job.done, max: job.total } : {})} thickness="large" />
      </Field>
      <Button appearance="secondary" onClick={onCancel}>
        {t('pane.cancel', {}, lang)}
      </Button>
    </div>
  );
}
