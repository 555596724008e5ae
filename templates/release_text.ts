// The release's own words outside the workbook (the chart's credit line; the codebook's headings and
// rules) in each language, one declaration per text. `{name}` marks a value filled in when the file
// is written; test/core/release-text.test.ts fails while a text lacks a language or a placeholder.
import { h } from './columns';

/** A text with its `{name}` placeholders filled; a placeholder without a value is a declaration error. */
export function fillText(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`templates/release_text.ts: no value for {${name}} in "${text}"`);
    return String(value);
  });
}

export const chartText = {
  /** The line under a chart: which release it shows, short enough to fit under the plot. */
  credit: h(
    'Source: sco-data {version}, data as of {dataAsOf} (CC BY 4.0)',
    'Источник: sco-data {version}, данные на {dataAsOf} (CC BY 4.0)',
    '来源：sco-data {version}，数据截至 {dataAsOf}（CC BY 4.0）',
  ),
} as const;
