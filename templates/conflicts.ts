import type { TableTemplate } from './schema-types';
import { column, h } from './columns';

export const conflicts: TableTemplate = {
  id: 'conflicts',
  title: h('Source disagreements', 'Расхождения источников', '来源分歧'),
  description: 'Every fact on which sources disagree: the reading chosen, the other reading, their sources and the reason for the choice.',
  columns: [
    column('conflict_id', 'string', h('Id', 'Код', '编号'), 'Identifier of the disagreement.', { width: 22 }),
    column('table', 'string', h('Table', 'Таблица', '表'), 'The data table holding the fact.', { width: 14 }),
    column('row_id', 'string', h('Row', 'Строка', '行'), 'Key of the row holding the fact.', { width: 14 }),
    column('field', 'string', h('Field', 'Поле', '字段'), 'Column holding the fact.', { width: 14 }),
    column('chosen_value', 'string', h('Chosen reading', 'Принятое значение', '采用值'), 'The value the dataset records.', { width: 16 }),
    column('chosen_source_ids', 'string', h('Its sources', 'Его источники', '其来源'), 'Sources of the chosen reading.', { width: 28 }),
    column('other_value', 'string', h('Other reading', 'Другое значение', '其他值'), 'The value other sources give.', { width: 16 }),
    column('other_source_ids', 'string', h('Their sources', 'Их источники', '其他来源'), 'Sources of the other reading.', { width: 28 }),
    column('reason', 'string', h('Why chosen', 'Обоснование', '采用理由'), 'Why the chosen reading was preferred.', { width: 50 }),
  ],
  primaryKey: ['conflict_id'],
  foreignKeys: [],
};
