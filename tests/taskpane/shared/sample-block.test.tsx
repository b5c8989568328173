/** @jest-environment jsdom */
import { TextEncoder } from 'node:util';
import { consolidate, sampleValuesIn, validateReturns } from '../../../src/core';
import type { Campaign, Consolidation } from '../../../src/core';
import { PRESETS } from '../../../src/core/presets';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../../src/taskpane/App';
import { ConsolidateView } from '../../../src/taskpane/consolidate/ConsolidateView';
import type { PaneServices } from '../../../src/taskpane/campaign/use-campaign-workbook';
import { writeMaster } from '../../../src/taskpane/campaign/write-master';
import { saveReport, writeReport } from '../../../src/taskpane/consolidate/consolidate-actions';
import { downloadFillIns } from '../../../src/taskpane/publish/publish-actions';
import type { FlowAction, FlowContext } from '../../../src/taskpane/shared/flow-context';
import type { ExcelActions } from '../../../src/taskpane/shared/excel-types';
import type { OrganisationStore } from '../../../src/taskpane/shared/organisation-store';
import { OWN_PRESETS } from '../../helpers/own-district';
import { smallCampaign } from '../../helpers/campaign';
import { campaignStepServices } from '../fake-flow-services';
import { buttonNamed, chooseFile, click, clickTab, labelled, pageText, render, settle, stubBrowserApis, typeInto, typeIntoArea } from '../dom-helpers';
import type { Rendered } from '../dom-helpers';

stubBrowserApis();
// jsdom has no TextEncoder; every WebView the pane runs in does.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder });

/** A district that told the pane who it is on an earlier visit. */
const REMEMBERED: OrganisationStore = {
  load: () => ({ name: 'Liên đoàn Lao động huyện Quế Sơn', parent: 'Liên đoàn Lao động tỉnh Bình Giang', place: 'Quế Sơn', signer: { name: 'Phạm Đức Toàn', title: 'CHỦ TỊCH', onBehalf: '' } }),
  save: () => true,
};

/** The district's own list: its codes, names and contacts (none of the sample's). */
const OWN_UNITS_CSV = [
  'Mã,Tên đơn vị,Khối,Số đoàn viên,Số CNVCLĐ,Người liên hệ,Điện thoại',
  'QS01,CĐCS xã Quế Phú,Xã - thị trấn,31,33,Đoàn Thị Hạnh,0235 3881 201',
  'QS02,CĐCS Trường THCS Quế Sơn,Giáo dục,44,46,Lê Công Minh,0235 3881 202',
  'QS03,CĐCS Công ty TNHH Dệt Quế Phước,Doanh nghiệp,260,300,Trần Thị Thu,0235 3881 203',
].join('\n');

const ariaDisabled = (name: string) => buttonNamed(name).getAttribute('aria-disabled');

/** The text of the element a button's aria-describedby points to. */
function describedBy(name: string): string {
  const id = buttonNamed(name).getAttribute('aria-describedby') ?? '';
  return (document.getElementById(id)?.textContent ?? '').replace(/\s+/g, ' ');
}

describe('the presets the other pane tests start from', () => {
  it('should hold sample values in every real preset and none in the district-own ones', () => {
    for (const preset of PRESETS) expect(sampleValuesIn(preset.build({ year: 2025 })).map((s) => s.path)).toContain('units');
    for (const preset of OWN_PRESETS) expect(sampleValuesIn(preset.build({ year: 2025 }))).toEqual([]);
  });
});

