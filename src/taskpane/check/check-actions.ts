import type { Issue } from '../../core';
import { ExcelFailed, excelError, readSheets } from '../shared/flow-context';
import type { FlowContext } from '../shared/flow-context';
import type { CellHighlight, ExcelActions } from '../shared/excel-types';

/** Reads the open workbook's unit sheets: their returns replace the files'. */
export async function readWorkbook(ctx: FlowContext): Promise<void> {
  const { excel, campaign } = ctx;
  if (excel === undefined || campaign === undefined) return;
  await ctx.runJob('excel', 1, async () => {
    await readSheets(ctx, excel, campaign);
    return undefined;
  }, excelError);
}

/** Selects a cell of the open workbook; a refusal becomes the notice. */
export async function goToCell(ctx: FlowContext, sheet: string, cell: string): Promise<void> {
  const { excel } = ctx;
  if (excel === undefined || sheet === '' || cell === '') return;
  const went = await excel.goToCell(sheet, cell);
  if (!went.ok) ctx.dispatch({ type: 'notice', notice: { kind: 'failed', error: { code: 'excel', detail: went.error.message } } });
}

export function goToIssue(ctx: FlowContext, issue: Issue): Promise<void> {
  return goToCell(ctx, issue.sheet, issue.cell);
}

/** Colours the cells of the issues now shown (taking earlier colours off first). */
export async function highlightIssues(ctx: FlowContext): Promise<void> {
  const { excel, validation } = ctx;
  if (excel === undefined || validation === undefined || ctx.returns.sheetReturns === undefined) return;
  const earlier = ctx.session.highlights;
  await ctx.runJob('excel', 1, async () => {
    if (earlier.length > 0) await takeOffHighlights(ctx, excel, earlier);
    const marked = await excel.highlightIssues(validation.issues);
    if (!marked.ok) throw new ExcelFailed(marked.error.message);
    ctx.dispatch({ type: 'highlighted', highlights: marked.value });
    return { kind: 'highlighted', cells: marked.value.length };
  }, excelError);
}

export async function clearHighlights(ctx: FlowContext): Promise<void> {
  const { excel } = ctx;
  const marked = ctx.session.highlights;
  if (excel === undefined || marked.length === 0) return;
  await ctx.runJob('excel', 1, async () => {
    await takeOffHighlights(ctx, excel, marked);
    return { kind: 'highlightsCleared' };
  }, excelError);
}

/** Puts back what earlier colours replaced; the cells are then as they were. */
async function takeOffHighlights(ctx: FlowContext, actions: ExcelActions, marked: readonly CellHighlight[]): Promise<void> {
  const cleared = await actions.clearHighlights(marked);
  if (!cleared.ok) throw new ExcelFailed(cleared.error.message);
  ctx.dispatch({ type: 'highlighted', highlights: [] });
}
