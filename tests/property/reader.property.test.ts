import fc from 'fast-check';
import { describeIssue, isMessageKey, messages } from '../../src/core';
import type { Issue } from '../../src/core';
import { renderXlsx } from '../../src/adapters/xlsx';
import { readReturnFile } from '../../src/adapters/xlsx/read-return';
import { buildCampaignWorkbooks } from '../../src/workbook';
import { smallCampaign } from '../helpers/campaign';
import { fillReturn } from '../helpers/fill-return';
import { partsOf, writeZip } from '../hostile/build';
import type { Part } from '../hostile/build';

/**
 * A real return damaged at random — bytes flipped, cut short, one part replaced by garbage or
 * by a fragment of XML — always reads to a return or to issues that read as sentences.
 */
export const READER_RUNS = { bytes: 300, parts: 300 } as const;

const campaign = smallCampaign();
const fillIn = buildCampaignWorkbooks(campaign).fillIns[0];
if (!fillIn) throw new Error('no fill-in');

let filled: Uint8Array;
let parts: Part[];

beforeAll(async () => {
  filled = await fillReturn(await renderXlsx(fillIn.layout), { TT01: 5, TT02: 120, DG01: 'Tốt' });
  parts = await partsOf(filled);
});

function expectReadable(issues: readonly Issue[]): void {
  for (const issue of issues) {
    if (!isMessageKey(issue.code)) throw new Error(`unknown message ${issue.code}`);
    const names = [...messages[issue.code].vi.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    expect(names.filter((name) => !(name in issue.params))).toEqual([]);
    expect(describeIssue(issue).trim().length).toBeGreaterThan(10);
  }
}

describe('readReturnFile (generated damage)', () => {
  it('should answer a return or issues for a real return with bytes flipped or cut', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.option(fc.nat()), async (flips, cut) => {
        const bytes = new Uint8Array(filled);
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        const damaged = cut === null ? bytes : bytes.subarray(0, cut % bytes.length);
        const result = await readReturnFile(damaged, 'hong.xlsx');
        if (result.ok) expectReadable(result.value.readIssues);
        else {
          expect(result.error.length).toBeGreaterThan(0);
          expectReadable(result.error);
        }
      }),
      { numRuns: READER_RUNS.bytes },
    );
  });

  it('should answer a return or issues when one part is replaced by garbage or stray XML', async () => {
    const replacement = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.constantFrom('<?xml version="1.0"?><worksheet/>', '<sst count="1"><si><t>', '<!DOCTYPE x>', '<Types/>', '', '<workbook><sheets/></workbook>'),
    );
    await fc.assert(
      fc.asyncProperty(fc.nat(), replacement, fc.boolean(), async (index, data, drop) => {
        const target = parts[index % parts.length] as Part;
        const changed = parts.flatMap((p) => (p !== target ? [p] : drop ? [] : [{ name: p.name, data }]));
        const result = await readReturnFile(writeZip(changed), 'sua.xlsx');
        if (result.ok) expectReadable(result.value.readIssues);
        else expectReadable(result.error);
      }),
      { numRuns: READER_RUNS.parts },
    );
  });
});
