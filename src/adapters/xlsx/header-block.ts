import { t } from '../../core/messages';
import type { MessageKey } from '../../core/messages';
import type { RawCell, RawHeader } from '../../core/schema/raw-return';
import { labelKey } from '../../workbook';
import { cellText, rawCell } from './cell-value';
import type { ModelCell, ModelRow, ModelSheet } from './sheet-model';

/**
 * The header block above the table (unit, code, reporter, phone, report date, round), found by
 * its labels wherever they sit: each answer is the cell right of its label.
 */

const LABELS: Readonly<Record<keyof RawHeader, MessageKey>> = {
  unitName: 'wb.label.unit',
  unitCode: 'wb.label.unitCode',
  reporter: 'wb.label.reporter',
  phone: 'wb.label.phone',
  reportDate: 'wb.label.reportDate',
  round: 'wb.label.round',
};

/** Columns searched right of a label; the block is six columns wide. */
const MAX_SCAN = 30;

type Label = { readonly field: keyof RawHeader; readonly col: number };

/** Reads rows above the table (`lastRow` is the row before its header). */
export function readHeaderBlock(sheet: ModelSheet, lastRow: number): RawHeader {
  const byKey = new Map(Object.entries(LABELS).map(([field, key]) => [labelKey(t(key)), field as keyof RawHeader]));
  const header: Record<keyof RawHeader, RawCell | null> = { unitName: null, unitCode: null, reporter: null, phone: null, reportDate: null, round: null };
  for (let r = 1; r <= lastRow; r += 1) {
    const row = sheet.findRow(r);
    if (!row) continue;
    const labels: Label[] = [];
    row.eachCell((cell, col) => {
      const field = byKey.get(labelKey(cellText(cell)));
      if (field && cell.master === cell && header[field] === null) labels.push({ field, col });
    });
    labels.forEach((label, i) => {
      header[label.field] = answerRightOf(row, label.col, labels[i + 1]?.col ?? label.col + MAX_SCAN);
    });
  }
  return header;
}

/**
 * The first non-empty cell right of the label and before the next label; when all are empty, the
 * first cell past the label's own merged area. A merged answer is read from its top-left cell.
 */
function answerRightOf(row: ModelRow, labelCol: number, stopCol: number): RawCell {
  const label = row.getCell(labelCol);
  let first: ModelCell | undefined;
  for (let col = labelCol + 1; col < stopCol; col += 1) {
    const found = row.findCell(col);
    if (!found) {
      first ??= row.getCell(col);
      continue;
    }
    const cell = found.master;
    if (cell === label) continue;
    first ??= cell;
    if (cellText(cell) !== '') return rawCell(cell);
  }
  return rawCell(first ?? row.getCell(labelCol + 1));
}
