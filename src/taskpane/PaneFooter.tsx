import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { t } from '../core/messages';
import type { Lang } from '../core/messages';
import type { HostKind } from './shared/office-ready';

export type PaneFooterProps = { readonly host: HostKind; readonly lang: Lang };

const useStyles = makeStyles({
  footer: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground3,
  },
});

export function PaneFooter({ host, lang }: PaneFooterProps) {
  const styles = useStyles();
  return (
    <footer className={styles.footer}>
      <Caption1>{t(host === 'excel' ? 'pane.host.excel' : 'pane.host.browser', {}, lang)}</Caption1>
    </footer>
  );
}
