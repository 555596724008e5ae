// The pane's words: every refusal in every language, and counts in each language's plural forms.
import assert from 'node:assert/strict';
import { LANGUAGES } from '../../src/core';
import type { Refusal } from '../../src/addin/refusals';
import { PANE_TEXT } from '../../src/taskpane/i18n';

describe('pane text', () => {
  it('counts with the plural forms of each language (Intl.PluralRules)', () => {
    // Russian: 1, 21 -> one; 2-4, 22-24 -> few; 5-20, 25 -> many.
    assert.equal(PANE_TEXT.ru.summary(34, 1), '34 строки, 1 столбец');
    assert.equal(PANE_TEXT.ru.summary(21, 5), '21 строка, 5 столбцов');
    assert.equal(PANE_TEXT.ru.summary(11, 22), '11 строк, 22 столбца');
    assert.equal(PANE_TEXT.en.summary(1, 7), '1 row, 7 columns');
    assert.equal(PANE_TEXT.en.summary(34, 1), '34 rows, 1 column');
    assert.equal(PANE_TEXT.zh.summary(34, 1), '34 行，1 列');
    assert.equal(PANE_TEXT.ru.atSelection(36, 4), 'От выделенной ячейки: 36 строк × 4 столбца вместе с подписью');
  });

  it('explains every refusal in every language, with its details', () => {
    const refusals: Refusal[] = [
      { code: 'unsupported', feature: 'selection', requirement: 'ExcelApi 1.13' },
      { code: 'noRows' },
      { code: 'multipleAreas' },
      { code: 'protected', sheet: 'S' },
      { code: 'protected', sheet: '' },
      { code: 'insideTable', table: 'T' },
      { code: 'tableOverlap', table: 'T' },
      { code: 'pivotOverlap', pivotTable: 'P' },
      { code: 'merged', address: 'Sheet1!A1:B2' },
      { code: 'occupied', address: 'Sheet1!C5' },
      { code: 'doesNotFit', address: '' },
      { code: 'editMode' },
      { code: 'notRecorded', table: 'T' },
      { code: 'tableResized', table: 'T', was: 'Sheet1!A3:B9', now: 'Sheet1!A3:B10' },
      { code: 'userEdited', table: 'T', address: 'Sheet1!C6:D8' },
      { code: 'tableMissing', table: 'T' },
      { code: 'excelError', errorCode: 'GeneralException' },
      { code: 'undoFailed', errorCode: 'GeneralException', remains: "'Roster (2)'!A1:G11" },
    ];
    for (const lang of LANGUAGES) {
      for (const refusal of refusals) {
        const text = PANE_TEXT[lang].refusal(refusal);
        assert.ok(text.length > 10, `${lang} ${refusal.code}`);
        for (const detail of Object.entries(refusal).filter(([key, value]) => key !== 'code' && key !== 'feature' && value !== ''))
          assert.ok(text.includes(String(detail[1])), `${lang} ${refusal.code} lacks ${detail[1]}`);
      }
      // An undo that failed never claims that nothing was left behind.
      assert.notEqual(PANE_TEXT[lang].refusal({ code: 'undoFailed', errorCode: 'X', remains: 'Sheet1!A1' }), PANE_TEXT[lang].refusal({ code: 'excelError', errorCode: 'X' }));
    }
    assert.doesNotMatch(PANE_TEXT.en.refusal({ code: 'undoFailed', errorCode: 'X', remains: 'Sheet1!A1' }), /Nothing was left/);
  });
});
