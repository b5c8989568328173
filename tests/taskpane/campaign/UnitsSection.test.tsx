/** @jest-environment jsdom */
import type { Campaign } from '../../../src/core';
import { PRESETS } from '../../../src/core/presets';
import { App } from '../../../src/taskpane/App';
import { campaignStepServices } from '../fake-flow-services';
import { buttonNamed, click, labelled, pageText, render, stubBrowserApis, typeInto } from '../dom-helpers';
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
