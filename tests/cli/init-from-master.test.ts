import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { renderXlsx } from '../../src/adapters/xlsx';
import { parseCampaignJson } from '../../src/core';
import { buildCampaignWorkbooks } from '../../src/workbook';
import { smallCampaign } from '../helpers/campaign';

async function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('danvan init --from, given another kind of file', () => {
  it('should read the campaign a master workbook carries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-from-master-'));
    const campaign = smallCampaign();
    writeFileSync(join(dir, 'master.xlsx'), await renderXlsx(buildCampaignWorkbooks(campaign).master));
    const r = await run(['init', '--from', 'master.xlsx', '-o', 'lai.json'], dir);
    expect(r.code).toBe(0);
    const again = parseCampaignJson(readFileSync(join(dir, 'lai.json'), 'utf8'));
    expect(again.ok && again.value).toEqual(campaign);
  });

  it('should say in Vietnamese that a Word document is not a campaign file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-from-docx-'));
    writeFileSync(join(dir, 'ke-hoach.docx'), readFileSync(join(__dirname, '..', 'fixtures', 'plans', 'nam-2025-bao-cao-dinh-ky.docx')));
    const r = await run(['init', '--from', 'ke-hoach.docx', '-o', 'c.json'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'Tệp "ke-hoach.docx" là một văn bản Word (.docx), không phải tệp chiến dịch. Hãy chọn tệp chiến dịch (.json) đã lưu, hoặc sổ tổng hợp (.xlsx) do phần mềm tạo.',
    );
    expect(r.err).not.toMatch(/JSON|Unexpected token/);
  });
});
