import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReturns } from '../../src/cli/returns';
import { renderXlsx } from '../../src/adapters/xlsx';
import { buildCampaignWorkbooks } from '../../src/workbook';
import { smallCampaign } from '../helpers/campaign';

describe('readReturns', () => {
  it('should read a batch in worker threads exactly as in turn, in the order given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-pool-'));
    const built = buildCampaignWorkbooks(smallCampaign());
    const files: string[] = [];
    for (const f of built.fillIns) {
      const path = join(dir, `${f.unit.code}.xlsx`);
      writeFileSync(path, await renderXlsx(f.layout));
      files.push(path);
    }
    const broken = join(dir, 'hong.xlsx');
    writeFileSync(broken, 'không phải tệp Excel');
    files.splice(1, 0, broken);

    const inTurn = await readReturns(files, { pool: false });
    const pooled = await readReturns(files, { pool: true });
    expect(pooled).toEqual(inTurn);
    expect(pooled.raws.map((r) => r.identity.unitCode)).toEqual(['XA01', 'GD02', 'DN03']);
    expect(pooled.unreadable.map((i) => i.file)).toEqual(['hong.xlsx']);
  });
});
