/** @jest-environment jsdom */
import { TextEncoder } from 'node:util';
import { t } from '../../src/core/messages';
import type { MessageKey, Params } from '../../src/core/messages';
import { OWN_PRESETS as PRESETS } from '../helpers/own-district';
import { App } from '../../src/taskpane/App';
import type { PaneServices } from '../../src/taskpane/campaign/use-campaign-workbook';
import { formQrDataUrl } from '../../src/workbook';
import { idleFlowServices, readCsvUnitList } from './fake-flow-services';
import { act } from 'react';
import { buttonNamed, click, clickTab, labelled, pageText, render, settle, stubBrowserApis, typeInto } from './dom-helpers';
import type { Rendered } from './dom-helpers';

stubBrowserApis();
// jsdom has no TextEncoder, which the QR code's data URL uses; browsers and Office have.
Object.assign(globalThis, { TextEncoder });

const vi = (key: MessageKey, params: Params = {}) => t(key, params, 'vi');
const FORM_URL = 'https://ldld.example.vn/danvan/dien-bao-cao.html';

function services(overrides: Partial<PaneServices> = {}): PaneServices & { saved: string[] } {
  const saved: string[] = [];
  return {
    ...idleFlowServices(),
    presets: PRESETS,
    createMasterWorkbook: async () => new Uint8Array([0x50, 0x4b]),
    masterFileName: (campaign) => `so-tong-hop-${campaign.id}.xlsx`,
    saveFile: (_bytes, fileName) => saved.push(fileName),
    readUnitList: readCsvUnitList,
    formPageQr: async (sizePx, title) => ({ url: FORM_URL, src: formQrDataUrl(FORM_URL, sizePx, title(FORM_URL)) }),
    saved,
    ...overrides,
  };
}

const tab = (key: MessageKey) => clickTab(vi(key));

let rendered: Rendered | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
  document.body.innerHTML = '';
});

