import { Body1, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { Campaign } from '../../core';
import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';
import { StatusMessage } from '../shared/StatusMessage';

export type PublishViewProps = {
  readonly campaign: Campaign;
  readonly lang: Lang;
  readonly busy: boolean;
  readonly onDownload: () => void;
};

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

/** "Phát hành": every unit's fill-in workbook and the master, as one zip. */
export function PublishView({ campaign, lang, busy, onDownload }: PublishViewProps) {
  const styles = useStyles();
  const count = campaign.units.length;
  return (
    <section className={styles.view} aria-labelledby="publish-title">
      <Subtitle2 as="h2" block id="publish-title" className={styles.heading}>
        {t('pane.publish.title', {}, lang)}
      </Subtitle2>
      {count === 0 ? (
        <StatusMessage intent="warning" title={t('pane.publish.title', {}, lang)} message={t('pane.publish.noUnits', {}, lang)} />
      ) : (
        <>
          <Body1 as="p" block>
            {t('pane.publish.intro', { count }, lang)}
          </Body1>
          <Button appearance="primary" disabledFocusable={busy} onClick={onDownload}>
            {t('pane.publish.button', {}, lang)}
          </Button>
        </>
      )}
    </section>
  );
}
