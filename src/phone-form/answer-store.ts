import type { Answers } from './form-model';

/**
 * The answers being typed, kept in the browser for one received workbook: its campaign, its unit
 * and its fingerprint, so a new form from the district (other targets) starts afresh while a
 * closed tab or a lost signal loses nothing. localStorage: a few kilobytes, written as one
 * synchronous call on each change, readable before the first paint.
 */
export type FormKey = { readonly campaignId: string; readonly unitCode: string; readonly fingerprint: string };

const PREFIX = 'danvan.phone-form.v1';

export function storageKey(key: FormKey): string {
  return [PREFIX, key.campaignId, key.unitCode, key.fingerprint].join('|');
}

export function loadAnswers(storage: Storage | undefined, key: FormKey): Answers | undefined {
  try {
    const text = storage?.getItem(storageKey(key));
    if (!text) return undefined;
    const parsed: unknown = JSON.parse(text);
    return isAnswers(parsed) ? parsed : undefined;
  } catch {
    // Storage switched off (private mode) or a value from elsewhere: the form starts empty.
    return undefined;
  }
}

export function saveAnswers(storage: Storage | undefined, key: FormKey, answers: Answers): void {
  try {
    storage?.setItem(storageKey(key), JSON.stringify(answers));
  } catch {
    // Full or switched off: typing goes on; only the keeping is lost.
  }
}

function isAnswers(value: unknown): value is Answers {
  if (typeof value !== 'object' || value === null) return false;
  const { header, values } = value as { header?: unknown; values?: unknown };
  const strings = (o: unknown) => typeof o === 'object' && o !== null && Object.values(o).every((v) => typeof v === 'string');
  return strings(header) && strings(values) && ['reporter', 'phone', 'reportDate', 'round'].every((k) => typeof (header as Record<string, unknown>)[k] === 'string');
}
