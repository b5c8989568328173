import JSZip from 'jszip';
import type ExcelJS from 'exceljs';
import { parseCampaignJson } from '../../../src/core';
import type { Campaign } from '../../../src/core';
import { renderXlsx } from '../../../src/adapters/xlsx';
import { buildCampaignWorkbooks, fingerprint, identityOf, lockedContent } from '../../../src/workbook';
import { smallCampaign } from '../../helpers/campaign';
import { loadWorkbook, metadata, sheet, text, unlockedCells } from '../../helpers/read-xlsx';

const HEADERS = ['Mã', 'Nội dung', 'ĐVT', 'Chỉ tiêu', 'Kết quả', 'Ghi chú'];

/** Finds the indicator table by its landmark, as any reader of returns must. */
function findHeaderRow(ws: ExcelJS.Worksheet): number {
  for (let r = 1; r <= 40; r++) {
    if (text(ws.getCell(r, 1)) === 'Mã' && text(ws.getCell(r, 5)) === 'Kết quả') return r;
  }
  throw new Error('no header row');
}

function tableRows(ws: ExcelJS.Worksheet, campaign: Campaign) {
  const codes = new Set(campaign.indicators.map((i) => i.code));
  const rows: { row: number; code: string }[] = [];
  ws.eachRow((row, r) => {
    const code = text(row.getCell(1));
    if (codes.has(code)) rows.push({ row: r, code });
  });
  return rows;
}

describe('renderXlsx: fill-in workbook', () => {
  const campaign = smallCampaign();
  const built = buildCampaignWorkbooks(campaign);
  const fillIn = built.fillIns.find((f) => f.unit.code === 'XA01');
  if (!fillIn) throw new Error('no fill-in for XA01');
  let wb: ExcelJS.Workbook;
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await renderXlsx(fillIn.layout);
    wb = await loadWorkbook(bytes);
  });

  it('should hold the instruction, report and metadata sheets, metadata very hidden', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Hướng dẫn', 'visible'],
      ['Báo cáo', 'visible'],
      ['_danvan', 'veryHidden'],
    ]);
  });

  it('should have the contract header row and every indicator code in Mã, in section order', () => {
    const ws = sheet(wb, 'Báo cáo');
    const header = findHeaderRow(ws);
    expect(HEADERS.map((_, i) => text(ws.getCell(header, i + 1)))).toEqual(HEADERS);
    expect(tableRows(ws, campaign).map((r) => r.code)).toEqual(['TT01', 'TT02', 'TT03', 'AS01', 'AS02', 'AS03', 'AS04', 'AS05', 'AS06', 'TC01', 'TC02', 'TC03', 'NT01', 'DG01']);
  });

  it('should pre-fill the unit, its sizes and its own targets', () => {
    const ws = sheet(wb, 'Báo cáo');
    expect(text(ws.getCell('C5'))).toBe('CĐCS xã Trường Hòa');
    expect(text(ws.getCell('C6'))).toBe('XA01');
    expect(text(ws.getCell('F7'))).toBe('31');
    const target = (code: string) => {
      const row = tableRows(ws, campaign).find((r) => r.code === code)?.row ?? 0;
      return ws.getCell(row, 4).value;
    };
    expect(target('TT01')).toBe(3);
    expect(target('TC01')).toBe(1);
    expect(target('AS05')).toBe('≥ 90%');
    expect(target('TT02')).toBeNull();
  });

  it('should unlock only the answer cells', () => {
    const ws = sheet(wb, 'Báo cáo');
    const rows = Object.fromEntries(tableRows(ws, campaign).map((r) => [r.code, r.row]));
    const expected = ['C8', 'F8', 'C9'];
    for (const ind of campaign.indicators) {
      const r = rows[ind.code];
      if (ind.type === 'text') expected.push(`E${r}`);
      else if (ind.type === 'rate') expected.push(`F${r}`);
      else expected.push(`E${r}`, `F${r}`);
    }
    expect(unlockedCells(ws).sort()).toEqual(expected.sort());
    expect((ws as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    expect((sheet(wb, 'Hướng dẫn') as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
  });

  it('should guard each answer with a validation of its type and Vietnamese messages', () => {
    const ws = sheet(wb, 'Báo cáo');
    const rows = Object.fromEntries(tableRows(ws, campaign).map((r) => [r.code, r.row]));
    const dv = (code: string) => ws.getCell(`E${rows[code]}`).dataValidation;
    expect(dv('TT01')).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 1000], showErrorMessage: true, errorStyle: 'stop', promptTitle: 'Nhập số nguyên' });
    expect(dv('TT01').prompt).toContain('Mỗi buổi họp');
    expect(dv('TT01').error).toBe('Ô này chỉ nhận số nguyên từ 0 đến 1.000 (buổi), ví dụ 12. Không gõ chữ, dấu chấm hay dấu phẩy.');
    expect(dv('AS02')).toMatchObject({ type: 'decimal', formulae: [0, 100000] });
    expect(dv('AS03')).toMatchObject({ type: 'list', formulae: ['"Có,Không"'] });
    expect(dv('TC02')).toMatchObject({ type: 'list', formulae: ['"Hoàn thành xuất sắc nhiệm vụ,Hoàn thành tốt nhiệm vụ,Hoàn thành nhiệm vụ"'] });
    expect(dv('NT01')).toMatchObject({ type: 'date', operator: 'between' });
    expect((dv('NT01').formulae as Date[]).map((d) => new Date(d).toISOString().slice(0, 10))).toEqual(['2025-12-16', '2025-12-30']);
    expect(dv('DG01')).toMatchObject({ type: 'textLength', operator: 'lessThanOrEqual', formulae: [1500] });
    expect(ws.getCell('C9').dataValidation).toMatchObject({ type: 'date', promptTitle: 'Ngày báo cáo' });
  });

  it('should compute the unit rate with a formula rather than ask for it', () => {
    const ws = sheet(wb, 'Báo cáo');
    const row = tableRows(ws, campaign).find((r) => r.code === 'AS05')?.row ?? 0;
    const value = ws.getCell(row, 5).value as { formula: string };
    expect(value.formula).toBe(`IF(AND(ISNUMBER(E${row - 1}),N(F7)>0),E${row - 1}/F7,"")`);
    const tc03 = tableRows(ws, campaign).find((r) => r.code === 'TC03')?.row ?? 0;
    expect(text(ws.getCell(tc03, 5))).toBe('Tính khi tổng hợp');
  });

  it('should embed campaign id, unit code, template version and a fingerprint that matches the locked content', () => {
    const meta = metadata(wb);
    expect(meta.get('kind')).toBe('danvan-fill-in');
    expect(meta.get('campaignId')).toBe(campaign.id);
    expect(meta.get('unitCode')).toBe('XA01');
    expect(meta.get('templateVersion')).toBe('1');
    const ws = sheet(wb, 'Báo cáo');
    const rows = tableRows(ws, campaign).map(({ row, code }) => ({
      code,
      label: text(ws.getCell(row, 2)),
      measure: text(ws.getCell(row, 3)),
      target: text(ws.getCell(row, 4)),
    }));
    const recomputed = fingerprint(lockedContent(identityOf(campaign, fillIn.unit), rows));
    expect(meta.get('fingerprint')).toBe(recomputed);
    expect(recomputed).toMatch(/^[0-9a-f]{64}$/);
    expect(wb.keywords).toBe(`danvan;campaign=${campaign.id};unit=XA01;template=1`);
  });

  it('should define names for the landmarks', () => {
    expect(wb.definedNames.getRanges('DV_TABLE').ranges).toEqual([`'Báo cáo'!$A$11:$F$${11 + 5 + 14}`]);
    expect(wb.definedNames.getRanges('DV_UNIT_CODE').ranges).toEqual(["'_danvan'!$B$3"]);
  });

  it('should print on A4 with the table header repeated and keep the header in view', () => {
    const ws = sheet(wb, 'Báo cáo');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '11:11' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 11 });
  });

  it('should write the footer as the centre section Office.js sets: its font codes, then the section again for the text', () => {
    // The same string as the pane's centerFooter (tests/adapters/office/render-layout.test.ts), after `&C`.
    expect(sheet(wb, 'Báo cáo').headerFooter.oddFooter).toBe('&C&"Times New Roman,Italic"&9&CCĐCS xã Trường Hòa — &P/&N');
  });

  it('should contain no macros, comments or charts', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files);
    expect(names.filter((n) => /vba|comments|chart|drawing|macro/i.test(n))).toEqual([]);
    expect(await zip.file('[Content_Types].xml')?.async('string')).not.toMatch(/macroEnabled/);
  });
});

