import { formatVietnamDateTime } from '../../src/core';

describe('formatVietnamDateTime', () => {
  it('should show a UTC time in Vietnam time (UTC+7), the day turning over at 17:00 UTC', () => {
    expect(formatVietnamDateTime('2026-01-06T02:30:00.000Z')).toBe('06/01/2026 09:30');
    expect(formatVietnamDateTime('2026-12-31T17:05:00Z')).toBe('01/01/2027 00:05');
  });

  it('should read any offset, and leave what is not a date-time as it is', () => {
    expect(formatVietnamDateTime('2026-01-06T09:30:00+07:00')).toBe('06/01/2026 09:30');
    expect(formatVietnamDateTime('không rõ')).toBe('không rõ');
  });
});
