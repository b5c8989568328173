import type { Campaign, Indicator, Unit } from '../src/core';
import { CATALOGUE, checksFor, findPreset, sampleAnswers } from '../src/core';
import { fillLayout } from '../src/workbook';
import type { CellValue, FillInLayout, WorkbookLayout } from '../src/workbook';

/** A district of `count` units with `indicators` catalogue indicators, made from the annual preset. */
export function syntheticCampaign(count: number, indicators = 44): Campaign {
  const base = findPreset('ke-hoach-nam')?.build();
  if (!base) throw new Error('preset ke-hoach-nam missing');
  const units: Unit[] = Array.from({ length: count }, (_, i) => {
    const sample = base.units[i % base.units.length] as Unit;
    return { ...sample, code: `U${String(i + 1).padStart(4, '0')}`, name: `${sample.name} (${i + 1})` };
  });
  const chosen: Indicator[] = [...base.indicators];
  for (const ind of CATALOGUE) {
    if (chosen.length >= indicators) break;
    if (!chosen.some((c) => c.code === ind.code)) chosen.push(ind);
  }
  const codes = new Set(chosen.map((i) => i.code));
  const usable = chosen.filter((i) => i.type !== 'rate' || [i.numerator, i.denominator].every((t) => !('indicator' in t) || codes.has(t.indicator)));
  return { ...base, units, indicators: usable, checks: checksFor(usable) };
}

/** The fill-in layout as a unit would send it back, with sample answers and its header typed in. */
export function filledLayout(campaign: Campaign, layout: FillInLayout, unitIndex: number): WorkbookLayout {
  const unit = campaign.units[unitIndex] as Unit;
  const answers = new Map<string, CellValue>(sampleAnswers(campaign, unit, unitIndex));
  return fillLayout(layout, answers, { reporter: 'Nguyễn Văn A', phone: '0912000111', reportDate: { date: campaign.period.end }, round: campaign.reportingRounds[0]?.label ?? null });
}
