import { table } from './schema-types';
import { column, h, slug } from './columns';

const LIST_OF_SOURCES = {
  required: true,
  separator: ';',
  references: { table: 'sources', column: 'source_id' },
  constraints: slug('source id', 'tass_2017_06_09'),
} as const;

export const conflicts = table({
  id: 'conflicts',
  dataFile: 'conflicts.csv',
  title: h('Source disagreements', 'Расхождения источников', '来源分歧'),
  description: 'Every fact on which sources disagree: the reading chosen, the other reading, their sources and the reason for the choice.',
  descriptionTranslations: { ru: 'Все факты, по которым источники расходятся: принятое значение, другое значение и обоснование.', zh: '来源之间存在分歧的所有事实：采用值、其他值及采用理由。' },
  columns: [
    column('conflict_id', 'string', h('Id', 'Код', '编号'), 'Identifier of the disagreement.', {
      width: 22,
      required: true,
      label: 'conflict id',
      constraints: slug('conflict id', 'ind_member_date'),
    }),
    column('table', 'string', h('Table', 'Таблица', '表'), 'The data table holding the fact.', { width: 14, required: true, label: 'table' }),
    column('row_id', 'string', h('Row', 'Строка', '行'), 'Key of the row holding the fact.', { width: 14, required: true, label: 'row id' }),
    column('field', 'string', h('Field', 'Поле', '字段'), 'Column holding the fact.', { width: 14, required: true, label: 'field' }),
    column('chosen_value', 'string', h('Chosen reading', 'Принятое значение', '采用值'), 'The value the dataset records.', { width: 16, required: true, label: 'chosen value' }),
    column('chosen_source_ids', 'string', h('Its sources', 'Его источники', '其来源'), 'Sources of the chosen reading.', { width: 28, ...LIST_OF_SOURCES }),
    column('other_value', 'string', h('Other reading', 'Другое значение', '其他值'), 'The value other sources give.', { width: 16, required: true, label: 'other value' }),
    column('other_source_ids', 'string', h('Their sources', 'Их источники', '其他来源'), 'Sources of the other reading.', { width: 28, ...LIST_OF_SOURCES }),
    column('reason', 'string', h('Why chosen', 'Обоснование', '采用理由'), 'Why the chosen reading was preferred.', { width: 50, required: true, label: 'reason' }),
  ],
  primaryKey: ['conflict_id'],
  invariants: ['table names a data table other than conflicts, row_id a key of that table, and field one of its columns.'],
});
