/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://localhost:3000/commands.html", "customExportConditions": ["node", "require"]}
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder, TextEncoder } from 'node:util';
import { t } from '../../src/core';
import { createExcelActions } from '../../src/taskpane/shared/excel-actions';
import { smallCampaign } from '../helpers/campaign';
import { GOOD_ANSWERS } from '../helpers/raw-return';
import { FakeExcel } from '../adapters/office/fake-excel';
import { FIVE_MINUTES, FakeExcelHost, FakeOfficeRuntime } from './fake-office';
import { returned } from './returned';

/**
 * The ribbon command page (commands.ts, the manifest's FunctionFile) inside a fake Office runtime:
 * the real consolidation over the fake Excel, the dialog the user reads and closes, and the event
 * completed only then, once, and before Office's five minutes.
 */
Object.assign(globalThis, { TextEncoder, TextDecoder });

const campaign = smallCampaign();
const SUMMARY = 'Đã tổng hợp 1/3 đơn vị (0 nộp muộn, 2 chưa nộp, 0 bị trả lại): xem các trang Tổng hợp, Kiểm tra và Báo cáo.';
const WORKING = t('office.command.working', {}, 'vi');
const STOPPING = t('office.command.stopping', { minutes: 4 }, 'vi');

/** A master with one return imported, made before the clock is faked (exceljs needs real timers). */
async function masterWithOneReturn(): Promise<FakeExcel> {
  const fake = new FakeExcel();
  const actions = createExcelActions({ lang: () => 'vi', run: fake.run });
  expect((await actions.writeMaster(campaign)).ok).toBe(true);
  const control = { signal: new AbortController().signal, onProgress: () => undefined };
  expect((await actions.importReturns(campaign, [await returned(campaign, 0, GOOD_ANSWERS)], control)).ok).toBe(true);
  return fake;
}

type Session = { office: FakeOfficeRuntime; host: FakeExcelHost; fake: FakeExcel; associated: Map<string, (event: unknown) => void> };

/** Installs the fake runtime as the page's `Office` and `Excel`, then loads the page as Office would. */
async function loadPage(fake: FakeExcel): Promise<Session> {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  const office = new FakeOfficeRuntime(fake.requirements);
  const host = new FakeExcelHost(fake.run);
  const associated = new Map<string, (event: unknown) => void>();
  Object.assign(globalThis, {
    Office: Object.assign(office, {
      onReady: (ready?: () => void) => Promise.resolve().then(() => ready?.()),
      actions: { associate: (id: string, action: (event: unknown) => void) => associated.set(id, action) },
    }),
    Excel: { run: host.run },
  });
  await jest.isolateModulesAsync(async () => {
    await import('../../src/commands/commands');
  });
  return { office, host, fake, associated };
}

/** The user presses Tổng hợp on the ribbon. */
async function click(session: Session): Promise<void> {
  await jest.advanceTimersByTimeAsync(0); // Office.onReady
  const action = session.associated.get('consolidateWorkbook');
  if (!action) throw new Error(`nothing associated; got ${[...session.associated.keys()].join(', ')}`);
  action(session.office.event);
}

/** Completed once, by us, before Office's five minutes, and nothing called after. */
function expectStoppedInTime(office: FakeOfficeRuntime): void {
  expect(office.completions).toBe(1);
  expect(office.timedOut).toBe(false);
  expect(office.endedAt).toBeLessThan(FIVE_MINUTES);
  expect(office.misuse).toEqual([]);
}

async function wait(ms: number): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
}

afterEach(() => {
  jest.useRealTimers();
  Reflect.deleteProperty(globalThis, 'Office');
  Reflect.deleteProperty(globalThis, 'Excel');
});

