import type { OfficeContext, OfficeWorksheet } from './excel-model';

/**
 * Excel on the web refuses a request or a response larger than 5 MB ("RichApi.Error: The request
 * payload size has exceeded the limit", see the "Excel add-ins" section of
 * learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * Queued commands are sent together at `context.sync()`, so a batch is kept under this budget.
 */
export const DEFAULT_PAYLOAD_BUDGET = 4_000_000;

/** What one queued command costs besides its value: object path, action, property name. */
const COMMAND_OVERHEAD = 120;

/**
 * Counts the syncs of one operation and what has been queued since the last one. Callers
 * `reserve` before queuing a command; only when the queue would pass the budget is it sent
 * early, so the number of syncs grows with the size of the data only past ~4 MB.
 */
export class Batch {
  private pending = 0;
  private count = 0;

  constructor(
    private readonly context: OfficeContext,
    private readonly budget: number = DEFAULT_PAYLOAD_BUDGET,
  ) {}

  get syncs(): number {
    return this.count;
  }

  /** Reserves room for a command carrying `value`; sends what is queued first if it would not fit. */
  async reserve(value: unknown, commands = 1): Promise<void> {
    const bytes = estimateBytes(value) + commands * COMMAND_OVERHEAD;
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.sync();
    this.pending += bytes;
  }

  async sync(): Promise<void> {
    this.count += 1;
    this.pending = 0;
    await this.context.sync();
  }

  /** Room for one command's value, for splitting a large 2-D array into bands. */
  get commandBudget(): number {
    return Math.floor(this.budget / 2);
  }
}

/** UTF-8 length of the JSON a value travels as. */
export function estimateBytes(value: unknown): number {
  if (value === undefined) return 0;
  return utf8Length(JSON.stringify(value) ?? '');
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Queues a look-up of sheets by name with `getItemOrNullObject` (ExcelApi 1.4: no error for a
 * missing sheet); after the next sync, `sheet` gives each sheet or `undefined`.
 */
export function lookUpSheets(context: OfficeContext, names: readonly string[]): { sheet(name: string): OfficeWorksheet | undefined } {
  const worksheets = context.workbook.worksheets;
  const probes = new Map(names.map((name) => [name, worksheets.getItemOrNullObject(name)] as const));
  return {
    sheet: (name) => {
      const sheet = probes.get(name);
      return sheet === undefined || sheet.isNullObject ? undefined : sheet;
    },
  };
}
