import { t } from '../../core/messages';
import type { Lang, MessageKey } from '../../core/messages';
import { describePaneError, paneErrorLines } from './pane-error';
import { StatusMessage } from './StatusMessage';
import type { Notice } from './flow-context';

/** The tabs a result leads to. */
export type NextStep = 'publish' | 'import' | 'check';

export type FlowNoticeProps = {
  readonly notice: Notice;
  readonly lang: Lang;
  readonly onDismiss: () => void;
  /** Opens the step the result leads to. */
  readonly onNextStep?: (step: NextStep) => void;
  /** The notice can take the focus (see StatusMessage). */
  readonly focusable?: boolean;
};

const STEP_TABS: Readonly<Record<NextStep, MessageKey>> = { publish: 'pane.tab.publish', import: 'pane.tab.import', check: 'pane.tab.check' };

/** What to do after a result, in a sentence, and the tab to go on in (none after the report). */
export function nextStepOf(notice: Notice): { readonly sentence: MessageKey; readonly step?: NextStep } | undefined {
  switch (notice.kind) {
    case 'masterWritten':
      return { sentence: 'pane.next.publish', step: 'publish' };
    case 'saved':
      return notice.task === 'zip' ? { sentence: 'pane.next.import', step: 'import' } : { sentence: 'pane.next.sendReport' };
    case 'imported':
      return { sentence: 'pane.next.check', step: 'check' };
    case 'reportWritten':
      return { sentence: 'pane.next.sendReport' };
    default:
      return undefined;
  }
}

/** The outcome of the last step, in a MessageBar, with the next step; a warning follows when Excel skipped features. */
export function FlowNotice({ notice, lang, onDismiss, onNextStep, focusable = false }: FlowNoticeProps) {
  const dismiss = { label: t('pane.dismiss', {}, lang), onDismiss };
  const skipped = 'skipped' in notice && notice.skipped !== '' ? notice.skipped : undefined;
  const next = nextStepOf(notice);
  const step = next?.step;
  const words = worded(notice, lang);
  return (
    <>
      <StatusMessage
        dismiss={dismiss}
        {...words}
        message={next === undefined ? words.message : `${words.message} ${t(next.sentence, {}, lang)}`}
        {...(step !== undefined && onNextStep !== undefined ? { action: { label: t('pane.next.go', { step: t(STEP_TABS[step], {}, lang) }, lang), onClick: () => onNextStep(step) } } : {})}
        focusable={focusable}
      />
      {skipped !== undefined && <StatusMessage intent="warning" title={t('pane.excel.skippedTitle', {}, lang)} message={skipped} />}
    </>
  );
}

function worded(notice: Notice, lang: Lang): { intent: 'error' | 'warning' | 'success' | 'info'; title: string; message: string; lines?: string[] } {
  switch (notice.kind) {
    case 'saved':
      return {
        intent: 'success',
        title: t(notice.task === 'zip' ? 'pane.publish.doneTitle' : 'pane.consolidate.doneTitle', {}, lang),
        message: t('pane.download.done', { file: notice.file }, lang),
      };
    case 'failed':
      return { intent: 'error', title: t('pane.error.title', {}, lang), message: describePaneError(notice.error, lang), lines: paneErrorLines(notice.error, lang) };
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
