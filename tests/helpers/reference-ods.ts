import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import type { RawValue } from '../../src/core';
import { columnName } from './reference-xlsx';
import type { ReferenceSheet } from './reference-xlsx';

/**
 * An independent reading of an .ods, for the corpus test only: content.xml parsed whole into a DOM
 * (jsdom), following OpenDocument 1.2 part 1 §9.1 (table:table, table-row, table-cell with their
 * number-rows/columns-repeated) and §19.385–19.389 (office:value-type and its value attribute).
 * No limits, no streaming, nothing shared with the reader under test. Cells come out as
 * `RawValue`s, addressed A1-style, empty cells left out.
 */

const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';

const parser = new new JSDOM('').window.DOMParser();

export async function referenceReadOds(bytes: Uint8Array): Promise<ReferenceSheet[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('content.xml')?.async('string')) ?? '';
  const doc = parser.parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('content.xml is not well-formed');
  return [...doc.getElementsByTagNameNS(TABLE, 'table')].map((table) => ({ name: table.getAttributeNS(TABLE, 'name') ?? '', cells: tableCells(table) }));
}

function tableCells(table: Element): Map<string, RawValue> {
  const cells = new Map<string, RawValue>();
  let row = 0;
  for (const rowElement of rowsOf(table)) {
    const rowRepeat = Number(rowElement.getAttributeNS(TABLE, 'number-rows-repeated') ?? '1');
    let column = 0;
    for (const cell of childElements(rowElement, TABLE, ['table-cell', 'covered-table-cell'])) {
      const repeat = Number(cell.getAttributeNS(TABLE, 'number-columns-repeated') ?? '1');
      const value = cell.localName === 'covered-table-cell' ? null : cellValue(cell);
      if (value !== null) {
        for (let r = 0; r < rowRepeat; r += 1) for (let c = 0; c < repeat; c += 1) cells.set(`${columnName(column + c + 1)}${row + r + 1}`, value);
      }
      column += repeat;
    }
    row += rowRepeat;
  }
  return cells;
}

/** Rows directly under the table or inside its row groups and header rows (§9.1.3–9.1.5). */
function rowsOf(parent: Element): Element[] {
  return childElements(parent, TABLE, ['table-row', 'table-rows', 'table-header-rows', 'table-row-group']).flatMap((e) => (e.localName === 'table-row' ? [e] : rowsOf(e)));
}

function childElements(parent: Element, ns: string, names: readonly string[]): Element[] {
  return [...parent.children].filter((e) => e.namespaceURI === ns && names.includes(e.localName));
}

function cellValue(cell: Element): RawValue {
  const type = cell.getAttributeNS(OFFICE, 'value-type');
  const attr = (name: string) => cell.getAttributeNS(OFFICE, name);
  switch (type) {
    case 'float':
    case 'percentage':
    case 'currency':
      return Number(attr('value'));
    case 'boolean':
      return attr('boolean-value') === 'true';
    case 'date': {
      const date = /^(\d{4}-\d{2}-\d{2})/.exec(attr('date-value') ?? '')?.[1];
      return date === undefined ? shownText(cell) : { date };
    }
    case 'time': {
      // A time is a number in a time format, which RawValue gives as the date Excel shows for
      // that many days (an .xlsx of the same sheet holds the same number): day 0 is 1899-12-30,
      // and below day 61 Excel's fictitious 1900-02-29 moves each day one later.
      const days = timeFraction(attr('time-value') ?? '');
      if (days === undefined) return shownText(cell);
      const whole = Math.floor(days);
      return { date: new Date(Date.UTC(1899, 11, whole >= 1 && whole <= 60 ? 31 : 30) + whole * 86_400_000).toISOString().slice(0, 10) };
    }
    default: {
      const text = attr('string-value') ?? shownText(cell);
      return text === '' ? null : text;
    }
  }
}

/** An ISO 8601 duration PTxxHxxMxxS in days, as a spreadsheet stores it. */
function timeFraction(duration: string): number | undefined {
  const m = /^-?PT?(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(duration);
  if (!m) return undefined;
  return (Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)) / 86400;
}

/** The paragraphs of a cell joined by line breaks, with text:s, text:tab and text:line-break as they show (§6.1). */
function shownText(cell: Element): string {
  return childElements(cell, TEXT, ['p', 'h']).map(inlineText).join('\n');
}

function inlineText(node: Element): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const e = child as Element;
      if (e.namespaceURI === TEXT && e.localName === 's') text += ' '.repeat(Number(e.getAttributeNS(TEXT, 'c') ?? '1'));
      else if (e.namespaceURI === TEXT && e.localName === 'tab') text += '\t';
      else if (e.namespaceURI === TEXT && e.localName === 'line-break') text += '\n';
      else if (e.namespaceURI === OFFICE && e.localName === 'annotation') continue;
      else text += inlineText(e);
    }
  }
  return text;
}
