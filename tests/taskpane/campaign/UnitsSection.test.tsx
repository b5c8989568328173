/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Campaign } from '../../../src/core';
import { OWN_PRESETS as PRESETS } from '../../helpers/own-district';
import { App } from '../../../src/taskpane/App';
import { campaignStepServices } from '../fake-flow-services';
import { buttonNamed, chooseFile, click, labelled, pageText, render, stubBrowserApis, typeInto } from '../dom-helpers';
import type { Rendered } from '../dom-helpers';

stubBrowserApis();

function presetCampaign(): Campaign {
  const first = PRESETS[0];
  if (first === undefined) throw new Error('no presets');
  return first.build({ year: 2025 });
}

/** A form field by its label, Fluent's " *" of a required one left out. */
function field(label: string): HTMLInputElement {
  const found = [...document.querySelectorAll('label')].find((l) => (l.textContent ?? '').trim().replace(/\s*\*$/, '') === label);
  const control = found === undefined ? null : document.getElementById(found.htmlFor);
  if (!(control instanceof HTMLInputElement)) throw new Error(`No input labelled "${label}"`);
  return control;
}
const messageUnder = (control: HTMLElement) => control.closest('.fui-Field')?.querySelector('.fui-Field__validationMessage')?.textContent ?? '';

let rendered: Rendered | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
  document.body.innerHTML = '';
});

