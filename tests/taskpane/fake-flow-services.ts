import type { FlowServices } from '../../src/taskpane/use-returns-flow';

/** File-side services that do nothing: for tests of the campaign step. */
export function idleFlowServices(): Omit<FlowServices, 'saveFile'> {
  return {
    createFillInZip: async () => new Uint8Array([0x50, 0x4b]),
    zipFileName: (campaign) => `mau-bao-cao-${campaign.id}.zip`,
    readReturn: async (file) => ({ ok: false, error: [{ severity: 'error', code: 'reader.notXlsx', unit: '', file: file.name, sheet: '', cell: '', indicator: '', path: '', column: '', params: {} }] }),
    createReport: async () => new Uint8Array([0x50, 0x4b]),
    reportFileName: (campaign) => `bao-cao-tong-hop-${campaign.id}.xlsx`,
    now: () => new Date('2025-12-31T08:00:00Z'),
  };
}
