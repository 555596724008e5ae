// The table registry: every published table's declaration, in the order releases, the workbook and
// the add-in list them. Everything else is derived from this list: the data files the validator
// reads (the declarations with a `dataFile`), the Dataset and its row types, the table ids, the
// CSV and XLSX layout, the Data Package, the codebook and data/README.md. Adding a table is one
// import and one entry here (see CONTRIBUTING.md).
import type { Language } from './vocab';
import { applications } from './applications';
import { chairmanships } from './chairmanships';
import { changes } from './changes';
import { conflicts } from './conflicts';
import { countries } from './countries';
import { countryMonth } from './country_month';
import { countryYear } from './country_year';
import { cowConcordance } from './cow_concordance';
import { documents } from './documents';
import { dyadYear } from './dyad_year';
import { foreignMinistersMeetings } from './foreign_ministers_meetings';
import { headsOfGovernmentMeetings } from './heads_of_government_meetings';
import { membershipSpells } from './membership_spells';
import { membershipTimeline } from './membership_timeline';
import { officials } from './officials';
import { roster } from './roster';
import { sources } from './sources';
import { statusCounts } from './status_counts';
import { statusEvents } from './status_events';
import { summitAttendance } from './summit_attendance';
import { summits } from './summits';

export const TABLES = [
  roster,
  countries,
  statusEvents,
  membershipSpells,
  summits,
  officials,
  chairmanships,
  headsOfGovernmentMeetings,
  foreignMinistersMeetings,
  summitAttendance,
  documents,
  applications,
  countryYear,
  cowConcordance,
  countryMonth,
  dyadYear,
  statusCounts,
  sources,
  conflicts,
] as const;

// Named, for the code that handles one table in particular (a view, a rule across rows).
export {
  applications,
  chairmanships,
  changes,
  conflicts,
  countries,
  countryMonth,
  countryYear,
  cowConcordance,
  documents,
  dyadYear,
  foreignMinistersMeetings,
  headsOfGovernmentMeetings,
  membershipSpells,
  membershipTimeline,
  officials,
  roster,
  sources,
  statusCounts,
  statusEvents,
  summitAttendance,
  summits,
};

/** Each table's description in Russian and Chinese (English: the declaration's own `description`). */
export const tableDescriptions: Readonly<Record<string, { ru: string; zh: string }>> = Object.fromEntries([...TABLES, changes].map((table) => [table.id, table.descriptionTranslations]));

/** A table's description in a language: the declaration's own in English, its translation in ru and zh. */
export function tableDescription(template: { id: string; description: string }, lang: Language): string {
  if (lang === 'en') return template.description;
  const localized = tableDescriptions[template.id];
  if (!localized) throw new Error(`templates: table ${template.id} has no ${lang} description (descriptionTranslations)`);
  return localized[lang];
}

export { workbookText } from './workbook_text';
export { chartText, codebookWords, fillText, panelRuleText } from './release_text';
export { categoryLabel, categoryLabels } from './category_labels';
export { CATEGORY_TEXT, COLUMN_TEXT, categoryText, columnDescription } from './column_text';
