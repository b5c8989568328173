import type { WorkbookLayout } from '../../workbook';
import { escapeXml, openSheets } from './chart-part';
import { parseRelationships, relationshipsPartName, resolveTarget } from './package-paths';

const DRAWING_REL = /\/drawing$/;

/**
 * exceljs names every picture "Picture N" and gives it no description; each sheet's pictures get
 * the layout's name and alternative text (`descr` of `xdr:cNvPr`, ECMA-376 Part 1 §20.1.2.2.8),
 * what a screen reader says and Excel shows under Alt Text, as the Office.js edge sets them.
 */
export async function namePictures(bytes: Uint8Array, layout: WorkbookLayout): Promise<Uint8Array> {
  const pictured = layout.sheets.filter((s) => (s.images ?? []).length > 0);
  if (pictured.length === 0) return bytes;
  const { zip, text, partOf } = await openSheets(bytes);
  for (const sheet of pictured) {
    const part = partOf(sheet.name);
    const drawingRel = parseRelationships(await text(relationshipsPartName(part))).find((r) => DRAWING_REL.test(r.type));
    if (drawingRel === undefined) throw new Error(`exceljs wrote no drawing for the pictures of "${sheet.name}"`);
    const drawing = resolveTarget(part, drawingRel.target);
    let index = 0;
    const named = (await text(drawing)).replace(/<xdr:pic>(\s*<xdr:nvPicPr>\s*)<xdr:cNvPr id="(\d+)" name="[^"]*"/g, (whole, space: string, id: string) => {
      const image = (sheet.images ?? [])[index++];
      return image === undefined ? whole : `<xdr:pic>${space}<xdr:cNvPr id="${id}" name="${escapeXml(image.name)}" descr="${escapeXml(image.altText)}"`;
    });
    zip.file(drawing, named, { createFolders: false });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
