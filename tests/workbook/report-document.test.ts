import { Campaign, consolidate, validateReturns } from '../../src/core';
import type { CampaignInput } from '../../src/core';
import { buildReportDocument, buildReportLayout } from '../../src/workbook';
import type { DocumentBlock } from '../../src/workbook';
import { smallCampaignInput } from '../helpers/campaign';
import { GOOD_ANSWERS, rawReturnFor } from '../helpers/raw-return';

/** The small campaign with the catalogue's "Đề xuất, kiến nghị" (DG04) added. */
function campaignWithProposals(): Campaign {
  const input = smallCampaignInput();
  const proposals = { code: 'DG04', section: 'assessment', type: 'text', label: { vi: 'Đề xuất, kiến nghị', en: 'Proposals' }, measure: '', maxLength: 2000 } as CampaignInput['indicators'][number];
  return Campaign.parse({ ...input, indicators: [...input.indicators, proposals] });
}

/**
 * Hand-worked district: XA01 on time, GD02 late (05/01/2026 after the 02/01/2026 deadline), DN03
 * missing. TT01 3 + 4 = 7 of 12 (not reached); TC01 1 + 70 = 71 of 20 (355 %: to check);
 * both held their launch on 16/12/2025; one overall assessment (XA01); two proposals.
 */
function districtDocument() {
  const campaign = campaignWithProposals();
  const raws = [
    rawReturnFor(campaign, 'XA01', { ...GOOD_ANSWERS, TT01: 3, AS04: 30, TC01: 1, DG01: 'Xã làm tốt.', DG04: 'Đề nghị hỗ trợ kinh phí.' }),
    rawReturnFor(campaign, 'GD02', { ...GOOD_ANSWERS, TT01: 4, AS04: 50, TC01: 70, DG01: '', DG04: 'Đề nghị mở lớp tập huấn.' }, { reportDate: { date: '2026-01-05' } }),
  ];
  const consolidation = consolidate(campaign, validateReturns(campaign, raws));
  return buildReportDocument({ campaign, consolidation, includeErrors: false, reportDate: '2026-01-06' });
}

const texts = (blocks: readonly DocumentBlock[]) => blocks.map((b) => b.text);

