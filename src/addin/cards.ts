// Cards: states and summits as Excel entity values (Excel.EntityCellValue, ExcelApi 1.16), planned
// here as plain JSON so that every byte Excel receives is tested without Office. Every fact comes
// from src/core (statusOn, rosterOn, the events, the conflicts); this module only lays it out.
// JSON shape: https://learn.microsoft.com/en-us/javascript/api/excel/excel.entitycellvalue and
// https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-data-types-entity-card.
//
// Property names are what a formula writes after the dot (=A2.Status): letters, digits and "_",
// starting with a letter, so that no name needs brackets (=A2.[Decision date] would) and none can
// read as an operator. They are English whatever the pane's language: formulas must not change
// meaning with the user's language; the values (names of states, cities) are in the chosen language.
//
// Known Office bugs this plan avoids (each tested in test/addin/cards.test.ts):
// - office-js 5794 (https://github.com/OfficeDev/office-js/issues/5794): Excel on the web rejects a
//   card section with layout "TwoColumn" ("Cell D3 has property `layout` with an unexpected value"),
//   and custom functions returning entities show #VALUE! there: sections use only "List", and the
//   =SCO.* functions return plain values, never entities.
// - office-js 4576 (https://github.com/OfficeDev/office-js/issues/4576): a custom function given an
//   entity as an argument shows #VALUE! without being called: every card carries its key as a plain
//   property (ISO3, Summit_id) so that =SCO.STATUS(A2.ISO3) works. (custom-functions-metadata writes
//   allowCustomDataForDataTypeAny: true into functions.json, so an entity given straight to an `any`
//   argument reaches the function as JSON or hits 4576: not yet guarded.)
// - office-js 5754 (https://github.com/OfficeDev/office-js/issues/5754): entity values stay in the
//   workbook, card and all, when it is opened without the add-in. The cards rely on that and on
//   nothing else: plain entities (no LinkedEntity that would need the add-in's load service, no
//   function references, no referencedValues), every value held in the cell, the provider logo
//   only a data: URL or the add-in's own origin (no request to a third party, none that fails
//   when the add-in is gone).
// - office-js 2931: not found in the stored issue corpus; nothing here depends on it.
import type { Conflict, Language, Precision, ReleaseInfo, ScoData, Source, StatusEvent, Summit } from '../core';

/** Entity values need ExcelApi 1.16 (Range.valuesAsJson); without it the pane inserts plain tables. */
export const CARDS_REQUIREMENT = { set: 'ExcelApi', version: '1.16' } as const;

/** Whether the host takes entity values; a host whose check throws is taken not to. */
export function supportsCards(isSetSupported: (name: string, version: string) => boolean): boolean {
  try {
    return isSetSupported(CARDS_REQUIREMENT.set, CARDS_REQUIREMENT.version);
  } catch {
    return false;
  }
}

