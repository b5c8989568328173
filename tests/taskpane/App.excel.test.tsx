/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import { TextDecoder, TextEncoder } from 'node:util';
import { act } from 'react';
import { t } from '../../src/core/messages';
import type { MessageKey, Params } from '../../src/core/messages';
import { OWN_PRESETS as PRESETS } from '../helpers/own-district';
import { renderXlsx } from '../../src/adapters/xlsx';
import { buildCampaignWorkbooks, fillLayout } from '../../src/workbook';
import { App } from '../../src/taskpane/App';
import { createExcelActions } from '../../src/taskpane/shared/excel-actions';
import type { ExcelActions } from '../../src/taskpane/shared/excel-types';
import { formFingerprints, readReturn } from '../../src/taskpane/shared/file-workbooks';
import type { PaneServices } from '../../src/taskpane/campaign/use-campaign-workbook';
import { HIGHLIGHT_FILL } from '../../src/adapters/office';
import { FakeExcel } from '../adapters/office/fake-excel';
import { idleFlowServices, readCsvUnitList } from './fake-flow-services';
import { buttonNamed, click, clickTab, labelled, pageText, render, settle, stubBrowserApis } from './dom-helpers';
import type { Rendered } from './dom-helpers';
import { describeIssue, makeIssue } from '../../src/core';
import { loadWorkbook, sheet } from '../helpers/read-xlsx';

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
    ...withExcel(createExcelActions({ lang: () => 'vi', run: fake.run })),
  };
}

/** As index.tsx wires the Excel actions. */
function withExcel(excel: ExcelActions): Pick<PaneServices, 'excel' | 'readOpenCampaign'> {
  return { excel, readOpenCampaign: excel.readOpenCampaign };
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

const tab = (key: MessageKey) => clickTab(vi(key));

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
    await click(buttonNamed('Báo cáo'));
    await whenIdle();
    expect(fake.selection).toEqual({ sheet: 'Báo cáo', address: 'A1' });
  });

  it('should open the campaign stored in the master when the pane starts in it, and keep it on request', async () => {
    const preset = PRESETS[1];
    if (preset === undefined) throw new Error('no second preset');
    const stored = { ...preset.build({ year: YEAR }), title: 'Kế hoạch đã sửa của Liên đoàn Lao động huyện' };
    const fake = new FakeExcel();
    const actions = createExcelActions({ lang: () => 'vi', run: fake.run });
    expect((await actions.writeMaster(stored)).ok).toBe(true);

    rendered = await render(<App services={excelServices(fake)} host="excel" initialYear={YEAR} />);
    await whenIdle();
    expect(pageText()).toContain(vi('pane.workbook.inUse', { title: stored.title }));

    await tab('pane.tab.check');
    await click(buttonNamed(vi('pane.check.refresh')));
    await whenIdle();
    expect(pageText()).toContain(vi('pane.check.group', { label: vi('pane.check.group.missing'), count: stored.units.length }));

    await tab('pane.tab.campaign');
    const first = PRESETS[0];
    if (first === undefined) throw new Error('no preset');
    await click(document.querySelector('[role="combobox"]') ?? document.body);
    const option = [...document.querySelectorAll('[role="option"]')].find((o) => o.textContent === vi(first.label));
    if (option === undefined) throw new Error('no preset option');
    await click(option);
    expect(pageText()).toContain(vi('pane.workbook.available', { title: stored.title }));
    await click(buttonNamed(vi('pane.workbook.use')));
    expect(pageText()).toContain(vi('pane.workbook.inUse', { title: stored.title }));
  });

  it('should say so when the campaign stored in the workbook cannot be read, and start from a sample plan', async () => {
    const fake = new FakeExcel();
    const actions = createExcelActions({ lang: () => 'vi', run: fake.run });
    const preset = PRESETS[0];
    if (preset === undefined) throw new Error('no preset');
    expect((await actions.writeMaster(preset.build({ year: YEAR }))).ok).toBe(true);
    for (const cell of fake.sheet('_danvan').cells.values()) {
      if (typeof cell.value === 'string' && cell.value.startsWith('{')) cell.value = cell.value.slice(0, 20);
    }
    rendered = await render(<App services={excelServices(fake)} host="excel" initialYear={YEAR} />);
    await whenIdle();
    expect(pageText()).toContain(vi('pane.workbook.failedTitle'));
    expect(pageText()).toContain(preset.build({ year: YEAR }).title);
  });
});

describe('the pane inside Excel: returns that cannot count', () => {
  it('should attribute a refused file to its unit without copying it in, and refuse a return made from another form', async () => {
    const fake = new FakeExcel();
    rendered = await render(<App services={{ ...excelServices(fake), expectedFingerprints: formFingerprints }} host="excel" initialYear={YEAR} />);
    await click(buttonNamed(vi('pane.excel.writeMaster')));
    await whenIdle();

    const preset = PRESETS[0];
    if (preset === undefined) throw new Error('no preset');
    const campaign = preset.build({ year: YEAR });
    const [first, second] = buildCampaignWorkbooks(campaign).fillIns;
    if (first === undefined || second === undefined) throw new Error('preset has fewer than two units');
    // The first unit's clerk typed over the table header; the second sent a form made before (or
    // elsewhere than) this campaign's first indicator got its present label.
    const broken = await loadWorkbook(await renderXlsx(fillLayout(first.layout, new Map(), { reporter: 'Nguyễn Văn A' })));
    sheet(broken, 'Báo cáo').getCell('E11').value = 'Thực hiện';
    const brokenBytes = new Uint8Array((await broken.xlsx.writeBuffer()) as ArrayBuffer);
    const earlier = { ...campaign, indicators: campaign.indicators.map((ind, k) => (k === 0 ? { ...ind, label: { ...ind.label, vi: `${ind.label.vi} (bản cũ)` } } : ind)) };
    const otherForm = buildCampaignWorkbooks(earlier).fillIns[1];
    if (otherForm === undefined) throw new Error('no second unit');

    await tab('pane.tab.import');
    await choose(labelled(vi('pane.import.label')) as HTMLInputElement, [fileOf(brokenBytes, 'sua-mau.xlsx'), fileOf(await renderXlsx(otherForm.layout), 'mau-khac.xlsx')]);
    await whenIdle();
    expect(fake.sheetNames()).not.toContain(first.unit.code);
    expect(pageText()).toContain(describeIssue(makeIssue({ severity: 'error', code: 'reader.noReportSheet', params: { file: 'sua-mau.xlsx' } })));

    await tab('pane.tab.check');
    const text = pageText();
    expect(text).toContain(`báo cáo của ${first.unit.name} (${first.unit.code}) bị trả lại, tệp sua-mau.xlsx không được tính.`);
    expect(text).toContain('mở lại tệp mẫu gốc đã nhận bằng Excel');
    expect(text).toContain(`khác với mẫu mà kế hoạch "${campaign.title}" của sổ này đã làm cho ${second.unit.name}`);
  });
});
