import type { TableTemplate } from '../src/core/template';
import { SOURCE_TYPES } from '../src/core/vocab';
import { column, dayColumn, h, noteColumn } from './columns';

export const sources: TableTemplate = {
  id: 'sources',
  title: h('Sources', 'Источники', '来源'),
  description: 'Every source cited by a row of the dataset.',
  columns: [
    column('source_id', 'string', h('Source', 'Источник', '来源'), 'Identifier cited in source_ids columns.', { width: 28 }),
    column('publisher', 'string', h('Publisher', 'Издатель', '发布者'), 'Who published it.', { width: 22 }),
    column('title', 'string', h('Title', 'Заголовок', '标题'), 'Title of the page or document.', { width: 50 }),
    column('url', 'url', h('URL', 'URL', '网址'), 'Web address.', { width: 60 }),
    column('published', 'partial_date', h('Published', 'Опубликовано', '发布日期'), 'Publication date, as precise as the page gives it.'),
    dayColumn('published_day', 'published', h('Published (day)', 'Опубликовано (день)', '发布日')),
    column('language', 'string', h('Language', 'Язык', '语言'), 'ISO 639-1 language code of the source.', { width: 8 }),
    column('source_type', 'category', h('Source type', 'Тип источника', '来源类型'), 'official_primary (the SCO, a government, the document itself), news_agency (agencies, newspapers, broadcasters), secondary (encyclopedias, books, other sites) or mirror (a copy whose original is not stored anywhere).', { width: 16, categories: SOURCE_TYPES }),
    noteColumn(),
  ],
  primaryKey: ['source_id'],
  foreignKeys: [],
};
