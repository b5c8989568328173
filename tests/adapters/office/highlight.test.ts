import { HIGHLIGHT_FILL, clearHighlights, goToCell, highlightIssues, renderLayout, runExcel } from '../../../src/adapters/office';
import { makeIssue } from '../../../src/core';
import { buildCampaignWorkbooks } from '../../../src/workbook';
import { smallCampaign } from '../../helpers/campaign';
import { FakeExcel } from './fake-excel';

const small = buildCampaignWorkbooks(smallCampaign());

async function master(apiVersion?: string): Promise<FakeExcel> {
  const fake = new FakeExcel(apiVersion === undefined ? {} : { apiVersion });
  await fake.run((context) => renderLayout(context, small.master));
  fake.syncs = 0;
  return fake;
}

const issues = [
  makeIssue({ severity: 'warning', code: 'x', sheet: 'Đơn vị', cell: 'E4' }),
  makeIssue({ severity: 'error', code: 'y', sheet: 'Đơn vị', cell: 'E4' }),
  makeIssue({ severity: 'warning', code: 'z', sheet: 'Đơn vị', cell: 'C5' }),
  makeIssue({ severity: 'error', code: 'w', sheet: 'Chỉ tiêu', cell: 'I4' }),
  makeIssue({ severity: 'error', code: 'no-cell', sheet: 'Đơn vị' }),
];

describe('highlightIssues', () => {
  // The newest ExcelApi the fake knows, and the manifest's minimum.
  it.each(['1.16', '1.14'])('should colour issue cells by severity in two syncs, the error winning (ExcelApi %s)', async (apiVersion) => {
    const fake = await master(apiVersion);
    const protections = fake.sheets.map((sheet) => sheet.protection);
    const highlights = await fake.run((context) => highlightIssues(context, issues));
    expect(fake.syncs).toBe(2);
    expect(fake.sheets.map((sheet) => sheet.protection)).toEqual(protections);
    expect(fake.sheet('Đơn vị').cell('E4')?.fill).toBe(HIGHLIGHT_FILL.error);
    expect(fake.sheet('Đơn vị').cell('C5')?.fill).toBe(HIGHLIGHT_FILL.warning);
    expect(fake.sheet('Chỉ tiêu').cell('I4')?.fill).toBe(HIGHLIGHT_FILL.error);
    expect(highlights).toEqual([
      { sheet: 'Đơn vị', address: 'E4', previousFill: null },
      { sheet: 'Đơn vị', address: 'C5', previousFill: null },
      { sheet: 'Chỉ tiêu', address: 'I4', previousFill: null },
    ]);
  });

  it('should remember a previous fill and put it back', async () => {
    const fake = await master();
    const highlights = await fake.run((context) => highlightIssues(context, [makeIssue({ severity: 'warning', code: 'x', sheet: 'Tổng hợp', cell: 'A6' })]));
    expect(highlights).toEqual([{ sheet: 'Tổng hợp', address: 'A6', previousFill: '#EDEDED' }]);
    expect(fake.sheet('Tổng hợp').cell('A6')?.fill).toBe(HIGHLIGHT_FILL.warning);
    await fake.run((context) => clearHighlights(context, [...highlights, { sheet: 'Đơn vị', address: 'E4', previousFill: null }]));
    expect(fake.sheet('Tổng hợp').cell('A6')?.fill).toBe('#EDEDED');
    expect(fake.sheet('Đơn vị').cell('E4')?.fill).toBeNull();
    expect(fake.syncs).toBe(4);
  });

  it('should open a protected unit sheet for the colour and protect it again with its own options', async () => {
    const fake = new FakeExcel();
    const fillIn = (small.fillIns[0] ?? fail()).layout;
    await fake.run((context) => renderLayout(context, fillIn));
    const options = fake.sheet('Báo cáo').protection;
    expect(options).not.toBeNull();
    const mark = [makeIssue({ severity: 'error', code: 'x', sheet: 'Báo cáo', cell: 'E13' })];
    const highlights = await fake.run((context) => highlightIssues(context, mark));
    expect(fake.sheet('Báo cáo').cell('E13')?.fill).toBe(HIGHLIGHT_FILL.error);
    expect(fake.sheet('Báo cáo').protection).toEqual(options);
    await fake.run((context) => clearHighlights(context, highlights));
    expect(fake.sheet('Báo cáo').cell('E13')?.fill).toBe('#FFF2CC');
    expect(fake.sheet('Báo cáo').protection).toEqual(options);
    expect(fake.log.filter((w) => w.sheet === 'Báo cáo' && /^(un)?protect$/.test(w.property)).map((w) => w.property)).toEqual(['protect', 'unprotect', 'protect', 'unprotect', 'protect']);
  });

  it('should report a sheet that is gone as an Office error, not throw', async () => {
    const fake = await master();
    const result = await runExcel((context) => highlightIssues(context, [makeIssue({ severity: 'error', code: 'x', sheet: 'Không có', cell: 'E13' })]), { run: fake.run });
    expect(result.ok ? 'ok' : result.error.code).toBe('itemNotFound');
  });
});

describe('goToCell', () => {
  it('should activate the sheet and select the cell in one sync', async () => {
    const fake = await master();
    await fake.run((context) => goToCell(context, 'Đơn vị', 'E4'));
    expect(fake.active).toBe('Đơn vị');
    expect(fake.selection).toEqual({ sheet: 'Đơn vị', address: 'E4' });
    expect(fake.syncs).toBe(1);
  });
});

function fail(): never {
  throw new Error('missing');
}
