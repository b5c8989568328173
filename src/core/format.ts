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

/** Vietnam keeps UTC+7 all year (no daylight saving), so local time is a fixed offset. */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/** An ISO date-time (any offset) as the dd/mm/yyyy HH:MM a Vietnamese reader expects, in Vietnam time; the input unchanged when it is not a date-time. */
export function formatVietnamDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const local = new Date(ms + VIETNAM_OFFSET_MINUTES * 60_000).toISOString();
  return `${formatDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}
