// The shared data module: pure TypeScript (no fs, no DOM, no Office.js). The add-in and the
// exporter read every fact through it.
export * from './vocab';
export * from './dates';
export * from './schema';
export * from './csv-reader';
export * from './validate';
export * from './problems';
export * from './encoding';
export * from './data-readme';
export * from './countries';
export * from './views';
export * from './template';
export * from './tables';
export * from './sheet';
export * from './release';
export * from './release-citation';
export * from './lookup';
export * from './panels';
// Localized labels and workbook text are declared with the tables; front ends read them here.
export { categoryLabel, categoryText, chartText, codebookWords, columnDescription, fillText, panelRuleText, tableDescription, tableDescriptions, workbookText } from '../../templates';
