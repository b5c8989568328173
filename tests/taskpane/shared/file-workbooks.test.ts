import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { createFillInZip, readUnitListFile } from '../../../src/taskpane/shared/file-workbooks';
import { smallCampaign } from '../../helpers/campaign';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readUnitListFile', () => {
  it('should read the units of a CSV list and name each bad row by row and column', async () => {
    const csv = 'Mã;Tên đơn vị;Khối;Số đoàn viên\nA01;CĐCS A;Xã;12\nA02;CĐCS B;Xã;-3\n';
    const table = await readUnitListFile({ name: 'don-vi.csv', bytes: bytes(csv) });
    expect(table.units.map((u) => u.code)).toEqual(['A01']);
    expect(table.issues.map((i) => [i.row, i.column])).toEqual([[3, 'Số đoàn viên']]);
  });

  it('should refuse a file type it does not read', async () => {
    const table = await readUnitListFile({ name: 'don-vi.pdf', bytes: bytes('%PDF') });
    expect(table.units).toEqual([]);
    expect(table.issues.map((i) => i.code)).toEqual(['units.unsupportedFile']);
  });

  it('should read, without exceljs, a workbook saved by Excel on the web on which exceljs 4.4.0 never returns', async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '..', '..', 'fixtures', 'corpus', 'exceljs--test-issue-1842.xlsx')));
    const table = await readUnitListFile({ name: 'don-vi.xlsx', bytes });
    expect(table.units).toEqual([]);
    expect(table.issues.map((i) => i.code)).toEqual(['units.noHeader']);
  });
});

describe('createFillInZip', () => {
  it('should name each unit’s form in the zip with the unit’s code and name', async () => {
    const campaign = smallCampaign();
    const bytes = await createFillInZip(campaign, { signal: new AbortController().signal, onProgress: () => undefined });
    const names = Object.keys((await JSZip.loadAsync(bytes)).files).filter((n) => !n.endsWith('/')).sort();
    expect(names).toEqual(['master.xlsx', 'units/DN03 - CĐCS Công ty TNHH Giày da Hòa Phát.xlsx', 'units/GD02 - CĐCS Trường THCS Lê Lợi.xlsx', 'units/XA01 - CĐCS xã Trường Hòa.xlsx']);
  }, 60_000);
});
