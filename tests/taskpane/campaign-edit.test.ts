import type { Campaign } from '../../src/core';
import { CATALOGUE, findIndicator } from '../../src/core/catalogue';
import { describeIssue } from '../../src/core/describe-issue';
import { makeIssue } from '../../src/core/schema/issue';
import { PRESETS } from '../../src/core/presets';
import { applyEdit, checkDraft, draftOf, isMetaField, issuesByPath, issuesUnder, metaValue, parseNumberText, withoutRoundEchoes } from '../../src/taskpane/campaign-edit';
import type { CampaignDraft, CampaignEdit } from '../../src/taskpane/campaign-edit';
import { editCampaign, startEditing } from '../../src/taskpane/use-campaign-workbook';

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
