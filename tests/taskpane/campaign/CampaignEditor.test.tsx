/** @jest-environment jsdom */
import { act } from 'react';
import type { Campaign } from '../../../src/core';
import { OWN_PRESETS as PRESETS } from '../../helpers/own-district';
import { App } from '../../../src/taskpane/App';
import type { PaneServices } from '../../../src/taskpane/campaign/use-campaign-workbook';
import { campaignStepServices } from '../fake-flow-services';
import { buttonNamed, click, labelled, pageText, render, settle, stubBrowserApis, typeInto, typeIntoArea } from '../dom-helpers';
import type { Rendered } from '../dom-helpers';

stubBrowserApis();

const fakeServices = campaignStepServices;

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

/** Every control tied to a label with this exact text (a field repeated per round or per unit). */
function allLabelled(text: string): HTMLElement[] {
  return [...document.querySelectorAll('label')]
    .filter((label) => label.textContent?.trim() === text && label.htmlFor !== '')
    .map((label) => document.getElementById(label.htmlFor))
    .filter((control): control is HTMLElement => control !== null);
}

/** Opens a dropdown and picks the option with this text. */
async function pick(dropdown: HTMLElement, option: string): Promise<void> {
  await click(dropdown);
  const found = [...document.querySelectorAll('[role="option"]')].find((o) => o.textContent?.trim() === option);
  if (found === undefined) throw new Error(`no option "${option}"`);
  await click(found);
  // The list stays mounted while the dropdown has focus, and jsdom re-positions it on every render.
  await act(async () => (document.activeElement as HTMLElement | null)?.blur());
}

const must = <T,>(value: T | undefined): T => {
  if (value === undefined) throw new Error('missing');
  return value;
};

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
    // Shown day first, whatever the browser's language.
    expect(end.value).toBe(original.period.end.split('-').reverse().join('/'));

    await typeInto(end, '01/01/2000');
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

  it('should give a preset campaign the random part drawn once, and keep its id through edits', async () => {
    let draws = 0;
    const services: PaneServices & { readonly built: Campaign[] } = { ...fakeServices(), drawRandom: () => `${String(++draws).repeat(8)}-0000-4000-8000-000000000000` };
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    const id = services.built.at(-1)?.id;
    expect(id).toBe(`ldld-thanh-lam-${presetCampaign().id}-11111111`);
    await click(buttonNamed(/^Thông tin chung/));
    await typeInto(labelled('Tên kế hoạch') as HTMLInputElement, 'Kế hoạch đã sửa');
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(services.built.at(-1)).toMatchObject({ title: 'Kế hoạch đã sửa', id });
    expect(draws).toBe(1);
  });

  it('should show a bad target value under that target', async () => {
    rendered = await render(<App services={fakeServices()} host="browser" initialYear={2025} />);
    const original = presetCampaign();
    const target = original.targets[0];
    if (target === undefined) throw new Error('the first preset has no targets');
    await click(buttonNamed(/^Chỉ tiêu giao/));
    const value = document.querySelector<HTMLInputElement>(`input[inputmode="decimal"]`);
    if (value === null) throw new Error('no target input');
    await typeInto(value, 'nhiều');
    expect(fieldOf(value)).toContain('"nhiều" không phải là số. Nhập số không âm, ví dụ');
    expect(pageText()).not.toContain('chuỗi chữ');
  });

  it('should refuse a decimal in a count target in plain words, under the field and in the list of pending changes', async () => {
    const services = fakeServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    const original = presetCampaign();
    const index = original.targets.findIndex((t) => original.indicators.find((i) => i.code === t.indicator)?.type === 'integer');
    const target = original.targets[index];
    const indicator = original.indicators.find((i) => i.code === target?.indicator);
    if (target === undefined || indicator === undefined) throw new Error('the first preset has no count target');
    await click(buttonNamed(/^Chỉ tiêu giao/));
    const value = document.querySelectorAll<HTMLInputElement>(`input[inputmode="decimal"]`)[index];
    if (value === undefined) throw new Error('no target input');
    await typeInto(value, '2,5');
    const words = `"2,5" có phần lẻ, mà "${indicator.label.vi}" là số đếm. Nhập số nguyên không âm, ví dụ 3; tách hàng nghìn bằng dấu chấm, ví dụ 1.200.`;
    expect(fieldOf(value)).toContain(words);
    expect(messageBars().find((text) => text.includes('Có thay đổi chưa hợp lệ'))).toContain(`${indicator.label.vi}: ${words}`);
    expect(pageText()).not.toContain('chuỗi chữ');
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(services.built.at(-1)?.targets[index]?.value).toBe(target.value);

    await typeInto(value, '1.200');
    expect(fieldOf(value)).not.toContain('có phần lẻ');
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(services.built.at(-1)?.targets[index]?.value).toBe(1200);
  });
});

