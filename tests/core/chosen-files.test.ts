import { describeIssue, duplicateFileIssue, takeOnce } from '../../src/core';

// Hashes stand for contents: a, b, c.
const A = 'aa'.repeat(32);
const B = 'bb'.repeat(32);
const C = 'cc'.repeat(32);

describe('takeOnce', () => {
  it('should take a file chosen twice once, whatever its second name', () => {
    const chosen = [
      { name: 'XA01.xlsx', sha256: A },
      { name: 'GD02.xlsx', sha256: B },
      { name: 'XA01 (1).xlsx', sha256: A },
      { name: 'XA01.xlsx', sha256: A.toUpperCase() },
    ];
    const { taken, duplicates } = takeOnce(chosen);
    expect(taken.map((f) => f.name)).toEqual(['XA01.xlsx', 'GD02.xlsx']);
    expect(duplicates.map((d) => [d.file.name, d.first])).toEqual([
      ['XA01 (1).xlsx', 'XA01.xlsx'],
      ['XA01.xlsx', 'XA01.xlsx'],
    ]);
  });

  it('should leave out on Friday what Monday’s import already took, and take a resent file with new content', () => {
    const monday = [{ name: 'XA01.xlsx', sha256: A }];
    const friday = [
      { name: 'XA01-zalo.xlsx', sha256: A },
      { name: 'XA01.xlsx', sha256: C },
    ];
    const { taken, duplicates } = takeOnce(friday, monday);
    expect(taken).toEqual([{ name: 'XA01.xlsx', sha256: C }]);
    expect(describeIssue(duplicateFileIssue(duplicates[0]!))).toBe('Tệp "XA01-zalo.xlsx" đã được chọn (trùng nội dung với "XA01.xlsx"); chỉ tính một lần.');
  });
});
