import { view } from './schema-types';
import { STATUSES } from './vocab';
import { column, countryColumn, h, iso3Column, precisionColumn, dayColumn } from './columns';

export const roster = view({
  id: 'roster',
  title: h('Roster', 'Состав', '成员构成'),
  description: 'Every state holding an SCO status on the chosen date, with the status and the day it began.',
  descriptionTranslations: {
    ru: 'Все государства, имеющие статус в ШОС на выбранную дату, со статусом и днём, с которого он действует.',
    zh: '在所选日期拥有上合组织地位的所有国家，附其地位及生效之日。',
  },
  columns: [
    iso3Column(),
    countryColumn(),
    column('status', 'category', h('Status', 'Статус', '地位'), 'The status held on the date.', { width: 18, categories: STATUSES }),
    column('since', 'partial_date', h('Since', 'С', '自'), 'The day the status took effect.'),
    precisionColumn('since_precision', 'since', h('Since precision', 'Точность даты', '日期精度')),
    dayColumn('since_day', 'since', h('Since (day)', 'С (день)', '自（日）')),
    column('event_id', 'string', h('Event', 'Событие', '事件'), 'The status event that began it.', { width: 9 }),
    column(
      'status_certain',
      'boolean',
      h('Status certain', 'Статус достоверен', '地位确定'),
      'False when the date lies inside the month or year in which a new status began, before that period’s last day: the status given is the one held before it (see README, Modelling choices).',
      { width: 9 },
    ),
    column('as_of', 'date', h('As of', 'По состоянию на', '截至日期'), 'The date the roster holds for.'),
  ],
  primaryKey: ['iso3'],
  foreignKeys: [{ fields: ['iso3'], reference: { table: 'countries', fields: ['iso3'] } }],
});
