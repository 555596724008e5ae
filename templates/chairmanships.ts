import type { TableTemplate } from '../src/core/template';
import { column, dayColumn, confidenceColumn, countryColumn, h, iso3Column, noteColumn, precisionColumn, sourceIdsColumn } from './columns';

export const chairmanships: TableTemplate = {
  id: 'chairmanships',
  title: h('Chairmanships', 'Председательство', '轮值主席国'),
  description: 'The state chairing the organisation, from the end of one summit to the end of the next, which it hosts.',
  columns: [
    column('chairmanship_id', 'string', h('Id', 'Код', '编号'), 'Identifier: chair ISO3 and years.', { width: 14 }),
    iso3Column(),
    countryColumn(),
    column('start_date', 'partial_date', h('From', 'С', '起始'), 'First day of the chairmanship.'),
    precisionColumn('start_precision', 'start_date', h('From precision', 'Точность начала', '起始精度')),
    dayColumn('start_day', 'start_date', h('From (day)', 'С (день)', '起始日')),
    column('end_date', 'partial_date', h('To', 'По', '截至'), 'Last day of the chairmanship; empty while current.'),
    precisionColumn('end_precision', 'end_date', h('To precision', 'Точность окончания', '截至精度')),
    dayColumn('end_day', 'end_date', h('To (day)', 'По (день)', '截至日')),
    column('summit_id', 'string', h('Closing summit', 'Итоговый саммит', '收官峰会'), 'The summit that closed the chairmanship.', { width: 10 }),
    sourceIdsColumn(),
    confidenceColumn(),
    noteColumn(),
  ],
  primaryKey: ['chairmanship_id'],
  foreignKeys: [
    { fields: ['iso3'], reference: { table: 'countries', fields: ['iso3'] } },
    { fields: ['summit_id'], reference: { table: 'summits', fields: ['summit_id'] } },
  ],
};
