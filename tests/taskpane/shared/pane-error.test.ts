import { buildError, describePaneError } from '../../../src/taskpane/shared/pane-error';

describe('buildError', () => {
  it.each([
    ['a failed chunk download', Object.assign(new Error('Loading chunk 7 failed'), { name: 'ChunkLoadError' }), { code: 'loadFailed' }],
    ['any other error', new Error('disk full'), { code: 'buildFailed', detail: 'disk full' }],
    ['a thrown string', 'boom', { code: 'buildFailed', detail: 'boom' }],
  ])('should classify %s', (_, cause, expected) => {
    expect(buildError(cause)).toEqual(expected);
  });
});

describe('describePaneError', () => {
  it('should word errors in both languages', () => {
    expect(describePaneError({ code: 'buildFailed', detail: 'disk full' }, 'vi')).toContain('Không tạo được sổ tổng hợp (disk full)');
    expect(describePaneError({ code: 'buildFailed', detail: 'disk full' }, 'en')).toContain('Could not create the master workbook (disk full)');
    expect(describePaneError({ code: 'presetFailed', preset: 'x', detail: 'y' }, 'vi')).toContain('"x"');
    expect(describePaneError({ code: 'loadFailed' }, 'en')).toContain('Check the network connection');
  });
});
