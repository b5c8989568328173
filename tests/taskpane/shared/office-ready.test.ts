import { whenOfficeReady } from '../../../src/taskpane/shared/office-ready';

describe('whenOfficeReady', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('should start at once in file mode when office.js did not load', async () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe('undefined');
    await expect(whenOfficeReady()).resolves.toBe('browser');
  });

  it.each([
    ['Excel', 'excel'],
    [null, 'browser'], // office.js loaded in a plain browser tab
  ])('should wait for Office.onReady (host %s → %s)', async (host, expected) => {
    const onReady = jest.fn(async () => ({ host, platform: null }));
    Object.assign(globalThis, { Office: { onReady, HostType: { Excel: 'Excel' } } });
    await expect(whenOfficeReady()).resolves.toBe(expected);
    expect(onReady).toHaveBeenCalledTimes(1);
  });
});
