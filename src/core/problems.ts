// Problems are data: a stable code, where it is, and the values its message needs. The message
// ("what is wrong (how to fix)") is rendered from the code, in one place, with every value taken
// from a data file escaped, so that no control character or terminal escape ever reaches a log.

export type ProblemParams = Readonly<Record<string, string | number>>;

export interface Problem {
  /** Stable snake_case code (see PROBLEM_MESSAGES). */
  readonly code: ProblemCode;
  readonly file: string;
  /** 1-based line and column of the first character concerned. */
  readonly line: number;
  readonly column: number;
  readonly params: ProblemParams;
}

/** Longest stretch of a value a message quotes (a 40,000-character cell is not echoed whole). */
const QUOTED_LENGTH = 300;

/**
 * Text safe to print: backslash and double quote escaped, and every control, format (bidi, zero
 * width), separator, surrogate, private-use or unassigned character written as \u{XXXX}.
 */
function escapeText(text: string): string {
  return text.replace(/[\\"]|[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu, (char) =>
    char === '\\' || char === '"' ? `\\${char}` : `\\u{${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`,
  );
}

/** A value as a message shows it: escaped, and cut short when long. */
function shownValue(value: string | number): string {
  const points = [...String(value)];
  return escapeText(points.length > QUOTED_LENGTH ? `${points.slice(0, QUOTED_LENGTH).join('')}…` : points.join(''));
}

/** Parameters arrive escaped (shownValue); data values are quoted by the message. */
type Render = (p: Record<string, string>) => string;

const FIX_CSV_UTF8 = 'save the file as UTF-8; in Excel: Save As, "CSV UTF-8 (Comma delimited)"';

/** Every problem code and its message. */
export const PROBLEM_MESSAGES = {
  // The file itself.
  // A data file names its header row; release.json, the JSON object it holds.
  file_missing: (p) => `file is missing (create it ${p.header ? `with the header row: ${p.header}` : `as ${p.content}`})`,
  symlink: () => 'is a symbolic link, which is not read (replace the link with the file itself)',
  not_a_regular_file: (p) => `is a ${p.kind}, not a regular file (replace it with the data file)`,
  unknown_file: (p) => `is not a file of the dataset (${p.suggestion ? `did you mean ${p.suggestion}? ` : ''}rename or delete it; data/ holds: ${p.expected})`,
  unreadable_file: (p) =>
    p.reason === 'ENOENT'
      ? 'does not exist (check the path for a typo)'
      : p.reason === 'ENOTDIR'
        ? 'is not a folder (give the folder that holds the data files)'
        : `cannot be read: ${p.reason} (check the file's permissions)`,
  invalid_utf8: (p) => `byte 0x${p.byte} is not UTF-8 text (${FIX_CSV_UTF8})`,
  lone_carriage_return: () => 'carriage return without a line feed (save the file with LF or CRLF line ends)',
  // CSV syntax.
  unclosed_quote: () => 'quoted field is never closed (add the closing ")',
  quote_closes_later: (p) => `the quote opened here closes on line ${p.closes} and text follows it (close the quote on this line, or double any " inside the field)`,
  text_after_quote: () => 'text after a closing quote (quote the whole field and double any " inside it)',
  quote_in_unquoted_field: () => 'a " inside an unquoted field (quote the field and double the ", e.g. "say ""yes""")',
  header_mismatch: (p) => `header column ${p.position} is ${p.found ? `"${p.found}"` : 'missing'}, expected ${p.expected ? `"${p.expected}"` : 'no column'} (the header row must be: ${p.header})`,
  blank_line: () => 'blank line (delete it)',
  field_count: (p) => `row has ${p.found} ${p.found === '1' ? 'field' : 'fields'}, the header has ${p.expected} (check for a missing or extra comma; quote text that contains commas)`,
  // Text in any cell.
  control_character: (p) => `${p.column}: contains the control character ${p.char} at character ${p.at} (delete it; a cell holds one line of text)`,
  invisible_character: (p) => `${p.column}: contains the invisible character ${p.char} (${p.name}) at character ${p.at} (delete it)`,
  not_nfc: (p) => `${p.column}: text is not in Unicode normalisation form C at character ${p.at} (save it composed, e.g. "й" as one character, not "и" and a combining mark)`,
  padded_text: (p) => `${p.column}: text ${p.where} with a space (delete the space)`,
  blank_text: (p) => `${p.column}: holds only white space (clear the cell or fill it in)`,
  cell_too_long: (p) => `${p.column}: is ${p.length} characters long, more than the ${p.limit} a spreadsheet cell holds (shorten it)`,
  formula_start: (p) => `${p.column} begins with "${p.char}", which spreadsheets run as a formula (reword it to begin with a letter or digit)`,
  // A cell's type and domain.
  required_empty: (p) => `${p.column}: ${p.label} is empty (${p.allowed ? `use one of: ${p.allowed}` : 'fill it in'})`,
  not_in_vocabulary: (p) => `${p.column}: "${p.value}" is not a known ${p.label} (use one of: ${p.allowed})`,
  pattern_mismatch: (p) => `${p.column}: "${p.value}" is not ${p.pattern_name} (${p.hint})`,
  not_whole_number: (p) => `${p.column}: "${p.value}" is not a whole number (write digits only, e.g. 710)`,
  number_out_of_range: (p) => `${p.column}: "${p.value}" is outside ${p.minimum} to ${p.maximum} (check the number)`,
  not_a_date: (p) => `${p.column}: "${p.value}" is not an ISO date (write YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known)`,
  date_does_not_exist: (p) => `${p.column}: "${p.value}" is a date that does not exist (check the month and day)`,
  date_too_early: (p) => `${p.column}: "${p.value}" is before ${p.earliest}, the earliest day it may hold (check the year)`,
  date_after_data_as_of: (p) => `${p.column}: "${p.value}" is after ${p.data_as_of}, the day the data holds for (check the date, or move data_as_of in release.json)`,
  not_a_url: (p) => `${p.column}: "${p.value}" is not a web address (write the full URL, starting with https://)`,
  no_source: (p) => `${p.column}: cites no ${p.what} (add at least one ${p.target_column} from ${p.target_file}; separate several with ${p.separator})`,
  list_item_invalid: (p) => `${p.column}: "${p.value}" is not a ${p.label} (separate ids with ${p.separator} and no spaces, e.g. ${p.example})`,
  // Rows and references.
  duplicate_key: (p) => `duplicate ${p.column} "${p.value}" (first used on line ${p.first_line}; give each row its own ${p.column})`,
  duplicate_value: (p) => `${p.column} "${p.value}" is already used on line ${p.first_line} (no two rows may share a ${p.column}; correct one of them)`,
  duplicate_combination: (p) => `${p.columns} "${p.values}" are already used on line ${p.first_line} (no two rows may share them; correct one of them)`,
  unknown_reference: (p) => `${p.column} "${p.value}" is not in ${p.target_file} (add a row for it to ${p.target_file} or correct the id)`,
  unknown_iso3: (p) => `iso3 "${p.value}" is not an ISO 3166-1 alpha-3 code (check the code in the ISO 3166 list, e.g. KGZ for Kyrgyzstan)`,
  conflict_unknown_table: (p) => `table "${p.value}" is not a data table (use one of: ${p.allowed})`,
  conflict_unknown_row: (p) => `row_id "${p.value}" is not a ${p.key} in ${p.target_file} (correct the id)`,
  conflict_unknown_field: (p) => `field "${p.value}" is not a column of ${p.target_file} (use one of: ${p.allowed})`,
  // Dates.
  precision_without_date: (p) => `${p.column} is "${p.value}" but ${p.date_column} is empty (clear ${p.column} or add the date)`,
  precision_missing: (p) => `${p.column} is empty (write "${p.expected}", the precision "${p.date}" is written to)`,
  precision_mismatch: (p) => `${p.column} is "${p.value}" but "${p.date}" is written to the ${p.written} (write the date exactly as precisely as the sources give it, and the matching precision)`,
  end_before_start: (p) => `${p.column} ${p.end} is before ${p.start_column} ${p.start} (check both dates)`,
  held_summit_without_date: () => 'start_date is empty for a held summit (add the date it opened, or mark the summit planned)',
  outside_summit: (p) => `${p.column} ${p.date} is outside summit ${p.summit} (${p.span}), ${p.why} (correct the date or the summit_id)`,
  // Histories.
  status_unchanged: (p) => `status "${p.status}" is the same as previous_status (a row records a change; delete it or correct one of them)`,
  previous_status_mismatch: (p) =>
    `previous_status is "${p.previous}" but ${p.iso3} held "${p.held}" on ${p.date}${p.since} (correct previous_status or the dates, so that each event follows the one before it)`,
  transition_not_allowed: (p) => `a change from ${p.previous} to ${p.status} is not possible (from ${p.previous} a state can become: ${p.allowed}; correct the status or add the missing event)`,
  shanghai_five_after_sco: (p) => `a shanghai_five status beginning ${p.date} is after ${p.founded}, when the SCO replaced the Shanghai Five (correct the date or the status)`,
  same_day_changes: (p) => `${p.iso3} has two status changes taking effect on ${p.date} (events ${p.first} and ${p.second}; keep one, or give each its own date)`,
  chairmanship_overlap: (p) => `chairmanship ${p.id} starts on ${p.start}, before ${p.before} (line ${p.before_line}) ends${p.end} (chairmanships follow one another; correct the dates)`,
  terms_overlap: (p) => `${p.id} takes office as ${p.post} on ${p.start}, while ${p.other} (line ${p.other_line}) holds it${p.until} (one post has one holder at a time; correct the dates)`,
  // Summit attendance and applications.
  participant_kind_mismatch: (p) =>
    `participant_kind is "${p.kind}" but participant_id "${p.value}" is written as ${p.written} (write a state as its ISO3 code, e.g. KAZ, and an organisation as a lower-case slug, e.g. un; or correct participant_kind)`,
  attendance_summit_series: (p) =>
    `summit_id "${p.value}" is a meeting of the ${p.series} series (attendance is recorded for meetings of the SCO Council of Heads of State, series sco_chs; correct the summit_id)`,
  application_event_missing: () => 'outcome is granted but outcome_event_id is empty (name the event in status_events.csv that granted the status, or correct the outcome)',
  application_event_unexpected: (p) =>
    `outcome is ${p.outcome} but outcome_event_id names event ${p.event} (only a granted application names the event that granted it; clear outcome_event_id or correct the outcome)`,
  application_event_mismatch: (p) =>
    `outcome_event_id "${p.event}" gives ${p.event_iso3} the status ${p.event_status}, but the application is ${p.iso3}'s for ${p.sought} (name the event that granted this application)`,
  // Sources.
  duplicate_url: (p) => `url is already the source "${p.first}" (cite "${p.first}" instead: one page is one source)`,
  http_where_https: (p) => `url uses http, but ${p.host} is cited over https on line ${p.https_line} (write https://)`,
  mirror_host: (p) => `url is on ${p.host}, a mirror or proxy (cite the original page; only where no original is stored anywhere, set source_type to mirror and say so in the note)`,
  mirror_without_note: () => 'source_type is mirror but the note does not say that no original is stored (say where the original was and that it is gone, or cite the original)',
  tracking_parameter: (p) => `url carries the tracking parameter "${p.parameter}" (delete it)`,
  malformed_url: (p) => `url "${p.value}" is malformed: ${p.why} (correct it)`,
  local_path: (p) => `${p.column}: mentions the local path "${p.path}" (cite the public page instead; a path on one computer means nothing to readers)`,
  // release.json.
  release_invalid_json: (p) => `is not valid JSON: ${p.detail} (correct the syntax)`,
  release_field: (p) => `${p.field}: ${p.issue} (${p.fix})`,
  release_before_data_as_of: (p) => `release_date ${p.release_date} is before data_as_of ${p.data_as_of} (a release cannot hold facts checked after its date)`,
} as const satisfies Record<string, Render>;

export type ProblemCode = keyof typeof PROBLEM_MESSAGES;

export const PROBLEM_CODES = Object.keys(PROBLEM_MESSAGES) as ProblemCode[];

/** The "what is wrong (how to fix)" text of a problem; every parameter is escaped first. */
function problemMessage(problem: Pick<Problem, 'code' | 'params'>): string {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(problem.params)) params[key] = shownValue(value);
  return (PROBLEM_MESSAGES[problem.code] as Render)(params);
}

/** `file:line:column: what is wrong (how to fix)`. */
export function formatProblem(problem: Problem): string {
  return `${escapeText(problem.file)}:${problem.line}:${problem.column}: ${problemMessage(problem)}`;
}

/** Problems as JSON data, each with its rendered message. */
export function problemsJson(problems: readonly Problem[]): string {
  return `${JSON.stringify(
    problems.map((problem) => ({ ...problem, message: problemMessage(problem) })),
    null,
    2,
  )}\n`;
}
