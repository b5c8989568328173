import type { Campaign, Consolidation, Issue, RawReturn, Result } from '../../core';
import type { ChosenFile, JobControl } from './file-workbooks';

/** A cell coloured for an issue and the fill it had before ("#RRGGBB", or null for none). */
export type CellHighlight = { readonly sheet: string; readonly address: string; readonly previousFill: string | null };

/** A failure talking to Excel, already worded for the user (by the Office edge's describeOfficeError). */
export type ExcelFailure = { readonly message: string };

export type WriteReport = {
  readonly sheets: readonly string[];
  /** Features this Excel lacks, worded; '' when nothing worth a warning was skipped. */
  readonly skipped: string;
};

export type ImportReport = {
  /** Unit sheets written (one per recognised return). */
  readonly written: readonly string[];
  /** Earlier unit sheets kept aside (renamed "<code> (cũ N)" and hidden). */
  readonly kept: readonly string[];
};

export type ConsolidatedWorkbook = {
  readonly campaign: Campaign;
  readonly consolidation: Consolidation;
  readonly report: WriteReport;
};

/**
 * What the pane does in Excel. Components never call Office.js: the hook calls these, and
 * index.tsx wires the real implementation (excel-actions.ts) only when the host is Excel.
 */
export type ExcelActions = {
  readonly writeMaster: (campaign: Campaign) => Promise<Result<WriteReport, ExcelFailure>>;
  /** The campaign embedded in the open workbook when it is a master; undefined when it is not. */
  readonly readOpenCampaign: () => Promise<Result<Campaign | undefined, ExcelFailure>>;
  /**
   * The ribbon's "Tổng hợp" in one `Excel.run`: the campaign embedded in the open master, its unit
   * sheets (hand corrections included), validated and consolidated into the report sheets.
   */
  readonly consolidateOpenWorkbook: (now: Date) => Promise<Result<ConsolidatedWorkbook, ExcelFailure>>;
  /** Copies each readable return into a unit sheet, keeping any earlier sheet of the unit. */
  readonly importReturns: (
    campaign: Campaign,
    files: readonly { readonly file: ChosenFile; readonly raw: RawReturn }[],
    control: JobControl,
  ) => Promise<Result<ImportReport, ExcelFailure>>;
  /** The unit sheets now in the workbook, read as returns (hand corrections included). */
  readonly readUnitSheets: (campaign: Campaign) => Promise<Result<RawReturn[], ExcelFailure>>;
  readonly writeReport: (campaign: Campaign, consolidation: Consolidation, now: Date) => Promise<Result<WriteReport, ExcelFailure>>;
  readonly goToCell: (sheet: string, cell: string) => Promise<Result<void, ExcelFailure>>;
  /** Colours the cells of these issues (red errors, amber warnings); what was there before comes back for undoing. */
  readonly highlightIssues: (issues: readonly Issue[]) => Promise<Result<readonly CellHighlight[], ExcelFailure>>;
  /** Puts back what `highlightIssues` replaced. */
  readonly clearHighlights: (highlights: readonly CellHighlight[]) => Promise<Result<void, ExcelFailure>>;
};
