/**
 * Text folded for tolerant comparison: lower-case, without tone marks, đ → d, spaces collapsed.
 * "Hoàn thành  TỐT nhiệm vụ" and "hoan thanh tot nhiem vu" fold alike.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}
