import { allocateTargets, checkReturn, describeIssue } from '../../src/core';
import { buildCampaignWorkbooks, buildMasterLayout, expectedFingerprints } from '../../src/workbook';
import { readFillInForm, readReturnFile, renderXlsx } from '../../src/adapters/xlsx';
import type { FillInForm } from '../../src/adapters/xlsx';
import { writeAnswers } from '../../src/adapters/xlsx/write-answers';
import { NO_ANSWERS, answerCells, checkAnswers, findingsByField, formSections } from '../../src/phone-form/form-model';
import type { Answers } from '../../src/phone-form/form-model';
import { smallCampaign } from '../helpers/campaign';

const campaign = smallCampaign();
const built = buildCampaignWorkbooks(campaign);
const fillIn = built.fillIns.find((f) => f.unit.code === 'XA01');
if (!fillIn) throw new Error('no XA01 form');

let bytes: Uint8Array;
let form: FillInForm;

beforeAll(async () => {
  bytes = await renderXlsx(fillIn.layout);
  const read = await readFillInForm(bytes, 'XA01.xlsx');
  if (!read.ok) throw new Error(read.error.map((i) => i.code).join(', '));
  form = read.value;
});

const withValues = (values: Record<string, string>, header: Partial<Answers['header']> = {}): Answers => ({ header: { ...NO_ANSWERS.header, ...header }, values });

describe('reading a received fill-in for the phone form', () => {
  it('should carry only its own unit, with the targets the district shared to it', () => {
    expect(form.unit.code).toBe('XA01');
    expect(form.campaign.units.map((u) => u.code)).toEqual(['XA01']);
    // TC01: 20 shared by workforce 31 / 55 / 700 (Hamilton): floors 0, 1, 17 and the two largest remainders → XA01 gets 1.
    expect(form.unitTargets.get('TC01')?.get('XA01')).toBe(1);
    // TT01 was typed by hand: 3 for XA01.
    expect(form.unitTargets.get('TT01')?.get('XA01')).toBe(3);
  });

  it('should expect the same form fingerprint from its own view of the campaign as the master does', () => {
    expect(expectedFingerprints(form.campaign).get('XA01')).toBe(expectedFingerprints(campaign).get('XA01'));
    expect(form.raw.identity.fingerprint).toBe(fillIn.layout.fingerprint);
  });

  it('should list the indicators by section, with the targets their rows show', () => {
    const sections = formSections(form);
    expect(sections.map((s) => s.section)).toEqual(['propaganda', 'welfare', 'organisation', 'situation', 'assessment']);
    const tt01 = sections[0]?.indicators[0];
    expect(tt01?.indicator.code).toBe('TT01');
    expect(tt01?.target).toBe('3');
  });

  it('should refuse a master, a non-workbook and a damaged file with a sentence', async () => {
    const master = await readFillInForm(await renderXlsx(buildMasterLayout(campaign)), 'so-tong-hop.xlsx');
    expect(!master.ok && master.error[0]?.code).toBe('phone.notFillIn');
    const text = await readFillInForm(new TextEncoder().encode('hello, not a workbook'), 'ghi-chu.txt');
    expect(text.ok).toBe(false);
    const cut = await readFillInForm(bytes.slice(0, 2000), 'XA01.xlsx');
    expect(cut.ok).toBe(false);
    const sentences = [master, text, cut].map((result) => (result.ok ? '' : result.error.map((i) => describeIssue(i)).join(' ')));
    expect(sentences[0]).toContain('so-tong-hop.xlsx');
    expect(sentences[1]).toContain('ghi-chu.txt');
    expect(sentences[2]).toContain('XA01.xlsx');
  });
});

describe('checking the answers as the clerk types', () => {
  it('should say a required field is empty in the sentence validate prints, beside its field', () => {
    const found = findingsByField(form, checkAnswers(form, NO_ANSWERS), 'vi');
    expect(found.get('TT01')?.map((f) => f.text)).toContainEqual(expect.stringContaining('chưa điền "Số buổi tuyên truyền" (bắt buộc)'));
    expect(found.get('reporter')?.length).toBeGreaterThan(0);
  });

  it('should read Vietnamese number habits and check bounds and cross-checks', () => {
    // "1.234" is one thousand two hundred and thirty-four, above TT01's maximum of 1 000.
    const over = findingsByField(form, checkAnswers(form, withValues({ TT01: '1.234' })), 'vi');
    expect(over.get('TT01')?.some((f) => f.severity === 'error')).toBe(true);
    // 50 workers of 40 attendees: the part is larger than its whole.
    const cross = checkAnswers(form, withValues({ TT01: '2', TT02: '40', TT03: '50' }));
    expect(cross.issues.some((i) => i.severity === 'error' && (i.indicator === 'TT03' || i.indicator === 'TT02'))).toBe(true);
    const fine = checkAnswers(form, withValues({ TT01: '2', TT02: '1.500', TT03: '1.200' }, { reporter: 'Nguyễn Thị Lan', reportDate: '2025-12-31' }));
    expect(fine.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(fine.ret?.values).toMatchObject({ TT01: 2, TT02: 1500, TT03: 1200 });
  });
});

describe('downloading the filled workbook', () => {
  it('should give back the received workbook with the answers in its cells, read by the district as typed, untampered', async () => {
    const answers = withValues(
      { TT01: '3', TT02: '1.500', TT03: '1.200', AS01: '12', AS02: '2,5', AS03: 'Có', AS04: '20', AS06: '120,5', TC01: '1', TC02: 'Hoàn thành tốt nhiệm vụ', NT01: '2025-12-20', DG01: 'Hoàn thành <tốt> & đúng hạn' },
      { reporter: 'Nguyễn Thị Lan', phone: '0912345678', reportDate: '2025-12-31' },
    );
    const filled = await writeAnswers(bytes, form.raw.sheet, answerCells(form, answers));
    const read = await readReturnFile(filled, 'XA01-filled.xlsx');
    if (!read.ok) throw new Error(read.error.map((i) => i.code).join(', '));
    const checked = checkReturn({ campaign, unitTargets: allocateTargets(campaign).perUnit, expectedFingerprints: expectedFingerprints(campaign) }, read.value);
    expect(checked.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(checked.ret?.values).toEqual({
      TT01: 3, TT02: 1500, TT03: 1200, AS01: 12, AS02: 2.5, AS03: true, AS04: 20, AS06: 120.5, TC01: 1, TC02: 'Hoàn thành tốt nhiệm vụ', NT01: '2025-12-20', DG01: 'Hoàn thành <tốt> & đúng hạn',
    });
    expect(checked.ret?.reporter).toBe('Nguyễn Thị Lan');
    expect(checked.ret?.phone).toBe('0912345678');
    expect(checked.ret?.reportDate).toBe('2025-12-31');
    expect(read.value.identity.fingerprint).toBe(read.value.computedFingerprint);
    // Numbers are stored as numbers, the phone as text.
    const cells = new Map(read.value.rows.map((r) => [r.code, r.result.value]));
    expect(cells.get('TT02')).toBe(1500);
    expect(read.value.header.phone?.value).toBe('0912345678');
  });
});
