import fc from 'fast-check';
import { validateReturns } from '../../src/core';
import type { RawValue } from '../../src/core';
import { readReturnFile, renderXlsx } from '../../src/adapters/xlsx';
import { buildCampaignWorkbooks } from '../../src/workbook';
import { smallCampaign } from '../helpers/campaign';
import { fillReturn } from '../helpers/fill-return';
import type { FillHeader, FillValue } from '../helpers/fill-return';
import { GOOD_ANSWERS, rawReturnFor } from '../helpers/raw-return';

const campaign = smallCampaign();
const built = buildCampaignWorkbooks(campaign);
const GOOD = GOOD_ANSWERS as Record<string, FillValue>;
const HEADER: FillHeader = { reporter: 'Phạm Thị Hoa', phone: '0905123456', reportDate: { date: '2025-12-31' } };

/** A unit's generated form, filled in as a clerk would, then read back like any return. */
async function returned(unit: string, answers: Record<string, FillValue>, header: FillHeader = HEADER, file = `${unit}.xlsx`) {
  const form = built.fillIns.find((f) => f.unit.code === unit);
  if (!form) throw new Error(unit);
  const bytes = await fillReturn(await renderXlsx(form.layout), answers, header);
  const read = await readReturnFile(bytes, file);
  if (!read.ok) throw new Error(`unreadable: ${read.error.map((i) => i.code).join(', ')}`);
  return read.value;
}

describe('faulty returns made from generated fill-in workbooks', () => {
  it.each<[string, Record<string, FillValue>, FillHeader, [string, string, string]]>([
    ['a required answer left empty', { ...GOOD, TT01: null }, HEADER, ['error', 'return.required', 'TT01']],
    ['words in a number cell', { ...GOOD, TT02: 'hai trăm' }, HEADER, ['error', 'return.notNumber', 'TT02']],
    ['"1,000" in a count', { ...GOOD, TT02: '1,000', TT03: 0 }, HEADER, ['error', 'return.ambiguousNumber', 'TT02']],
    ['"1.5" in a count', { ...GOOD, TT01: '1.5' }, HEADER, ['error', 'return.ambiguousNumber', 'TT01']],
    ['a number over the bound', { ...GOOD, TT01: 5000 }, HEADER, ['error', 'return.outOfBounds', 'TT01']],
    ['"trong đó" over its total', { ...GOOD, TT02: 100, TT03: 120 }, HEADER, ['error', 'return.partExceedsWhole', 'TT03']],
    ['a gift value with no gifts', { ...GOOD, AS01: 0, AS02: '1,5 triệu' }, HEADER, ['warning', 'return.requiresMissing', 'AS01']],
    ['a yes/no answered "có lẽ"', { ...GOOD, AS03: 'có lẽ' }, HEADER, ['error', 'return.notYesNo', 'AS03']],
    ['a choice not in the list', { ...GOOD, TC02: 'Tốt' }, HEADER, ['error', 'return.notChoice', 'TC02']],
    ['a date typed month first', { ...GOOD, NT01: '12/17/2025' }, HEADER, ['error', 'return.notDate', 'NT01']],
    ['a date outside the round', { ...GOOD, NT01: '05/01/2026' }, HEADER, ['warning', 'return.dateOutsidePeriod', 'NT01']],
    ['a figure below the unit target', { ...GOOD, TT01: 2 }, HEADER, ['warning', 'return.belowTarget', 'TT01']],
    ['a figure over 5 times the target', { ...GOOD, TT01: 25 }, HEADER, ['warning', 'return.farAboveTarget', 'TT01']],
    ['a report dated after the deadline', GOOD, { ...HEADER, reportDate: '05/01/2026' }, ['warning', 'return.late', '']],
  ])('should report %s', async (_name, answers, header, [severity, code, indicator]) => {
    const result = validateReturns(campaign, [await returned('GD02', answers, header)]);
    const found = result.issues.filter((i) => i.unit === 'GD02' && !i.code.startsWith('return.sentBack.'));
    expect(found.map((i) => [i.severity, i.code, i.indicator])).toEqual([[severity, code, indicator]]);
    expect(found[0]?.cell).toMatch(/^[A-Z]+\d+$/);
  });

  it('should accept Vietnamese habits: thousands dots, decimal commas, money in words, "x", "-" and dd/mm/yyyy', async () => {
    const raw = await returned('GD02', { ...GOOD, TT02: '1.250', TT03: '-', AS02: '2,5 triệu', AS03: 'x', AS06: '12,5', NT01: '16/12/2025' });
    const result = validateReturns(campaign, [raw]);
    expect(result.issues.filter((i) => i.unit === 'GD02')).toEqual([]);
    expect(result.returns[0]?.ret?.values).toMatchObject({ TT02: 1250, TT03: 0, AS02: 2.5, AS03: true, AS06: 12.5, NT01: '2025-12-16' });
  });

  it('should take a formula typed by the clerk by its cached value, zero included', async () => {
    const raw = await returned('GD02', { ...GOOD, TT03: { formula: 'TT02*0', result: 0 }, AS06: { formula: '100+50.5', result: 150.5 } });
    const result = validateReturns(campaign, [raw]);
    expect(result.issues.filter((i) => i.unit === 'GD02')).toEqual([]);
    expect(result.returns[0]?.ret?.values).toMatchObject({ TT03: 0, AS06: 150.5 });
  });

  it('should keep both returns of a unit, count the later one, and list the units that sent none', async () => {
    const first = await returned('XA01', { ...GOOD, TT01: 3, TC01: 1, AS04: 30 }, { ...HEADER, reportDate: { date: '2025-12-28' } }, 'XA01-lan-1.xlsx');
    const second = await returned('XA01', { ...GOOD, TT01: 4, TC01: 1, AS04: 30 }, HEADER, 'XA01-lan-2.xlsx');
    const result = validateReturns(campaign, [second, first]);
    expect(result.returns.map((r) => [r.raw.file, r.use])).toEqual([
      ['XA01-lan-2.xlsx', 'counted'],
      ['XA01-lan-1.xlsx', 'superseded'],
    ]);
    expect(result.units.map((u) => u.status)).toEqual(['on-time', 'missing', 'missing']);
  });
});

