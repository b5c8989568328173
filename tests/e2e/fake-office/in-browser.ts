/**
 * The in-memory fake Excel (tests/adapters/office/fake-excel.ts) as the globals Office.js gives a
 * task pane inside Excel: `Office.onReady` says the host is Excel and `Excel.run` runs batches on
 * the fake. Bundled by ./bundle.ts and injected before the pane's own scripts, so the built pane
 * shows its Excel-only controls in a plain browser. The fake is left on `window.fakeExcel` for the
 * test to look into.
 */
import { FakeExcel } from '../../adapters/office/fake-excel';

const scope = globalThis as unknown as Record<string, unknown>;
const fake = new FakeExcel({ apiVersion: '1.16' });
scope['fakeExcel'] = fake;
scope['Office'] = {
  HostType: { Excel: 'Excel' },
  onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
  context: { requirements: fake.requirements },
};
scope['Excel'] = {
  // Excel.run(batch) and Excel.run(options, batch), as Office.js takes them.
  run: (first: unknown, second?: unknown) => (typeof first === 'function' ? fake.run(first as never) : fake.run(second as never, first as never)),
};
