/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import { ORGANISATION_KEY } from '../../src/taskpane/shared/organisation-store';
import { TextDecoder, TextEncoder } from 'node:util';
import { t } from '../../src/core/messages';
import type { MessageKey, Params } from '../../src/core/messages';
import { OWN_PRESETS as PRESETS } from '../helpers/own-district';
import { createExcelActions } from '../../src/taskpane/shared/excel-actions';
import { FakeExcel } from '../adapters/office/fake-excel';
import { buttonNamed, pageText, stubBrowserApis } from './dom-helpers';

/**
 * The pane's own start-up (src/taskpane/index.tsx) as taskpane.html runs it inside Excel: office.js
 * has defined `Office` and `Excel`, `Office.onReady` reports the host, and the pane wires the real
 * Excel actions to the global `Excel.run` (here the fake Excel's) and renders on its own.
 */
stubBrowserApis();
// index.tsx renders outside act(), as in the page; React would otherwise warn about it.
globalThis.IS_REACT_ACT_ENVIRONMENT = false;
// jsdom has no TextEncoder, which the fingerprint's SHA-256 uses; browsers and Office have.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const vi = (key: MessageKey, params: Params = {}) => t(key, params, 'vi');

async function until(what: string, done: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!done()) throw new Error(`the pane never showed ${what}; it shows: ${pageText().slice(0, 300)}`);
}

/** office.js as Excel provides it: only what index.tsx and the Excel actions reach. */
function officeIn(fake: FakeExcel, host: string | null) {
  const onReady = jest.fn(async () => ({ host, platform: host === null ? null : 'OfficeOnline' }));
  Object.assign(globalThis, {
    // As Excel on the web gives it: storage partitioned by `partitionKey`, and no `roamingSettings`
    // (Outlook's only), so the pane cannot rely on it.
    Office: { onReady, HostType: { Excel: 'Excel' }, context: { requirements: fake.requirements, partitionKey: PARTITION } },
    Excel: { run: fake.run },
  });
  return onReady;
}

function startPane(): void {
  document.body.innerHTML = '<div id="root"><p id="boot">Đang tải… / Loading…</p></div>';
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../src/taskpane/index');
  });
}

const PARTITION = 'p-7f3a';
const ORGANISATION = { name: 'Liên đoàn Lao động huyện Phong Thổ', parent: '', place: 'Phong Thổ', signer: { name: 'Lò Văn Pả', title: 'CHỦ TỊCH', onBehalf: '' } };

// A district that has used the pane before, in this partition.
beforeEach(() => window.localStorage.setItem(`${PARTITION}${ORGANISATION_KEY}`, JSON.stringify(ORGANISATION)));

afterEach(() => {
  window.localStorage.clear();
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe('the task pane starting inside Excel (index.tsx)', () => {
  it('should render in Excel mode once Office.onReady reports Excel, and open the campaign stored in the workbook', async () => {
    const preset = PRESETS[1];
    if (preset === undefined) throw new Error('no second preset');
    const stored = { ...preset.build({ year: 2025 }), title: 'Kế hoạch trong sổ đang mở' };
    const fake = new FakeExcel();
    expect((await createExcelActions({ lang: () => 'vi', run: fake.run }).writeMaster(stored)).ok).toBe(true);
    const syncsBefore = fake.syncs;
    const onReady = officeIn(fake, 'Excel');

    startPane();
    await until('the Excel footer', () => pageText().includes(vi('pane.host.excel')));
    expect(onReady).toHaveBeenCalledTimes(1);
    await until('the stored campaign', () => pageText().includes(vi('pane.workbook.inUse', { title: stored.title })));
    expect(fake.syncs).toBeGreaterThan(syncsBefore); // read through the global Excel.run
    expect(pageText()).not.toContain('Đang tải');
    expect(buttonNamed(vi('pane.excel.writeMaster')).disabled).toBe(false);
  });

  it('should ask a first-time user for the organisation inside Excel too (nothing remembered in the partition Office gives)', async () => {
    window.localStorage.clear();
    officeIn(new FakeExcel(), 'Excel');
    startPane();
    await until('the organisation form', () => pageText().includes(vi('pane.org.heading')));
    expect(window.localStorage.getItem(`${PARTITION}${ORGANISATION_KEY}`)).toBeNull();
  });

  it('should render in file mode when office.js loaded outside Office (no host)', async () => {
    const onReady = officeIn(new FakeExcel(), null);
    startPane();
    await until('the browser footer', () => pageText().includes(vi('pane.host.browser')));
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(() => buttonNamed(vi('pane.excel.writeMaster'))).toThrow();
  });
});
