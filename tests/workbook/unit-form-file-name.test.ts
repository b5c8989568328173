import { unitFormFileName } from '../../src/workbook';

describe('unitFormFileName', () => {
  it.each([
    [{ code: 'XA01', name: 'CĐCS xã Trường Hòa' }, 'XA01 - CĐCS xã Trường Hòa.xlsx'],
    // Windows refuses / : * ? " < > | in names; Zalo and e-mail pass the file on with its name.
    [{ code: 'DN07', name: 'CĐCS Công ty "Hòa Phát" / chi nhánh 2: Tây Ninh?' }, 'DN07 - CĐCS Công ty Hòa Phát chi nhánh 2 Tây Ninh.xlsx'],
    [{ code: 'GD02', name: '  CĐCS   Trường\tTHCS Lê Lợi ' }, 'GD02 - CĐCS Trường THCS Lê Lợi.xlsx'],
  ])('should name %j as %s', (unit, expected) => {
    expect(unitFormFileName(unit)).toBe(expected);
  });

  it('should keep a long name under 125 characters with its code first', () => {
    const name = unitFormFileName({ code: 'XA01', name: 'Công đoàn cơ sở '.repeat(20) });
    expect(name.startsWith('XA01 - Công đoàn cơ sở Công đoàn')).toBe(true);
    expect(name.endsWith('.xlsx')).toBe(true);
    expect(name.length).toBeLessThanOrEqual(125);
  });
});
