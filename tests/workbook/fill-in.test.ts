import { PRESETS } from '../../src/core/presets';
import { LIMITS, META_SHEET, STYLES, buildCampaignWorkbooks, expectedFingerprints, fingerprint, identityOf, lockedContent } from '../../src/workbook';
import type { Cell, WorkbookLayout } from '../../src/workbook';
import { listFormula, renderXlsx } from '../../src/adapters/xlsx';
import { dailyCampaign, smallCampaign } from '../helpers/campaign';

const validatedCells = (layout: WorkbookLayout): Cell[] => layout.sheets.flatMap((s) => s.cells.filter((c) => c.validation));

describe.each(PRESETS.map((p) => [p.name, p] as const))('fill-in layouts of preset %s', (_name, preset) => {
  const campaign = preset.build();
  const built = buildCampaignWorkbooks(campaign);
  const first = built.fillIns[0];
  if (!first) throw new Error('preset has no units');

  it('should make one fill-in workbook per unit', () => {
    expect(built.fillIns.map((f) => f.unit.code)).toEqual(campaign.units.map((u) => u.code));
  });

  it('should keep every validation message within what Excel accepts', () => {
    for (const cell of validatedCells(first.layout)) {
      const v = cell.validation;
      if (!v) continue;
      for (const m of [v.prompt, v.error]) {
        expect(m.title.length).toBeLessThanOrEqual(LIMITS.promptTitle);
        expect(m.text.length).toBeLessThanOrEqual(LIMITS.promptText);
        expect(m.text.length).toBeGreaterThan(10);
      }
      if (v.rule.kind === 'list') expect(() => listFormula(v.rule.kind === 'list' ? v.rule.items : [])).not.toThrow();
    }
  });

  it('should unlock exactly the validated cells, so nothing is typed unguarded', () => {
    const report = first.layout.sheets.find((s) => s.name === 'Báo cáo');
    const unlockedMasters = (report?.cells ?? []).filter((c) => c.unlocked && c.validation).length;
    const answered = campaign.indicators.filter((i) => i.type !== 'rate').length;
    expect(first.layout.answerCells.size).toBe(answered);
    expect(unlockedMasters).toBeGreaterThan(answered);
    for (const c of report?.cells ?? []) if (c.validation) expect(c.unlocked).toBe(true);
  });

  it('should say "Trong đó" once on rows that are part of a total', () => {
    // The `_danvan` sheet carries the campaign's own labels in its JSON, not as rows of the form.
    const shown = first.layout.sheets.filter((s) => s.name !== META_SHEET);
    const labels = shown.flatMap((s) => s.cells).map((c) => (typeof c.value === 'string' ? c.value : ''));
    expect(labels.filter((l) => /trong đó.*trong đó/i.test(l))).toEqual([]);
    const parts = campaign.indicators.filter((i) => i.partOf).length;
    expect(labels.filter((l) => /^Trong đó/.test(l)).length).toBe(parts);
  });

  it('should tell every number cell to be typed without thousands separators', () => {
    const numeric = first.layout.sheets.flatMap((s) => s.cells).filter((c) => c.validation && (c.validation.rule.kind === 'whole' || c.validation.rule.kind === 'decimal'));
    expect(numeric.length).toBe(campaign.indicators.filter((i) => i.type === 'integer' || i.type === 'decimal' || i.type === 'money').length);
    for (const cell of numeric) expect(cell.validation?.prompt.text).toContain('1000, không gõ 1.000 hay 1,000');
  });

  it('should keep the phone cell as text, so a leading zero survives', () => {
    const report = first.layout.sheets.find((s) => s.name === 'Báo cáo');
    const phone = report?.cells.find((c) => c.validation?.prompt.title === 'Điện thoại');
    expect(phone?.style).toBe('answerPhone');
    expect(STYLES.answerPhone.numFmt).toBe('@');
  });

  it('should say in the guide what to do when Excel opens the file in Protected View', () => {
    const guide = first.layout.sheets.find((s) => s.name === 'Hướng dẫn');
    const text = (guide?.cells ?? []).map((c) => (typeof c.value === 'string' ? c.value : '')).join('\n');
    expect(text).toContain('"Bật chỉnh sửa" (Enable Editing)');
    expect(text).toContain('Protected View');
  });

  it('should expect of each unit the fingerprint its form carries, without laying it out', () => {
    const expected = expectedFingerprints(campaign);
    expect(built.fillIns.map((f) => expected.get(f.unit.code))).toEqual(built.fillIns.map((f) => f.layout.fingerprint));
  });

  it('should give every unit a different fingerprint', () => {
    const prints = new Set(built.fillIns.map((f) => f.layout.fingerprint));
    expect(prints.size).toBe(built.fillIns.length);
  });
});

