import { view } from './schema-types';
import { column, h } from './columns';

const count = (key: string, headers: ReturnType<typeof h>, what: string) =>
  column(key, 'integer', headers, `How many states were ${what} on 31 December of the year (in the last year, on the day the data holds for).`, { width: 10 });

/** The numbers behind the membership timeline chart (the release's SVG/PNG and the add-in's chart). */
export const statusCounts = view({
  id: 'status_counts',
  title: h('States by status and year', 'Государства по статусу и году', '各年度各地位国家数'),
  description: 'One row per year: how many states held each status on 31 December, or in the last year on the day the data holds for (the counts drawn in charts/membership_timeline.svg).',
  descriptionTranslations: { ru: 'Сколько государств имели каждый статус в каждом году (данные диаграммы).', zh: '每年拥有各地位的国家数量（图表所用数据）。' },
  columns: [
    column('year', 'integer', h('Year', 'Год', '年份'), 'Calendar year; the counts are of 31 December, or of the day the data holds for in its last year.', { width: 6 }),
    count('shanghai_five', h('Shanghai Five', 'Шанхайская пятёрка', '上海五国'), 'Shanghai Five participants'),
    count('member', h('Members', 'Государства-члены', '成员国'), 'member states'),
    count('accession_candidate', h('Accession candidates', 'Кандидаты на вступление', '入组候选国'), 'accession candidates (an accession procedure launched, not yet admitted)'),
    count('observer', h('Observers', 'Наблюдатели', '观察员国'), 'observer states'),
    count('dialogue_partner', h('Dialogue partners', 'Партнёры по диалогу', '对话伙伴'), 'dialogue partners'),
    count('sco_partner', h('SCO partners', 'Партнёры ШОС', '上合组织伙伴'), 'SCO partners (the category created at Tianjin in 2025)'),
    column('status_certain', 'boolean', h('Counts certain', 'Подсчёт достоверен', '计数确定'), 'True when every state’s status is certain on the day counted (see status_certain in country_year).', {
      width: 9,
    }),
  ],
  primaryKey: ['year'],
  foreignKeys: [],
});
