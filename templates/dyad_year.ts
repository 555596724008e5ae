import { view } from './schema-types';
import { PREVIOUS_STATUSES } from './vocab';
import { column, h } from './columns';

export const dyadYear = view({
  id: 'dyad_year',
  title: h('Dyad-year panel', 'Панель пар государств по годам', '国家对-年度面板'),
  description:
    'One row per non-directed pair of states that ever held an SCO status and year, keyed on COW codes (ccode1 < ccode2) like the COW dyadic IGO file; statuses as held on 31 December (in the last year, on the day the data holds for).',
  descriptionTranslations: { ru: 'Пары государств по годам (ccode1 < ccode2), как в диадических данных COW.', zh: '按年份的国家对（ccode1 < ccode2），与 COW 双边数据相同。' },
  columns: [
    column('ccode1', 'integer', h('COW code 1', 'Код COW 1', 'COW代码1'), 'COW code of the first state (the smaller code).', { width: 8 }),
    column('ccode2', 'integer', h('COW code 2', 'Код COW 2', 'COW代码2'), 'COW code of the second state.', { width: 8 }),
    column('year', 'integer', h('Year', 'Год', '年份'), 'Calendar year.', { width: 6 }),
    column('iso3_1', 'string', h('ISO3 1', 'ISO3 1', 'ISO3代码1'), 'ISO3 code of the first state.', { width: 7 }),
    column('iso3_2', 'string', h('ISO3 2', 'ISO3 2', 'ISO3代码2'), 'ISO3 code of the second state.', { width: 7 }),
    column('status1', 'category', h('Status 1', 'Статус 1', '地位1'), 'Status of the first state on 31 December.', { width: 18, categories: PREVIOUS_STATUSES }),
    column('status2', 'category', h('Status 2', 'Статус 2', '地位2'), 'Status of the second state on 31 December.', { width: 18, categories: PREVIOUS_STATUSES }),
    column('joint_member', 'boolean', h('Joint membership', 'Совместное членство', '共同成员'), 'True when both were full members (COW IGO code 1) on 31 December.', { width: 9 }),
    column('joint_any_status', 'boolean', h('Both with a status', 'Оба со статусом', '均有地位'), 'True when both held any SCO status on 31 December.', { width: 9 }),
    column('status_certain', 'boolean', h('Statuses certain', 'Статусы достоверны', '地位确定'), 'True when both statuses are certain on the reference date (see status_certain in country_year).', {
      width: 9,
    }),
  ],
  primaryKey: ['ccode1', 'ccode2', 'year'],
  foreignKeys: [],
});
