import { Body1, Button, Caption1, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { t } from '../../core/messages';
import { CARD_STYLES } from '../campaign/card-styles';
import type { Lang } from '../../core/messages';
import type { KeptCampaignView } from './use-kept-campaign';

const useStyles = makeStyles({
  offer: CARD_STYLES.card,
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  // A long title wraps inside the button rather than widening a 350-px pane.
  button: { maxWidth: '100%', whiteSpace: 'normal', textAlign: 'start' },
});

/** The campaign kept from an earlier visit, named by its title: continue it, or start anew. */
export function ResumeOffer({ view, lang }: { readonly view: KeptCampaignView; readonly lang: Lang }) {
  const styles = useStyles();
  const { offer } = view;
  if (offer.kind === 'looking') return <Spinner size="small" label={t('pane.resume.looking', {}, lang)} />;
  if (offer.kind !== 'offer') return null;
  const { title, units, state } = offer.kept;
  return (
    <section className={styles.offer} aria-labelledby="resume-heading">
      <Subtitle2 as="h2" id="resume-heading" className={styles.heading}>
        {t('pane.resume.heading', {}, lang)}
      </Subtitle2>
      <Body1>{t('pane.resume.body', { title, units, files: state.returns.files.length }, lang)}</Body1>
      <Button className={styles.button} appearance="primary" onClick={view.continueKept}>
        {t('pane.resume.continue', { title }, lang)}
      </Button>
      <Button className={styles.button} appearance="secondary" onClick={view.startNew}>
        {t('pane.resume.startNew', {}, lang)}
      </Button>
      <Caption1 className={styles.hint}>{t('pane.resume.startNewHint', {}, lang)}</Caption1>
    </section>
  );
}
