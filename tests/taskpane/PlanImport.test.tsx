/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import type { Campaign } from '../../src/core';
import { t } from '../../src/core/messages';
import { PRESETS } from '../../src/core/presets';
import { App } from '../../src/taskpane/App';
import type { PaneServices } from '../../src/taskpane/use-campaign-workbook';
import { idleFlowServices, readCsvUnitList } from './fake-flow-services';
import { buttonNamed, click, labelled, pageText, render, settle, stubBrowserApis } from './dom-helpers';
import type { Rendered } from './dom-helpers';

stubBrowserApis();

const plan = (name: string) => readFileSync(join(__dirname, '../fixtures/plans', name), 'utf8');

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

/** React tracks a textarea's native value; set it the way a paste does. */
async function paste(textarea: HTMLElement, value: string): Promise<void> {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  await act(async () => {
    setter?.call(textarea, value);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The read plan as shown: each field label with the value and quoted source under it. */
function shownFields(): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const dt of document.querySelectorAll('dt')) {
    const entries: string[] = [];
    for (let dd = dt.nextElementSibling; dd !== null && dd.tagName === 'DD'; dd = dd.nextElementSibling) {
      entries.push([...dd.children].map((c) => c.textContent ?? '').join(' | '));
    }
    fields.set(dt.textContent ?? '', entries);
  }
  return fields;
}

const messageBars = () => [...document.querySelectorAll('.fui-MessageBar')].map((bar) => bar.textContent ?? '');

let rendered: Rendered | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
  document.body.innerHTML = '';
});

describe('pasting a plan in the task pane', () => {
  it('should show each field read from the plan beside its source, then build the workbook from it', async () => {
    const services = fakeServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    const textarea = labelled('Dán văn bản kế hoạch');
    expect(textarea.tagName).toBe('TEXTAREA');

    await paste(textarea, plan('dot-ii-2025-thanh-lam.txt'));
    await click(buttonNamed('Đọc kế hoạch'));
    expect(pageText()).toContain('Kết quả đọc kế hoạch');
    const fields = shownFields();
    expect(fields.get('Số kế hoạch')).toEqual(['81/KH-LĐLĐ | “Số: 81/KH-LĐLĐ”']);
    expect(fields.get('Thời gian thực hiện')).toEqual(['từ 17/12/2025 đến 31/12/2025 | “Thời gian thực hiện đợt II/2025 là 15 ngày (từ ngày 17-31/12/2025).”']);
    expect(fields.get('Chỉ tiêu')?.[0]).toBe(
      'Số nhà “Mái ấm Công đoàn” xây mới, sửa chữa: ít nhất 2 căn | “LĐLĐ huyện phối hợp bàn giao 02 căn nhà “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn về nhà ở tại xã Tân Lập và xã Phú Cường.”',
    );
    expect(fields.get('Căn cứ')).toHaveLength(2);
    expect(messageBars().some((bar) => bar.includes('Chưa tìm thấy') && bar.includes('Chế độ báo cáo'))).toBe(true);

    await click(buttonNamed('Dùng kế hoạch này'));
    expect(pageText()).toContain('Đang dùng kế hoạch vừa đọc');
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    await settle();
    expect(services.built.map((c) => c.id)).toEqual(['ldld-thanh-lam-dot-ii-2025']);
    expect(services.built[0]?.targets.map((t) => t.indicator)).toEqual(['AS01', 'AS09', 'AS11', 'AS14']);
  });

  it('should say what the plan lacks and offer no campaign', async () => {
    rendered = await render(<App services={fakeServices()} host="browser" initialYear={2025} />);
    await paste(labelled('Dán văn bản kế hoạch'), plan('thieu-thoi-gian.txt'));
    await click(buttonNamed('Đọc kế hoạch'));
    const blocked = messageBars().find((bar) => bar.includes('Chưa tạo được chiến dịch'));
    expect(blocked).toContain('Không tìm thấy thời gian thực hiện');
    expect(blocked).toContain('Không tìm thấy hạn báo cáo');
    expect(() => buttonNamed('Dùng kế hoạch này')).toThrow();
  });

  it('should list contradictions with the sentences they rest on', async () => {
    rendered = await render(<App services={fakeServices()} host="browser" initialYear={2025} />);
    await paste(labelled('Dán văn bản kế hoạch'), plan('mau-thuan-han-bao-cao.txt'));
    await click(buttonNamed('Đọc kế hoạch'));
    const check = messageBars().find((bar) => bar.includes('Cần kiểm tra'));
    expect(check).toContain('Hạn báo cáo 08/12/2024 đến trước ngày ban hành kế hoạch (10/12/2024)');
    expect(check).toContain('“Thanh Lâm, ngày 10 tháng 12 năm 2024”');
  });

  it('should ask for text when nothing was pasted, and go back to the presets when one is picked', async () => {
    rendered = await render(<App services={fakeServices()} host="browser" initialYear={2025} />);
    await click(buttonNamed('Đọc kế hoạch'));
    expect(pageText()).toContain('Chưa có văn bản để đọc');

    await paste(labelled('Dán văn bản kế hoạch'), plan('dot-ii-2025-thanh-lam.txt'));
    await click(buttonNamed('Đọc kế hoạch'));
    await click(buttonNamed('Dùng kế hoạch này'));
    const last = PRESETS[PRESETS.length - 1];
    if (last === undefined) throw new Error('no presets');
    await click(labelled('Kế hoạch mẫu'));
    const option = [...document.querySelectorAll('[role="option"]')].find((o) => o.textContent?.trim() === t(last.label, {}, 'vi'));
    if (option === undefined) throw new Error('option not rendered');
    await click(option);
    expect(pageText()).not.toContain('Đang dùng kế hoạch vừa đọc');
    expect(pageText()).toContain(last.build({ year: 2025 }).title);
  });
});
