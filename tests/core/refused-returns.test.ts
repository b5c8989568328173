import { consolidate, describeIssue, makeIssue, validateReturns } from '../../src/core';
import type { RawReturn } from '../../src/core';
import { buildReportLayout } from '../../src/workbook';
import type { Sheet } from '../../src/workbook';
import { smallCampaign } from '../helpers/campaign';
import { GOOD_ANSWERS, rawReturnFor } from '../helpers/raw-return';

const campaign = smallCampaign();

/** What the reader hands over for XA01's file whose table header row was deleted, saved by LibreOffice. */
function refusedFile(changes: Partial<RawReturn> = {}): RawReturn {
  const raw = rawReturnFor(campaign, 'XA01', {}, { file: 'xa01-sua.xlsx' });
  return {
    ...raw,
    sheet: '',
    rows: [],
    computedFingerprint: '',
    header: { unitName: null, unitCode: null, reporter: null, phone: null, reportDate: null, round: null },
    readIssues: [makeIssue({ severity: 'error', code: 'reader.noReportSheet', file: 'xa01-sua.xlsx', params: { file: 'xa01-sua.xlsx' } })],
    app: 'libreoffice',
    refused: true,
    ...changes,
  };
}

const unit = (result: ReturnType<typeof validateReturns>, code: string) => result.units.find((u) => u.code === code);
const cellTexts = (sheet: Sheet | undefined) => (sheet?.cells ?? []).map((c) => (typeof c.value === 'string' ? c.value : ''));

describe('a refused file whose identity can be read', () => {
  it('should make its unit "bị trả lại" with that file and the reason, never "chưa nộp"', () => {
    const result = validateReturns(campaign, [refusedFile()]);
    expect(unit(result, 'XA01')).toMatchObject({ status: 'rejected', file: 'xa01-sua.xlsx', reason: { code: 'noTable', errors: 1 } });
    const mine = result.issues.filter((i) => i.unit === 'XA01');
    expect(mine.map((i) => [i.severity, i.code])).toEqual([
      ['error', 'reader.noReportSheet'],
      ['warning', 'return.sentBack.refill.libreoffice'],
    ]);
    expect(describeIssue(mine[1] ?? mine[0]!)).toBe(
      'báo cáo của CĐCS xã Trường Hòa (XA01) bị trả lại, tệp xa01-sua.xlsx không được tính. Báo đơn vị (liên hệ: Nguyễn Thị Lan, 0912345678): ' +
        'mở lại tệp mẫu gốc đã nhận bằng LibreOffice Calc, chỉ điền vào ô nền vàng, không thêm, xóa hay sửa dòng trong bảng, chọn Tệp → Lưu, ' +
        'khi được hỏi định dạng bấm "Dùng định dạng Excel 2007-365!" rồi gửi lại tệp .xlsx đó.',
    );
    expect(result.issues.some((i) => i.code === 'return.missing' && i.unit === 'XA01')).toBe(false);
  });

  it('should give Excel and WPS users their own steps', () => {
    const steps = (app: RawReturn['app']) => validateReturns(campaign, [refusedFile(app === undefined ? { app: 'other' } : { app })]).issues.find((i) => i.code.startsWith('return.sentBack.'))?.code;
    expect([steps('excel'), steps('wps'), steps(undefined)]).toEqual(['return.sentBack.refill.excel', 'return.sentBack.refill.wps', 'return.sentBack.refill.other']);
  });

  it('should let a usable return of the same unit count, whatever the order', () => {
    const good = rawReturnFor(campaign, 'XA01', GOOD_ANSWERS);
    for (const raws of [[refusedFile(), good], [good, refusedFile()]]) {
      const result = validateReturns(campaign, raws);
      expect(unit(result, 'XA01')).toMatchObject({ status: 'on-time', file: 'XA01.xlsx' });
      expect(result.returns.map((r) => [r.raw.file, r.use])).toEqual(raws.map((r) => [r.file, r.refused ? 'rejected' : 'counted']));
    }
  });

  it('should not attribute a refused file of another campaign to a unit here', () => {
    const result = validateReturns(campaign, [refusedFile({ identity: { ...refusedFile().identity, campaignId: 'ldld-khac-dot-15-ngay-2025-12345678' } })]);
    expect(unit(result, 'XA01')?.status).toBe('missing');
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.unit])).toEqual([
      ['reader.noReportSheet', ''],
      ['return.otherCampaign', ''],
    ]);
  });

  it('should tell the unit of a tampered form to fill in the original again, in the app it used', () => {
    const raw = { ...rawReturnFor(campaign, 'GD02', GOOD_ANSWERS, { computedFingerprint: 'ff'.repeat(32) }), app: 'excel' as const };
    const result = validateReturns(campaign, [raw]);
    expect(unit(result, 'GD02')).toMatchObject({ status: 'rejected', reason: { code: 'tampered', errors: 1 } });
    expect(result.issues.filter((i) => i.unit === 'GD02').map((i) => i.code)).toEqual(['return.tampered', 'return.sentBack.refill.excel']);
  });

  it('should name the file and the reason in "Tình hình nộp" and in the written report', () => {
    const layout = buildReportLayout({ campaign, consolidation: consolidate(campaign, validateReturns(campaign, [refusedFile()])), readAt: '2026-01-02T08:00:00.000Z', includeErrors: false, reportDate: '2026-01-02' });
    const submissions = layout.sheets.find((s) => s.name === 'Tình hình nộp');
    const row = submissions?.cells.find((c) => c.value === 'XA01')?.row;
    const rowValues = (submissions?.cells ?? []).filter((c) => c.row === row).map((c) => c.value);
    expect(rowValues).toEqual([1, 'XA01', 'CĐCS xã Trường Hòa', 'Xã - thị trấn', 'bị trả lại', 'xa01-sua.xlsx', 'Nguyễn Thị Lan, 0912345678', 'không tìm thấy bảng số liệu (mẫu bị xóa hoặc sửa dòng tiêu đề)']);
    expect(cellTexts(submissions)).toContain('Lý do trả lại');
    // The sheet's body lines open with the spaces of their first-line indent.
    expect(cellTexts(layout.sheets.find((s) => s.name === 'Báo cáo')).map((text) => text.trim())).toContain(
      '- CĐCS xã Trường Hòa (tệp xa01-sua.xlsx bị trả lại: không tìm thấy bảng số liệu (mẫu bị xóa hoặc sửa dòng tiêu đề); đã đề nghị sửa); liên hệ: Nguyễn Thị Lan, 0912345678.',
    );
  });
});
