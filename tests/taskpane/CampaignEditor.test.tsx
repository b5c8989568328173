/** @jest-environment jsdom */
import { act } from 'react';
import type { Campaign } from '../../src/core';
import { PRESETS } from '../../src/core/presets';
import { App } from '../../src/taskpane/App';
import type { PaneServices } from '../../src/taskpane/use-campaign-workbook';
import { idleFlowServices, readCsvUnitList } from './fake-flow-services';
import { buttonNamed, click, labelled, pageText, render, settle, stubBrowserApis, typeInto } from './dom-helpers';
import type { Rendered } from './dom-helpers';

stubBrowserApis();

function fakeServices(): PaneServices & { readonly built: Campaign[] } {
  const built: Campaign[] = [];
  return {
    ...idleFlowServices(),
    presets: PRESETS,
    createMasterWorkbook: async (campaign) => {
      built.push(campaign);
      return new Uint8Array([0x50, 0x4b]);
    },
    masterFileName: (campaign) => `so-tong-hop-${campaign.id}.xlsx`,
    saveFile: () => undefined,
    readUnitList: readCsvUnitList,
    built,
  };
}

function presetCampaign(): Campaign {
  const first = PRESETS[0];
  if (first === undefined) throw new Error('no presets');
  return first.build({ year: 2025 });
}

/** Chooses a file in a file input the way the browser does: `files` set, then `change`. */
async function choose(input: HTMLElement, name: string, text: string): Promise<void> {
  const file = new File([text], name);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  for (let i = 0; i < 5; i += 1) await settle();
}

const messageBars = () => [...document.querySelectorAll('.fui-MessageBar')].map((bar) => (bar.textContent ?? '').replace(/\s+/g, ' '));
const fieldOf = (control: HTMLElement) => (control.closest('.fui-Field')?.textContent ?? '').replace(/\s+/g, ' ');

let rendered: Rendered | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
  document.body.innerHTML = '';
});

describe('the campaign step: files and the edit form', () => {
  it('should list every problem of a bad campaign file in Vietnamese, each with its path', async () => {
    rendered = await render(<App services={fakeServices()} host="browser" initialYear={2025} />);
    const campaign = presetCampaign();
    const bad = {
      ...campaign,
      title: '',
      period: { start: campaign.period.end, end: campaign.period.start },
      targets: campaign.targets.map((t, i) => (i === 0 ? { ...t, value: -5 } : t)),
    };
    await choose(labelled('Mở tệp chiến dịch (.json)'), 'sai.json', JSON.stringify(bad));
    const bar = messageBars().find((text) => text.includes('Không dùng được tệp sai.json'));
    expect(bar).toBeDefined();
    expect(bar).toContain('Tại title: không được để trống.');
    expect(bar).toContain('Tại period.end: ngày kết thúc đứng trước ngày bắt đầu.');
    expect(bar).toContain('Tại targets[0].value: phải lớn hơn hoặc bằng 0.');

    await choose(labelled('Mở tệp chiến dịch (.json)'), 'khong-phai-json.json', '{ "schemaVersion": 1,');
    expect(messageBars().join(' ')).toContain('Không dùng được tệp khong-phai-json.json');
  });

  it('should use a valid campaign file and build the workbook from it', async () => {
    const services = fakeServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    const campaign: Campaign = { ...presetCampaign(), title: 'Kế hoạch từ tệp JSON' };
    await choose(labelled('Mở tệp chiến dịch (.json)'), 'dot-ii.json', JSON.stringify(campaign));
    expect(pageText()).toContain('Đang dùng chiến dịch từ tệp dot-ii.json.');
    expect(pageText()).toContain('Kế hoạch từ tệp JSON');
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(services.built.map((c) => c.title)).toEqual(['Kế hoạch từ tệp JSON']);
  });

  it('should show a period end before the start under the period field and keep building the last valid campaign', async () => {
    const services = fakeServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    const original = presetCampaign();
    await click(buttonNamed(/^Thông tin chung/));
    const end = labelled('Kết thúc ngày') as HTMLInputElement;
    expect(end.value).toBe(original.period.end);

    await typeInto(end, '2000-01-01');
    expect(fieldOf(end)).toContain('ngày kết thúc đứng trước ngày bắt đầu');
    expect(fieldOf(labelled('Bắt đầu từ ngày'))).not.toContain('ngày kết thúc');
    const pending = messageBars().find((text) => text.includes('Có thay đổi chưa hợp lệ')) ?? '';
    expect(pending).toContain('Kết thúc ngày: ngày kết thúc đứng trước ngày bắt đầu.');
    expect(pending).not.toContain('reportingRounds');
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(services.built.at(-1)?.period.end).toBe(original.period.end);

    const title = labelled('Tên kế hoạch') as HTMLInputElement;
    await typeInto(title, 'Kế hoạch đã sửa');
    await typeInto(end, original.period.end);
    expect(fieldOf(end)).not.toContain('ngày kết thúc đứng trước ngày bắt đầu');
    expect(messageBars().join(' ')).not.toContain('Có thay đổi chưa hợp lệ');
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(services.built.at(-1)?.title).toBe('Kế hoạch đã sửa');

    await click(buttonNamed('Bỏ các thay đổi'));
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(services.built.at(-1)?.title).toBe(original.title);
  });

  it('should show a bad target value under that target', async () => {
    rendered = await render(<App services={fakeServices()} host="browser" initialYear={2025} />);
    const original = presetCampaign();
    const target = original.targets[0];
    if (target === undefined) throw new Error('the first preset has no targets');
    await click(buttonNamed(/^Kế hoạch giao/));
    const value = document.querySelector<HTMLInputElement>(`input[inputmode="decimal"]`);
    if (value === null) throw new Error('no target input');
    await typeInto(value, 'nhiều');
    expect(fieldOf(value)).toContain('cần số nhưng đang là chuỗi chữ.');
  });

  it('should replace the units from a unit list, name each bad row, and let a unit be removed', async () => {
    const services = fakeServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    await click(buttonNamed(/^Đơn vị \(/));
    const csv = ['Mã,Tên đơn vị,Khối,Số đoàn viên,Số CNVCLĐ', 'A01,CĐCS Trường Tiểu học A,Giáo dục,25,30', 'A02,CĐCS UBND xã B,Xã - thị trấn,mười,12', 'A03,CĐCS Công ty C,Doanh nghiệp,120,150', ''].join('\n');
    await choose(labelled('Danh sách đơn vị (.csv, .xlsx)'), 'don-vi.csv', csv);
    for (let i = 0; i < 10 && !pageText().includes('Đã đọc'); i += 1) await settle();
    expect(pageText()).toContain('Đã đọc 2 đơn vị từ don-vi.csv.');
    const bar = messageBars().find((text) => text.includes('Các dòng cần sửa trong don-vi.csv'));
    expect(bar).toMatch(/Dòng 3, cột "Số đoàn viên"/);
    expect(pageText()).toContain('Đơn vị (2)');

    await click(buttonNamed('Bỏ CĐCS Công ty C'));
    expect(pageText()).toContain('Đơn vị (1)');
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(services.built.at(-1)?.units.map((u) => u.code)).toEqual(['A01']);
  });
});
