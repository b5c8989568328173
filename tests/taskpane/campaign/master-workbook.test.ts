import { findPreset } from '../../../src/core/presets';
import { createMasterWorkbook, masterWorkbookFileName } from '../../../src/taskpane/campaign/master-workbook';

describe('createMasterWorkbook', () => {
  it('should load the layout builder and xlsx writer on demand and return an .xlsx (zip) file', async () => {
    const campaign = findPreset('dot-15-ngay')?.build({ year: 2025 });
    if (campaign === undefined) throw new Error('no preset');
    const bytes = await createMasterWorkbook(campaign);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(masterWorkbookFileName(campaign)).toBe(`so-tong-hop-${campaign.id}.xlsx`);
    expect(masterWorkbookFileName(campaign)).toMatch(/^[a-z0-9.-]+$/);
  });
});
