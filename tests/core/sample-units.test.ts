import { SAMPLE_GROUPS, SAMPLE_UNITS } from '../../src/core/sample-units';
import { Unit } from '../../src/core/schema/unit';

const SIZE_RANGES: Record<string, readonly [number, number]> = {
  [SAMPLE_GROUPS.commune]: [15, 40],
  [SAMPLE_GROUPS.publicOffice]: [10, 120],
  [SAMPLE_GROUPS.education]: [20, 90],
  [SAMPLE_GROUPS.health]: [15, 400],
  [SAMPLE_GROUPS.enterprise]: [40, 1800],
};

describe('SAMPLE_UNITS', () => {
  it('should list at least 32 grassroots unions', () => {
    expect(SAMPLE_UNITS.length).toBeGreaterThanOrEqual(32);
  });

  it('should spread them over at least four groups, each with several units', () => {
    const groups = new Map<string, number>();
    for (const unit of SAMPLE_UNITS) groups.set(unit.group, (groups.get(unit.group) ?? 0) + 1);
    expect(groups.size).toBeGreaterThanOrEqual(4);
    expect(new Set(groups.keys())).toEqual(new Set(Object.values(SAMPLE_GROUPS)));
    for (const count of groups.values()) expect(count).toBeGreaterThanOrEqual(2);
  });

  it('should give every unit a unique short ASCII code', () => {
    const codes = SAMPLE_UNITS.map((unit) => unit.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}\d{2}$/);
  });

  it.each(SAMPLE_UNITS.map((unit) => [unit.code, unit] as const))('should make %s a valid unit', (_code, unit) => {
    expect(Unit.safeParse(unit).success).toBe(true);
    expect(unit.name).toMatch(/^CĐCS /);
  });

  it.each(SAMPLE_UNITS.map((unit) => [unit.code, unit] as const))('should give %s a workforce no smaller than its membership, sized for its group', (_code, unit) => {
    const [low, high] = SIZE_RANGES[unit.group] ?? [0, 0];
    expect(unit.members).toBeGreaterThan(0);
    expect(unit.workforce).toBeGreaterThanOrEqual(unit.members ?? Infinity);
    expect(unit.workforce).toBeGreaterThanOrEqual(low);
    expect(unit.workforce).toBeLessThanOrEqual(high);
  });

  it('should give every unit a contact with a name and a distinct 10-digit mobile number', () => {
    const phones = SAMPLE_UNITS.map((unit) => unit.contact?.phone ?? '');
    for (const unit of SAMPLE_UNITS) {
      expect(unit.contact?.name?.split(' ').length).toBeGreaterThanOrEqual(3);
      expect(unit.contact?.phone).toMatch(/^0[398]\d{8}$/);
    }
    expect(new Set(phones).size).toBe(phones.length);
  });

  it('should include both small units and a large enterprise', () => {
    const sizes = SAMPLE_UNITS.map((unit) => unit.workforce ?? 0);
    expect(Math.min(...sizes)).toBeLessThanOrEqual(20);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(1000);
  });
});
