// The councils below the heads of state (heads of government, foreign ministers) meet in the same
// shape: one declaration of that shape, instantiated once per council.
import { table, type Localized } from './schema-types';
import { MEETING_KINDS, SUMMIT_FORMATS, SUMMIT_STATES } from './vocab';
import { column, confidenceColumn, countryColumn, h, iso3Column, noteColumn, slug, sourceIdsColumn, cityColumns, meetingDateColumns } from './columns';

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
      ...meetingDateColumns(true),
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
