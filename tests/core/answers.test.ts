import { CATALOGUE, readAnswer, toIsoDate } from '../../src/core';
import type { Indicator, RawValue } from '../../src/core';
import { smallCampaign } from '../helpers/campaign';

const campaign = smallCampaign();
const ind = (code: string): Indicator => {
  const found = campaign.indicators.find((i) => i.code === code) ?? CATALOGUE.find((i) => i.code === code);
  if (!found) throw new Error(code);
  return found;
};
const read = (code: string, raw: RawValue) => {
  const r = readAnswer(ind(code), raw);
  return r.kind === 'value' ? r.value : r.kind === 'invalid' ? r.finding.code : 'empty';
};

describe('readAnswer', () => {
  it.each<[string, RawValue, unknown]>([
    ['TT02', 1200, 1200],
    ['TT02', '1.000', 1000],
    ['TT02', '1 200', 1200],
    ['TT02', '\u00a0350\u00a0', 350],
    ['TT02', '-', 0],
    ['TT02', 'không', 0],
    ['TT02', '   ', 'empty'],
    ['TT02', null, 'empty'],
    ['TT02', 'mười hai', 'return.notNumber'],
    ['TT02', '1,000', 'return.ambiguousNumber'],
    ['TT02', '1.5', 'return.ambiguousNumber'],
    ['TT02', 12.5, 'return.notInteger'],
    ['TT02', -3, 'return.negative'],
    ['TT02', true, 'return.notNumber'],
    ['TT02', { date: '2025-12-20' }, 'return.notNumber'],
    ['AS06', '12,5', 12.5],
    ['AS02', '1,5 triệu', 1.5],
    ['AS02', '2.500.000 đồng', 2.5],
    ['AS03', 'x', true],
    ['AS03', 'Có', true],
    ['AS03', 'KHÔNG', false],
    ['AS03', true, true],
    ['AS03', 'có lẽ', 'return.notYesNo'],
    ['TC02', 'hoàn thành  TỐT nhiệm vụ', 'Hoàn thành tốt nhiệm vụ'],
    ['TC02', 'Tốt', 'return.notChoice'],
    ['NT01', '17/12/2025', '2025-12-17'],
    ['NT01', '7-12-25', '2025-12-07'],
    ['NT01', 46008, '2025-12-17'],
    ['NT01', { date: '2025-12-18' }, '2025-12-18'],
    ['NT01', '12/17/2025', 'return.notDate'],
    ['NT01', '31/02/2025', 'return.notDate'],
    ['DG01', '=SUM(A1:A3)', '=SUM(A1:A3)'],
    ['DG01', 42, '42'],
  ])('should read %s %j as %j', (code, raw, expected) => {
    expect(read(code, raw)).toEqual(expected);
  });

  it('should quote the raw value in the finding', () => {
    const r = readAnswer(ind('TT02'), '1,000');
    expect(r.kind === 'invalid' && r.finding.params).toMatchObject({ raw: '1,000', label: 'Số lượt người tham dự' });
  });

  it('should keep an over-long text and note it', () => {
    const r = readAnswer(ind('DG01'), 'a'.repeat(1600));
    expect(r.kind === 'value' && r.notes.map((n) => n.code)).toEqual(['return.textTooLong']);
  });

  it('should never read rates, which are computed', () => {
    expect(readAnswer(ind('AS05'), 95).kind).toBe('empty');
  });
});

describe('toIsoDate', () => {
  it('should read Vietnamese long dates', () => {
    expect(toIsoDate('ngày 20 tháng 12 năm 2025')).toBe('2025-12-20');
  });
});
