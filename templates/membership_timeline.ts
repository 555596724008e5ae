import type { ChartTemplate } from './schema-types';
import { ACTIVE_STATUSES } from './vocab';
import { h } from './columns';

/** The membership timeline: how many states held each status, year by year, since 1996. */
export const membershipTimeline: ChartTemplate = {
  id: 'membership_timeline',
  table: 'status_counts',
  category: 'year',
  series: ACTIVE_STATUSES,
  title: h('SCO states by status at the end of each year', 'Государства ШОС по статусу на конец каждого года', '上合组织各年末各地位国家数'),
  categoryAxis: h('Year', 'Год', '年份'),
  valueAxis: h('Number of states', 'Число государств', '国家数'),
};
