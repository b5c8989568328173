/**
 * The Office.js edge draws the fill-in guide's QR code with `worksheet.shapes.addImage` (ExcelApi
 * 1.9), moved to its anchor cell in points, and writes the address as a hyperlink (ExcelApi 1.7),
 * in the same three syncs as without them.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { columnWidthPoints, renderLayout } from '../../../src/adapters/office';
import { buildCampaignWorkbooks } from '../../../src/workbook';
import type { WorkbookLayout } from '../../../src/workbook';
import { smallCampaign } from '../../helpers/campaign';
import { renderDifferences } from './expect-rendered';
import { FakeExcel } from './fake-excel';

const FORM_URL = 'https://ldld-hoathanh.example.vn/danvan/dien-bao-cao.html';
const campaign = smallCampaign();
const first = (formUrl?: string): WorkbookLayout => (buildCampaignWorkbooks(campaign, { formUrl }).fillIns[0] ?? fail('no fill-in')).layout;

describe('renderLayout: the guide’s QR code and address', () => {
  let fake: FakeExcel;
  let syncs: number;
  const layout = first(FORM_URL);
  beforeAll(async () => {
    fake = new FakeExcel();
    syncs = (await fake.run((context) => renderLayout(context, layout))).syncs;
  });

  it('should add one picture whose code reads back as the address, named and described', () => {
    const [shape, ...more] = fake.sheet('Hướng dẫn').shapes;
    expect(more).toEqual([]);
    if (shape === undefined) throw new Error('no picture');
    expect(shape.name).toBe('QR');
    expect(shape.altTextDescription).toBe(`Mã QR mở trang điền báo cáo trên điện thoại: ${FORM_URL}`);
    const png = PNG.sync.read(Buffer.from(shape.base64, 'base64'));
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(FORM_URL);
    // 148 px at 0.75 pt a pixel would be version 3; this 56-character address needs version 4 at M: (33 + 8) × 4 = 164 px, 123 pt.
    expect([shape.width, shape.height]).toEqual([123, 123]);
  });

  it('should stand at B7: right of column A (6 characters), below rows 1–6 as the layout sizes them', () => {
    const shape = fake.sheet('Hướng dẫn').shapes[0] ?? fail('no picture');
    const guide = layout.sheets.find((s) => s.name === 'Hướng dẫn') ?? fail('no guide');
    const heights = [1, 2, 3, 4, 5, 6].map((row) => guide.rowHeights[row] ?? fail(`row ${row} has no height`));
    expect(shape.left).toBe(columnWidthPoints(6));
    expect(shape.top).toBeCloseTo(heights.reduce((a, b) => a + b, 0), 6);
    // Title 24 pt, the spacer above the phone block 8 pt, its heading 20 pt.
    expect([heights[0], heights[2], heights[3]]).toEqual([24, 8, 20]);
  });

  it('should write the address in B6 as a link that shows itself, and every cell as the layout says', () => {
    const cell = fake.sheet('Hướng dẫn').cell('B6');
    expect(cell?.value).toBe(FORM_URL);
    expect(cell?.hyperlink).toEqual({ address: FORM_URL, textToDisplay: FORM_URL });
    expect(renderDifferences(fake, layout)).toEqual([]);
  });

  it('should take no more syncs than the fill-in without them', async () => {
    const plain = new FakeExcel();
    const without = (await plain.run((context) => renderLayout(context, first()))).syncs;
    expect(syncs).toBe(without);
    expect(plain.sheet('Hướng dẫn').shapes).toEqual([]);
  });
});

describe('the fake’s ShapeCollection.addImage', () => {
  it('should refuse what is not base64 of a PNG or JPEG, such as a data: URL', async () => {
    const fake = new FakeExcel();
    const png = (await import('../../../src/workbook/qr')).qrPng([[true]], 1);
    const base64 = Buffer.from(png).toString('base64');
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').shapes.addImage(`data:image/png;base64,${base64}`);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await fake.run(async (context) => {
      const shape = context.workbook.worksheets.getItem('Sheet1').shapes.addImage(base64);
      shape.left = 10;
      await context.sync();
    });
    // A 1-module code with its quiet zone: 9 px square, 6.75 pt.
    expect(fake.sheet('Sheet1').shapes.map((s) => [s.left, s.width])).toEqual([[10, 6.75]]);
  });

  it('should need ExcelApi 1.9 (the pane’s other 1.9 uses, getRanges, stop an older Excel earlier anyway)', async () => {
    const base64 = Buffer.from((await import('../../../src/workbook/qr')).qrPng([[true]], 1)).toString('base64');
    await expect(
      new FakeExcel({ apiVersion: '1.8' }).run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').shapes.addImage(base64);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound', debugInfo: { errorLocation: 'ShapeCollection.addImage' } });
  });
});
