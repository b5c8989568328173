import { FEATURE_REQUIREMENTS, MINIMUM_EXCEL_API, describeSkippedFeatures, detectCapabilities, warnings } from '../../../src/adapters/office';
import type { Feature } from '../../../src/adapters/office';
import { FakeExcel } from './fake-excel';

describe('detectCapabilities', () => {
  it.each([
    ['1.1', []],
    ['1.4', ['visibility', 'merge', 'sizes', 'protection', 'nullObjects', 'names']],
    ['1.8', ['visibility', 'merge', 'sizes', 'protection', 'nullObjects', 'names', 'freezePanes', 'tabColor', 'documentProperties', 'dataValidation', 'gridlines', 'createWorkbook']],
  ] as const)('should see what ExcelApi %s offers', (apiVersion, features) => {
    const capabilities = detectCapabilities(new FakeExcel({ apiVersion }).requirements);
    const all = Object.keys(FEATURE_REQUIREMENTS) as Feature[];
    expect(all.filter((f) => capabilities.has(f))).toEqual(features);
  });

  it('should ask Office only about ExcelApi versions from the declared minimum up', () => {
    const asked: string[] = [];
    detectCapabilities({ isSetSupported: (name, version) => (asked.push(`${name} ${version}`), true) });
    expect(MINIMUM_EXCEL_API).toBe('1.1');
    expect(new Set(asked)).toEqual(new Set(Object.values(FEATURE_REQUIREMENTS).map((v) => `ExcelApi ${v}`)));
  });
});

describe('describeSkippedFeatures', () => {
  it('should warn about what guards or prints the workbook, not about cosmetics or fallbacks', () => {
    const skipped = [
      { feature: 'dataValidation', requires: '1.8' },
      { feature: 'rangeAreas', requires: '1.9' },
      { feature: 'tabColor', requires: '1.7' },
    ] as const;
    expect(warnings(skipped).map((s) => s.feature)).toEqual(['dataValidation']);
    expect(describeSkippedFeatures(skipped, 'en')).toBe(
      'The workbook was created, but this version of Excel lacks some features, so the following was skipped:\n• input validation and prompts on answer cells (needs ExcelApi 1.8); check the figures carefully',
    );
    expect(describeSkippedFeatures([{ feature: 'tabColor', requires: '1.7' }])).toBe('');
  });
});
