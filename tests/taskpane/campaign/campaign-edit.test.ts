import type { Campaign } from '../../../src/core';
import { CATALOGUE, findIndicator } from '../../../src/core/catalogue';
import { describeIssue } from '../../../src/core/describe-issue';
import { makeIssue } from '../../../src/core/schema/issue';
import { PRESETS } from '../../../src/core/presets';
import { allocateTargets } from '../../../src/core/allocation';
import { applyEdit, checkDraft, draftOf, isMetaField, issuesByPath, issuesUnder, linesOf, manualSum, metaValue, parseNumberText, withoutRoundEchoes } from '../../../src/taskpane/campaign/campaign-edit';
import { isOwnIndicator, OWN_TYPES } from '../../../src/taskpane/campaign/editor/own-indicator';
import { nextRound } from '../../../src/taskpane/campaign/editor/rounds';
import type { CampaignDraft, CampaignEdit } from '../../../src/taskpane/campaign/campaign-edit';
import { editCampaign, startEditing } from '../../../src/taskpane/shared/campaign-store';

function preset(): Campaign {
  const first = PRESETS[0];
  if (first === undefined) throw new Error('no presets');
  return first.build({ year: 2025 });
}

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing');
  return value;
}

const apply = (draft: CampaignDraft, ...edits: CampaignEdit[]) => edits.reduce(applyEdit, draft);
const paths = (draft: CampaignDraft) => {
  const checked = checkDraft(draft);
  return checked.ok ? [] : checked.error.map((i) => `${i.path} ${i.code}`);
};

