import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { findPreset } from '../../../src/core/presets';
import { renderXlsx } from '../../../src/adapters/xlsx';
import { buildCampaignWorkbooks, fingerprint, identityOf, lockedContent } from '../../../src/workbook';
import { PDFTOTEXT, SOFFICE, sofficeConvert } from '../../helpers/libreoffice';
import { describeWith } from '../../helpers/requires';
import { loadWorkbook, metadata, sheet, text } from '../../helpers/read-xlsx';

const campaign = findPreset('ke-hoach-nam')?.build();
if (!campaign) throw new Error('preset ke-hoach-nam is missing');
const built = buildCampaignWorkbooks(campaign);
const fillIn = built.fillIns.find((f) => f.unit.group === 'Doanh nghiệp') ?? built.fillIns[0];
if (!fillIn) throw new Error('no fill-in workbook');

describeWith([SOFFICE, PDFTOTEXT], 'fill-in workbook in LibreOffice Calc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-lo-'));
  const source = join(dir, `${fillIn.unit.code}.xlsx`);

  beforeAll(async () => {
    writeFileSync(source, await renderXlsx(fillIn.layout));
    writeFileSync(join(dir, 'master.xlsx'), await renderXlsx(built.master));
  });

  it('should open and print to PDF with the instructions and the report', () => {
    sofficeConvert(source, 'pdf', dir);
    const pdf = join(dir, `${fillIn.unit.code}.pdf`);
    expect(statSync(pdf).size).toBeGreaterThan(10000);
    const words = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(words).toContain('HƯỚNG DẪN ĐIỀN BÁO CÁO');
    expect(words).toContain('BÁO CÁO KẾT QUẢ');
    expect(words).toContain(fillIn.unit.name);
    expect(words).toContain('Kết quả');
    expect(words).not.toContain('_danvan');
  });

  it('should open and print the master workbook', () => {
    sofficeConvert(join(dir, 'master.xlsx'), 'pdf', dir);
    expect(statSync(join(dir, 'master.pdf')).size).toBeGreaterThan(10000);
  });

  it('should keep metadata, validations and the fingerprint when a clerk saves it from LibreOffice', async () => {
    const outDir = join(dir, 'saved');
    mkdirSync(outDir);
    sofficeConvert(source, 'xlsx:Calc MS Excel 2007 XML', outDir);
    const wb = await loadWorkbook(readFileSync(join(outDir, `${fillIn.unit.code}.xlsx`)));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Báo cáo', '_danvan']);
    expect(sheet(wb, '_danvan').state).not.toBe('visible');
    const meta = metadata(wb);
    expect(meta.get('campaignId')).toBe(campaign.id);
    expect(meta.get('unitCode')).toBe(fillIn.unit.code);

    const ws = sheet(wb, 'Báo cáo');
    const codes = new Set(campaign.indicators.map((i) => i.code));
    const rows: { code: string; label: string; measure: string; target: string }[] = [];
    ws.eachRow((row: ExcelJS.Row) => {
      const code = text(row.getCell(1));
      if (codes.has(code)) rows.push({ code, label: text(row.getCell(2)), measure: text(row.getCell(3)), target: text(row.getCell(4)) });
    });
    expect(rows).toHaveLength(campaign.indicators.length);
    expect(fingerprint(lockedContent(identityOf(campaign, fillIn.unit), rows))).toBe(meta.get('fingerprint'));

    const answer = fillIn.layout.answerCells.get('TT01');
    expect(answer).toBeDefined();
    expect(ws.getCell(answer ?? 'A1').dataValidation).toMatchObject({ type: 'whole', showErrorMessage: true });
  });
});

describeWith([SOFFICE, PDFTOTEXT], 'district report in LibreOffice Calc', () => {
  it('should print the written report as a Vietnamese administrative document', async () => {
    const { consolidate, validateReturns } = await import('../../../src/core');
    const { buildReportLayout } = await import('../../../src/workbook');
    const { smallCampaign } = await import('../../helpers/campaign');
    const { GOOD_ANSWERS, rawReturnFor } = await import('../../helpers/raw-return');
    const small = smallCampaign();
    const raws = [rawReturnFor(small, 'XA01', { ...GOOD_ANSWERS, TT01: 3, TC01: 1, AS04: 30 }), rawReturnFor(small, 'GD02', GOOD_ANSWERS)];
    const result = consolidate(small, validateReturns(small, raws));
    const layout = buildReportLayout({ campaign: small, consolidation: result, readAt: '2026-01-02T08:00:00.000Z', includeErrors: false, reportDate: '2026-01-02' });
    const dir = mkdtempSync(join(tmpdir(), 'danvan-lo-report-'));
    const file = join(dir, 'bao-cao.xlsx');
    writeFileSync(file, await renderXlsx(layout));
    sofficeConvert(file, 'pdf', dir);
    const pdf = join(dir, 'bao-cao.pdf');
    expect(statSync(pdf).size).toBeGreaterThan(10000);
    const words = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hòa Thành, ngày 02 tháng 01 năm 2026', 'BÁO CÁO', 'Nơi nhận:', 'TM. BAN THƯỜNG VỤ', 'Trần Văn Bình', 'CĐCS Công ty TNHH Giày da Hòa Phát (chưa báo cáo)', 'Số buổi tuyên truyền: 7 buổi, đạt 58,3% chỉ tiêu (12 buổi)']) {
      expect(words).toContain(expected);
    }
  });
});
