import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeDraft, draftToCampaign, importPlan, supplyDraft, wantedFields } from '../../src/core/plan-import';

const plan = (name: string) => importPlan(readFileSync(join(__dirname, '../fixtures/plans', name), 'utf8'));

describe('supplyDraft: what the user types where the text falls short', () => {
  it('should list the rounds an annual plan asks for without dates as empty deadlines, with the sentence asking for them', () => {
    const draft = plan('nam-2025-bao-cao-dinh-ky.txt');
    const source = 'Định kỳ 6 tháng, một năm các CĐCS báo cáo kết quả về LĐLĐ huyện để tổng hợp báo cáo LĐLĐ tỉnh.';
    expect(wantedFields(draft)).toEqual([
      { field: 'sixMonthsDeadline', required: true, nearby: source },
      { field: 'yearDeadline', required: true, nearby: source },
    ]);
    const { campaign, issues } = draftToCampaign(draft);
    expect(campaign).toBeUndefined();
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['plan.issue.sixMonthsNoDeadline', 'plan.issue.yearNoDeadline']);
  });

  it('should still refuse the campaign while one round has no deadline', () => {
    const { draft } = supplyDraft(plan('nam-2025-bao-cao-dinh-ky.txt'), { yearDeadline: '2025-12-05' });
    expect(wantedFields(draft).map((w) => w.field)).toEqual(['sixMonthsDeadline']);
    expect(draftToCampaign(draft).issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['plan.issue.sixMonthsNoDeadline']);
  });

  it('should mark typed values as typed, never with a sentence of the text', () => {
    const { draft, overrides } = supplyDraft(plan('tinh-doan-khong-dau-van-ban.txt'), { organization: 'Tỉnh đoàn Lai Châu', planNumber: '' });
    expect(overrides).toEqual([]);
    expect(draft.organization).toEqual({ value: 'Tỉnh đoàn Lai Châu', source: '', byHand: true });
    expect(draft.planNumber).toBeUndefined();
    expect(draft.findings.find((f) => f.field === 'organization')).toEqual({ field: 'organization', status: 'supplied', required: true });
    const vi = describeDraft(draft, 'vi').lines.find((l) => l.field === 'organization');
    const en = describeDraft(draft, 'en').lines.find((l) => l.field === 'organization');
    expect(vi).toEqual({ field: 'organization', label: 'Đơn vị ban hành', value: 'Tỉnh đoàn Lai Châu', source: 'nhập tay', status: 'supplied' });
    expect(en?.source).toBe('supplied by hand');
    expect(describeDraft(draft, 'vi').missing).not.toContain('Đơn vị ban hành (bắt buộc)');
  });

  it('should name the sentence a typed value replaces, and check the dates again', () => {
    const read = plan('nam-2025-bao-cao-dinh-ky.txt');
    // Typed a year too early: before the province plan it is based on (10/01/2025).
    const { draft, overrides } = supplyDraft(read, { planDate: '2024-01-20' });
    expect(overrides).toEqual([{ field: 'planDate', value: '2024-01-20', source: 'Bắc Mê, ngày 20 tháng 01 năm 2025' }]);
    expect(draft.planDate).toEqual({ value: { year: 2024, month: 1, day: 20 }, source: '', byHand: true });
    expect(read.contradictions).toEqual([]);
    expect(draft.contradictions.map((c) => c.code)).toEqual(['planDateBeforeBasis']);
  });

  it('should replace the text’s final deadline with the typed one and say which sentence it replaces', () => {
    const read = plan('tinh-doan-khong-dau-van-ban.txt');
    const { draft, overrides } = supplyDraft(read, { deadline: '2025-05-10' });
    expect(overrides.map((o) => o.source)).toEqual(['Các cơ sở báo cáo kết quả về cơ quan thường trực trước ngày 05/5/2025 để tổng hợp.']);
    expect(draft.deadline).toEqual({ value: { date: '2025-05-10', scope: 'final' }, source: '', byHand: true });
    expect(draft.deadlines).toHaveLength(1);
  });

  it('should ask for a deadline only where the campaign needs one', () => {
    const daily = importPlan('LIÊN ĐOÀN LAO ĐỘNG HUYỆN SƠN HÀ\nKẾ HOẠCH\nRa quân đợt 2 năm 2022\nThời gian thực hiện từ ngày 16/12/2022 đến ngày 30/12/2022.\nCác CĐCS báo cáo kết quả trước 10h hàng ngày từ 16-30/12/2022.');
    expect(daily.deadline).toBeUndefined();
    expect(wantedFields(daily).find((w) => w.field === 'deadline')?.required).toBe(false);
    expect(draftToCampaign(daily).campaign?.deadline).toBe('2022-12-30');
  });
});
