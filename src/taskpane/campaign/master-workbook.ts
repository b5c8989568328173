import type { Campaign } from '../../core';

/**
 * Builds the master workbook as .xlsx bytes. The layout builder and the xlsx writer (exceljs) are
 * loaded on first use, so they stay out of the pane's start-up bundle.
 */
export async function createMasterWorkbook(campaign: Campaign): Promise<Uint8Array> {
  const [{ buildMasterLayout }, { renderXlsx }] = await Promise.all([
    import(/* webpackChunkName: "workbook" */ '../../workbook'),
    import(/* webpackChunkName: "xlsx" */ '../../adapters/xlsx'),
  ]);
  return renderXlsx(buildMasterLayout(campaign));
}

/** A file name without diacritics or spaces, safe to send by e-mail or Zalo. */
export function masterWorkbookFileName(campaign: Pick<Campaign, 'id'>): string {
  return `so-tong-hop-${campaign.id}.xlsx`;
}
