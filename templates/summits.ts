import type { TableTemplate } from '../src/core/template';
import { SUMMIT_FORMATS, SUMMIT_SERIES, SUMMIT_STATES } from '../src/core/vocab';
import { column, dayColumn, confidenceColumn, h, iso3Column, noteColumn, precisionColumn, sourceIdsColumn, wikidataColumn } from './columns';

export const summits: TableTemplate = {
  id: 'summits',
  title: h('Summits', 'Саммиты', '峰会'),
  description: 'Every meeting of the heads of state of the Shanghai Five (1996-2000) and of the SCO Council of Heads of State (2001 on).',
  columns: [
    column('summit_id', 'string', h('Summit', 'Саммит', '峰会'), 'Identifier: s5_YYYY for the Shanghai Five, chs_YYYY for the SCO Council of Heads of State.', { width: 10 }),
    column('series', 'category', h('Series', 'Формат встреч', '系列'), 'shanghai_five or sco_chs (SCO Council of Heads of State).', { width: 13, categories: SUMMIT_SERIES }),
    column('number', 'integer', h('No.', '№', '届次'), 'The ordinal the organisation gives the meeting within its series.', { width: 5 }),
    column('status', 'category', h('Held or planned', 'Состоялся / планируется', '已举行/计划'), 'held, or planned (a planned meeting has no invented date).', { width: 9, categories: SUMMIT_STATES }),
    column('start_date', 'partial_date', h('Start', 'Начало', '开始日期'), 'First day of the meeting.'),
    precisionColumn('start_precision', 'start_date', h('Start precision', 'Точность начала', '开始日期精度')),
    dayColumn('start_day', 'start_date', h('Start (day)', 'Начало (день)', '开始日')),
    column('end_date', 'partial_date', h('End', 'Окончание', '结束日期'), 'Last day of the meeting.'),
    precisionColumn('end_precision', 'end_date', h('End precision', 'Точность окончания', '结束日期精度')),
    dayColumn('end_day', 'end_date', h('End (day)', 'Окончание (день)', '结束日')),
    column('main_date', 'partial_date', h('Main session', 'Основное заседание', '正式会议日期'), 'The day of the formal session of the Council (empty where unknown).'),
    precisionColumn('main_precision', 'main_date', h('Main session precision', 'Точность даты заседания', '正式会议日期精度')),
    dayColumn('main_day', 'main_date', h('Main session (day)', 'Основное заседание (день)', '正式会议日')),
    column('city_en', 'string', h('City (English)', 'Город (англ.)', '城市（英文）'), "Where it met (for a virtual meeting, the chair's capital), in English.", { width: 16 }),
    column('city_ru', 'string', h('City (Russian)', 'Город (рус.)', '城市（俄文）'), 'The city in Russian.', { width: 16 }),
    column('city_zh', 'string', h('City (Chinese)', 'Город (кит.)', '城市（中文）'), 'The city in Chinese.', { width: 10 }),
    iso3Column('host_iso3', h('Host ISO3', 'ISO3 принимающей стороны', '东道国ISO3代码')),
    column('host', 'string', h('Host', 'Принимающая сторона', '东道国'), "The host (chairing) state, in the table's language.", { width: 18 }),
    column('format', 'category', h('Format', 'Формат', '形式'), 'in_person, virtual or hybrid.', { width: 10, categories: SUMMIT_FORMATS }),
    column('decisions', 'string', h('Main decisions', 'Основные решения', '主要决定'), 'Main decisions taken, separated by " | ".', { width: 50 }),
    column('documents', 'string', h('Documents', 'Документы', '文件'), 'Main documents signed or adopted, separated by " | ".', { width: 50 }),
    wikidataColumn('The meeting\'s Wikidata item, where one exists.'),
    sourceIdsColumn(),
    confidenceColumn(),
    noteColumn(),
  ],
  primaryKey: ['summit_id'],
  foreignKeys: [{ fields: ['host_iso3'], reference: { table: 'countries', fields: ['iso3'] } }],
};
