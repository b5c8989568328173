/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { TextDecoder, TextEncoder } from 'node:util';
import { act } from 'react';
import type { Campaign } from '../../../src/core';
import { parseCampaign } from '../../../src/core';
import { t } from '../../../src/core/messages';
import { renderXlsx } from '../../../src/adapters/xlsx';
import { readReturnFile } from '../../../src/adapters/xlsx/read-return';
import { buildCampaignWorkbooks } from '../../../src/workbook';
import { App } from '../../../src/taskpane/App';
import type { PaneServices } from '../../../src/taskpane/campaign/use-campaign-workbook';
import { createExcelActions } from '../../../src/taskpane/shared/excel-actions';
import { FakeExcel } from '../../adapters/office/fake-excel';
import { PROVINCE_TITLE, provinceCampaignInput, smallCampaign } from '../../helpers/campaign';
import { campaignStepServices } from '../fake-flow-services';
import { buttonNamed, click, labelled, pageText, render, settle, stubBrowserApis } from '../dom-helpers';
import type { Rendered } from '../dom-helpers';

stubBrowserApis();
// jsdom has no TextEncoder (the fingerprint's SHA-256 uses it); browsers and Office have.
Object.assign(globalThis, { TextEncoder, TextDecoder });

function provinceCampaign(): Campaign {
  const parsed = parseCampaign(provinceCampaignInput());
  if (!parsed.ok) throw new Error('province campaign invalid');
  return parsed.value;
}

/** The fill-in a campaign sends to one of its units, as .xlsx bytes. */
async function formFor(campaign: Campaign, unitCode: string): Promise<Uint8Array> {
  const fillIn = buildCampaignWorkbooks(campaign).fillIns.find((f) => f.unit.code === unitCode);
  if (fillIn === undefined) throw new Error(`no unit ${unitCode}`);
  return renderXlsx(fillIn.layout);
}

function fakeServices(): PaneServices & { readonly built: Campaign[] } {
  return { ...campaignStepServices(), readReturn: (file) => readReturnFile(file.bytes, file.name) };
}

async function choose(input: HTMLElement, name: string, bytes: Uint8Array): Promise<void> {
  const file = new File([new Uint8Array(bytes)], name);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  for (let i = 0; i < 20 && pageText().includes('Đang đọc'); i += 1) await settle();
  for (let i = 0; i < 3; i += 1) await settle();
}

const parentInput = () => labelled(t('parent.pane.fileLabel'));

async function download(services: { readonly built: Campaign[] }): Promise<Campaign | undefined> {
  await click(buttonNamed(t('pane.download.button')));
  await settle();
  return services.built.at(-1);
}

describe('ParentLinkControl: "Nhận kế hoạch của cấp trên"', () => {
  let view: Rendered | undefined;
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
  });

  it('should link the preset campaign to the province by the form it sent, say so, and build the master with the link', async () => {
    const services = fakeServices();
    view = await render(<App services={services} host="browser" initialYear={2025} />);
    await choose(parentInput(), 'tinh-gui-HT.xlsx', await formFor(provinceCampaign(), 'HT'));
    expect(pageText()).toContain(`Báo cáo lên: ${PROVINCE_TITLE} — mã đơn vị của huyện: HT`);
    // The preset names its own parent body: kept, the difference said.
    expect(pageText()).toContain('Giữ "Cơ quan cấp trên" đã nhập: Liên đoàn Lao động tỉnh Hà Trung. Mẫu của cấp trên ghi: Liên đoàn Lao động tỉnh Tây Ninh');
    // The preset's district is not the one the form was made for: said, not changed.
    expect(pageText()).toContain('Mẫu này cấp trên làm cho "LĐLĐ huyện Hòa Thành", còn đơn vị ban hành kế hoạch này là "Liên đoàn Lao động huyện Yên Khê".');
    const built = await download(services);
    expect(built?.parent).toEqual({ campaignId: 'tinh-tay-ninh-dot-2-2025', unitCode: 'HT', title: PROVINCE_TITLE });
    expect(built?.organization.parent).toBe('Liên đoàn Lao động tỉnh Hà Trung');
  });

  it('should keep the link when another year is chosen, and drop it on "Bỏ liên kết với cấp trên"', async () => {
    const services = fakeServices();
    view = await render(<App services={services} host="browser" initialYear={2025} />);
    await choose(parentInput(), 'tinh-gui-TB.xlsx', await formFor(provinceCampaign(), 'TB'));
    const year = labelled(t('pane.year.label')) as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    await act(async () => {
      setter?.call(year, '2026');
      year.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(pageText()).toContain('mã đơn vị của huyện: TB');
    expect((await download(services))?.parent).toEqual({ campaignId: 'tinh-tay-ninh-dot-2-2025', unitCode: 'TB', title: PROVINCE_TITLE });

    await click(buttonNamed(t('parent.pane.unlink')));
    expect(pageText()).not.toContain('Báo cáo lên:');
    expect((await download(services))?.parent).toBeUndefined();
  });

  it.each([
    ['a grassroots union’s form', 'XA01.xlsx', async () => formFor(smallCampaign(), 'XA01'), 'là mẫu báo cáo dành cho công đoàn cơ sở "CĐCS xã Trường Hòa", không phải cho một LĐLĐ huyện'],
    ['a file that is not a workbook', 'ke-hoach.xlsx', async () => new TextEncoder().encode('LIÊN ĐOÀN LAO ĐỘNG TỈNH'), 'không phải mẫu báo cáo do phần mềm Báo cáo Dân vận của cấp trên phát hành'],
  ])('should refuse %s with a Vietnamese sentence and link nothing', async (_what, name, bytes, sentence) => {
    const services = fakeServices();
    view = await render(<App services={services} host="browser" initialYear={2025} />);
    await choose(parentInput(), name, await bytes());
    expect(pageText()).toContain(t('parent.pane.failedTitle'));
    expect(pageText()).toContain(sentence);
    expect(pageText()).not.toContain('Báo cáo lên:');
    expect((await download(services))?.parent).toBeUndefined();
  });

  it('should work inside Excel too: the master written into the open workbook keeps the link, and reopening shows it', async () => {
    const fake = new FakeExcel();
    const excel = createExcelActions({ lang: () => 'vi', run: fake.run });
    const services = { ...fakeServices(), excel, readOpenCampaign: excel.readOpenCampaign };
    view = await render(<App services={services} host="excel" initialYear={2025} />);
    await choose(parentInput(), 'tinh-gui-HT.xlsx', await formFor(provinceCampaign(), 'HT'));
    await click(buttonNamed(t('pane.excel.writeMaster')));
    for (let i = 0; i < 50 && !fake.sheetNames().includes('_danvan'); i += 1) await settle();
    const stored = await excel.readOpenCampaign();
    expect(stored.ok && stored.value?.parent).toEqual({ campaignId: 'tinh-tay-ninh-dot-2-2025', unitCode: 'HT', title: PROVINCE_TITLE });

    // The next day: the pane opens on that master and says where its report goes.
    await view.unmount();
    view = await render(<App services={services} host="excel" initialYear={2025} />);
    for (let i = 0; i < 10 && !pageText().includes('Báo cáo lên:'); i += 1) await settle();
    expect(pageText()).toContain(`Báo cáo lên: ${PROVINCE_TITLE} — mã đơn vị của huyện: HT`);
    expect(pageText()).toContain(t('parent.pane.unlink'));
  });
});
