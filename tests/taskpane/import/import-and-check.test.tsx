/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder, TextEncoder } from 'node:util';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderXlsx } from '../../../src/adapters/xlsx';
import type { Campaign } from '../../../src/core';
import { t } from '../../../src/core/messages';
import type { MessageKey, Params } from '../../../src/core/messages';
import { PRESETS } from '../../../src/core/presets';
import { buildCampaignWorkbooks, fillLayout } from '../../../src/workbook';
import type { CellValue } from '../../../src/workbook/layout';
import { CheckView } from '../../../src/taskpane/check/CheckView';
import { ImportView } from '../../../src/taskpane/import/ImportView';
import { initialCampaignState, useCampaignStore } from '../../../src/taskpane/shared/campaign-store';
import { formFingerprints, readReturn } from '../../../src/taskpane/shared/file-workbooks';
import type { FlowServices } from '../../../src/taskpane/shared/flow-context';
import { JobProgress } from '../../../src/taskpane/shared/JobProgress';
import { useReturnsFlow } from '../../../src/taskpane/shared/use-returns-flow';
import { idleFlowServices } from '../fake-flow-services';
import { buttonNamed, chooseFiles, click, fileOf, labelled, pageText, render, stubBrowserApis, whenIdle } from '../dom-helpers';
import type { Rendered } from '../dom-helpers';

/**
 * Steps 3 and 4 over the real returns reader (on the main thread: jsdom has no Worker) and the real
 * check: each file's outcome with its counts and filter, a file chosen twice taken once (in one
 * import and across two), a Word file named for what it is, and the units grouped by status.
 */
stubBrowserApis();
// jsdom has no TextEncoder, which the fingerprint's SHA-256 uses; browsers and Office have.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const vi = (key: MessageKey, params: Params = {}) => t(key, params, 'vi');
const preset = PRESETS[0];
if (preset === undefined) throw new Error('no preset');
const campaign = preset.build({ year: 2025 });
const other: Campaign = { ...campaign, id: `${campaign.id}-khac`, title: 'Kế hoạch của huyện Đông Hà' };

const services: FlowServices = { ...idleFlowServices(), readReturn, expectedFingerprints: formFingerprints, saveFile: () => undefined };

function Steps() {
  const store = useCampaignStore(() => initialCampaignState(undefined, 2025, undefined));
  const flow = useReturnsFlow(store, campaign, services);
  return (
    <FluentProvider theme={webLightTheme}>
      {flow.job !== undefined && <JobProgress job={flow.job} lang="vi" onCancel={flow.cancel} />}
      <ImportView campaign={campaign} files={flow.files} validation={flow.validation} lang="vi" busy={flow.job !== undefined} inExcel={false} onChoose={(f) => void flow.importFiles(f)} onClear={flow.clearFiles} />
      <CheckView validation={flow.validation} units={campaign.units} lang="vi" busy={false} />
    </FluentProvider>
  );
}

function answer(c: Campaign): Map<string, CellValue> {
  return new Map(c.indicators.map((i) => [i.code, i.type === 'yesno' ? 'Có' : i.type === 'text' ? 'Đã làm' : i.type === 'date' ? { date: c.period.end } : 1]));
}

const header = (date: string) => ({ reporter: 'Nguyễn Văn A', reportDate: { date } });
const dayAfter = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

async function returns() {
  const mine = buildCampaignWorkbooks(campaign).fillIns;
  const theirs = buildCampaignWorkbooks(other).fillIns;
  const [u0, u1, u2, u3] = mine;
  const t3 = theirs[3];
  if (u0 === undefined || u1 === undefined || u2 === undefined || u3 === undefined || t3 === undefined) throw new Error('preset has fewer than four units');
  const word = campaign.indicators.find((i) => i.type === 'integer');
  if (word === undefined) throw new Error('no integer indicator');
  const onTime = await renderXlsx(fillLayout(u0.layout, answer(campaign), header(campaign.period.end)));
  const late = await renderXlsx(fillLayout(u1.layout, answer(campaign), header(dayAfter(campaign.deadline, 2))));
  const spoilt = await renderXlsx(fillLayout(u2.layout, new Map([...answer(campaign), [word.code, 'mười hai']]), header(campaign.period.end)));
  const foreign = await renderXlsx(fillLayout(t3.layout, answer(other), header(other.period.end)));
  const letter = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/plans/nam-2025-bao-cao-dinh-ky.docx')));
  return { onTime, late, spoilt, foreign, letter, word, units: { u0, u2 } };
}

