/** @jest-environment jsdom */
import { downloadFile, XLSX_MIME_TYPE } from '../../../src/taskpane/shared/download-file';

describe('downloadFile', () => {
  const createObjectURL = jest.fn((blob: Blob) => `blob:test/${blob.size}`);
  const revokeObjectURL = jest.fn();

  beforeAll(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });
  beforeEach(() => {
    jest.useFakeTimers();
    createObjectURL.mockClear();
    revokeObjectURL.mockClear();
  });
  afterEach(() => jest.useRealTimers());

  it('should click a hidden anchor carrying the file name, then clean up', () => {
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    const onClick = (event: Event) => {
      const anchor = event.target as HTMLAnchorElement;
      event.preventDefault(); // jsdom would try to navigate
      clicked.push({ href: anchor.href, download: anchor.download, attached: document.body.contains(anchor) });
    };
    document.addEventListener('click', onClick);
    try {
      downloadFile(new Uint8Array([1, 2, 3]), 'so-tong-hop.xlsx', XLSX_MIME_TYPE);
    } finally {
      document.removeEventListener('click', onClick);
    }

    expect(clicked).toEqual([{ href: 'blob:test/3', download: 'so-tong-hop.xlsx', attached: true }]);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob?.type).toBe(XLSX_MIME_TYPE);
    expect(document.querySelector('a')).toBeNull();
    expect(revokeObjectURL).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:test/3');
  });
});