describe('renderXlsx: master workbook', () => {
  const campaign = smallCampaign();
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    wb = await loadWorkbook(await renderXlsx(buildCampaignWorkbooks(campaign).master));
  });

  it('should have the contract sheets', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Chỉ tiêu', 'Đơn vị', 'Tổng hợp', '_danvan']);
  });

  it('should embed the campaign definition so the workbook describes itself', () => {
    const meta = metadata(wb);
    expect(meta.get('kind')).toBe('danvan-master');
    const json = [...meta.entries()].filter(([k]) => k.startsWith('campaign.')).map(([, v]) => v).join('');
    const parsed = parseCampaignJson(json);
    expect(parsed.ok && parsed.value).toEqual(campaign);
  });

  it('should list units with their allocated targets adding up to the district target', () => {
    const ws = sheet(wb, 'Đơn vị');
    expect(text(ws.getCell(3, 9))).toBe('Chỉ tiêu TC01 (đoàn viên)');
    expect(text(ws.getCell(3, 10))).toBe('Chỉ tiêu TT01 (buổi)');
    const tc01 = [4, 5, 6].map((r) => Number(text(ws.getCell(r, 9))));
    expect(tc01).toEqual([1, 1, 18]);
    expect(text(ws.getCell(7, 9))).toBe('20');
    expect((ws.getCell(7, 9).value as { formula: string }).formula).toBe('SUM(I4:I6)');
    expect([4, 5, 6, 7].map((r) => text(ws.getCell(r, 10)))).toEqual(['3', '4', '5', '12']);
  });

  it('should list indicators with district targets and how they are shared', () => {
    const ws = sheet(wb, 'Chỉ tiêu');
    const row = [...Array(20).keys()].map((i) => i + 4).find((r) => text(ws.getCell(r, 1)) === 'TC01') ?? 0;
    expect([9, 10].map((c) => text(ws.getCell(row, c)))).toEqual(['20', 'Chia theo số CNVCLĐ']);
  });
});