/** The data licence every property carries (data/release.json: licence_data is always CC-BY-4.0). */
export const DATA_LICENCE = { licenseText: 'CC BY 4.0', licenseAddress: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** A property name that works after the dot in a formula without brackets. */
export const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Excel's limit on a cell's text (Excel specifications and limits: 32,767 characters). */
export const MAX_TEXT = 32767;

export interface CardOptions {
  release: ReleaseInfo;
  /** The day the card's status holds for (the release's data_as_of by default). */
  asOf?: string;
  lang?: Language;
  /** The add-in's own origin ("https://host/"): a logo there is no third-party request. */
  ownOrigin?: string;
  /** A logo for the provider branding: used only if it is a data: URL or under ownOrigin. */
  logo?: string;
}

type Attribution = Excel.CellValueAttributionAttributes;
type Property = Excel.EntityPropertyType;

/** The provider logo, if it needs no request to anyone but the add-in itself. */
export function safeLogo(logo: string | undefined, ownOrigin: string | undefined): string | undefined {
  if (logo === undefined) return undefined;
  if (/^data:image\/(png|svg\+xml|jpeg|gif);base64,[A-Za-z0-9+/=]+$/.test(logo)) return logo;
  if (ownOrigin !== undefined && /^https:\/\/[^/]+\//.test(ownOrigin) && logo.startsWith(ownOrigin)) return logo;
  return undefined;
}

function provider(options: CardOptions): Excel.CellValueProviderAttributes {
  const { release } = options;
  const logo = safeLogo(options.logo, options.ownOrigin);
  return {
    description: `sco-data ${release.version}, data as of ${release.data_as_of} (${DATA_LICENCE.licenseText})`,
    ...(logo === undefined ? {} : { logoSourceAddress: logo }),
  };
}

/** One attribution per source: its title and canonical URL, and the data licence. */
function attributionOf(data: ScoData, sourceIds: readonly string[]): Attribution[] {
  const sources = new Map<string, Source>(data.dataset.sources.map((source) => [source.source_id, source]));
  return sourceIds.map((id) => {
    const source = sources.get(id);
    if (source === undefined) return { sourceText: id, ...DATA_LICENCE };
    return { sourceText: `${source.publisher}: ${source.title}`, ...(source.url ? { sourceAddress: source.url } : {}), ...DATA_LICENCE };
  });
}

const clip = (text: string) => (text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`);

function text(value: string, attribution: Attribution[]): Property {
  return { type: 'String', basicValue: clip(value), propertyMetadata: { attribution } } as Property;
}
function number(value: number, attribution: Attribution[]): Property {
  return { type: 'Double', basicValue: value, propertyMetadata: { attribution } } as Property;
}
function flag(value: boolean, attribution: Attribution[]): Property {
  return { type: 'Boolean', basicValue: value, propertyMetadata: { attribution } } as Property;
}

/** A date as the data holds it, with its precision spelled out: "2017-06-09 (day)", "2019-01 (month)". */
function dated(date: string | null, precision: Precision | null): string {
  return date === null ? 'not recorded' : `${date} (${precision ?? 'day'})`;
}

/** The other readings the conflicts record for a row: "field: value (sources): reason", one a line. */
function otherReadings(conflicts: Conflict[]): string {
  if (conflicts.length === 0) return 'none recorded';
  return conflicts.map((c) => `${c.field}: ${c.other_value} (${c.other_source_ids.join(', ')}) instead of ${c.chosen_value} (${c.chosen_source_ids.join(', ')}): ${c.reason}`).join('\n');
}

const conflictsOf = (data: ScoData, table: string, rowId: string) => data.dataset.conflicts.filter((c) => c.table === table && c.row_id === rowId);
const conflictSources = (conflicts: Conflict[]) => [...new Set(conflicts.flatMap((c) => [...c.chosen_source_ids, ...c.other_source_ids]))];

/** A state's card: its status on the day, since when, by which decision, how sure, and what else was read. */
export function stateCard(data: ScoData, iso3: string, options: CardOptions): Excel.EntityCellValue {
  const country = data.country(iso3);
  if (country === undefined) throw new Error(`no state ${iso3} in the dataset`);
  const lang = options.lang ?? 'en';
  const asOf = options.asOf ?? options.release.data_as_of;
  const countrySources = attributionOf(data, country.source_ids);
  const held = data.statusOn(iso3, asOf);
  const entry = data.rosterOn(asOf).find((item) => item.iso3 === iso3);
  const event: StatusEvent | undefined = entry && data.statusEvents().find((item) => item.event_id === entry.event_id);
  const eventSources = event ? attributionOf(data, event.source_ids) : countrySources;
  const summit = event?.summit_id ? data.summits().find((item) => item.summit_id === event.summit_id) : undefined;
  const conflicts = [...conflictsOf(data, 'countries', iso3), ...(event ? conflictsOf(data, 'status_events', event.event_id) : [])];
  const properties: Record<string, Property> = {
    Name: text(country.names[lang], countrySources),
    ISO3: text(country.iso3, countrySources),
    COW_code: number(country.cow_code, countrySources),
    Status: text(held.status, eventSources),
    Status_certain: flag(held.certain, eventSources),
    As_of: text(asOf, eventSources),
    Since: text(entry ? dated(entry.since, entry.since_precision) : 'never held a status', eventSources),
    Previous_status: text(event?.previous_status ?? 'none', eventSources),
    Decision_event: text(event?.event_id ?? 'none', eventSources),
    Decision_document: text(event?.document ?? 'not recorded', eventSources),
    Decision_summit: text(summit ? summitTitle(summit, lang) : 'none', eventSources),
    Decision_date: text(dated(event?.decision_date ?? null, event?.decision_precision ?? null), eventSources),
    Effective_date: text(event?.effective_date ? dated(event.effective_date, event.effective_precision) : 'the decision date', eventSources),
    Confidence: text(event?.confidence ?? 'not recorded', eventSources),
    Sources: text(event ? event.source_ids.join('; ') : country.source_ids.join('; '), eventSources),
    Other_readings: text(otherReadings(conflicts), conflicts.length > 0 ? attributionOf(data, conflictSources(conflicts)) : eventSources),
  };
  return {
    type: 'Entity',
    text: country.names[lang],
    properties,
    layouts: {
      compact: { icon: 'Globe' },
      card: {
        title: { property: 'Name' },
        sections: [
          { layout: 'List', title: 'Status', properties: ['Status', 'Status_certain', 'As_of', 'Since', 'Previous_status'] },
          { layout: 'List', title: 'Decision', properties: ['Decision_event', 'Decision_document', 'Decision_summit', 'Decision_date', 'Effective_date'] },
          { layout: 'List', title: 'Provenance', properties: ['Confidence', 'Sources', 'Other_readings'] },
          { layout: 'List', title: 'Identifiers', collapsible: true, collapsed: true, properties: ['ISO3', 'COW_code'] },
        ],
      },
    },
    provider: provider(options),
  } as Excel.EntityCellValue;
}

/** "Astana 2017-06-08": a summit named by its city and first day (or month, or year). */
function summitTitle(summit: Summit, lang: Language): string {
  return `${cityOf(summit, lang)} ${summit.start_date ?? summit.summit_id}`;
}

/** The summit's city in the language, English where that name is not recorded. */
const cityOf = (summit: Summit, lang: Language): string => (lang === 'ru' ? summit.city_ru : lang === 'zh' ? summit.city_zh : null) || summit.city_en;

/** A summit's card: when, where, who hosted, what it decided, how sure, and what else was read. */
export function summitCard(data: ScoData, summitId: string, options: CardOptions): Excel.EntityCellValue {
  const summit = data.summits().find((item) => item.summit_id === summitId);
  if (summit === undefined) throw new Error(`no summit ${summitId} in the dataset`);
  const lang = options.lang ?? 'en';
  const sources = attributionOf(data, summit.source_ids);
  const conflicts = conflictsOf(data, 'summits', summitId);
  const host = data.country(summit.host_iso3);
  const properties: Record<string, Property> = {
    Title: text(summitTitle(summit, lang), sources),
    Summit_id: text(summit.summit_id, sources),
    Series: text(summit.series, sources),
    ...(summit.number === null ? {} : { Number: number(summit.number, sources) }),
    Held_or_planned: text(summit.status, sources),
    Start_date: text(dated(summit.start_date, summit.start_precision), sources),
    End_date: text(dated(summit.end_date, summit.end_precision), sources),
    City: text(cityOf(summit, lang), sources),
    Host: text(host ? host.names[lang] : summit.host_iso3, sources),
    Host_ISO3: text(summit.host_iso3, sources),
    Format: text(summit.format, sources),
    Decisions: text(summit.decisions || 'not recorded', sources),
    Documents: text(summit.documents || 'not recorded', sources),
    Confidence: text(summit.confidence, sources),
    Sources: text(summit.source_ids.join('; '), sources),
    Other_readings: text(otherReadings(conflicts), conflicts.length > 0 ? attributionOf(data, conflictSources(conflicts)) : sources),
  };
  return {
    type: 'Entity',
    text: summitTitle(summit, lang),
    properties,
    layouts: {
      compact: { icon: 'Calendar' },
      card: {
        title: { property: 'Title' },
        sections: [
          { layout: 'List', title: 'When and where', properties: ['Start_date', 'End_date', 'City', 'Host', 'Format', 'Held_or_planned'] },
          { layout: 'List', title: 'Outcome', properties: ['Decisions', 'Documents'] },
          { layout: 'List', title: 'Provenance', properties: ['Confidence', 'Sources', 'Other_readings'] },
          { layout: 'List', title: 'Identifiers', collapsible: true, collapsed: true, properties: ['Summit_id', 'Series', ...(summit.number === null ? [] : ['Number']), 'Host_ISO3'] },
        ],
      },
    },
    provider: provider(options),
  } as Excel.EntityCellValue;
}

export type CardKind = 'states' | 'summits';

/** What an insert of cards writes: a header cell above one card per row, in one column. */
export interface CardPlan {
  kind: CardKind;
  header: string;
  cards: Excel.EntityCellValue[];
  sheetTitle: string;
}

/** Every state of the dataset, or every summit, as cards (states by ISO3, summits in date order). */
export function planCards(data: ScoData, kind: CardKind, options: CardOptions): CardPlan {
  if (kind === 'states') {
    return { kind, header: 'State', sheetTitle: 'SCO states', cards: data.countries().map((country) => stateCard(data, country.iso3, options)) };
  }
  const summits = [...data.summits()].sort((a, b) => ((a.start_date ?? '') < (b.start_date ?? '') ? -1 : (a.start_date ?? '') > (b.start_date ?? '') ? 1 : 0));
  return { kind, header: 'Summit', sheetTitle: 'SCO summits', cards: summits.map((summit) => summitCard(data, summit.summit_id, options)) };
}

/** The cells of a card plan, as Range.valuesAsJson takes them: the header a String, then the cards. */
export function cardCells(plan: CardPlan): Excel.CellValue[][] {
  return [[{ type: 'String', basicValue: plan.header } as Excel.CellValue], ...plan.cards.map((card) => [card as Excel.CellValue])];
}
