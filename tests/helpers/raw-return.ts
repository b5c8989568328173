import type { Campaign, RawIdentity, RawReturn, RawRow, RawValue } from '../../src/core';
import { buildCampaignWorkbooks } from '../../src/workbook';

export type RawOptions = {
  readonly file?: string;
  readonly reporter?: RawValue;
  readonly reportDate?: RawValue;
  readonly round?: RawValue;
  readonly identity?: Partial<RawIdentity>;
  readonly computedFingerprint?: string;
  readonly rows?: (rows: RawRow[]) => RawRow[];
};

/**
 * What a reader would hand over for a unit's generated fill-in workbook with these answers:
 * addresses and fingerprint come from the real layout, so the rules see realistic input.
 */
export function rawReturnFor(campaign: Campaign, unitCode: string, answers: Record<string, RawValue>, options: RawOptions = {}): RawReturn {
  const fillIn = buildCampaignWorkbooks(campaign).fillIns.find((f) => f.unit.code === unitCode);
  if (!fillIn) throw new Error(`no unit ${unitCode}`);
  const rows: RawRow[] = campaign.indicators.map((ind, i) => {
    const address = fillIn.layout.answerCells.get(ind.code) ?? `E${12 + i}`;
    return { code: ind.code, label: ind.label.vi, measure: ind.measure, target: '', result: { address, value: answers[ind.code] ?? null }, note: { address: address.replace('E', 'F'), value: null } };
  });
  const cell = (address: string, value: RawValue | undefined) => ({ address, value: value === undefined ? null : value });
  return {
    file: options.file ?? `${unitCode}.xlsx`,
    sha256: 'ab'.repeat(32),
    sheet: 'Báo cáo',
    identity: { campaignId: campaign.id, unitCode, templateVersion: 1, fingerprint: fillIn.layout.fingerprint, source: 'metadata', ...options.identity },
    computedFingerprint: options.computedFingerprint ?? fillIn.layout.fingerprint,
    header: {
      unitName: cell('C5', fillIn.unit.name),
      unitCode: cell('C6', unitCode),
      reporter: cell('C8', options.reporter === undefined ? 'Phạm Thị Hoa' : options.reporter),
      phone: cell('F8', '0905123456'),
      reportDate: cell('C9', options.reportDate === undefined ? { date: '2025-12-31' } : options.reportDate),
      round: cell('F9', options.round === undefined ? campaign.reportingRounds[0]?.label ?? null : options.round),
    },
    rows: options.rows ? options.rows(rows) : rows,
    readIssues: [],
  };
}

/** Answers for the small test campaign that meet every rule and every target. */
export const GOOD_ANSWERS: Record<string, RawValue> = {
  TT01: 4,
  TT02: 250,
  TT03: 120,
  AS01: 10,
  AS02: 5,
  AS03: 'Có',
  AS04: 50,
  AS06: 150.5,
  TC01: 2,
  TC02: 'Hoàn thành tốt nhiệm vụ',
  NT01: { date: '2025-12-16' },
  DG01: 'Đơn vị tổ chức tốt các hoạt động.',
};
