// What each feature needs of the host, as Office.js requirement sets, and what the host offers:
// the pane offers only what will work, and says what a missing feature needs.
// Versions from the API reference (https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/excel-api-requirement-sets).

export type Feature = 'newSheet' | 'selection' | 'refresh' | 'chart' | 'convert';

export interface Requirement {
  set: 'ExcelApi';
  version: string;
}

const excelApi = (version: string): Requirement => ({ set: 'ExcelApi', version });

/**
 * newSheet: workbook.protection (1.7), settings and names (1.4); chart: ChartSeries.setValues and
 * setXAxisValues (1.7); selection: getSelectedRanges (1.9), getPivotTables (1.12),
 * getMergedAreasOrNullObject (1.13); refresh: those checks for the rows it grows into, and
 * Table.resize (1.13); convert: Range.getSpillingToRangeOrNullObject (1.12), getSelectedRanges (1.9),
 * valueTypes and getUsedRangeOrNullObject (1.1, 1.4).
 */
export const REQUIREMENTS: Readonly<Record<Feature, Requirement>> = {
  newSheet: excelApi('1.7'),
  chart: excelApi('1.7'),
  selection: excelApi('1.13'),
  refresh: excelApi('1.13'),
  convert: excelApi('1.12'),
};

export type IsSetSupported = (name: string, version: string) => boolean;

export function supports(isSetSupported: IsSetSupported, feature: Feature): boolean {
  const { set, version } = REQUIREMENTS[feature];
  try {
    return isSetSupported(set, version);
  } catch {
    return false;
  }
}

/** "ExcelApi 1.13": how a refusal and the pane name a requirement. */
export function requirementText(feature: Feature): string {
  const { set, version } = REQUIREMENTS[feature];
  return `${set} ${version}`;
}

export function supportedFeatures(isSetSupported: IsSetSupported): Record<Feature, boolean> {
  return {
    newSheet: supports(isSetSupported, 'newSheet'),
    chart: supports(isSetSupported, 'chart'),
    selection: supports(isSetSupported, 'selection'),
    refresh: supports(isSetSupported, 'refresh'),
    convert: supports(isSetSupported, 'convert'),
  };
}
