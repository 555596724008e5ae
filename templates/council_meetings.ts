// The councils below the heads of state (heads of government, foreign ministers) meet in the same
// shape: one declaration of that shape, instantiated once per council.
import { table, type ColumnConstraints, type Localized } from './schema-types';
import { MEETING_KINDS, SUMMIT_FORMATS, SUMMIT_STATES } from './vocab';
import { HISTORY, column, confidenceColumn, countryColumn, h, iso3Column, noteColumn, precisionColumn, slug, sourceIdsColumn, dayColumn, cityColumns } from './columns';

/** A planned meeting may lie after the day the data holds for. */
const MEETING_DAY: ColumnConstraints = { ...HISTORY, futureAllowedWhen: { column: 'status', equals: 'planned' } };

interface Council {
  readonly id: string;
  readonly title: Localized;
  readonly description: string;
  readonly descriptionTranslations: { readonly ru: string; readonly zh: string };
  readonly idExample: string;
  readonly idDescription: string;
  readonly numberDescription: string;
}

export const councilMeetings = <const C extends Council>(council: C) => {
  const declared = table({
    id: council.id,
    dataFile: `${council.id}.csv`,
    title: council.title,
    description: council.description,
    descriptionTranslations: council.descriptionTranslations,
    columns: [
      column('meeting_id', 'string', h('Meeting', 'Заседание', '会议'), council.idDescription, { width: 12, required: true, label: 'meeting id', constraints: slug('meeting id', council.idExample) }),
      column('number', 'integer', h('No.', '№', '届次'), council.numberDescription, { width: 5, label: 'meeting number', constraints: { minimum: 1, maximum: 99 } }),
      column('kind', 'category', h('Kind', 'Вид', '类型'), 'regular, or extraordinary (an unscheduled session).', { width: 13, categories: MEETING_KINDS, required: true, label: 'meeting kind' }),
      column('status', 'category', h('Held or planned', 'Состоялось / планируется', '已举行/计划'), 'held, or planned (a planned meeting has no invented date).', {
        width: 9,
        categories: SUMMIT_STATES,
        required: true,
        label: 'meeting status',
      }),
      column('start_date', 'partial_date', h('Start', 'Начало', '开始日期'), 'First day of the meeting.', {
        required: true,
        precisionColumn: 'start_precision',
        constraints: MEETING_DAY,
        label: 'start date',
      }),
      precisionColumn('start_precision', 'start_date', h('Start precision', 'Точность начала', '开始日期精度'), { required: true }),
      dayColumn('start_day', 'start_date', h('Start (day)', 'Начало (день)', '开始日')),
      column('end_date', 'partial_date', h('End', 'Окончание', '结束日期'), 'Last day of the meeting.', {
        precisionColumn: 'end_precision',
        constraints: { ...MEETING_DAY, notBefore: 'start_date' },
        label: 'end date',
      }),
      precisionColumn('end_precision', 'end_date', h('End precision', 'Точность окончания', '结束日期精度')),
      dayColumn('end_day', 'end_date', h('End (day)', 'Окончание (день)', '结束日')),
      ...cityColumns(),
      iso3Column('host_iso3', h('Host ISO3', 'ISO3 принимающей стороны', '东道国ISO3代码'), {
        description: 'ISO3 of the host state; empty where the sources seen do not say (e.g. a meeting on the sidelines of another event).',
      }),
      countryColumn('host', h('Host', 'Принимающая сторона', '东道国')),
      column('format', 'category', h('Format', 'Формат', '形式'), 'in_person, virtual or hybrid.', { width: 10, categories: SUMMIT_FORMATS, required: true, label: 'meeting format' }),
      iso3Column('chair_iso3', h('Chair ISO3', 'ISO3 председателя', '主席国ISO3代码'), {
        description: 'ISO3 of the state chairing the council at the meeting; empty where the sources seen do not say.',
      }),
      countryColumn('chair', h('Chair', 'Председатель', '主席国')),
      sourceIdsColumn(),
      confidenceColumn(),
      noteColumn(),
    ],
    primaryKey: ['meeting_id'],
    uniqueTogether: [['kind', 'number']],
    invariants: ['end_date is not before start_date.', 'Dates lie between 1996-04-26 and the data-as-of date, except those of a planned meeting.'],
  });
  // The council's id stays a literal in the type: the registry derives table ids and Dataset fields from it.
  return declared as typeof declared & { readonly id: C['id']; readonly dataFile: `${C['id']}.csv` };
};
