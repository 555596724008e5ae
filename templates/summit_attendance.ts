import { table } from './schema-types';
import { ATTENDANCE_MODES, ATTENDANCE_ROLES, PREVIOUS_STATUSES, PARTICIPANT_KINDS } from './vocab';
import { column, confidenceColumn, h, noteColumn, slug, sourceIdsColumn } from './columns';

export const summitAttendance = table({
  id: 'summit_attendance',
  dataFile: 'summit_attendance.csv',
  title: h('Summit attendance', 'Участие в саммитах', '峰会出席情况'),
  description:
    'Who took part in each meeting of the Council of Heads of State: every state with an SCO status at the time and every guest (states and organisations), with the head of delegation, their office and whether in person, by video or absent.',
  descriptionTranslations: {
    ru: 'Участие в каждом заседании Совета глав государств: государства со статусом в ШОС и гости (государства и организации), глава делегации, его должность и форма участия (лично, по видеосвязи или отсутствие).',
    zh: '元首理事会每次会议的出席情况：具有上合组织地位的国家及嘉宾（国家和国际组织）、代表团团长及其职务、出席方式（亲自出席、视频或缺席）。',
  },
  columns: [
    column('summit_id', 'string', h('Summit', 'Саммит', '峰会'), 'The meeting of the Council of Heads of State (summits table, series sco_chs).', {
      width: 10,
      required: true,
      label: 'summit id',
      constraints: slug('summit id', 'chs_2025'),
      references: { table: 'summits', column: 'summit_id' },
    }),
    column('participant_id', 'string', h('Participant', 'Участник', '参加方'), 'ISO3 of a state (countries table), or the lower-case slug of an organisation (un, asean, cis, csto, eaeu, cica...).', {
      width: 12,
      required: true,
      label: 'participant id',
      constraints: {
        pattern: '^([A-Z]{3}|[a-z][a-z0-9_]*)$',
        patternName: 'an ISO3 code or an organisation slug',
        patternHint: 'use three capital letters for a state (e.g. KAZ), lowercase letters, digits and _ for an organisation (e.g. un)',
      },
    }),
    column('participant', 'string', h('Participant name', 'Наименование участника', '参加方名称'), "The state's short name in the table's language; an organisation's slug.", {
      width: 24,
      derived: true,
    }),
    column('participant_kind', 'category', h('Kind', 'Вид участника', '参加方类型'), 'state or organisation.', { width: 12, categories: PARTICIPANT_KINDS, required: true, label: 'participant kind' }),
    column('role', 'category', h('Seat', 'Статус на саммите', '与会身份'), "The seat held at the summit: the state's SCO status when the meeting opened, or guest.", {
      width: 16,
      categories: ATTENDANCE_ROLES,
      required: true,
      label: 'role',
    }),
    column(
      'status_at_summit',
      'category',
      h('Status on the first day', 'Статус в первый день', '首日地位'),
      "A state's SCO status on the summit's first day, as statusOn gives it (none before any status; empty for an organisation).",
      { width: 16, categories: PREVIOUS_STATUSES, derived: true },
    ),
    column(
      'status_certain',
      'boolean',
      h('Status certain', 'Статус достоверен', '地位确定'),
      'false where the status began on a date known only to the month or year and the summit falls inside that period (the partial-date rule); empty for an organisation.',
      { width: 8, derived: true },
    ),
    column('head_name_en', 'string', h('Head of delegation', 'Глава делегации', '代表团团长'), 'The head of delegation, in English (empty when absent or unknown).', { width: 24 }),
    column('head_office_en', 'string', h('Office', 'Должность', '职务'), 'Their office: president, prime minister, foreign minister, secretary-general...', { width: 20 }),
    column('mode', 'category', h('Took part', 'Форма участия', '出席方式'), 'in_person, video, or absent.', { width: 10, categories: ATTENDANCE_MODES, required: true, label: 'attendance mode' }),
    sourceIdsColumn(),
    confidenceColumn(),
    noteColumn(),
  ],
  primaryKey: ['summit_id', 'participant_id'],
  invariants: [
    'The key is (summit_id, participant_id); conflicts.csv names a row as summit_id/participant_id (e.g. chs_2025/AFG).',
    'A state participant is an ISO3 code of countries.csv; an organisation is a lower-case slug.',
    'The summit is a meeting of the SCO Council of Heads of State (series sco_chs).',
  ],
});
