import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { findPreset } from '../../../src/core/presets';
import { renderXlsx } from '../../../src/adapters/xlsx';
import { buildCampaignWorkbooks, fingerprint, identityOf, lockedContent } from '../../../src/workbook';
import { describeWith, hasCommand, sofficeConvert } from '../../helpers/libreoffice';
import { loadWorkbook, metadata, sheet, text } from '../../helpers/read-xlsx';

const campaign = findPreset('ke-hoach-nam')?.build();
if (!campaign) throw new Error('preset ke-hoach-nam is missing');
const built = buildCampaignWorkbooks(campaign);
const fillIn = built.fillIns.find((f) => f.unit.group === 'Doanh nghiệp') ?? built.fillIns[0];
if (!fillIn) throw new Error('no fill-in workbook');

describeWith('soffice', 'fill-in workbook in LibreOffice Calc', () => {
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
    if (!hasCommand('pdftotext')) return;
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