describe('one unit in a form', () => {
  it('should add a unit with every field, refusing a taken code, a decimal count and blanks in plain words', async () => {
    const services = campaignStepServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    const preset = presetCampaign();
    const first = preset.units[0];
    if (first === undefined) throw new Error('the preset has no units');
    await click(buttonNamed(/^Đơn vị \(/));
    await click(buttonNamed('Thêm một đơn vị'));

    await typeInto(field('Mã đơn vị'), first.code.toLowerCase());
    await typeInto(field('Số đoàn viên'), '12,5');
    await typeInto(field('Số CNVCLĐ'), 'mười');
    await click(buttonNamed('Lưu đơn vị'));
    expect(messageUnder(field('Mã đơn vị'))).toBe(`Mã ${first.code} đã dùng cho ${first.name}: chọn mã khác.`);
    expect(messageUnder(field('Tên đơn vị'))).toBe('Nhập tên đơn vị, ví dụ CĐCS Trường THCS Tân Lập.');
    expect(messageUnder(field('Khối'))).toBe('Nhập khối của đơn vị, ví dụ Giáo dục.');
    expect(messageUnder(field('Số đoàn viên'))).toBe('Nhập số nguyên không âm, ví dụ 35 (đang là "12,5"); để trống nếu chưa biết.');
    expect(messageUnder(field('Số CNVCLĐ'))).toBe('Nhập số nguyên không âm, ví dụ 35 (đang là "mười"); để trống nếu chưa biết.');
    expect(pageText()).not.toMatch(/chuỗi chữ|Expected|Required/);

    await typeInto(field('Mã đơn vị'), 'TL99');
    await typeInto(field('Tên đơn vị'), 'CĐCS Trường Mầm non Hoa Sen');
    await typeInto(field('Khối'), 'Giáo dục');
    await typeInto(field('Số đoàn viên'), '1.200');
    await typeInto(field('Số CNVCLĐ'), '');
    await typeInto(field('Người liên hệ'), 'Lê Thị Hoa');
    await typeInto(field('Điện thoại'), '0912 345 678');
    await click(buttonNamed('Lưu đơn vị'));
    expect(pageText()).toContain('Đã lưu đơn vị TL99 – CĐCS Trường Mầm non Hoa Sen.');
    expect(pageText()).toContain(`Đơn vị (${preset.units.length + 1})`);

    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(services.built.at(-1)?.units.at(-1)).toEqual({
      code: 'TL99',
      name: 'CĐCS Trường Mầm non Hoa Sen',
      group: 'Giáo dục',
      members: 1200,
      contact: { name: 'Lê Thị Hoa', phone: '0912 345 678' },
    });
  });

  it('should edit a unit in place, its fields filled from it, and keep it in its row', async () => {
    const services = campaignStepServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    const preset = presetCampaign();
    const second = preset.units[1];
    if (second === undefined) throw new Error('the preset has fewer than two units');
    await click(buttonNamed(/^Đơn vị \(/));
    await click(buttonNamed(`Sửa ${second.name}`));
    expect(pageText()).toContain(`Sửa đơn vị ${second.code}`);
    expect(field('Tên đơn vị').value).toBe(second.name);
    expect(field('Mã đơn vị').value).toBe(second.code);
    // Its own code is not "taken".
    await typeInto(field('Điện thoại'), '0987 000 111');
    await click(buttonNamed('Lưu đơn vị'));
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    const units = services.built.at(-1)?.units ?? [];
    expect(units.map((u) => u.code)).toEqual(preset.units.map((u) => u.code));
    expect(units[1]).toEqual({ ...second, contact: { ...second.contact, phone: '0987 000 111' } });
  });

  it('should close the form without a change on "Huỷ"', async () => {
    const services = campaignStepServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    await click(buttonNamed(/^Đơn vị \(/));
    await click(buttonNamed('Thêm một đơn vị'));
    await typeInto(field('Mã đơn vị'), 'X1');
    await click(buttonNamed('Huỷ'));
    expect(() => labelled('Mã đơn vị')).toThrow();
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(services.built.at(-1)?.units).toEqual(presetCampaign().units);
  });
});

const messageBars = () => [...document.querySelectorAll('.fui-MessageBar')].map((bar) => (bar.textContent ?? '').replace(/\s+/g, ' '));

describe('loading a unit list into a campaign that has units', () => {
  /** XA01 and XA02 with new figures (and no contact), one new unit, one row (5) whose member count is a word. */
  const withBadRow = readFileSync(join(__dirname, '../../fixtures/units/hai-cu-mot-moi-mot-loi.csv'), 'utf8');

  async function load(csv: string): Promise<void> {
    await click(buttonNamed(/^Đơn vị \(/));
    await chooseFile(labelled('Danh sách đơn vị (.csv, .xlsx)'), 'don-vi.csv', csv);
  }

  it('should ask whether to replace or merge, and never drop units on a replace when the list has bad rows', async () => {
    const services = campaignStepServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    const preset = presetCampaign();
    const count = preset.units.length;
    await load(withBadRow);
    expect(pageText()).toContain(`Tệp don-vi.csv có 3 đơn vị đọc được và 1 dòng lỗi. Chiến dịch đang có ${count} đơn vị.`);
    // Nothing changed while the question is open.
    expect(pageText()).toContain(`Đơn vị (${count})`);

    await click(buttonNamed('Thay danh sách'));
    const bar = messageBars().find((text) => text.includes('Đã thay danh sách đơn vị từ don-vi.csv')) ?? '';
    expect(bar).toContain(`Đã thêm 1 đơn vị, giữ nguyên ${count - 2}, cập nhật 2, bỏ 0.`);
    expect(bar).toContain(`nên ${count - 2} đơn vị không có trong danh sách mới vẫn được giữ lại`);
    expect(bar).toContain('Bỏ qua 1 dòng có lỗi');
    expect(bar).toMatch(/Dòng 5, cột "Số đoàn viên"/);
    expect(pageText()).toContain(`Đơn vị (${count + 1})`);
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    const units = services.built.at(-1)?.units ?? [];
    expect(units.slice(0, 3).map((u) => u.code)).toEqual(['XA01', 'XA02', 'DN50']);
    expect(units.find((u) => u.code === 'XA01')).toMatchObject({ members: 40, workforce: 42 });
    expect(units.map((u) => u.code).sort()).toEqual([...preset.units.map((u) => u.code), 'DN50'].sort());
  });

  it('should merge: keep every current unit in its place, update the same codes, add the new ones at the end', async () => {
    const services = campaignStepServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    const preset = presetCampaign();
    const count = preset.units.length;
    await load(withBadRow);
    await click(buttonNamed('Gộp vào danh sách'));
    const bar = messageBars().find((text) => text.includes('Đã gộp danh sách đơn vị từ don-vi.csv')) ?? '';
    expect(bar).toContain(`Đã thêm 1 đơn vị, giữ nguyên ${count - 2}, cập nhật 2, bỏ 0.`);
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(services.built.at(-1)?.units.map((u) => u.code)).toEqual([...preset.units.map((u) => u.code), 'DN50']);
  });

  it('should drop the units a clean list no longer has on a replace, and say how many', async () => {
    const services = campaignStepServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    const count = presetCampaign().units.length;
    await load(['Mã,Tên đơn vị,Khối', 'XA01,CĐCS thị trấn Yên Khê,Xã - thị trấn', 'DN50,CĐCS Công ty May Hòa Phát,Doanh nghiệp', ''].join('\n'));
    await click(buttonNamed('Thay danh sách'));
    expect(messageBars().join(' ')).toContain(`Đã thêm 1 đơn vị, giữ nguyên 0, cập nhật 1, bỏ ${count - 1}.`);
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(services.built.at(-1)?.units.map((u) => u.code)).toEqual(['XA01', 'DN50']);
  });

  it('should change nothing when the file is put aside or cannot be a unit list', async () => {
    const services = campaignStepServices();
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    const preset = presetCampaign();
    await load(withBadRow);
    await click(buttonNamed('Không dùng tệp này'));
    expect(pageText()).not.toContain('Thay hay gộp danh sách đơn vị?');

    await chooseFile(labelled('Danh sách đơn vị (.csv, .xlsx)'), 'sai.csv', 'Họ tên,Tuổi\nAn,30\n');
    await click(buttonNamed('Thay danh sách'));
    expect(messageBars().join(' ')).toContain(`Không nạp được danh sách đơn vị từ tệp này; danh sách hiện có (${preset.units.length} đơn vị) giữ nguyên.`);
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(services.built.at(-1)?.units).toEqual(preset.units);
  });
});
