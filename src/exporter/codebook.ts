// codebook.md: every table and variable of the release, generated from the table declarations:
// its type, its values with their labels, the precision rules and the coding crosswalks.
import { categoryLabel } from '../core';
import { COW_IGO_CROSSWALK, COW_V3_FIRST_YEAR, type ColumnTemplate, type ReleaseInfo, type TableTemplate } from '../core';
import { COW_IGO_V3 } from './datapackage';

export const CODEBOOK_FILE = 'codebook.md';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(column: ColumnTemplate): string {
  switch (column.type) {
    case 'partial_date':
      return 'partial date (text: YYYY-MM-DD, YYYY-MM or YYYY)';
    case 'date':
      return column.dayOf ? `date (YYYY-MM-DD; ${column.dayOf} where known to the day)` : 'date (YYYY-MM-DD)';
    case 'category':
      return 'coded text';
    case 'url':
      return 'text (URL)';
    case 'string':
      return 'text';
    default:
      return column.type;
  }
}

const values = (column: ColumnTemplate) =>
  column.categories ? column.categories.map((value) => `\`${value}\` ${categoryLabel(value)}`).join('; ') : column.type === 'boolean' ? '`true`, `false`' : '';

export function codebookText(release: ReleaseInfo, templates: readonly TableTemplate[], panelRules: readonly string[] = []): string {
  const lines = [
    `# Codebook: ${release.title}`,
    '',
    `Version ${release.version}, data as of ${release.data_as_of}. Generated from the table declarations, like the CSV files, the workbook, datapackage.json and load/.`,
    '',
    '## Precision rules',
    '',
    '- A date known only to the month or year is written `YYYY-MM` or `YYYY`, never as a guessed day; its `*_precision` column says `day`, `month` or `year`.',
    '- Each partial-date column has a companion `*_day` column (a real date) that repeats it where it is known to the day and is empty otherwise.',
    "- A date known only to a month or year stands for the period from its first to its last day. A status whose start is known only to such a period is certain from the period's last day: day-level answers (rosters, panels) report the previous status on earlier days of the period and flag the answer as uncertain.",
    "- `status_certain`, and each `*_certain` column beside a panel variant: `false` when the day the rule reads lies inside the month or year in which a new status (or, for `status_by_decision_certain`, a decision) is dated, before that period's last day; the value beside it is then the status held before, and whether the change had already happened is unknown. `true` otherwise, including before the period.",
    '- `confidence`: `high` two independent or one primary source; `medium` one reliable secondary source; `low` not confirmed (see the note); `inferred` no source states it, it follows from a rule the note names.',
    '',
    '## Coding crosswalks',
    '',
    "`cow_igo_code` (the dataset's own COW-style coding of the status on the reference date):",
    '',
    '| status | cow_igo_code |',
    '|---|---:|',
    ...Object.entries(COW_IGO_CROSSWALK).map(([status, code]) => `| \`${status}\` ${categoryLabel(status)} | ${code} |`),
    '',
    `\`cow_igo_v3_rule\` (COW IGO v3's own rules, ${COW_IGO_V3.title}, doi:${COW_IGO_V3.doi}): -1 before ${COW_V3_FIRST_YEAR} (IGO not yet in existence); 1 when the state was a Shanghai Five participant or a member on any day of the year; 0 otherwise (COW codes no SCO observer, and no dialogue or SCO partner). It equals COW's \`sco\` column on every state-year 1996-2014; states absent from country_year are 0 from 1996 and -1 before. \`cow_concordance.csv\` lists and explains every state-year where the two codings differ.`,
    '',
    ...(panelRules.length > 0 ? ['## Panel rules', '', ...panelRules.map((rule) => `- ${rule}`), ''] : []),
    '## Tables',
    '',
  ];
  for (const template of templates) {
    lines.push(
      `### ${template.id}: ${template.title.en}`,
      '',
      template.description,
      '',
      `File \`csv/${template.id}.csv\`; primary key: ${template.primaryKey.map((key) => `\`${key}\``).join(', ') || 'none'}.`,
      '',
      '| Variable | Type | Values | Meaning |',
      '|---|---|---|---|',
      ...template.columns.map((column) => `| \`${column.key}\` | ${typeOf(column)} | ${cell(values(column))} | ${cell(column.description)} |`),
      '',
    );
  }
  return lines.join('\n');
}
