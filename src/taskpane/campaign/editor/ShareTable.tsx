import { Caption1 } from '@fluentui/react-components';
import { unitShares } from '../../../core/allocation';
import { describeIssue } from '../../../core/describe-issue';
import { formatNumber } from '../../../core/format';
import { t } from '../../../core/messages';
import type { Lang } from '../../../core/messages';
import type { Campaign } from '../../../core/schema/campaign';
import { useEditorStyles } from './common';

/**
 * Each unit's share of one target shared by the units' size (unitShares), in a table behind a
 * disclosure: what every unit will be asked for, seen before the forms go out.
 */
export function ShareTable({ campaign, indicator, label, lang }: { readonly campaign: Campaign; readonly indicator: string; readonly label: string; readonly lang: Lang }) {
  const styles = useEditorStyles();
  const table = unitShares(campaign, indicator);
  const target = campaign.targets.find((x) => x.indicator === indicator);
  if (table === undefined || target === undefined || target.allocation.method !== 'proportional' || table.rows.length === 0) return null;
  // Every unit aims at the same rate: the shares do not add up to the district's.
  const summed = campaign.indicators.find((i) => i.code === indicator)?.type !== 'rate';
  const basis = target.allocation.basis;
  const shown = (value: number | undefined) => (value === undefined ? t('pane.shareTable.none', {}, lang) : formatNumber(value, lang));
  return (
    <details>
      <summary className={styles.hint}>{t('pane.shareTable.toggle', { count: table.rows.length }, lang)}</summary>
      {table.issues.map((issue, i) => (
        <Caption1 key={i} block className={styles.error}>
          {describeIssue(issue, lang)}
        </Caption1>
      ))}
      <table className={styles.table}>
        <caption className={styles.cell}>{t('pane.shareTable.caption', { label }, lang)}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              {t('pane.shareTable.unit', {}, lang)}
            </th>
            <th scope="col" className={styles.number}>
              {t(`pane.shareTable.basis.${basis}`, {}, lang)}
            </th>
            <th scope="col" className={styles.number}>
              {t('pane.shareTable.share', {}, lang)}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.code}>
              <td className={styles.cell}>
                <Caption1 className={styles.code}>{row.code}</Caption1> {row.name}
              </td>
              <td className={styles.number}>{row.basis === undefined ? '' : formatNumber(row.basis, lang)}</td>
              <td className={styles.number}>{shown(row.share)}</td>
            </tr>
          ))}
        </tbody>
        {summed && (
          <tfoot>
            <tr>
              <th scope="row" className={styles.cell}>
                {t('pane.shareTable.sum', {}, lang)}
              </th>
              <td className={styles.number} />
              <td className={styles.number}>{t('pane.edit.shareSum', { sum: formatNumber(table.sum, lang), total: formatNumber(table.total, lang) }, lang)}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </details>
  );
}
