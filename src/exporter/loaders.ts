// load/: readers for R, Stata and Python that give every column its declared type, generated from
// the table templates (so they can never disagree with the CSV files they read). Dates are parsed
// only in the day columns: a partial date stays text.
import { categoryLabel } from '../core';
import type { ColumnTemplate, TableTemplate } from '../core';

export const R_LOADER = 'load/sco.R';
export const STATA_LOADER = 'load/sco.do';
export const PYTHON_LOADER = 'load/sco.py';

const rString = (text: string) => JSON.stringify(text);

function rType(column: ColumnTemplate): string {
  switch (column.type) {
    case 'integer':
      return 'col_integer()';
    case 'boolean':
      return 'col_logical()';
    case 'date':
      return 'col_date(format = "%Y-%m-%d")';
    default:
      return 'col_character()';
  }
}

export function rLoader(templates: readonly TableTemplate[]): string {
  const specs = templates.map((template) => {
    const types = template.columns.map((column) => `      ${column.key} = ${rType(column)}`).join(',\n');
    const coded = template.columns.filter((column) => column.categories);
    const categories = coded.map((column) => `      ${column.key} = c(${column.categories!.map((value) => `${rString(value)} = ${rString(categoryLabel(value))}`).join(', ')})`).join(',\n');
    const labels = template.columns.map((column) => `      ${column.key} = ${rString(column.description)}`).join(',\n');
    return `  ${template.id} = list(\n    types = cols(\n${types}\n    ),\n    categories = list(\n${categories}\n    ),\n    labels = list(\n${labels}\n    )\n  )`;
  });
  return `# sco-data loader for R (generated from the table declarations; do not edit).
# Usage, from the release folder:  source("load/sco.R"); events <- sco_read("status_events")
# Every column gets its declared type (readr col_types): integers, logicals, Date only for the
# day columns (a partial date such as "2010-05" stays text, with its *_precision column), coded
# columns as factors whose levels are the codes, with the code labels in attr(x, "labels") and
# each column's meaning in attr(x, "label").
library(readr)

sco_specs <- list(
${specs.join(',\n')}
)

sco_read <- function(table, dir = ".") {
  spec <- sco_specs[[table]]
  if (is.null(spec)) stop("unknown table: ", table, " (one of: ", paste(names(sco_specs), collapse = ", "), ")")
  data <- read_csv(file.path(dir, "csv", paste0(table, ".csv")), col_types = spec$types, na = "", progress = FALSE)
  problems <- problems(data)
  if (nrow(problems) > 0) stop("csv/", table, ".csv does not match its declared types: ", paste(capture.output(print(problems)), collapse = "\\n"))
  for (column in names(spec$categories)) {
    codes <- spec$categories[[column]]
    data[[column]] <- factor(data[[column]], levels = names(codes))
    attr(data[[column]], "labels") <- codes
  }
  for (column in names(spec$labels)) attr(data[[column]], "label") <- spec$labels[[column]]
  data
}
`;
}

const pyString = (text: string) => JSON.stringify(text);

