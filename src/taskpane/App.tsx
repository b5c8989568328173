import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Lang } from '../core/messages';
import { CampaignView } from './CampaignView';
import { PaneFooter } from './PaneFooter';
import { PaneHeader } from './PaneHeader';
import type { HostKind } from './office-ready';
import type { PaneServices } from './use-campaign-workbook';

export type AppProps = {
  readonly services: PaneServices;
  readonly host: HostKind;
  /** The year the preset campaigns are built for at start (the current year; tests fix it). */
  readonly initialYear: number;
  readonly initialLang?: Lang;
  readonly onLangChange?: (lang: Lang) => void;
};

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  main: {
    flexGrow: 1,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
});

export function App({ services, host, initialYear, initialLang = 'vi', onLangChange }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const toggleLang = useCallback(() => {
    const next: Lang = lang === 'vi' ? 'en' : 'vi';
    setLang(next);
    onLangChange?.(next);
  }, [lang, onLangChange]);

  return (
    // Layout styles go on an inner element: Fluent copies the provider's classes to its portals
    // (dropdown lists), where a full-height background would cover the pane.
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div className={styles.root}>
        <PaneHeader lang={lang} onToggleLang={toggleLang} />
        <main className={styles.main}>
          <CampaignView services={services} lang={lang} initialYear={initialYear} />
        </main>
        <PaneFooter host={host} lang={lang} />
      </div>
    </FluentProvider>
  );
}
