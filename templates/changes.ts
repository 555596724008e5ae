import { view } from './schema-types';
import { CHANGE_KINDS } from './vocab';
import { column, h } from './columns';

/** changes.csv: what a release corrected since the one given with --previous. */
export const changes = view({
  id: 'changes',
  title: h('Changes since the previous release', 'Изменения с прошлого выпуска', '自上一版本以来的变更'),
  description: 'One row per row added or removed since the previous release, and one per field changed in a row kept, keyed on the table’s primary key.',
  descriptionTranslations: { ru: 'Изменения по сравнению с предыдущим выпуском.', zh: '与上一版本相比的变更。' },
  columns: [
    column('table', 'string', h('Table', 'Таблица', '表格'), 'The table (csv/<table>.csv).', { width: 18 }),
    column('key', 'string', h('Key', 'Ключ', '主键'), 'The row’s primary key, as column=value pairs separated by "|".', { width: 30 }),
    column('change', 'category', h('Change', 'Изменение', '变更'), 'added, removed or changed.', { width: 9, categories: CHANGE_KINDS }),
    column('field', 'string', h('Field', 'Поле', '字段'), 'The changed column; empty for an added or removed row.', { width: 18 }),
    column('old_value', 'string', h('Old value', 'Прежнее значение', '原值'), 'The value in the previous release (empty for an added row).', { width: 30 }),
    column('new_value', 'string', h('New value', 'Новое значение', '新值'), 'The value in this release (empty for a removed row).', { width: 30 }),
  ],
  primaryKey: [],
  foreignKeys: [],
});
