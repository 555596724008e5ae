import { view } from './schema-types';
import { PREVIOUS_STATUSES } from './vocab';
import { column, countryColumn, cowCodeColumn, h, iso3Column, panelStatusColumns } from './columns';

export const countryYear = view({
  id: 'country_year',
  title: h('State-year panel', 'Панель государство-год', '国家-年度面板'),
  description:
    'One row per state that ever held an SCO status and year, in the style of the Correlates of War IGO data: the status held on the reference date of each year (31 December; in the last year, the day the data holds for), its COW IGO code, and a separate partner flag.',
  descriptionTranslations: {
    ru: 'Панель государство-год в стиле данных COW IGO: статус на дату отсчёта, коды COW IGO и правило COW v3.',
    zh: 'COW IGO 风格的国家-年度面板：参照日期的地位、COW IGO 代码及 COW v3 规则。',
  },
  columns: [
    iso3Column(),
    cowCodeColumn(),
    column('cow_abbr', 'string', h('COW abbreviation', 'Сокращение COW', 'COW缩写'), 'Correlates of War state abbreviation.', { width: 8 }),
    countryColumn(),
    column('year', 'integer', h('Year', 'Год', '年份'), 'Calendar year.', { width: 6 }),
    column(
      'reference_date',
      'date',
      h('Reference date', 'Дата отсчёта', '参照日期'),
      'The day whose status the row records: 31 December, or in the last year the day the data holds for (its status on 31 December is not known yet).',
    ),
    ...panelStatusColumns(),
    column(
      'cow_igo_code',
      'integer',
      h('COW IGO code', 'Код COW IGO', 'COW IGO代码'),
      'COW IGO membership code: 1 full member, 3 observer (also accession candidate), 0 otherwise (including Shanghai Five participants before the SCO existed, dialogue partners and SCO partners). COW code 2 (associate) is not used.',
      { width: 8 },
    ),
    column(
      'cow_igo_v3_rule',
      'integer',
      h('COW IGO v3 rule', 'Правило COW IGO v3', 'COW IGO v3规则'),
      "The SCO coded by COW IGO v3's own rules, reproduced exactly for 1996-2014 and continued to the last year: -1 before 1996 (IGO not yet in existence), 1 when the state was a Shanghai Five participant or a member on any day of the year (COW counts the Shanghai Five years as membership), 0 otherwise (COW codes no SCO observer). States never in this table are 0 from 1996 and -1 before. csv/cow_concordance.csv lists every row where it differs from cow_igo_code, and why.",
      { width: 8 },
    ),
    column('status_first_day', 'category', h('Status on 1 January', 'Статус на 1 января', '1月1日地位'), 'The status held on 1 January of the year (the "first day" rule).', {
      width: 18,
      categories: PREVIOUS_STATUSES,
    }),
    column(
      'status_first_day_certain',
      'boolean',
      h('1 January status certain', 'Статус на 1 января достоверен', '1月1日地位确定'),
      'False when 1 January lies inside the month or year in which a new status began, before that period’s last day: status_first_day is then the status held before it (the partial-date rule).',
      { width: 9 },
    ),
    column(
      'member_any_day',
      'boolean',
      h('Member on any day', 'Член в любой день', '年内曾为成员'),
      'True when the state was a full member on any day of the year up to the reference date (the "any day" rule).',
      { width: 9 },
    ),
    column(
      'member_any_day_certain',
      'boolean',
      h('Any-day answer certain', 'Ответ «в любой день» достоверен', '“年内曾为成员”确定'),
      'False when member_any_day rests only on days whose status is uncertain, or when a membership known only to its month or year may already have begun within the range (the partial-date rule).',
      { width: 9 },
    ),
    column(
      'status_by_decision',
      'category',
      h('Status by decision date', 'Статус по дате решения', '按决定日期的地位'),
      'The status on the reference date when each status counts from the day it was decided, not from a later effective date (the decision-date variant).',
      { width: 18, categories: PREVIOUS_STATUSES },
    ),
    column(
      'status_by_decision_certain',
      'boolean',
      h('Decision-date status certain', 'Статус по дате решения достоверен', '按决定日期的地位确定'),
      'False when the reference date lies inside the month or year of a decision known only to that period, before its last day: status_by_decision is then the status decided before it (the partial-date rule).',
      { width: 9 },
    ),
    column('partner', 'boolean', h('Partner', 'Партнёр', '伙伴'), 'True when the state was a dialogue partner or an SCO partner on the reference date.'),
    column('changed_during_year', 'boolean', h('Changed in year', 'Изменение в году', '年内变化'), 'True when the state’s status changed at some point in the year after 1 January.', { width: 9 }),
  ],
  primaryKey: ['iso3', 'year'],
  foreignKeys: [{ fields: ['iso3'], reference: { table: 'countries', fields: ['iso3'] } }],
});
