import { describeSampleValue } from '../../core/organisation';
import type { SampleInCampaign } from '../../core/organisation';
import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';

/** What can go wrong in the pane, as data; `describePaneError` words it for people. */
export type PaneError =
  | { readonly code: 'presetFailed'; readonly preset: string; readonly detail: string }
  | { readonly code: 'buildFailed'; readonly detail: string }
  | { readonly code: 'zipFailed'; readonly detail: string }
  | { readonly code: 'reportFailed'; readonly detail: string }
  | { readonly code: 'readFailed'; readonly file: string; readonly detail: string }
  /** Excel refused; `detail` is already worded by the Office edge (describeOfficeError). */
  | { readonly code: 'excel'; readonly detail: string }
  | { readonly code: 'loadFailed' }
  /** The master, the forms or the report would carry the invented district's values. */
  | { readonly code: 'samplesLeft'; readonly samples: readonly SampleInCampaign[] };

export function describePaneError(error: PaneError, lang: Lang): string {
  switch (error.code) {
    case 'presetFailed':
      return t('pane.error.presetFailed', { preset: error.preset, detail: error.detail }, lang);
    case 'buildFailed':
    case 'zipFailed':
    case 'reportFailed':
    case 'excel':
      return t(`pane.error.${error.code}`, { detail: error.detail }, lang);
    case 'readFailed':
      return t('pane.error.readFailed', { file: error.file, detail: error.detail }, lang);
    case 'loadFailed':
      return t('pane.error.loadFailed', {}, lang);
    case 'samplesLeft':
      return t('pane.error.samplesLeft', { count: error.samples.length }, lang);
  }
}

/** What an error lists under its sentence, one a line: the sample values still to replace. */
export function paneErrorLines(error: PaneError, lang: Lang): string[] {
  return error.code === 'samplesLeft' ? error.samples.map((sample) => describeSampleValue(sample, lang)) : [];
}

/** webpack rejects a failed dynamic import with a ChunkLoadError: the server is out of reach. */
export function buildError(cause: unknown, code: 'buildFailed' | 'zipFailed' | 'reportFailed' = 'buildFailed'): PaneError {
  if (cause instanceof Error && cause.name === 'ChunkLoadError') return { code: 'loadFailed' };
  return { code, detail: errorDetail(cause) };
}

export function errorDetail(cause: unknown): string {
  if (cause instanceof Error) return cause.message || cause.name;
  return String(cause);
}
