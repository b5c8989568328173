/**
 * The district's written report, described once as a small tree of blocks with no idea of any file
 * format. The `Báo cáo` sheet (report.ts), the .docx writer (src/adapters/docx) and, through the
 * sheet's layout, Office.js all render this one description; how it is measured on the page
 * (Nghị định 30/2020, Phụ lục I) is given to each writer by nd30.ts.
 */
import { countStatuses, formatDate, reasonText, t } from '../core';
import type { Campaign, Consolidation, IndicatorResult, UnitFigures } from '../core';
import { sectionsInOrder } from './fill-in';
import { figureSentences, groupCounts } from './report-figures';
import { lowerFirst } from './text';

export type DocumentBlock =
  /** A part ("I. ...") or a section ("1. ...") heading. */
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string }
  /** Body text: justified, first line indented. */
  | { readonly kind: 'paragraph'; readonly text: string }
  /** A dash item of a list, written as the plans write them ("- ..."). */
  | { readonly kind: 'item'; readonly text: string };

export type ReportDocument = {
  /** Top left: the parent body (capitals), the issuer (bold capitals, a short line under it), the number. */
  readonly parent: string;
  readonly issuer: string;
  readonly number: string;
  /** Top right: the national name, the motto (a line of its length under it), then place and date. */
  readonly nationalName: string;
  readonly motto: string;
  readonly placeDate: string;
  /** "BÁO CÁO" and the subject under it (a short line under the subject). */
  readonly title: string;
  readonly subject: string;
  readonly body: readonly DocumentBlock[];
  readonly recipients: { readonly title: string; readonly items: readonly string[] };
  readonly signature?: { readonly onBehalf: string; readonly title: string; readonly name: string };
  /**
   * After the signature, on a page of its own: the units' comments in full, which the body only
   * counts. Only where the document stands alone (the .docx): the workbook has its own sheet.
   */
  readonly appendix?: { readonly label: string; readonly title: string; readonly note: string; readonly headers: readonly string[]; readonly rows: readonly UnitComment[] };
};

/** One unit's own words on one point (a text indicator). */
export type UnitComment = { readonly unit: string; readonly name: string; readonly group: string; readonly indicator: string; readonly text: string };

export type ReportDocumentInput = {
  readonly campaign: Campaign;
  readonly consolidation: Consolidation;
  readonly includeErrors: boolean;
  /** The date on the report's date line; left for the signer to fill when absent. */
  readonly reportDate?: string;
  /**
   * Where the units' full comments are: in the document's own Phụ lục (the .docx, which travels
   * alone), or in the workbook's `Ý kiến đơn vị` sheet beside the `Báo cáo` sheet.
   */
  readonly comments?: 'appendix' | 'sheet';
};

/** The report as Nghị định 30/2020 lays it out, with every figure taken from the consolidation. */
export function buildReportDocument(input: ReportDocumentInput): ReportDocument {
  const { campaign } = input;
  const org = campaign.organization;
  const abbr = /\/[A-ZĐ]+-([A-ZĐ]+)/u.exec(campaign.plan.number)?.[1] ?? 'LĐLĐ';
  const [y, m, d] = (input.reportDate ?? '').split('-');
  const day = d ?? '     ';
  const month = m ?? '     ';
  const year = y ?? String(campaign.round.year);
  const comments = unitComments(input);
  const withAppendix = input.comments !== 'sheet' && comments.length > 0;
  return {
    parent: org.parent.toLocaleUpperCase('vi'),
    issuer: org.name.toLocaleUpperCase('vi'),
    number: t('rp.doc.number', { abbr }),
    nationalName: t('rp.doc.motto1'),
    motto: t('rp.doc.motto2'),
    // ND30: day and month keep their leading zero ("ngày 05 tháng 01"), which ISO dates already carry.
    placeDate: t('rp.doc.placeDate', { place: campaign.place || '.........', day, month, year }),
    title: t('rp.doc.title'),
    subject: t('rp.doc.subtitle', { title: subjectOf(campaign.title) }),
    body: bodyBlocks(input, t(withAppendix ? 'rp.doc.whereAppendix' : 'rp.doc.whereSheet')),
    recipients: { title: t('rp.doc.recipients'), items: recipientLines(campaign.recipients) },
    ...(campaign.signer ? { signature: { onBehalf: campaign.signer.onBehalf, title: campaign.signer.title, name: campaign.signer.name } } : {}),
    ...(withAppendix
      ? {
          appendix: {
            label: t('rp.doc.appendixLabel'),
            title: t('rp.doc.appendixTitle'),
            note: t('rp.doc.appendixNote', { abbr, day, month, year, organization: org.name }),
            headers: (['wb.col.no', 'rp.col.unitName', 'rp.col.group', 'rp.col.indicator', 'rp.col.comment'] as const).map((key) => t(key)),
            rows: comments,
          },
        }
      : {}),
  };
}

/** Every unit's own words, indicator by indicator: the document's Phụ lục and the workbook's `Ý kiến đơn vị` sheet. */
export function unitComments(input: Pick<ReportDocumentInput, 'campaign' | 'consolidation'>): UnitComment[] {
  const groupOf = (code: string) => input.campaign.units.find((u) => u.code === code)?.group ?? '';
  return input.consolidation.indicators.flatMap((result) =>
    (result.texts ?? []).map((answer) => ({ unit: answer.unit, name: answer.name, group: groupOf(answer.unit), indicator: result.indicator.label.vi, text: answer.text })),
  );
}

