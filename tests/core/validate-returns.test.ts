import { Campaign, describeIssue, medianWithout, validateReturns } from '../../src/core';
import type { Issue, RawValue, ValidationResult } from '../../src/core';
import { smallCampaign, smallCampaignInput } from '../helpers/campaign';
import { GOOD_ANSWERS, rawReturnFor } from '../helpers/raw-return';
import type { RawOptions } from '../helpers/raw-return';

const campaign = smallCampaign();

function validateOne(answers: Record<string, RawValue>, options: RawOptions = {}, unit = 'GD02'): ValidationResult {
  return validateReturns(campaign, [rawReturnFor(campaign, unit, answers, options)]);
}

/** The findings about the unit's own file, without the "missing" notes for the other units. */
const about = (result: ValidationResult, unit = 'GD02') => result.issues.filter((i) => i.unit === unit && i.code !== 'return.missing' && !i.code.startsWith('return.sentBack.'));
const brief = (issues: readonly Issue[]) => issues.map((i) => [i.severity, i.code, i.cell, i.indicator]);
const cellOf = (code: string, unit = 'GD02') => rawReturnFor(campaign, unit, {}).rows.find((r) => r.code === code)?.result.address;

describe('validateReturns: one return', () => {
  it('should accept a clean return on time', () => {
    const result = validateOne(GOOD_ANSWERS);
    expect(about(result)).toEqual([]);
    expect(result.units.find((u) => u.code === 'GD02')).toMatchObject({ status: 'on-time', file: 'GD02.xlsx' });
    expect(result.returns[0]?.ret?.values).toMatchObject({ TT01: 4, AS02: 5, AS03: true, NT01: '2025-12-16' });
  });

  it('should refuse an empty required answer, naming unit, file, sheet and cell', () => {
    const issues = about(validateOne({ ...GOOD_ANSWERS, TT01: null }));
    expect(brief(issues)).toEqual([['error', 'return.required', cellOf('TT01'), 'TT01']]);
    expect(issues[0]).toMatchObject({ unit: 'GD02', file: 'GD02.xlsx', sheet: 'Báo cáo' });
    expect(describeIssue(issues[0] as Issue)).toBe(
      `Trang "Báo cáo", ô ${cellOf('TT01')}: chưa điền "Số buổi tuyên truyền" (bắt buộc). Đề nghị đơn vị điền số liệu, nhập 0 nếu không có.`,
    );
  });

  it('should refuse a value of the wrong type and quote it', () => {
    const issues = about(validateOne({ ...GOOD_ANSWERS, TT02: 'hai trăm' }));
    expect(brief(issues)).toEqual([['error', 'return.notNumber', cellOf('TT02'), 'TT02']]);
    expect(describeIssue(issues[0] as Issue)).toContain('"hai trăm" không phải là số (Số lượt người tham dự)');
  });

  it('should refuse an ambiguous number rather than guess', () => {
    expect(brief(about(validateOne({ ...GOOD_ANSWERS, TT02: '1,000', TT03: 0 })))).toEqual([['error', 'return.ambiguousNumber', cellOf('TT02'), 'TT02']]);
  });

  it('should refuse a value outside the bounds', () => {
    const issues = about(validateOne({ ...GOOD_ANSWERS, TT01: 5000 }));
    expect(brief(issues)).toEqual([['error', 'return.outOfBounds', cellOf('TT01'), 'TT01']]);
    expect(describeIssue(issues[0] as Issue)).toContain('5.000 buổi nằm ngoài giới hạn cho phép (0 – 1.000)');
  });

  it('should refuse a "trong đó" larger than its total', () => {
    const issues = about(validateOne({ ...GOOD_ANSWERS, TT02: 100, TT03: 120 }));
    expect(brief(issues)).toEqual([['error', 'return.partExceedsWhole', cellOf('TT03'), 'TT03']]);
    expect(describeIssue(issues[0] as Issue)).toContain('"Lượt công nhân lao động tham dự" (120) lớn hơn "Số lượt người tham dự" (100)');
  });

  it('should ask for the number of gifts when their value is given', () => {
    expect(brief(about(validateOne({ ...GOOD_ANSWERS, AS01: 0, AS02: 3 })))).toEqual([['warning', 'return.requiresMissing', cellOf('AS01'), 'AS01']]);
  });

  it('should give one finding for a word typed in a cell a cross-check asks for', () => {
    // AS02 (value of gifts) = 3 asks for AS01 (number of gifts); AS01 holds "ba": the word is the one cause.
    expect(brief(about(validateOne({ ...GOOD_ANSWERS, AS01: 'ba', AS02: 3 })))).toEqual([['error', 'return.notNumber', cellOf('AS01'), 'AS01']]);
  });

  it('should warn below the unit target with the share reached', () => {
    const issues = about(validateOne({ ...GOOD_ANSWERS, TT01: 2 }));
    expect(brief(issues)).toEqual([['warning', 'return.belowTarget', cellOf('TT01'), 'TT01']]);
    expect(describeIssue(issues[0] as Issue)).toContain('"Số buổi tuyên truyền" đạt 2/4 buổi, bằng 50% chỉ tiêu giao.');
  });

  it('should ask to check a value far above the target', () => {
    expect(brief(about(validateOne({ ...GOOD_ANSWERS, TT01: 25 })))).toEqual([['warning', 'return.farAboveTarget', cellOf('TT01'), 'TT01']]);
  });

  it('should warn when the unit rate is below the rate target', () => {
    expect(brief(about(validateOne({ ...GOOD_ANSWERS, AS04: 20 })))).toEqual([['warning', 'return.rateBelowTarget', '', 'AS05']]);
  });

  it('should warn about a date outside the period', () => {
    expect(brief(about(validateOne({ ...GOOD_ANSWERS, NT01: '05/01/2026' })))).toEqual([['warning', 'return.dateOutsidePeriod', cellOf('NT01'), 'NT01']]);
  });

  it('should mark a report dated after the deadline as late', () => {
    const result = validateOne(GOOD_ANSWERS, { reportDate: '03/01/2026' });
    expect(brief(about(result))).toEqual([['warning', 'return.late', 'C9', '']]);
    expect(describeIssue(about(result)[0] as Issue)).toContain('báo cáo ngày 03/01/2026, sau hạn 02/01/2026: nộp muộn.');
    expect(result.units.find((u) => u.code === 'GD02')?.status).toBe('late');
  });

  it('should keep text that looks like a formula as text', () => {
    expect(validateOne({ ...GOOD_ANSWERS, DG01: '=HYPERLINK("http://x")' }).returns[0]?.ret?.values.DG01).toBe('=HYPERLINK("http://x")');
  });

  it('should refuse a file from another campaign', () => {
    const result = validateOne(GOOD_ANSWERS, { identity: { campaignId: 'dot-khac-2024' } });
    expect(brief(result.issues.filter((i) => i.code !== 'return.missing'))).toEqual([['error', 'return.otherCampaign', '', '']]);
    expect(result.returns[0]?.use).toBe('unidentified');
    expect(result.units.find((u) => u.code === 'GD02')?.status).toBe('missing');
  });

  it('should refuse an unknown unit', () => {
    const raw = rawReturnFor(campaign, 'GD02', GOOD_ANSWERS, { identity: { unitCode: 'ZZ99' } });
    const result = validateReturns(campaign, [raw]);
    expect(result.issues.filter((i) => i.code === 'return.unknownUnit')).toHaveLength(1);
  });

  it('should reject a template whose locked content was changed', () => {
    const result = validateOne(GOOD_ANSWERS, { computedFingerprint: 'f'.repeat(64) });
    expect(brief(about(result))).toEqual([['error', 'return.tampered', '', '']]);
    expect(result.units.find((u) => u.code === 'GD02')?.status).toBe('rejected');
    expect(result.returns[0]?.use).toBe('rejected');
  });

  it('should accept a file recognised by its header block, with a warning', () => {
    const result = validateOne(GOOD_ANSWERS, { identity: { source: 'header', campaignId: '', fingerprint: '' }, computedFingerprint: '' });
    expect(brief(about(result))).toEqual([['warning', 'return.fromHeaderOnly', '', '']]);
    expect(result.units.find((u) => u.code === 'GD02')?.status).toBe('on-time');
  });

  it('should report a deleted required row', () => {
    const result = validateOne(GOOD_ANSWERS, { rows: (rows) => rows.filter((r) => r.code !== 'TT01') });
    expect(brief(about(result))).toEqual([['error', 'return.missingRow', '', 'TT01']]);
  });
});

