import { table } from './schema-types';
import { PREVIOUS_STATUSES, STATUSES } from './vocab';
import { HISTORY, column, confidenceColumn, countryColumn, h, iso3Column, noteColumn, precisionColumn, slug, sourceIdsColumn, dayColumn } from './columns';

export const statusEvents = table({
  id: 'status_events',
  dataFile: 'status_events.csv',
  title: h('Status events', 'Изменения статуса', '地位变更'),
  description: "One row per change of a state's SCO status, with the deciding body's date and, where later, the date the status took effect.",
  descriptionTranslations: {
    ru: 'Каждое изменение статуса государства в ШОС: дата решения и, если позже, дата вступления в силу.',
    zh: '国家上合组织地位的每次变更：决定日期，以及（如较晚）生效日期。',
  },
  columns: [
    column('event_id', 'string', h('Event', 'Событие', '事件'), 'Identifier of the event: ISO3 in lower case and its number in the state’s history.', {
      width: 9,
      required: true,
      label: 'event id',
      constraints: slug('event id', 'ind_2'),
    }),
    iso3Column('iso3', undefined, { required: true }),
    countryColumn(),
    column('status', 'category', h('New status', 'Новый статус', '新地位'), 'The status the state holds from this event on.', { width: 18, categories: STATUSES, required: true, label: 'status' }),
    column('previous_status', 'category', h('Previous status', 'Прежний статус', '原地位'), 'The status it replaces (none for a first event).', {
      width: 18,
      categories: PREVIOUS_STATUSES,
      required: true,
      label: 'previous status',
    }),
    column('decision_date', 'partial_date', h('Decision date', 'Дата решения', '决定日期'), 'The day the deciding body (usually the Council of Heads of State) decided.', {
      required: true,
      label: 'decision date',
      precisionColumn: 'decision_precision',
      constraints: HISTORY,
    }),
    precisionColumn('decision_precision', 'decision_date', h('Decision date precision', 'Точность даты решения', '决定日期精度'), { required: true }),
    dayColumn('decision_day', 'decision_date', h('Decision day', 'День решения', '决定日')),
    column(
      'effective_date',
      'partial_date',
      h('Effective date', 'Дата вступления в силу', '生效日期'),
      'The day the status took effect where it differs from the decision (e.g. a memorandum signed later); empty otherwise.',
      {
        precisionColumn: 'effective_precision',
        constraints: { ...HISTORY, notBefore: 'decision_date' },
      },
    ),
    precisionColumn('effective_precision', 'effective_date', h('Effective date precision', 'Точность даты вступления', '生效日期精度')),
    dayColumn('effective_day', 'effective_date', h('Effective day', 'День вступления в силу', '生效日')),
    column('summit_id', 'string', h('Summit', 'Саммит', '峰会'), 'The summit that decided, if any (summits table).', {
      width: 10,
      label: 'summit id',
      constraints: slug('summit id', 'chs_2017'),
      references: { table: 'summits', column: 'summit_id' },
    }),
    column('document', 'string', h('Document', 'Документ', '文件'), 'The deciding or implementing document.', { width: 40 }),
    sourceIdsColumn(),
    confidenceColumn(),
    noteColumn(),
  ],
  primaryKey: ['event_id'],
  invariants: [
    "A state's events, in the order they take effect, form a chain: each previous_status is the status the event before it gave (none for the first).",
    'status differs from previous_status, and every change is one of the allowed transitions (see ALLOWED_TRANSITIONS in templates/vocab.ts, each with its reason).',
    'No state has two changes taking effect on the same day.',
    'No shanghai_five status begins after 2001-06-15, the day the SCO replaced the Shanghai Five.',
    'effective_date is not before decision_date; a decision taken at a summit is dated within it.',
  ],
});
