import { h } from './columns';
import { councilMeetings } from './council_meetings';

export const foreignMinistersMeetings = councilMeetings({
  id: 'foreign_ministers_meetings',
  title: h('Foreign ministers meetings', 'Заседания глав МИД', '外交部长理事会会议'),
  description: 'Meetings of the SCO Council of Ministers of Foreign Affairs, regular and extraordinary, from 2001.',
  descriptionTranslations: { ru: 'Заседания Совета министров иностранных дел ШОС с 2001 года, очередные и внеочередные.', zh: '2001 年以来上合组织成员国外交部长理事会的例行会议和非例行会议。' },
  idExample: 'cfm_2002_1',
  idDescription: "Identifier: cfm_, the year and the meeting's sequence within that year.",
  numberDescription: 'The ordinal the organisation gives the meeting (empty: the sources seen number none).',
});