describe('the campaign step: rounds, documents, shares and own indicators', () => {
  it('should add a reporting round, show a bad id under its field until fixed, and build with both rounds', async () => {
    const services = fakeServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    await click(buttonNamed('Kỳ báo cáo (1)'));
    expect(buttonNamed('Bỏ Báo cáo kết thúc đợt').disabled).toBe(true);
    expect(pageText()).toContain('Phải có ít nhất một kỳ báo cáo, nên không bỏ được kỳ duy nhất.');

    await click(buttonNamed('Thêm kỳ báo cáo'));
    expect(pageText()).toContain('Kỳ báo cáo (2)');
    expect(buttonNamed('Bỏ Báo cáo kết thúc đợt').disabled).toBe(false);
    const id = must(allLabelled('Mã kỳ (chữ thường, không dấu)')[1]) as HTMLInputElement;
    expect(id.value).toBe('dot-2');
    expect((must(allLabelled('Số liệu từ ngày')[1]) as HTMLInputElement).value).toBe('01/01/2026');

    await typeInto(id, 'Đợt 2');
    expect(fieldOf(id)).toContain('mã kỳ báo cáo gồm chữ thường không dấu');
    expect(pageText()).toMatch(/Kỳ báo cáo \(2\) ⚠/);
    await typeInto(id, 'dot-hai');
    expect(fieldOf(id)).not.toContain('mã kỳ báo cáo');
    await typeInto(must(allLabelled('Trước giờ (nếu có)')[1]) as HTMLInputElement, '10:00');

    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(services.built.at(-1)?.reportingRounds.map((r) => [r.id, r.deadlineTime])).toEqual([
      ['ket-thuc', undefined],
      ['dot-hai', '10:00'],
    ]);
    await click(buttonNamed('Bỏ Báo cáo đợt 2'));
    expect(pageText()).toContain('Kỳ báo cáo (1)');
  });

  it('should keep a blank line being typed in the basis, take the lines, and let the signer be removed', async () => {
    const services = fakeServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    await click(buttonNamed('Căn cứ, nơi nhận, người ký'));
    const basis = labelled('Căn cứ (mỗi văn bản một dòng)') as HTMLTextAreaElement;
    expect(basis.value).toBe(presetCampaign().basis.join('\n'));
    await typeIntoArea(basis, 'Kế hoạch số 1/KH-LĐLĐ\n');
    expect(basis.value).toBe('Kế hoạch số 1/KH-LĐLĐ\n');
    await typeIntoArea(basis, 'Kế hoạch số 1/KH-LĐLĐ\nChương trình công tác năm 2025');
    expect(fieldOf(basis)).toContain('Có 2 văn bản căn cứ');
    await typeIntoArea(labelled('Nơi nhận (mỗi nơi một dòng)') as HTMLTextAreaElement, 'Thường trực Huyện ủy\n\nLưu: VP');

    await click(buttonNamed('Bỏ người ký'));
    expect(pageText()).toContain('Chưa có người ký: phần chữ ký trên báo cáo để trống.');
    await typeInto(labelled('Họ và tên người ký') as HTMLInputElement, 'Trần Thị Lan');
    expect(fieldOf(labelled('Chức vụ (ví dụ CHỦ TỊCH)'))).toContain('không được để trống.');
    await typeInto(labelled('Chức vụ (ví dụ CHỦ TỊCH)') as HTMLInputElement, 'CHỦ TỊCH');

    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(services.built.at(-1)).toMatchObject({
      basis: ['Kế hoạch số 1/KH-LĐLĐ', 'Chương trình công tác năm 2025'],
      recipients: ['Thường trực Huyện ủy', 'Lưu: VP'],
      signer: { onBehalf: '', title: 'CHỦ TỊCH', name: 'Trần Thị Lan' },
    });
  });

  it('should share a target by hand: one input per unit, typed text kept, a decimal refused, the sum shown', async () => {
    const services = fakeServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    // Three units keep the form small enough for jsdom.
    const campaign: Campaign = { ...presetCampaign(), units: presetCampaign().units.slice(0, 3) };
    await choose(labelled('Mở tệp chiến dịch (.json)'), 'ba-don-vi.json', JSON.stringify(campaign));
    const target = must(campaign.targets[0]);
    await click(buttonNamed(/^Chỉ tiêu giao/));
    const allocation = must(allLabelled('Giao cho đơn vị')[0]);
    await pick(allocation, 'Giao từng đơn vị (tự nhập)');
    const [first, second] = campaign.units;
    const one = labelled(`${must(first).name} (${must(first).code})`) as HTMLInputElement;
    const two = labelled(`${must(second).name} (${must(second).code})`) as HTMLInputElement;
    expect(allLabelled(`${must(first).name} (${must(first).code})`)).toHaveLength(1);
    expect(pageText()).toContain(`Tổng phân bổ: 0 / ${target.value}`);

    await typeInto(one, '1.200');
    await typeInto(two, '0,5');
    expect([one.value, two.value]).toEqual(['1.200', '0,5']);
    // A share of a count is a whole number: "0,5" stays as typed, is said so, and adds nothing.
    expect(fieldOf(two)).toContain('"0,5" có phần lẻ');
    expect(pageText()).toContain(`Tổng phân bổ: 1.200 / ${target.value}`);
    await typeInto(two, 'một');
    expect(fieldOf(two)).toContain('"một" không phải là số. Nhập số không âm, ví dụ 3.');
    expect(fieldOf(one)).not.toContain('không phải là số');
    await typeInto(two, '');

    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    const built = must(services.built.at(-1)).targets.find((t) => t.indicator === target.indicator);
    expect(built?.allocation).toEqual({ method: 'manual', values: { [must(first).code]: 1200 } });
  });

  it('should add an own indicator whose fields show the schema messages, and build with it', async () => {
    const services = fakeServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    await click(buttonNamed(/^Nội dung theo dõi \(/));
    await click(buttonNamed('Thêm nội dung riêng (ngoài danh mục)'));
    const label = labelled('Tên nội dung') as HTMLInputElement;
    expect(fieldOf(label)).toContain('không được để trống.');
    expect(fieldOf(label).match(/không được để trống/g)).toHaveLength(1);
    await typeInto(label, 'Số buổi đối thoại tại nơi làm việc');
    expect(fieldOf(label)).not.toContain('không được để trống.');

    const code = labelled('Mã nội dung') as HTMLInputElement;
    await typeInto(code, 'TT01');
    expect(fieldOf(code)).toContain('mã nội dung TT01 bị trùng.');
    await typeInto(code, 'dt01');
    expect(code.value).toBe('DT01');
    expect(fieldOf(code)).not.toContain('bị trùng');
    await typeInto(labelled('Đơn vị tính') as HTMLInputElement, 'buổi');
    await pick(labelled('Kiểu số liệu'), 'Số thập phân');
    await pick(labelled('Thuộc phần'), 'Xây dựng tổ chức Công đoàn');

    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(must(services.built.at(-1)).indicators.at(-1)).toMatchObject({
      code: 'DT01',
      label: { vi: 'Số buổi đối thoại tại nơi làm việc' },
      measure: 'buổi',
      type: 'decimal',
      section: 'organisation',
    });
    await click(buttonNamed('Bỏ Số buổi đối thoại tại nơi làm việc'));
    expect(pageText()).not.toContain('Nội dung riêng');
  });
});

