// The published tables, in the order releases and the add-in list them.
export { chairmanships } from './chairmanships';
export { changes } from './changes';
export { conflicts } from './conflicts';
export { countries } from './countries';
export { countryYear } from './country_year';
export { dyadYear } from './dyad_year';
export { membershipSpells } from './membership_spells';
export { membershipTimeline } from './membership_timeline';
export { officials } from './officials';
export { roster } from './roster';
export { sources } from './sources';
export { statusCounts } from './status_counts';
export { statusEvents } from './status_events';
export { summits } from './summits';
export { cowConcordance } from './cow_concordance';
export { tableDescriptions, workbookText } from './workbook_text';
export { categoryLabel, categoryLabels } from './category_labels';
export { countryMonth } from './country_month';
