import { achievementPoints, t } from '../core';
import type { Consolidation, Campaign } from '../core';
import type { Sheet } from './layout';
import { createSheet } from './sheet-builder';
import { numberFormatOf } from './styles';
import { clip } from './text';

/** Where the chart's table sits on its sheet; the chart covers the columns to its right. */
export const CHART_TABLE = { headerRow: 4, code: 1, label: 2, target: 3, result: 4, percent: 5 } as const;
export const CHART_BAR_COLOR = '2E75B6';
/** A category label long enough to tell indicators apart, short enough to leave the bars room. */
const LABEL_CHARS = 48;

/**
 * `Biểu đồ`: the indicators with a numeric target, their result and the share reached, and a
 * clustered bar chart of that share. None when no indicator has a target to be measured against.
 */
export function chartSheet(campaign: Campaign, consolidation: Consolidation): Sheet | null {
  const points = achievementPoints(consolidation);
  if (points.length === 0) return null;
  const col = CHART_TABLE;
  const sheet = createSheet(t('rp.sheet.chart'));
  sheet.span(1, 1, col.percent, t('rp.chart.title'), 'title').height(1, 22);
  sheet.span(2, 1, col.percent, campaign.title, 'caption').height(2, 30);
  const headers = ['wb.col.code', 'wb.col.content', 'wb.col.target', 'wb.col.result', 'wb.col.rate'] as const;
  headers.forEach((key, i) => sheet.cell(col.headerRow, i + 1, t(key), 'tableHeader'));
  sheet.height(col.headerRow, 32);
  const first = col.headerRow + 1;
  points.forEach((p, i) => {
    const row = first + i;
    // Rates are carried in percent and shown as percentage cells, as in Tổng hợp.
    const shown = (v: number | null) => (v !== null && p.indicator.type === 'rate' ? v / 100 : v);
    sheet.cell(row, col.code, p.code, 'code');
    sheet.cell(row, col.label, clip(`${p.code}. ${p.indicator.label.vi}`, LABEL_CHARS), 'text');
    sheet.cell(row, col.target, shown(p.target), 'number', { numFmt: numberFormatOf(p.indicator) });
    sheet.cell(row, col.result, shown(p.value), 'number', { numFmt: numberFormatOf(p.indicator) });
    sheet.cell(row, col.percent, p.percent / 100, 'percent');
    sheet.height(row, 30);
  });
  const last = first + points.length - 1;
  const column = (c: number) => ({ top: first, left: c, bottom: last, right: c });
  return sheet.build({
    columns: [{ width: 7 }, { width: 34 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 2 }, ...Array.from({ length: 9 }, () => ({ width: 10 }))],
    freeze: { rows: col.headerRow, cols: 0 },
    print: { orientation: 'landscape', footer: `${t('rp.sheet.chart')} — &P/&N` },
    charts: [
      {
        name: 'AchievementChart',
        title: t('rp.chart.title'),
        categories: column(col.label),
        series: [{ name: t('wb.col.rate'), values: column(col.percent), color: CHART_BAR_COLOR }],
        valueAxisTitle: t('rp.chart.axis'),
        valueFormat: '0%',
        // One bar a row beside the table, and room for the title and axis below short tables.
        anchor: { top: col.headerRow, left: col.percent + 2, bottom: Math.max(last, col.headerRow + 14) + 2, right: col.percent + 10 },
      },
    ],
  });
}
