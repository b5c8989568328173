import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { formatPercent } from '../../core';
import type { AchievementPoint, Assessment } from '../../core';
import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';

export type AchievementChartProps = { readonly points: readonly AchievementPoint[]; readonly lang: Lang };

/** The scale ends at 100 % or the highest share, whichever is more, up to where a share is marked for review. */
const SCALE_CAP = 300;

const BAR_COLOR: Readonly<Record<Assessment, string>> = {
  achieved: tokens.colorPaletteGreenBackground3,
  exceeded: tokens.colorBrandBackground,
  notAchieved: tokens.colorPaletteRedBackground3,
  review: tokens.colorPaletteDarkOrangeBackground3,
};

const useStyles = makeStyles({
  chart: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  caption: { margin: 0, color: tokens.colorNeutralForeground2 },
  row: { display: 'grid', gridTemplateColumns: '1fr 4.5em', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, alignItems: 'center' },
  label: { gridColumn: '1 / span 2', overflowWrap: 'anywhere' },
  track: { position: 'relative', height: '12px', backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  bar: { position: 'absolute', top: 0, bottom: 0, left: 0, borderRadius: tokens.borderRadiusSmall },
  target: { position: 'absolute', top: '-3px', bottom: '-3px', width: '2px', backgroundColor: tokens.colorNeutralForeground1 },
  value: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

/**
 * The chart of achievement against targets the report draws, as plain CSS bars: the share of each
 * target reached, with a mark at 100 %. Screen readers get one sentence listing every share (the
 * bars are an image to them); the figures stay visible beside each bar.
 */
export function AchievementChart({ points, lang }: AchievementChartProps) {
  const styles = useStyles();
  if (points.length === 0) return null;
  const scale = Math.min(SCALE_CAP, Math.max(100, ...points.map((p) => p.percent)));
  const at = (percent: number) => `${(Math.min(percent, scale) / scale) * 100}%`;
  const described = points.map((p) => t('pane.consolidate.chart.point', { label: p.indicator.label[lang], percent: formatPercent(p.percent, lang) }, lang)).join('; ');
  return (
    <figure className={styles.chart} role="img" aria-label={`${t('pane.consolidate.chart.title', {}, lang)}: ${described}`} data-testid="achievement-chart">
      <Caption1 as="p" aria-hidden className={styles.caption}>
        {t('pane.consolidate.chart.title', {}, lang)}
      </Caption1>
      {points.map((p) => (
        <div key={p.code} className={styles.row} aria-hidden>
          <Caption1 className={styles.label}>{p.indicator.label[lang]}</Caption1>
          <div className={styles.track}>
            <div className={styles.bar} data-percent={p.percent} style={{ width: at(p.percent), backgroundColor: BAR_COLOR[p.assessment ?? 'notAchieved'] }} />
            <div className={styles.target} style={{ left: `calc(${at(100)} - 1px)` }} />
          </div>
          <Caption1 className={styles.value}>{formatPercent(p.percent, lang)}</Caption1>
        </div>
      ))}
    </figure>
  );
}
