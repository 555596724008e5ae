import { table } from './schema-types';
import { ISO3, column, cowCodeColumn, h, noteColumn, sourceIdsColumn, wikidataColumn } from './columns';

const THREE_CAPITALS = 'use three capital letters';

export const countries = table({
  id: 'countries',
  dataFile: 'countries.csv',
  title: h('Countries', 'Государства', '国家'),
  description: 'Every state that ever held any SCO status, with the codes needed to merge with other data.',
  descriptionTranslations: {
    ru: 'Все государства, когда-либо имевшие какой-либо статус в ШОС, с кодами для объединения с другими данными.',
    zh: '曾拥有任何上合组织地位的所有国家，附与其他数据合并所需的代码。',
  },
  columns: [
    // Its own key: a country's iso3 refers to nothing, but must be a code ISO 3166-1 assigns.
    column('iso3', 'string', h('ISO3', 'ISO3', 'ISO3代码'), 'ISO 3166-1 alpha-3 code of the state.', { width: 7, required: true, label: 'ISO 3166-1 alpha-3 code', constraints: ISO3 }),
    column('iso2', 'string', h('ISO2', 'ISO2', 'ISO2代码'), 'ISO 3166-1 alpha-2 code.', { width: 6, derived: true }),
    column(
      'iso_numeric',
      'integer',
      h('ISO numeric', 'Цифровой код ISO', 'ISO数字代码'),
      'ISO 3166-1 numeric code as an integer (4 for Afghanistan\'s 004): pad to three digits for display (R sprintf("%03d", x), Stata format %03.0f, pandas .astype(str).str.zfill(3)).',
      { width: 8, derived: true },
    ),
    cowCodeColumn('cow_code', undefined, { required: true, constraints: { minimum: 2, maximum: 999, unique: true } }),
    column('cow_abbr', 'string', h('COW abbreviation', 'Сокращение COW', 'COW缩写'), 'Correlates of War state abbreviation.', {
      width: 8,
      required: true,
      label: 'Correlates of War abbreviation',
      constraints: { pattern: '^[A-Z]{3}$', patternName: 'a Correlates of War abbreviation', patternHint: `${THREE_CAPITALS}, e.g. KZK`, unique: true },
    }),
    column('gw_code', 'integer', h('GW code', 'Код GW', 'GW代码'), 'Gleditsch-Ward state number (empty where not yet filled in).', {
      width: 8,
      label: 'Gleditsch-Ward code',
      constraints: { minimum: 2, maximum: 999, unique: true },
    }),
    wikidataColumn("The state's Wikidata item."),
    column('name_en', 'string', h('Name (English)', 'Название (англ.)', '名称（英文）'), 'Short name in English (empty: the ISO 3166 short name).', { width: 24, constraints: { unique: true } }),
    column('name_ru', 'string', h('Name (Russian)', 'Название (рус.)', '名称（俄文）'), 'Short name in Russian.', { width: 24 }),
    column('name_zh', 'string', h('Name (Chinese)', 'Название (кит.)', '名称（中文）'), 'Short name in Chinese.', { width: 14 }),
    column('capital_en', 'string', h('Capital (English)', 'Столица (англ.)', '首都（英文）'), 'The capital, in English.', { width: 18, required: true, label: 'capital (English)' }),
    column('capital_ru', 'string', h('Capital (Russian)', 'Столица (рус.)', '首都（俄文）'), 'The capital, in Russian.', { width: 18, required: true, label: 'capital (Russian)' }),
    column('capital_zh', 'string', h('Capital (Chinese)', 'Столица (кит.)', '首都（中文）'), 'The capital, in Chinese.', { width: 12, required: true, label: 'capital (Chinese)' }),
    column('currency', 'string', h('Currency', 'Валюта', '货币'), 'ISO 4217 currency code.', {
      width: 8,
      required: true,
      label: 'currency',
      constraints: { pattern: '^[A-Z]{3}$', patternName: 'an ISO 4217 currency code', patternHint: `${THREE_CAPITALS}, e.g. KZT` },
    }),
    column('capital_tz', 'string', h('Time zone', 'Часовой пояс', '时区'), 'IANA time-zone name of the capital.', {
      width: 18,
      required: true,
      label: 'time zone',
      constraints: { pattern: '^[A-Za-z]+(?:/[A-Za-z_+-]+)+$', patternName: 'an IANA time-zone name', patternHint: 'write Area/City, e.g. Asia/Almaty' },
    }),
    sourceIdsColumn(),
    noteColumn(),
  ],
  primaryKey: ['iso3'],
  invariants: ['iso3 is a code ISO 3166-1 assigns; no two states share an ISO3, COW, GW code, COW abbreviation or Wikidata item.'],
});
