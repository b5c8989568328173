import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CATALOGUE, PRESETS, describeIssue, isMessageKey, messages, parseCampaign, parseVietnameseNumber, readAnswer, t } from '../../src/core';
import type { Indicator, Issue, NumberKind, RawValue } from '../../src/core';
import { draftToCampaign, importPlan } from '../../src/core/plan-import';
import { smallCampaign, smallCampaignInput } from '../helpers/campaign';

/**
 * Generated inputs against the core's readers of user data: every input is either accepted or
 * reported with an issue that reads as a sentence, and nothing throws. Case counts are in
 * `RUNS`; together with tests/property/reader.property.test.ts they pass 10,000.
 */
export const RUNS = { number: 3000, answer: 3000, plan: 300, campaignAny: 2000, campaignMutated: 2000 } as const;

/** An issue a person can read: a known message, every placeholder filled, in both languages. */
function expectReadable(issue: Issue): void {
  expect(isMessageKey(issue.code)).toBe(true);
  expectFilled(issue.code, issue.params);
  for (const lang of ['vi', 'en'] as const) expect(describeIssue(issue, lang).trim().length).toBeGreaterThan(10);
}

/** Every placeholder of the message has a value (user text may itself hold braces, so the template is checked). */
function expectFilled(code: string, params: Readonly<Record<string, unknown>>): void {
  if (!isMessageKey(code)) throw new Error(`unknown message ${code}`);
  for (const lang of ['vi', 'en'] as const) {
    const names = [...messages[code][lang].matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    expect(names.filter((name) => !(name in params))).toEqual([]);
  }
}

const rawValue: fc.Arbitrary<RawValue> = fc.oneof(
  fc.constant(null),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.stringMatching(/^[-+ 0-9.,%\u00a0\u202ftriệuỷđồngkCóhôn]{0,16}$/),
  fc.constantFrom('Có', 'không', 'x', '-', '1.000', '1,5', '12/12/2025', '2025-12-31', '=1+1', '#N/A', 'Hoàn thành tốt nhiệm vụ', ' '),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => ({ date: d.toISOString().slice(0, 10) })),
  fc.string({ maxLength: 12 }).map((date) => ({ date })),
);

describe('parseVietnameseNumber (generated)', () => {
  it('should read back any amount written the Vietnamese way, and never throw on anything else', () => {
    const kinds = fc.constantFrom<NumberKind>('integer', 'decimal', 'money');
    const written = fc.tuple(fc.nat({ max: 10 ** 12 }), fc.nat({ max: 99 })).map(([whole, cents]) => ({
      text: `${String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(cents).padStart(2, '0')}`,
      value: Number(`${whole}.${String(cents).padStart(2, '0')}`),
    }));
    fc.assert(
      fc.property(fc.oneof(written.map((w) => ({ ...w, exact: true })), fc.string({ unit: 'grapheme', maxLength: 30 }).map((text) => ({ text, value: NaN, exact: false }))), kinds, fc.boolean(), (input, kind, allowNegative) => {
        const result = parseVietnameseNumber(input.text, kind, { allowNegative });
        if (input.exact && kind === 'decimal') expect(result).toEqual({ ok: true, value: input.value });
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
        else expect(['empty', 'notNumber', 'ambiguous', 'negative', 'notInteger']).toContain(result.reason);
      }),
      { numRuns: RUNS.number },
    );
  });
});

describe('readAnswer (generated)', () => {
  const indicators: readonly Indicator[] = [...CATALOGUE, ...smallCampaign().indicators];

  it('should read any cell for any indicator as empty, a value, or a finding that reads as a sentence', () => {
    fc.assert(
      fc.property(fc.constantFrom(...indicators), rawValue, (indicator, raw) => {
        const reading = readAnswer(indicator, raw);
        const findings = reading.kind === 'invalid' ? [reading.finding] : reading.kind === 'value' ? reading.notes : [];
        if (raw === null) expect(reading.kind).toBe('empty');
        for (const f of findings) {
          expectFilled(f.code, f.params);
          for (const lang of ['vi', 'en'] as const) expect(t(f.code, f.params, lang).trim().length).toBeGreaterThan(10);
        }
        if (reading.kind === 'value' && typeof reading.value === 'number') expect(Number.isFinite(reading.value)).toBe(true);
      }),
      { numRuns: RUNS.answer },
    );
  });
});