/** "Kết quả kế hoạch ..." and "Kết quả báo cáo kết quả ..." read badly: the subject is what the plan is about. */
function subjectOf(title: string): string {
  return lowerFirst(title.replace(/^((báo cáo|kế hoạch)\s+)?(kết quả\s+)?/iu, ''));
}

/** The catalogue's "Đề xuất, kiến nghị": summarised in the report's own Kiến nghị part, not among the results. */
const PROPOSALS = 'DG04';

/** The body; `where` says where the units' full comments are. */
function bodyBlocks(input: ReportDocumentInput, where: string): DocumentBlock[] {
  const { campaign, consolidation: c } = input;
  const org = campaign.organization;
  const title = subjectOf(campaign.title);
  const groupOf = (code: string) => campaign.units.find((u) => u.code === code)?.group ?? '';
  const blocks: DocumentBlock[] = [];
  const heading = (text: string, level: 1 | 2 = 1) => blocks.push({ kind: 'heading', level, text });
  const paragraph = (text: string) => blocks.push({ kind: 'paragraph', text });
  const item = (text: string) => blocks.push({ kind: 'item', text });

  paragraph(openingSentence(campaign, title));

  const n = countStatuses(c.units);
  heading(t('rp.doc.part1'));
  const received = c.units.length - n.missing;
  const counted = n.onTime + n.late + (input.includeErrors ? n.rejected : 0);
  paragraph(t('rp.doc.part1Text', { ...n, received, counted, round: roundPhrase(c.round.label) }));
  const byStatus = (status: UnitFigures['status']) => c.units.filter((u) => u.status === status);
  const toFollow = [...byStatus('rejected'), ...byStatus('missing'), ...byStatus('late')];
  if (toFollow.length === 0) paragraph(t('rp.doc.allReported'));
  else paragraph(t('rp.doc.followUp'));
  for (const u of toFollow) {
    const contact = u.contact ? t('rp.doc.contact', { contact: u.contact }) : '';
    const key = u.status === 'missing' ? 'rp.doc.missingItem' : u.status === 'rejected' ? 'rp.doc.rejectedItem' : 'rp.doc.lateItem';
    item(t(key, { name: u.name, contact, file: u.file, reason: u.reason ? reasonText(u.reason) : '' }));
  }

  heading(t('rp.doc.part2'));
  sectionsInOrder(campaign.indicators.filter((ind) => ind.code !== PROPOSALS)).forEach(([section, indicators], index) => {
    heading(t('rp.doc.sectionHeading', { number: index + 1, label: t(`section.${section}`) }), 2);
    const sentences = indicators.flatMap((ind) => {
      const r = c.indicators.find((x) => x.code === ind.code);
      return r ? figureSentences(r, groupOf, where) : [];
    });
    if (sentences.length === 0) paragraph(t('rp.doc.noFigures'));
    for (const s of sentences) item(s);
  });

  heading(t('rp.doc.part3'));
  const labelsOf = (assessment: IndicatorResult['assessment']) =>
    c.indicators.filter((r) => r.assessment === assessment).map((r) => lowerFirst(r.indicator.label.vi));
  if (n.missing + n.rejected > 0) item(t('rp.doc.directionReturns', { count: n.missing + n.rejected }));
  const notAchieved = labelsOf('notAchieved');
  if (notAchieved.length) item(t('rp.doc.directionTargets', { labels: notAchieved.join('; ') }));
  const review = labelsOf('review');
  if (review.length) item(t('rp.doc.directionReview', { labels: review.join('; ') }));
  item(t('rp.doc.directionModels'));

  heading(t('rp.doc.part4'));
  const proposals = c.indicators.find((r) => r.code === PROPOSALS)?.texts ?? [];
  paragraph(
    proposals.length
      ? t('rp.doc.proposals', { count: proposals.length, groups: groupCounts(proposals, groupOf), organization: org.name, where })
      : t('rp.doc.noProposals'),
  );
  paragraph(t('rp.doc.closing', { organization: org.name, title }));
  return blocks;
}

/** "báo cáo kết thúc đợt" stays as it is; "6 tháng đầu năm" becomes "báo cáo 6 tháng đầu năm". */
function roundPhrase(label: string): string {
  const phrase = lowerFirst(label);
  return /^báo cáo\b/iu.test(phrase) ? phrase : `${t('rp.doc.reportWord')} ${phrase}`;
}

/** Cites the documents the report rests on, then the plan it answers, by number, date and issuer. */
function openingSentence(campaign: Campaign, title: string): string {
  const org = campaign.organization.name;
  const basis = campaign.basis.length ? t('rp.doc.basisDocuments', { documents: campaign.basis.map((b) => b.replace(/[.;\s]+$/u, '')).join('; ') }) : '';
  const date = campaign.plan.date ? t('rp.doc.planDate', { date: formatDate(campaign.plan.date) }) : '';
  const sentence = campaign.plan.number ? t('rp.doc.basis', { plan: campaign.plan.number, date, organization: org, title }) : t('rp.doc.basisNoPlan', { organization: org, title });
  return basis ? `${basis}${lowerFirst(sentence)}` : sentence;
}

/** ND30: each recipient on a line starting with "-" and ending with ";", the archive last ("- Lưu: VP."). */
function recipientLines(recipients: readonly string[]): string[] {
  const isArchive = (r: string) => /^lưu/iu.test(r);
  const lines = recipients.filter((r) => !isArchive(r)).map((r) => t('rp.doc.recipient', { name: r.replace(/[.;\s]+$/u, '') }));
  const archive = recipients.find(isArchive);
  lines.push(archive ? `- ${archive.replace(/[.;\s]+$/u, '')}.` : t('rp.doc.archive'));
  return lines;
}