let rendered: Rendered | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
  document.body.innerHTML = '';
});

describe('steps 3 and 4: each file’s outcome and the units by status', () => {
  it('should count each outcome, take a file chosen twice once, filter, and group the units rejected, late, not sent', async () => {
    const files = await returns();
    rendered = await render(<Steps />);
    const input = labelled(vi('pane.import.label')) as HTMLInputElement;
    await chooseFiles(input, [
      fileOf(files.onTime, 'A.xlsx'),
      fileOf(files.late, 'B.xlsx'),
      fileOf(files.spoilt, 'C.xlsx'),
      fileOf(files.foreign, 'D.xlsx'),
      fileOf(files.onTime, 'A (1).xlsx'),
      fileOf(files.letter, 'thu.docx'),
    ]);
    await whenIdle();
    // Hand-worked: A counted, B late, C and the letter with errors, D another campaign's, A (1) a copy of A.
    expect(pageText()).toContain('Đã đọc 6 tệp: 1 được tính, 1 nộp muộn, 2 có lỗi, 1 của kế hoạch khác, 1 trùng, 0 không tính.');
    expect(pageText()).toContain('Tệp "thu.docx" là một văn bản Word (.docx), không phải báo cáo của đơn vị.');
    expect(pageText()).toContain('tệp này là báo cáo của kế hoạch "Kế hoạch của huyện Đông Hà", không phải của kế hoạch');
    expect(pageText()).not.toContain(other.id);

    // Friday: the same return again, under yet another name, is still taken once.
    await chooseFiles(input, [fileOf(files.onTime, 'A-gui-lai.xlsx')]);
    await whenIdle();
    expect(pageText()).toContain('Đã đọc 7 tệp: 1 được tính, 1 nộp muộn, 2 có lỗi, 1 của kế hoạch khác, 2 trùng, 0 không tính.');

    await click(buttonNamed('Trùng (2)'));
    const list = document.querySelector(`ul[aria-label="${vi('pane.import.title')}"]`);
    expect([...(list?.querySelectorAll(':scope > li') ?? [])].map((li) => li.querySelector('span')?.textContent)).toEqual(['A (1).xlsx', 'A-gui-lai.xlsx']);
    expect(pageText()).toContain('Đang hiện 2/7 tệp.');
    expect(pageText()).toContain('Tệp "A-gui-lai.xlsx" đã được chọn (trùng nội dung với "A.xlsx"); chỉ tính một lần.');
    await click(buttonNamed('Tất cả (7)'));
    expect(list?.querySelectorAll(':scope > li')).toHaveLength(7);

    // Step 4: rejected first, then late, then not sent; D named nobody of this campaign, so its unit has sent nothing.
    const headings = () => [...document.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings().slice(0, 3)).toEqual(['Bị trả lại: 1 đơn vị', 'Nộp muộn: 1 đơn vị', `Chưa nộp: ${campaign.units.length - 3} đơn vị`]);
    const rejected = document.querySelector('table[aria-labelledby="check-group-rejected"]');
    const headers = [...(rejected?.querySelectorAll('th') ?? [])].map((th) => th.textContent);
    expect(headers).toEqual(['Đơn vị', 'Người liên hệ', 'Điện thoại']);
    const unit2 = files.units.u2.unit;
    const firstRow = [...(rejected?.querySelectorAll('tbody tr')[0]?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
    expect(firstRow).toEqual([`${unit2.code} — ${unit2.name}`, unit2.contact?.name ?? '', unit2.contact?.phone ?? '']);
    // One cause, one finding: the word typed in a number cell is named once for its cell.
    const cell = files.units.u2.layout.answerCells.get(files.word.code) ?? '';
    const findings = [...(rejected?.querySelectorAll('li') ?? [])].filter((li) => li.textContent?.includes(`ô ${cell}`));
    expect(findings).toHaveLength(1);

    // Errors only: the rejected unit and its errors; no late or missing group, no warning.
    await click(document.querySelector('input[role="switch"]') as Element);
    expect(headings()).toEqual(['Bị trả lại: 1 đơn vị']);
    const badges = [...document.querySelectorAll('table li')].map((li) => li.textContent ?? '');
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.every((text) => text.startsWith(vi('issue.error')))).toBe(true);
  }, 120_000);
});
