import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readChosenReturn, renderXlsx } from '../../../src/adapters/xlsx';
import { PRESETS } from '../../../src/core/presets';
import { buildCampaignWorkbooks } from '../../../src/workbook';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/plans', name)));
const codes = async (bytes: Uint8Array, name: string) => {
  const read = await readChosenReturn(bytes, name);
  return read.ok ? [] : read.error.map((i) => [i.code, i.params]);
};

describe('readChosenReturn: a file chosen as a return in the pane', () => {
  it('should name a Word letter or a PDF for what it is, in the sentence for returns', async () => {
    expect(await codes(fixture('nam-2025-bao-cao-dinh-ky.docx'), 'thu.docx')).toEqual([['file.wrongKind.return', { file: 'thu.docx', found: 'một văn bản Word (.docx)' }]]);
    expect(await codes(fixture('ke-hoach-ban-chup.pdf'), 'anh.pdf')).toEqual([['file.wrongKind.return', { file: 'anh.pdf', found: 'một tệp PDF' }]]);
  });

  it("should keep the reader's own sentence for a damaged workbook and for plain text", async () => {
    const preset = PRESETS[0];
    if (preset === undefined) throw new Error('no preset');
    const form = await renderXlsx(buildCampaignWorkbooks(preset.build({ year: 2025 })).fillIns[0]?.layout ?? (undefined as never));
    const [cut] = await codes(form.subarray(0, Math.floor(form.length * 0.6)), 'hong.xlsx');
    expect(cut?.[0]).toMatch(/^reader\./);
    expect((await codes(new TextEncoder().encode('không phải tệp Excel'), 'ghi-chu.txt')).map(([code]) => code)).toEqual(['reader.notSpreadsheet']);
  });
});
