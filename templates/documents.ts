import { table } from './schema-types';
import { DOCUMENT_TYPES } from './vocab';
import { HISTORY, ISO3, column, confidenceColumn, h, noteColumn, precisionColumn, slug, sourceIdsColumn, dayColumn } from './columns';

export const documents = table({
  id: 'documents',
  dataFile: 'documents.csv',
  title: h('Documents', 'Документы', '文件'),
  description: "The SCO's legal documents and key declarations: title, type, signing, the summit that adopted it, entry into force and parties.",
  descriptionTranslations: {
    ru: 'Правовые документы и ключевые декларации ШОС: название, вид, подписание, саммит, вступление в силу и участники.',
    zh: '上合组织法律文件和重要宣言：标题、类型、签署、通过的峰会、生效及缔约方。',
  },
  columns: [
    column('document_id', 'string', h('Document', 'Документ', '文件'), 'Identifier: doc_, the year of signing and a short name.', {
      width: 28,
      required: true,
      label: 'document id',
      constraints: slug('document id', 'doc_2002_charter'),
    }),
    column('title_en', 'string', h('Title (English)', 'Название (англ.)', '标题（英文）'), 'The title in English.', { width: 50, required: true, label: 'English title' }),
    column('title_ru', 'string', h('Title (Russian)', 'Название (рус.)', '标题（俄文）'), 'The title in Russian (empty where no source seen gives it).', { width: 50 }),
    column('title_zh', 'string', h('Title (Chinese)', 'Название (кит.)', '标题（中文）'), 'The title in Chinese (empty where no source seen gives it).', { width: 30 }),
    column('type', 'category', h('Type', 'Вид', '类型'), 'What kind of text it is.', { width: 12, categories: DOCUMENT_TYPES, required: true, label: 'document type' }),
    column('signed_date', 'partial_date', h('Signed', 'Подписан', '签署日期'), 'The day it was signed or adopted.', {
      required: true,
      label: 'signing date',
      precisionColumn: 'signed_precision',
      constraints: HISTORY,
    }),
    precisionColumn('signed_precision', 'signed_date', h('Signed precision', 'Точность даты подписания', '签署日期精度'), { required: true }),
    dayColumn('signed_day', 'signed_date', h('Signed (day)', 'Подписан (день)', '签署日')),
    column('place_en', 'string', h('Place', 'Место', '地点'), 'Where it was signed, in English.', { width: 16 }),
    column('summit_id', 'string', h('Summit', 'Саммит', '峰会'), 'The summit at which it was signed or adopted, if any (summits table).', {
      width: 10,
      label: 'summit id',
      constraints: slug('summit id', 'chs_2002'),
      references: { table: 'summits', column: 'summit_id' },
    }),
    column(
      'in_force_date',
      'partial_date',
      h('In force', 'Вступил в силу', '生效日期'),
      'The day it entered into force, where it is subject to entry into force and the day is known; empty otherwise.',
      {
        label: 'entry-into-force date',
        precisionColumn: 'in_force_precision',
        constraints: { ...HISTORY, notBefore: 'signed_date' },
      },
    ),
    precisionColumn('in_force_precision', 'in_force_date', h('In force precision', 'Точность даты вступления в силу', '生效日期精度')),
    dayColumn('in_force_day', 'in_force_date', h('In force (day)', 'Вступил в силу (день)', '生效日')),
    column('parties', 'string', h('Parties', 'Участники', '缔约方'), 'ISO3 codes of the parties, separated by ";"; empty: all members at the time of signing.', {
      width: 20,
      separator: ';',
      label: 'ISO 3166-1 alpha-3 code',
      constraints: ISO3,
      references: { table: 'countries', column: 'iso3' },
    }),
    sourceIdsColumn(),
    confidenceColumn(),
    noteColumn(),
  ],
  primaryKey: ['document_id'],
  invariants: ['in_force_date is not before signed_date; a document adopted at a summit is signed within it.'],
});
