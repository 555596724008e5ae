import { table } from './schema-types';
import { APPLICATION_OUTCOMES, SOUGHT_STATUSES } from './vocab';
import { HISTORY, column, confidenceColumn, countryColumn, h, iso3Column, noteColumn, precisionColumn, slug, sourceIdsColumn, dayColumn } from './columns';

export const applications = table({
  id: 'applications',
  dataFile: 'applications.csv',
  title: h('Applications', 'Заявки', '申请'),
  description: 'Formal applications by states for an SCO status, with their dates and outcomes.',
  descriptionTranslations: { ru: 'Официальные заявки государств на статус в ШОС: даты и итоги.', zh: '各国申请上合组织地位的正式申请及其日期和结果。' },
  columns: [
    column('application_id', 'string', h('Application', 'Заявка', '申请'), 'Identifier: app_, ISO3 in lower case, the year and the status sought.', {
      width: 22,
      required: true,
      label: 'application id',
      constraints: slug('application id', 'app_ind_2014_member'),
    }),
    iso3Column('iso3', undefined, { required: true }),
    countryColumn(),
    column('status_sought', 'category', h('Status sought', 'Запрашиваемый статус', '申请地位'), 'The status applied for.', {
      width: 16,
      categories: SOUGHT_STATUSES,
      required: true,
      label: 'status sought',
    }),
    column('applied_date', 'partial_date', h('Applied', 'Дата заявки', '申请日期'), 'The day (or month, or year) the application was made.', {
      required: true,
      label: 'application date',
      precisionColumn: 'applied_precision',
      constraints: HISTORY,
    }),
    precisionColumn('applied_precision', 'applied_date', h('Applied precision', 'Точность даты заявки', '申请日期精度'), { required: true }),
    dayColumn('applied_day', 'applied_date', h('Applied (day)', 'Дата заявки (день)', '申请日')),
    column('outcome', 'category', h('Outcome', 'Итог', '结果'), 'granted, pending, withdrawn or not_granted.', { width: 12, categories: APPLICATION_OUTCOMES, required: true, label: 'outcome' }),
    column('outcome_event_id', 'string', h('Outcome event', 'Событие-итог', '结果事件'), 'The status event that granted it (status_events table); empty while none has.', {
      width: 10,
      label: 'event id',
      constraints: slug('event id', 'ind_3'),
      references: { table: 'status_events', column: 'event_id' },
    }),
    sourceIdsColumn(),
    confidenceColumn(),
    noteColumn(),
  ],
  primaryKey: ['application_id'],
  invariants: ['A granted application names the status event that granted it, an event of the same state giving the status sought; a pending one names none.'],
});
