import { view } from './schema-types';
import { PREVIOUS_STATUSES } from './vocab';
import { column, countryColumn, cowCodeColumn, h, iso3Column } from './columns';

/** Why the dataset's own COW-style code and COW IGO v3's rules differ in a state-year. */
export const COW_CONCORDANCE_REASONS = ['shanghai_five_as_membership', 'observer_not_coded', 'membership_during_year', 'before_sco'] as const;

export const cowConcordance = view({
  id: 'cow_concordance',
  title: h('COW v3 concordance', 'Соответствие COW v3', 'COW v3对照'),
  description: "Every state-year of country_year where the dataset's own COW-style code (cow_igo_code) differs from COW IGO v3's rules (cow_igo_v3_rule), with the reason.",
  descriptionTranslations: {
    ru: 'Все пары государство-год, где собственный код набора расходится с правилами COW IGO v3, и причина.',
    zh: '本数据集编码与 COW IGO v3 规则不同的每个国家-年份及其原因。',
  },
  columns: [
    iso3Column(),
    cowCodeColumn(),
    countryColumn(),
    column('year', 'integer', h('Year', 'Год', '年份'), 'Calendar year.', { width: 6 }),
    column('status', 'category', h('Status', 'Статус', '地位'), "The status on country_year's reference date.", { width: 18, categories: PREVIOUS_STATUSES }),
    column('cow_igo_code', 'integer', h('COW IGO code', 'Код COW IGO', 'COW IGO代码'), "The dataset's own code (country_year.cow_igo_code).", { width: 8 }),
    column('cow_igo_v3_rule', 'integer', h('COW IGO v3 rule', 'Правило COW IGO v3', 'COW IGO v3规则'), "COW IGO v3's rules (country_year.cow_igo_v3_rule).", { width: 8 }),
    column('reason', 'category', h('Reason', 'Причина', '原因'), 'Why the two codings differ (see explanation).', { width: 26, categories: COW_CONCORDANCE_REASONS }),
    column('explanation', 'string', h('Explanation', 'Пояснение', '说明'), 'The reason in words.', { width: 60 }),
  ],
  primaryKey: ['iso3', 'year'],
  foreignKeys: [{ fields: ['iso3'], reference: { table: 'countries', fields: ['iso3'] } }],
});
