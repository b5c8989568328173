import type { Issue } from './issue';

/**
 * What a reader found in one returned file, before any interpretation. Readers (the xlsx file
 * adapter, the Office.js edge) only locate and copy; the core decides what the values mean.
 */

/** A cell as stored: text, a number, a boolean, an Excel date (as ISO `YYYY-MM-DD`), or empty. */
export type RawValue = string | number | boolean | { readonly date: string } | null;

export type RawCell = {
  /** A1 address in the sheet where it was read, e.g. `E17`. */
  readonly address: string;
  readonly value: RawValue;
  /** The cell held a formula; `value` is its cached result (formulas are never evaluated). */
  readonly formula?: boolean;
};

/** One row of the indicator table, found by its code in the `Mã` column. */
export type RawRow = {
  readonly code: string;
  readonly label: string;
  readonly measure: string;
  readonly target: string;
  readonly result: RawCell;
  readonly note: RawCell;
  /** A lower level's report gives each rate's summed numerator and denominator, so rates recompute. */
  readonly parts?: { readonly numerator: RawCell; readonly denominator: RawCell };
};

export type RawIdentity = {
  readonly campaignId: string;
  readonly unitCode: string;
  readonly templateVersion: number | null;
  readonly fingerprint: string;
  /** Where identity came from: the embedded metadata, or (fallback) the visible header block. */
  readonly source: 'metadata' | 'header' | 'none';
  /** The title of the campaign the file was made for, where the file says it (newer forms do). */
  readonly campaignTitle?: string;
  /** The body that made the form, where the file says it. */
  readonly organization?: string;
};

export type RawHeader = {
  readonly unitName: RawCell | null;
  readonly unitCode: RawCell | null;
  readonly reporter: RawCell | null;
  readonly phone: RawCell | null;
  readonly reportDate: RawCell | null;
  readonly round: RawCell | null;
};

/**
 * The program that last saved the file, as its docProps/app.xml `Application` says: what the
 * clerk uses, so a returned file's fix can be told in that program's words.
 */
export type ProducingApp = 'excel' | 'libreoffice' | 'wps' | 'other';

export type RawReturn = {
  /** The file name as received; never trusted for identity. */
  readonly file: string;
  /**
   * 'report' when the file is a lower level's consolidated report (a district report sent to the
   * province): yes/no rows then hold counts and rates come with their parts.
   */
  readonly kind?: 'fill-in' | 'report';
  /** SHA-256 of the file's bytes, hex, to trace figures to their source. */
  readonly sha256: string;
  /** The sheet the indicator table was found in. */
  readonly sheet: string;
  readonly identity: RawIdentity;
  /**
   * The fingerprint recomputed from the locked content as read (codes, labels, units of measure,
   * targets) with the identity found in the file; differs from `identity.fingerprint` when the
   * locked part was edited. Empty when the file carries no metadata to recompute it with.
   */
  readonly computedFingerprint: string;
  readonly header: RawHeader;
  readonly rows: readonly RawRow[];
  /** Findings made while reading (a renamed sheet, answers under merged cells …). */
  readonly readIssues: readonly Issue[];
  /** Where known: the program the unit saved the file with. */
  readonly app?: ProducingApp;
  /**
   * The reader could tell whose file this is but not use it (no indicator table…): the reason is an
   * error among `readIssues`, and the unit is "bị trả lại" with this file rather than "chưa nộp".
   */
  readonly refused?: true;
};
