/**
 * How Nghị định 30/2020/NĐ-CP, Phụ lục I, measures an administrative document on the page: the
 * writers' options for the report described in report-document.ts. Where the decree gives a range,
 * the value chosen is inside it (the range is noted beside it). Trade unions apply ND30 through the
 * Tổng Liên đoàn's Quyết định 933/QĐ-TLĐ (2024), whose appendices were not at hand: no difference
 * from these measurements is confirmed (docs/architecture.md, "The written report").
 */
export const ND30 = {
  font: 'Times New Roman',
  /** A4 portrait. */
  page: { widthMm: 210, heightMm: 297 },
  /** Top 20–25, bottom 20–25, left 30–35, right 15–20 mm. */
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  /** Font sizes in points. */
  sizes: {
    parent: 12, // 12–13, capitals, regular
    issuer: 12, // 12–13, bold capitals, a short line below
    nationalName: 12, // 12–13, bold capitals
    motto: 13, // 13–14, bold, a line of its length below
    number: 13,
    placeDate: 14, // 13–14, italic
    title: 14, // 13–14, bold capitals
    subject: 14, // 13–14, bold, a short line below
    body: 14, // 13–14, justified
    recipientsTitle: 12, // bold italic
    recipients: 11,
    signature: 14, // 13–14, bold
    pageNumber: 13, // 13–14, top centre, from page 2
  },
  /** First-line indent of body paragraphs: 1–1.27 cm. */
  firstLineIndentCm: 1.27,
  /** At least 6 pt between paragraphs; lines single to 1.5. */
  paragraphAfterPt: 6,
  lineSpacing: 1.15,
  /** Share of the text width taken by the header block's left column (issuer, number). */
  headerLeftShare: 0.42,
  /** The short line under the issuer and the subject: 1/3 to 1/2 of the line of text above it. */
  shortRuleShare: 0.4,
  /** Blank lines left for the signature and the seal. */
  signatureGapLines: 4,
} as const;

export type Nd30 = typeof ND30;

/**
 * About how wide a line of Times New Roman is, in points: enough to size the lines drawn under the
 * issuer, the motto and the subject, which ND30 measures against their text (the .docx and the
 * `Báo cáo` sheet alike).
 */
export function textWidthPt(text: string, sizePt: number, bold: boolean): number {
  let ems = 0;
  for (const ch of text) {
    if (ch === ' ') ems += 0.25;
    else if (ch === '\u2003') ems += 1; // em space
    else if (ch === '\u2002') ems += 0.5; // en space
    else if (/\p{Lu}/u.test(ch)) ems += bold ? 0.72 : 0.68;
    else if (/[-.,;:]/.test(ch)) ems += 0.3;
    else ems += bold ? 0.5 : 0.46;
  }
  return ems * sizePt;
}
