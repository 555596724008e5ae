// codebook.md, codebook.ru.md, codebook.zh.md: every table and variable of the release, generated
// from the table declarations in each language: its type, its values with their labels, the
// precision rules, the coding crosswalks and the panel rules. The words are declared in templates/
// (release_text.ts, column_text.ts, category_labels.ts); the names and codes stay as in the CSVs.
import { categoryLabel, categoryText, codebookWords, columnDescription, fillText, panelRuleText, tableDescription } from '../core';
import { COW_IGO_CROSSWALK, COW_V3_FIRST_YEAR, type ColumnTemplate, type Language, type ReleaseInfo, type TableTemplate } from '../core';
import { COW_IGO_V3 } from './datapackage';

export const CODEBOOK_FILE = 'codebook.md';

/** The codebook's file in a language: codebook.md in English, codebook.<lang>.md in the others. */
export const codebookFile = (lang: Language) => (lang === 'en' ? CODEBOOK_FILE : `codebook.${lang}.md`);

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(column: ColumnTemplate, lang: Language): string {
  const types = codebookWords.types;
  if (column.type === 'date' && column.dayOf) return fillText(types.dayOf[lang], { of: column.dayOf });
  return types[column.type][lang];
}

const label = (value: string, lang: Language) => categoryText(value, lang, categoryLabel(value));

const values = (column: ColumnTemplate, lang: Language) =>
  column.categories ? column.categories.map((value) => `\`${value}\` ${label(value, lang)}`).join('; ') : column.type === 'boolean' ? '`true`, `false`' : '';

export function codebookText(release: ReleaseInfo, templates: readonly TableTemplate[], lang: Language = 'en'): string {
  const words = codebookWords;
  const say = (text: { readonly [language in Language]: string }, values: Readonly<Record<string, string | number>> = {}) => fillText(text[lang], values);
  const columns = words.columns;
  const lines = [
    `# ${say(words.title, { title: release.title })}`,
    '',
    say(words.intro, { version: release.version, dataAsOf: release.data_as_of }),
    '',
    say(words.languages),
    '',
    `## ${say(words.precisionRules)}`,
    '',
    ...words.precision.map((rule) => `- ${say(rule)}`),
    '',
    `## ${say(words.crosswalks)}`,
    '',
    say(words.cowIgoCode),
    '',
    '| status | cow_igo_code |',
    '|---|---:|',
    ...Object.entries(COW_IGO_CROSSWALK).map(([status, code]) => `| \`${status}\` ${label(status, lang)} | ${code} |`),
    '',
    say(words.cowV3Rule, { cowTitle: COW_IGO_V3.title, doi: COW_IGO_V3.doi, firstYear: COW_V3_FIRST_YEAR }),
    '',
    `## ${say(words.panelRules)}`,
    '',
    ...panelRuleText.map((rule) => `- ${say(rule)}`),
    '',
    `## ${say(words.tables)}`,
    '',
  ];
  for (const template of templates) {
    const keys = template.primaryKey.map((key) => `\`${key}\``).join(', ') || say(words.noKey);
    lines.push(
      `### ${template.id}: ${template.title[lang]}`,
      '',
      tableDescription(template, lang),
      '',
      say(words.file, { table: template.id, keys }),
      '',
      `| ${say(columns.variable)} | ${say(columns.type)} | ${say(columns.values)} | ${say(columns.meaning)} |`,
      '|---|---|---|---|',
      ...template.columns.map((column) => `| \`${column.key}\` | ${typeOf(column, lang)} | ${cell(values(column, lang))} | ${cell(columnDescription(template.id, column, lang))} |`),
      '',
    );
  }
  return lines.join('\n');
}