describe('buildReportDocument', () => {
  const doc = districtDocument();
  const body = texts(doc.body);

  it('should carry the ND30 header block with the date line keeping its leading zeros', () => {
    expect(doc).toMatchObject({
      parent: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH',
      issuer: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HÒA THÀNH',
      number: 'Số:       /BC-LĐLĐ',
      nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      placeDate: 'Hòa Thành, ngày 06 tháng 01 năm 2026',
      title: 'BÁO CÁO',
      subject: 'Kết quả tham gia công tác dân vận đợt II năm 2025',
    });
  });

  it('should open by citing the basis and the plan by number, date and issuer', () => {
    expect(body[0]).toBe(
      'Căn cứ Kế hoạch số 140/KH-LĐLĐ ngày 20/11/2025 của Ban Thường vụ LĐLĐ tỉnh; thực hiện Kế hoạch số 21/KH-LĐLĐ ngày 28/11/2025 của Liên đoàn Lao động huyện Hòa Thành về tham gia công tác dân vận đợt II năm 2025, Liên đoàn Lao động huyện Hòa Thành báo cáo kết quả như sau:',
    );
  });

  it('should count the returns and name the missing and the late units', () => {
    expect(body).toContain(
      'Toàn huyện có 3 công đoàn cơ sở thuộc diện gửi báo cáo kết thúc đợt. Đến nay đã nhận 2 báo cáo, trong đó 1 đúng hạn, 1 nộp muộn; 0 báo cáo phải trả lại để đơn vị sửa; 1 đơn vị chưa báo cáo. Số liệu dưới đây tổng hợp từ 2 báo cáo hợp lệ.',
    );
    const followUp = body.indexOf('Đơn vị cần đôn đốc:');
    expect(body.slice(followUp + 1, followUp + 3)).toEqual(['- CĐCS Công ty TNHH Giày da Hòa Phát (chưa báo cáo).', '- CĐCS Trường THCS Lê Lợi (nộp báo cáo muộn).']);
  });

  it('should write a single day as one date and summarise texts by khối', () => {
    expect(body).toContain('- Ngày tổ chức ra quân: ngày 16/12/2025.');
    expect(body).toContain('- Đánh giá chung: 1 đơn vị có ý kiến (khối Xã - thị trấn: 1); toàn văn tại Phụ lục kèm theo.');
    expect(body.join('\n')).not.toContain('Xã làm tốt.');
  });

  it('should mark a result over 300 % of its target for review, not praise it', () => {
    expect(body).toContain('- Số đoàn viên kết nạp mới: 71 đoàn viên, đạt 355% chỉ tiêu (20 đoàn viên) – cần xem lại (trên 300%).');
    expect(body).toContain('- Rà soát lại số liệu các chỉ tiêu vượt trên 300% kế hoạch: số đoàn viên kết nạp mới.');
    expect(body).toContain('- Tập trung chỉ đạo thực hiện các chỉ tiêu chưa đạt: số buổi tuyên truyền.');
  });

  it('should end with directions and the units’ proposals summarised, then close', () => {
    const parts = doc.body.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => b.text);
    expect(parts).toEqual(['I. TÌNH HÌNH TRIỂN KHAI VÀ BÁO CÁO', 'II. KẾT QUẢ THỰC HIỆN', 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI', 'IV. KIẾN NGHỊ, ĐỀ XUẤT']);
    expect(body).toContain(
      '2 đơn vị có đề xuất, kiến nghị (khối Xã - thị trấn: 1; khối Giáo dục: 1); toàn văn tại Phụ lục kèm theo. Liên đoàn Lao động huyện Hòa Thành tổng hợp, đề nghị cấp trên xem xét, giải quyết.',
    );
    expect(body[body.length - 1]).toBe('Trên đây là báo cáo kết quả tham gia công tác dân vận đợt II năm 2025 của Liên đoàn Lao động huyện Hòa Thành./.');
    expect(doc.recipients.items).toEqual(['- LĐLĐ tỉnh;', '- Các CĐCS trực thuộc;', '- Lưu: VP.']);
    expect(doc.signature).toEqual({ onBehalf: 'TM. BAN THƯỜNG VỤ', title: 'CHỦ TỊCH', name: 'Trần Văn Bình' });
  });

  it('should carry the units’ words in a Phụ lục, as the document travels without the workbook', () => {
    expect(doc.appendix).toEqual({
      label: 'Phụ lục',
      title: 'Ý KIẾN CỦA CÁC ĐƠN VỊ',
      note: '(Kèm theo Báo cáo số       /BC-LĐLĐ ngày 06/01/2026 của Liên đoàn Lao động huyện Hòa Thành)',
      headers: ['STT', 'Tên đơn vị', 'Khối', 'Nội dung', 'Ý kiến'],
      rows: [
        { unit: 'XA01', name: 'CĐCS xã Trường Hòa', group: 'Xã - thị trấn', indicator: 'Đánh giá chung', text: 'Xã làm tốt.' },
        { unit: 'XA01', name: 'CĐCS xã Trường Hòa', group: 'Xã - thị trấn', indicator: 'Đề xuất, kiến nghị', text: 'Đề nghị hỗ trợ kinh phí.' },
        { unit: 'GD02', name: 'CĐCS Trường THCS Lê Lợi', group: 'Giáo dục', indicator: 'Đề xuất, kiến nghị', text: 'Đề nghị mở lớp tập huấn.' },
      ],
    });
  });

  it('should point at the workbook’s own sheet, with no Phụ lục, when it is the Báo cáo sheet', () => {
    const campaign = campaignWithProposals();
    const raws = [rawReturnFor(campaign, 'XA01', { ...GOOD_ANSWERS, DG01: 'Xã làm tốt.', DG04: '' })];
    const input = { campaign, consolidation: consolidate(campaign, validateReturns(campaign, raws)), includeErrors: false };
    const inSheet = buildReportDocument({ ...input, comments: 'sheet' });
    expect(inSheet.appendix).toBeUndefined();
    expect(texts(inSheet.body)).toContain('- Đánh giá chung: 1 đơn vị có ý kiến (khối Xã - thị trấn: 1); toàn văn tại trang “Ý kiến đơn vị”.');
    // The workbook's Báo cáo sheet says the same, beside its `Ý kiến đơn vị` sheet.
    const layout = buildReportLayout({ ...input, readAt: '2026-01-06T03:00:00Z' });
    const cells = layout.sheets.find((s) => s.name === 'Báo cáo')?.cells.map((c) => String(c.value)) ?? [];
    expect(cells).toContain('\u2003\u2003\u2002- Đánh giá chung: 1 đơn vị có ý kiến (khối Xã - thị trấn: 1); toàn văn tại trang “Ý kiến đơn vị”.');
    expect(layout.sheets.map((s) => s.name)).toContain('Ý kiến đơn vị');
  });

  it('should never double a word', () => {
    const all = [doc.subject, ...body].join(' ').toLocaleLowerCase('vi');
    expect(all).not.toMatch(/(báo cáo|kế hoạch|kết quả) \1/u);
  });
});

describe('the report workbook’s appendix of unit comments', () => {
  const campaign = campaignWithProposals();
  // 200 comments of 11 characters and a space: 2,399 characters, split at the last space within 1,500.
  const long = Array.from({ length: 200 }, (_, i) => `Ý kiến ${String(i + 1).padStart(3, '0')}.`).join(' ');
  const raws = [
    rawReturnFor(campaign, 'XA01', { ...GOOD_ANSWERS, AS04: 30, DG01: long, DG04: 'Đề nghị hỗ trợ kinh phí.' }),
    rawReturnFor(campaign, 'GD02', { ...GOOD_ANSWERS, AS04: 50, DG01: '', DG04: 'Đề nghị mở lớp tập huấn.' }),
  ];
  const layout = buildReportLayout({ campaign, consolidation: consolidate(campaign, validateReturns(campaign, raws)), includeErrors: false, readAt: '2026-01-06T03:00:00Z' });
  const sheetNamed = (name: string) => layout.sheets.find((s) => s.name === name);
  const valueAt = (name: string, row: number, col: number) => sheetNamed(name)?.cells.find((c) => c.row === row && c.col === col)?.value;

  it('should list every text in full, with the unit, its khối and the indicator', () => {
    expect([4, 5, 6, 7].map((row) => [1, 2, 3, 4, 5].map((col) => valueAt('Ý kiến đơn vị', row, col)))).toEqual([
      [1, 'XA01', 'CĐCS xã Trường Hòa', 'Xã - thị trấn', 'Đánh giá chung'],
      [null, null, null, null, null],
      [2, 'XA01', 'CĐCS xã Trường Hòa', 'Xã - thị trấn', 'Đề xuất, kiến nghị'],
      [3, 'GD02', 'CĐCS Trường THCS Lê Lợi', 'Giáo dục', 'Đề xuất, kiến nghị'],
    ]);
    // That space follows comment 125 (125 × 12 − 1 = 1,499 characters).
    expect(valueAt('Ý kiến đơn vị', 4, 6)).toBe(long.slice(0, 1499));
    expect(String(valueAt('Ý kiến đơn vị', 4, 6)).endsWith('Ý kiến 125.')).toBe(true);
    expect(`${valueAt('Ý kiến đơn vị', 4, 6)} ${valueAt('Ý kiến đơn vị', 5, 6)}`).toBe(long);
    expect(Math.max(...Object.values(sheetNamed('Ý kiến đơn vị')?.rowHeights ?? {}))).toBeLessThanOrEqual(409);
  });

  it('should keep only a short excerpt in the summary sheet', () => {
    const summary = sheetNamed('Tổng hợp');
    const cell = summary?.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('CĐCS xã Trường Hòa: Ý kiến 001.'));
    expect(String(cell?.value)).toBe(`CĐCS xã Trường Hòa: ${long.slice(0, 100 - 'CĐCS xã Trường Hòa: '.length)}… (xem trang “Ý kiến đơn vị”)`);
  });
});

