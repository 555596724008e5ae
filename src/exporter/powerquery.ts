// load/sco.pq: a Power Query (M) function that reads a release CSV with its declared types, from
// the release folder or from a URL, generated from the table declarations like the R, Stata and
// pandas loaders. In Excel it needs no add-in: Data > Refresh All reads the CSVs again.
import type { ColumnTemplate, TableTemplate } from '../core';

export const POWER_QUERY_LOADER = 'load/sco.pq';

/** M's type for a declared column: only day columns become dates; a partial date stays text. */
export function mType(column: ColumnTemplate): string {
  switch (column.type) {
    case 'integer':
      return 'Int64.Type';
    case 'boolean':
      return 'type logical';
    case 'date':
      return 'type date';
    default:
      return 'type text';
  }
}

/** An M text literal: quotes doubled, no line breaks inside. */
export const mText = (text: string) => `"${text.replace(/"/g, '""').replace(/[\r\n]+/g, ' ')}"`;

/** One table's entry of the declarations record: its columns in CSV order, each with its M type. */
export function mTableTypes(template: TableTemplate): string {
  const columns = template.columns.map((column) => `            {${mText(column.key)}, ${mType(column)}}`).join(',\n');
  return `        #${mText(template.id)} = {\n${columns}\n        }`;
}

export function powerQueryLoader(templates: readonly TableTemplate[]): string {
  const first = templates[0]?.id ?? 'status_events';
  return `// sco-data loader for Power Query (generated from the table declarations; do not edit).
// In Excel: Data > Get Data > From Other Sources > Blank Query; Home > Advanced Editor; paste this
// file; set Release below; name the query SCO_READ. Then, for each table, another Blank Query:
//     = SCO_READ("${first}")
// and Close & Load. Data > Refresh All reads the CSV files again. Every column gets its declared
// type: whole numbers, true/false, dates only for the day columns (a partial date such as
// "2010-05" stays text, with its *_precision column), everything else text; empty cells are null.
// A CSV whose columns differ from the declaration is an error, not a silently shifted table.
let
    // The release: a folder ("C:\\Users\\you\\sco-data-1.0.0\\") or a URL ("https://example.org/sco-data/1.0.0/").
    Release = "PUT THE RELEASE FOLDER OR URL HERE",
    Declared = [
${templates.map(mTableTypes).join(',\n')}
    ],
    IsWeb = Text.StartsWith(Release, "https://") or Text.StartsWith(Release, "http://"),
    Separator = if IsWeb or not Text.Contains(Release, "\\") then "/" else "\\",
    Base = if Text.EndsWith(Release, "/") or Text.EndsWith(Release, "\\") then Release else Release & Separator,
    Read = (table as text) as table =>
        let
            Columns = Record.FieldOrDefault(Declared, table, null),
            Known = if Columns = null then error Error.Record("sco-data", "unknown table: " & table, [tables = Text.Combine(Record.FieldNames(Declared), ", ")]) else Columns,
            Names = List.Transform(Known, each _{0}),
            Path = Base & "csv" & Separator & table & ".csv",
            Bytes = if IsWeb then Web.Contents(Path) else File.Contents(Path),
            Parsed = Csv.Document(Bytes, [Delimiter = ",", Columns = List.Count(Names), Encoding = 65001, QuoteStyle = QuoteStyle.Csv]),
            Promoted = Table.PromoteHeaders(Parsed, [PromoteAllScalars = true]),
            Checked = if Table.ColumnNames(Promoted) = Names then Promoted else error Error.Record("sco-data", "csv/" & table & ".csv does not have the declared columns", [expected = Text.Combine(Names, ","), found = Text.Combine(Table.ColumnNames(Promoted), ",")]),
            Nulls = Table.ReplaceValue(Checked, "", null, Replacer.ReplaceValue, Names),
            Typed = Table.TransformColumnTypes(Nulls, Known, "en-US")
        in
            Typed
in
    Read
`;
}
