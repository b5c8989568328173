export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ZIP_MIME_TYPE = 'application/zip';
export const JSON_MIME_TYPE = 'application/json';
export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The type a download announces, from the file's extension (the pane saves .xlsx, .zip and .docx). */
export function mimeTypeOf(fileName: string): string {
  if (fileName.endsWith('.zip')) return ZIP_MIME_TYPE;
  if (fileName.endsWith('.docx')) return DOCX_MIME_TYPE;
  if (fileName.endsWith('.json')) return JSON_MIME_TYPE;
  return XLSX_MIME_TYPE;
}

/** How long the object URL stays valid after the click: long enough for the browser to start saving. */
const REVOKE_AFTER_MS = 60_000;

/** Saves bytes as a file through the browser's download: Blob → object URL → clicked anchor. */
export function downloadFile(bytes: Uint8Array, fileName: string, mimeType: string, doc: Document = document): void {
  // Copy into a plain ArrayBuffer-backed view: a Blob cannot take a SharedArrayBuffer view.
  const blob = new Blob([new Uint8Array(bytes)], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  doc.body.appendChild(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
