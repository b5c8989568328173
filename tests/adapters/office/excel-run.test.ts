import { describeOfficeError, runExcel, toOfficeError } from '../../../src/adapters/office';
import type { OfficeError } from '../../../src/adapters/office';
import { FakeExcel, FakeOfficeError } from './fake-excel';

/** A batch that writes one cell and syncs. */
const writeA1 = async (context: Parameters<Parameters<FakeExcel['run']>[0]>[0]) => {
  context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
  await context.sync();
  return 'done';
};

describe('runExcel', () => {
  it('should retry while Excel is in cell-edit mode, backing off', async () => {
    const fake = new FakeExcel();
    fake.cellEditFailures = 2;
    const waits: number[] = [];
    const result = await runExcel(writeA1, { run: fake.run, sleep: async (ms) => void waits.push(ms) });
    expect(result).toEqual({ ok: true, value: 'done' });
    expect(waits).toEqual([250, 500]);
    expect(fake.syncs).toBe(3);
    expect(fake.sheet('Sheet1').valueAt('A1')).toBe('x');
  });

  it('should give up after the last attempt with a cellEditMode error', async () => {
    const fake = new FakeExcel();
    fake.cellEditFailures = 10;
    const result = await runExcel(writeA1, { run: fake.run, attempts: 3, sleep: async () => undefined });
    expect(result).toEqual({ ok: false, error: { code: 'cellEditMode', attempts: 3 } });
    expect(fake.sheet('Sheet1').valueAt('A1')).toBe('');
  });

  it('should retry a batch refused with InvalidOperation in cell-edit mode, as the cell-edit page describes', async () => {
    const fake = new FakeExcel();
    fake.cellEditCode = 'InvalidOperation';
    fake.cellEditFailures = 2;
    const waits: number[] = [];
    expect(await runExcel(writeA1, { run: fake.run, sleep: async (ms) => void waits.push(ms) })).toEqual({ ok: true, value: 'done' });
    expect(waits).toEqual([250, 500]);
    fake.cellEditFailures = 10;
    expect(await runExcel(writeA1, { run: fake.run, attempts: 2, sleep: async () => undefined })).toEqual({ ok: false, error: { code: 'cellEditMode', attempts: 2 } });
  });

  it('should report an InvalidOperation that persists for another reason as Excel gave it', async () => {
    const fake = new FakeExcel({ sheets: ['Sheet1', 'Ẩn'] });
    fake.sheet('Ẩn').visibility = 'VeryHidden';
    let runs = 0;
    const result = await runExcel(
      async (context) => {
        runs += 1;
        context.workbook.worksheets.getItem('Ẩn').delete();
        await context.sync();
      },
      { run: fake.run, attempts: 3, sleep: async () => undefined },
    );
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'office', officeCode: 'InvalidOperation', location: 'Worksheet.delete' }) });
    expect(runs).toBe(3);
  });

  it('should ask Excel to hold the batch while a cell is edited when told to (delayForCellEdit)', async () => {
    const fake = new FakeExcel();
    fake.cellEditFailures = 1;
    const waits: number[] = [];
    const result = await runExcel(writeA1, { run: fake.run, delayForCellEdit: true, sleep: async (ms) => void waits.push(ms) });
    expect(result).toEqual({ ok: true, value: 'done' });
    expect(fake.delayedForCellEdit).toBe(1);
    expect(waits).toEqual([]);
    expect(fake.syncs).toBe(1);
  });

  it('should not retry other errors', async () => {
    const fake = new FakeExcel();
    let runs = 0;
    const result = await runExcel(
      async (context) => {
        runs += 1;
        context.workbook.worksheets.getItem('Không có').getRange('A1').values = [['x']];
        await context.sync();
      },
      { run: fake.run, sleep: async () => undefined },
    );
    expect(result).toEqual({ ok: false, error: { code: 'itemNotFound', detail: 'WorksheetCollection.getItem' } });
    expect(runs).toBe(1);
  });

  it('should map an API the host lacks to apiNotSupported', async () => {
    const fake = new FakeExcel({ apiVersion: '1.7' });
    const result = await runExcel(
      async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.ignoreBlanks = true;
        await context.sync();
      },
      { run: fake.run },
    );
    expect(result).toEqual({ ok: false, error: { code: 'apiNotSupported', detail: 'dataValidation.ignoreBlanks' } });
  });

  it('should say it needs Excel when Office.js is not there', async () => {
    expect(await runExcel(async () => 1)).toEqual({ ok: false, error: { code: 'notInExcel' } });
  });

  it('should turn anything thrown inside the batch into an unexpected error', async () => {
    const fake = new FakeExcel();
    const result = await runExcel(
      async () => {
        throw new TypeError('boom');
      },
      { run: fake.run },
    );
    expect(result).toEqual({ ok: false, error: { code: 'unexpected', detail: 'boom' } });
  });
});

