/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { t } from '../../../src/core/messages';
import { PRESETS } from '../../../src/core/presets';
import { App } from '../../../src/taskpane/App';
import { campaignStepServices } from '../fake-flow-services';
import { OWN_DISTRICT, inOwnDistrict } from '../../helpers/own-district';
import { buttonNamed, click, labelled, pageText, paste, render, settle, stubBrowserApis, typeInto } from '../dom-helpers';
import type { Rendered } from '../dom-helpers';

stubBrowserApis();

const plan = (name: string) => readFileSync(join(__dirname, '../../fixtures/plans', name), 'utf8');

const fakeServices = campaignStepServices;

/** The read plan as shown: each field label with the value and the quoted source behind it. */
function shownFields(): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const dt of document.querySelectorAll('dt')) {
    const entries: string[] = [];
    for (let dd = dt.nextElementSibling; dd !== null && dd.tagName === 'DD'; dd = dd.nextElementSibling) {
      // A source sits behind its disclosure: its quote, without the toggle's words.
      entries.push([...dd.children].map((c) => (c.tagName === 'DETAILS' ? c.lastElementChild : c)?.textContent ?? '').join(' | '));
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
    // The plan is the invented Thanh Lâm district's: its master is not written.
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    await settle();
    expect(services.built).toEqual([]);
    expect(pageText()).toContain('Còn giá trị mẫu cần thay');
    expect(pageText()).toContain('"Đơn vị ban hành" vẫn là giá trị mẫu ("Liên đoàn Lao động huyện Thanh Lâm")');
  });

  it("should build the master from a district's own pasted plan", async () => {
    const services = fakeServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    await paste(labelled('Dán văn bản kế hoạch'), inOwnDistrict(plan('dot-ii-2025-thanh-lam.txt')).replace('Số: 81/KH-LĐLĐ', `Số: ${OWN_DISTRICT.planNumber}`));
    await click(buttonNamed('Đọc kế hoạch'));
    await click(buttonNamed('Dùng kế hoạch này'));
    expect(pageText()).not.toContain('Còn giá trị mẫu cần thay');
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    await settle();
    expect(services.built.map((c) => c.id)).toEqual(['ldld-yen-khe-dot-ii-2025']);
    expect(services.built[0]?.plan.number).toBe('17/KH-LĐLĐ');
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

/** An input by the start of its label: a required one carries Fluent's " *". */
function input(label: string): HTMLInputElement {
  const found = [...document.querySelectorAll('label')].find((l) => (l.textContent ?? '').trim().replace(/\s*\*$/, '') === label);
  const control = found === undefined ? null : document.getElementById(found.htmlFor);
  if (!(control instanceof HTMLInputElement)) throw new Error(`No input labelled "${label}"`);
  return control;
}

async function chooseFile(control: HTMLElement, file: File): Promise<void> {
  Object.defineProperty(control, 'files', { value: [file], configurable: true });
  await act(async () => {
    control.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
  await settle();
}

describe('what the plan lacks, typed in the pane', () => {
  it('should show the undated six-month and year reports as inputs, and offer the campaign only once both are filled', async () => {
    const services = fakeServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    await paste(labelled('Dán văn bản kế hoạch'), plan('nam-2025-bao-cao-dinh-ky.txt'));
    await click(buttonNamed('Đọc kế hoạch'));
    const blocked = messageBars().find((bar) => bar.includes('Chưa tạo được chiến dịch'));
    expect(blocked).toContain('Kế hoạch yêu cầu báo cáo 6 tháng nhưng không ghi hạn nộp');
    expect(blocked).toContain('Kế hoạch yêu cầu báo cáo năm nhưng không ghi hạn nộp');
    // In place: under "Hạn báo cáo", in the field order of the draft.
    const deadline = [...document.querySelectorAll('dt')].find((dt) => dt.textContent === 'Hạn báo cáo');
    expect(deadline?.parentElement?.textContent).toContain('Hạn nộp báo cáo 6 tháng');
    expect(() => buttonNamed('Dùng kế hoạch này')).toThrow();

    await typeInto(input('Hạn nộp báo cáo 6 tháng'), '2025-06-10');
    expect(() => buttonNamed('Dùng kế hoạch này')).toThrow();
    expect(pageText()).toContain('Nhập tay, không đọc từ văn bản');
    await typeInto(input('Hạn nộp báo cáo năm'), '2025-12-05');
    await click(buttonNamed('Dùng kế hoạch này'));
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    await settle();
    expect(services.built[0]?.reportingRounds.map((r) => [r.id, r.deadline])).toEqual([
      ['6-thang', '2025-06-10'],
      ['ca-nam', '2025-12-05'],
    ]);
  });

  it('should ask for the issuer a plan never names, and use what is typed', async () => {
    const services = fakeServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    await paste(labelled('Dán văn bản kế hoạch'), plan('tinh-doan-khong-dau-van-ban.txt'));
    await click(buttonNamed('Đọc kế hoạch'));
    await typeInto(input('Đơn vị ban hành'), 'Tỉnh đoàn Lai Châu');
    await typeInto(input('Số kế hoạch'), '15-KH/TĐTN');
    await click(buttonNamed('Dùng kế hoạch này'));
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    await settle();
    expect(services.built[0]).toMatchObject({ organization: { name: 'Tỉnh đoàn Lai Châu' }, plan: { number: '15-KH/TĐTN', date: '2025-03-12' } });
    // Typed values are never shown as quotes of the text.
    expect(pageText()).not.toContain('“Tỉnh đoàn Lai Châu”');
  });
});

describe('opening a plan file in the pane', () => {
  it('should read a .docx as the same plan pasted, its text in the box', async () => {
    rendered = await render(<App services={fakeServices()} host="browser" initialYear={2025} />);
    const docx = readFileSync(join(__dirname, '../../fixtures/plans/nam-2025-bao-cao-dinh-ky.docx'));
    await chooseFile(labelled('Mở tệp kế hoạch (.docx, .pdf)'), new File([docx], 'ke-hoach.docx'));
    expect((labelled('Dán văn bản kế hoạch') as HTMLTextAreaElement).value).toContain('II. CHỈ TIÊU');
    const fromFile = shownFields();
    await paste(labelled('Dán văn bản kế hoạch'), plan('nam-2025-bao-cao-dinh-ky.txt'));
    await click(buttonNamed('Đọc kế hoạch'));
    expect(fromFile.get('Số kế hoạch')).toEqual(['12/KH-LĐLĐ | “Số: 12/KH-LĐLĐ”']);
    expect(fromFile).toEqual(shownFields());
  });

  it('should say why an old Word file cannot be read', async () => {
    rendered = await render(<App services={fakeServices()} host="browser" initialYear={2025} />);
    await chooseFile(labelled('Mở tệp kế hoạch (.docx, .pdf)'), new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])], 'ke-hoach.doc'));
    expect(messageBars().find((bar) => bar.includes('Chưa đọc được tệp kế hoạch'))).toContain('Tệp ke-hoach.doc là Word đời cũ (.doc)');
  });
});

