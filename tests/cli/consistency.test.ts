import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { parseCampaignJson } from '../../src/core';
import { yearForNewCampaign } from '../../src/core/presets';
import { smallCampaignInput } from '../helpers/campaign';
import { fillReturn } from '../helpers/fill-return';

/** The command line says the same thing the same way everywhere, in the language asked for. */
function run(args: string[], cwd: string, now?: Date) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd, ...(now ? { now: () => now } : {}) };
  return main(args, io).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

const GOOD = { TT01: 4, TT02: 250, TT03: 120, AS01: 10, AS02: 5, AS03: 'Có', AS04: 50, AS06: 150, TC01: 2, TC02: 'Hoàn thành tốt nhiệm vụ', NT01: { date: '2025-12-16' }, DG01: 'Tốt.' };
const HEADER = { reporter: 'Phạm Thị Hoa', phone: '0905123456', reportDate: { date: '2025-12-31' } };

/** Raw Node error codes and node:util's English sentences, which a user must never see. */
const RAW = /ENOENT|EISDIR|ENOTDIR|EACCES|no such file|illegal operation|Unknown option|argument missing|To specify a positional/;

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'danvan-consistency-'));
  writeFileSync(join(dir, 'campaign.json'), JSON.stringify(smallCampaignInput()));
  expect((await run(['generate', 'campaign.json', '-o', 'so'], dir)).code).toBe(0);
  const form = new Uint8Array(readFileSync(join(dir, 'so', 'units', 'XA01.xlsx')));
  mkdirSync(join(dir, 've'));
  writeFileSync(join(dir, 've', 'xa01.xlsx'), await fillReturn(form, GOOD, HEADER));
  mkdirSync(join(dir, 'trong'));
  mkdirSync(join(dir, 'ghi-chu'));
  writeFileSync(join(dir, 'ghi-chu', 'doc-truoc.txt'), 'Nhớ gọi GD02.');
});

describe('--json in validate and consolidate', () => {
  it.each([
    ['validate', ['validate', 'campaign.json', 've', '--json', 'v.json']],
    ['consolidate', ['consolidate', 'campaign.json', 've', '-o', 'r.xlsx', '--json', 'c.json']],
  ])('should write the JSON to the file named (%s), and say so', async (_name, args) => {
    const file = args[args.length - 1] ?? '';
    const r = await run(args, dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, file), 'utf8')).units).toHaveLength(3);
    expect(r.out).toContain(`Đã ghi số liệu dạng JSON vào ${file}.`);
  });

  it.each([
    ['validate, --json -', ['validate', 'campaign.json', 've', '--json', '-']],
    ['validate, --json last', ['validate', 'campaign.json', 've', '--json']],
    ['validate, --json before another option', ['validate', 'campaign.json', 've', '--json', '--lang', 'vi']],
    ['consolidate, --json -', ['consolidate', 'campaign.json', 've', '-o', 'r2.xlsx', '--json', '-']],
    ['consolidate, --json last', ['consolidate', 'campaign.json', 've', '-o', 'r3.xlsx', '--json']],
  ])('should print only the JSON on standard output (%s)', async (_name, args) => {
    const r = await run(args, dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.units.map((u: { code: string; status: string }) => `${u.code} ${u.status}`)).toEqual(['XA01 on-time', 'GD02 missing', 'DN03 missing']);
    if (args[0] === 'consolidate') {
      expect(r.err).toMatch(/^Đã ghi báo cáo tổng hợp r\d\.xlsx: 1\/3 đơn vị được tính/);
      expect(existsSync(join(dir, args[4] ?? ''))).toBe(true);
    }
  });

  it('should refuse to write JSON over a workbook, before reading anything', async () => {
    const before = readFileSync(join(dir, 've', 'xa01.xlsx'));
    const r = await run(['validate', 'campaign.json', '--json', 've/xa01.xlsx', 've'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('--json ve/xa01.xlsx: đây là tên một sổ tính, không ghi JSON đè lên được. Viết --json tong-hop.json để ghi vào tệp, hoặc --json - để in ra màn hình.');
    expect(readFileSync(join(dir, 've', 'xa01.xlsx')).equals(before)).toBe(true);
  });
});

