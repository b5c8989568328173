import { TextDecoder } from 'node:util';
import { parseUnitTable } from '../../src/core/units';
import type { UnitTable } from '../../src/core/units';
import type { ChosenFile } from '../../src/taskpane/shared/file-workbooks';
import type { FlowServices } from '../../src/taskpane/shared/flow-context';
import type { Campaign } from '../../src/core';
import { OWN_PRESETS as PRESETS } from '../helpers/own-district';
import type { PaneServices } from '../../src/taskpane/campaign/use-campaign-workbook';

/** File-side services that do nothing: for tests of the campaign step. */
export function idleFlowServices(): Omit<FlowServices, 'saveFile'> {
  return {
    createFillInZip: async () => new Uint8Array([0x50, 0x4b]),
    zipFileName: (campaign) => `mau-bao-cao-${campaign.id}.zip`,
    readReturn: async (file) => ({ ok: false, error: [{ severity: 'error', code: 'reader.notXlsx', unit: '', file: file.name, sheet: '', cell: '', indicator: '', path: '', column: '', params: {} }] }),
    createReport: async () => new Uint8Array([0x50, 0x4b]),
    reportFileName: (campaign) => `bao-cao-tong-hop-${campaign.id}.xlsx`,
    createReportDocument: async () => new Uint8Array([0x50, 0x4b]),
    reportDocumentFileName: (campaign) => `bao-cao-${campaign.id}.docx`,
    now: () => new Date('2025-12-31T08:00:00Z'),
  };
}

/**
 * A unit list reader for jsdom tests: splits a plain CSV (no quotes) and hands the rows to the real
 * core parser, so row and column issues are the product's own. (Under jsdom, jest resolves
 * csv-parse to its browser ESM build, which it cannot load.)
 */
export async function readCsvUnitList(file: ChosenFile): Promise<UnitTable> {
  const text = new TextDecoder().decode(file.bytes);
  const rows = text.split(/\r?\n/).map((line) => (line === '' ? [] : line.split(',')));
  return parseUnitTable(rows, file.name);
}

/** Services for tests of the campaign step: the real presets, and each master built kept in `built`. */
export function campaignStepServices(): PaneServices & { readonly built: Campaign[] } {
  const built: Campaign[] = [];
  return {
    ...idleFlowServices(),
    presets: PRESETS,
    createMasterWorkbook: async (campaign) => {
      built.push(campaign);
      return new Uint8Array([0x50, 0x4b]);
    },
    masterFileName: (campaign) => `so-tong-hop-${campaign.id}.xlsx`,
    saveFile: () => undefined,
    readUnitList: readCsvUnitList,
    built,
  };
}
