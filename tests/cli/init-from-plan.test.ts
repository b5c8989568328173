import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { parseCampaignJson } from '../../src/core';

const PLANS = join(__dirname, '../fixtures/plans');

function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd };
  return main(args, io).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

/** A fresh folder holding the named plan as plan.txt. */
function withPlan(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-plan-'));
  copyFileSync(join(PLANS, name), join(dir, 'plan.txt'));
  return dir;
}

describe('danvan init --from-plan', () => {
  it('should write a valid campaign and say what it found, each with a quote of where', async () => {
    const dir = withPlan('dot-ii-2025-thanh-lam.txt');
    const r = await run(['init', '--from-plan', 'plan.txt', '-o', 'campaign.json'], dir);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const parsed = parseCampaignJson(readFileSync(join(dir, 'campaign.json'), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.value).toMatchObject({ id: expect.stringMatching(/^ldld-thanh-lam-dot-ii-2025-[0-9a-f]{8}$/), period: { start: '2025-12-17', end: '2025-12-31' }, deadline: '2026-01-05' });
    }
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Đã đọc được:');
    expect(lines).toContain('  Số kế hoạch: 81/KH-LĐLĐ  ← "Số: 81/KH-LĐLĐ"');
    expect(lines).toContain('  Thời gian thực hiện: từ 17/12/2025 đến 31/12/2025  ← "Thời gian thực hiện đợt II/2025 là 15 ngày (từ ngày 17-31/12/2025)."');
    expect(lines).toContain('  Chỉ tiêu: Số suất quà tặng đoàn viên, người lao động, hộ nghèo, gia đình chính sách: ít nhất 150 suất  ← "Trao 150 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn và hộ…"');
    expect(lines).toContain('Không tìm thấy: Chế độ báo cáo.');
    expect(lines[lines.length - 1]).toMatch(/^Đã ghi tệp chiến dịch campaign\.json: "Tham gia làm công tác dân vận đợt II\/2025", 0 đơn vị, 18 nội dung theo dõi, 4 chỉ tiêu, 1 kỳ báo cáo\.$/);
  });

  it('should take the units from --units', async () => {
    const dir = withPlan('cao-diem-dot-2-2022-hang-ngay.txt');
    writeFileSync(join(dir, 'don-vi.csv'), 'Mã,Tên đơn vị,Khối,Số đoàn viên,Số CNVCLĐ\nXA01,CĐCS xã Sơn Thủy,Xã - thị trấn,25,27\nDN02,CĐCS Công ty May Sơn Hà,Doanh nghiệp,410,450\n');
    const r = await run(['init', '--from-plan', 'plan.txt', '--units', 'don-vi.csv', '-o', 'campaign.json'], dir);
    expect(r.code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'campaign.json'), 'utf8'));
    expect(written.units.map((u: { code: string }) => u.code)).toEqual(['XA01', 'DN02']);
    expect(written.reportingRounds).toHaveLength(16);
    expect(written.reportingRounds[0]).toMatchObject({ deadline: '2022-12-16', deadlineTime: '10:00' });
  });

  it('should exit 2 with Vietnamese messages and write nothing when the plan lacks a period and a deadline', async () => {
    const dir = withPlan('thieu-thoi-gian.txt');
    const r = await run(['init', '--from-plan', 'plan.txt', '-o', 'campaign.json'], dir);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'campaign.json'))).toBe(false);
    expect(r.out).toContain('Không tìm thấy: Cấp trên, Số kế hoạch, Ngày ban hành, Nơi ban hành, Đợt / năm, Thời gian thực hiện (bắt buộc), Hạn báo cáo (bắt buộc)');
    expect(r.err.split('\n')).toEqual([
      'Chưa tạo được chiến dịch từ plan.txt (3 lỗi); chưa ghi tệp nào:',
      'Văn bản thiếu; thêm vào lệnh rồi chạy lại: --deadline dd/mm/yyyy',
      '  - [Lỗi] Không tìm thấy thời gian thực hiện. Thêm vào mục thời gian một câu như "Thời gian thực hiện: từ ngày 17/12/2025 đến ngày 31/12/2025".',
      '  - [Lỗi] Không rõ đợt hay năm của kế hoạch. Ghi vào tên kế hoạch, ví dụ "… đợt II/2025" hoặc "… năm 2025".',
      '  - [Lỗi] Không tìm thấy hạn báo cáo trong văn bản. Nhập hạn báo cáo (ngày/tháng/năm), ví dụ 05/01/2026.',
    ]);
  });

  it('should show contradictions with their quotes and still write a campaign when they do not block it', async () => {
    const dir = withPlan('mau-thuan-han-bao-cao.txt');
    const r = await run(['init', '--from-plan', 'plan.txt', '-o', 'campaign.json'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Điểm mâu thuẫn:\n  - Văn bản ghi 20 ngày nhưng khoảng thời gian nêu ra có 27 ngày. Kiểm tra lại.');
    expect(r.out).toContain('      "Thanh Lâm, ngày 10 tháng 12 năm 2024"');
    expect(r.err).toContain('Cần kiểm tra lại:');
    expect(existsSync(join(dir, 'campaign.json'))).toBe(true);
  });

  it('should refuse a period that ends before it starts', async () => {
    const dir = withPlan('mau-thuan-thoi-gian.txt');
    const r = await run(['init', '--from-plan', 'plan.txt', '-o', 'campaign.json'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('[Lỗi] Thời gian thực hiện kết thúc (10/12/2024) trước khi bắt đầu (20/12/2024).');
    expect(existsSync(join(dir, 'campaign.json'))).toBe(false);
  });

  it('should speak English with --lang en', async () => {
    const dir = withPlan('thieu-thoi-gian.txt');
    const r = await run(['init', '--from-plan', 'plan.txt', '-o', 'campaign.json', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.out.split('\n')[0]).toBe('Found:');
    expect(r.err).toContain('No period found.');
  });

  const usage: readonly (readonly [string, string[], RegExp])[] = [
    ['a missing file', ['init', '--from-plan', 'khong-co.txt', '-o', 'c.json'], /^Không đọc được tệp khong-co\.txt/],
    ['a second source', ['init', '--from-plan', 'plan.txt', '--preset', 'dot-15-ngay', '-o', 'c.json'], /--from-plan/],
    ['no output', ['init', '--from-plan', 'plan.txt'], /^Thiếu tùy chọn -o/],
  ];
  it.each(usage)('should exit 2 for %s', async (_what, args, message) => {
    const r = await run(args, withPlan('dot-ii-2025-thanh-lam.txt'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('should exit 2 for an empty text file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-plan-'));
    writeFileSync(join(dir, 'plan.txt'), '\uFEFF  \n\n');
    const r = await run(['init', '--from-plan', 'plan.txt', '-o', 'c.json'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('Tệp plan.txt không có chữ nào. Lưu văn bản kế hoạch dạng .txt (UTF-8) rồi chạy lại.');
  });
});
