import { view } from './schema-types';
import { STATUSES } from './vocab';
import { column, countryColumn, h, iso3Column, precisionColumn, dayColumn } from './columns';

export const membershipSpells = view({
  id: 'membership_spells',
  title: h('Membership spells', 'Периоды статуса', '地位期间'),
  description: 'One row per period during which a state held one status: from start_date up to, but not including, until_date (empty while the status is current). Derived from status_events.',
  descriptionTranslations: { ru: 'Периоды, в течение которых государство имело один статус (из status_events).', zh: '国家保持同一地位的各个期间（源自 status_events）。' },
  columns: [
    iso3Column(),
    countryColumn(),
    column('status', 'category', h('Status', 'Статус', '地位'), 'The status held during the spell.', { width: 18, categories: STATUSES }),
    column('start_date', 'partial_date', h('From', 'С', '起始'), 'The first day the status was held (its effective date, else its decision date).'),
    precisionColumn('start_precision', 'start_date', h('From precision', 'Точность начала', '起始精度')),
    dayColumn('start_day', 'start_date', h('From (day)', 'С (день)', '起始日')),
    column('until_date', 'partial_date', h('Until (exclusive)', 'До (не включая)', '截至（不含）'), 'The day the next status took effect; empty while current.'),
    precisionColumn('until_precision', 'until_date', h('Until precision', 'Точность окончания', '截至精度')),
    dayColumn('until_day', 'until_date', h('Until (day)', 'До (день)', '截至日')),
    column('start_event_id', 'string', h('Opening event', 'Начальное событие', '开始事件'), 'The status event that opened the spell.', { width: 10 }),
    column('end_event_id', 'string', h('Closing event', 'Конечное событие', '结束事件'), 'The status event that closed it; empty while current.', { width: 10 }),
  ],
  primaryKey: ['iso3', 'start_date'],
  foreignKeys: [
    { fields: ['iso3'], reference: { table: 'countries', fields: ['iso3'] } },
    { fields: ['start_event_id'], reference: { table: 'status_events', fields: ['event_id'] } },
  ],
});