describe('the fill-in’s page footer', () => {
  it('should print an ampersand in a unit’s name as itself, not as a footer code', () => {
    const campaign = smallCampaign();
    const units = campaign.units.map((u, i) => (i === 0 ? { ...u, name: 'CĐCS Công ty A&B' } : u));
    const layout = (buildCampaignWorkbooks({ ...campaign, units }).fillIns[0] ?? fail('no fill-in')).layout;
    expect(layout.sheets.find((s) => s.name === 'Báo cáo')?.print.footer).toBe('CĐCS Công ty A&&B — &P/&N');
  });
});

describe('the fill-in of a daily campaign', () => {
  it('should have the round typed, as its 15 rounds do not fit one drop-down list, and give the file edge only lists it can write', async () => {
    const layout = (buildCampaignWorkbooks(dailyCampaign()).fillIns[0] ?? fail('no fill-in')).layout;
    const rules = validatedCells(layout).map((c) => c.validation?.rule);
    expect(rules.some((r) => r?.kind === 'textLength')).toBe(true);
    for (const rule of rules) if (rule?.kind === 'list') expect(() => listFormula(rule.items)).not.toThrow();
    await expect(renderXlsx(layout)).resolves.toBeInstanceOf(Uint8Array);
  });
});

describe('lockedContent', () => {
  const campaign = smallCampaign();
  const unit = campaign.units[0];
  if (!unit) throw new Error('no unit');
  const rows = [
    { code: 'TT01', label: 'Số buổi tuyên truyền (*)', measure: 'buổi', target: '3' },
    { code: 'TC01', label: 'Số đoàn viên kết nạp mới', measure: 'đoàn viên', target: '1' },
  ];

  it('should not depend on where the rows are, so inserted rows above the table do not break it', () => {
    expect(fingerprint(lockedContent(identityOf(campaign, unit), [...rows].reverse()))).toBe(fingerprint(lockedContent(identityOf(campaign, unit), rows)));
  });

  it('should change when a label, a target or the unit changes', () => {
    const base = fingerprint(lockedContent(identityOf(campaign, unit), rows));
    const edited = rows.map((r, i) => (i === 0 ? { ...r, target: '1' } : r));
    expect(fingerprint(lockedContent(identityOf(campaign, unit), edited))).not.toBe(base);
    const relabelled = rows.map((r, i) => (i === 1 ? { ...r, label: 'Số đoàn viên mới' } : r));
    expect(fingerprint(lockedContent(identityOf(campaign, unit), relabelled))).not.toBe(base);
    const other = campaign.units[1];
    if (other) expect(fingerprint(lockedContent(identityOf(campaign, other), rows))).not.toBe(base);
  });

  it('should treat composed and decomposed Vietnamese letters alike', () => {
    const decomposed = rows.map((r) => ({ ...r, label: r.label.normalize('NFD') }));
    expect(fingerprint(lockedContent(identityOf(campaign, unit), decomposed))).toBe(fingerprint(lockedContent(identityOf(campaign, unit), rows)));
  });
});
