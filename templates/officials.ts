import { table } from './schema-types';
import { OFFICIAL_ROLES } from './vocab';
import { HISTORY, column, confidenceColumn, countryColumn, h, iso3Column, noteColumn, precisionColumn, slug, sourceIdsColumn, dayColumn } from './columns';

export const officials = table({
  id: 'officials',
  dataFile: 'officials.csv',
  title: h('Officials', 'Должностные лица', '官员'),
  description: 'Heads of the SCO Secretariat (Executive Secretary, then Secretary-General) and Directors of the Executive Committee of the Regional Anti-Terrorist Structure.',
  descriptionTranslations: { ru: 'Руководители Секретариата ШОС и директора Исполнительного комитета РАТС.', zh: '上合组织秘书处负责人及地区反恐怖机构执行委员会主任。' },
  columns: [
    column('official_id', 'string', h('Id', 'Код', '编号'), 'Identifier of the term of office.', {
      width: 18,
      required: true,
      label: 'official id',
      constraints: slug('official id', 'sg_2019_norov'),
    }),
    column('role', 'category', h('Post', 'Должность', '职务'), 'executive_secretary, secretary_general or rats_director.', { width: 18, categories: OFFICIAL_ROLES, required: true, label: 'role' }),
    column('name_en', 'string', h('Name (English)', 'Имя (англ.)', '姓名（英文）'), 'Name in English.', { width: 26, required: true, label: 'name (English)' }),
    column('name_ru', 'string', h('Name (Russian)', 'Имя (рус.)', '姓名（俄文）'), 'Name in Russian, where a source gives it.', { width: 26 }),
    column('name_zh', 'string', h('Name (Chinese)', 'Имя (кит.)', '姓名（中文）'), 'Name in Chinese, where a source gives it.', { width: 14 }),
    column('name_variants', 'string', h('Other spellings', 'Другие написания', '其他拼写'), 'Other spellings and transliterations of the name, separated by " | ".', { width: 26 }),
    iso3Column('iso3', h('ISO3', 'ISO3', 'ISO3代码')),
    countryColumn(),
    column('term_start', 'partial_date', h('Term start', 'Начало срока', '任期开始'), 'First day in office.', {
      required: true,
      label: 'term start',
      precisionColumn: 'term_start_precision',
      constraints: HISTORY,
    }),
    precisionColumn('term_start_precision', 'term_start', h('Start precision', 'Точность начала', '开始日期精度'), { required: true }),
    dayColumn('term_start_day', 'term_start', h('Term start (day)', 'Начало срока (день)', '任期开始日')),
    column('term_end', 'partial_date', h('Term end', 'Конец срока', '任期结束'), 'Last day in office; empty while in office.', {
      label: 'term end',
      precisionColumn: 'term_end_precision',
      constraints: { ...HISTORY, notBefore: 'term_start' },
    }),
    precisionColumn('term_end_precision', 'term_end', h('End precision', 'Точность окончания', '结束日期精度')),
    dayColumn('term_end_day', 'term_end', h('Term end (day)', 'Конец срока (день)', '任期结束日')),
    sourceIdsColumn(),
    confidenceColumn(),
    noteColumn(),
  ],
  primaryKey: ['official_id'],
  invariants: [
    'term_end is not before term_start.',
    'One post has one holder at a time: the terms of two holders of one post (an Executive Secretary and a Secretary-General head the same Secretariat) do not certainly overlap.',
  ],
});
