import { Button, FluentProvider, makeStyles, Tab, TabList, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { t } from '../core/messages';
import type { Lang, MessageKey } from '../core/messages';
import { CampaignView } from './campaign/CampaignView';
import { CheckView } from './check/CheckView';
import { ConsolidateView } from './consolidate/ConsolidateView';
import { ImportView } from './import/ImportView';
import { PaneFooter } from './PaneFooter';
import { PaneHeader } from './PaneHeader';
import { PublishView } from './publish/PublishView';
import type { HostKind } from './shared/office-ready';
import { useCampaignWorkbook } from './campaign/use-campaign-workbook';
import type { CampaignWorkbook, PaneServices } from './campaign/use-campaign-workbook';
import { initialCampaignState, useCampaignStore } from './shared/campaign-store';
import { useReturnsFlow } from './shared/use-returns-flow';
import { useKeptCampaign } from './shared/use-kept-campaign';
import { ResumeOffer } from './shared/ResumeOffer';
import { useOrganisation } from './shared/use-organisation';
import type { OrganisationView } from './shared/use-organisation';
import { OrganisationForm } from './campaign/OrganisationForm';
import { StatusMessage } from './shared/StatusMessage';
import type { ReturnsFlow } from './shared/use-returns-flow';
import { FallbackNotice, NoticeSlotProvider } from './shared/StepNotice';
import type { NoticeSlotValue } from './shared/StepNotice';
import { useFocusRingStyles } from './shared/focus-ring';

export type AppProps = {
  readonly services: PaneServices;
  readonly host: HostKind;
  /** The year the preset campaigns are built for at start (the current year; tests fix it). */
  readonly initialYear: number;
  readonly initialLang?: Lang;
  readonly onLangChange?: (lang: Lang) => void;
};

export const STEPS = ['campaign', 'publish', 'import', 'check', 'consolidate'] as const;
export type Step = (typeof STEPS)[number];
const STEP_LABELS: Readonly<Record<Step, MessageKey>> = {
  campaign: 'pane.tab.campaign',
  publish: 'pane.tab.publish',
  import: 'pane.tab.import',
  check: 'pane.tab.check',
  consolidate: 'pane.tab.consolidate',
};

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tabs: {
    // Five steps do not fit one row of a 350-px pane: they wrap onto two.
    flexWrap: 'wrap',
    rowGap: 0,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  main: {
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  change: { alignSelf: 'flex-start', maxWidth: '100%', whiteSpace: 'normal', textAlign: 'start' },
});

export function App({ services, host, initialYear, initialLang = 'vi', onLangChange }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [step, setStep] = useState<Step>('campaign');
  const store = useCampaignStore(() => initialCampaignState(services.presets[0]?.name, initialYear, services.drawRandom?.()));
  const campaignView = useCampaignWorkbook(store, services);
  const { campaign } = campaignView;
  const flow = useReturnsFlow(store, campaign, services);
  const kept = useKeptCampaign(store, services.campaignKeeper, campaign, campaignView.unsaved);
  const organisation = useOrganisation(store, services.organisationStore);
  const busy = flow.job !== undefined;
  const toggleLang = useCallback(() => {
    const next: Lang = lang === 'vi' ? 'en' : 'vi';
    setLang(next);
    onLangChange?.(next);
  }, [lang, onLangChange]);
  const { dismissNotice } = flow;
  // A result says what to do next, then leaves: a new step starts with no notice of the last one.
  const goTo = useCallback((next: Step) => {
    setStep(next);
    dismissNotice();
  }, [dismissNotice]);
  const noticeSlot = useMemo<NoticeSlotValue>(
    () => ({ job: flow.job, notice: flow.notice, lang, onCancel: flow.cancel, onDismiss: dismissNotice, onNextStep: goTo }),
    [flow.job, flow.notice, lang, flow.cancel, dismissNotice, goTo],
  );
  const focusRing = useFocusRingStyles();

  return (
    // Layout styles go on an inner element: Fluent copies the provider's classes to its portals
    // (dropdown lists), where a full-height background would cover the pane.
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div className={`${styles.root} ${focusRing.root}`}>
        <PaneHeader lang={lang} onToggleLang={toggleLang} />
        <nav>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={step}
            aria-label={t('pane.tabs.label', {}, lang)}
            onTabSelect={(_, data) => goTo(data.value as Step)}
          >
            {STEPS.map((s) => (
              <Tab key={s} value={s}>
                {t(STEP_LABELS[s], {}, lang)}
              </Tab>
            ))}
          </TabList>
        </nav>
        <main className={styles.main}>
          <NoticeSlotProvider value={noticeSlot}>
            <FallbackNotice />
            <ResumeOffer view={kept} lang={lang} />
            {kept.offer.kind === 'working' && <OrganisationPart view={organisation} step={step} lang={lang} />}
            {kept.offer.kind === 'working' && !organisation.asking && <StepView step={step} campaignView={campaignView} flow={flow} presets={services.presets} lang={lang} busy={busy} onOpenCampaign={() => goTo('campaign')} />}
          </NoticeSlotProvider>
        </main>
        <PaneFooter host={host} lang={lang} />
      </div>
    </FluentProvider>
  );
}

/** The organisation's form while it is asked for; on the campaign step, the way to change it. */
function OrganisationPart({ view, step, lang }: { readonly view: OrganisationView; readonly step: Step; readonly lang: Lang }) {
  const styles = useStyles();
  if (view.asking) return <OrganisationForm initial={view.organisation} lang={lang} onSave={view.save} />;
  return (
    <>
      {view.notKept && <StatusMessage intent="warning" title={t('pane.org.heading', {}, lang)} message={t('pane.org.notKept', {}, lang)} />}
      {step === 'campaign' && view.organisation !== undefined && (
        <Button className={styles.change} appearance="subtle" size="small" onClick={view.change}>
          {`${t('pane.org.change', {}, lang)}: ${view.organisation.name}`}
        </Button>
      )}
    </>
  );
}

type StepViewProps = {
  readonly step: Step;
  readonly campaignView: CampaignWorkbook;
  readonly flow: ReturnsFlow;
  readonly presets: PaneServices['presets'];
  readonly lang: Lang;
  readonly busy: boolean;
  readonly onOpenCampaign: () => void;
};

/** The view of the step the tab shows; the steps after the campaign need one. */
function StepView({ step, campaignView, flow, presets, lang, busy, onOpenCampaign }: StepViewProps) {
  const { campaign } = campaignView;
  if (step === 'campaign') {
    return (
      <CampaignView
        view={campaignView}
        presets={presets}
        lang={lang}
        busy={busy}
        {...(flow.inExcel ? { onWriteToExcel: () => void flow.writeMaster() } : {})}
      />
    );
  }
  if (campaign === undefined) return <p>{t('pane.needCampaign', {}, lang)}</p>;
  switch (step) {
    case 'publish':
      return <PublishView campaign={campaign} lang={lang} busy={busy} onDownload={() => void flow.downloadFillIns()} onOpenCampaign={onOpenCampaign} loadFormQr={flow.loadFormQr} />;
    case 'import':
      return (
        <ImportView
          campaign={campaign}
          files={flow.files}
          validation={flow.validation}
          lang={lang}
          busy={busy}
          inExcel={flow.inExcel}
          onChoose={(files) => void flow.importFiles(files)}
          onClear={flow.clearFiles}
        />
      );
    case 'check':
      return (
        <CheckView
          validation={flow.validation}
          {...(campaign === undefined ? {} : { units: campaign.units })}
          lang={lang}
          busy={busy}
          {...(flow.inExcel ? { onRefresh: () => void flow.readWorkbook() } : {})}
          {...(flow.canGoToCells ? { onGoTo: (issue) => void flow.goToIssue(issue), onHighlight: () => void flow.highlightIssues() } : {})}
          {...(flow.highlighted ? { onClearHighlights: () => void flow.clearHighlights() } : {})}
        />
      );
    case 'consolidate':
      return (
        <ConsolidateView
          campaign={campaign}
          consolidation={flow.consolidation}
          lang={lang}
          busy={busy}
          onDownload={() => void flow.downloadReport()}
          onDownloadDocument={() => void flow.downloadReportDocument()}
          onOpenCampaign={onOpenCampaign}
          {...(flow.inExcel ? { onWrite: () => void flow.writeReport(), reportSheets: flow.reportSheets, onOpenSheet: (sheet) => void flow.openSheet(sheet) } : {})}
        />
      );
  }
}
