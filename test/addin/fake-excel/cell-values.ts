// Cell values as JSON (Range.valuesAsJson, ExcelApi 1.16), as the Office.js documentation describes
// them, for the fake workbook: what a write accepts, what a read returns, and how a formula reads a
// property of an entity. Nothing here comes from src/: each rule cites its page or issue.
//   Concepts:  https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-data-types-concepts
//   Entity:    https://learn.microsoft.com/en-us/javascript/api/excel/excel.entitycellvalue
//   Card:      https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-data-types-entity-card
//   Range:     https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-valuesasjson-member
import { FakeOfficeError } from './state';

/** A cell value in the JSON form Excel uses for Range.valuesAsJson. */
export type JsonCellValue = { type: string; basicValue?: unknown; basicType?: string; [key: string]: unknown };

/**
 * The CellValueType values of ExcelApi 1.16 (https://learn.microsoft.com/en-us/javascript/api/excel/excel.cellvaluetype).
 * The fake models only the basic ones and entities; the others are refused as "not modelled" so a
 * test never passes on a type the fake does not understand.
 */
const MODELLED_TYPES = ['Boolean', 'Double', 'Empty', 'Entity', 'FormattedNumber', 'String'] as const;
const KNOWN_TYPES = [...MODELLED_TYPES, 'Array', 'Error', 'LinkedEntity', 'Reference', 'ValueTypeNotAvailable', 'WebImage'];

/** The four keys of CellValueAttributionAttributes, each a string (https://learn.microsoft.com/en-us/javascript/api/excel/excel.cellvalueattributionattributes). */
const ATTRIBUTION_KEYS = ['licenseAddress', 'licenseText', 'sourceAddress', 'sourceText'];
/** CellValueProviderAttributes (https://learn.microsoft.com/en-us/javascript/api/excel/excel.cellvalueproviderattributes). */
const PROVIDER_KEYS = ['description', 'logoSourceAddress', 'logoTargetAddress'];
/** CardLayoutSection's layouts (https://learn.microsoft.com/en-us/javascript/api/excel/excel.cardlayoutsection). */
const SECTION_LAYOUTS = ['List', 'Table', 'TwoColumn'];

/** Which host the fake plays: Excel on the web rejects TwoColumn sections (office-js 5794). */
export type FakePlatform = 'desktop' | 'web';

