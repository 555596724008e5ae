import type { TableTemplate } from '../src/core/template';
import { PREVIOUS_STATUSES, STATUSES } from '../src/core/vocab';
import { column, dayColumn, confidenceColumn, countryColumn, h, iso3Column, noteColumn, precisionColumn, sourceIdsColumn } from './columns';

export const statusEvents: TableTemplate = {
  id: 'status_events',
  title: h('Status events', 'Изменения статуса', '地位变更'),
  description: "One row per change of a state's SCO status, with the deciding body's date and, where later, the date the status took effect.",
  columns: [
    column('event_id', 'string', h('Event', 'Событие', '事件'), 'Identifier of the event: ISO3 in lower case and its number in the state’s history.', { width: 9 }),
    iso3Column(),
    countryColumn(),
    column('status', 'category', h('New status', 'Новый статус', '新地位'), 'The status the state holds from this event on.', { width: 18, categories: STATUSES }),
    column('previous_status', 'category', h('Previous status', 'Прежний статус', '原地位'), 'The status it replaces (none for a first event).', { width: 18, categories: PREVIOUS_STATUSES }),
    column('decision_date', 'partial_date', h('Decision date', 'Дата решения', '决定日期'), 'The day the deciding body (usually the Council of Heads of State) decided.'),
    precisionColumn('decision_precision', 'decision_date', h('Decision date precision', 'Точность даты решения', '决定日期精度')),
    dayColumn('decision_day', 'decision_date', h('Decision day', 'День решения', '决定日')),
    column('effective_date', 'partial_date', h('Effective date', 'Дата вступления в силу', '生效日期'), 'The day the status took effect where it differs from the decision (e.g. a memorandum signed later); empty otherwise.'),
    precisionColumn('effective_precision', 'effective_date', h('Effective date precision', 'Точность даты вступления', '生效日期精度')),
    dayColumn('effective_day', 'effective_date', h('Effective day', 'День вступления в силу', '生效日')),
    column('summit_id', 'string', h('Summit', 'Саммит', '峰会'), 'The summit that decided, if any (summits table).', { width: 10 }),
    column('document', 'string', h('Document', 'Документ', '文件'), 'The deciding or implementing document.', { width: 40 }),
    sourceIdsColumn(),
    confidenceColumn(),
    noteColumn(),
  ],
  primaryKey: ['event_id'],
  foreignKeys: [
    { fields: ['iso3'], reference: { table: 'countries', fields: ['iso3'] } },
    { fields: ['summit_id'], reference: { table: 'summits', fields: ['summit_id'] } },
  ],
};
