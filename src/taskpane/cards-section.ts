// The pane's "Cards" section: its words, and the plans an insert of cards needs (the cards, and
// the plain table inserted instead where Excel has no entity values). Kept apart from taskpane.ts,
// which only calls it, so that the pane's other sections change independently.
import type { Language } from '../core';
import type { BundledData } from '../addin/bundled-data';
import { planCards, type CardKind, type CardPlan } from '../addin/cards';
import type { CardOutcome } from '../addin/excel-adapter';
import { planTable, type TablePlan } from '../addin/plan';

interface CardText {
  heading: string;
  help: string;
  kindLabel: string;
  kinds: Record<CardKind, string>;
  insert: string;
  done: (count: number, sheet: string, address: string) => string;
  fellBack: (table: string, sheet: string) => string;
}

export const CARD_TEXT: Readonly<Record<Language, CardText>> = {
  en: {
    heading: 'Cards',
    help: 'States or summits as Excel data types: each cell opens a card with the status, since when, by which decision, the confidence, the sources and the other readings. Formulas read its fields: =A2.Status, =A2.Since. Excel without data types gets the plain table instead.',
    kindLabel: 'Cards of',
    kinds: { states: 'States', summits: 'Summits' },
    insert: 'Insert as cards',
    done: (count, sheet, address) => `Inserted ${count} cards on “${sheet}”, ${address}.`,
    fellBack: (table, sheet) => `This Excel has no data types (ExcelApi 1.16): inserted the table ${table} on “${sheet}” instead.`,
  },
  ru: {
    heading: 'Карточки',
    help: 'Государства или саммиты как типы данных Excel: ячейка открывает карточку со статусом, датой, решением, степенью достоверности, источниками и другими прочтениями. Формулы читают поля: =A2.Status, =A2.Since. В Excel без типов данных вставляется обычная таблица.',
    kindLabel: 'Карточки для',
    kinds: { states: 'Государства', summits: 'Саммиты' },
    insert: 'Вставить карточки',
    done: (count, sheet, address) => `Вставлено карточек: ${count}, лист «${sheet}», ${address}.`,
    fellBack: (table, sheet) => `В этом Excel нет типов данных (ExcelApi 1.16): вместо карточек вставлена таблица ${table} на лист «${sheet}».`,
  },
  zh: {
    heading: '卡片',
    help: '将国家或峰会作为 Excel 数据类型插入：每个单元格可打开卡片，显示地位、起始日期、依据的决定、可信度、来源及其他说法。公式可读取字段：=A2.Status、=A2.Since。不支持数据类型的 Excel 将改为插入普通表格。',
    kindLabel: '卡片类型',
    kinds: { states: '国家', summits: '峰会' },
    insert: '以卡片插入',
    done: (count, sheet, address) => `已在“${sheet}”的 ${address} 插入 ${count} 张卡片。`,
    fellBack: (table, sheet) => `此 Excel 不支持数据类型（ExcelApi 1.16）：已改为在“${sheet}”插入表格 ${table}。`,
  },
};

/** The cards of one kind, and the table with the same facts for a host without entity values. */
export function cardInsertPlans(bundle: BundledData, kind: CardKind, lang: Language, paneAddress: string): { plan: CardPlan; fallback: TablePlan } {
  const ownOrigin = new URL('./', paneAddress).href;
  const plan = planCards(bundle.data, kind, { release: bundle.release, lang, ownOrigin, logo: new URL('assets/icon-32.png', ownOrigin).href });
  const fallback = planTable(bundle.data, bundle.release, { table: kind === 'states' ? 'roster' : 'summits', lang, sources: true });
  return { plan, fallback };
}

/** What the pane says after a card insert that worked. */
export function cardsDoneText(text: CardText, outcome: CardOutcome & { ok: true }): string {
  return outcome.asCards ? text.done(outcome.count ?? 0, outcome.sheet, outcome.address) : text.fellBack(outcome.table, outcome.sheet);
}
