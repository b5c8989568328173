import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { parseCampaignJson } from '../../src/core';
import type { Campaign } from '../../src/core';
import { describeWith, needsCommand } from '../helpers/requires';

const PLANS = join(__dirname, '../fixtures/plans');
const BIN = join(__dirname, '../../bin/danvan.js');

/** The annual plan asks for six-month and year reports and dates neither. */
const ANNUAL = 'nam-2025-bao-cao-dinh-ky.txt';
/** Starts with its place and date; never names its issuer. */
const NAMELESS = 'tinh-doan-khong-dau-van-ban.txt';

function withPlan(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-flags-'));
  copyFileSync(join(PLANS, name), join(dir, 'plan.txt'));
  return dir;
}

async function run(args: string[], cwd: string, ask?: CliIo['ask']) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd, ...(ask === undefined ? {} : { ask }) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function written(dir: string): Campaign {
  const parsed = parseCampaignJson(readFileSync(join(dir, 'campaign.json'), 'utf8'));
  if (!parsed.ok) throw new Error('campaign.json does not pass the schema');
  return parsed.value;
}

describe('init --from-plan: what the text lacks comes from flags', () => {
  it('should exit 2 without a terminal and name the flags an annual plan needs, writing nothing', async () => {
    const dir = withPlan(ANNUAL);
    const r = await run(['init', '--from-plan', 'plan.txt', '-o', 'campaign.json'], dir);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'campaign.json'))).toBe(false);
    expect(r.err.split('\n').slice(0, 4)).toEqual([
      'Chưa tạo được chiến dịch từ plan.txt (2 lỗi); chưa ghi tệp nào:',
      'Văn bản thiếu; thêm vào lệnh rồi chạy lại: --deadline 6-thang=dd/mm/yyyy --deadline ca-nam=dd/mm/yyyy',
      '  - [Lỗi] Kế hoạch yêu cầu báo cáo 6 tháng nhưng không ghi hạn nộp. Nhập hạn nộp báo cáo 6 tháng (ngày/tháng/năm); chưa tạo được chiến dịch khi còn thiếu.',
      '  - [Lỗi] Kế hoạch yêu cầu báo cáo năm nhưng không ghi hạn nộp. Nhập hạn nộp báo cáo năm (ngày/tháng/năm); chưa tạo được chiến dịch khi còn thiếu.',
    ]);
  });

  it('should make the six-month and year rounds from the deadlines given, dd/mm/yyyy or ISO, marked as typed', async () => {
    const dir = withPlan(ANNUAL);
    const r = await run(['init', '--from-plan', 'plan.txt', '-o', 'campaign.json', '--deadline', '6-thang=10/06/2025', '--deadline', 'ca-nam=2025-12-05'], dir);
    expect(r.code).toBe(0);
    const campaign = written(dir);
    expect(campaign.reportingRounds.map((round) => [round.id, round.period, round.deadline])).toEqual([
      ['6-thang', { start: '2025-01-01', end: '2025-06-30' }, '2025-06-10'],
      ['ca-nam', { start: '2025-01-01', end: '2025-12-31' }, '2025-12-05'],
    ]);
    expect(campaign.deadline).toBe('2025-12-05');
    expect(r.out).toContain('  Hạn báo cáo: báo cáo 6 tháng trước ngày 10/06/2025  ← (nhập tay)');
    expect(r.out).toContain('  Hạn báo cáo: báo cáo năm trước ngày 05/12/2025  ← (nhập tay)');
    expect(r.out).not.toContain('Hạn báo cáo (bắt buộc)');
  });

  it('should take a plain --deadline as the year report of an annual plan, still asking for the six-month one', async () => {
    const dir = withPlan(ANNUAL);
    const r = await run(['init', '--from-plan', 'plan.txt', '-o', 'campaign.json', '--deadline', '05/12/2025'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('thêm vào lệnh rồi chạy lại: --deadline 6-thang=dd/mm/yyyy\n');
  });

  it('should fill the issuer of a plan that never names it, and the fields a header uses', async () => {
    const dir = withPlan(NAMELESS);
    const r = await run(['init', '--from-plan', 'plan.txt', '-o', 'campaign.json', '--org', 'Tỉnh đoàn Lai Châu', '--parent', 'Trung ương Đoàn', '--number', '15-KH/TĐTN'], dir);
    expect(r.code).toBe(0);
    const campaign = written(dir);
    expect(campaign.organization).toEqual({ name: 'Tỉnh đoàn Lai Châu', parent: 'Trung ương Đoàn' });
    expect(campaign.plan).toEqual({ number: '15-KH/TĐTN', date: '2025-03-12' });
    // The organisation and round, then the random part drawn once at init (src/core/campaign-id.ts).
    expect(campaign.id).toMatch(/^tinh-doan-lai-chau-dot-i-2025-[0-9a-f]{8}$/);
    expect(r.out).toContain('  Đơn vị ban hành: Tỉnh đoàn Lai Châu  ← (nhập tay)');
    expect(r.out).toContain('  Số kế hoạch: 15-KH/TĐTN  ← (nhập tay)');
    expect(r.err).not.toContain('thay cho');
  });

  it('should let a flag override what the text states, with a warning quoting the sentence', async () => {
    const dir = withPlan(ANNUAL);
    const r = await run(
      ['init', '--from-plan', 'plan.txt', '-o', 'campaign.json', '--number', '13/KH-LĐLĐ', '--date', '21/01/2025', '--deadline', '6-thang=10/06/2025', '--deadline', 'ca-nam=05/12/2025'],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.err.split('\n').slice(0, 2)).toEqual([
      'Cảnh báo: --number "13/KH-LĐLĐ" thay cho điều văn bản ghi: "Số: 12/KH-LĐLĐ"',
      'Cảnh báo: --date 21/01/2025 thay cho điều văn bản ghi: "Bắc Mê, ngày 20 tháng 01 năm 2025"',
    ]);
    expect(written(dir).plan).toEqual({ number: '13/KH-LĐLĐ', date: '2025-01-21' });
  });

  const bad: readonly (readonly [string, string[], string])[] = [
    ['a date that is not one', ['--date', '31/02/2025'], 'Không hiểu ngày "31/02/2025" (Ngày ban hành). Ghi theo dạng ngày/tháng/năm, ví dụ 05/01/2026.'],
    ['an unknown report round', ['--deadline', 'quy-1=01/04/2025'], 'Không hiểu --deadline quy-1=01/04/2025.'],
  ];
  it.each(bad)('should exit 2 for %s', async (_what, flags, message) => {
    const dir = withPlan(ANNUAL);
    const r = await run(['init', '--from-plan', 'plan.txt', '-o', 'campaign.json', ...flags], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

describe('init --from-plan on a terminal: asks for each missing field in turn', () => {
  /** A user at the keyboard: answers in order, and records what was asked. */
  function keyboard(answers: readonly (string | undefined)[]) {
    const questions: string[] = [];
    let next = 0;
    const ask = async (question: string) => {
      questions.push(question);
      return answers[next++];
    };
    return { ask, questions };
  }

  it('should ask for the six-month then the year deadline, showing the reporting sentence, and ask again for a bad date', async () => {
    const dir = withPlan(ANNUAL);
    const user = keyboard(['30/6', '10/06/2025', '2025-12-05']);
    const r = await run(['init', '--from-plan', 'plan.txt', '-o', 'campaign.json'], dir, user.ask);
    expect(user.questions).toEqual(['Hạn nộp báo cáo 6 tháng (ngày/tháng/năm): ', 'Hạn nộp báo cáo 6 tháng (ngày/tháng/năm): ', 'Hạn nộp báo cáo năm (ngày/tháng/năm): ']);
    const lines = r.out.split('\n');
    const intro = lines.indexOf('Văn bản thiếu 2 mục cần có. Nhập từng mục (Enter để bỏ qua):');
    expect(intro).toBeGreaterThan(0);
    expect(lines.slice(intro + 1, intro + 4)).toEqual([
      '  Gần đó văn bản ghi: "Định kỳ 6 tháng, một năm các CĐCS báo cáo kết quả về LĐLĐ huyện để tổng hợp báo cáo LĐLĐ tỉnh."',
      'Không hiểu ngày "30/6" (Hạn nộp báo cáo 6 tháng). Ghi theo dạng ngày/tháng/năm, ví dụ 05/01/2026.',
      '  Gần đó văn bản ghi: "Định kỳ 6 tháng, một năm các CĐCS báo cáo kết quả về LĐLĐ huyện để tổng hợp báo cáo LĐLĐ tỉnh."',
    ]);
    expect(r.code).toBe(0);
    expect(written(dir).reportingRounds.map((round) => round.deadline)).toEqual(['2025-06-10', '2025-12-05']);
  });

  it('should not ask for what a flag gave, and write nothing when the user skips a required field', async () => {
    const dir = withPlan(ANNUAL);
    const user = keyboard(['']);
    const r = await run(['init', '--from-plan', 'plan.txt', '-o', 'campaign.json', '--deadline', 'ca-nam=05/12/2025'], dir, user.ask);
    expect(user.questions).toEqual(['Hạn nộp báo cáo 6 tháng (ngày/tháng/năm): ']);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'campaign.json'))).toBe(false);
    expect(r.err).toContain('--deadline 6-thang=dd/mm/yyyy');
  });

  it('should ask in English with --lang en, and stop asking when the input ends', async () => {
    const dir = withPlan(NAMELESS);
    const user = keyboard([undefined]);
    const r = await run(['init', '--from-plan', 'plan.txt', '-o', 'campaign.json', '--lang', 'en'], dir, user.ask);
    expect(user.questions).toEqual(['Issued by: ']);
    expect(r.out).toContain('  Nearby the text says: "Sìn Hồ, ngày 12 tháng 3 năm 2025"');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--org "…"');
  });
});

/** The real thing: the CLI under a pseudo-terminal from util-linux `script`, answered as it asks. */
describeWith([needsCommand('script', 'bsdutils')], 'init --from-plan under a pseudo-terminal', () => {
  it('should ask for the issuer on the terminal and write the campaign with the answer', async () => {
    const dir = withPlan(NAMELESS);
    const child = spawn('script', ['-qfec', `node ${BIN} init --from-plan plan.txt -o campaign.json`, '/dev/null'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let answered = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (!answered && output.includes('Đơn vị ban hành: ')) {
        answered = true;
        child.stdin.write('Tỉnh đoàn Lai Châu\r');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(answered).toBe(true);
    expect(code).toBe(0);
    expect(output).toContain('Văn bản thiếu 1 mục cần có.');
    expect(written(dir).organization.name).toBe('Tỉnh đoàn Lai Châu');
  });

  it('should not ask when stdin is not a terminal, and exit 2 naming the flag', async () => {
    const dir = withPlan(NAMELESS);
    const child = spawn('node', [BIN, 'init', '--from-plan', 'plan.txt', '-o', 'campaign.json'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(err).toContain('--org "…"');
  });
});
