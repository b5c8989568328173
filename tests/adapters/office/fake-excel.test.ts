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
});