const fail = (address: string, what: string): never => {
  // Excel reports a bad cell value as a GeneralException naming the cell
  // (office-js 6563: "Cell A1 has a `CellValue` with ...", code GeneralException; 5794: "Cell D3 has property `layout` with an unexpected value").
  throw new FakeOfficeError('GeneralException', `Cell ${address} ${what}`);
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks one cell value as Excel checks a valuesAsJson write; `path` says where in the cell. */
export function checkCellValue(value: unknown, address: string, platform: FakePlatform, path = 'value'): asserts value is JsonCellValue {
  if (!isRecord(value) || typeof value.type !== 'string') return fail(address, `has a ${path} without a "type"`);
  if (!KNOWN_TYPES.includes(value.type)) return fail(address, `has a ${path} of unknown type "${value.type}"`);
  if (!(MODELLED_TYPES as readonly string[]).includes(value.type)) throw new Error(`the fake does not model ${value.type} cell values`);
  // Basic values have the JavaScript type their Range.values would (concepts page, "basic values").
  switch (value.type) {
    case 'String':
      if (typeof value.basicValue !== 'string') fail(address, `has a ${path} of type String whose basicValue is not a string`);
      break;
    case 'Double':
    case 'FormattedNumber':
      if (typeof value.basicValue !== 'number' || !Number.isFinite(value.basicValue)) fail(address, `has a ${path} of type ${value.type} whose basicValue is not a number`);
      break;
    case 'Boolean':
      if (typeof value.basicValue !== 'boolean') fail(address, `has a ${path} of type Boolean whose basicValue is not a boolean`);
      break;
    case 'Entity':
      checkEntity(value, address, platform, path);
      break;
  }
  if (value.propertyMetadata !== undefined) checkMetadata(value.propertyMetadata, address, path);
}

function checkEntity(entity: Record<string, unknown>, address: string, platform: FakePlatform, path: string): void {
  if (typeof entity.text !== 'string') fail(address, `has an entity ${path} without a "text"`);
  const properties = entity.properties ?? {};
  if (!isRecord(properties)) return fail(address, `has an entity ${path} whose properties are not an object`);
  for (const [name, property] of Object.entries(properties)) checkCellValue(property, address, platform, `property "${name}"`);
  if (entity.provider !== undefined) {
    if (!isRecord(entity.provider)) fail(address, 'has a provider that is not an object');
    for (const [key, text] of Object.entries(entity.provider as Record<string, unknown>)) {
      if (!PROVIDER_KEYS.includes(key) || typeof text !== 'string') fail(address, `has a provider with an unexpected "${key}"`);
    }
  }
  const layouts = entity.layouts;
  if (layouts === undefined) return;
  if (!isRecord(layouts)) return fail(address, 'has layouts that are not an object');
  const card = layouts.card;
  if (card === undefined) return;
  if (!isRecord(card)) return fail(address, 'has a card layout that is not an object');
  for (const section of (card.sections as unknown[] | undefined) ?? []) {
    if (!isRecord(section) || !SECTION_LAYOUTS.includes(section.layout as string))
      fail(address, `has property \`layout\` with an unexpected value ${JSON.stringify(isRecord(section) ? section.layout : section)}`);
    // office-js 5794 (https://github.com/OfficeDev/office-js/issues/5794): Excel on the web refuses TwoColumn.
    if (platform === 'web' && (section as Record<string, unknown>).layout === 'TwoColumn') fail(address, 'has property `layout` with an unexpected value "TwoColumn"');
  }
}

/** CellValuePropertyMetadata: attribution is an array of CellValueAttributionAttributes (https://learn.microsoft.com/en-us/javascript/api/excel/excel.cellvaluepropertymetadata). */
function checkMetadata(metadata: unknown, address: string, path: string): void {
  if (!isRecord(metadata)) return fail(address, `has ${path} metadata that is not an object`);
  const attribution = metadata.attribution;
  if (attribution === undefined) return;
  if (!Array.isArray(attribution)) return fail(address, `has ${path} attribution that is not an array`);
  for (const item of attribution) {
    if (!isRecord(item)) return fail(address, `has ${path} attribution that is not an object`);
    for (const [key, text] of Object.entries(item)) if (!ATTRIBUTION_KEYS.includes(key) || typeof text !== 'string') fail(address, `has ${path} attribution with an unexpected "${key}"`);
  }
}

/**
 * What Range.values and Range.valueTypes give for a cell holding a cell value: an entity reads as
 * the error #VALUE! of type Error (EntityCellValue.basicValue and basicType: "#VALUE!", "Error").
 */
export function basicOf(value: JsonCellValue): { value: string | number | boolean; type: string } {
  switch (value.type) {
    case 'Entity':
      return { value: '#VALUE!', type: 'Error' };
    case 'Empty':
      return { value: '', type: 'Empty' };
    case 'FormattedNumber':
      return { value: value.basicValue as number, type: 'Double' };
    default:
      return { value: value.basicValue as string | number | boolean, type: value.type };
  }
}

/** What valuesAsJson reads back: the value with the basicValue and basicType Excel fills in. */
export function readBack(value: JsonCellValue): JsonCellValue {
  const basic = basicOf(value);
  return { ...structuredClone(value), basicType: basic.type, basicValue: basic.value };
}

/** The JSON of a plain cell, as valuesAsJson reads one that holds no data type. */
export function plainJson(value: string | number | boolean): JsonCellValue {
  if (value === '') return { type: 'Empty', basicValue: '', basicType: 'Empty' };
  if (typeof value === 'number') return { type: 'Double', basicValue: value, basicType: 'Double' };
  if (typeof value === 'boolean') return { type: 'Boolean', basicValue: value, basicType: 'Boolean' };
  return { type: 'String', basicValue: value, basicType: 'String' };
}

/**
 * A formula reading a field of a data type: =A2.Status, or =A2.[Name with spaces] (brackets for a
 * name that is not a plain identifier); Excel treats it as FIELDVALUE(A2, "Status"). A field the
 * entity lacks gives #FIELD! (FieldErrorCellValue: "the field which was not found by FIELDVALUE",
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.fielderrorcellvalue). A cell holding
 * no entity gives #VALUE! (the fake's assumption: no page found says which error). Field names
 * match without regard to case. Null when the formula is not such a reference.
 */
export function fieldReference(formula: string): { cell: string; field: string } | null {
  const match = /^=\s*([A-Za-z]{1,3}[0-9]{1,7})\.(?:([A-Za-z_][A-Za-z0-9_]*)|\[([^\]]+)\])\s*$/.exec(formula);
  if (!match) return null;
  return { cell: match[1]!, field: (match[2] ?? match[3])! };
}

export function readField(entity: JsonCellValue | undefined, field: string): string | number | boolean {
  if (entity === undefined || entity.type !== 'Entity') return '#VALUE!';
  const properties = (entity.properties ?? {}) as Record<string, JsonCellValue>;
  const name = Object.keys(properties).find((key) => key.toLowerCase() === field.toLowerCase());
  if (name === undefined) return '#FIELD!';
  return basicOf(properties[name]!).value;
}