describe('a target the district reaches itself', () => {
  const withTarget = (target: Record<string, unknown>) => {
    const input = smallCampaignInput();
    return Campaign.safeParse({ ...input, targets: [...(input.targets ?? []), target] });
  };
  const reportOf = (campaign: Campaign) => {
    // Both units give 10 gift packages (GOOD_ANSWERS): 20 in all, which must not count against the district's own target.
    const raws = ['XA01', 'GD02'].map((code) => rawReturnFor(campaign, code, { ...GOOD_ANSWERS, AS04: 30 }));
    const consolidation = consolidate(campaign, validateReturns(campaign, raws));
    return { consolidation, body: texts(buildReportDocument({ campaign, consolidation, includeErrors: false }).body) };
  };

  it('should compare the district’s own result with its target, not the units’ sum', () => {
    const parsed = withTarget({ indicator: 'AS01', value: 5, scope: 'district', result: 2 });
    if (!parsed.success) throw parsed.error;
    const { consolidation, body } = reportOf(parsed.data);
    expect(consolidation.indicators.find((r) => r.code === 'AS01')).toMatchObject({ value: 2, target: 5, percent: 40, assessment: 'notAchieved', scope: 'district' });
    expect(body).toContain('- Số suất quà tặng (huyện trực tiếp thực hiện): 2 suất, đạt 40% chỉ tiêu (5 suất) – chưa đạt.');
  });

  it('should say when the district has not entered its result yet', () => {
    const parsed = withTarget({ indicator: 'AS01', value: 5, scope: 'district' });
    if (!parsed.success) throw parsed.error;
    expect(reportOf(parsed.data).body).toContain('- Số suất quà tặng (huyện trực tiếp thực hiện): chưa nhập kết quả; chỉ tiêu 5 suất.');
  });

  it('should refuse to share a district’s own target among units', () => {
    const parsed = withTarget({ indicator: 'AS01', value: 5, scope: 'district', allocation: { method: 'proportional', basis: 'members' } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['targets.3.allocation', 'schema.districtTargetShared']]);
  });
});