describe('validateReturns: a batch', () => {
  it('should let the later of two returns for a unit win and keep both listed', () => {
    const early = rawReturnFor(campaign, 'XA01', { ...GOOD_ANSWERS, TT01: 3, TC01: 1 }, { file: 'XA01-lan1.xlsx', reportDate: '28/12/2025' });
    const late = rawReturnFor(campaign, 'XA01', { ...GOOD_ANSWERS, TT01: 5, TC01: 1 }, { file: 'XA01-lan2.xlsx', reportDate: '30/12/2025' });
    const result = validateReturns(campaign, [late, early]);
    expect(result.returns.map((r) => [r.raw.file, r.use])).toEqual([
      ['XA01-lan2.xlsx', 'counted'],
      ['XA01-lan1.xlsx', 'superseded'],
    ]);
    const superseded = result.issues.find((i) => i.code === 'return.superseded');
    expect(superseded).toMatchObject({ file: 'XA01-lan1.xlsx', unit: 'XA01', severity: 'warning' });
    expect(describeIssue(superseded as Issue)).toContain('dùng báo cáo mới hơn (XA01-lan2.xlsx)');
    expect(result.units.find((u) => u.code === 'XA01')?.file).toBe('XA01-lan2.xlsx');
  });

  it('should list units with no return as missing, with their contact', () => {
    const result = validateReturns(campaign, [rawReturnFor(campaign, 'GD02', GOOD_ANSWERS)]);
    expect(result.units.map((u) => [u.code, u.status])).toEqual([
      ['XA01', 'missing'],
      ['GD02', 'on-time'],
      ['DN03', 'missing'],
    ]);
    const xa01 = result.issues.find((i) => i.unit === 'XA01');
    expect(describeIssue(xa01 as Issue)).toBe('chưa nhận được báo cáo của CĐCS xã Trường Hòa. Liên hệ: Nguyễn Thị Lan, 0912345678.');
  });

  it('should flag a value far above peers of the same khối', () => {
    const input = smallCampaignInput();
    const schools = ['GD11', 'GD12', 'GD13', 'GD14', 'GD15'].map((code) => ({ code, name: `CĐCS Trường ${code}`, group: 'Giáo dục', members: 40, workforce: 42 }));
    const wide = Campaign.parse({ ...input, units: schools, targets: [] });
    const audience = [100, 120, 110, 90, 900];
    const raws = schools.map((s, i) => rawReturnFor(wide, s.code, { ...GOOD_ANSWERS, TT02: audience[i] ?? 0, TT03: 50 }));
    const result = validateReturns(wide, raws);
    const outliers = result.issues.filter((i) => i.code === 'return.peerOutlier');
    expect(outliers.map((i) => [i.unit, i.indicator])).toEqual([['GD15', 'TT02']]);
    expect(describeIssue(outliers[0] as Issue)).toContain('gấp hơn 3 lần mức phổ biến của các đơn vị khối "Giáo dục" (105)');
  });

  it('should leave returns of another round out of the round being checked', () => {
    const input = smallCampaignInput();
    const twoRounds = Campaign.parse({
      ...input,
      reportingRounds: [
        { id: 'giua-dot', label: 'Báo cáo giữa đợt', period: { start: '2025-12-16', end: '2025-12-22' }, deadline: '2025-12-23' },
        { id: 'ket-thuc', label: 'Báo cáo kết thúc đợt', period: { start: '2025-12-16', end: '2025-12-30' }, deadline: '2026-01-02' },
      ],
    });
    const mid = rawReturnFor(twoRounds, 'XA01', GOOD_ANSWERS, { round: 'Báo cáo giữa đợt', reportDate: '22/12/2025' });
    const final = rawReturnFor(twoRounds, 'GD02', GOOD_ANSWERS, { round: 'báo cáo KẾT THÚC đợt' });
    const result = validateReturns(twoRounds, [mid, final], [], { round: 'ket-thuc' });
    expect(result.round.id).toBe('ket-thuc');
    expect(result.returns.map((r) => r.use)).toEqual(['otherRound', 'counted']);
    expect(result.units.find((u) => u.code === 'XA01')?.status).toBe('missing');
  });

  it('should report unreadable files with the rest, after the units', () => {
    const unreadable: Issue = { severity: 'error', code: 'return.noIdentity', unit: '', file: 'hong.xlsx', sheet: '', cell: '', indicator: '', path: '', column: '', params: {} };
    const result = validateReturns(campaign, [rawReturnFor(campaign, 'GD02', GOOD_ANSWERS)], [unreadable]);
    expect(result.issues[result.issues.length - 1]).toBe(unreadable);
  });
});

describe('medianWithout', () => {
  it.each([
    [[1, 2, 3, 4], 0, 3],
    [[1, 2, 3, 4], 3, 2],
    [[1, 2, 3, 4, 100], 4, 2.5],
    [[5, 5, 5], 1, 5],
  ])('should take the median of %j without index %i', (sorted, skip, expected) => {
    expect(medianWithout(sorted, skip)).toBe(expected);
  });
});
