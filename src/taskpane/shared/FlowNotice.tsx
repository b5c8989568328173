import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';
import { describePaneError } from './pane-error';
import { StatusMessage } from './StatusMessage';
import type { Notice } from './flow-context';

export type FlowNoticeProps = { readonly notice: Notice; readonly lang: Lang; readonly onDismiss: () => void };

/** The outcome of the last step, in a MessageBar; a warning follows when Excel skipped features. */
export function FlowNotice({ notice, lang, onDismiss }: FlowNoticeProps) {
  const dismiss = { label: t('pane.dismiss', {}, lang), onDismiss };
  const skipped = 'skipped' in notice && notice.skipped !== '' ? notice.skipped : undefined;
  return (
    <>
      <StatusMessage dismiss={dismiss} {...worded(notice, lang)} />
      {skipped !== undefined && <StatusMessage intent="warning" title={t('pane.excel.skippedTitle', {}, lang)} message={skipped} />}
    </>
  );
}

function worded(notice: Notice, lang: Lang): { intent: 'error' | 'warning' | 'success' | 'info'; title: string; message: string } {
  switch (notice.kind) {
    case 'saved':
      return {
        intent: 'success',
        title: t(notice.task === 'zip' ? 'pane.publish.doneTitle' : 'pane.consolidate.doneTitle', {}, lang),
        message: t('pane.download.done', { file: notice.file }, lang),
      };
    case 'failed':
      return { intent: 'error', title: t('pane.error.title', {}, lang), message: describePaneError(notice.error, lang) };
    case 'cancelled':
      return { intent: 'info', title: t('pane.cancelledTitle', {}, lang), message: t('pane.cancelled', {}, lang) };
    case 'masterWritten':
      return { intent: 'success', title: t('pane.download.doneTitle', {}, lang), message: t('pane.excel.writeMasterDone', { count: notice.sheets }, lang) };
    case 'imported':
      return { intent: 'success', title: t('pane.import.ok', {}, lang), message: t('pane.import.written', { count: notice.written, kept: notice.kept }, lang) };
    case 'reportWritten':
      return { intent: 'success', title: t('pane.consolidate.doneTitle', {}, lang), message: t('pane.consolidate.written', { sheets: notice.sheets.join(', ') }, lang) };
    case 'highlighted':
      return { intent: 'success', title: t('pane.check.highlightedTitle', {}, lang), message: t('pane.check.highlighted', { count: notice.cells }, lang) };
    case 'highlightsCleared':
      return { intent: 'success', title: t('pane.check.highlightedTitle', {}, lang), message: t('pane.check.highlightsCleared', {}, lang) };
  }
}