describe('validation of arbitrary cell contents', () => {
  const rawValue = fc.oneof(
    fc.constant(null),
    fc.string(),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom('1.000', '1,000', '12,5', '-', 'không', 'x', 'Có', '=SUM(A1)', '+84', '@x', '1,5 triệu', '31/02/2025', '17/12/2025'),
    fc.double({ noNaN: false }),
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.boolean(),
    fc.date({ min: new Date('1990-01-01'), max: new Date('2050-01-01'), noInvalidDate: true }).map((d) => ({ date: d.toISOString().slice(0, 10) })),
  ) as fc.Arbitrary<RawValue>;
  const answered = campaign.indicators.filter((i) => i.type !== 'rate').map((i) => i.code);

  it('should never crash, and every value it does not accept is named in an issue at its cell', () => {
    fc.assert(
      fc.property(fc.record(Object.fromEntries(answered.map((code) => [code, rawValue]))), (answers) => {
        const raw = rawReturnFor(campaign, 'GD02', answers as Record<string, RawValue>);
        const result = validateReturns(campaign, [raw]);
        const values = result.returns[0]?.ret?.values ?? {};
        for (const row of raw.rows) {
          const typed = row.result.value;
          const blank = typed === null || (typeof typed === 'string' && typed.trim() === '');
          if (blank || values[row.code] !== null) continue;
          const named = result.issues.some((i) => i.cell === row.result.address && i.severity === 'error' && i.indicator === row.code);
          if (!named) throw new Error(`value ${JSON.stringify(typed)} of ${row.code} was dropped without an issue`);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
