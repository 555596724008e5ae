// Why the add-in declines to write, as data: the pane turns each into a message in the user's
// language. Excel errors are kept by their `code`, never by their localized message.
import { contains, fitsOnSheet, intersects, parseAddress, parseAddressList, sheetAddress, type Rect } from './addresses';
import type { Feature } from './features';

export type Refusal =
  | { code: 'unsupported'; feature: Feature; requirement: string }
  | { code: 'noRows' }
  | { code: 'multipleAreas' }
  | { code: 'protected'; sheet: string }
  | { code: 'insideTable'; table: string }
  | { code: 'tableOverlap'; table: string }
  | { code: 'pivotOverlap'; pivotTable: string }
  | { code: 'merged'; address: string }
  | { code: 'occupied'; address: string }
  | { code: 'doesNotFit'; address: string }
  | { code: 'editMode' }
  | { code: 'notRecorded'; table: string }
  /** Rows or columns were added or removed, or the table moved: `was` and `now` are its addresses. */
  | { code: 'tableResized'; table: string; was: string; now: string }
  /** Cells the user changed: the smallest range holding them. */
  | { code: 'userEdited'; table: string; address: string }
  | { code: 'tableMissing'; table: string }
  /** Excel refused, and what was written was taken back: nothing is left half-written. */
  | { code: 'excelError'; errorCode: string }
  /** Excel refused, and taking back what was written failed too: `remains` is what is left. */
  | { code: 'undoFailed'; errorCode: string; remains: string };

/** What the check round trip read about the cells an insert would write. */
export interface TargetFacts {
  areaCount: number;
  sheet: string;
  sheetProtected: boolean;
  /** Tables at the selected cell (an insert at the selection starts there). */
  anchorTables: string[];
  /** Where the plan would write. */
  footprint: Rect;
  /** Tables and PivotTables overlapping the footprint. */
  tables: string[];
  pivotTables: string[];
  /**
   * Merged areas whose top-left cell lies between A1 and the footprint's far corner (Excel reports
   * a merge only by its top-left cell, office-js issue 3611, so a merge reaching into the footprint
   * from above or from the left is in that list); '' or null when none.
   */
  mergedAddress: string | null;
  /** The bounding address of the cells holding a value or formula in the footprint. */
  usedAddress: string | null;
  /** Refresh: the add-in's own table and the cells it wrote, which it may write again. */
  own?: { table: string; footprint: Rect };
}

/** The first reason not to write, in the order a user can act on them; null when writing is safe. */
export function assessTarget(facts: TargetFacts): Refusal | null {
  const own = facts.own;
  if (facts.areaCount !== 1) return { code: 'multipleAreas' };
  if (facts.sheetProtected) return { code: 'protected', sheet: facts.sheet };
  const insideTable = facts.anchorTables.find((table) => table !== own?.table);
  if (insideTable !== undefined) return { code: 'insideTable', table: insideTable };
  if (!fitsOnSheet(facts.footprint)) return { code: 'doesNotFit', address: '' };
  const otherTable = facts.tables.find((table) => table !== own?.table);
  if (otherTable !== undefined) return { code: 'tableOverlap', table: otherTable };
  const pivotTable = facts.pivotTables[0];
  if (pivotTable !== undefined) return { code: 'pivotOverlap', pivotTable };
  const merged = mergedInto(facts.mergedAddress, facts.footprint);
  if (merged !== null) return { code: 'merged', address: sheetAddress(facts.sheet, merged) };
  if (facts.usedAddress !== null && !(own && contains(own.footprint, parseAddress(facts.usedAddress)))) {
    return { code: 'occupied', address: facts.usedAddress };
  }
  return null;
}

/** The first merged area of the list that covers a cell of the footprint. */
export function mergedInto(list: string | null, footprint: Rect): Rect | null {
  return list === null ? null : (parseAddressList(list).find((area) => intersects(area, footprint)) ?? null);
}

/** Excel error codes the user can act on, and the Refusal each means. */
export function refusalOfError(error: unknown): Refusal {
  const code = errorCode(error) ?? 'Unknown';
  if (code === 'InvalidOperationInCellEditMode') return { code: 'editMode' };
  return { code: 'excelError', errorCode: code };
}

/** An Office.js error's `code` (OfficeExtension.Error), if the value has one. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}
