// The release's README.md: what each file is, the date the data holds for, how to cite it, the
// licences and how to check the files. Table descriptions come from the templates.
import { COW_IGO_CROSSWALK, PANEL_RULES, TEMPLATES, citation, type Language, type ReleaseInfo } from '../core';
import { CHANGELOG_FILE } from './changelog';
import { CHECKSUMS_FILE } from './checksums';
import { CITATION_FILE } from './citation';
import { LICENCES } from './datapackage';
import { WORKBOOK_FILE } from './xlsx';

export const README_FILE = 'README.md';

/**
 * Left joins of the release's state-year panel onto COW's state-year file, keeping every COW
 * state. The R and pandas ones run in the tests against COW's own SCO column.
 */
export const MERGE_SNIPPETS = {
  r: [
    'library(readr)',
    'cow <- read_csv("state_year_formatv3.csv", show_col_types = FALSE)',
    'sco <- read_csv("csv/country_year.csv", show_col_types = FALSE,',
    '                col_select = c(cow_code, year, status, cow_igo_code, cow_igo_v3_rule))',
    '# all.x = TRUE: a left join, every COW state-year is kept',
    'merged <- merge(cow, sco, by.x = c("ccode", "year"), by.y = c("cow_code", "year"), all.x = TRUE)',
    '# States that never had an SCO status: COW codes them 0 from 1996, -1 before',
    'gap <- is.na(merged$cow_igo_v3_rule)',
    'merged$cow_igo_v3_rule[gap] <- ifelse(merged$year[gap] < 1996, -1, 0)',
    'merged$status[gap] <- "none"',
  ],
  python: [
    'import pandas as pd',
    '',
    'cow = pd.read_csv("state_year_formatv3.csv")',
    'sco = pd.read_csv("csv/country_year.csv", usecols=["cow_code", "year", "status", "cow_igo_code", "cow_igo_v3_rule"])',
    '# how="left": every COW state-year is kept; validate: one SCO row at most per state-year',
    'merged = cow.merge(sco.rename(columns={"cow_code": "ccode"}), how="left", on=["ccode", "year"], validate="one_to_one")',
    '# States that never had an SCO status: COW codes them 0 from 1996, -1 before',
    'gap = merged["cow_igo_v3_rule"].isna()',
    'merged["cow_igo_v3_rule"] = merged["cow_igo_v3_rule"].fillna(merged["year"].lt(1996).map({True: -1, False: 0})).astype(int)',
    'merged.loc[gap, "status"] = "none"',
  ],
  stata: [
    '* the SCO state-year panel, keyed like COW (ccode year)',
    'import delimited using "csv/country_year.csv", clear varnames(1) encoding("utf-8")',
    'keep cow_code year status cow_igo_code cow_igo_v3_rule',
    'rename cow_code ccode',
    'tempfile sco',
    "save `sco'",
    '* COW IGO v3 state-year file; keep(master match) is a left join: every COW state-year is kept',
    'import delimited using "state_year_formatv3.csv", clear varnames(1)',
    "merge 1:1 ccode year using `sco', keep(master match) nogenerate",
    '* states that never had an SCO status: COW codes them 0 from 1996, -1 before',
    'replace cow_igo_v3_rule = cond(year < 1996, -1, 0) if missing(cow_igo_v3_rule)',
    'replace status = "none" if missing(status)',
  ],
} as const;

export interface ReadmeFile {
  path: string;
  description: string;
  /** Data rows, for a table. */
  rows?: number;
  /** A picture the README shows below the list of files. */
  image?: boolean;
}

