import { validateReturns } from '../../../src/core';
import type { Campaign, RawReturn } from '../../../src/core';
import { toBase64 } from '../../../src/adapters/office';
import { DEFAULT_PAYLOAD_BUDGET } from '../../../src/adapters/office/batch';
import { readFillInForm, readReturnFile, renderXlsx } from '../../../src/adapters/xlsx';
import { writeAnswers } from '../../../src/adapters/xlsx/write-answers';
import { META_KEYS, META_SHEET, buildCampaignWorkbooks, expectedFingerprints, fillLayout } from '../../../src/workbook';
import { NO_ANSWERS, answerCells } from '../../../src/phone-form/form-model';
import { createExcelActions } from '../../../src/taskpane/shared/excel-actions';
import { smallCampaign } from '../../helpers/campaign';
import { campaignWithUnits } from '../../adapters/office/campaigns';
import { FakeExcel } from '../../adapters/office/fake-excel';

/**
 * A fill-in's `_danvan` carries its unit's view of the campaign (`unitCampaign.1…n`) for the phone
 * page. Importing returns copies only their report sheet into the master, so none of it may reach
 * the master: its own `_danvan` still holds the district's campaign, with all its units.
 */
const control = { signal: new AbortController().signal, onProgress: () => undefined };
type Sent = { readonly file: { readonly name: string; readonly bytes: Uint8Array }; readonly raw: RawReturn };

async function read(bytes: Uint8Array, name: string): Promise<Sent> {
  const result = await readReturnFile(bytes, name);
  if (!result.ok) throw new Error(result.error.map((i) => i.code).join(', '));
  return { file: { name, bytes }, raw: result.value };
}

/** Filled in a spreadsheet app (the layout's answer cells written). */
async function typedInExcel(campaign: Campaign, index: number, tt01: number): Promise<Sent> {
  const fillIn = buildCampaignWorkbooks(campaign).fillIns[index];
  if (!fillIn) throw new Error('no fill-in');
  const bytes = await renderXlsx(fillLayout(fillIn.layout, new Map([['TT01', tt01]]), { reporter: 'Nguyễn Văn A', reportDate: { date: campaign.period.end } }));
  return read(bytes, `${fillIn.unit.code}.xlsx`);
}

/** Filled on the phone page: the received bytes with the answers written into them. */
async function typedOnPhone(campaign: Campaign, index: number, tt01: string): Promise<Sent> {
  const fillIn = buildCampaignWorkbooks(campaign).fillIns[index];
  if (!fillIn) throw new Error('no fill-in');
  const received = await renderXlsx(fillIn.layout);
  const form = await readFillInForm(received, `${fillIn.unit.code}.xlsx`);
  if (!form.ok) throw new Error(form.error.map((i) => i.code).join(', '));
  const answers = { header: { ...NO_ANSWERS.header, reporter: 'Lò Thị B', reportDate: campaign.period.end }, values: { TT01: tt01 } };
  return read(await writeAnswers(received, form.value.raw.sheet, answerCells(form.value, answers)), `${fillIn.unit.code} - phone.xlsx`);
}

function metaValues(fake: FakeExcel): string[] {
  return [...fake.sheet(META_SHEET).cells.values()].map((c) => String(c.value));
}

async function importBoth(campaign: Campaign, refused = false) {
  const fake = new FakeExcel({ apiVersion: '1.14' });
  // Excel refusing the copy (a file-type policy): the unit sheets are written from what was read.
  if (refused) fake.insertsBeforeRefusal = 0;
  const actions = createExcelActions({ lang: () => 'vi', run: fake.run });
  expect((await actions.writeMaster(campaign)).ok).toBe(true);
  const masterMeta = metaValues(fake);
  const sent = [await typedInExcel(campaign, 0, 4), await typedOnPhone(campaign, 1, '1.234')];
  // The phone's return does carry the unit's campaign: that is what is being kept out.
  expect(sent[1]?.raw.identity.fingerprint).toBe(sent[1]?.raw.computedFingerprint);
  fake.syncs = 0;
  const imported = await actions.importReturns(campaign, sent, control);
  const syncs = fake.syncs;
  return { fake, actions, sent, imported, syncs, masterMeta };
}

describe.each([
  ['a small campaign', smallCampaign(), false],
  ['300 units', campaignWithUnits(300), false],
  ['300 units, Excel refusing the copy', campaignWithUnits(300), true],
])('importing returns made in a spreadsheet app and on the phone page (%s)', (_, campaign, refused) => {
  let run: Awaited<ReturnType<typeof importBoth>>;
  beforeAll(async () => {
    run = await importBoth(campaign, refused);
  }, 60000);

  it('should copy each return\'s report sheet only (or write it), in the usual syncs, under the request limit', () => {
    const codes = run.sent.map((s) => s.raw.identity.unitCode);
    expect(run.imported).toEqual({ ok: true, value: { written: codes, kept: [] } });
    expect(run.fake.log.filter((w) => w.property === 'insertWorksheetsFromBase64')).toHaveLength(refused ? 0 : 2);
    if (!refused) expect(run.syncs).toBe(3);
    expect(Math.max(...run.fake.requests)).toBeLessThan(run.fake.requestLimit);
    // No second metadata sheet arrived with the copies.
    expect(run.fake.sheetNames().filter((n) => n.startsWith(META_SHEET))).toEqual([META_SHEET]);
  });

  it('should leave the master\'s own _danvan as written, without any unit\'s campaign rows', () => {
    expect(metaValues(run.fake)).toEqual(run.masterMeta);
    for (const name of run.fake.sheetNames()) {
      const keys = [...run.fake.sheet(name).cells.values()].map((c) => String(c.value));
      expect(keys.filter((k) => k.startsWith(`${META_KEYS.unitCampaignJson}.`))).toEqual([]);
    }
  });

  it('should read back the district\'s campaign, every unit, not a unit\'s trimmed view', async () => {
    expect(await run.actions.readOpenCampaign()).toEqual({ ok: true, value: campaign });
  });

  it('should read both unit sheets back with their answers and untampered fingerprints', async () => {
    const back = await run.actions.readUnitSheets(campaign);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.map((r) => [r.identity.unitCode, r.rows.find((row) => row.code === 'TT01')?.result.value])).toEqual([
      [run.sent[0]?.raw.identity.unitCode, 4],
      [run.sent[1]?.raw.identity.unitCode, 1234],
    ]);
    for (const raw of back.value) expect(raw.computedFingerprint).toBe(raw.identity.fingerprint);
    const validation = validateReturns(campaign, back.value, [], { expectedFingerprints: expectedFingerprints(campaign) });
    expect(validation.issues.filter((i) => i.code.includes('fingerprint') || i.code.includes('tamper'))).toEqual([]);
    expect(validation.units.filter((u) => u.status !== 'missing').map((u) => u.code)).toEqual(run.sent.map((s) => s.raw.identity.unitCode));
  });
});

it('should keep a return, with its unit\'s campaign, small enough for about a hundred copies a sync at 300 units', async () => {
  // 300 units: the unit's own view holds one unit, so the return does not grow with the district.
  const phone = await typedOnPhone(campaignWithUnits(300), 7, '2');
  const base64 = toBase64(phone.file.bytes).length;
  expect(base64).toBeLessThan(DEFAULT_PAYLOAD_BUDGET / 100);
});
