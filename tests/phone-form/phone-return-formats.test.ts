import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFillInForm, readReturnFile, renderXlsx } from '../../src/adapters/xlsx';
import { writeAnswers } from '../../src/adapters/xlsx/write-answers';
import { main } from '../../src/cli/main';
import type { Indicator } from '../../src/core';
import { buildCampaignWorkbooks } from '../../src/workbook';
import { NO_ANSWERS, answerCells } from '../../src/phone-form/form-model';
import { campaignWithUnits } from '../adapters/office/campaigns';
import { SOFFICE, sofficeConvert } from '../helpers/libreoffice';
import { describeWith } from '../helpers/requires';

/**
 * Returns filled on the phone page carry their unit's campaign in `_danvan` (`unitCampaign.1…n`),
 * at 300 units a cell of some 24 000 characters: longer than one BIFF record holds, so a copy
 * re-saved as .xls stores it over CONTINUE records. `danvan validate` and `consolidate` must read
 * them, and their .ods and .xls copies, like any return.
 */
const campaign = campaignWithUnits(300);
const built = buildCampaignWorkbooks(campaign);

function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

/** The received fill-in of the `index`-th unit, with TT01 and the header typed on the phone. */
async function filledOnPhone(index: number, tt01: string): Promise<Uint8Array> {
  const fillIn = built.fillIns[index];
  if (!fillIn) throw new Error('no fill-in');
  const received = await renderXlsx(fillIn.layout);
  const form = await readFillInForm(received, 'received.xlsx');
  if (!form.ok) throw new Error(form.error.map((i) => i.code).join(', '));
  const values = Object.fromEntries(form.value.campaign.indicators.map((i) => [i.code, everyAnswer(i)]));
  const answers = { header: { ...NO_ANSWERS.header, reporter: 'Lò Thị B', phone: '0912345678', reportDate: campaign.period.end }, values: { ...values, TT01: tt01 } };
  return writeAnswers(received, form.value.raw.sheet, answerCells(form.value, answers));
}

/** A plausible answer to every indicator, so the return is accepted and counted. */
function everyAnswer(indicator: Indicator): string {
  switch (indicator.type) {
    case 'yesno':
      return 'Có';
    case 'choice':
      return indicator.choices[0]?.value ?? '';
    case 'date':
      return campaign.period.end;
    case 'text':
      return 'Hoàn thành';
    default:
      return '1';
  }
}

const code = (index: number) => built.fillIns[index]?.unit.code ?? '';

describeWith([SOFFICE], 'returns filled on the phone page, as sent and re-saved by LibreOffice as .ods and .xls', () => {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-phone-formats-'));
  const returns = join(dir, 've');

  beforeAll(async () => {
    mkdirSync(returns);
    writeFileSync(join(dir, 'master.xlsx'), await renderXlsx(built.master));
    writeFileSync(join(returns, `${code(0)}.xlsx`), await filledOnPhone(0, '3'));
    const work = mkdtempSync(join(tmpdir(), 'danvan-phone-work-'));
    for (const [index, tt01, filter] of [
      [1, '12', 'ods:calc8'],
      [2, '7', 'xls:MS Excel 97'],
    ] as const) {
      writeFileSync(join(work, `${code(index)}.xlsx`), await filledOnPhone(index, tt01));
      sofficeConvert(join(work, `${code(index)}.xlsx`), filter, returns);
    }
  }, 180000);

  it.each([
    [0, 'xlsx', 3],
    [1, 'ods', 12],
    [2, 'xls', 7],
  ] as const)('should read unit %i\'s return as .%s with its identity, answers and untampered fingerprint', async (index, ext, tt01) => {
    const read = await readReturnFile(new Uint8Array(readFileSync(join(returns, `${code(index)}.${ext}`))), `${code(index)}.${ext}`);
    if (!read.ok) throw new Error(read.error.map((i) => i.code).join(', '));
    expect(read.value.identity).toMatchObject({ campaignId: campaign.id, unitCode: code(index), source: 'metadata', fingerprint: built.fillIns[index]?.layout.fingerprint });
    expect(read.value.computedFingerprint).toBe(read.value.identity.fingerprint);
    expect(read.value.rows.find((r) => r.code === 'TT01')?.result.value).toBe(tt01);
    expect(read.value.header.phone?.value).toBe('0912345678');
    expect(read.value.readIssues).toEqual([]);
  });

  it('should be counted and consolidated by danvan validate and consolidate', async () => {
    const validated = await run(['validate', 'master.xlsx', 've', '--json'], dir);
    const json = JSON.parse(validated.out) as { units: { code: string; status: string }[]; issues: { severity: string; code: string }[] };
    expect(json.units.filter((u) => u.status !== 'missing').map((u) => [u.code, u.status])).toEqual([0, 1, 2].map((i) => [code(i), 'on-time']));
    expect(json.issues.filter((i) => i.code === 'return.tampered')).toEqual([]);
    const consolidated = await run(['consolidate', 'master.xlsx', 've', '-o', 'tong-hop.xlsx', '--json', 'tong-hop.json'], dir);
    expect(consolidated.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'tong-hop.json'), 'utf8')) as { indicators: { code: string; value: unknown }[] };
    // 3 + 12 + 7 sessions.
    expect(summary.indicators.find((i) => i.code === 'TT01')?.value).toBe(22);
  }, 120000);
});