describe('global options', () => {
  it.each([
    ['before the command', ['--lang', 'en', 'validate', 'campaign.json', 've']],
    ['after the command', ['validate', '--lang', 'en', 'campaign.json', 've']],
    ['at the end', ['validate', 'campaign.json', 've', '--lang', 'en']],
    ['as --lang=en', ['--lang=en', 'validate', 'campaign.json', 've']],
  ])('should take --lang %s', async (_where, args) => {
    const r = await run(args, dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Checked 1 return files/);
  });

  it('should take --lang before consolidate and still read its --json FILE', async () => {
    const r = await run(['--lang', 'en', 'consolidate', 'campaign.json', 've', '-o', 'r4.xlsx', '--json', 'c4.json'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Wrote the district report r4\.xlsx/);
    expect(JSON.parse(readFileSync(join(dir, 'c4.json'), 'utf8')).units).toHaveLength(3);
  });

  it('should show a command\'s help with --help before its name', async () => {
    const r = await run(['--help', '--lang', 'en', 'validate'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^danvan validate — check the returns/);
  });
});

describe('a folder with no returns', () => {
  it.each([
    ['empty', 'trong'],
    ['only notes', 'ghi-chu'],
  ])('should stop with exit 2 and name the folder (%s)', async (_kind, folder) => {
    for (const command of [['validate'], ['consolidate', '-o', 'khong.xlsx']]) {
      const r = await run([...command, 'campaign.json', folder], dir);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`Thư mục ${folder} không có tệp báo cáo nào (.xlsx, .xls, .ods). Kiểm tra lại đường dẫn, hoặc chép các tệp đơn vị gửi về vào thư mục đó.`);
      expect(r.out).toBe('');
    }
    expect(existsSync(join(dir, 'khong.xlsx'))).toBe(false);
  });
});

describe('messages in the chosen language', () => {
  const cases: [string, string[], string, string][] = [
    ['a campaign file that is not there', ['generate', 'khong-co.json', '-o', 'x'], 'Tệp chiến dịch khong-co.json có 1 lỗi, chưa tạo gì:\n  - [Lỗi] Không đọc được tệp khong-co.json: không có tệp hay thư mục này', 'The campaign file khong-co.json has 1 problems; nothing was written:\n  - [Error] Cannot read khong-co.json: the file or folder does not exist'],
    ['a folder given as the campaign file', ['generate', 've', '-o', 'x'], 'Tệp chiến dịch ve có 1 lỗi, chưa tạo gì:\n  - [Lỗi] Không đọc được tệp ve: đây là một thư mục, cần tên một tệp', 'The campaign file ve has 1 problems; nothing was written:\n  - [Error] Cannot read ve: this is a folder; a file is needed'],
    ['a folder given as the unit list', ['init', '--preset', 'dot-15-ngay', '--units', 've', '-o', 'c.json'], 'Không đọc được tệp ve: đây là một thư mục, cần tên một tệp', 'Cannot read ve: this is a folder; a file is needed'],
    ['a report written under a file', ['consolidate', 'campaign.json', 've', '-o', 'campaign.json/r.xlsx'], 'Không ghi được campaign.json/r.xlsx: đã có một tệp trùng tên ở chỗ cần ghi hoặc cần tạo thư mục', 'Cannot write campaign.json/r.xlsx: a file of that name is already where the file or a folder must go'],
    ['a master workbook that is not there', ['validate', 'khong-co.xlsx', 've'], 'Không đọc được tệp khong-co.xlsx: không có tệp hay thư mục này', 'Cannot read khong-co.xlsx: the file or folder does not exist'],
    ['an unknown option', ['validate', '--vong', '1'], 'Không có tùy chọn --vong. Gõ danvan --help để xem các tùy chọn.', 'There is no option --vong. Run danvan --help for the options.'],
    ['an option without its value', ['consolidate', 'campaign.json', 've', '-o'], 'Tùy chọn -o, --output cần một giá trị đi sau, ví dụ -o bao-cao.xlsx.', 'Option -o, --output needs a value after it, e.g. -o report.xlsx.'],
    ['a switch given a value', ['validate', '--include-errors=co'], 'Tùy chọn --include-errors không nhận giá trị; bỏ phần sau dấu "=".', 'Option --include-errors takes no value; drop what follows "=".'],
  ];

  it.each(cases)('should word %s in Vietnamese', async (_what, args, vi) => {
    const r = await run(args, dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe(vi);
    expect(r.err).not.toMatch(RAW);
  });

  it.each(cases)('should word %s in English', async (_what, args, _vi, en) => {
    const r = await run(['--lang', 'en', ...args], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe(en);
    expect(r.err).not.toMatch(RAW);
  });

  it('should refuse a language it does not have', async () => {
    const r = await run(['--lang', 'fr', 'schema'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('Không có ngôn ngữ "fr"; dùng --lang vi hoặc --lang en.');
  });

  it('should name a return that is not there, in the language asked for', async () => {
    mkdirSync(join(dir, 'la'), { recursive: true });
    writeFileSync(join(dir, 'la', 'xa01.xlsx'), readFileSync(join(dir, 've', 'xa01.xlsx')));
    const r = await run(['--lang', 'en', 'validate', 'campaign.json', 'la/xa01.xlsx', 'la/mat.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('la/mat.xlsx not found.');
  });
});

describe('init --preset without --year', () => {
  it('should make the campaign for the year the pane starts on', async () => {
    const today = new Date(2031, 2, 15);
    expect(yearForNewCampaign(today)).toBe(2031);
    const r = await run(['init', '--preset', 'ke-hoach-nam', '-o', 'nam.json'], dir, today);
    expect(r.code).toBe(0);
    const parsed = parseCampaignJson(readFileSync(join(dir, 'nam.json'), 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.round.year).toBe(2031);
    expect(parsed.value.period).toEqual({ start: '2031-01-01', end: '2031-12-31' });
  });

  it('should keep the year within the presets\' range', () => {
    expect(yearForNewCampaign(new Date(1999, 11, 31))).toBe(2000);
    expect(yearForNewCampaign(new Date(2101, 0, 1))).toBe(2100);
    expect(yearForNewCampaign(new Date(2026, 11, 31, 23, 59))).toBe(2026);
  });
});
