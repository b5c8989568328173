/**
 * Campaign ids must differ between districts: a return is matched to a master by its campaign id
 * first, and two districts starting from the same preset would otherwise share one. The random
 * part is made once, at the edge that creates the campaign (the core has no source of chance), and
 * then lives in the campaign file; editing the campaign never makes a new one.
 */

/** 8 hex digits: about four billion values, so two districts never meet by chance. */
export const RANDOM_PART_LENGTH = 8;
const MAX_ID_LENGTH = 63;

/** The letters and digits of what the edge drew (a UUID, say), lower-cased, cut to length. */
export function randomPart(drawn: string): string {
  return drawn
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, RANDOM_PART_LENGTH);
}

/** `id` with the random part after it, cutting `id` so the whole stays a valid slug. */
export function withRandomPart(id: string, drawn: string | undefined): string {
  const part = drawn === undefined ? '' : randomPart(drawn);
  if (part === '') return id;
  const head = id.slice(0, MAX_ID_LENGTH - part.length - 1).replace(/-+$/, '');
  return `${head}-${part}`;
}
