import { describeIssue, validateReturns } from '../../src/core';
import type { Campaign, Issue } from '../../src/core';
import { expectedFingerprints } from '../../src/workbook';
import { smallCampaign } from '../helpers/campaign';
import { GOOD_ANSWERS, rawReturnFor } from '../helpers/raw-return';

/**
 * Two districts that started from the same preset: their unit codes match, their units do not.
 * A return from the other district must never count here.
 */
const ours = smallCampaign();
const theirs = (changes: Partial<Campaign>): Campaign => ({ ...ours, ...changes });
const renamedXa01 = ours.units.map((u) => (u.code === 'XA01' ? { ...u, name: 'CĐCS xã Phước Vinh' } : u));

const statusOf = (result: ReturnType<typeof validateReturns>, code: string) => result.units.find((u) => u.code === code)?.status;
const refusals = (result: ReturnType<typeof validateReturns>) => result.issues.filter((i) => i.severity === 'error');

describe('returns from another district or campaign', () => {
  it('should name a same-titled other campaign by its title alone, never by an id', () => {
    const other = theirs({ id: 'ldld-chau-thanh-dot-15-ngay-2025-9f8e7d6c', units: renamedXa01 });
    const raw = rawReturnFor(other, 'XA01', GOOD_ANSWERS, { identity: { campaignTitle: ours.title } });
    const [refused] = refusals(validateReturns(ours, [raw], [], { expectedFingerprints: expectedFingerprints(ours) }));
    expect(refused).toMatchObject({ code: 'return.otherCampaignSameTitle', unit: '', file: 'XA01.xlsx' });
    const sentence = describeIssue(refused as Issue);
    expect(sentence).toContain('một kế hoạch khác cũng mang tên "Kế hoạch tham gia công tác dân vận đợt II năm 2025"');
    expect(sentence).not.toContain('ldld-chau-thanh');
    expect(sentence).not.toContain(ours.id);
  });

  it('should refuse a return of another campaign, naming both titles, and leave the unit missing', () => {
    const other = theirs({ id: 'ldld-chau-thanh-dot-15-ngay-2025-9f8e7d6c', title: 'Kế hoạch dân vận đợt II năm 2025 của LĐLĐ huyện Châu Thành', units: renamedXa01 });
    const raw = rawReturnFor(other, 'XA01', GOOD_ANSWERS, { identity: { campaignTitle: other.title } });
    const result = validateReturns(ours, [raw], [], { expectedFingerprints: expectedFingerprints(ours) });
    expect(statusOf(result, 'XA01')).toBe('missing');
    const [refused] = refusals(result);
    expect(refused).toMatchObject({ code: 'return.otherCampaign', unit: '', file: 'XA01.xlsx' });
    expect(describeIssue(refused ?? result.issues[0]!)).toBe(
      'tệp này là báo cáo của kế hoạch "Kế hoạch dân vận đợt II năm 2025 của LĐLĐ huyện Châu Thành", ' +
        'không phải của kế hoạch "Kế hoạch tham gia công tác dân vận đợt II năm 2025" mà sổ này tổng hợp: có thể là tệp của huyện khác hoặc đợt khác. ' +
        'Không dùng số liệu này; hỏi lại đơn vị đã gửi tệp.',
    );
    expect(result.returns[0]?.use).toBe('unidentified');
  });

  it('should refuse a return whose unit code is ours but whose unit is not (ids shared before they were unique)', () => {
    const raw = rawReturnFor(theirs({ units: renamedXa01 }), 'XA01', GOOD_ANSWERS);
    const result = validateReturns(ours, [raw], [], { expectedFingerprints: expectedFingerprints(ours) });
    expect(statusOf(result, 'XA01')).toBe('missing');
    expect(refusals(result).map((i) => [i.code, i.unit, i.cell, i.params.foundName, i.params.name])).toEqual([
      ['return.otherUnit', '', 'C5', 'CĐCS xã Phước Vinh', 'CĐCS xã Trường Hòa'],
    ]);
    expect(result.returns[0]?.use).toBe('unidentified');
  });

  it('should refuse a genuine-looking return made from another form for the same unit (other targets)', () => {
    const other = theirs({ targets: ours.targets.map((t) => (t.indicator === 'TT01' ? { ...t, allocation: { method: 'manual', values: { XA01: 6, GD02: 3, DN03: 3 } } } : t)) });
    const raw = rawReturnFor(other, 'XA01', GOOD_ANSWERS);
    expect(raw.identity.fingerprint).toBe(raw.computedFingerprint);
    const result = validateReturns(ours, [raw], [], { expectedFingerprints: expectedFingerprints(ours) });
    expect(statusOf(result, 'XA01')).toBe('rejected');
    expect(refusals(result).map((i) => [i.code, i.unit])).toEqual([['return.otherForm', 'XA01']]);
    expect(result.returns[0]?.use).toBe('rejected');
    // The clerk is told to use the new form the district sends, not to reopen the one it has.
    const steps = result.issues.filter((i) => i.code.startsWith('return.sentBack.'));
    expect(steps.map((i) => [i.code, i.unit])).toEqual([[`return.sentBack.newForm.${raw.app ?? 'other'}`, 'XA01']]);
    expect(describeIssue(steps[0] as Issue)).toContain('Gửi cho đơn vị (liên hệ: Nguyễn Thị Lan, 0912345678) tệp mẫu mới của đơn vị');
  });

  it('should count our own return, whose fingerprint is the one this master expects', () => {
    const result = validateReturns(ours, [rawReturnFor(ours, 'XA01', GOOD_ANSWERS)], [], { expectedFingerprints: expectedFingerprints(ours) });
    expect(statusOf(result, 'XA01')).toBe('on-time');
    expect(refusals(result)).toEqual([]);
  });
});
