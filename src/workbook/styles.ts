import type { PrintSetup, StyleName } from './layout';
import { ND30 } from './nd30';

export type Style = {
  readonly font?: { readonly bold?: boolean; readonly italic?: boolean; readonly size?: number; readonly color?: string };
  readonly fill?: string;
  readonly align?: { readonly horizontal?: 'left' | 'center' | 'right' | 'justify'; readonly vertical?: 'top' | 'middle' | 'bottom'; readonly wrap?: boolean; readonly indent?: number };
  readonly border?: boolean;
  /** A black line along one edge only: ND30's short lines under the issuer, the motto and the subject. */
  readonly rule?: 'top' | 'bottom';
  readonly numFmt?: string;
};

/** Vietnamese administrative documents are set in Times New Roman; LibreOffice substitutes Liberation Serif. */
export const FONT_NAME = 'Times New Roman';
export const BASE_FONT_SIZE = 12;

/** Page margins in inches, as both edges take them: the sheet's own (in mm), or the workbooks' default. */
export function printMargins(print: PrintSetup): { left: number; right: number; top: number; bottom: number; header: number; footer: number } {
  const mm = print.marginsMm;
  if (!mm) return { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
  const inches = (n: number) => n / 25.4;
  return { left: inches(mm.left), right: inches(mm.right), top: inches(mm.top), bottom: inches(mm.bottom), header: inches(mm.top / 2), footer: inches(mm.bottom / 2) };
}

/** Header and footer codes for the page number in the document font: one section's text, for either edge. */
export function pageNumberCode(fontSize: number): string {
  return `&"${FONT_NAME},Regular"&${fontSize}&P`;
}

/** Colours are ARGB-less hex, as both adapters take them. */
export const COLORS = {
  answer: 'FFF2CC',
  header: 'DDEBF7',
  section: 'EDEDED',
  computed: 'E2EFDA',
  ink: '1F1F1F',
  muted: '595959',
  accent: 'C00000',
} as const;

/**
 * Counts show as whole numbers. `#,##0.##` would show a whole number with a trailing separator
 * ("3.", "3.720.") in Excel and Gnumeric; decimals get fixed places of their own (numberFormatOf).
 */
const numberFmt = '#,##0';
const DECIMAL_FORMAT = '#,##0.00';
const RATE_FORMAT = '0.00%';
export const DATE_FORMAT = 'dd/mm/yyyy';

/** The number format of an indicator's figures where it differs from a count's: money and decimals keep two places, rates are percentages. */
export function numberFormatOf(indicator: { readonly type: string }): string | undefined {
  if (indicator.type === 'decimal' || indicator.type === 'money') return DECIMAL_FORMAT;
  if (indicator.type === 'rate') return RATE_FORMAT;
  return undefined;
}

export const STYLES: Readonly<Record<StyleName, Style>> = {
  title: { font: { bold: true, size: 14 }, align: { horizontal: 'center', vertical: 'middle', wrap: true } },
  subtitle: { font: { bold: true, size: 12 }, align: { horizontal: 'center', vertical: 'middle', wrap: true } },
  caption: { font: { italic: true, size: 11, color: COLORS.muted }, align: { horizontal: 'center', vertical: 'middle', wrap: true } },
  label: { font: { size: 11 }, align: { horizontal: 'right', vertical: 'middle', indent: 1 } },
  value: { font: { size: 11 }, align: { horizontal: 'left', vertical: 'middle', wrap: true } },
  valueBold: { font: { bold: true, size: 11 }, align: { horizontal: 'left', vertical: 'middle', wrap: true } },
  tableHeader: { font: { bold: true, size: 11 }, fill: COLORS.header, border: true, align: { horizontal: 'center', vertical: 'middle', wrap: true } },
  section: { font: { bold: true, size: 11 }, fill: COLORS.section, border: true, align: { horizontal: 'left', vertical: 'middle' } },
  code: { font: { size: 10, color: COLORS.muted }, border: true, align: { horizontal: 'center', vertical: 'middle' } },
  text: { font: { size: 11 }, border: true, align: { horizontal: 'left', vertical: 'middle', wrap: true } },
  textIndent: { font: { italic: true, size: 11 }, border: true, align: { horizontal: 'left', vertical: 'middle', wrap: true, indent: 2 } },
  measure: { font: { size: 11 }, border: true, align: { horizontal: 'center', vertical: 'middle', wrap: true } },
  number: { font: { size: 11 }, border: true, align: { horizontal: 'right', vertical: 'middle' }, numFmt: numberFmt },
  target: { font: { bold: true, size: 11 }, border: true, align: { horizontal: 'right', vertical: 'middle' }, numFmt: numberFmt },
  percent: { font: { size: 11 }, border: true, align: { horizontal: 'right', vertical: 'middle' }, numFmt: '0.0%' },
  computed: { font: { italic: true, size: 10, color: COLORS.muted }, fill: COLORS.computed, border: true, align: { horizontal: 'center', vertical: 'middle', wrap: true }, numFmt: '0.0%' },
  answer: { font: { bold: true, size: 11, color: '1F3864' }, fill: COLORS.answer, border: true, align: { horizontal: 'right', vertical: 'middle' }, numFmt: numberFmt },
  answerText: { font: { size: 11, color: '1F3864' }, fill: COLORS.answer, border: true, align: { horizontal: 'left', vertical: 'top', wrap: true } },
  // Text, so a phone number keeps its leading zero in Excel and LibreOffice alike.
  answerPhone: { font: { size: 11, color: '1F3864' }, fill: COLORS.answer, border: true, align: { horizontal: 'left', vertical: 'top', wrap: true }, numFmt: '@' },
  answerDate: { font: { bold: true, size: 11, color: '1F3864' }, fill: COLORS.answer, border: true, align: { horizontal: 'center', vertical: 'middle' }, numFmt: DATE_FORMAT },
  // A date as read, in the report: no input colour.
  date: { font: { size: 11 }, border: true, align: { horizontal: 'center', vertical: 'middle' }, numFmt: DATE_FORMAT },
  note: { font: { italic: true, size: 10, color: COLORS.muted }, align: { horizontal: 'left', vertical: 'top', wrap: true } },
  total: { font: { bold: true, size: 11 }, fill: COLORS.section, border: true, align: { horizontal: 'right', vertical: 'middle' }, numFmt: numberFmt },
  guideHeading: { font: { bold: true, size: 13, color: COLORS.accent }, align: { horizontal: 'left', vertical: 'middle' } },
  guideText: { font: { size: 12 }, align: { horizontal: 'left', vertical: 'top', wrap: true } },
  guideStep: { font: { bold: true, size: 12 }, align: { horizontal: 'center', vertical: 'top' } },
  guideLink: { font: { size: 12, color: '0563C1' }, align: { horizontal: 'left', vertical: 'middle', wrap: true } },
  signature: { font: { italic: true, size: 11 }, align: { horizontal: 'center', vertical: 'middle' } },
  signatureTitle: { font: { bold: true, size: 11 }, align: { horizontal: 'center', vertical: 'middle', wrap: true } },
  meta: { font: { size: 10 }, align: { horizontal: 'left', vertical: 'top' } },
  // A Vietnamese administrative document, measured as Nghị định 30/2020, Phụ lục I asks (nd30.ts):
  // parent body and issuer top left, national name and motto top right.
  docOrg: { font: { size: ND30.sizes.parent }, align: { horizontal: 'center', vertical: 'middle', wrap: true } },
  docOrgBold: { font: { bold: true, size: ND30.sizes.issuer }, align: { horizontal: 'center', vertical: 'bottom', wrap: true } },
  // The national name sits on the parent body's last line, the motto right under it.
  docNational: { font: { bold: true, size: ND30.sizes.nationalName }, align: { horizontal: 'center', vertical: 'bottom', wrap: true } },
  // At the top of its row, clear of the line drawn along the row's bottom edge.
  docMotto: { font: { bold: true, size: ND30.sizes.motto }, align: { horizontal: 'center', vertical: 'top', wrap: true } },
  docRule: { rule: 'bottom' },
  docRuleAbove: { rule: 'top' },
  docNumber: { font: { size: ND30.sizes.number }, align: { horizontal: 'center', vertical: 'middle' } },
  docPlace: { font: { italic: true, size: ND30.sizes.placeDate }, align: { horizontal: 'center', vertical: 'middle' } },
  docTitle: { font: { bold: true, size: ND30.sizes.title }, align: { horizontal: 'center', vertical: 'middle' } },
  docSubtitle: { font: { bold: true, size: ND30.sizes.subject }, align: { horizontal: 'center', vertical: 'middle', wrap: true } },
  docHeading: { font: { bold: true, size: ND30.sizes.body }, align: { horizontal: 'justify', vertical: 'top', wrap: true } },
  docText: { font: { size: ND30.sizes.body }, align: { horizontal: 'justify', vertical: 'top', wrap: true } },
  docRecipientsTitle: { font: { bold: true, italic: true, size: ND30.sizes.recipientsTitle }, align: { horizontal: 'left', vertical: 'top' } },
  docRecipients: { font: { size: ND30.sizes.recipients }, align: { horizontal: 'left', vertical: 'top', wrap: true } },
  docSignature: { font: { bold: true, size: ND30.sizes.signature }, align: { horizontal: 'center', vertical: 'middle', wrap: true } },
  // Wrapped, so "Cần xem lại (trên 300%)" stays inside a narrow Đánh giá column instead of spilling over its neighbours.
  error: { font: { bold: true, size: 11, color: COLORS.accent }, border: true, align: { horizontal: 'center', vertical: 'middle', wrap: true } },
  warning: { font: { size: 11, color: '9C5700' }, border: true, align: { horizontal: 'center', vertical: 'middle', wrap: true } },
};

/** Column letters for A1 references: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let n = col;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}
