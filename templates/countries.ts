import type { TableTemplate } from '../src/core/template';
import { column, cowCodeColumn, h, iso3Column, noteColumn, sourceIdsColumn, wikidataColumn } from './columns';

export const countries: TableTemplate = {
  id: 'countries',
  title: h('Countries', 'Государства', '国家'),
  description: 'Every state that ever held any SCO status, with the codes needed to merge with other data.',
  columns: [
    iso3Column(),
    column('iso2', 'string', h('ISO2', 'ISO2', 'ISO2代码'), 'ISO 3166-1 alpha-2 code.', { width: 6 }),
    column('iso_numeric', 'integer', h('ISO numeric', 'Цифровой код ISO', 'ISO数字代码'), 'ISO 3166-1 numeric code as an integer (4 for Afghanistan\'s 004): pad to three digits for display (R sprintf("%03d", x), Stata format %03.0f, pandas .astype(str).str.zfill(3)).', { width: 8 }),
    cowCodeColumn(),
    column('cow_abbr', 'string', h('COW abbreviation', 'Сокращение COW', 'COW缩写'), 'Correlates of War state abbreviation.', { width: 8 }),
    column('gw_code', 'integer', h('GW code', 'Код GW', 'GW代码'), 'Gleditsch-Ward state number (empty where not yet filled in).', { width: 8 }),
    wikidataColumn("The state's Wikidata item."),
    column('name_en', 'string', h('Name (English)', 'Название (англ.)', '名称（英文）'), 'Short name in English.', { width: 24 }),
    column('name_ru', 'string', h('Name (Russian)', 'Название (рус.)', '名称（俄文）'), 'Short name in Russian.', { width: 24 }),
    column('name_zh', 'string', h('Name (Chinese)', 'Название (кит.)', '名称（中文）'), 'Short name in Chinese.', { width: 14 }),
    column('capital_en', 'string', h('Capital (English)', 'Столица (англ.)', '首都（英文）'), 'The capital, in English.', { width: 18 }),
    column('capital_ru', 'string', h('Capital (Russian)', 'Столица (рус.)', '首都（俄文）'), 'The capital, in Russian.', { width: 18 }),
    column('capital_zh', 'string', h('Capital (Chinese)', 'Столица (кит.)', '首都（中文）'), 'The capital, in Chinese.', { width: 12 }),
    column('currency', 'string', h('Currency', 'Валюта', '货币'), 'ISO 4217 currency code.', { width: 8 }),
    column('capital_tz', 'string', h('Time zone', 'Часовой пояс', '时区'), 'IANA time-zone name of the capital.', { width: 18 }),
    sourceIdsColumn(),
    noteColumn(),
  ],
  primaryKey: ['iso3'],
  foreignKeys: [],
};
