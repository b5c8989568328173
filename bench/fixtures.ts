import type { Campaign, Indicator, Unit } from '../src/core';
import { CATALOGUE, checksFor, findPreset } from '../src/core';
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

/** A plausible answer for a unit, varied so peers differ. */
function answer(ind: Indicator, unitIndex: number): CellValue {
  const k = (unitIndex * 7 + ind.code.length) % 13;
  switch (ind.type) {
    case 'integer':
      return ind.partOf ? k : k + 20;
    case 'decimal':
    case 'money':
      return k + 0.5;
    case 'yesno':
      return k % 2 ? 'Có' : 'Không';
    case 'choice':
      return ind.choices[k % ind.choices.length]?.value ?? null;
    case 'date':
      return { date: '2025-06-10' };
    case 'text':
      return `Đơn vị thực hiện tốt nội dung ${ind.code}.`;
    case 'rate':
      return null;
  }
}

/** The fill-in layout as a unit would send it back: answers and header typed in. */
export function filledLayout(campaign: Campaign, layout: FillInLayout, unitIndex: number): WorkbookLayout {
  const typed = new Map<string, CellValue>();
  for (const ind of campaign.indicators) {
    const address = layout.answerCells.get(ind.code);
    if (address) typed.set(address, answer(ind, unitIndex));
  }
  typed.set('C8', 'Nguyễn Văn A');
  typed.set('F8', '0912000111');
  typed.set('C9', { date: '2025-07-01' });
  typed.set('F9', campaign.reportingRounds[0]?.label ?? null);
  const colOf = (address: string) => address.charCodeAt(0) - 64;
  const rowOf = (address: string) => Number(address.slice(1));
  const sheets = layout.sheets.map((s) =>
    s.name !== 'Báo cáo'
      ? s
      : {
          ...s,
          cells: s.cells.map((c) => {
            const key = [...typed.keys()].find((a) => rowOf(a) === c.row && colOf(a) === c.col);
            return key === undefined ? c : { ...c, value: typed.get(key) ?? null };
          }),
        },
  );
  return { ...layout, sheets };
}
