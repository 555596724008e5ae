// The task pane: reads the user's choices, previews the plan, and hands it to the Excel adapter.
// Every string shown is set with textContent (never innerHTML): data may hold markup.
import { dayToIso, FORMATS, fromExcelSerial, LANGUAGES, STATUSES, SUMMIT_SERIES, TEMPLATES, type Language, type SheetCell, type Status, type SummitSeries } from '../core';
import { rectAddress } from '../addin/addresses';
import { insertTable, listInsertedTables, refreshTable, type ExcelHost, type InsertedTable, type InsertTarget, type Outcome } from '../addin/excel-adapter';
import { ADDIN_TABLES, hasSourcesColumn, TABLE_CONTROLS, dataYear, type AddinTableId, type InsertOptions } from '../addin/options';
import { placePlan, planChart, planTable, type TablePlan } from '../addin/plan';
import { bundledData, type BundledData } from '../addin/bundled-data';
import { paneLanguage, PANE_TEXT, type PaneText } from './i18n';

const SAMPLE_ROWS = 3;

const element = <T extends HTMLElement>(id: string) => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the pane has no #${id}`);
  return found as T;
};
const input = (id: string) => element<HTMLInputElement>(id);
const select = (id: string) => element<HTMLSelectElement>(id);

function option(value: string, label: string): HTMLOptionElement {
  const item = document.createElement('option');
  item.value = value;
  item.textContent = label;
  return item;
}

function checkboxes(containerId: string, values: readonly string[], labels: Record<string, string>): void {
  const container = element(containerId);
  container.replaceChildren(
    ...values.map((value) => {
      const wrapper = document.createElement('span');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = `${containerId}-${value}`;
      box.value = value;
      box.checked = true;
      const label = document.createElement('label');
      label.htmlFor = box.id;
      label.textContent = labels[value] ?? value;
      wrapper.append(box, label);
      return wrapper;
    }),
  );
}

const checked = (containerId: string) => Array.from(element(containerId).querySelectorAll<HTMLInputElement>('input:checked')).map((box) => box.value);

class TaskPane {
  private plan: TablePlan | null = null;
  private inserted: InsertedTable[] = [];

  constructor(
    private readonly host: ExcelHost,
    private readonly bundle: BundledData,
    private readonly text: PaneText,
  ) {}

