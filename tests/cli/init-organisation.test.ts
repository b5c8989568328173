import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { parseCampaignJson, sampleValuesIn } from '../../src/core';

async function run(args: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'danvan-org-'));
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd });
  return { code, out: out.join('\n'), err: err.join('\n'), cwd };
}

const PRESET = ['init', '--preset', 'dot-15-ngay', '--year', '2025', '-o', 'c.json'];
const PHONG_THO = ['--org', 'Liên đoàn Lao động huyện Phong Thổ', '--parent', 'Liên đoàn Lao động tỉnh Lai Châu', '--place', 'Phong Thổ', '--signer', 'Lò Thị Mai', '--signer-title', 'PHÓ CHỦ TỊCH'];

describe('danvan init --preset and the district’s identity', () => {
  it('should issue the preset in the district’s name with the organisation flags', async () => {
    const r = await run([...PRESET, ...PHONG_THO]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const read = parseCampaignJson(readFileSync(join(r.cwd, 'c.json'), 'utf8'));
    expect(read.ok && read.value.organization).toEqual({ name: 'Liên đoàn Lao động huyện Phong Thổ', parent: 'Liên đoàn Lao động tỉnh Lai Châu' });
    expect(read.ok && read.value.id).toMatch(/^ldld-phong-tho-dot-15-ngay-2025-[0-9a-f]{8}$/);
    expect(read.ok && read.value.signer).toEqual({ onBehalf: 'TM. BAN THƯỜNG VỤ', title: 'PHÓ CHỦ TỊCH', name: 'Lò Thị Mai' });
    // What the flags cannot give (the sample plan's number and basis, the sample units) is still named.
    expect(read.ok && sampleValuesIn(read.value).map((s) => s.path)).toEqual(['plan.number', 'basis.0', 'basis.1', 'units']);
    expect(r.out).toContain('Lưu ý: tệp còn 4 mục là giá trị mẫu');
  });

  it('should still write a preset without them, naming every sample value and where to replace it', async () => {
    const r = await run(PRESET);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^Đã ghi tệp chiến dịch c\.json/);
    expect(lines).toContain('  - "Họ và tên người ký" vẫn là giá trị mẫu ("Nguyễn Văn Khải"). Thay bằng thông tin của đơn vị mình ở mục "Căn cứ, nơi nhận, người ký".');
    expect(lines.filter((l) => l.startsWith('  - '))).toHaveLength(9);
  });

  it('should refuse some of the organisation flags without the rest, naming those missing, and write nothing', async () => {
    const r = await run([...PRESET, '--org', 'Liên đoàn Lao động huyện Phong Thổ', '--place', 'Phong Thổ']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Để tạo chiến dịch mang thông tin của đơn vị mình, cần nhập đủ --org, --place, --signer và --signer-title (--parent nếu có). Còn thiếu: --signer, --signer-title.',
    );
    expect(existsSync(join(r.cwd, 'c.json'))).toBe(false);
  });
});
