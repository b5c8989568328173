import { COMMAND_TIMES, runFunctionCommand } from '../../src/commands/function-command';
import { FIVE_MINUTES, FakeOfficeRuntime } from './fake-office';

const texts = { working: 'working', stopping: 'stopping' };
const dialogUrl = (text: string) => `https://localhost:3000/message.html?text=${encodeURIComponent(text)}`;

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('runFunctionCommand', () => {
  it('should show a failure of the work itself, and complete once the dialog is closed', async () => {
    const office = new FakeOfficeRuntime();
    const done = runFunctionCommand({ event: office.event, runtime: office, dialogUrl, texts, work: () => Promise.reject(new Error('mạng hỏng')) });
    await jest.advanceTimersByTimeAsync(100);
    expect(office.openDialog()?.text).toBe('mạng hỏng');
    office.openDialog()?.send('close');
    await done;
    expect(office.completions).toBe(1);
  });

  it('should stop 30 seconds before Office does, with the times it is given by default', async () => {
    expect(FIVE_MINUTES - COMMAND_TIMES.stopAfterMs).toBe(30_000);
    expect(COMMAND_TIMES.warnAfterMs).toBeLessThan(COMMAND_TIMES.stopAfterMs);
    const office = new FakeOfficeRuntime();
    void runFunctionCommand({ event: office.event, runtime: office, dialogUrl, texts, work: () => new Promise<string>(() => undefined) });
    await jest.advanceTimersByTimeAsync(COMMAND_TIMES.stopAfterMs - 1);
    expect(office.shownTexts()).toEqual(['working', 'stopping']);
    expect(office.completions).toBe(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(office.completions).toBe(1);
    expect(office.dialogs.every((d) => !d.open)).toBe(true);
    expect(office.misuse).toEqual([]);
  });
});