export function pythonLoader(templates: readonly TableTemplate[]): string {
  const specs = templates.map((template) => {
    const kinds = template.columns
      .map((column) => `            ${pyString(column.key)}: ${pyString(column.categories ? 'category' : column.type === 'partial_date' || column.type === 'url' ? 'string' : column.type)},`)
      .join('\n');
    const categories = template.columns
      .filter((column) => column.categories)
      .map((column) => `            ${pyString(column.key)}: [${column.categories!.map(pyString).join(', ')}],`)
      .join('\n');
    return `    ${pyString(template.id)}: {\n        "columns": {\n${kinds}\n        },\n        "categories": {\n${categories}\n        },\n    },`;
  });
  const labels = [...new Set(templates.flatMap((template) => template.columns.flatMap((column) => column.categories ?? [])))].map(
    (value) => `    ${pyString(value)}: ${pyString(categoryLabel(value))},`,
  );
  return `"""sco-data loader for pandas (generated from the table declarations; do not edit).

Usage, from the release folder:

    import sys; sys.path.insert(0, "load")
    import sco
    events = sco.read("status_events")

Every column gets its declared dtype: nullable Int64 integers, nullable booleans, datetime64 only
for the day columns (a partial date such as "2010-05" stays a string, with its *_precision
column), coded columns as pandas categoricals over every allowed code; LABELS gives each code's
meaning.
"""
import os

import pandas as pd

SPECS = {
${specs.join('\n')}
}

LABELS = {
${labels.join('\n')}
}


def read(table, directory="."):
    """Reads csv/<table>.csv of the release in \`directory\` with its declared types."""
    if table not in SPECS:
        raise KeyError(f"unknown table {table!r} (one of: {', '.join(SPECS)})")
    spec = SPECS[table]
    path = os.path.join(directory, "csv", f"{table}.csv")
    # Every field as text first, so no value is guessed; "" is the only missing value.
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    for column, kind in spec["columns"].items():
        values = frame[column]
        if kind == "integer":
            frame[column] = pd.to_numeric(values).astype("Int64")
        elif kind == "boolean":
            frame[column] = values.map({"true": True, "false": False}).astype("boolean")
        elif kind == "date":
            frame[column] = pd.to_datetime(values, format="%Y-%m-%d")
        elif kind == "category":
            frame[column] = pd.Categorical(values, categories=spec["categories"][column])
        else:
            frame[column] = values.astype("string")
    return frame
`;
}

/** Stata's compound double quotes: any text, quotes included, stays one string. */
const stataString = (text: string) => `\`"${text.replace(/[\r\n]+/g, ' ')}"'`;

export function stataLoader(templates: readonly TableTemplate[]): string {
  const blocks = templates.map((template) => {
    const integers = template.columns.filter((column) => column.type === 'integer').map((column) => column.key);
    const lines = [
      `* ---- ${template.id}: ${template.title.en}`,
      `import delimited using "csv/${template.id}.csv", clear varnames(1) encoding("utf-8") stringcols(_all) bindquotes(strict) maxquotedrows(unlimited)`,
      // Value labels belong to the data in memory: define them after the import cleared it.
      'label define sco_yesno 0 "false" 1 "true", replace',
      ...(integers.length > 0 ? [`destring ${integers.join(' ')}, replace`] : []),
    ];
    for (const column of template.columns) {
      if (column.type === 'date') {
        lines.push(`generate ${column.key}_d = date(${column.key}, "YMD")`, `format ${column.key}_d %tdCCYY-NN-DD`, `drop ${column.key}`, `rename ${column.key}_d ${column.key}`);
      } else if (column.type === 'boolean') {
        lines.push(
          `generate byte ${column.key}_b = cond(${column.key} == "true", 1, cond(${column.key} == "false", 0, .))`,
          `drop ${column.key}`,
          `rename ${column.key}_b ${column.key}`,
          `label values ${column.key} sco_yesno`,
        );
      } else if (column.categories) {
        const name = `${template.id}_${column.key}`.slice(0, 32);
        lines.push(
          `label define ${name} ${column.categories.map((value, index) => `${index + 1} ${stataString(categoryLabel(value))}`).join(' ')}, replace`,
          `generate byte ${column.key}_c = .`,
          ...column.categories.map((value, index) => `replace ${column.key}_c = ${index + 1} if ${column.key} == "${value}"`),
          `assert !missing(${column.key}_c) if ${column.key} != ""`,
          `drop ${column.key}`,
          `rename ${column.key}_c ${column.key}`,
          `label values ${column.key} ${name}`,
        );
      }
      lines.push(`label variable ${column.key} ${stataString(column.description.slice(0, 80))}`);
    }
    lines.push(`order ${template.columns.map((column) => column.key).join(' ')}`, `label data ${stataString(template.title.en)}`, `save "sco_${template.id}.dta", replace`, '');
    return lines.join('\n');
  });
  return `* sco-data loader for Stata 16 or later (generated from the table declarations; do not edit).
* Usage, from the release folder:  do load/sco.do
* Writes sco_<table>.dta for every table: integers destrung, true/false as 0/1 (labelled),
* dates as Stata dates (%td) only in the day columns (a partial date such as "2010-05" stays a
* string beside its *_precision column), coded columns as labelled numbers (label define/values).
version 16

${blocks.join('\n')}`;
}
