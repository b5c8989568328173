/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import { TextDecoder, TextEncoder } from 'node:util';
import { act } from 'react';
import { describeIssue } from '../../src/core';
import { t } from '../../src/core/messages';
import type { MessageKey } from '../../src/core/messages';
import { PRESETS } from '../../src/core/presets';
import { renderXlsx } from '../../src/adapters/xlsx';
import { buildCampaignWorkbooks, fillLayout } from '../../src/workbook';
import { App } from '../../src/taskpane/App';
import { createExcelActions } from '../../src/taskpane/excel-actions';
import { formFingerprints, readReturn } from '../../src/taskpane/file-workbooks';
import type { PaneServices } from '../../src/taskpane/use-campaign-workbook';
import { FakeExcel } from '../adapters/office/fake-excel';
import { idleFlowServices, readCsvUnitList } from './fake-flow-services';
import { buttonNamed, click, labelled, pageText, render, settle, stubBrowserApis } from './dom-helpers';
import type { Rendered } from './dom-helpers';
import { loadWorkbook, sheet } from '../helpers/read-xlsx';

/** In the pane inside Excel: a refused but identified file, and a return made from another form. */
stubBrowserApis();
Object.assign(globalThis, { TextEncoder, TextDecoder });

const YEAR = 2025;
const vi = (key: MessageKey) => t(key, {}, 'vi');

function fileOf(bytes: Uint8Array, name: string): File {
  const file = new File([bytes.slice().buffer as ArrayBuffer], name);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  return file;
}

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

it('should attribute a refused file to its unit without copying it in, and refuse a return made from another form', async () => {
  const fake = new FakeExcel();
  const excel = createExcelActions({ lang: () => 'vi', run: fake.run, requirements: fake.requirements });
  const services: PaneServices = {
    ...idleFlowServices(),
    presets: PRESETS,
    createMasterWorkbook: async () => new Uint8Array(),
    masterFileName: () => 'so.xlsx',
    saveFile: () => undefined,
    readUnitList: readCsvUnitList,
    readReturn,
    expectedFingerprints: formFingerprints,
    excel,
    readOpenCampaign: excel.readOpenCampaign,
  };
  rendered = await render(<App services={services} host="excel" initialYear={YEAR} />);
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
  const otherBytes = await renderXlsx(otherForm.layout);

  await tab('pane.tab.import');
  const input = labelled(vi('pane.import.label')) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [fileOf(brokenBytes, 'sua-mau.xlsx'), fileOf(otherBytes, 'mau-khac.xlsx')], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await whenIdle();
  expect(fake.sheetNames()).not.toContain(first.unit.code);
  expect(pageText()).toContain(describeIssue({ severity: 'error', code: 'reader.noReportSheet', unit: '', file: '', sheet: '', cell: '', indicator: '', path: '', column: '', params: { file: 'sua-mau.xlsx' } }));

  await tab('pane.tab.check');
  const text = pageText();
  expect(text).toContain(`báo cáo của ${first.unit.name} (${first.unit.code}) bị trả lại, tệp sua-mau.xlsx không được tính.`);
  expect(text).toContain('mở lại tệp mẫu gốc đã nhận bằng Excel');
  expect(text).toContain(`khác với mẫu mà kế hoạch "${campaign.title}" của sổ này đã làm cho ${second.unit.name}`);
});
