/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import { TextDecoder, TextEncoder } from 'node:util';
import { act } from 'react';
import { t } from '../../src/core/messages';
import type { MessageKey, Params } from '../../src/core/messages';
import { PRESETS } from '../../src/core/presets';
import { renderXlsx } from '../../src/adapters/xlsx';
import { buildCampaignWorkbooks, fillLayout } from '../../src/workbook';
import { App } from '../../src/taskpane/App';
import { createExcelActions } from '../../src/taskpane/excel-actions';
import { readReturn } from '../../src/taskpane/file-workbooks';
import type { PaneServices } from '../../src/taskpane/use-campaign-workbook';
import { HIGHLIGHT_FILL } from '../../src/adapters/office';
import { FakeExcel } from '../adapters/office/fake-excel';
import { idleFlowServices, readCsvUnitList } from './fake-flow-services';
import { buttonNamed, click, labelled, pageText, render, settle, stubBrowserApis } from './dom-helpers';
import type { Rendered } from './dom-helpers';

/**
 * The pane inside Excel: the real Excel actions over the fake Excel object model, the real return
 * reader, the whole job from the master to the district report.
 */
stubBrowserApis();
// jsdom has no TextEncoder, which the fingerprint's SHA-256 uses; browsers and Office have.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const YEAR = 2025;
const vi = (key: MessageKey, params: Params = {}) => t(key, params, 'vi');

function excelServices(fake: FakeExcel): PaneServices {
  return {
    ...idleFlowServices(),
    presets: PRESETS,
    createMasterWorkbook: async () => new Uint8Array(),
    masterFileName: () => 'so.xlsx',
    saveFile: () => undefined,
    readUnitList: readCsvUnitList,
    readReturn,
    excel: createExcelActions({ lang: () => 'vi', run: fake.run, requirements: fake.requirements }),
  };
}

/** A File whose bytes jsdom can give back (its Blob lacks arrayBuffer). */
function fileOf(bytes: Uint8Array, name: string): File {
  const file = new File([bytes.slice().buffer as ArrayBuffer], name);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  return file;
}

async function choose(input: HTMLInputElement, files: readonly File[]): Promise<void> {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Waits for the pane's job (file reading, Excel batches) to end. */
async function whenIdle(): Promise<void> {
  for (let i = 0; i < 200 && document.querySelector('[role="progressbar"]') !== null; i++) await settle();
  await settle();
}

async function tab(key: MessageKey): Promise<void> {
  const found = [...document.querySelectorAll('[role="tab"]')].find((el) => el.textContent?.includes(vi(key)));
  if (found === undefined) throw new Error(`no tab ${key}`);
  await click(found);
}

let rendered: Rendered | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
  document.body.innerHTML = '';
});

describe('the pane inside Excel', () => {
  it('should write the master, import returns as unit sheets, go to and colour issue cells, and write the report', async () => {
    const fake = new FakeExcel();
    rendered = await render(<App services={excelServices(fake)} host="excel" initialYear={YEAR} />);
    await click(buttonNamed(vi('pane.excel.writeMaster')));
    await whenIdle();
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(['Hướng dẫn', 'Tổng hợp', '_danvan']));

    const preset = PRESETS[0];
    if (preset === undefined) throw new Error('no preset');
    const campaign = preset.build({ year: YEAR });
    const built = buildCampaignWorkbooks(campaign);
    const [first, second] = built.fillIns;
    if (first === undefined || second === undefined) throw new Error('preset has fewer than two units');
    const header = { reporter: 'Nguyễn Văn A', reportDate: { date: campaign.period.end } };
    const good = await renderXlsx(fillLayout(first.layout, new Map(campaign.indicators.map((i) => [i.code, i.type === 'yesno' ? 'Có' : i.type === 'text' ? 'Đã làm' : i.type === 'date' ? { date: campaign.period.end } : 1])), header));
    const faulty = await renderXlsx(fillLayout(second.layout, new Map([[campaign.indicators[0]?.code ?? '', 'nhiều']]), header));

    await tab('pane.tab.import');
    await choose(labelled(vi('pane.import.label')) as HTMLInputElement, [fileOf(good, `${first.unit.code}.xlsx`), fileOf(faulty, `${second.unit.code}.xlsx`)]);
    await whenIdle();
    expect(fake.sheetNames()).toEqual(expect.arrayContaining([first.unit.code, second.unit.code]));

    await tab('pane.tab.check');
    const cell = second.layout.answerCells.get(campaign.indicators[0]?.code ?? '') ?? '';
    await click(buttonNamed(vi('pane.check.goTo', { cell: `${second.unit.code}!${cell}` })));
    await whenIdle();
    expect(fake.selection).toEqual({ sheet: second.unit.code, address: cell });

    const before = fake.sheet(second.unit.code).cell(cell)?.fill;
    await click(buttonNamed(vi('pane.check.highlight')));
    await whenIdle();
    expect(fake.sheet(second.unit.code).cell(cell)?.fill).toBe(HIGHLIGHT_FILL.error);
    expect(fake.sheet(second.unit.code).protection).not.toBeNull();
    expect(pageText()).toContain(vi('pane.check.highlightedTitle'));
    await click(buttonNamed(vi('pane.check.clearHighlights')));
    await whenIdle();
    expect(fake.sheet(second.unit.code).cell(cell)?.fill).toBe(before);
    expect(() => buttonNamed(vi('pane.check.clearHighlights'))).toThrow();

    await tab('pane.tab.consolidate');
    await click(buttonNamed(vi('pane.consolidate.write')));
    await whenIdle();
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(['Báo cáo', 'Chi tiết', 'Kiểm tra']));
    expect(pageText()).toContain(vi('pane.consolidate.doneTitle'));
  });
});
