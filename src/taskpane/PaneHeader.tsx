import { Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { t } from '../core/messages';
import type { Lang } from '../core/messages';

export type PaneHeaderProps = { readonly lang: Lang; readonly onToggleLang: () => void };

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { flexGrow: 1 },
});

export function PaneHeader({ lang, onToggleLang }: PaneHeaderProps) {
  const styles = useStyles();
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return (
    <header className={styles.header}>
      <img src="assets/icon-32.png" width={24} height={24} alt="" />
      <Subtitle1 as="h1" className={styles.title}>
        {t('app.name', {}, lang)}
      </Subtitle1>
      <Button appearance="secondary" size="small" lang={other} title={t('pane.lang.switch', {}, lang)} onClick={onToggleLang}>
        {t('pane.lang.other', {}, lang)}
      </Button>
    </header>
  );
}