describe('importPlan (generated)', () => {
  const dir = join(__dirname, '..', 'fixtures', 'plans');
  const plans = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
  /** A real plan, edited the way copy-paste from Word or PDF edits them: lines lost, doubled, swapped, garbled. */
  const editedPlan = fc.tuple(
    fc.constantFrom(...plans),
    fc.array(fc.tuple(fc.constantFrom('drop', 'double', 'swap', 'garble', 'join'), fc.nat(), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 6 }),
  ).map(([plan, edits]) => {
    const lines = plan.split('\n');
    for (const [edit, at, noise] of edits) {
      const i = at % Math.max(lines.length, 1);
      const line = lines[i] ?? '';
      if (edit === 'drop') lines.splice(i, 1);
      else if (edit === 'double') lines.splice(i, 0, line);
      else if (edit === 'swap') [lines[i], lines[(i + 1) % lines.length]] = [lines[(i + 1) % lines.length] ?? '', line];
      else if (edit === 'garble') lines[i] = `${line.slice(0, line.length / 2)}${noise}${line.slice(line.length / 2)}`;
      else lines.splice(i, 2, `${line} ${lines[i + 1] ?? ''}`);
    }
    return lines.join('\n');
  });

  it('should turn any edited plan into a valid campaign or into errors that read as sentences', () => {
    fc.assert(
      fc.property(editedPlan, (text) => {
        const { campaign, issues } = draftToCampaign(importPlan(text));
        if (campaign === undefined) expect(issues.some((i) => i.severity === 'error')).toBe(true);
        else expect(parseCampaign(JSON.parse(JSON.stringify(campaign))).ok).toBe(true);
        issues.forEach(expectReadable);
      }),
      { numRuns: RUNS.plan },
    );
  });
});

describe('parseCampaign (generated)', () => {
  it('should accept or report any JSON value, each issue a sentence', () => {
    const campaignish = fc.record(
      { schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue()), id: fc.jsonValue(), title: fc.jsonValue(), units: fc.jsonValue(), indicators: fc.jsonValue() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), campaignish), (value) => {
        const result = parseCampaign(value, 'campaign.json');
        if (!result.ok) {
          expect(result.error.length).toBeGreaterThan(0);
          result.error.forEach(expectReadable);
        }
      }),
      { numRuns: RUNS.campaignAny },
    );
  });

  it('should accept or report a valid campaign with one field changed, deleted or added', () => {
    const bases = [smallCampaignInput(), ...PRESETS.map((p) => p.build())].map((c) => JSON.parse(JSON.stringify(c)) as unknown);
    const mutated = fc.tuple(fc.constantFrom(...bases), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string({ unit: 'grapheme' })), fc.boolean()).map(
      ([base, steps, value, addKey]) => mutate(structuredClone(base), steps, value, addKey),
    );
    fc.assert(
      fc.property(mutated, (value) => {
        const result = parseCampaign(value, 'campaign.json');
        if (result.ok) expect(parseCampaign(JSON.parse(JSON.stringify(result.value))).ok).toBe(true);
        else result.error.forEach(expectReadable);
      }),
      { numRuns: RUNS.campaignMutated },
    );
  });
});

/** Walks down `steps` (each picks a child by index) and replaces, deletes or adds there. */
function mutate(root: unknown, steps: readonly number[], value: unknown, addKey: boolean): unknown {
  let node = root;
  for (const [i, step] of steps.entries()) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[step % keys.length] as string;
    const child = (node as Record<string, unknown>)[key];
    const last = i === steps.length - 1 || typeof child !== 'object' || child === null;
    if (last) {
      const target = node as Record<string, unknown>;
      if (addKey && !Array.isArray(node)) target[`x${step}`] = value;
      else if (value === undefined && !Array.isArray(node)) delete target[key];
      else target[key] = value;
      return root;
    }
    node = child;
  }
  return root;
}
