import { h } from './columns';
import { councilMeetings } from './council_meetings';

export const headsOfGovernmentMeetings = councilMeetings({
  id: 'heads_of_government_meetings',
  title: h('Heads of government meetings', 'Заседания глав правительств', '政府首脑理事会会议'),
  description: 'Every meeting of the SCO Council of Heads of Government (prime ministers), from 2001.',
  descriptionTranslations: {
    ru: 'Все заседания Совета глав правительств (премьер-министров) ШОС с 2001 года: номер, даты, город, принимающая сторона, формат и председатель.',
    zh: '2001 年以来上合组织成员国政府首脑（总理）理事会历次会议：届次、日期、城市、东道国、形式及主席国。',
  },
  idExample: 'cohg_2001',
  idDescription: 'Identifier: cohg_ and the year of the meeting.',
  numberDescription: 'The ordinal the organisation gives the meeting (empty where the sources give none).',
});