export function releaseReadme(release: ReleaseInfo, files: readonly ReadmeFile[], lang: Language): string {
  const partner = TEMPLATES.country_year.columns.find((column) => column.key === 'partner')?.description ?? '';
  const lines = [
    `# ${release.title}`,
    '',
    `Version ${release.version}, released ${release.release_date}. **The data holds for ${release.data_as_of}**: statuses, rosters and the yearly panels (1996 to ${release.data_as_of.slice(0, 4)}) describe the SCO as known on that day.`,
    '',
    '## Files',
    '',
    '| File | Rows | What it is |',
    '|---|---:|---|',
    ...files.map((file) => `| \`${file.path}\` | ${file.rows ?? ''} | ${file.description} |`),
    '',
    ...files.filter((file) => file.image).flatMap((file) => [`![${file.description}](${file.path})`, '']),
    `The workbook \`${WORKBOOK_FILE}\` holds the same tables as the CSV files (headers and country names in "${lang}"), one Excel Table per sheet, a README sheet and a data dictionary.`,
    '',
    "The codebook and the charts are in English, Russian and Chinese, whatever the workbook's language: `codebook.md`, `codebook.ru.md`, `codebook.zh.md`, and each chart as `charts/<chart>.svg`, `.ru.svg` and `.zh.svg`, each with a PNG. Variable names and codes are the same in every language.",
    '',
    '## How to cite',
    '',
    citation(release),
    '',
    `\`${CITATION_FILE}\` gives the same citation in Citation File Format (reference managers and GitHub read it). Cite the version you used: facts are corrected between releases and \`${CHANGELOG_FILE}\` lists each correction.`,
    '',
    '## Licence',
    '',
    `The data is licensed under the ${LICENCES.data.title} licence (${LICENCES.data.name}, ${LICENCES.data.path}): you may share and adapt it if you credit it as above. The software that builds it is under the ${LICENCES.code.name} licence.`,
    '',
    '## CSV conventions',
    '',
    '- UTF-8 without byte-order mark, LF line ends, a header row of snake_case ASCII column names. Rows are in time order where time is the natural order (status events, summits, officials, chairmanships: by date, a partial date at its first day, undated rows last, then by id), otherwise sorted by the primary key.',
    '- Dates are ISO 8601. A date known only to the month or year is written `YYYY-MM` or `YYYY`; the neighbouring `*_precision` column says `day`, `month` or `year`. A partial date never becomes a day: each such column is text (also in the workbook), and its companion `*_day` column (e.g. `effective_day` beside `effective_date`) repeats it only where it is known to the day, and is empty otherwise.',
    "- `iso_numeric` is an integer (4 for Afghanistan's `004`): pad it to three digits for display.",
    '',
    '### Column types in each reader (default arguments)',
    '',
    'Every workbook column holds one cell type: text, number, real date or boolean, as declared in `datapackage.json`. The CSV readers guess from the values; `load/` sets every type explicitly.',
    '',
    '| Declared type | readxl / openpyxl / pandas `read_excel` | readr `read_csv` | pandas `read_csv` | LibreOffice (CSV) |',
    '|---|---|---|---|---|',
    '| integer | numeric / n / int64 (float64 with gaps) | numeric | int64 (float64 with gaps) | number |',
    '| boolean | logical / b / bool (object with gaps) | logical | bool (object with gaps) | text `true`/`false` |',
    '| date (`*_day`, `reference_date`) | POSIXct / d / datetime64 | Date | object (parse with `parse_dates`) | date |',
    '| partial date | character / s / object | character (Date when every value happens to be a full day) | object | cell by cell: a day as a date, `2004` as a number, `2010-05` as text; use the `*_day` column or the workbook |',
    '| text, category, URL | character / s / object | character | object | text |',
    '',
    'A column empty in every row is read as logical (readr, readxl) or float64 (pandas).',
    '- A missing value is the empty string; booleans are `true` / `false`; several source ids in one cell are separated by `;`.',
    "- `datapackage.json` (Frictionless Data Package v2) gives every column's type, description and allowed values, the primary and foreign keys, and each file's size and SHA-256.",
    '',
    '## Merging with the Correlates of War IGO data',
    '',
    "`country_year.csv` carries ISO 3166 and COW codes (`cow_code`, COW's `ccode`) on every row, and two codings of the SCO:",
    '',
    "- `cow_igo_code`, the dataset's own, follows this crosswalk of its statuses to COW's codes:",
    '',
    '| status | cow_igo_code |',
    '|---|---:|',
    ...Object.entries(COW_IGO_CROSSWALK).map(([status, code]) => `| ${status} | ${code} |`),
    '',
    `  COW's code 2 ("associate") is never used. \`partner\`: ${partner}`,
    "- `cow_igo_v3_rule` reproduces COW IGO v3's own SCO coding, which differs: COW codes the SCO from 1996 (-1 \"IGO not yet in existence\" before), counts the Shanghai Five years (1996-2000) as membership (1), and codes no observer (0). It matches COW's `sco` column on every state-year 1996-2014 and continues the same rules to the last year. Use it to extend a COW series past 2014; use `cow_igo_code` for the dataset's own reading.",
    '',
    "`cow_concordance.csv` lists every state-year where the two codings differ, with the reason. `country_year.csv` holds only states that ever had an SCO status: in a left join on COW's state-year file, every other state gets no row, and COW's rule codes it 0 from 1996 (-1 before). The snippets below keep every COW state and fill those gaps. `state_year_formatv3.csv` stands for COW's IGO v3 state-year file (its SCO column is `sco`); adjust the path.",
    '',
    'R (base R and readr):',
    '',
    '```r',
    ...MERGE_SNIPPETS.r,
    '```',
    '',
    'pandas:',
    '',
    '```python',
    ...MERGE_SNIPPETS.python,
    '```',
    '',
    'Stata:',
    '',
    '```stata',
    ...MERGE_SNIPPETS.stata,
    '```',
    '',
    "`dyad_year.csv` is keyed on `ccode1 < ccode2` and `year`, like COW's dyadic file.",
    '',
    '## Panel rules',
    '',
    ...PANEL_RULES.map((rule) => `- ${rule}`),
    '',
    '## Checking the files',
    '',
    `\`${CHECKSUMS_FILE}\` lists the SHA-256 of every other file. In this folder run \`sha256sum -c ${CHECKSUMS_FILE}\` (macOS: \`shasum -a 256 -c ${CHECKSUMS_FILE}\`); every line must say OK.`,
    '',
  ];
  return lines.join('\n');
}
