import type { Lang } from './messages';

/** Vietnamese writes 1.234.567,5; English 1,234,567.5. */
export function formatNumber(value: number, lang: Lang = 'vi', maxDecimals = 2): string {
  const sign = value < 0 ? '-' : '';
  const fixed = Math.abs(value).toFixed(maxDecimals).replace(/\.?0+$/, '');
  const [whole = '0', fraction] = fixed.split('.');
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return sign + grouped + (fraction ? decimal + fraction : '');
}

/** ISO `YYYY-MM-DD` to the dd/mm/yyyy that users read and type. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function formatPercent(value: number, lang: Lang = 'vi'): string {
  return `${formatNumber(value, lang, 1)}%`;
}
