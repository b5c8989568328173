/**
 * The written report as a Word document: the tree of report-document.ts laid out with the ND30
 * measurements. Real paragraphs and tables (no text boxes), so the office edits it in Word before
 * signing. Runs in Node (CLI) and in the browser (the pane), through the `docx` library.
 */
import { AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { IBordersOptions, IRunOptions } from 'docx';
import { ND30, textWidthPt } from '../../workbook';
import type { DocumentBlock, Nd30, ReportDocument } from '../../workbook';

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
const halfPoints = (pt: number) => pt * 2;

type RunStyle = { readonly size: number; readonly bold?: boolean; readonly italic?: boolean; readonly caps?: boolean };

export async function renderReportDocx(doc: ReportDocument, options: Nd30 = ND30): Promise<Uint8Array> {
  const textWidth = twips(options.page.widthMm - options.marginsMm.left - options.marginsMm.right);
  const leftWidth = Math.round(textWidth * options.headerLeftShare);
  const rightWidth = textWidth - leftWidth;
  const run = (text: string, style: RunStyle, extra: Partial<IRunOptions> = {}) =>
    new TextRun({ text, font: options.font, size: halfPoints(style.size), bold: style.bold ?? false, italics: style.italic ?? false, ...extra });
  const centred = (text: string, style: RunStyle, after = 0) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: after * 20 }, children: [run(text, style)] });
  /** A line drawn under the text above it, of `width` twips, centred in a column of `column` twips. */
  const rule = (width: number, column: number) => {
    const side = Math.max(0, Math.round((column - width) / 2));
    return new Paragraph({
      indent: { left: side, right: side },
      spacing: { before: 0, after: 0, line: 120, lineRule: 'exact' },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      children: [run('', { size: 2 })],
    });
  };
  const s = options.sizes;
  const issuerWidth = Math.min(leftWidth, textWidthTwips(doc.issuer, s.issuer, true));
  const mottoWidth = Math.min(rightWidth, textWidthTwips(doc.motto, s.motto, true));
  const subjectWidth = Math.min(textWidth, textWidthTwips(doc.subject, s.subject, true));

  const header = borderless([leftWidth, rightWidth], [
    [
      [
        ...(doc.parent ? [centred(doc.parent, { size: s.parent })] : []),
        centred(doc.issuer, { size: s.issuer, bold: true }),
        rule(issuerWidth * options.shortRuleShare, leftWidth),
        new Paragraph({ spacing: { before: 120, after: 0 }, alignment: AlignmentType.CENTER, children: [run(doc.number, { size: s.number })] }),
      ],
      [
        centred(doc.nationalName, { size: s.nationalName, bold: true }),
        centred(doc.motto, { size: s.motto, bold: true }),
        rule(mottoWidth, rightWidth),
        new Paragraph({ spacing: { before: 120, after: 0 }, alignment: AlignmentType.CENTER, children: [run(doc.placeDate, { size: s.placeDate, italic: true })] }),
      ],
    ],
  ]);

  const title = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360, after: 0 }, children: [run(doc.title, { size: s.title, bold: true })] }),
    centred(doc.subject, { size: s.subject, bold: true }),
    rule(subjectWidth * options.shortRuleShare, textWidth),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];

  const body = doc.body.map((block) => bodyParagraph(block, options, run));

  const signature = doc.signature;
  const closing = borderless([Math.round(textWidth * 0.5), textWidth - Math.round(textWidth * 0.5)], [
    [
      [
        new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(doc.recipients.title, { size: s.recipientsTitle, bold: true, italic: true })] }),
        ...doc.recipients.items.map((item) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(item, { size: s.recipients })] })),
      ],
      signature
        ? [
            ...(signature.onBehalf ? [centred(signature.onBehalf.toLocaleUpperCase('vi'), { size: s.signature, bold: true })] : []),
            centred(signature.title.toLocaleUpperCase('vi'), { size: s.signature, bold: true }),
            ...Array.from({ length: options.signatureGapLines }, () => new Paragraph({ children: [run('', { size: s.signature })] })),
            centred(signature.name, { size: s.signature, bold: true }),
          ]
        : [new Paragraph({ children: [] })],
    ],
  ]);

  const document = new Document({
    creator: doc.issuer,
    title: `${doc.title} ${doc.subject}`,
    styles: { default: { document: { run: { font: options.font, size: halfPoints(s.body) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twips(options.page.widthMm), height: twips(options.page.heightMm) },
            margin: {
              top: twips(options.marginsMm.top),
              bottom: twips(options.marginsMm.bottom),
              left: twips(options.marginsMm.left),
              right: twips(options.marginsMm.right),
              header: twips(options.marginsMm.top / 2),
              footer: twips(options.marginsMm.bottom / 2),
            },
          },
        },
        headers: {
          // ND30: page numbers top centre, from the second page on.
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: options.font, size: halfPoints(s.pageNumber) })] })] }),
        },
        children: [header, ...title, ...body, new Paragraph({ spacing: { before: 120, after: 0 }, children: [] }), closing],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function bodyParagraph(block: DocumentBlock, options: Nd30, run: (text: string, style: RunStyle) => TextRun): Paragraph {
  const size = options.sizes.body;
  const spacing = { before: 0, after: options.paragraphAfterPt * 20, line: Math.round(options.lineSpacing * 240) };
  const indent = { firstLine: Math.round((options.firstLineIndentCm * 10) * TWIPS_PER_MM) };
  switch (block.kind) {
    case 'heading':
      return new Paragraph({ keepNext: true, alignment: AlignmentType.JUSTIFIED, indent, spacing, children: [run(block.text, { size, bold: true })] });
    case 'paragraph':
    case 'item':
      return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent, spacing, children: [run(block.text, { size })] });
  }
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS: IBordersOptions & Record<'insideHorizontal' | 'insideVertical', typeof NO_BORDER> = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

/** A layout table with no borders: how Vietnamese documents set blocks side by side. */
function borderless(widths: readonly number[], rows: readonly (readonly (readonly Paragraph[])[])[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    borders: NO_BORDERS,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({ width: { size: widths[i] ?? 0, type: WidthType.DXA }, borders: NO_BORDERS, margins: { left: 0, right: 0 }, children: [...children] }),
          ),
        }),
    ),
  });
}

/** About how wide a line of Times New Roman is, in twips (nd30.ts's estimate). */
export function textWidthTwips(text: string, sizePt: number, bold: boolean): number {
  return Math.round(textWidthPt(text, sizePt, bold) * 20);
}
