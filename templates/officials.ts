import type { TableTemplate } from '../src/core/template';
import { OFFICIAL_ROLES } from '../src/core/vocab';
import { column, dayColumn, confidenceColumn, countryColumn, h, iso3Column, noteColumn, precisionColumn, sourceIdsColumn } from './columns';

export const officials: TableTemplate = {
  id: 'officials',
  title: h('Officials', 'Должностные лица', '官员'),
  description: 'Heads of the SCO Secretariat (Executive Secretary, then Secretary-General) and Directors of the Executive Committee of the Regional Anti-Terrorist Structure.',
  columns: [
    column('official_id', 'string', h('Id', 'Код', '编号'), 'Identifier of the term of office.', { width: 18 }),
    column('role', 'category', h('Post', 'Должность', '职务'), 'executive_secretary, secretary_general or rats_director.', { width: 18, categories: OFFICIAL_ROLES }),
    column('name_en', 'string', h('Name (English)', 'Имя (англ.)', '姓名（英文）'), 'Name in English.', { width: 26 }),
    column('name_ru', 'string', h('Name (Russian)', 'Имя (рус.)', '姓名（俄文）'), 'Name in Russian, where a source gives it.', { width: 26 }),
    column('name_zh', 'string', h('Name (Chinese)', 'Имя (кит.)', '姓名（中文）'), 'Name in Chinese, where a source gives it.', { width: 14 }),
    column('name_variants', 'string', h('Other spellings', 'Другие написания', '其他拼写'), 'Other spellings and transliterations of the name, separated by " | ".', { width: 26 }),
    iso3Column('iso3', h('ISO3', 'ISO3', 'ISO3代码')),
    countryColumn(),
    column('term_start', 'partial_date', h('Term start', 'Начало срока', '任期开始'), 'First day in office.'),
    precisionColumn('term_start_precision', 'term_start', h('Start precision', 'Точность начала', '开始日期精度')),
    dayColumn('term_start_day', 'term_start', h('Term start (day)', 'Начало срока (день)', '任期开始日')),
    column('term_end', 'partial_date', h('Term end', 'Конец срока', '任期结束'), 'Last day in office; empty while in office.'),
    precisionColumn('term_end_precision', 'term_end', h('End precision', 'Точность окончания', '结束日期精度')),
    dayColumn('term_end_day', 'term_end', h('Term end (day)', 'Конец срока (день)', '任期结束日')),
    sourceIdsColumn(),
    confidenceColumn(),
    noteColumn(),
  ],
  primaryKey: ['official_id'],
  foreignKeys: [{ fields: ['iso3'], reference: { table: 'countries', fields: ['iso3'] } }],
};
