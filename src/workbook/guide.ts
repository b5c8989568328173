import { formatDate, t } from '../core';
import type { Campaign, MessageKey, Unit } from '../core';
import { formQrPng } from './form-page';
import type { Sheet, SheetImage } from './layout';
import { createSheet, wrappedHeight } from './sheet-builder';
import type { SheetBuilder } from './sheet-builder';
import { deadlineText } from './text';

const GUIDE_COLUMNS = [{ width: 6 }, { width: 92 }];
const TEXT_CHARS = 88;

/**
 * Plain instructions for a union clerk who has no add-in and may be on LibreOffice or WPS; with
 * the phone form page's address, first how to open it: the address as a link and its QR code.
 */
export function fillInGuide(campaign: Campaign, unit: Unit, formUrl?: string): Sheet {
  const deadline = deadlineText(campaign.deadline, campaign.deadlineTime);
  const params = {
    title: campaign.title,
    unit: unit.name,
    deadline,
    start: formatDate(campaign.period.start),
    end: formatDate(campaign.period.end),
    organization: campaign.organization.name,
  };
  const steps: MessageKey[] = [
    'wb.guide.fillIn.protectedView',
    'wb.guide.fillIn.step1',
    'wb.guide.fillIn.step2',
    'wb.guide.fillIn.step3',
    'wb.guide.fillIn.step4',
    'wb.guide.fillIn.step5',
    'wb.guide.fillIn.step6',
    'wb.guide.fillIn.step7',
    'wb.guide.fillIn.step8',
    'wb.guide.fillIn.step9',
  ];
  const sheet = createSheet(t('wb.sheet.guide'));
  sheet.span(1, 1, 2, t('wb.guide.fillIn.title'), 'title').height(1, 24);
  const intro = t('wb.guide.fillIn.intro', params);
  sheet.span(2, 1, 2, intro, 'guideText').height(2, wrappedHeight(intro, TEXT_CHARS));
  const phone = formUrl === undefined ? undefined : writePhoneBlock(sheet, 4, formUrl);
  let row = phone === undefined ? 4 : phone.nextRow;
  sheet.cell(row, 1, t('wb.guide.steps'), 'guideHeading');
  steps.forEach((key, i) => {
    row += 1;
    const text = t(key, params);
    sheet.cell(row, 1, `${i + 1}.`, 'guideStep');
    sheet.cell(row, 2, text, 'guideText');
    sheet.height(row, wrappedHeight(text, TEXT_CHARS));
  });
  row += 2;
  sheet.cell(row, 1, t('wb.guide.legend'), 'guideHeading');
  const legend: [MessageKey, 'answer' | 'computed' | 'section'][] = [
    ['wb.guide.legend.answer', 'answer'],
    ['wb.guide.legend.computed', 'computed'],
    ['wb.guide.legend.section', 'section'],
  ];
  for (const [key, style] of legend) {
    row += 1;
    sheet.cell(row, 1, null, style);
    sheet.cell(row, 2, t(key), 'guideText');
    sheet.height(row, 20);
  }
  return sheet.build({ columns: GUIDE_COLUMNS, protect: true, print: { orientation: 'portrait' }, tabColor: 'C00000', ...(phone ? { images: [phone.image] } : {}) });
}

/** Heading, one sentence, the address and the QR code below it, from `top` on; every row above the code has its height. */
function writePhoneBlock(sheet: SheetBuilder, top: number, url: string): { readonly image: SheetImage; readonly nextRow: number } {
  const text = t('wb.guide.phone.text');
  const qr = formQrPng(url);
  sheet.height(top - 1, SPACER_ROW);
  sheet.cell(top, 1, t('wb.guide.phone.heading'), 'guideHeading').height(top, HEADING_ROW);
  sheet.cell(top + 1, 2, text, 'guideText').height(top + 1, wrappedHeight(text, TEXT_CHARS));
  sheet.cell(top + 2, 2, url, 'guideLink', { link: url }).height(top + 2, wrappedHeight(url, TEXT_CHARS));
  // The picture's own height (0.75 pt a pixel) and a little air below it.
  sheet.height(top + 3, qr.sidePx * 0.75 + 6);
  const image: SheetImage = { name: 'QR', altText: t('wb.guide.phone.qrAlt', { url }), pngBase64: qr.base64, anchor: { row: top + 3, col: 2 }, widthPx: qr.sidePx, heightPx: qr.sidePx };
  sheet.height(top + 4, SPACER_ROW);
  return { image, nextRow: top + 5 };
}

const SPACER_ROW = 8;
const HEADING_ROW = 20;

/** What the district officer needs to know about the master workbook. */
export function masterGuide(campaign: Campaign): Sheet {
  const params = {
    title: campaign.title,
    organization: campaign.organization.name,
    plan: campaign.plan.number || '—',
    start: formatDate(campaign.period.start),
    end: formatDate(campaign.period.end),
    deadline: deadlineText(campaign.deadline, campaign.deadlineTime),
  };
  const sheet = createSheet(t('wb.sheet.guide'));
  const title = t('wb.guide.master.title', params);
  sheet.span(1, 1, 2, title, 'title').height(1, wrappedHeight(title, 70, 20));
  const keys: MessageKey[] = ['wb.guide.master.intro', 'wb.guide.master.sheets', 'wb.guide.master.fillIns', 'wb.guide.master.returns', 'wb.guide.master.hidden'];
  keys.forEach((key, i) => {
    const text = t(key, params);
    sheet.cell(i + 3, 1, `${i + 1}.`, 'guideStep');
    sheet.cell(i + 3, 2, text, 'guideText');
    sheet.height(i + 3, wrappedHeight(text, TEXT_CHARS));
  });
  return sheet.build({ columns: GUIDE_COLUMNS, print: { orientation: 'portrait' }, tabColor: 'C00000' });
}
