import { Body1Strong, Caption1Strong, makeStyles, tokens } from '@fluentui/react-components';
import { Fragment } from 'react';
import type { CampaignSummaryData } from './campaign-summary';
import { CARD_STYLES } from './card-styles';

export type CampaignSummaryProps = { readonly heading: string; readonly summary: CampaignSummaryData };

const useStyles = makeStyles({
  ...CARD_STYLES,
  title: { margin: 0 },
  rows: {
    display: 'grid',
    gridTemplateColumns: 'minmax(7.5em, max-content) 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  label: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  line: { display: 'block' },
  targets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The selected campaign at a glance: title, dates, and what it counts. */
export function CampaignSummary({ heading, summary }: CampaignSummaryProps) {
  const styles = useStyles();
  return (
    <article className={styles.card} aria-label={heading}>
      <Caption1Strong as="h3" className={styles.heading}>
        {heading}
      </Caption1Strong>
      <Body1Strong as="p" className={styles.title}>
        {summary.title}
      </Body1Strong>
      <dl className={styles.rows}>
        {summary.rows.map((row) => (
          <Fragment key={row.label}>
            <dt className={styles.label}>{row.label}</dt>
            <dd className={styles.value}>
              {row.lines.map((line, index) => (
                <span key={index} className={styles.line}>
                  {line}
                </span>
              ))}
            </dd>
          </Fragment>
        ))}
      </dl>
      {summary.targets.length > 0 && (
        <ul className={styles.targets}>
          {summary.targets.map((target) => (
            <li key={target.indicator}>{target.text}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
