import { formatDate, formatNumber, formatPercent, groupBy, t } from '../core';
import type { IndicatorResult, Params, TextAnswer } from '../core';

/** The khối of a unit, by code; texts are summarised by khối. */
export type GroupOf = (unitCode: string) => string;

/** The distribution of a choice indicator, in words: "Tốt 12 đơn vị (40 %); ...". */
export function choiceText(result: IndicatorResult): string {
  return (result.distribution ?? []).map((d) => t('rp.doc.choicePart', { choice: d.choice, count: d.count, share: d.share === null ? '—' : formatPercent(d.share) })).join('; ');
}

/** The sentences of the written report that carry one indicator's figures. */
export function figureSentences(r: IndicatorResult, groupOf: GroupOf = () => '', where: string = t('rp.doc.whereSheet')): string[] {
  const ind = r.indicator;
  const label = ind.label.vi;
  const measure = ind.measure;
  if (r.reported === 0 && ind.type !== 'rate') return [];
  const assessment = r.assessment ? t(`rp.assessment.${r.assessment}`).toLocaleLowerCase('vi') : '';
  switch (ind.type) {
    case 'integer':
    case 'decimal':
    case 'money': {
      if (r.scope === 'district') {
        const target = formatNumber(r.target ?? 0);
        if (r.value === null) return [t('rp.doc.districtFigureMissing', { label, target, measure })];
        return [t('rp.doc.districtFigure', { label, value: formatNumber(r.value), measure, percent: formatPercent(r.percent ?? 0), target, assessment })];
      }
      if (r.value === null) return [];
      const p: Params = { label, value: formatNumber(r.value), measure };
      return [r.target !== null && r.percent !== null ? t('rp.doc.figureTarget', { ...p, percent: formatPercent(r.percent), target: formatNumber(r.target), assessment }) : t('rp.doc.figure', p)];
    }
    case 'yesno':
      return [t('rp.doc.yesno', { label, count: r.value ?? 0, reported: r.reported })];
    case 'choice':
      return [t('rp.doc.choice', { label, parts: choiceText(r) })];
    case 'rate': {
      if (r.value === null) return [];
      const p: Params = { label, value: formatPercent(r.value), numerator: formatNumber(r.numerator ?? 0), denominator: formatNumber(r.denominator ?? 0) };
      return [r.target !== null ? t('rp.doc.rateTarget', { ...p, target: formatPercent(r.target), assessment }) : t('rp.doc.rate', p)];
    }
    case 'date':
      if (!r.dateRange) return [];
      return r.dateRange.from === r.dateRange.to
        ? [t('rp.doc.dateOne', { label, date: formatDate(r.dateRange.from) })]
        : [t('rp.doc.dateRange', { label, from: formatDate(r.dateRange.from), to: formatDate(r.dateRange.to) })];
    case 'text':
      return r.texts?.length ? [textSummary(label, r.texts, groupOf, where)] : [];
  }
}

/**
 * Units' own words are not pasted into the report: it says how many units wrote on the point, by
 * khối, and `where` the full texts are (the workbook's appendix sheet, or the document's Phụ lục).
 */
export function textSummary(label: string, texts: readonly TextAnswer[], groupOf: GroupOf, where: string): string {
  return t('rp.doc.textSummary', { label, count: texts.length, groups: groupCounts(texts, groupOf), where });
}

/** "khối Xã, thị trấn: 4; khối HCSN: 2": how many units wrote, by khối. */
export function groupCounts(texts: readonly TextAnswer[], groupOf: GroupOf): string {
  return [...groupBy(texts, (x) => groupOf(x.unit))]
    .map(([group, items]) => (group ? t('rp.doc.textGroup', { group, count: items.length }) : t('rp.doc.textGroupless', { count: items.length })))
    .join('; ');
}