describe('the ribbon command page', () => {
  it('should associate the function the manifest names with Office.actions.associate', async () => {
    const manifest = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    const session = await loadPage(new FakeExcel());
    await wait(0);
    expect([...session.associated.keys()]).toEqual(names);
  });

  it('should consolidate, show the outcome, and complete only when the user presses Đóng', async () => {
    const session = await loadPage(await masterWithOneReturn());
    const { office } = session;
    await click(session);
    await wait(1000);

    expect(session.fake.sheetNames()).toEqual(expect.arrayContaining(['Tổng hợp', 'Kiểm tra', 'Báo cáo']));
    expect(session.host.options).toEqual([{ delayForCellEdit: true }]);
    const dialog = office.openDialog();
    expect(dialog?.text).toBe(SUMMARY);
    expect(dialog?.url.startsWith('https://localhost:3000/message.html?')).toBe(true);
    expect(office.completions).toBe(0);

    await wait(60_000); // reading
    expect(office.openDialog()).toBe(dialog);
    dialog?.send('close');
    expect(dialog?.open).toBe(false);
    expect(office.completions).toBe(1);
    await wait(FIVE_MINUTES);
    expect(office.completions).toBe(1);
    expect(office.misuse).toEqual([]);
    expect(office.timedOut).toBe(false);
  });

  it('should complete when the user closes the dialog with its X (12006)', async () => {
    const session = await loadPage(await masterWithOneReturn());
    await click(session);
    await wait(1000);
    const dialog = session.office.openDialog();
    expect(dialog?.text).toBe(SUMMARY);
    expect(session.office.completions).toBe(0);
    dialog?.closeByUser();
    expect(session.office.completions).toBe(1);
    await wait(FIVE_MINUTES);
    expect(session.office.misuse).toEqual([]);
  });

  it('should ignore other messages from the dialog', async () => {
    const session = await loadPage(await masterWithOneReturn());
    await click(session);
    await wait(1000);
    session.office.openDialog()?.send('hello');
    expect(session.office.openDialog()?.open).toBe(true);
    expect(session.office.completions).toBe(0);
  });

  it('should say so in the dialog when the open workbook is not a master', async () => {
    const session = await loadPage(new FakeExcel());
    await click(session);
    await wait(1000);
    expect(session.office.openDialog()?.text).toMatch(/^Sổ đang mở không phải sổ tổng hợp/);
    session.office.openDialog()?.send('close');
    expect(session.office.completions).toBe(1);
  });

  it.each([
    [12009, 'the user chose Ignore at the prompt'],
    [12011, 'the browser blocked the pop-up'],
  ])('should complete after the work when the dialog cannot open (%i: %s)', async (code) => {
    const session = await loadPage(await masterWithOneReturn());
    session.office.refusals.push(code);
    await click(session);
    await wait(1000);
    expect(session.office.answers).toEqual([code]);
    expect(session.fake.sheetNames()).toContain('Báo cáo');
    expect(session.office.completions).toBe(1);
    expect(session.office.misuse).toEqual([]);
  });

  it('should try again when Office says a dialog is still open (12007)', async () => {
    const session = await loadPage(await masterWithOneReturn());
    session.office.refusals.push(12007, 12007);
    await click(session);
    await wait(2000);
    expect(session.office.answers).toEqual([12007, 12007, 'opened']);
    expect(session.office.openDialog()?.text).toBe(SUMMARY);
    expect(session.office.completions).toBe(0);
  });

  it('should give the dialog up, and complete, when 12007 never ends', async () => {
    const session = await loadPage(await masterWithOneReturn());
    session.office.refusals.push(...Array.from({ length: 100 }, () => 12007));
    await click(session);
    await wait(60_000);
    expect(session.office.answers.length).toBeGreaterThan(2);
    expect(session.office.answers).not.toContain('opened');
    expect(session.office.completions).toBe(1);
    expect(session.office.misuse).toEqual([]);
  });

  it('should complete when the dialog page cannot be loaded (12002)', async () => {
    const session = await loadPage(await masterWithOneReturn());
    await click(session);
    await wait(1000);
    const dialog = session.office.openDialog();
    dialog?.failToLoad();
    expect(dialog?.open).toBe(false);
    expect(session.office.completions).toBe(1);
  });

  it('should complete after the work where there is no dialog API', async () => {
    const session = await loadPage(await masterWithOneReturn());
    session.office.dialogApi = false;
    session.host.editing = true;
    await click(session);
    await wait(20_000);
    expect(session.office.completions).toBe(0);
    session.host.leaveCell();
    await wait(1000);
    expect(session.office.dialogs).toEqual([]);
    expect(session.fake.sheetNames()).toContain('Báo cáo');
    expect(session.office.completions).toBe(1);
  });

  it('should wait while the user edits a cell, say why, then show the outcome in place of the notice', async () => {
    const session = await loadPage(await masterWithOneReturn());
    session.host.editing = true;
    await click(session);
    await wait(20_000);
    expect(session.fake.sheetNames()).not.toContain('Báo cáo');
    expect(session.office.openDialog()?.text).toBe(WORKING);

    session.host.leaveCell();
    await wait(2000);
    expect(session.fake.sheetNames()).toContain('Báo cáo');
    expect(session.office.shownTexts()).toEqual([WORKING, SUMMARY]);
    expect(session.office.openDialog()?.text).toBe(SUMMARY);
    expect(session.office.completions).toBe(0);
    session.office.openDialog()?.send('close');
    expect(session.office.completions).toBe(1);
    expect(session.office.misuse).toEqual([]);
  });

  it('should keep working after the user closes the notice, and show the outcome when done', async () => {
    const session = await loadPage(await masterWithOneReturn());
    session.host.editing = true;
    await click(session);
    await wait(20_000);
    session.office.openDialog()?.closeByUser();
    expect(session.office.completions).toBe(0);
    session.host.leaveCell();
    await wait(1000);
    expect(session.office.openDialog()?.text).toBe(SUMMARY);
  });

  it('should warn, then stop before Office\'s five minutes when the work does not end', async () => {
    const session = await loadPage(await masterWithOneReturn());
    session.host.editing = true;
    await click(session);
    await wait(4 * 60_000 + 1000);
    expect(session.office.openDialog()?.text).toBe(STOPPING);
    expect(session.office.completions).toBe(0);

    await wait(FIVE_MINUTES);
    expectStoppedInTime(session.office);
  });

  it('should stop before the five minutes when the user leaves the outcome open', async () => {
    const session = await loadPage(await masterWithOneReturn());
    await click(session);
    await wait(4 * 60_000);
    expect(session.office.openDialog()?.text).toBe(SUMMARY);
    expect(session.office.completions).toBe(0);
    await wait(FIVE_MINUTES);
    expectStoppedInTime(session.office);
  });
});
