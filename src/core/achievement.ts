import type { Consolidation, IndicatorResult } from './consolidate';

/** An indicator with a numeric target and a share of it reached: one bar of the achievement chart. */
export type AchievementPoint = IndicatorResult & { readonly target: number; readonly percent: number };

/** The bars of the chart of achievement against targets, in the consolidation's order. */
export function achievementPoints(consolidation: Consolidation): AchievementPoint[] {
  return consolidation.indicators.filter((r): r is AchievementPoint => r.target !== null && r.percent !== null);
}
