import { Badge, Body1, Button, Caption1, Link, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { achievementPoints, countStatuses, formatNumber, formatPercent } from '../../core';
import type { Assessment, Campaign, Consolidation, IndicatorResult } from '../../core';
import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';
import { AchievementChart } from './AchievementChart';
import { SampleBlock, useSampleGate } from '../shared/SampleBlock';
import { StepNotice } from '../shared/StepNotice';
import { StepSection } from '../shared/StepSection';

export type ConsolidateViewProps = {
  /** The campaign the report is of: its sample values, while any remain, keep the report unwritten. */
  readonly campaign: Campaign;
  readonly consolidation: Consolidation | undefined;
  readonly lang: Lang;
  readonly busy: boolean;
  readonly onDownload: () => void;
  readonly onDownloadDocument: () => void;
  /** Opens step 1, where sample values are replaced. */
  readonly onOpenCampaign?: () => void;
  /** Inside Excel: read the unit sheets again, consolidate and write the report sheets. */
  readonly onWrite?: () => void;
  /** Inside Excel, once written: the report sheets, each opened by a link. */
  readonly reportSheets?: readonly string[];
  readonly onOpenSheet?: (sheet: string) => void;
};

const ASSESSMENT_COLOR: Readonly<Record<Assessment, 'success' | 'danger' | 'brand'>> = { achieved: 'success', notAchieved: 'danger', exceeded: 'brand', review: 'danger' };

const useStyles = makeStyles({
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  label: { overflowWrap: 'anywhere' },
  figures: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  value: { fontWeight: tokens.fontWeightSemibold },
  sheets: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
});

/** "Tổng hợp": completeness, each target's result (value / target, %, Đạt-Chưa đạt-Vượt), the report. */
export function ConsolidateView({ campaign, consolidation, lang, busy, onDownload, onDownloadDocument, onOpenCampaign, onWrite, reportSheets = [], onOpenSheet }: ConsolidateViewProps) {
  const styles = useStyles();
  const gate = useSampleGate(campaign, 'consolidate-samples');
  const off = busy || gate.blocked;
  const block = <SampleBlock gate={gate} blocks="report" lang={lang} onOpenCampaign={onOpenCampaign} />;
  const write =
    onWrite === undefined ? null : (
      <Button appearance="primary" disabledFocusable={off} {...gate.describedBy} onClick={onWrite}>
        {t('pane.consolidate.write', {}, lang)}
      </Button>
    );
  if (consolidation === undefined) {
    return (
      <StepSection id="consolidate" title={t('pane.consolidate.title', {}, lang)}>
        <Body1 as="p" block>
          {t('pane.check.empty', {}, lang)}
        </Body1>
        {write !== null && block}
        {write}
        <StepNotice />
      </StepSection>
    );
  }
  const n = countStatuses(consolidation.units);
  const withTargets = consolidation.indicators.filter((r) => r.target !== null);
  return (
    <StepSection id="consolidate" title={t('pane.consolidate.title', {}, lang)}>
      <Body1 as="p" block role="status">
        {t(
          'pane.consolidate.counted',
          { ...n, counted: n.onTime + n.late },
          lang,
        )}
      </Body1>
      {n.rejected > 0 && (
        <Caption1 block>{t('pane.consolidate.errorsLeftOut', { count: n.rejected }, lang)}</Caption1>
      )}
      {block}
      {write}
      {onOpenSheet !== undefined && reportSheets.length > 0 && <ReportSheetLinks sheets={reportSheets} lang={lang} onOpen={onOpenSheet} className={styles.sheets} />}
      <Button appearance={onWrite === undefined ? 'primary' : 'secondary'} disabledFocusable={off} {...gate.describedBy} onClick={onDownload}>
        {t('pane.consolidate.download', {}, lang)}
      </Button>
      <Button appearance="secondary" disabledFocusable={off} {...gate.describedBy} onClick={onDownloadDocument}>
        {t('pane.consolidate.downloadDocument', {}, lang)}
      </Button>
      <StepNotice />
      <Subtitle2 as="h3" block className={styles.heading}>
        {t('pane.consolidate.headline', {}, lang)}
      </Subtitle2>
      {withTargets.length === 0 ? (
        <Body1 as="p" block>
          {t('pane.consolidate.noTargets', {}, lang)}
        </Body1>
      ) : (
        <AchievementChart points={achievementPoints(consolidation)} lang={lang} />
      )}
      {withTargets.length > 0 && (
        <ul className={styles.list} aria-label={t('pane.consolidate.headline', {}, lang)}>
          {withTargets.map((r) => (
            <TargetResult key={r.code} result={r} lang={lang} styles={styles} />
          ))}
        </ul>
      )}
    </StepSection>
  );
}

type Styles = ReturnType<typeof useStyles>;

function ReportSheetLinks({ sheets, lang, onOpen, className }: { readonly sheets: readonly string[]; readonly lang: Lang; readonly onOpen: (sheet: string) => void; readonly className: string }) {
  return (
    <nav className={className} aria-label={t('pane.consolidate.openSheets', {}, lang)}>
      <Caption1>{t('pane.consolidate.openSheets', {}, lang)}</Caption1>
      {sheets.map((sheet) => (
        <Link key={sheet} as="button" onClick={() => onOpen(sheet)}>
          {sheet}
        </Link>
      ))}
    </nav>
  );
}

/** One target's result: value / target, percent, and the assessment badge. */
function TargetResult({ result: r, lang, styles }: { readonly result: IndicatorResult; readonly lang: Lang; readonly styles: Styles }) {
  return (
    <li className={styles.item}>
      <Body1 className={styles.label}>{r.indicator.label[lang]}</Body1>
      <div className={styles.figures}>
        <span className={styles.value}>{figure(r, lang)}</span>
        <span>{r.percent === null ? '—' : formatPercent(r.percent, lang)}</span>
        {r.assessment !== null && (
          <Badge appearance="filled" color={ASSESSMENT_COLOR[r.assessment]}>
            {t(`rp.assessment.${r.assessment}`, {}, lang)}
          </Badge>
        )}
      </div>
    </li>
  );
}

/** "42 / 50 đoàn viên", or "87,5% / 90%" for a rate. */
function figure(r: IndicatorResult, lang: Lang): string {
  const rate = r.indicator.type === 'rate';
  const show = (v: number | null) => (v === null ? '—' : rate ? formatPercent(v, lang) : formatNumber(v, lang));
  const text = t('pane.consolidate.figure', { value: show(r.value), target: show(r.target) }, lang);
  return rate || r.indicator.measure === '' ? text : `${text} ${r.indicator.measure}`;
}
