import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describeIssue, t } from '../../../src/core';
import type { Issue } from '../../../src/core';
import { documentKind, readCampaignFile, renderXlsx, wrongKindFor } from '../../../src/adapters/xlsx';
import { buildCampaignWorkbooks } from '../../../src/workbook';
import { smallCampaign } from '../../helpers/campaign';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const bytesOf = (...path: string[]) => new Uint8Array(readFileSync(join(FIXTURES, ...path)));
const text = (s: string) => new TextEncoder().encode(s);

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content, name === 'mimetype' ? { compression: 'STORE' } : {});
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('documentKind', () => {
  it.each([
    [['corpus', 'excelize--Book1.xlsx'], 'xlsx'],
    [['corpus', 'calamine--date.ods'], 'ods'],
    [['corpus', 'calamine--date.xls'], 'xls'],
    [['corpus', 'excelize--encryptAES.xlsx'], 'encrypted'],
    [['corpus', 'sheetjs--Attendance.csv'], 'csv'],
    [['plans', 'nam-2025-bao-cao-dinh-ky.docx'], 'docx'],
    [['plans', 'ke-hoach-ban-chup.pdf'], 'pdf'],
    [['plans', 'dot-ii-2025-thanh-lam.txt'], 'text'],
  ])('should tell %j is %s by its bytes', (path, kind) => {
    expect(documentKind(bytesOf(...path), 'tep-doi-ten.bin')).toBe(kind);
  });

  it('should tell packages, JSON, pictures and a one-column CSV apart', async () => {
    expect(documentKind(await zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }))).toBe('odt');
    expect(documentKind(await zipOf({ '[Content_Types].xml': '<x/>', 'ppt/presentation.xml': '<x/>' }))).toBe('pptx');
    expect(documentKind(await zipOf({ 'anh.jpg': 'x' }))).toBe('zip');
    expect(documentKind(text('\uFEFF  {"schemaVersion": 1}'), 'x.txt')).toBe('json');
    expect(documentKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('image');
    expect(documentKind(text('Mã\nXA01\n'), 'don-vi.csv')).toBe('csv');
    expect(documentKind(text('   \n'))).toBe('empty');
  });
});

describe('wrongKindFor', () => {
  it('should name what the file is and what the picker wants, in Vietnamese', () => {
    const wrong = wrongKindFor('campaign', bytesOf('plans', 'ke-hoach-ban-chup.pdf'), 'ke-hoach.pdf');
    expect(wrong && t(wrong.key, wrong.params)).toBe(
      'Tệp "ke-hoach.pdf" là một tệp PDF, không phải tệp chiến dịch. Hãy chọn tệp chiến dịch (.json) đã lưu, hoặc sổ tổng hợp (.xlsx) do phần mềm tạo.',
    );
    const units = wrongKindFor('unitList', bytesOf('plans', 'nam-2025-bao-cao-dinh-ky.docx'), 'don-vi.docx');
    expect(units && t(units.key, units.params)).toBe(
      'Tệp "don-vi.docx" là một văn bản Word (.docx), không phải danh sách đơn vị. Hãy chọn danh sách dạng bảng tính Excel (.xlsx) hoặc CSV UTF-8 (.csv).',
    );
  });

  it('should let a fitting kind through to its reader', () => {
    expect(wrongKindFor('campaign', text('{}'), 'c.json')).toBeUndefined();
    expect(wrongKindFor('campaign', bytesOf('corpus', 'excelize--Book1.xlsx'), 'master.xlsx')).toBeUndefined();
    expect(wrongKindFor('plan', bytesOf('plans', 'nam-2025-bao-cao-dinh-ky.docx'), 'kh.docx')).toBeUndefined();
    expect(wrongKindFor('return', bytesOf('corpus', 'calamine--date.xls'), 'XA01.xls')).toBeUndefined();
  });
});

describe('readCampaignFile', () => {
  it('should read the campaign embedded in a master workbook', async () => {
    const campaign = smallCampaign();
    const bytes = await renderXlsx(buildCampaignWorkbooks(campaign).master);
    const read = await readCampaignFile(bytes, 'master.xlsx');
    expect(read.ok && read.value).toEqual(campaign);
  });

  it('should read a campaign file', async () => {
    const campaign = smallCampaign();
    const read = await readCampaignFile(text(JSON.stringify(campaign)), 'chien-dich.json');
    expect(read.ok && read.value.id).toBe(campaign.id);
  });

  it('should refuse a Word document with a Vietnamese sentence, not a JSON parser error', async () => {
    const read = await readCampaignFile(bytesOf('plans', 'nam-2025-bao-cao-dinh-ky.docx'), 'ke-hoach.docx');
    const issues: Issue[] = read.ok ? [] : read.error;
    expect(issues.map((i) => i.code)).toEqual(['file.wrongKind.campaign']);
    expect(describeIssue(issues[0] as Issue)).toBe(
      'Tệp "ke-hoach.docx" là một văn bản Word (.docx), không phải tệp chiến dịch. Hãy chọn tệp chiến dịch (.json) đã lưu, hoặc sổ tổng hợp (.xlsx) do phần mềm tạo.',
    );
  });

  it('should say an ordinary workbook is not a master', async () => {
    const read = await readCampaignFile(bytesOf('corpus', 'excelize--Book1.xlsx'), 'bang-tinh.xlsx');
    expect(!read.ok && read.error.map((i) => i.code)).toEqual(['cli.notMaster']);
  });
});
