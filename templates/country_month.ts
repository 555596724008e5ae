import { view } from './schema-types';
import { column, countryColumn, cowCodeColumn, h, iso3Column, panelStatusColumns } from './columns';

export const countryMonth = view({
  id: 'country_month',
  title: h('State-month panel', 'Панель государство-месяц', '国家-月度面板'),
  description:
    'One row per state that ever held an SCO status and month: the status held on the last day of the month (in the last month, the day the data holds for), whether the data settles it, and its COW IGO code.',
  descriptionTranslations: {
    ru: 'Панель государство-месяц: статус на последний день каждого месяца, установлен ли он данными, и его код COW IGO.',
    zh: '国家-月度面板：每月最后一天的地位、数据能否确定该地位，及其 COW IGO 代码。',
  },
  columns: [
    iso3Column(),
    cowCodeColumn(),
    countryColumn(),
    column('year', 'integer', h('Year', 'Год', '年份'), 'Calendar year.', { width: 6 }),
    column('month', 'integer', h('Month', 'Месяц', '月份'), 'Calendar month, 1-12.', { width: 6 }),
    column(
      'reference_date',
      'date',
      h('Reference date', 'Дата отсчёта', '参照日期'),
      'The day whose status the row records: the last day of the month, or in the last month the day the data holds for.',
    ),
    ...panelStatusColumns(),
    column('cow_igo_code', 'integer', h('COW IGO code', 'Код COW IGO', 'COW IGO代码'), "The dataset's COW IGO code of that status (as in country_year).", { width: 8 }),
  ],
  primaryKey: ['iso3', 'year', 'month'],
  foreignKeys: [{ fields: ['iso3'], reference: { table: 'countries', fields: ['iso3'] } }],
});
