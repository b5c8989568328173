import { FakeExcel, FakeOfficeError } from './fake-excel';

/** The fake must behave like Excel where the adapter depends on it; these pin that down. */
describe('the fake Excel', () => {
  it('should refuse to read a property before load() and sync(), as Office.js does', async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.values = [[1, 'a']];
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([[1, 'a']]);
      expect(() => range.address).toThrow(FakeOfficeError);
    });
  });

  it('should know isNullObject only after a sync', async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Không có');
      const there = context.workbook.worksheets.getItemOrNullObject('sheet1');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect([missing.isNullObject, there.isNullObject]).toEqual([true, false]);
    });
  });

  it('should apply queued commands only at sync, in order, and count the syncs', async () => {
    const fake = new FakeExcel();
    const context = fake.context();
    const sheet = context.workbook.worksheets.add('Mới');
    sheet.getRange('A1').values = [['x']];
    expect(fake.sheetNames()).toEqual(['Sheet1']);
    await context.sync();
    expect(fake.sheet('Mới').valueAt('A1')).toBe('x');
    expect(fake.syncs).toBe(1);
    expect(fake.log).toEqual([
      { sheet: 'Mới', address: '', property: 'add', value: 'Mới' },
      { sheet: 'Mới', address: 'A1', property: 'values', value: 'x' },
    ]);
  });

  it('should fail a sync at the first bad command, as Excel does', async () => {
    const fake = new FakeExcel();
    const context = fake.context();
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['kept']];
    context.workbook.worksheets.add('Sheet1');
    context.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [['never']];
    await expect(context.sync()).rejects.toMatchObject({ name: 'RichApi.Error', code: 'ItemAlreadyExists' });
    expect(fake.sheet('Sheet1').valueAt('A1')).toBe('kept');
    expect(fake.sheet('Sheet1').valueAt('A2')).toBe('');
  });

  it('should refuse writes that Excel refuses: wrong array size, protected cells, the last visible sheet', async () => {
    const fake = new FakeExcel();
    const sync = async (batch: (c: ReturnType<FakeExcel['context']>) => void) => {
      const context = fake.context();
      batch(context);
      return context.sync().then(
        () => 'ok',
        (e: FakeOfficeError) => e.code,
      );
    };
    expect(await sync((c) => (c.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').values = [['only one']]))).toBe('InvalidArgument');
    expect(await sync((c) => c.workbook.worksheets.getItem('Sheet1').protection.protect({}))).toBe('ok');
    expect(await sync((c) => (c.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']]))).toBe('AccessDenied');
    expect(await sync((c) => (c.workbook.worksheets.getItem('Sheet1').getRange('A1').format.font.bold = true))).toBe('AccessDenied');
    expect(await sync((c) => c.workbook.worksheets.getItem('Sheet1').delete())).toBe('InvalidOperation');
    expect(await sync((c) => (c.workbook.worksheets.getItem('Sheet1').visibility = 'VeryHidden'))).toBe('InvalidOperation');
  });

  it('should reject APIs newer than the simulated requirement set at sync, and report the set', async () => {
    const fake = new FakeExcel({ apiVersion: '1.7' });
    expect([fake.requirements.isSetSupported('ExcelApi', '1.7'), fake.requirements.isSetSupported('ExcelApi', '1.8')]).toEqual([true, false]);
    const context = fake.context();
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.ignoreBlanks = true;
    await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('should complain when a batch ends with commands never synced', async () => {
    const fake = new FakeExcel();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
      }),
    ).rejects.toThrow('never synced');
  });

  it('should store text after a quote prefix as text and a leading = as a formula', async () => {
    const fake = new FakeExcel();
    const context = fake.context();
    context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1').values = [["'=1+1", '=1+1', "'0912"]];
    await context.sync();
    const sheet = fake.sheet('Sheet1');
    expect([sheet.cell('A1'), sheet.cell('B1'), sheet.cell('C1')].map((c) => [c?.value, c?.formula])).toEqual([
      ['=1+1', null],
      ['', '=1+1'],
      ['0912', null],
    ]);
  });

  it.each([
    // typed text → what Excel keeps (vi-VN reads dates day first); serials from 1899-12-30
    ['-5', -5, null],
    ['+5', 5, null],
    ['0912345678', 912345678, null],
    ['1,234.5', 1234.5, null],
    ['(5)', -5, null],
    ['90%', 0.9, null],
    ['1E3', 1000, null],
    ['TRUE', true, null],
    ['false', false, null],
    ['17/12/2024', 45643, null],
    ['2024-12-17', 45643, null],
    ['17-Dec-2024', 45643, null],
    ['5 PM', 17 / 24, null],
    ['17:30', 17.5 / 24, null],
    ['=SUM(A1:A2)', '', '=SUM(A1:A2)'],
    ['-x', '', '=-x'],
    ["'0912345678", '0912345678', null],
    ["'5 PM", '5 PM', null],
    ['CĐCS xã Trường Hòa', 'CĐCS xã Trường Hòa', null],
    ['21/KH-LĐLĐ', '21/KH-LĐLĐ', null],
  ])('should parse %p written through values as Excel does', async (typed, value, formula) => {
    const fake = new FakeExcel();
    const context = fake.context();
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[typed]];
    await context.sync();
    const cell = fake.sheet('Sheet1').cell('A1');
    expect(typeof value === 'number' ? [Number((cell?.value as number).toFixed(9)), cell?.formula] : [cell?.value, cell?.formula]).toEqual([
      typeof value === 'number' ? Number(value.toFixed(9)) : value,
      formula,
    ]);
  });

  it('should parse the day and month of "1/2" and keep text in a cell formatted as text', async () => {
    const fake = new FakeExcel();
    const context = fake.context();
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
    range.numberFormat = [['General', '@']];
    range.values = [['1/2', '1/2']];
    await context.sync();
    const sheet = fake.sheet('Sheet1');
    expect(sheet.valueAt('A1')).toBe(Date.UTC(new Date().getUTCFullYear(), 1, 1) / 86_400_000 + 25_569);
    expect(sheet.valueAt('B1')).toBe('1/2');
  });

  it('should refuse to delete a very hidden sheet, and the last visible one', async () => {
    const fake = new FakeExcel({ sheets: ['Sheet1', '_danvan'] });
    fake.sheet('_danvan').visibility = 'VeryHidden';
    for (const name of ['_danvan', 'Sheet1']) {
      const context = fake.context();
      context.workbook.worksheets.getItem(name).delete();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation', debugInfo: { errorLocation: 'Worksheet.delete' } });
    }
    expect(fake.sheetNames()).toEqual(['Sheet1', '_danvan']);
  });

  it('should carry formulas along when their sheet is renamed, and turn them into #REF! when it is deleted', async () => {
    const fake = new FakeExcel({ sheets: ['Sheet1', 'Tổng hợp', 'Data'] });
    const context = fake.context();
    context.workbook.worksheets.getItem('Sheet1').getRange('A1:A2').formulas = [["='Tổng hợp'!C5*2"], ['=SUM(Data!A1:A3)']];
    await context.sync();
    const sheets = context.workbook.worksheets;
    sheets.getItem('Tổng hợp').name = '~old';
    await context.sync();
    expect(fake.sheet('Sheet1').cell('A1')?.formula).toBe("='~old'!C5*2");
    sheets.getItem('~old').delete();
    sheets.getItem('Data').delete();
    await context.sync();
    expect(['A1', 'A2'].map((a) => [fake.sheet('Sheet1').cell(a)?.formula, fake.sheet('Sheet1').valueAt(a)])).toEqual([
      ['=#REF!C5*2', '#REF!'],
      ['=SUM(#REF!A1:A3)', '#REF!'],
    ]);
  });

  it('should refuse a request or a response over 5 MB, as Excel on the web, or with GeneralException as its older builds', async () => {
    const fake = new FakeExcel();
    const big = [['x'.repeat(5_100_000)]];
    const context = fake.context();
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = big;
    await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.sheet('Sheet1').cell('A1')).toBeUndefined();
    fake.sheet('Sheet1').ensure(1, 1).value = 'x'.repeat(5_100_000);
    const read = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(() => read.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    fake.oversizeAsGeneralException = true;
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
    await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
  });

  it('should refuse the view and print settings it is told to, with GeneralException', async () => {
    const fake = new FakeExcel();
    fake.refusedSettings.add('freezeRows');
    const context = fake.context();
    context.workbook.worksheets.getItem('Sheet1').freezePanes.freezeRows(2);
    await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    expect(fake.sheet('Sheet1').frozen).toBeNull();
  });
});