  start(): void {
    const { text, bundle } = this;
    document.documentElement.lang = LANGUAGES.find((lang) => PANE_TEXT[lang] === text) ?? 'en';
    const labels: Record<string, string> = {
      title: text.title,
      'label-table': text.table,
      'label-asof': text.asOf,
      'label-years': text.years,
      'label-from': text.from,
      'label-to': text.to,
      'label-series': text.series,
      'label-statuses': text.statuses,
      'label-lang': text.lang,
      'label-sources': text.sources,
      'label-target': text.target,
      'label-target-new': text.targetNew,
      'label-target-selection': text.targetSelection,
      'label-preview': text.preview,
      'label-columns': text.columns,
      'label-sample': text.sample,
      insert: text.insert,
      'label-refresh': text.refreshHeading,
      'label-inserted': text.inserted,
      refresh: text.refresh,
      'label-chart': text.chartHeading,
      'chart-help': text.chartHelp,
      'insert-chart': text.insertChart,
      about: text.about(bundle.release.version, bundle.release.data_as_of),
    };
    for (const [id, label] of Object.entries(labels)) element(id).textContent = label;
    document.title = text.title;
    const paneLang = document.documentElement.lang as Language;
    select('table').replaceChildren(...ADDIN_TABLES.map((id) => option(id, TEMPLATES[id].title[paneLang])));
    select('lang').replaceChildren(...LANGUAGES.map((lang) => option(lang, text.languages[lang])));
    select('lang').value = paneLang;
    checkboxes('statuses', STATUSES, text.statusNames);
    checkboxes('series', SUMMIT_SERIES, text.seriesNames);
    input('asof').value = bundle.release.data_as_of;
    input('asof').max = bundle.release.data_as_of;
    input('from-year').value = '1996';
    input('to-year').value = String(dataYear(bundle.release));
    input('to-year').max = String(dataYear(bundle.release));

    const form = element<HTMLFormElement>('form');
    form.addEventListener('change', () => this.preview());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.insert();
    });
    element('refresh').addEventListener('click', () => void this.refresh());
    element('insert-chart').addEventListener('click', () => void this.insertChart());
    element('loading').hidden = true;
    form.hidden = false;
    element('app').setAttribute('aria-busy', 'false');
    this.preview();
    void this.loadInserted();
  }

  private options(): InsertOptions {
    const table = select('table').value as AddinTableId;
    const year = (id: string) => (input(id).value === '' ? undefined : Number(input(id).value));
    return {
      table,
      lang: select('lang').value as Language,
      asOf: input('asof').value || undefined,
      statuses: checked('statuses') as Status[],
      fromYear: year('from-year'),
      toYear: year('to-year'),
      series: checked('series') as SummitSeries[],
      sources: input('sources').checked,
    };
  }

  private target(): InsertTarget {
    return input('target-selection').checked ? 'selection' : 'newSheet';
  }

  /** Shows only the options the table uses, and what the insert would write. */
  private preview(): void {
    const options = this.options();
    const controls = TABLE_CONTROLS[options.table];
    element('field-asof').hidden = !controls.asOf;
    element('field-statuses').hidden = !controls.statuses;
    element('field-years').hidden = !controls.years;
    element('field-series').hidden = !controls.series;
    element('field-sources').hidden = !hasSourcesColumn(TEMPLATES[options.table]);
    try {
      this.plan = planTable(this.bundle.data, this.bundle.release, options);
    } catch (error) {
      this.plan = null;
      this.say(error instanceof Error ? error.message : String(error), true);
      element<HTMLButtonElement>('insert').disabled = true;
      return;
    }
    const plan = this.plan;
    element('preview-summary').textContent = this.text.summary(plan.body.length, plan.columns);
    const placement = placePlan(plan, { row: 0, column: 0 });
    element('preview-target').textContent =
      this.target() === 'newSheet' ? this.text.onNewSheet(plan.sheetTitle, rectAddress(placement.footprint)) : this.text.atSelection(plan.rows, plan.columns);
    element('preview-columns').replaceChildren(
      ...plan.header.map((header) => {
        const item = document.createElement('li');
        item.textContent = header;
        return item;
      }),
    );
    const row = (cells: string[], tag: 'th' | 'td') => {
      const tr = document.createElement('tr');
      tr.append(...cells.map((value) => Object.assign(document.createElement(tag), { textContent: value })));
      return tr;
    };
    element('preview-rows').replaceChildren(row(plan.header, 'th'), ...plan.body.slice(0, SAMPLE_ROWS).map((cells) => row(cells.map(cellText), 'td')));
    element<HTMLButtonElement>('insert').disabled = plan.body.length === 0;
    this.say(plan.body.length === 0 ? this.text.refusal({ code: 'noRows' }) : '', plan.body.length === 0);
  }

  private async insert(): Promise<void> {
    if (!this.plan) return;
    await this.busy(() => insertTable(this.host, this.plan!, this.target()), (done) => this.text.insertedOk(done.table, done.sheet, done.address));
    await this.loadInserted();
  }

  /** The membership timeline: always on a new sheet, so the floating chart covers nothing of the user's. */
  private async insertChart(): Promise<void> {
    const plan = planChart(this.bundle.data, this.bundle.release, 'membership_timeline', { lang: select('lang').value as Language });
    await this.busy(() => insertTable(this.host, plan, 'newSheet'), (done) => this.text.chartOk(done.sheet));
    await this.loadInserted();
  }

  private async refresh(): Promise<void> {
    const chosen = this.inserted.find((entry) => entry.table === select('inserted').value);
    if (!chosen) return;
    const { record } = chosen;
    const plan = record.chart
      ? planChart(this.bundle.data, this.bundle.release, record.chart, record.options)
      : planTable(this.bundle.data, this.bundle.release, record.options);
    await this.busy(() => refreshTable(this.host, chosen.table, plan), (done) => this.text.refreshedOk(done.table));
    await this.loadInserted();
  }

  private async busy(action: () => Promise<Outcome>, success: (done: Extract<Outcome, { ok: true }>) => string): Promise<void> {
    const buttons = ['insert', 'refresh', 'insert-chart'].map((id) => element<HTMLButtonElement>(id));
    for (const button of buttons) button.disabled = true;
    this.say(this.text.working, false);
    try {
      const outcome = await action();
      if (outcome.ok) this.say(success(outcome), false);
      else this.say(this.text.refusal(outcome.refusal), true);
    } finally {
      for (const button of buttons) button.disabled = false;
    }
  }

  private async loadInserted(): Promise<void> {
    try {
      this.inserted = await listInsertedTables(this.host);
    } catch {
      this.inserted = [];
    }
    const lang = document.documentElement.lang as Language;
    select('inserted').replaceChildren(...this.inserted.map((entry) => option(entry.table, `${entry.table} (${TEMPLATES[entry.record.options.table].title[lang]})`)));
    element('refresh-section').hidden = this.inserted.length === 0;
  }

  private say(message: string, isError: boolean): void {
    const target = element('message');
    target.textContent = message;
    target.classList.toggle('error', isError);
  }
}

/** A body cell as the preview shows it: dates as ISO text, as Excel will display them. */
function cellText(cell: SheetCell): string {
  if (cell.format === FORMATS.date && typeof cell.value === 'number') return dayToIso(fromExcelSerial(cell.value));
  return String(cell.value ?? '');
}

Office.onReady((info) => {
  const text = PANE_TEXT[paneLanguage(Office.context?.displayLanguage)];
  if (info.host !== Office.HostType.Excel) {
    element('loading').textContent = text.notExcel;
    return;
  }
  const host: ExcelHost = {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
  new TaskPane(host, bundledData(), text).start();
});
