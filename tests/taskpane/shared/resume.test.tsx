/** @jest-environment jsdom */
import { act } from 'react';
import { deserialize, serialize } from 'node:v8';
import { TextDecoder, TextEncoder } from 'node:util';
import type { Campaign } from '../../../src/core';
import { parseCampaignJson } from '../../../src/core/campaign-file';
import { PRESETS } from '../../../src/core/presets';
import { App } from '../../../src/taskpane/App';
import type { PaneServices } from '../../../src/taskpane/campaign/use-campaign-workbook';
import type { CampaignKeeper, KeptCampaign } from '../../../src/taskpane/shared/campaign-keeper';
import { campaignStepServices } from '../fake-flow-services';
import { buttonNamed, click, labelled, pageText, render, settle, stubBrowserApis, typeInto } from '../dom-helpers';
import type { Rendered } from '../dom-helpers';

stubBrowserApis();
// jsdom has no TextEncoder; every WebView the pane runs in does.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder });

/**
 * A keeper over one slot, copying what it keeps by structured clone (node:v8's serializer, the
 * algorithm IndexedDB uses), so a state given back shares objects as it did and nothing else.
 */
function memoryKeeper(): CampaignKeeper & { slot: Buffer | undefined; saves: number } {
  const keeper = {
    slot: undefined as Buffer | undefined,
    saves: 0,
    load: async () => (keeper.slot === undefined ? undefined : (deserialize(keeper.slot) as KeptCampaign)),
    save: async (kept: KeptCampaign) => {
      keeper.slot = serialize(kept);
      keeper.saves += 1;
    },
    clear: async () => {
      keeper.slot = undefined;
    },
  };
  return keeper;
}

type Services = PaneServices & { readonly built: Campaign[]; readonly files: { bytes: Uint8Array; fileName: string }[] };

function services(keeper: CampaignKeeper, random: string): Services {
  const files: { bytes: Uint8Array; fileName: string }[] = [];
  return { ...campaignStepServices(), campaignKeeper: keeper, drawRandom: () => random, saveFile: (bytes, fileName) => files.push({ bytes, fileName }), files };
}

const RANDOM_1 = '11111111-0000-4000-8000-000000000000';
const RANDOM_2 = '22222222-0000-4000-8000-000000000000';

let rendered: Rendered | undefined;
async function open(s: Services): Promise<void> {
  rendered = await render(<App services={s} host="browser" initialYear={2025} />);
  for (let i = 0; i < 3; i += 1) await settle();
}
async function close(): Promise<void> {
  await rendered?.unmount();
  rendered = undefined;
  document.body.innerHTML = '';
}
afterEach(close);

/** The keeper writes a burst of changes once, a moment after the last. */
async function keptSettled(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 400));
  });
}

const presetTitle = () => PRESETS[0]?.build({ year: 2025 }).title ?? '';

describe('the campaign kept across visits (file mode)', () => {
  it('should offer the kept preset campaign by title and continue it with its edits and its id', async () => {
    const keeper = memoryKeeper();
    const first = services(keeper, RANDOM_1);
    await open(first);
    await click(buttonNamed(/^Thông tin chung/));
    await typeInto(labelled('Tên kế hoạch') as HTMLInputElement, 'Kế hoạch tháng Ba của huyện');
    await keptSettled();
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    const issued = first.built.at(-1);
    expect(issued?.id).toMatch(/-11111111$/);
    await keptSettled();
    await close();

    // The next day: a fresh pane would draw another random part; the kept campaign keeps its own.
    const second = services(keeper, RANDOM_2);
    await open(second);
    expect(pageText()).toContain('Chiến dịch đang làm dở');
    expect(pageText()).not.toContain('Kế hoạch mẫu');
    await click(buttonNamed('Tiếp tục chiến dịch "Kế hoạch tháng Ba của huyện"'));
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(second.built.at(-1)).toEqual(issued);
  });

  it('should start a new campaign when asked, and forget the kept one', async () => {
    const keeper = memoryKeeper();
    await open(services(keeper, RANDOM_1));
    await click(buttonNamed(/^Thông tin chung/));
    await typeInto(labelled('Tên kế hoạch') as HTMLInputElement, 'Kế hoạch cũ');
    await keptSettled();
    await close();
    const second = services(keeper, RANDOM_2);
    await open(second);
    await click(buttonNamed('Bắt đầu chiến dịch mới'));
    await settle();
    expect(keeper.slot).toBeUndefined();
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    expect(second.built.at(-1)).toMatchObject({ title: presetTitle() });
    expect(second.built.at(-1)?.id).toMatch(/-22222222$/);
  });

  it('should offer nothing on a first visit, and keep nothing before a change', async () => {
    const keeper = memoryKeeper();
    await open(services(keeper, RANDOM_1));
    expect(pageText()).not.toContain('Chiến dịch đang làm dở');
    expect(pageText()).toContain('Kế hoạch mẫu');
    await keptSettled();
    expect(keeper.saves).toBe(0);
  });

  it('should save the campaign as a .json the core reads back, and warn before closing only while changes are unsaved', async () => {
    const s = services(memoryKeeper(), RANDOM_1);
    await open(s);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    // A preset left as it is can be made again: nothing to lose.
    expect(leave()).toBe(false);
    await click(buttonNamed(/^Thông tin chung/));
    await typeInto(labelled('Tên kế hoạch') as HTMLInputElement, 'Kế hoạch đã sửa');
    expect(leave()).toBe(true);
    expect(pageText()).toContain('Chưa lưu thay đổi');
    await click(buttonNamed('Lưu chiến dịch (.json)'));
    const saved = s.files.at(-1);
    expect(saved?.fileName).toMatch(/^chien-dich-ldld-.+-11111111\.json$/);
    const read = parseCampaignJson(new TextDecoder().decode(saved?.bytes), saved?.fileName);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.title).toBe('Kế hoạch đã sửa');
    expect(read.value.id).toMatch(/-11111111$/);
    expect(leave()).toBe(false);
    expect(pageText()).not.toContain('Chưa lưu thay đổi');
    // Another change is unsaved again; writing the master saves it too.
    await typeInto(labelled('Tên kế hoạch') as HTMLInputElement, 'Kế hoạch đã sửa lần hai');
    expect(leave()).toBe(true);
    await click(buttonNamed('Tải sổ tổng hợp (.xlsx)'));
    await settle();
    expect(leave()).toBe(false);
  });
});
