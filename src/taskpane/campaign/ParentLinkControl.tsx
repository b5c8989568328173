import { Button, Field, makeStyles, Subtitle2, tokens, useId } from '@fluentui/react-components';
import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';
import type { Campaign } from '../../core/schema/campaign';
import { parentNoteText } from '../../core/parent-link';
import { IssueList } from './IssueList';
import { StatusMessage } from '../shared/StatusMessage';
import type { ParentLinkView } from './use-campaign-workbook';
import { FilePicker } from '../shared/FilePicker';

export type ParentLinkControlProps = {
  readonly lang: Lang;
  readonly link: ParentLinkView;
  /** The campaign in use, link applied: its `parent` is what the report will answer. */
  readonly campaign: Campaign | undefined;
  readonly disabled: boolean;
};

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  remove: { alignSelf: 'flex-start' },
});

/**
 * "Nhận kế hoạch của cấp trên": the district opens the fill-in the province sent it; the
 * campaign's report then goes up as that district's return. Ids are read, never typed.
 */
export function ParentLinkControl({ lang, link, campaign, disabled }: ParentLinkControlProps) {
  const styles = useStyles();
  const fileId = useId('parent-form');
  if (!link.available) return null;
  const { state, failure } = link;
  const parent = campaign?.parent;
  const title = parent?.title ?? t('parent.pane.untitled', { id: parent?.campaignId ?? '' }, lang);
  return (
    <section className={styles.section} aria-labelledby="parent-link-title">
      <Subtitle2 as="h3" block id="parent-link-title" className={styles.heading}>
        {t('parent.pane.heading', {}, lang)}
      </Subtitle2>
      <Field label={{ children: t('parent.pane.fileLabel', {}, lang), htmlFor: fileId, id: `${fileId}-label` }} hint={{ children: t('parent.pane.fileHint', {}, lang), id: `${fileId}-hint` }}>
        <FilePicker
          id={fileId}
          lang={lang}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={disabled || state.kind === 'reading'}
          describedBy={`${fileId}-label ${fileId}-hint`}
          onFiles={([file]) => {
            if (file !== undefined) void link.open(file);
          }}
        />
      </Field>
      {state.kind === 'reading' && <StatusMessage intent="info" title={t('parent.pane.heading', {}, lang)} message={t('parent.pane.reading', { file: state.fileName }, lang)} />}
      {failure !== undefined &&
        ('problem' in failure ? (
          <StatusMessage intent="error" title={t('parent.pane.failedTitle', {}, lang)} message={t(failure.problem.key, failure.problem.params, lang)} />
        ) : (
          <IssueList intent="error" title={t('parent.pane.failedTitle', {}, lang)} message={t('parent.notFillIn', { file: failure.fileName }, lang)} issues={failure.issues} lang={lang} />
        ))}
      {parent !== undefined && state.kind !== 'reading' && (
        <>
          <StatusMessage
            intent="success"
            title={t('parent.pane.linkedTitle', {}, lang)}
            message={t('parent.linked', { title, code: parent.unitCode }, lang)}
            lines={link.notes.map((note) => parentNoteText(note, lang))}
          />
          <Button className={styles.remove} appearance="secondary" size="small" disabled={disabled} onClick={link.remove}>
            {t('parent.pane.unlink', {}, lang)}
          </Button>
        </>
      )}
    </section>
  );
}
