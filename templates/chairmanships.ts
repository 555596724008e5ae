import { table } from './schema-types';
import { HISTORY, column, confidenceColumn, countryColumn, h, iso3Column, noteColumn, precisionColumn, slug, sourceIdsColumn, dayColumn } from './columns';

export const chairmanships = table({
  id: 'chairmanships',
  dataFile: 'chairmanships.csv',
  title: h('Chairmanships', 'Председательство', '轮值主席国'),
  description: 'The state chairing the organisation, from the end of one summit to the end of the next, which it hosts.',
  descriptionTranslations: {
    ru: 'Государство-председатель: от окончания одного саммита до окончания следующего, который оно принимает.',
    zh: '担任主席国的国家：从一次峰会结束到其主办的下一次峰会结束。',
  },
  columns: [
    column('chairmanship_id', 'string', h('Id', 'Код', '编号'), 'Identifier: chair ISO3 and years.', {
      width: 14,
      required: true,
      label: 'chairmanship id',
      constraints: slug('chairmanship id', 'kaz_2023_2024'),
    }),
    iso3Column('iso3', undefined, { required: true }),
    countryColumn(),
    column('start_date', 'partial_date', h('From', 'С', '起始'), 'First day of the chairmanship.', { required: true, label: 'start date', precisionColumn: 'start_precision', constraints: HISTORY }),
    precisionColumn('start_precision', 'start_date', h('From precision', 'Точность начала', '起始精度'), { required: true }),
    dayColumn('start_day', 'start_date', h('From (day)', 'С (день)', '起始日')),
    column('end_date', 'partial_date', h('To', 'По', '截至'), 'Last day of the chairmanship; empty while current.', {
      label: 'end date',
      precisionColumn: 'end_precision',
      constraints: { ...HISTORY, notBefore: 'start_date' },
    }),
    precisionColumn('end_precision', 'end_date', h('To precision', 'Точность окончания', '截至精度')),
    dayColumn('end_day', 'end_date', h('To (day)', 'По (день)', '截至日')),
    column('summit_id', 'string', h('Closing summit', 'Итоговый саммит', '收官峰会'), 'The summit that closed the chairmanship.', {
      width: 10,
      label: 'summit id',
      constraints: slug('summit id', 'chs_2024'),
      references: { table: 'summits', column: 'summit_id' },
    }),
    sourceIdsColumn(),
    confidenceColumn(),
    noteColumn(),
  ],
  primaryKey: ['chairmanship_id'],
  invariants: [
    'Chairmanships follow one another: each starts no earlier than the one before it ends (they may share the day of the summit between them).',
    'A chairmanship ends within the summit that closes it.',
  ],
});