describe('toOfficeError', () => {
  it.each([
    [new FakeOfficeError('InvalidOperationInCellEditMode', 'm'), { code: 'cellEditMode', attempts: 1 }],
    [new FakeOfficeError('InvalidOperation', 'The operation isn’t available while Excel is in Edit cell mode.'), { code: 'cellEditMode', attempts: 1 }],
    [new FakeOfficeError('InvalidOperation', 'Not allowed by policy.', 'Workbook.insertWorksheetsFromBase64'), { code: 'office', officeCode: 'InvalidOperation', message: 'Not allowed by policy.', location: 'Workbook.insertWorksheetsFromBase64' }],
    [new FakeOfficeError('AccessDenied', 'm', 'Range.values'), { code: 'accessDenied', detail: 'Range.values' }],
    [new FakeOfficeError('ItemAlreadyExists', 'A sheet named X already exists.'), { code: 'itemAlreadyExists', detail: 'A sheet named X already exists.' }],
    [new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'too big'), { code: 'payloadTooLarge', detail: 'too big' }],
    [new FakeOfficeError('InvalidArgument', 'm', 'Worksheet.getRanges'), { code: 'invalidArgument', detail: 'Worksheet.getRanges' }],
    [new FakeOfficeError('GeneralException', 'Something failed', 'Range.merge'), { code: 'office', officeCode: 'GeneralException', message: 'Something failed', location: 'Range.merge' }],
    [Object.assign(new Error('x'), { name: 'RichApi.Error', code: 'ItemNotFound' }), { code: 'itemNotFound', detail: 'x' }],
    [new Error('plain'), { code: 'unexpected', detail: 'plain' }],
    ['a string', { code: 'unexpected', detail: 'a string' }],
    [{ code: 'NotOffice' }, { code: 'unexpected', detail: '[object Object]' }],
  ])('should map %p', (cause, error) => {
    expect(toOfficeError(cause)).toEqual(error);
  });
});

describe('describeOfficeError', () => {
  const errors: OfficeError[] = [
    { code: 'cellEditMode', attempts: 4 },
    { code: 'apiNotSupported', detail: 'd' },
    { code: 'accessDenied', detail: 'd' },
    { code: 'itemNotFound', detail: 'd' },
    { code: 'itemAlreadyExists', detail: 'd' },
    { code: 'payloadTooLarge', detail: 'd' },
    { code: 'invalidArgument', detail: 'd' },
    { code: 'notInExcel' },
    { code: 'office', officeCode: 'GeneralException', message: 'boom', location: '' },
    { code: 'unexpected', detail: 'd' },
  ];

  it.each(errors)('should word $code in Vietnamese and English, leaving no placeholder', (error) => {
    const vi = describeOfficeError(error, 'vi');
    const en = describeOfficeError(error, 'en');
    expect(vi).not.toMatch(/[{}]/);
    expect(en).not.toMatch(/[{}]/);
    expect(vi).not.toBe(en);
  });

  it('should tell the user how to leave cell-edit mode', () => {
    expect(describeOfficeError({ code: 'cellEditMode', attempts: 4 })).toContain('Enter');
  });
});