describe('writing while sample values remain (file mode)', () => {
  let rendered: Rendered | undefined;
  afterEach(async () => {
    await rendered?.unmount();
    rendered = undefined;
    document.body.innerHTML = '';
  });

  it('should keep the master and the forms unwritten, say what to replace, and write them once replaced', async () => {
    let zips = 0;
    const services: PaneServices & { readonly built: Campaign[] } = {
      ...campaignStepServices(),
      presets: PRESETS,
      organisationStore: REMEMBERED,
      createFillInZip: async () => {
        zips += 1;
        return new Uint8Array([0x50, 0x4b]);
      },
    };
    rendered = await render(<App services={services} host="browser" initialYear={2025} />);
    await settle();

    // The organisation is the district's; the preset's plan number, basis and units are not.
    expect(pageText()).toContain('Còn giá trị mẫu cần thay');
    expect(pageText()).toContain('"Số kế hoạch" vẫn là giá trị mẫu ("81/KH-LĐLĐ")');
    expect(pageText()).toContain('Danh sách còn 39 đơn vị mẫu của huyện Thanh Lâm (XA01, XA02, XA03, XA04, XA05…)');
    expect(pageText()).not.toContain('"Đơn vị ban hành" vẫn là giá trị mẫu');
    expect(ariaDisabled('Tải sổ tổng hợp (.xlsx)')).toBe('true');
    // The button is described by the sentence alone; the items are listed under it, just above the button.
    expect(describedBy('Tải sổ tổng hợp (.xlsx)')).toBe(
      'Sổ tổng hợp chỉ tải được (và ghi được vào bảng tính) khi 4 mục sau, vẫn là dữ liệu mẫu của huyện Thanh Lâm (giả định), đã được thay bằng thông tin của đơn vị mình:',
    );
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(services.built).toEqual([]);

    await clickTab('2. Phát hành');
    expect(ariaDisabled('Tải tất cả mẫu báo cáo (.zip)')).toBe('true');
    expect(describedBy('Tải tất cả mẫu báo cáo (.zip)')).toBe(
      'Mẫu báo cáo gửi các đơn vị mang tên đơn vị, số kế hoạch và danh sách đơn vị của chiến dịch; còn 4 mục là dữ liệu mẫu. Thay ở bước "1. Chiến dịch" thì mới tải được:',
    );
    expect(pageText()).toContain('"Số kế hoạch" vẫn là giá trị mẫu ("81/KH-LĐLĐ"). Thay bằng thông tin của đơn vị mình ở mục "Thông tin chung".');
    await click(buttonNamed('Tải tất cả mẫu báo cáo (.zip)'));
    expect(zips).toBe(0);

    // The officer goes back to step 1 from the warning and puts the district's own data in, as the sentences say.
    await click(buttonNamed('Sang thẻ 1. Chiến dịch'));
    expect(document.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('1. Chiến dịch');
    await click(buttonNamed(/^Thông tin chung/));
    await typeInto(labelled('Số kế hoạch') as HTMLInputElement, '09/KH-LĐLĐ');
    await click(buttonNamed('Căn cứ, nơi nhận, người ký'));
    await typeIntoArea(labelled('Căn cứ (mỗi văn bản một dòng)') as HTMLTextAreaElement, 'Kế hoạch số 52/KH-LĐLĐ ngày 04/11/2025 của Ban Thường vụ Liên đoàn Lao động tỉnh Bình Giang');
    expect(pageText()).toContain('Danh sách còn 39 đơn vị mẫu');
    await click(buttonNamed(/^Đơn vị \(/));
    await chooseFile(labelled('Danh sách đơn vị (.csv, .xlsx)'), 'don-vi-que-son.csv', OWN_UNITS_CSV);
    await click(buttonNamed('Thay danh sách'));
    await settle();

    expect(pageText()).not.toContain('Còn giá trị mẫu cần thay');
    expect(pageText()).not.toContain('Chưa ghi được khi còn giá trị mẫu');
    expect(ariaDisabled('Tải sổ tổng hợp (.xlsx)')).not.toBe('true');
    expect(buttonNamed('Tải sổ tổng hợp (.xlsx)').hasAttribute('aria-describedby')).toBe(false);
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    await settle();
    const master = services.built.at(-1);
    expect(master?.plan.number).toBe('09/KH-LĐLĐ');
    expect(master?.units.map((u) => u.code)).toEqual(['QS01', 'QS02', 'QS03']);
    expect(JSON.stringify(master)).not.toMatch(/Thanh Lâm|Nam Sơn|Nguyễn Văn Khải|81\/KH-LĐLĐ/u);

    await clickTab('2. Phát hành');
    expect(ariaDisabled('Tải tất cả mẫu báo cáo (.zip)')).not.toBe('true');
    await click(buttonNamed('Tải tất cả mẫu báo cáo (.zip)'));
    await settle();
    expect(zips).toBe(1);
  });
});

describe('the Tổng hợp step of a campaign with sample values', () => {
  it("should keep the report's buttons off, described by what to replace, in Excel as in file mode", async () => {
    const own = smallCampaign();
    const consolidation = consolidate(own, validateReturns(own, []));
    const noop = () => undefined;
    const view = await render(
      <FluentProvider theme={webLightTheme}>
        <ConsolidateView campaign={PRESETS[0]!.build({ year: 2025 })} consolidation={consolidation} lang="vi" busy={false} onDownload={noop} onDownloadDocument={noop} onWrite={noop} />
      </FluentProvider>,
    );
    for (const name of ['Ghi báo cáo tổng hợp vào sổ', 'Tải báo cáo tổng hợp (.xlsx)', 'Tải văn bản báo cáo (.docx)']) {
      expect(ariaDisabled(name)).toBe('true');
      expect(describedBy(name)).toBe('Báo cáo tổng hợp mang tên đơn vị, số kế hoạch và người ký của chiến dịch; còn 9 mục là dữ liệu mẫu. Thay ở bước "1. Chiến dịch" thì mới ghi được báo cáo:');
    }
    expect(pageText()).toContain('"Họ và tên người ký" vẫn là giá trị mẫu ("Nguyễn Văn Khải")');
    await view.unmount();
    const ownView = await render(
      <FluentProvider theme={webLightTheme}>
        <ConsolidateView campaign={own} consolidation={consolidation} lang="vi" busy={false} onDownload={noop} onDownloadDocument={noop} onWrite={noop} />
      </FluentProvider>,
    );
    expect(ariaDisabled('Tải báo cáo tổng hợp (.xlsx)')).not.toBe('true');
    expect(pageText()).not.toContain('Chưa ghi được khi còn giá trị mẫu');
    await ownView.unmount();
  });
});

describe('each write action on its own', () => {
  const sample = PRESETS[0]!.build({ year: 2025 });
  const consolidation = {} as Consolidation;

  /** A step's context over `campaign` whose file and Excel edges count their calls. */
  function context(campaign: Campaign) {
    const calls: string[] = [];
    const actions: FlowAction[] = [];
    const count = (name: string) => async () => {
      calls.push(name);
      return new Uint8Array([0x50, 0x4b]);
    };
    const excel = {
      writeMaster: async () => {
        calls.push('excel.writeMaster');
        return { ok: true, value: { sheets: [], skipped: '' } };
      },
      readUnitSheets: async () => {
        calls.push('excel.readUnitSheets');
        return { ok: true, value: [] };
      },
      writeReport: async () => {
        calls.push('excel.writeReport');
        return { ok: true, value: { sheets: [], skipped: '' } };
      },
    } as unknown as ExcelActions;
    const ctx = {
      campaign,
      consolidation,
      excel,
      returns: { files: [] },
      services: { createFillInZip: count('zip'), zipFileName: () => 'z.zip', saveFile: () => calls.push('saveFile'), now: () => new Date('2025-12-31T08:00:00Z') },
      runJob: async (_task: string, _total: number, work: (control: unknown) => Promise<unknown>) => {
        calls.push('runJob');
        await work({ signal: new AbortController().signal, onProgress: () => undefined });
      },
      dispatch: (action: FlowAction) => actions.push(action),
      store: () => undefined,
    } as unknown as FlowContext;
    return { ctx, calls, actions, report: count('report') };
  }

  it.each([
    ['the forms zip', (ctx: FlowContext) => downloadFillIns(ctx)],
    ['the master into Excel', (ctx: FlowContext) => writeMaster(ctx)],
    ['the report into Excel', (ctx: FlowContext) => writeReport(ctx)],
  ])('should refuse %s for a campaign with sample values, with the values listed', async (_what, act) => {
    const { ctx, calls, actions } = context(sample);
    await act(ctx);
    expect(calls).toEqual([]);
    const notice = actions.at(-1);
    const error = notice?.type === 'notice' && notice.notice?.kind === 'failed' ? notice.notice.error : undefined;
    // The preset as built, no organisation applied: its issuer, its documents and its units (recipients.0 is "LĐLĐ tỉnh Nam Sơn").
    expect(error?.code === 'samplesLeft' && error.samples.map((s) => s.path)).toEqual([
      'organization.name',
      'organization.parent',
      'plan.number',
      'place',
      'basis.0',
      'basis.1',
      'recipients.0',
      'signer.name',
      'units',
    ]);
  });

  it("should refuse the report file for a campaign with sample values, and make it for the district's own", async () => {
    const refused = context(sample);
    await saveReport(refused.ctx, refused.report, () => 'r.xlsx');
    expect(refused.calls).toEqual([]);
    const own = context(smallCampaign());
    await saveReport(own.ctx, own.report, () => 'r.xlsx');
    expect(own.calls).toEqual(['runJob', 'report', 'saveFile']);
  });
});
