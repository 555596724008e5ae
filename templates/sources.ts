import { table } from './schema-types';
import { SOURCE_TYPES } from './vocab';
import { column, h, noteColumn, slug, dayColumn } from './columns';

export const sources = table({
  id: 'sources',
  dataFile: 'sources.csv',
  title: h('Sources', 'Источники', '来源'),
  description: 'Every source cited by a row of the dataset.',
  descriptionTranslations: { ru: 'Все источники, на которые ссылаются строки: издатель, заголовок, адрес, дата.', zh: '各行引用的全部来源：发布者、标题、网址、日期。' },
  columns: [
    column('source_id', 'string', h('Source', 'Источник', '来源'), 'Identifier cited in source_ids columns.', {
      width: 28,
      required: true,
      label: 'source id',
      constraints: slug('source id', 'tass_20250901_laos'),
    }),
    column('publisher', 'string', h('Publisher', 'Издатель', '发布者'), 'Who published it.', { width: 22, required: true, label: 'publisher' }),
    column('title', 'string', h('Title', 'Заголовок', '标题'), 'Title of the page or document.', { width: 50, required: true, label: 'title' }),
    column('url', 'url', h('URL', 'URL', '网址'), 'Web address.', { width: 60 }),
    column('published', 'partial_date', h('Published', 'Опубликовано', '发布日期'), 'Publication date, as precise as the page gives it.', {
      constraints: { earliest: '1900-01-01', notAfterDataAsOf: true },
    }),
    dayColumn('published_day', 'published', h('Published (day)', 'Опубликовано (день)', '发布日')),
    column('language', 'string', h('Language', 'Язык', '语言'), 'ISO 639-1 language code of the source.', {
      width: 8,
      required: true,
      label: 'language',
      constraints: { pattern: '^[a-z]{2}$', patternName: 'an ISO 639-1 language code', patternHint: 'use two lowercase letters, e.g. en, ru, zh' },
    }),
    column(
      'source_type',
      'category',
      h('Source type', 'Тип источника', '来源类型'),
      'official_primary (the SCO, a government, the document itself), news_agency (agencies, newspapers, broadcasters), secondary (encyclopedias, books, other sites) or mirror (a copy whose original is not stored anywhere).',
      { width: 16, categories: SOURCE_TYPES, label: 'source type' },
    ),
    noteColumn(),
  ],
  primaryKey: ['source_id'],
  invariants: [
    'One page is one source: no two rows share a URL once it is normalised (host case, default port, trailing slash).',
    'https wherever the site offers it: no http URL for a host cited over https elsewhere in the file.',
    'No tracking parameters (utm_*, fbclid, gclid, ...); no malformed URLs; no local file paths in notes.',
    'No mirror or proxy host (web archives, caches, translation proxies) unless source_type is mirror and the note says no original is stored.',
  ],
});
