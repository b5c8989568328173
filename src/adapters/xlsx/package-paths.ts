/**
 * Where the parts of an Open Packaging Conventions archive are, as ECMA-376 Part 2 finds them:
 * the main part through the package relationships (`_rels/.rels`), every other part through the
 * relationships of the part that refers to it, and a part's type from `[Content_Types].xml` (its
 * Override, else the Default for its extension). Writers name parts as they please
 * (`xl/worksheets/sheet.xml`, `xl/sheetDave.xml`); only these links are fixed. Read with regular
 * expressions: the package check runs this before any XML parser sees the parts.
 */

export const OFFICE_DOCUMENT_REL = /\/officeDocument$/;
export const WORKSHEET_REL = /\/worksheet$/;
/** Where Excel and every other writer put the workbook; the fallback when `_rels/.rels` says nothing. */
export const DEFAULT_WORKBOOK_PART = 'xl/workbook.xml';

export type Relationship = { readonly id: string; readonly type: string; readonly target: string; readonly external: boolean };

/** The relationships of a `.rels` part, whatever namespace prefix it uses. */
export function parseRelationships(xml: string): Relationship[] {
  const rels: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const attributes = m[1] ?? '';
    const id = attribute(attributes, 'Id');
    const target = attribute(attributes, 'Target');
    if (id === undefined || target === undefined) continue;
    rels.push({ id, type: attribute(attributes, 'Type') ?? '', target, external: attribute(attributes, 'TargetMode') === 'External' });
  }
  return rels;
}

/** The workbook part named by the package relationships, or the usual path when there are none. */
export function workbookPartName(packageRels: string | undefined): string {
  const rel = packageRels === undefined ? undefined : parseRelationships(packageRels).find((r) => OFFICE_DOCUMENT_REL.test(r.type) && !r.external);
  return rel ? resolveTarget('', rel.target) : DEFAULT_WORKBOOK_PART;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPartName(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target, relative to the part holding the relationship, as a part name without a leading `/`. */
export function resolveTarget(sourcePart: string, target: string): string {
  const raw = target.trim();
  const base = raw.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  const segments = [...base];
  for (const segment of raw.replace(/^\/+/, '').split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(decodePartName(segment));
  }
  return segments.join('/');
}

/** The content type of a part: its Override, else the Default for its extension (both case-insensitive). */
export function contentTypeOf(contentTypes: string, part: string): string | undefined {
  const wanted = `/${part}`.toLowerCase();
  const extension = /\.([^./]+)$/.exec(part)?.[1]?.toLowerCase();
  let byDefault: string | undefined;
  for (const m of contentTypes.matchAll(/<(?:[\w.-]+:)?(Override|Default)\b([^>]*)>/g)) {
    const attributes = m[2] ?? '';
    const type = attribute(attributes, 'ContentType');
    if (m[1] === 'Override') {
      if (attribute(attributes, 'PartName')?.toLowerCase() === wanted) return type;
    } else if (extension !== undefined && attribute(attributes, 'Extension')?.toLowerCase() === extension) byDefault = type;
  }
  return byDefault;
}

function attribute(attributes: string, name: string): string | undefined {
  const value = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  const text = value?.[1] ?? value?.[2];
  return text === undefined ? undefined : unescapeXml(text);
}

function decodePartName(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}
