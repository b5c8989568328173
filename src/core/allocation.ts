/**
 * Sharing a district target among units. Parts are whole numbers (or whole hundredths for
 * amounts) that add up exactly to the target, each within a unit of its exact share.
 */
import { t } from './messages';
import type { Campaign, Target } from './schema/campaign';
import type { Indicator } from './schema/indicator';
import type { Issue } from './schema/issue';
import { makeIssue } from './schema/issue';
import type { Unit, UnitSize } from './schema/unit';

/** Per indicator code, per unit code, the unit's part of the target. */
export type UnitTargets = Map<string, Map<string, number>>;

export type AllocatedTargets = { readonly perUnit: UnitTargets; readonly issues: Issue[] };

/**
 * Largest-remainder method (Hamilton): every part gets the floor of its exact share, then the
 * units left over go to the largest remainders, the lower index first on ties. All-zero or no
 * weights share as equally as possible. `total` must be a non-negative integer and weights
 * non-negative finite numbers (a programming error otherwise, so this throws a RangeError).
 */
export function allocateProportionally(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, got ${total}`);
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) throw new RangeError('weights must be non-negative finite numbers');
  if (weights.length === 0) return [];

  const effective = weights.every((w) => w === 0) ? weights.map(() => 1) : weights;
  const shares = effective.every(Number.isSafeInteger) ? exactShares(total, effective) : floatShares(total, effective);

  const parts = shares.map((s) => s.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = shares
    .map((s, index) => ({ index, remainder: s.remainder }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  // Only float rounding on fractional weights can overshoot; take back from the smallest remainders.
  for (const { index } of [...order].reverse()) {
    if (left >= 0) break;
    if ((parts[index] ?? 0) > 0) {
      parts[index] = (parts[index] ?? 0) - 1;
      left += 1;
    }
  }
  return parts;
}

type Share = { readonly floor: number; readonly remainder: number };

/** Integer weights: exact arithmetic, remainders compared as fractions of the same whole. */
function exactShares(total: number, weights: readonly number[]): Share[] {
  const sum = weights.reduce((a, b) => a + BigInt(b), 0n);
  return weights.map((w) => {
    const product = BigInt(total) * BigInt(w);
    // remainder / sum is the fractional part; as a number it only orders the shares.
    return { floor: Number(product / sum), remainder: Number(product % sum) / Number(sum) };
  });
}

function floatShares(total: number, weights: readonly number[]): Share[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => {
    const exact = (total * w) / sum;
    const floor = Math.min(total, Math.floor(exact));
    return { floor, remainder: exact - floor };
  });
}

/**
 * Every target's unit parts, worked out once for the whole campaign:
 * - `none`: the target is for the district only; the indicator has no entry in `perUnit`;
 * - `manual`: the figures typed for each unit (a unit without one has no entry);
 * - `proportional`: shared by members or workforce over `campaign.units`;
 * - a rate indicator's target is a percentage, the same for every unit whatever the method;
 *   figures typed by hand for a rate are not used, and a warning says so.
 */
export function allocateTargets(campaign: Campaign): AllocatedTargets {
  const perUnit: UnitTargets = new Map();
  const issues: Issue[] = [];
  const indicators = new Map(campaign.indicators.map((ind) => [ind.code, ind] as const));

  for (const target of campaign.targets) {
    const indicator = indicators.get(target.indicator);
    if (!indicator) continue;
    const parts = unitParts(target, indicator, campaign.units, issues);
    if (parts) perUnit.set(target.indicator, parts);
  }
  return { perUnit, issues };
}

function unitParts(target: Target, indicator: Indicator, units: readonly Unit[], issues: Issue[]): Map<string, number> | undefined {
  const allocation = target.allocation;
  if (indicator.type === 'rate') {
    if (allocation.method === 'manual' && Object.keys(allocation.values).length > 0) {
      issues.push(
        makeIssue({
          severity: 'warning',
          code: 'units.rateManualIgnored',
          indicator: target.indicator,
          params: { indicator: target.indicator, value: target.value },
        }),
      );
    }
    return new Map(units.map((unit) => [unit.code, target.value]));
  }
  if (allocation.method === 'none') return undefined;
  if (allocation.method === 'manual') {
    const parts = new Map<string, number>();
    for (const unit of units) {
      const value = allocation.values[unit.code];
      if (value !== undefined) parts.set(unit.code, value);
    }
    checkManualSum(target, parts, issues);
    return parts;
  }
  return proportionalParts(target, indicator, allocation.basis, units, issues);
}

function proportionalParts(target: Target, indicator: Indicator, basis: UnitSize, units: readonly Unit[], issues: Issue[]): Map<string, number> {
  // Whole numbers for counts; amounts and decimals are shared in hundredths.
  const scale = indicator.type === 'decimal' || indicator.type === 'money' ? 100 : 1;
  const total = Math.round(target.value * scale);
  const weights = units.map((unit) => unit[basis] ?? 0);
  const label = t(basis === 'members' ? 'size.members' : 'size.workforce');
  const basisLabel = label.charAt(0).toLowerCase() + label.slice(1);

  if (units.length > 0 && weights.every((w) => w === 0)) {
    issues.push(
      makeIssue({
        severity: 'warning',
        code: 'units.allocationNoBasis',
        indicator: target.indicator,
        params: { indicator: target.indicator, basis: basisLabel },
      }),
    );
  } else {
    const missing = units.filter((unit) => unit[basis] === undefined).map((unit) => unit.code);
    if (missing.length > 0) {
      issues.push(
        makeIssue({
          severity: 'warning',
          code: 'units.allocationMissingBasis',
          indicator: target.indicator,
          params: { indicator: target.indicator, basis: basisLabel, count: missing.length, units: missing.join(', ') },
        }),
      );
    }
  }

  const parts = allocateProportionally(total, weights);
  return new Map(units.map((unit, i) => [unit.code, (parts[i] ?? 0) / scale]));
}

/** Parts typed by hand that fall short of an "at least" target leave part of it unassigned. */
function checkManualSum(target: Target, parts: ReadonlyMap<string, number>, issues: Issue[]): void {
  if (target.direction !== 'atLeast' || parts.size === 0) return;
  // Compared in hundredths so that 0.1 + 0.2 is 0.3.
  const sum = [...parts.values()].reduce((a, b) => a + Math.round(b * 100), 0);
  if (sum < Math.round(target.value * 100)) {
    issues.push(
      makeIssue({
        severity: 'warning',
        code: 'units.manualShortfall',
        indicator: target.indicator,
        params: { indicator: target.indicator, sum: sum / 100, total: target.value },
      }),
    );
  }
}

/** One unit's row in the table of an allocated target's shares, shown before publishing. */
export type UnitShareRow = {
  readonly code: string;
  readonly name: string;
  /** The size figure the share was worked out from (proportional allocation only). */
  readonly basis?: number;
  /** The unit's share; undefined when none was set (a manual allocation left blank for it). */
  readonly share?: number;
};

export type UnitShareTable = {
  readonly indicator: string;
  readonly method: Target['allocation']['method'];
  /** The district's target. */
  readonly total: number;
  /** The shares added up (for a rate, every unit aims at the same percentage: the sum is not shown). */
  readonly sum: number;
  readonly rows: readonly UnitShareRow[];
  /** The warnings about this target's sharing (basis missing, shares short of the total…). */
  readonly issues: readonly Issue[];
};

/**
 * Each unit's share of one target, in the campaign's unit order, for the pane to table before
 * the forms go out; undefined when the campaign has no target for `indicator`.
 */
export function unitShares(campaign: Campaign, indicator: string): UnitShareTable | undefined {
  const target = campaign.targets.find((t) => t.indicator === indicator);
  if (!target) return undefined;
  const { perUnit, issues } = allocateTargets({ ...campaign, targets: [target] });
  const parts = perUnit.get(indicator);
  const allocation = target.allocation;
  const rows = campaign.units.map((unit): UnitShareRow => {
    const share = parts?.get(unit.code);
    const basis = allocation.method === 'proportional' ? unit[allocation.basis] : undefined;
    return { code: unit.code, name: unit.name, ...(basis === undefined ? {} : { basis }), ...(share === undefined ? {} : { share }) };
  });
  // Summed in hundredths, as shares are, so that 0.1 + 0.2 is 0.3.
  const sum = rows.reduce((a, r) => a + Math.round((r.share ?? 0) * 100), 0) / 100;
  return { indicator, method: allocation.method, total: target.value, sum, rows, issues };
}
