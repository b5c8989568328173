/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from 'node:util';
import { act } from 'react';
import type { Campaign } from '../../../src/core';
import { App } from '../../../src/taskpane/App';
import type { PaneServices } from '../../../src/taskpane/campaign/use-campaign-workbook';
import { localOrganisationStore, ORGANISATION_KEY } from '../../../src/taskpane/shared/organisation-store';
import { parseCampaignJson } from '../../../src/core/campaign-file';
import { PRESETS } from '../../../src/core/presets';
import { campaignStepServices } from '../fake-flow-services';
import { buttonNamed, click, pageText, render, settle, stubBrowserApis } from '../dom-helpers';
import type { Rendered } from '../dom-helpers';

stubBrowserApis();
// jsdom has no TextEncoder; every WebView the pane runs in does.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder });

const ORGANISATION = { name: 'Liên đoàn Lao động huyện Mường Tè', parent: 'Liên đoàn Lao động tỉnh Lai Châu', place: 'Mường Tè', signer: { name: 'Lò Thị Mai', title: 'PHÓ CHỦ TỊCH', onBehalf: '' } };

afterEach(() => window.localStorage.clear());

describe('localOrganisationStore', () => {
  it('should keep the organisation under the partition key Office gives, and read it back', () => {
    const store = localOrganisationStore(() => window.localStorage, 'p1');
    expect(store.load()).toBeUndefined();
    expect(store.save(ORGANISATION)).toBe(true);
    expect(JSON.parse(window.localStorage.getItem(`p1${ORGANISATION_KEY}`) ?? 'null')).toEqual(ORGANISATION);
    expect(localOrganisationStore(() => window.localStorage, 'p1').load()).toEqual(ORGANISATION);
    // Another partition (another Office context) does not see it; no partition is its own.
    expect(localOrganisationStore(() => window.localStorage, 'p2').load()).toBeUndefined();
    expect(localOrganisationStore(() => window.localStorage, undefined).load()).toBeUndefined();
  });

  it('should say when storage is blocked, and ask again rather than use a damaged value', () => {
    const blocked = localOrganisationStore(() => {
      throw new DOMException('denied', 'SecurityError');
    }, undefined);
    expect(blocked.save(ORGANISATION)).toBe(false);
    expect(blocked.load()).toBeUndefined();
    expect(localOrganisationStore(() => undefined, undefined).save(ORGANISATION)).toBe(false);
    window.localStorage.setItem(ORGANISATION_KEY, '{"name": ""');
    expect(localOrganisationStore(() => window.localStorage, undefined).load()).toBeUndefined();
    window.localStorage.setItem(ORGANISATION_KEY, JSON.stringify({ ...ORGANISATION, place: '' }));
    expect(localOrganisationStore(() => window.localStorage, undefined).load()).toBeUndefined();
  });
});

/** The input of a field by its label, the required mark (" *") aside. */
function field(text: string): HTMLElement {
  const label = [...document.querySelectorAll('label')].find((l) => (l.textContent ?? '').replace(/\s*\*\s*$/, '').trim() === text);
  const control = label === undefined ? null : document.getElementById(label.htmlFor);
  if (control === null) throw new Error(`no field "${text}"`);
  return control;
}

/** Types into an input React controls. */
async function type(input: HTMLElement, value: string): Promise<void> {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  await act(async () => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the organisation form (first use)', () => {
  let rendered: Rendered | undefined;
  afterEach(async () => {
    await rendered?.unmount();
    rendered = undefined;
    document.body.innerHTML = '';
  });
  const open = async (services: PaneServices) => {
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    await settle();
  };

  it('should ask once, refuse empty required fields, then issue preset campaigns in its name and remember it', async () => {
    const saved: Uint8Array[] = [];
    const services: PaneServices & { readonly built: Campaign[] } = {
      ...campaignStepServices(),
      // The real presets: their plan number, basis and units stay the sample's until replaced.
      presets: PRESETS,
      saveFile: (bytes) => saved.push(bytes),
      drawRandom: () => '11111111-0000-4000-8000-000000000000',
      organisationStore: localOrganisationStore(() => window.localStorage, undefined),
    };
    await open(services);
    expect(pageText()).toContain('Thông tin đơn vị của anh/chị');
    expect(pageText()).not.toContain('Kế hoạch mẫu');
    await click(buttonNamed('Lưu thông tin đơn vị'));
    expect(pageText().match(/Bắt buộc nhập\./g)).toHaveLength(4);
    await type(field('Tên đơn vị (ví dụ Liên đoàn Lao động huyện Phong Thổ)'), ORGANISATION.name);
    await type(field('Cơ quan cấp trên (ví dụ Liên đoàn Lao động tỉnh Lai Châu)'), ORGANISATION.parent);
    await type(field('Địa danh ghi ở dòng ngày tháng (ví dụ Phong Thổ)'), ORGANISATION.place);
    await type(field('Họ tên người ký'), ORGANISATION.signer.name);
    await type(field('Chức vụ người ký (ví dụ CHỦ TỊCH)'), ORGANISATION.signer.title);
    await click(buttonNamed('Lưu thông tin đơn vị'));
    expect(pageText()).toContain('Kế hoạch mẫu');
    // The master is not written while samples remain; the campaign file is, to go on with later.
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(services.built).toEqual([]);
    expect(buttonNamed('Tải sổ tổng hợp (.xlsx)').getAttribute('aria-disabled')).toBe('true');
    await click(buttonNamed('Lưu chiến dịch (.json)'));
    const read = parseCampaignJson(new TextDecoder().decode(saved.at(-1)), 'chien-dich.json');
    const issued = read.ok ? read.value : undefined;
    expect(issued?.organization).toEqual({ name: ORGANISATION.name, parent: ORGANISATION.parent });
    expect(issued?.place).toBe('Mường Tè');
    expect(issued?.signer).toMatchObject({ name: 'Lò Thị Mai', title: 'PHÓ CHỦ TỊCH' });
    expect(issued?.id).toMatch(/^ldld-muong-te-.+-11111111$/);
    // What is still the sample's is said in words: the plan number, the units.
    expect(pageText()).toContain('Còn giá trị mẫu cần thay');
    expect(pageText()).toContain('vẫn là giá trị mẫu');
    expect(pageText()).toContain('đơn vị mẫu của huyện Thanh Lâm');
    expect(pageText()).not.toContain('"Đơn vị ban hành" vẫn là giá trị mẫu');
    await rendered?.unmount();
    document.body.innerHTML = '';

    // The next visit: remembered, not asked.
    await open({ ...campaignStepServices(), organisationStore: localOrganisationStore(() => window.localStorage, undefined) });
    expect(pageText()).not.toContain('Thông tin đơn vị của anh/chị');
    expect(pageText()).toContain(`Sửa thông tin đơn vị: ${ORGANISATION.name}`);
  });
});
