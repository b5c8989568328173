import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { parseCampaignJson } from '../../src/core';
import { PRESETS } from '../../src/core/presets';
import { loadWorkbook, metadata } from '../helpers/read-xlsx';
import { smallCampaignInput } from '../helpers/campaign';

function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd };
  return main(args, io).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'danvan-cli-'));

describe('danvan init', () => {
  it('should list one preset a line, its name first', async () => {
    const r = await run(['init', '--list-presets'], tempDir());
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.map((l) => l.split('\t')[0])).toEqual(PRESETS.map((p) => p.name));
    expect(lines.every((l) => (l.split('\t')[1] ?? '').length > 5)).toBe(true);
  });

  it('should write a valid campaign from a preset for a chosen year', async () => {
    const dir = tempDir();
    const r = await run(['init', '--preset', 'dot-15-ngay', '--year', '2026', '-o', 'campaign.json'], dir);
    expect(r.code).toBe(0);
    const parsed = parseCampaignJson(readFileSync(join(dir, 'campaign.json'), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.round.year).toBe(2026);
    expect(r.out).toMatch(/^Đã ghi tệp chiến dịch campaign\.json/);
  });

  it('should give each campaign made from a preset its own id, kept when the file is read again', async () => {
    const dir = tempDir();
    await run(['init', '--preset', 'dot-15-ngay', '--year', '2026', '-o', 'a.json'], dir);
    await run(['init', '--preset', 'dot-15-ngay', '--year', '2026', '-o', 'b.json'], dir);
    const idOf = (file: string) => (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { id: string }).id;
    expect(idOf('a.json')).toMatch(/^ldld-thanh-lam-dot-15-ngay-2026-[0-9a-f]{8}$/);
    expect(idOf('b.json')).toMatch(/^ldld-thanh-lam-dot-15-ngay-2026-[0-9a-f]{8}$/);
    expect(idOf('a.json')).not.toBe(idOf('b.json'));
    await run(['init', '--from', 'a.json', '-o', 'c.json'], dir);
    expect(idOf('c.json')).toBe(idOf('a.json'));
  });

  it('should normalise a campaign file given with --from', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'in.json'), JSON.stringify(smallCampaignInput()));
    const r = await run(['init', '--from', 'in.json', '-o', 'out.json'], dir);
    expect(r.code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(written.targets[2]).toMatchObject({ direction: 'atLeast', allocation: { method: 'none' } });
  });

  it('should refuse an unknown preset and name the ones there are', async () => {
    const r = await run(['init', '--preset', 'khong-co', '-o', 'c.json'], tempDir());
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Không có mẫu "khong-co". Các mẫu có: ${PRESETS.map((p) => p.name).join(', ')}.`);
  });

  it('should ask for exactly one source', async () => {
    const r = await run(['init', '-o', 'c.json'], tempDir());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--preset/);
  });
});

describe('danvan generate', () => {
  it('should write the master and one fill-in workbook per unit', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'campaign.json'), JSON.stringify(smallCampaignInput()));
    const r = await run(['generate', 'campaign.json', '-o', 'out'], dir);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['master.xlsx', 'units']);
    expect(readdirSync(join(dir, 'out', 'units')).sort()).toEqual(['DN03.xlsx', 'GD02.xlsx', 'XA01.xlsx']);
    const wb = await loadWorkbook(readFileSync(join(dir, 'out', 'units', 'GD02.xlsx')));
    expect(metadata(wb).get('unitCode')).toBe('GD02');
    expect(readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('should take units from a CSV list, replacing the campaign units', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'campaign.json'), JSON.stringify({ ...smallCampaignInput(), units: [], targets: [] }));
    writeFileSync(
      join(dir, 'don-vi.csv'),
      '\uFEFFMã;Tên đơn vị;Khối;Số đoàn viên;Số CNVCLĐ;Người liên hệ;Điện thoại\nYT01;CĐCS Trung tâm Y tế huyện;Y tế;120;1.130;Lê Văn Tâm;0987654321\nXA09;CĐCS xã Long Thành;Xã - thị trấn;22;25;;\n',
    );
    const r = await run(['generate', 'campaign.json', '--units', 'don-vi.csv', '-o', 'out'], dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'out', 'units')).sort()).toEqual(['XA09.xlsx', 'YT01.xlsx']);
  });

  it('should exit 2 naming the row and column of a bad unit list, and write nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'campaign.json'), JSON.stringify({ ...smallCampaignInput(), units: [], targets: [] }));
    writeFileSync(join(dir, 'don-vi.csv'), 'Mã,Tên đơn vị,Khối,Số đoàn viên\nXA01,CĐCS xã A,Xã - thị trấn,ba mươi\nXA01,CĐCS xã B,Xã - thị trấn,12\n');
    const r = await run(['generate', 'campaign.json', '--units', 'don-vi.csv', '-o', 'out'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Dòng 2, cột "Số đoàn viên"');
    expect(r.err).toContain('Dòng 3, cột "Mã"');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('should exit 2 naming the JSON path of a malformed campaign, and write nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'campaign.json'), JSON.stringify({ ...smallCampaignInput(), deadline: '02/01/2026' }));
    const r = await run(['generate', 'campaign.json', '-o', 'out'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Tệp chiến dịch campaign.json có 1 lỗi, chưa tạo gì:\n  - [Lỗi] Tại deadline: ngày phải viết dạng NNNN-TT-NN, ví dụ 2024-12-17.',
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('should exit 2 for a missing file and for a campaign without units', async () => {
    const dir = tempDir();
    expect((await run(['generate', 'khong-co.json', '-o', 'out'], dir)).code).toBe(2);
    writeFileSync(join(dir, 'campaign.json'), JSON.stringify({ ...smallCampaignInput(), units: [], targets: [] }));
    const r = await run(['generate', 'campaign.json', '-o', 'out'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/chưa có đơn vị nào/);
  });

  it('should keep files already in the output folder', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'campaign.json'), JSON.stringify(smallCampaignInput()));
    await run(['generate', 'campaign.json', '-o', 'out'], dir);
    writeFileSync(join(dir, 'out', 'ghi-chu.txt'), 'giữ lại');
    expect((await run(['generate', 'campaign.json', '-o', 'out'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'ghi-chu.txt'), 'utf8')).toBe('giữ lại');
  });
});

describe('danvan schema and usage', () => {
  it('should print the campaign JSON Schema with the fixed field names', async () => {
    const r = await run(['schema'], tempDir());
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['schemaVersion', 'id', 'title', 'organization', 'plan', 'basis', 'round', 'period', 'deadline', 'reportingRounds', 'units', 'indicators', 'targets']),
    );
    expect(schema.properties.schemaVersion).toMatchObject({ const: 1 });
  });

  it('should exit 2 on an unknown command or option', async () => {
    expect((await run(['tong-hop'], tempDir())).code).toBe(2);
    const r = await run(['init', '--khong-co'], tempDir());
    expect(r.code).toBe(2);
    expect(r.err).toBe('Không có tùy chọn --khong-co. Gõ danvan --help để xem các tùy chọn.');
  });

  it('should print usage in English on request', async () => {
    const r = await run(['--help', '--lang', 'en'], tempDir());
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^danvan — mass-mobilisation/);
  });
});

describe('bin/danvan.js', () => {
  it('should run the TypeScript CLI straight from the repository, as npx danvan does', () => {
    const result = spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'danvan.js'), 'init', '--list-presets'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^dot-15-ngay\t/);
  });

  it('should exit 2 on usage errors', () => {
    const result = spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'danvan.js'), 'generate'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Thiếu tệp chiến dịch/);
  });
});
