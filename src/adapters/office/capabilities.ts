import { t } from '../../core';
import type { Lang } from '../../core';

/**
 * Which parts of the Excel JavaScript API the running Excel has. manifest.xml declares only
 * ExcelApi 1.1 (Excel 2016 and later can load the pane); everything newer is checked at run time
 * with `Office.context.requirements.isSetSupported('ExcelApi', '1.x')`
 * (learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime) and the
 * workbook is written without what is missing, never failing for it.
 */
export const MINIMUM_EXCEL_API = '1.1';

/** The requirement set each optional feature needs (from the Excel JavaScript API reference). */
export const FEATURE_REQUIREMENTS = {
  /** Worksheet.visibility can be read from 1.1 but set only from 1.2. */
  visibility: '1.2',
  /** Range.merge */
  merge: '1.2',
  /** RangeFormat.columnWidth / rowHeight, Range.columnHidden */
  sizes: '1.2',
  /** RangeFormat.protection.locked and WorksheetProtection.protect */
  protection: '1.2',
  /** WorksheetCollection.getItemOrNullObject, Worksheet.getUsedRangeOrNullObject */
  nullObjects: '1.4',
  /** NamedItemCollection.add / getItemOrNullObject */
  names: '1.4',
  /** Worksheet.freezePanes */
  freezePanes: '1.7',
  /** Worksheet.tabColor */
  tabColor: '1.7',
  /** Workbook.properties */
  documentProperties: '1.7',
  /** Range.dataValidation */
  dataValidation: '1.8',
  /** Worksheet.showGridlines */
  gridlines: '1.8',
  /** Excel.createWorkbook(base64) */
  createWorkbook: '1.8',
  /** Worksheet.pageLayout (paper, orientation, margins, zoom, print titles, footer) */
  pageLayout: '1.9',
  /** Worksheet.getRanges → RangeAreas: one format command for many rectangles */
  rangeAreas: '1.9',
  /** RangeFormat.indentLevel */
  indent: '1.9',
  /** Range.getSpecialCellsOrNullObject: where formulas are, without loading every formula */
  specialCells: '1.9',
  /** Worksheet.customProperties: a unit sheet's identity kept out of its cells */
  customProperties: '1.12',
  /** Workbook.insertWorksheetsFromBase64: a return's sheet copied into the master as the unit sent it */
  insertWorksheets: '1.13',
} as const;

export type Feature = keyof typeof FEATURE_REQUIREMENTS;

/** `Office.context.requirements`, or a stand-in in tests. */
export type RequirementChecker = { isSetSupported(name: string, minVersion?: string): boolean };

export type Capabilities = {
  readonly has: (feature: Feature) => boolean;
};

/** A feature the workbook was written without, because this Excel lacks its requirement set. */
export type SkippedFeature = { readonly feature: Feature; readonly requires: string };

/**
 * Features whose absence only makes the workbook plainer or slower to write: skipping them is
 * not worth a warning. (`rangeAreas` falls back to one command per rectangle; `nullObjects` to
 * loading the sheet list; `specialCells` to loading every formula; `createWorkbook` is a separate
 * path; without `insertWorksheets` a return is written from what the pane read of it, and its
 * identity in cells instead of `customProperties`.)
 */
const QUIET_FEATURES = [
  'rangeAreas',
  'nullObjects',
  'specialCells',
  'createWorkbook',
  'tabColor',
  'gridlines',
  'indent',
  'documentProperties',
  'customProperties',
  'insertWorksheets',
] as const;
const QUIET: ReadonlySet<Feature> = new Set<Feature>(QUIET_FEATURES);

export function detectCapabilities(checker: RequirementChecker): Capabilities {
  const supported = new Set<Feature>();
  for (const [feature, version] of Object.entries(FEATURE_REQUIREMENTS) as [Feature, string][]) {
    if (checker.isSetSupported('ExcelApi', version)) supported.add(feature);
  }
  return { has: (feature) => supported.has(feature) };
}

/** The real checker, when Office.js is loaded inside an Office host. */
export function officeRequirements(): RequirementChecker | undefined {
  if (typeof Office === 'undefined') return undefined;
  return Office.context?.requirements;
}

/** Everything available: the latest Excel, and the default in tests. */
export const ALL_CAPABILITIES: Capabilities = { has: () => true };

/**
 * Records, while a workbook is written, which features it needed and which of those this Excel
 * lacks. `use` answers whether to write a feature; `fallback` whether a faster form is available
 * (its absence is not reported: the result is the same).
 */
export function trackFeatures(capabilities: Capabilities) {
  const missing = new Map<Feature, string>();
  return {
    use(feature: Feature, needed = true): boolean {
      if (!needed) return false;
      if (capabilities.has(feature)) return true;
      missing.set(feature, FEATURE_REQUIREMENTS[feature]);
      return false;
    },
    fallback(feature: Feature): boolean {
      return capabilities.has(feature);
    },
    skipped(): SkippedFeature[] {
      return [...missing].map(([feature, requires]) => ({ feature, requires }));
    },
  };
}

export type FeatureTracker = ReturnType<typeof trackFeatures>;

/** Skipped features the pane should warn about (validation, protection, print setup …). */
export function warnings(skippedFeatures: readonly SkippedFeature[]): SkippedFeature[] {
  return skippedFeatures.filter((s) => !QUIET.has(s.feature));
}

/** One paragraph for the pane's warning bar; empty when nothing worth a warning was skipped. */
export function describeSkippedFeatures(skippedFeatures: readonly SkippedFeature[], lang: Lang = 'vi'): string {
  const shown = warnings(skippedFeatures);
  if (shown.length === 0) return '';
  const items = shown.map((s) => `• ${t(`office.feature.${s.feature as WarnedFeature}`, { requires: s.requires }, lang)}`);
  return [t('office.feature.intro', {}, lang), ...items].join('\n');
}

type WarnedFeature = Exclude<Feature, (typeof QUIET_FEATURES)[number]>;
