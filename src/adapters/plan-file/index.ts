/**
 * A plan file as it arrives (Word .docx, PDF with a text layer, or text) → its text, for the same
 * reading as a pasted plan. Recognised by its first bytes, not its name. Shared by the CLI and
 * the pane; the pane loads this module (and pdf.js) only when a file is chosen.
 */
import type { MessageKey } from '../../core/messages';
import { readDocxText } from './docx';
import { readPdfText } from './pdf';

export type PlanFileKind = 'text' | 'docx' | 'pdf';

export type PlanFileReading =
  | { readonly ok: true; readonly kind: PlanFileKind; readonly text: string }
  | { readonly ok: false; readonly code: MessageKey; readonly params: Readonly<Record<string, string>> };

/** Fewer letters than this over the whole PDF is a scan, not a text layer (a page number or two). */
const MIN_LETTERS = 20;

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

export function planFileKind(bytes: Uint8Array): PlanFileKind | 'oldWord' {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'docx';
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'oldWord';
  return 'text';
}

export async function readPlanFile(bytes: Uint8Array, file: string): Promise<PlanFileReading> {
  const kind = planFileKind(bytes);
  if (kind === 'oldWord') return { ok: false, code: 'plan.file.oldWord', params: { file } };
  try {
    if (kind === 'docx') return { ok: true, kind, text: await readDocxText(bytes) };
    if (kind === 'pdf') {
      const { text } = await readPdfText(bytes);
      const letters = (text.match(/\p{L}/gu) ?? []).length;
      if (letters < MIN_LETTERS) return { ok: false, code: 'plan.file.scanned', params: { file } };
      return { ok: true, kind, text };
    }
    return { ok: true, kind, text: decodeText(bytes) };
  } catch (e) {
    return { ok: false, code: 'plan.file.unreadable', params: { file, detail: (e as Error).message } };
  }
}

/** UTF-8, or UTF-16 where Notepad's "Unicode" left its byte-order mark. */
function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
