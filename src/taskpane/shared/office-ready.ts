/** Where the pane runs: inside Excel, or in a plain browser tab ("file mode": nothing is written to Excel). */
export type HostKind = 'excel' | 'browser';

/**
 * Resolves once Office.js is ready. In a plain browser office.js may be missing (offline, or
 * blocked), in which case the global `Office` is undefined and the pane starts at once.
 */
export async function whenOfficeReady(): Promise<HostKind> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return 'browser';
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel ? 'excel' : 'browser';
}
