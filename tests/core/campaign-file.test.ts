import { describeIssue, formatPath, parseCampaign, parseCampaignJson } from '../../src/core';
import type { Issue } from '../../src/core';
import { smallCampaignInput } from '../helpers/campaign';

const sentences = (issues: readonly Issue[]) => issues.map((i) => describeIssue(i));

function expectFailure(raw: unknown): Issue[] {
  const result = parseCampaign(raw, 'campaign.json');
  if (result.ok) throw new Error('expected the campaign to be refused');
  return result.error;
}

describe('parseCampaign', () => {
  it('should accept a complete campaign and fill defaults', () => {
    const result = parseCampaign(smallCampaignInput());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.kind).toBe('round');
    expect(result.value.indicators.find((i) => i.code === 'TT02')).toMatchObject({ min: 0, aggregation: 'sum', required: false });
    expect(result.value.targets[2]).toMatchObject({ direction: 'atLeast', allocation: { method: 'none' } });
  });

  it('should refuse an unknown schemaVersion with that reason alone', () => {
    const issues = expectFailure({ ...smallCampaignInput(), schemaVersion: 3, title: '' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'schema.unsupportedVersion', path: 'schemaVersion', file: 'campaign.json' });
    expect(describeIssue(issues[0] as Issue)).toBe(
      'Tại schemaVersion: Tệp chiến dịch có phiên bản "schemaVersion" = 3, phần mềm này chỉ đọc được phiên bản 1. Hãy dùng phiên bản phần mềm phù hợp hoặc tạo lại tệp bằng "danvan init".',
    );
  });

  it('should refuse drop-down choices that Excel would split on a comma or could not take (over 255 characters)', () => {
    const input = smallCampaignInput();
    const choice = (values: string[]) => ({ code: 'DG99', section: 'assessment', type: 'choice', label: { vi: 'Đánh giá', en: 'Rating' }, choices: values.map((value) => ({ value, en: value })) });
    // 26 choices of 9 characters and 25 commas: 26 × 9 + 25 = 259 characters.
    const long = Array.from({ length: 26 }, (_, i) => `Mức ${String(i + 1).padStart(2, '0')} ab`);
    const issues = expectFailure({
      ...input,
      indicators: [...input.indicators, choice(['Tốt', 'Khá, cần cố gắng']), { ...choice(long), code: 'DG98' }],
    });
    const n = input.indicators.length;
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['schema.listItemSeparator', `indicators[${n}].choices[1].value`],
      ['schema.listTooLong', `indicators[${n + 1}].choices`],
    ]);
    expect(sentences(issues)[0]).toBe(
      `Tại indicators[${n}].choices[1].value: lựa chọn "Khá, cần cố gắng" có dấu phẩy hoặc dấu ngoặc kép, mà Excel dùng để ngăn cách các lựa chọn trong danh sách thả xuống. Hãy viết lại không có dấu phẩy và ngoặc kép (ví dụ dùng dấu gạch ngang).`,
    );
    expect(sentences(issues)[1]).toContain('dài tổng cộng 259 ký tự');
    // 255 characters exactly are taken: 24 choices of 9, one of 15 and 24 commas.
    const last = 'Mức cuối abcdef';
    expect(last).toHaveLength(15);
    expect(parseCampaign({ ...input, indicators: [...input.indicators, choice([...long.slice(0, 24), last])] }).ok).toBe(true);
    expect(parseCampaign({ ...input, indicators: [...input.indicators, choice([...long.slice(0, 24), `${last}x`])] }).ok).toBe(false);
  });

  it('should refuse a file without schemaVersion', () => {
    const { schemaVersion: _omit, ...rest } = smallCampaignInput();
    expect(expectFailure(rest).map((i) => i.code)).toEqual(['schema.missingVersion']);
  });

  it('should refuse JSON that is not an object', () => {
    expect(expectFailure([1, 2]).map((i) => i.code)).toEqual(['schema.notObject']);
  });

  it('should name the JSON path and say what to fix, in Vietnamese', () => {
    const input = smallCampaignInput();
    const bad = {
      ...input,
      id: 'Đợt 2',
      period: { start: '2025-12-30', end: '2025-12-16' },
      deadline: '2026-02-30',
      indicators: input.indicators.map((i, n) => (n === 1 ? { ...i, section: 'khac' } : i)),
      targets: [{ indicator: 'TC01', value: -5 }],
    };
    expect(sentences(expectFailure(bad))).toEqual([
      'Tại id: mã chiến dịch gồm chữ thường không dấu, chữ số và gạch ngang (ví dụ dmc-dan-van-dot2-2024).',
      'Tại period.end: ngày kết thúc đứng trước ngày bắt đầu.',
      'Tại deadline: ngày này không có trong lịch.',
      'Tại indicators[1].section: giá trị "khac" không hợp lệ; chỉ nhận: "propaganda", "welfare", "organisation", "situation", "assessment".',
      'Tại targets[0].value: phải lớn hơn hoặc bằng 0.',
    ]);
  });

  it('should report references to things that do not exist', () => {
    const input = smallCampaignInput();
    const bad = {
      ...input,
      units: [...(input.units ?? []), { code: 'XA01', name: 'CĐCS trùng mã', group: 'Xã - thị trấn' }],
      targets: [{ indicator: 'ZZ99', value: 3 }, { indicator: 'TT01', value: 4, allocation: { method: 'manual', values: { XX09: 4 } } }],
      checks: [{ kind: 'notGreater', part: 'TT03', whole: 'TT09' }],
    };
    expect(sentences(expectFailure(bad))).toEqual([
      'Tại units[3].code: mã đơn vị XA01 bị trùng.',
      'Tại targets[0].indicator: không có nội dung mã ZZ99 trong danh sách nội dung theo dõi.',
      'Tại targets[1].allocation.values.XX09: không có đơn vị mã XX09 trong danh sách đơn vị.',
      'Tại checks[0]: không có nội dung mã TT09 trong danh sách nội dung theo dõi.',
    ]);
  });

  it('should say which field is missing and what it expects', () => {
    const { title: _t, ...rest } = smallCampaignInput();
    expect(sentences(expectFailure(rest))).toEqual(['Tại title: thiếu giá trị bắt buộc (cần chuỗi chữ).']);
  });

  it('should describe issues in English on request', () => {
    const issues = expectFailure({ ...smallCampaignInput(), deadline: '2026-02-30' });
    expect(describeIssue(issues[0] as Issue, 'en')).toBe('At deadline: this date does not exist.');
  });

  it('should report a rate whose numerator is unknown', () => {
    const input = smallCampaignInput();
    const indicators = input.indicators.map((i) => (i.code === 'AS05' ? { ...i, numerator: { indicator: 'AS99' } } : i));
    expect(sentences(expectFailure({ ...input, indicators }))).toEqual(['Tại indicators[7].numerator.indicator: không có nội dung mã AS99 trong danh sách nội dung theo dõi.']);
  });
});

describe('parseCampaignJson', () => {
  it('should report a JSON syntax error with the file name', () => {
    const result = parseCampaignJson('{ "schemaVersion": 1,, }', 'dot2.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]?.code).toBe('schema.invalidJson');
    expect(describeIssue(result.error[0] as Issue)).toMatch(/^Tệp dot2\.json không phải JSON hợp lệ/);
  });

  it('should accept a UTF-8 byte order mark', () => {
    expect(parseCampaignJson(`\uFEFF${JSON.stringify(smallCampaignInput())}`).ok).toBe(true);
  });
});

describe('formatPath', () => {
  it.each([
    [['indicators', 3, 'code'], 'indicators[3].code'],
    [['targets', 0, 'allocation', 'values', 'XA01'], 'targets[0].allocation.values.XA01'],
    [[], ''],
  ])('should write %j as %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