describe('the Phát hành step', () => {
  it('should show the phone form’s address and its QR code, named for screen readers', async () => {
    rendered = await render(<App services={services()} host="browser" initialYear={2025} />);
    await tab('pane.tab.publish');
    await settle();
    const link = [...document.querySelectorAll('a')].find((a) => a.textContent === FORM_URL);
    expect(link?.getAttribute('href')).toBe(FORM_URL);
    const img = document.querySelector('img[src^="data:"]');
    expect(img?.getAttribute('alt')).toBe(`Mã QR mở trang điền báo cáo trên điện thoại: ${FORM_URL}`);
    expect(img?.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    const svg = Buffer.from(img?.getAttribute('src')?.split(',')[1] ?? '', 'base64').toString('utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain(`Mã QR mở trang điền báo cáo trên điện thoại: ${FORM_URL}`);
  });

  it('should show no address where the build does not know it', async () => {
    rendered = await render(<App services={services({ formPageQr: async () => undefined })} host="browser" initialYear={2025} />);
    await tab('pane.tab.publish');
    await settle();
    expect(document.querySelector('img[src^="data:"]')).toBeNull();
    expect(buttonNamed(vi('pane.publish.button'))).toBeDefined();
  });
});

describe('a result notice', () => {
  async function zipDownloaded(): Promise<{ button: HTMLButtonElement; saved: string[] }> {
    const fakes = services();
    rendered = await render(<App services={fakes} host="browser" initialYear={2025} />);
    await tab('pane.tab.publish');
    const button = buttonNamed(vi('pane.publish.button'));
    await click(button);
    for (let i = 0; i < 20 && fakes.saved.length === 0; i++) await settle();
    await settle();
    return { button, saved: fakes.saved };
  }

  const notice = () => document.querySelector<HTMLElement>('[role="group"][tabindex="-1"]');

  it('should appear under the button that caused it, take the focus and say the next step', async () => {
    const { button, saved } = await zipDownloaded();
    expect(saved).toHaveLength(1);
    const bar = notice();
    expect(bar?.textContent).toContain('Đã tạo bộ mẫu báo cáo');
    expect(bar?.textContent).toContain('Bước tiếp: gửi mỗi đơn vị tệp mang mã và tên của mình; khi đơn vị gửi lại, nhập ở thẻ 3. Nhập báo cáo.');
    // Where the eye is: after the button, in the same step section, not above the tabs' content.
    expect(bar !== null && button.compareDocumentPosition(bar) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(bar?.closest('section')).toBe(button.closest('section'));
    expect(document.activeElement).toBe(bar);
    // Named by its title, for the screen reader that lands on it.
    const title = bar?.getAttribute('aria-labelledby') ?? '';
    expect(document.getElementById(title)?.textContent).toBe('Đã tạo bộ mẫu báo cáo');
  });

  it('should go to the next step and leave the notice behind', async () => {
    await zipDownloaded();
    await click(buttonNamed('Sang thẻ 3. Nhập báo cáo'));
    expect(document.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toContain('3. Nhập báo cáo');
    expect(notice()).toBeNull();
  });

  it('should be cleared when the user opens another step', async () => {
    await zipDownloaded();
    expect(notice()).not.toBeNull();
    await tab('pane.tab.check');
    expect(notice()).toBeNull();
    await tab('pane.tab.publish');
    expect(notice()).toBeNull();
  });

  it('should be announced through a live region the app mounts', async () => {
    rendered = await render(<App services={services()} host="browser" initialYear={2025} />);
    await settle();
    // jsdom has no document.ariaNotify, so Fluent's announcer keeps a live region in the body.
    expect(document.querySelectorAll('body > [aria-live="assertive"]')).toHaveLength(1);
  });
});

describe('the campaign editor for screen readers', () => {
  it('should name each "Bắt buộc nhập" checkbox after its indicator', async () => {
    rendered = await render(<App services={services()} host="browser" initialYear={2025} />);
    await click(buttonNamed(/^Nội dung theo dõi \(/));
    const preset = PRESETS[0]?.build({ year: 2025 });
    const names = [...document.querySelectorAll('input[type="checkbox"]')].map((box) => box.getAttribute('aria-label'));
    expect(names.length).toBe(preset?.indicators.length);
    expect(names[0]).toBe(`Bắt buộc nhập: ${preset?.indicators[0]?.label.vi}`);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('date fields', () => {
  it('should take dd/mm/yyyy, refuse a day not in the calendar in Vietnamese, and keep the last real date', async () => {
    const fakes = services();
    const built: string[] = [];
    rendered = await render(<App services={{ ...fakes, createMasterWorkbook: async (c) => (built.push(c.deadline), new Uint8Array([0x50, 0x4b])) }} host="browser" initialYear={2025} />);
    await click(buttonNamed(/^Thông tin chung/));
    const deadline = labelled('Hạn báo cáo') as HTMLInputElement;
    expect(deadline.type).toBe('text');
    expect(deadline.placeholder).toBe('ngày/tháng/năm');
    await typeInto(deadline, '30/02/2026');
    expect(deadline.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(deadline.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Gõ ngày dạng ngày/tháng/năm, ví dụ 31/12/2025.');
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(built.at(-1)).toBe(PRESETS[0]?.build({ year: 2025 }).deadline);
    await typeInto(deadline, '5/1/2026');
    expect(deadline.getAttribute('aria-invalid')).toBeNull();
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(built.at(-1)).toBe('2026-01-05');
  });
});

describe('file pickers', () => {
  it('should be a "Chọn tệp…" button in the pane’s language that shows the file chosen', async () => {
    rendered = await render(<App services={services()} host="browser" initialYear={2025} />);
    await tab('pane.tab.import');
    const input = labelled(vi('pane.import.label')) as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.tabIndex).toBe(-1);
    const button = buttonNamed('Chọn tệp…');
    expect(button.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent)).toEqual([vi('pane.import.label'), 'Chưa chọn tệp.']);
    const file = new File([new Uint8Array([1])], 'XA01 - CĐCS xã Trường Hòa.xlsx');
    Object.defineProperty(file, 'arrayBuffer', { value: async () => new Uint8Array([1]).buffer });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(pageText()).toContain('Đã chọn: XA01 - CĐCS xã Trường Hòa.xlsx');
  });
});
