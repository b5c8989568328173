import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { PROVINCE_TITLE, provinceCampaignInput, smallCampaignInput } from '../helpers/campaign';
import { fillReturn } from '../helpers/fill-return';

function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

/** The province's campaign and the forms it sends its two districts. */
async function provinceForms(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-parent-from-'));
  const province = provinceCampaignInput();
  writeFileSync(join(dir, 'tinh.json'), JSON.stringify(province));
  expect((await run(['generate', 'tinh.json', '-o', 'tinh'], dir)).code).toBe(0);
  return dir;
}

describe('danvan init --parent-from', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await provinceForms();
  });

  it('should link a preset campaign to the province by the form it sent, keeping the parent body typed', async () => {
    const r = await run(['init', '--preset', 'dot-15-ngay', '--year', '2025', '--parent-from', 'tinh/units/HT.xlsx', '-o', 'huyen.json'], dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const campaign = JSON.parse(readFileSync(join(dir, 'huyen.json'), 'utf8'));
    expect(campaign.parent).toEqual({ campaignId: 'tinh-tay-ninh-dot-2-2025', unitCode: 'HT', title: PROVINCE_TITLE });
    // The preset names its own parent body: kept, and the difference said.
    expect(campaign.organization.parent).toBe('Liên đoàn Lao động tỉnh Nam Sơn');
    expect(r.out).toContain('Giữ "Cơ quan cấp trên" đã nhập: Liên đoàn Lao động tỉnh Nam Sơn. Mẫu của cấp trên ghi: Liên đoàn Lao động tỉnh Tây Ninh');
    expect(r.out).toContain(`Báo cáo lên: ${PROVINCE_TITLE} — mã đơn vị của huyện: HT.`);
  });

  it('should fill an empty parent body from the form, saying so', async () => {
    writeFileSync(join(dir, 'tb-rieng.json'), JSON.stringify({ ...smallCampaignInput(), id: 'tan-bien-dot-2-2025', organization: { name: 'Liên đoàn Lao động huyện Tân Biên', parent: '' } }));
    const r = await run(['init', '--from', 'tb-rieng.json', '--parent-from', 'tinh/units/TB.xlsx', '-o', 'tb.json'], dir);
    expect(r.code).toBe(0);
    const campaign = JSON.parse(readFileSync(join(dir, 'tb.json'), 'utf8'));
    expect(campaign.parent).toEqual({ campaignId: 'tinh-tay-ninh-dot-2-2025', unitCode: 'TB', title: PROVINCE_TITLE });
    expect(campaign.organization.parent).toBe('Liên đoàn Lao động tỉnh Tây Ninh');
    expect(r.out).toContain('Đã điền "Cơ quan cấp trên" theo mẫu của cấp trên: Liên đoàn Lao động tỉnh Tây Ninh.');
    // "LĐLĐ huyện Tân Biên" in the form is the campaign's "Liên đoàn Lao động huyện Tân Biên".
    expect(r.out).not.toContain('Mẫu này cấp trên làm cho');
  });

  it('should warn, and still link, when the form was made for another district than the campaign\'s body', async () => {
    const r = await run(['init', '--from', 'tb-rieng.json', '--parent-from', 'tinh/units/HT.xlsx', '-o', 'tb-nham.json'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Mẫu này cấp trên làm cho "LĐLĐ huyện Hòa Thành", còn đơn vị ban hành kế hoạch này là "Liên đoàn Lao động huyện Tân Biên". Kiểm tra lại đã mở đúng tệp của huyện mình chưa');
  });

  it('should link a campaign read from a plan too', async () => {
    const plan = [
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH',
      'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HÒA THÀNH',
      'Số: 12/KH-LĐLĐ',
      'Hòa Thành, ngày 01 tháng 12 năm 2025',
      'KẾ HOẠCH',
      'Tổ chức đợt cao điểm dân vận khéo từ ngày 01/12/2025 đến ngày 15/12/2025',
      'Các công đoàn cơ sở báo cáo kết quả về LĐLĐ huyện trước ngày 20/12/2025.',
    ].join('\n');
    writeFileSync(join(dir, 'ke-hoach.txt'), plan);
    const r = await run(['init', '--from-plan', 'ke-hoach.txt', '--parent-from', 'tinh/units/HT.xlsx', '-o', 'plan.json'], dir);
    expect(r.code).toBe(0);
    const campaign = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8'));
    expect(campaign.parent).toEqual({ campaignId: 'tinh-tay-ninh-dot-2-2025', unitCode: 'HT', title: PROVINCE_TITLE });
    // The plan names the same parent body as the form: nothing to say about it.
    expect(campaign.organization.parent).toBe('Liên đoàn Lao động tỉnh Tây Ninh');
    expect(r.out).not.toContain('Cơ quan cấp trên');
  });

  it.each([
    ['a unit list', 'units.csv', 'không phải mẫu báo cáo do phần mềm Báo cáo Dân vận của cấp trên phát hành'],
    ['a grassroots union’s form', 'huyen/units/XA01.xlsx', 'là mẫu báo cáo dành cho công đoàn cơ sở "CĐCS xã Trường Hòa", không phải cho một LĐLĐ huyện'],
  ])('should refuse %s with a Vietnamese sentence and write nothing', async (_what, file, sentence) => {
    writeFileSync(join(dir, 'units.csv'), 'Mã,Tên đơn vị,Khối\nXA01,CĐCS xã Trường Hòa,Xã\n');
    writeFileSync(join(dir, 'huyen-rieng.json'), JSON.stringify(smallCampaignInput()));
    expect((await run(['generate', 'huyen-rieng.json', '-o', 'huyen'], dir)).code).toBe(0);
    const r = await run(['init', '--preset', 'dot-15-ngay', '--parent-from', file, '-o', 'refused.json'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(sentence);
    expect(() => readFileSync(join(dir, 'refused.json'))).toThrow();
  });

  it('should refuse a consolidated report in place of the form', async () => {
    const form = new Uint8Array(readFileSync(join(dir, 'tinh', 'units', 'HT.xlsx')));
    writeFileSync(join(dir, 'ht-tra.xlsx'), await fillReturn(form, { TT01: 1 }, { reporter: 'A', phone: '0905000111', reportDate: { date: '2025-12-30' } }));
    const made = await run(['consolidate', 'tinh.json', 'ht-tra.xlsx', '-o', 'bao-cao-tinh.xlsx', '--include-errors'], dir);
    expect(made.code).not.toBe(2);
    const r = await run(['init', '--preset', 'dot-15-ngay', '--parent-from', 'bao-cao-tinh.xlsx', '-o', 'refused.json'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('là một báo cáo tổng hợp, không phải mẫu báo cáo cấp trên gửi');
  });
});
