/** @jest-environment jsdom */
import type { Campaign } from '../../../src/core';
import { PRESETS } from '../../../src/core/presets';
import { App } from '../../../src/taskpane/App';
import { campaignStepServices } from '../fake-flow-services';
import { buttonNamed, chooseFile, click, labelled, render, stubBrowserApis } from '../dom-helpers';
import type { Rendered } from '../dom-helpers';

stubBrowserApis();

let rendered: Rendered | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
  document.body.innerHTML = '';
});

/** The table's rows as text, cell by cell. */
const rowsOf = (table: HTMLTableElement) => [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()));

describe("each unit's share of an allocated target, before publishing", () => {
  it('should table the shares of a target shared by members, worked out by largest remainder', async () => {
    const first = PRESETS[0];
    if (first === undefined) throw new Error('no presets');
    const preset = first.build({ year: 2025 });
    const [target] = preset.targets;
    if (target === undefined) throw new Error('the preset has no target');
    // XA01 36, XA02 27, XA03 24 members (87): 10 houses give 4.14, 3.10, 2.76, so 4, 3 and the one left to XA03.
    const units = preset.units.slice(0, 3).map((u, i) => ({ ...u, members: [36, 27, 24][i] ?? 0 }));
    const campaign: Campaign = { ...preset, units, targets: [{ ...target, value: 10, allocation: { method: 'proportional', basis: 'members' } }] };
    rendered = await render(<App services={campaignStepServices()} host="browser" initialYear={2025} />);
    await chooseFile(labelled('Mở tệp chiến dịch (.json)'), 'ba-don-vi.json', JSON.stringify(campaign));
    await click(buttonNamed(/^Chỉ tiêu giao/));

    const details = [...document.querySelectorAll('details')].find((d) => d.querySelector('summary')?.textContent === 'Xem phần giao từng đơn vị (3 đơn vị)');
    const table = details?.querySelector('table');
    if (!(table instanceof HTMLTableElement)) throw new Error('no share table');
    const label = preset.indicators.find((i) => i.code === target.indicator)?.label.vi ?? '';
    expect(table.caption?.textContent).toBe(`Phần giao từng đơn vị: ${label}`);
    expect(rowsOf(table)).toEqual([
      ['Đơn vị', 'Số đoàn viên', 'Phần giao'],
      [`XA01 ${units[0]?.name}`, '36', '4'],
      [`XA02 ${units[1]?.name}`, '27', '3'],
      [`XA03 ${units[2]?.name}`, '24', '3'],
      ['Cộng', '', 'Tổng phân bổ: 10 / 10'],
    ]);
  });

  it('should show no table for a target given to the district as a whole', async () => {
    rendered = await render(<App services={campaignStepServices()} host="browser" initialYear={2025} />);
    await click(buttonNamed(/^Chỉ tiêu giao/));
    expect([...document.querySelectorAll('summary')].some((s) => s.textContent?.startsWith('Xem phần giao từng đơn vị'))).toBe(false);
  });
});
