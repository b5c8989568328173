import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { smallCampaignInput } from '../helpers/campaign';
import { fillReturn } from '../helpers/fill-return';
import { loadWorkbook, metadata, sheet, text } from '../helpers/read-xlsx';

function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}
const temp = () => mkdtempSync(join(tmpdir(), 'danvan-consolidate-'));

describe('danvan demo', () => {
  let dir: string;
  let out: string;
  beforeAll(async () => {
    dir = temp();
    const r = await run(['demo', '-o', 'demo'], dir);
    expect(r.code).toBe(0);
    out = r.out;
  });

  it('should write every artefact of the chain and say where to look', () => {
    expect(readdirSync(join(dir, 'demo')).sort()).toEqual(['bao-cao-don-vi', 'bao-cao-tong-hop.docx', 'bao-cao-tong-hop.xlsx', 'campaign.json', 'so', 'tong-hop.json']);
    expect(readdirSync(join(dir, 'demo', 'so', 'units'))).toHaveLength(30);
    expect(out).toContain('bao-cao-tong-hop.xlsx    báo cáo tổng hợp của huyện');
    expect(out).toMatch(/Đã ghi báo cáo tổng hợp bao-cao-tong-hop\.xlsx: 25\/30 đơn vị được tính \(3 nộp muộn\), 2 chưa nộp, 3 bị trả lại; 3 lỗi/);
  });

  it('should summarise in the fixed JSON shape', () => {
    const json = JSON.parse(readFileSync(join(dir, 'demo', 'tong-hop.json'), 'utf8'));
    for (const i of json.indicators) expect(Object.keys(i)).toEqual(expect.arrayContaining(['code', 'target', 'value', 'percent']));
    const statuses = json.units.map((u: { status: string }) => u.status);
    expect(['on-time', 'late', 'missing', 'rejected'].map((s) => statuses.filter((x: string) => x === s).length)).toEqual([22, 3, 2, 3]);
    const withTarget = json.indicators.find((i: { target: number | null }) => i.target !== null);
    expect(withTarget.percent).toBeCloseTo((withTarget.value / withTarget.target) * 100, 3);
  });

  it('should let the resent return replace the first one and list both', () => {
    const json = JSON.parse(readFileSync(join(dir, 'demo', 'tong-hop.json'), 'utf8'));
    const resent = json.sources.filter((s: { file: string }) => /-lan-\d\.xlsx$/.test(s.file));
    expect(resent.map((s: { file: string; use: string }) => [s.file, s.use])).toEqual([
      ['HC04-lan-1.xlsx', 'superseded'],
      ['HC04-lan-2.xlsx', 'counted'],
    ]);
    expect(json.units.find((u: { code: string }) => u.code === 'HC04').file).toBe('HC04-lan-2.xlsx');
  });

  it('should give byte-identical JSON for the same inputs', async () => {
    const args = ['consolidate', 'demo/so/master.xlsx', 'demo/bao-cao-don-vi', '-o', 'r1.xlsx', '--json', 'a.json'];
    await run(args, dir);
    await run([...args.slice(0, 4), 'r2.xlsx', '--json', 'b.json'], dir);
    expect(readFileSync(join(dir, 'a.json')).equals(readFileSync(join(dir, 'b.json')))).toBe(true);
  });

  it('should write the report sheets and trace each unit to its file and hash', async () => {
    const wb = await loadWorkbook(readFileSync(join(dir, 'demo', 'bao-cao-tong-hop.xlsx')));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Biểu đồ', 'Chi tiết', 'Tình hình nộp', 'Kiểm tra', 'Báo cáo', 'Ý kiến đơn vị', 'Nguồn dữ liệu', '_danvan']);
    const sources = sheet(wb, 'Nguồn dữ liệu');
    const row = [...Array(40).keys()].map((i) => i + 4).find((r) => text(sources.getCell(r, 3)) === 'XA01.xlsx') ?? 0;
    const hash = createHash('sha256').update(readFileSync(join(dir, 'demo', 'bao-cao-don-vi', 'XA01.xlsx'))).digest('hex');
    expect(text(sources.getCell(row, 4))).toBe(hash);
    const doc = sheet(wb, 'Báo cáo');
    const words: string[] = [];
    doc.eachRow((r) => r.eachCell((c) => words.push(text(c))));
    expect(words).toEqual(expect.arrayContaining(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO', 'Nơi nhận:']));
    // Body paragraphs open with the spaces that stand for their first-line indent.
    expect(words.some((w) => /^\s*Toàn huyện có 30 công đoàn cơ sở/.test(w))).toBe(true);
  });

  it('should count returns with errors, flagged, with --include-errors', async () => {
    const r = await run(['consolidate', 'demo/campaign.json', 'demo/bao-cao-don-vi', '-o', 'r3.xlsx', '--json', 'c.json', '--include-errors'], dir);
    expect(r.out).toMatch(/28\/30 đơn vị được tính/);
    const json = JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8'));
    expect(json.units.filter((u: { flagged: boolean }) => u.flagged)).toHaveLength(3);
  });

  it('should exit 2 without an output file', async () => {
    expect((await run(['consolidate', 'demo/campaign.json', 'demo/bao-cao-don-vi'], dir)).code).toBe(2);
  });
});

describe('one level up: CĐCS → huyện → tỉnh', () => {
  const GOOD = { TT01: 4, TT02: 250, TT03: 120, AS01: 10, AS02: 5, AS03: 'Có', AS04: 50, AS06: 150, TC01: 2, TC02: 'Hoàn thành tốt nhiệm vụ', NT01: { date: '2025-12-16' }, DG01: 'Tốt.' };
  const HEADER = { reporter: 'Lê Văn Nam', phone: '0905000111', reportDate: { date: '2025-12-30' } };

  it('should consolidate district reports into a province report whose figures add up', async () => {
    const dir = temp();
    const base = smallCampaignInput();
    const province = { ...base, id: 'tinh-tay-ninh-dot-2-2025', organization: { name: 'Liên đoàn Lao động tỉnh Tây Ninh', parent: 'Tổng Liên đoàn Lao động Việt Nam' }, targets: [],
      units: [
        { code: 'HT', name: 'LĐLĐ huyện Hòa Thành', group: 'Huyện', workforce: 786 },
        { code: 'TB', name: 'LĐLĐ huyện Tân Biên', group: 'Huyện', workforce: 786 },
      ] };
    const districtA = { ...base, id: 'hoa-thanh-dot-2-2025', parent: { campaignId: province.id, unitCode: 'HT' } };
    const districtB = { ...base, id: 'tan-bien-dot-2-2025', organization: { name: 'Liên đoàn Lao động huyện Tân Biên', parent: base.organization.parent }, parent: { campaignId: province.id, unitCode: 'TB' } };
    writeFileSync(join(dir, 'tinh.json'), JSON.stringify(province));

    const answers = {
      A: { XA01: { ...GOOD, TT01: 3, TC01: 1, AS04: 30, TC02: 'Hoàn thành xuất sắc nhiệm vụ' }, GD02: { ...GOOD, AS04: 52 }, DN03: { ...GOOD, TT01: 5, TC01: 17, AS04: 650 } },
      B: { XA01: { ...GOOD, TT01: 7, TC01: 1, AS04: 20, AS03: 'Không' }, GD02: { ...GOOD, TT01: 6, AS04: 55 }, DN03: { ...GOOD, TT01: 9, TC01: 18, AS04: 690, TC02: 'Hoàn thành nhiệm vụ' } },
    } as const;
    for (const [key, campaign] of [['A', districtA], ['B', districtB]] as const) {
      const d = join(dir, key);
      writeFileSync(join(dir, `${key}.json`), JSON.stringify(campaign));
      expect((await run(['generate', `${key}.json`, '-o', key], dir)).code).toBe(0);
      for (const [unit, a] of Object.entries(answers[key])) {
        const form = new Uint8Array(readFileSync(join(d, 'units', `${unit}.xlsx`)));
        writeFileSync(join(d, `tra-${unit}.xlsx`), await fillReturn(form, a, HEADER));
      }
      const files = Object.keys(answers[key]).map((u) => `${key}/tra-${u}.xlsx`);
      const r = await run(['consolidate', `${key}.json`, ...files, '-o', `bao-cao-${key}.xlsx`, '--json', `${key}-tong-hop.json`, '--date', '2026-01-02'], dir);
      expect(r.err).toBe('');
      const wb = await loadWorkbook(readFileSync(join(dir, `bao-cao-${key}.xlsx`)));
      expect(metadata(wb).get('campaignId')).toBe(province.id);
    }

    const r = await run(['consolidate', 'tinh.json', 'bao-cao-A.xlsx', 'bao-cao-B.xlsx', '-o', 'bao-cao-tinh.xlsx', '--json', 'tinh-tong-hop.json'], dir);
    const json = JSON.parse(readFileSync(join(dir, 'tinh-tong-hop.json'), 'utf8'));
    expect(json.units.map((u: { code: string; status: string }) => [u.code, u.status])).toEqual([
      ['HT', 'on-time'],
      ['TB', 'on-time'],
    ]);
    expect(json.issues.filter((i: { severity: string }) => i.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
    const figure = (code: string) => json.indicators.find((i: { code: string }) => i.code === code);
    expect(figure('TT01').value).toBe(3 + 4 + 5 + 7 + 6 + 9);
    expect(figure('TC01').value).toBe(1 + 2 + 17 + 1 + 2 + 18);
    expect(figure('AS03').value).toBe(5);
    // Rates recomputed from every CĐCS's parts: (30+52+650+20+55+690) / (2 × (31+55+700)).
    expect(figure('AS05')).toMatchObject({ numerator: 1497, denominator: 1572 });
    expect(figure('AS05').value).toBeCloseTo((1497 / 1572) * 100, 3);
    // Rated good or better: three CĐCS in Hòa Thành, two in Tân Biên, of six.
    expect(figure('TC03')).toMatchObject({ numerator: 5, denominator: 6 });
  });
});