describe('applyEdit', () => {
  const base = preset();

  it.each([
    ['title', 'Kế hoạch mới'],
    ['organization.name', 'LĐLĐ huyện Phong Thổ'],
    ['organization.parent', 'LĐLĐ tỉnh Lai Châu'],
    ['plan.number', '12/KH-LĐLĐ'],
    ['plan.date', '2025-11-20'],
    ['place', 'Phong Thổ'],
    ['period.start', '2025-12-01'],
    ['period.end', '2025-12-31'],
    ['deadline', '2026-01-05'],
  ] as const)('should set %s and keep the campaign valid', (field, value) => {
    const draft = apply(draftOf(base), { kind: 'meta', field, value });
    expect(metaValue(draft, field)).toBe(value);
    expect(paths(draft)).toEqual([]);
  });

  it.each([
    ['an end before the start', { field: 'period.end', value: '2020-01-01' }, 'period.end schema.periodOrder'],
    ['an empty title', { field: 'title', value: '  ' }, 'title schema.tooSmallString'],
    ['an empty issuer', { field: 'organization.name', value: '' }, 'organization.name schema.tooSmallString'],
    ['a deadline before the period', { field: 'deadline', value: '2000-01-01' }, 'deadline schema.deadlineBeforePeriod'],
  ] as const)('should report %s at its path', (_, edit, expected) => {
    expect(paths(apply(draftOf(base), { kind: 'meta', ...edit }))).toContain(expected);
  });

  it('should drop the plan date when it is cleared', () => {
    const draft = apply(draftOf(base), { kind: 'meta', field: 'plan.date', value: '2025-01-02' }, { kind: 'meta', field: 'plan.date', value: '' });
    expect('date' in draft.plan).toBe(false);
    expect(paths(draft)).toEqual([]);
  });

  it('should move a single reporting round with the period and deadline', () => {
    const one: Campaign = { ...base, reportingRounds: [{ ...must(base.reportingRounds[0]), period: base.period, deadline: base.deadline }] };
    const draft = apply(draftOf(one), { kind: 'meta', field: 'period.end', value: '2026-02-01' }, { kind: 'meta', field: 'deadline', value: '2026-02-03' });
    expect(draft.reportingRounds[0]?.period.end).toBe('2026-02-01');
    expect(draft.reportingRounds[0]?.deadline).toBe('2026-02-03');
  });

  it('should remove an indicator with its target and the checks that name it', () => {
    const target = must(base.targets[0]);
    const draft = apply(draftOf(base), { kind: 'removeIndicator', code: target.indicator });
    expect(draft.indicators.some((i) => i.code === target.indicator)).toBe(false);
    expect(draft.targets.some((t) => t.indicator === target.indicator)).toBe(false);
    expect(JSON.stringify(draft.checks)).not.toContain(`"${target.indicator}"`);
    expect(paths(draft)).toEqual([]);
  });

  it('should add a catalogue indicator once, in catalogue order', () => {
    const present = new Set(base.indicators.map((i) => i.code));
    const extra = must(CATALOGUE.find((i) => !present.has(i.code) && i.partOf === undefined));
    const order = CATALOGUE.map((i) => i.code);
    const draft = apply(draftOf(base), { kind: 'addIndicator', indicator: extra, order }, { kind: 'addIndicator', indicator: extra, order });
    expect(draft.indicators.filter((i) => i.code === extra.code)).toHaveLength(1);
    const ranks = draft.indicators.map((i) => order.indexOf(i.code)).filter((r) => r >= 0);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(paths(draft)).toEqual([]);
  });

  it('should mark an indicator required', () => {
    const code = must(base.indicators[0]).code;
    const draft = apply(draftOf(base), { kind: 'setRequired', code, required: true });
    expect(draft.indicators[0]?.required).toBe(true);
  });

  it.each([
    ['12', 12],
    ['1,5', 1.5],
    [' 3.25 ', 3.25],
    ['', ''],
    ['mười', 'mười'],
    ['-1', '-1'],
    ['1.200', 1200],
    ['1.234.567,5', 1234567.5],
    ['1.2.3', '1.2.3'],
  ])('should read the target text %j as %j', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it('should add, change and remove a target', () => {
    const code = must(base.indicators.find((i) => i.type === 'integer' && !base.targets.some((t) => t.indicator === i.code))).code;
    let draft = apply(
      draftOf(base),
      { kind: 'addTarget', indicator: code },
      { kind: 'targetValue', indicator: code, text: '40' },
      { kind: 'targetDirection', indicator: code, direction: 'atMost' },
      { kind: 'targetAllocation', indicator: code, allocation: 'members' },
    );
    expect(draft.targets.find((t) => t.indicator === code)).toEqual({ indicator: code, value: 40, direction: 'atMost', allocation: { method: 'proportional', basis: 'members' } });
    expect(paths(draft)).toEqual([]);
    draft = apply(draft, { kind: 'removeTarget', indicator: code });
    expect(draft.targets.some((t) => t.indicator === code)).toBe(false);
  });

  it('should report a target value that is not a number at targets[i].value', () => {
    const target = must(base.targets[0]);
    const draft = apply(draftOf(base), { kind: 'targetValue', indicator: target.indicator, text: 'nhiều' });
    expect(paths(draft)).toEqual([`targets[0].value schema.wrongType`]);
  });

  it('should replace and remove units, dropping hand-typed shares of removed units', () => {
    const units = [
      { code: 'A1', name: 'CĐCS A', group: 'Xã' },
      { code: 'B2', name: 'CĐCS B', group: 'Xã' },
    ];
    const code = must(base.indicators.find((i) => i.type === 'integer')).code;
    const manual: Campaign = {
      ...base,
      units,
      targets: [{ indicator: code, value: 3, direction: 'atLeast', allocation: { method: 'manual', values: { A1: 1, B2: 2 } } }],
    };
    const draft = apply(draftOf(manual), { kind: 'removeUnit', code: 'B2' });
    expect(draft.units.map((u) => u.code)).toEqual(['A1']);
    expect(draft.targets[0]?.allocation).toEqual({ method: 'manual', values: { A1: 1 } });
    const replaced = apply(draftOf(manual), { kind: 'setUnits', units: [{ code: 'C3', name: 'CĐCS C', group: 'Xã' }] });
    expect(replaced.units.map((u) => u.code)).toEqual(['C3']);
    expect(replaced.targets[0]?.allocation).toEqual({ method: 'manual', values: {} });
    expect(paths(replaced)).toEqual([]);
  });

  it('should find every catalogue indicator it may add', () => {
    expect(findIndicator(must(CATALOGUE[0]).code)).toBeDefined();
  });
});

describe('editCampaign', () => {
  it('should keep the last valid campaign while the draft is invalid, then take the fixed one', () => {
    const base = preset();
    const bad = editCampaign(startEditing(base), { kind: 'meta', field: 'period.end', value: '2000-01-01' });
    expect(bad.valid).toBe(base);
    expect(bad.issues.map((i) => i.path)).toContain('period.end');
    const fixed = editCampaign(bad, { kind: 'meta', field: 'period.end', value: base.period.end });
    expect(fixed.issues).toEqual([]);
    expect(fixed.valid.period).toEqual(base.period);
    expect(fixed.valid).not.toBe(base);
  });
});

describe('issuesByPath', () => {
  const issue = (path: string) => makeIssue({ severity: 'error', code: 'schema.periodOrder', path });
  const issues = [issue('period.end'), issue('targets[2].value'), issue('targets[20].value'), issue('targets[2]'), issue('')];
  const byPath = issuesByPath(issues);

  it.each([
    ['period.end', ['period.end']],
    ['period', ['period.end']],
    ['targets[2]', ['targets[2].value', 'targets[2]']],
    ['targets[2].value', ['targets[2].value']],
    ['targets[20]', ['targets[20].value']],
    ['title', []],
    ['', ['']],
  ])('should give the issues under %j', (path, expected) => {
    expect(issuesUnder(byPath, path).map((i) => i.path)).toEqual(expected);
  });

  it('should word a field issue in Vietnamese', () => {
    expect(describeIssue({ ...issue('period.end'), path: '' })).toBe('ngày kết thúc đứng trước ngày bắt đầu.');
  });
});

describe('withoutRoundEchoes', () => {
  const issue = (path: string, code = 'schema.periodOrder') => makeIssue({ severity: 'error', code, path });

  it.each([
    ['the echo of a period problem', [issue('period.end'), issue('reportingRounds[0].period.end')], ['period.end']],
    ['a round problem of its own', [issue('reportingRounds[1].period.end')], ['reportingRounds[1].period.end']],
    ['a different problem at the same place', [issue('deadline', 'schema.isoDate'), issue('reportingRounds[0].deadline', 'schema.realDate')], ['deadline', 'reportingRounds[0].deadline']],
  ])('should handle %s', (_, issues, expected) => {
    expect(withoutRoundEchoes(issues).map((i) => i.path)).toEqual(expected);
  });

  it.each([
    ['period.end', true],
    ['title', true],
    ['targets[0].value', false],
    ['', false],
  ])('should tell %j is a form field: %s', (path, expected) => {
    expect(isMetaField(path)).toBe(expected);
  });
});

/** The campaign a valid draft is; fails the test with the draft's issues otherwise. */
function valid(draft: CampaignDraft): Campaign {
  const checked = checkDraft(draft);
  if (!checked.ok) throw new Error(checked.error.map((i) => `${i.path} ${i.code}`).join('; '));
  return checked.value;
}

describe('reporting rounds', () => {
  const base = preset();
  const first = must(base.reportingRounds[0]);

  it('should add the next round after the last: same length, same delay to the deadline, a free id', () => {
    const draft = apply(draftOf(base), { kind: 'addRound' }, { kind: 'addRound' });
    expect(first).toMatchObject({ period: { start: '2025-12-17', end: '2025-12-31' }, deadline: '2026-01-01' });
    expect(draft.reportingRounds.slice(1)).toEqual([
      { id: 'dot-2', label: 'Báo cáo đợt 2', period: { start: '2026-01-01', end: '2026-01-15' }, deadline: '2026-01-16' },
      { id: 'dot-3', label: 'Báo cáo đợt 3', period: { start: '2026-01-16', end: '2026-01-30' }, deadline: '2026-01-31' },
    ]);
    expect(paths(draft)).toEqual([]);
  });

  it('should skip a taken id and keep the time of day of the last round', () => {
    const round = nextRound({ ...base, reportingRounds: [{ ...first, id: 'dot-2', deadlineTime: '10:00' }] });
    expect(round.id).toBe('dot-3');
    expect(round.deadlineTime).toBe('10:00');
  });

  it('should cover the campaign period when the last round has no usable dates', () => {
    const round = nextRound({ ...base, reportingRounds: [{ ...first, period: { start: '2025-12-31', end: '2025-12-01' } }] });
    expect(round.period).toEqual(base.period);
    expect(round.deadline).toBe(base.deadline);
  });

  it('should edit every field of a round and keep the campaign valid', () => {
    const draft = apply(
      draftOf(base),
      { kind: 'addRound' },
      { kind: 'round', index: 1, field: 'id', value: ' giua-ky ' },
      { kind: 'round', index: 1, field: 'label', value: 'Báo cáo giữa kỳ' },
      { kind: 'round', index: 1, field: 'period.start', value: '2025-12-20' },
      { kind: 'round', index: 1, field: 'period.end', value: '2025-12-24' },
      { kind: 'round', index: 1, field: 'deadline', value: '2025-12-25' },
      { kind: 'round', index: 1, field: 'deadlineTime', value: '10:00' },
    );
    expect(valid(draft).reportingRounds[1]).toEqual({ id: 'giua-ky', label: 'Báo cáo giữa kỳ', period: { start: '2025-12-20', end: '2025-12-24' }, deadline: '2025-12-25', deadlineTime: '10:00' });
    expect(draft.reportingRounds[0]).toBe(first);
    const cleared = apply(draft, { kind: 'round', index: 1, field: 'deadlineTime', value: ' ' });
    expect('deadlineTime' in must(cleared.reportingRounds[1])).toBe(false);
  });

  it.each([
    ['an empty name', 'label', '', 'reportingRounds[1].label schema.tooSmallString'],
    ['an id with capitals and spaces', 'id', 'Đợt 2', 'reportingRounds[1].id schema.roundId'],
    ['an id already used', 'id', 'ket-thuc', 'reportingRounds[1].id schema.duplicateRound'],
    ['an end before the start', 'period.end', '2025-01-01', 'reportingRounds[1].period.end schema.periodOrder'],
    ['a date that does not exist', 'deadline', '2026-02-30', 'reportingRounds[1].deadline schema.realDate'],
    ['a time past midnight', 'deadlineTime', '25:00', 'reportingRounds[1].deadlineTime schema.timeOfDay'],
  ] as const)('should report %s at the round field', (_, field, value, expected) => {
    expect(paths(apply(draftOf(base), { kind: 'addRound' }, { kind: 'round', index: 1, field, value }))).toEqual([expected]);
  });

  it('should remove a round, and let the schema say that one must remain', () => {
    const two = apply(draftOf(base), { kind: 'addRound' });
    expect(apply(two, { kind: 'removeRound', index: 0 }).reportingRounds.map((r) => r.id)).toEqual(['dot-2']);
    expect(paths(apply(draftOf(base), { kind: 'removeRound', index: 0 }))).toEqual(['reportingRounds schema.tooSmallArray']);
  });
});

describe('basis, recipients and signer', () => {
  const base = preset();

  it('should read one item a line, leaving blank lines out', () => {
    expect(linesOf(' Kế hoạch số 1 \r\n\n  \nKế hoạch số 2\n')).toEqual(['Kế hoạch số 1', 'Kế hoạch số 2']);
    const draft = apply(draftOf(base), { kind: 'lines', field: 'basis', text: 'Căn cứ A\n\nCăn cứ B\n' }, { kind: 'lines', field: 'recipients', text: 'Thường trực Huyện ủy\nLưu: VP' });
    expect(valid(draft)).toMatchObject({ basis: ['Căn cứ A', 'Căn cứ B'], recipients: ['Thường trực Huyện ủy', 'Lưu: VP'] });
    expect(apply(draft, { kind: 'lines', field: 'basis', text: '\n \n' }).basis).toEqual([]);
  });

  it('should start a signer from any line and need a title', () => {
    const unsigned = apply(draftOf(base), { kind: 'clearSigner' });
    expect('signer' in unsigned).toBe(false);
    expect(paths(unsigned)).toEqual([]);
    const named = apply(unsigned, { kind: 'signer', field: 'name', value: 'Trần Thị Lan' });
    expect(named.signer).toEqual({ onBehalf: '', title: '', name: 'Trần Thị Lan' });
    expect(paths(named)).toEqual(['signer.title schema.tooSmallString']);
    const signed = apply(named, { kind: 'signer', field: 'title', value: 'PHÓ CHỦ TỊCH' }, { kind: 'signer', field: 'onBehalf', value: 'KT. CHỦ TỊCH' });
    expect(valid(signed).signer).toEqual({ onBehalf: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Trần Thị Lan' });
  });

  it('should take the signer off when every line is emptied', () => {
    const signer = must(base.signer);
    const draft = apply(draftOf(base), { kind: 'signer', field: 'onBehalf', value: '' }, { kind: 'signer', field: 'title', value: ' ' });
    expect(draft.signer).toEqual({ onBehalf: '', title: ' ', name: signer.name });
    expect('signer' in apply(draft, { kind: 'signer', field: 'name', value: '' })).toBe(false);
  });
});

describe('manual shares', () => {
  const base = preset();
  const target = must(base.targets[0]);
  const code = target.indicator;
  const at = base.targets.indexOf(target);
  const withTarget = (allocation: Campaign['targets'][number]['allocation'], value = 12): Campaign => ({
    ...base,
    targets: base.targets.map((t) => (t === target ? { ...t, value, allocation } : t)),
  });
  const sharesOf = (draft: CampaignDraft) => must(draft.targets.find((t) => t.indicator === code)).allocation;

  it('should start from the proportional split the target had, adding up to the target', () => {
    const draft = apply(draftOf(withTarget({ method: 'proportional', basis: 'members' }, 120)), { kind: 'targetAllocation', indicator: code, allocation: 'manual' });
    const allocation = sharesOf(draft);
    if (allocation.method !== 'manual') throw new Error('not manual');
    expect(Object.keys(allocation.values)).toEqual(base.units.map((u) => u.code));
    expect(manualSum(allocation)).toBe(120);
    const proportional = allocateTargets(withTarget({ method: 'proportional', basis: 'members' }, 120)).perUnit.get(code);
    expect(allocation.values).toEqual(Object.fromEntries(must(proportional)));
    expect(paths(draft)).toEqual([]);
  });

  it('should start empty from a district-only target and keep the shares when manual is chosen again', () => {
    const draft = apply(draftOf(withTarget({ method: 'none' })), { kind: 'targetAllocation', indicator: code, allocation: 'manual' }, { kind: 'manualShare', indicator: code, unit: 'XA01', text: '5' });
    expect(sharesOf(draft)).toEqual({ method: 'manual', values: { XA01: 5 } });
    expect(sharesOf(apply(draft, { kind: 'targetAllocation', indicator: code, allocation: 'manual' }))).toEqual({ method: 'manual', values: { XA01: 5 } });
  });

  it('should keep typed text until it is a number, and report it at the unit', () => {
    let draft = apply(draftOf(withTarget({ method: 'manual', values: {} })), { kind: 'manualShare', indicator: code, unit: 'XA01', text: '1.500' }, { kind: 'manualShare', indicator: code, unit: 'XA02', text: 'mười' });
    expect(sharesOf(draft)).toEqual({ method: 'manual', values: { XA01: 1500, XA02: 'mười' } });
    expect(manualSum(sharesOf(draft))).toBe(1500);
    expect(paths(draft)).toEqual([`targets[${at}].allocation.values.XA02 schema.wrongType`]);
    // The target counts houses: a decimal share stays as typed, for the field to say so.
    expect(sharesOf(apply(draft, { kind: 'manualShare', indicator: code, unit: 'XA01', text: '1,5' }))).toEqual({ method: 'manual', values: { XA01: '1,5', XA02: 'mười' } });
    draft = apply(draft, { kind: 'manualShare', indicator: code, unit: 'XA02', text: '10' }, { kind: 'manualShare', indicator: code, unit: 'XA01', text: '' });
    expect(sharesOf(draft)).toEqual({ method: 'manual', values: { XA02: 10 } });
    expect(allocateTargets(valid(draft)).perUnit.get(code)).toEqual(new Map([['XA02', 10]]));
  });

  it('should ignore a share typed for a target that is not shared by hand', () => {
    const draft = apply(draftOf(withTarget({ method: 'none' })), { kind: 'manualShare', indicator: code, unit: 'XA01', text: '5' });
    expect(sharesOf(draft)).toEqual({ method: 'none' });
  });

  it('should add shares up in hundredths', () => {
    expect(manualSum({ method: 'manual', values: { A: 0.1, B: 0.2, C: 'x' } })).toBe(0.3);
    expect(manualSum({ method: 'none' })).toBe(0);
  });
});

describe('own indicators', () => {
  const base = preset();
  const added = (draft: CampaignDraft) => draft.indicators.length - 1;
  const own = (draft: CampaignDraft, field: 'code' | 'label' | 'measure' | 'type' | 'section' | 'partOf', value: string): CampaignEdit => ({
    kind: 'ownIndicator',
    index: added(draft),
    field,
    value,
  });
  const start = () => apply(draftOf(base), { kind: 'addOwnIndicator' });

  it('should add a blank indicator with a free code, which needs its wording', () => {
    const draft = start();
    const n = added(draft);
    expect(base.indicators.at(-1)?.section).toBe('assessment');
    // Numbers go with the last numbers asked for, not into the written assessment that ends the list.
    expect(draft.indicators[n]).toMatchObject({ code: 'CT01', type: 'integer', label: { vi: '', en: '' }, section: must(base.indicators.find((i) => i.code === 'TC01')).section });
    expect(paths(draft)).toEqual([`indicators[${n}].label.vi schema.tooSmallString`, `indicators[${n}].label.en schema.tooSmallString`]);
    expect(apply(draft, { kind: 'addOwnIndicator' }).indicators.at(-1)?.code).toBe('CT02');
  });

  it('should make a valid indicator from its fields', () => {
    let draft = start();
    draft = apply(draft, own(draft, 'label', 'Số buổi đối thoại với CNVCLĐ'), own(draft, 'code', 'dt01'), own(draft, 'measure', 'buổi'), own(draft, 'section', 'organisation'));
    expect(valid(draft).indicators.at(-1)).toEqual({
      code: 'DT01',
      label: { vi: 'Số buổi đối thoại với CNVCLĐ', en: 'Số buổi đối thoại với CNVCLĐ' },
      section: 'organisation',
      measure: 'buổi',
      required: false,
      type: 'integer',
      min: 0,
      aggregation: 'sum',
    });
    expect(isOwnIndicator(must(draft.indicators.at(-1)), CATALOGUE)).toBe(true);
    expect(isOwnIndicator(must(base.indicators[0]), CATALOGUE)).toBe(false);
  });

  it.each(OWN_TYPES)('should make a valid %s indicator', (type) => {
    let draft = start();
    draft = apply(draft, own(draft, 'label', 'Nội dung riêng'), own(draft, 'measure', 'lượt'), own(draft, 'type', type));
    const made = must(valid(draft).indicators.at(-1));
    expect(made.type).toBe(type);
    expect(made.measure).toBe(['integer', 'decimal', 'money'].includes(type) ? 'lượt' : '');
  });

  it.each([
    ['a code with a space', 'CT 1', 'schema.indicatorCode'],
    ['a code of one letter', 'C', 'schema.indicatorCode'],
    ['a code already used', 'TT01', 'schema.duplicateIndicator'],
  ])('should report %s at the code', (_, code, expected) => {
    let draft = start();
    draft = apply(draft, own(draft, 'label', 'Nội dung riêng'), own(draft, 'code', code));
    expect(paths(draft)).toEqual([`indicators[${added(draft)}].code ${expected}`]);
  });

  it('should carry the target along when the code changes, but not into a code already taken', () => {
    let draft = start();
    draft = apply(draft, own(draft, 'label', 'Nội dung riêng'), { kind: 'addTarget', indicator: 'CT01' }, own(draft, 'code', 'RI01'));
    expect(draft.targets.map((t) => t.indicator)).toContain('RI01');
    expect(paths(draft)).toEqual([]);
    draft = apply(draft, own(draft, 'code', 'TT01'));
    expect(draft.targets.filter((t) => t.indicator === 'RI01')).toHaveLength(1);
  });

  it('should drop the target when the type can no longer have one', () => {
    let draft = start();
    draft = apply(draft, own(draft, 'label', 'Nội dung riêng'), { kind: 'addTarget', indicator: 'CT01' }, own(draft, 'type', 'yesno'));
    expect(draft.targets.some((t) => t.indicator === 'CT01')).toBe(true);
    draft = apply(draft, own(draft, 'type', 'text'));
    expect(draft.targets.some((t) => t.indicator === 'CT01')).toBe(false);
    expect(paths(draft)).toEqual([]);
  });

  it('should put a "trong đó" row under its total, in its section, with a check, and undo it', () => {
    const whole = must(base.indicators.find((i) => i.code === 'AS01'));
    let draft = start();
    draft = apply(draft, own(draft, 'label', 'Trong đó nhà xây mới'), own(draft, 'partOf', whole.code));
    const index = draft.indicators.findIndex((i) => i.code === 'CT01');
    expect(draft.indicators[index - 1]?.code).toBe(whole.code);
    expect(draft.indicators[index]).toMatchObject({ partOf: whole.code, section: whole.section });
    expect(draft.checks).toContainEqual({ kind: 'notGreater', part: 'CT01', whole: whole.code });
    expect(paths(draft)).toEqual([]);
    draft = apply(draft, { kind: 'ownIndicator', index, field: 'partOf', value: '' });
    expect('partOf' in must(draft.indicators[index])).toBe(false);
    expect(draft.checks.some((c) => c.kind === 'notGreater' && c.part === 'CT01')).toBe(false);
  });

  it('should ignore a type or section it does not know', () => {
    const draft = start();
    expect(apply(draft, own(draft, 'type', 'rate'))).toBe(draft);
    expect(apply(draft, own(draft, 'section', 'other'))).toBe(draft);
  });

  it('should remove only the one of two indicators sharing a code that was asked for', () => {
    let draft = start();
    draft = apply(draft, own(draft, 'label', 'Nội dung riêng'), own(draft, 'code', 'TT01'));
    const removed = apply(draft, { kind: 'removeIndicator', code: 'TT01', index: added(draft) });
    expect(removed.indicators.filter((i) => i.code === 'TT01')).toHaveLength(1);
    expect(paths(removed)).toEqual([]);
  });
});

describe('a target the district reaches itself', () => {
  const base = preset();
  const target = must(base.targets[0]);
  const code = target.indicator;
  const targetOf = (draft: CampaignDraft) => must(draft.targets.find((t) => t.indicator === code));

  it('should take the target off the units and keep the result the district enters', () => {
    const draft = apply(draftOf(base), { kind: 'targetAllocation', indicator: code, allocation: 'district' }, { kind: 'targetResult', indicator: code, text: '2' });
    expect(targetOf(draft)).toMatchObject({ scope: 'district', allocation: { method: 'none' }, result: 2 });
    expect(paths(draft)).toEqual([]);
  });

  it('should give it back to the units, result dropped, when another way is chosen', () => {
    const own = apply(draftOf(base), { kind: 'targetAllocation', indicator: code, allocation: 'district' }, { kind: 'targetResult', indicator: code, text: '2' });
    const back = targetOf(apply(own, { kind: 'targetAllocation', indicator: code, allocation: 'members' }));
    expect(back.allocation).toEqual({ method: 'proportional', basis: 'members' });
    expect('scope' in back || 'result' in back).toBe(false);
  });

  it('should keep a typed word until it is a number, and clear the result when emptied', () => {
    const own = apply(draftOf(base), { kind: 'targetAllocation', indicator: code, allocation: 'district' }, { kind: 'targetResult', indicator: code, text: 'hai' });
    expect(targetOf(own).result).toBe('hai');
    expect(paths(own).some((p) => p.startsWith(`targets[${base.targets.indexOf(target)}].result`))).toBe(true);
    expect('result' in targetOf(apply(own, { kind: 'targetResult', indicator: code, text: '' }))).toBe(false);
  });
});
