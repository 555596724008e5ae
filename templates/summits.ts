import { table } from './schema-types';
import { SUMMIT_FORMATS, SUMMIT_SERIES, SUMMIT_STATES } from './vocab';
import { MEETING_DAY, column, confidenceColumn, h, iso3Column, noteColumn, precisionColumn, slug, sourceIdsColumn, wikidataColumn, dayColumn, cityColumns, meetingDateColumns } from './columns';

export const summits = table({
  id: 'summits',
  dataFile: 'summits.csv',
  title: h('Summits', 'Саммиты', '峰会'),
  description: 'Every meeting of the heads of state of the Shanghai Five (1996-2000) and of the SCO Council of Heads of State (2001 on).',
  descriptionTranslations: {
    ru: 'Все встречи глав государств «Шанхайской пятёрки» (1996–2000) и Совета глав государств ШОС (с 2001 года).',
    zh: '“上海五国”（1996–2000）及上合组织成员国元首理事会（2001 年起）的历次会议。',
  },
  columns: [
    column('summit_id', 'string', h('Summit', 'Саммит', '峰会'), 'Identifier: s5_YYYY for the Shanghai Five, chs_YYYY for the SCO Council of Heads of State.', {
      width: 10,
      required: true,
      label: 'summit id',
      constraints: slug('summit id', 'chs_2017'),
    }),
    column('series', 'category', h('Series', 'Формат встреч', '系列'), 'shanghai_five or sco_chs (SCO Council of Heads of State).', {
      width: 13,
      categories: SUMMIT_SERIES,
      required: true,
      label: 'summit series',
    }),
    column('number', 'integer', h('No.', '№', '届次'), 'The ordinal the organisation gives the meeting within its series.', {
      width: 5,
      required: true,
      label: 'summit number',
      constraints: { minimum: 1, maximum: 99 },
    }),
    column('status', 'category', h('Held or planned', 'Состоялся / планируется', '已举行/计划'), 'held, or planned (a planned meeting has no invented date).', {
      width: 9,
      categories: SUMMIT_STATES,
      required: true,
      label: 'summit status',
    }),
    ...meetingDateColumns(false),
    column('main_date', 'partial_date', h('Main session', 'Основное заседание', '正式会议日期'), 'The day of the formal session of the Council (empty where unknown).', {
      precisionColumn: 'main_precision',
      constraints: { ...MEETING_DAY, notBefore: 'start_date' },
      label: 'main session date',
    }),
    precisionColumn('main_precision', 'main_date', h('Main session precision', 'Точность даты заседания', '正式会议日期精度')),
    dayColumn('main_day', 'main_date', h('Main session (day)', 'Основное заседание (день)', '正式会议日')),
    ...cityColumns(),
    iso3Column('host_iso3', h('Host ISO3', 'ISO3 принимающей стороны', '东道国ISO3代码'), { required: true }),
    column('host', 'string', h('Host', 'Принимающая сторона', '东道国'), "The host (chairing) state, in the table's language.", { width: 18, derived: true }),
    column('format', 'category', h('Format', 'Формат', '形式'), 'in_person, virtual or hybrid.', { width: 10, categories: SUMMIT_FORMATS, required: true, label: 'summit format' }),
    column('decisions', 'string', h('Main decisions', 'Основные решения', '主要决定'), 'Main decisions taken, separated by " | ".', { width: 50 }),
    column('documents', 'string', h('Documents', 'Документы', '文件'), 'Main documents signed or adopted, separated by " | ".', { width: 50 }),
    wikidataColumn("The meeting's Wikidata item, where one exists."),
    sourceIdsColumn(),
    confidenceColumn(),
    noteColumn(),
  ],
  primaryKey: ['summit_id'],
  uniqueTogether: [['series', 'number']],
  invariants: [
    'No two summits of one series share a number.',
    'A held summit has a start date; end_date is not before start_date.',
    'Dates lie between 1996-04-26 and the data-as-of date, except those of a planned summit.',
  ],
});
