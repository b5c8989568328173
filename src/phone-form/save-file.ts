/**
 * Handing the filled workbook back to the clerk: a download everywhere, and where the phone can
 * share files (Web Share API level 2: `navigator.canShare({ files })`), the share sheet, from
 * which Zalo takes it. The pane has its own download (src/taskpane/download-file.ts); this page
 * keeps its own small one so it loads nothing of the pane.
 */
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function workbookFile(bytes: Uint8Array, fileName: string): File {
  return new File([new Uint8Array(bytes)], fileName, { type: XLSX_TYPE });
}

export function canShareFile(file: File, nav: Navigator = navigator): boolean {
  try {
    return typeof nav.canShare === 'function' && typeof nav.share === 'function' && nav.canShare({ files: [file] });
  } catch {
    return false;
  }
}

export async function shareFile(file: File, nav: Navigator = navigator): Promise<void> {
  try {
    await nav.share({ files: [file], title: file.name });
  } catch (error) {
    // The clerk closed the share sheet: nothing to say.
    if (error instanceof DOMException && error.name === 'AbortError') return;
    throw error;
  }
}

export function downloadBlob(file: File, doc: Document = document): void {
  const url = URL.createObjectURL(file);
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = file.name;
  anchor.rel = 'noopener';
  doc.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Long enough for the browser to start saving.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
