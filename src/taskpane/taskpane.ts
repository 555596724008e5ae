// The task pane: reads the user's choices, previews the plan, and hands it to the Excel adapter.
// Every string shown is set with textContent (never innerHTML): data may hold markup.
import { dayToIso, FORMATS, fromExcelSerial, LANGUAGES, STATUSES, SUMMIT_SERIES, TEMPLATES, type Language, type SheetCell, type Status, type SummitSeries } from '../core';
import { rectAddress } from '../addin/addresses';
import { insertCards, insertTable, listInsertedTables, newSession, refreshTable, type ExcelHost, type InsertedTable, type InsertTarget, type Outcome, type WorkbookView } from '../addin/excel-adapter';
import { requirementText, supportedFeatures, type Feature } from '../addin/features';
import { uniqueSheetName } from '../addin/names';
import { refusalOfError } from '../addin/refusals';
import { ADDIN_TABLES, hasSourcesColumn, TABLE_CONTROLS, dataYear, type AddinTableId, type InsertOptions } from '../addin/options';
import { placePlan, planChart, planTable, type TablePlan } from '../addin/plan';
import { bundledData, bundledDataWithProvenance, needsProvenance, type BundledData } from '../addin/bundled-data';
import { paneLanguage, PANE_TEXT, type PaneText } from './i18n';
import { CARD_TEXT, cardInsertPlans, cardsDoneText } from './cards-section';
import type { CardKind } from '../addin/cards';
import { startShareSection } from './share-section';
import { followOfficeTheme } from './theme';

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

/** How often the pane tries again to read its list when Excel was busy (cell-edit mode). */
const LIST_RETRY_MS = 2000;
/** How long the pane waits for office.js before saying it did not come. */
const OFFICE_WAIT_MS = 10_000;

class TaskPane {
  private plan: TablePlan | null = null;
  private inserted: InsertedTable[] = [];
  /** The workbook's sheet names as last read: the preview names the sheet an insert will make. */
  private sheets: string[] = [];
  private readonly session = newSession();
  private readonly features: Record<Feature, boolean>;
  private busyNow = false;
  /** Counts operations: a list read that an operation overtook is stale and not shown. */
  private operations = 0;
  private listRetry: ReturnType<typeof setTimeout> | undefined;
  /** The table a refused refresh was for: "Insert a fresh copy" inserts it anew. */
  private freshCopyOf: InsertedTable | null = null;

  constructor(
    private readonly host: ExcelHost,
    /** The first screen's data; the whole dataset once a table needed provenance (withProvenance). */
    private bundle: BundledData,
    private readonly text: PaneText,
  ) {
    this.features = supportedFeatures((name, version) => host.isSetSupported(name, version));
  }

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
      'reload-list': text.reloadList,
      'fresh-copy': text.freshCopy,
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
    // Only what this Excel supports is offered; what is not says what it needs.
    this.note('insert-note', 'newSheet');
    this.note('chart-note', 'chart');
    this.note('target-note', 'selection');
    this.note('refresh-note', 'refresh');
    input('target-selection').disabled = !this.features.selection;

    const form = element<HTMLFormElement>('form');
    form.addEventListener('change', () => this.preview());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.insert();
    });
    element('refresh').addEventListener('click', () => void this.refresh());
    element('insert-chart').addEventListener('click', () => void this.insertChart());
    this.setUpCards();
    element('reload-list').addEventListener('click', () => void this.loadInserted());
    element('fresh-copy').addEventListener('click', () => void this.freshCopy());
    element('loading').hidden = true;
    form.hidden = false;
    element('app').setAttribute('aria-busy', 'false');
    this.preview();
    startShareSection({
      host: this.host,
      session: this.session,
      lang: paneLang,
      supported: this.features.convert,
      needs: text.needs(requirementText('convert')),
      refusalText: (refusal) => text.refusal(refusal),
      say: (message, isError) => this.say(message, isError),
    });
    // Below the base requirement set the workbook's settings cannot be read: there is nothing to list.
    if (this.features.newSheet) {
      void this.loadInserted();
      // Back from the workbook, where sheets and tables may have been added, renamed or deleted.
      window.addEventListener('focus', () => {
        if (!this.busyNow) void this.loadInserted();
      });
    }
  }

  private note(id: string, feature: Feature): void {
    const note = element(id);
    note.hidden = this.features[feature];
    note.textContent = this.features[feature] ? '' : this.text.needs(requirementText(feature));
  }

  /** Every button as the features, the plan and a running operation allow. */
  private updateButtons(): void {
    const idle = !this.busyNow;
    element<HTMLButtonElement>('insert').disabled = !(idle && this.features.newSheet && this.plan !== null && this.plan.body.length > 0);
    element<HTMLButtonElement>('insert-chart').disabled = !(idle && this.features.chart);
    element<HTMLButtonElement>('insert-cards').disabled = !(idle && this.features.newSheet);
    element<HTMLButtonElement>('refresh').disabled = !(idle && this.features.refresh && this.inserted.length > 0);
    element<HTMLButtonElement>('reload-list').disabled = !idle;
    element<HTMLButtonElement>('fresh-copy').disabled = !(idle && this.features.newSheet);
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
    return input('target-selection').checked && this.features.selection ? 'selection' : 'newSheet';
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
    if (needsProvenance(options.table) && !this.hasProvenance) return this.awaitProvenance();
    try {
      this.plan = planTable(this.bundle.data, this.bundle.release, options);
    } catch (error) {
      this.plan = null;
      this.say(error instanceof Error ? error.message : String(error), true);
      this.updateButtons();
      return;
    }
    const plan = this.plan;
    element('preview-summary').textContent = this.text.summary(plan.body.length, plan.columns);
    const placement = placePlan(plan, { row: 0, column: 0 });
    element('preview-target').textContent =
      this.target() === 'newSheet' ? this.text.onNewSheet(uniqueSheetName(plan.sheetTitle, this.sheets), rectAddress(placement.footprint)) : this.text.atSelection(plan.rows, plan.columns);
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
    this.updateButtons();
    this.say(plan.body.length === 0 ? this.text.refusal({ code: 'noRows' }) : '', plan.body.length === 0);
  }

  private hasProvenance = false;
  private loadingProvenance: Promise<void> | undefined;

  /** Loads the provenance chunk (once; again after a failure) and takes the whole dataset. */
  private withProvenance(): Promise<void> {
    this.loadingProvenance ??= bundledDataWithProvenance().then(
      (complete) => {
        this.bundle = complete;
        this.hasProvenance = true;
      },
      (error: unknown) => {
        this.loadingProvenance = undefined;
        throw error;
      },
    );
    return this.loadingProvenance;
  }

  /** The preview of a provenance table while its chunk loads: nothing to insert yet, and says so. */
  private awaitProvenance(): void {
    this.plan = null;
    element('preview-summary').textContent = this.text.loadingProvenance;
    element('preview-target').textContent = '';
    element('preview-columns').replaceChildren();
    element('preview-rows').replaceChildren();
    element('preview').setAttribute('aria-busy', 'true');
    this.updateButtons();
    this.withProvenance().then(
      () => {
        element('preview').setAttribute('aria-busy', 'false');
        this.preview();
      },
      () => {
        element('preview').setAttribute('aria-busy', 'false');
        element('preview-summary').textContent = '';
        this.say(this.text.provenanceFailed, true);
      },
    );
  }

  private async insert(): Promise<void> {
    const plan = this.plan;
    if (!plan) return;
    await this.busy(
      () => insertTable(this.host, this.session, plan, this.target()),
      (done) => this.text.insertedOk(done.table, done.sheet, done.address),
    );
  }

  /** The membership timeline: always on a new sheet, so the floating chart covers nothing of the user's. */
  private async insertChart(): Promise<void> {
    const plan = planChart(this.bundle.data, this.bundle.release, 'membership_timeline', { lang: select('lang').value as Language });
    await this.busy(
      () => insertTable(this.host, this.session, plan, 'newSheet'),
      (done) => this.text.chartOk(done.sheet),
    );
  }

  /** The Cards section (src/taskpane/cards-section.ts): its words, and its button. */
  private setUpCards(): void {
    const cards = CARD_TEXT[document.documentElement.lang as Language] ?? CARD_TEXT.en;
    element('label-cards').textContent = cards.heading;
    element('cards-help').textContent = cards.help;
    element('label-card-kind').textContent = cards.kindLabel;
    element('insert-cards').textContent = cards.insert;
    select('card-kind').replaceChildren(...(['states', 'summits'] as const).map((kind) => option(kind, cards.kinds[kind])));
    element('insert-cards').addEventListener('click', () => {
      // A card's attribution and other readings come from the sources and conflicts: the provenance chunk.
      if (!this.hasProvenance) this.say(this.text.loadingProvenance, false);
      this.withProvenance().then(
        () => {
          const { plan, fallback } = cardInsertPlans(this.bundle, select('card-kind').value as CardKind, select('lang').value as Language, location.href);
          void this.busy(
            () => insertCards(this.host, this.session, plan, fallback, this.target()),
            (done) => cardsDoneText(cards, done as Parameters<typeof cardsDoneText>[1]),
          );
        },
        () => this.say(this.text.provenanceFailed, true),
      );
    });
  }

  /** Loads what a listed table's plan needs; false (and says so) when its provenance did not load. */
  private async ready(entry: InsertedTable): Promise<boolean> {
    if (!needsProvenance(entry.record.options.table) || this.hasProvenance) return true;
    this.say(this.text.loadingProvenance, false);
    return this.withProvenance().then(
      () => true,
      () => (this.say(this.text.provenanceFailed, true), false),
    );
  }

  private planOf(entry: InsertedTable): TablePlan {
    const { record } = entry;
    return record.chart ? planChart(this.bundle.data, this.bundle.release, record.chart, record.options) : planTable(this.bundle.data, this.bundle.release, record.options);
  }

  private async refresh(): Promise<void> {
    const chosen = this.inserted.find((entry) => entry.id === select('inserted').value);
    if (!chosen) return;
    if (!(await this.ready(chosen))) return;
    await this.busy(
      () => refreshTable(this.host, this.session, chosen, this.planOf(chosen)),
      (done) => this.text.refreshedOk(done.table),
      chosen,
    );
  }

  /** After a refresh refused a table the user changed: the same table, current data, on a new sheet. */
  private async freshCopy(): Promise<void> {
    const entry = this.freshCopyOf;
    if (!entry) return;
    if (!(await this.ready(entry))) return;
    await this.busy(
      () => insertTable(this.host, this.session, this.planOf(entry), 'newSheet'),
      (done) => this.text.insertedOk(done.table, done.sheet, done.address),
    );
  }

  private async busy(action: () => Promise<Outcome>, success: (done: Extract<Outcome, { ok: true }>) => string, refreshing?: InsertedTable): Promise<void> {
    this.busyNow = true;
    this.operations++;
    this.freshCopyOf = null;
    element('fresh-copy').hidden = true;
    this.updateButtons();
    this.say(this.text.working, false);
    try {
      const outcome = await action();
      // The operation read the workbook's list in its own round trips: no extra one to update it.
      if (outcome.view) this.show(outcome.view);
      if (outcome.ok) this.say(success(outcome), false);
      else {
        this.say(this.text.refusal(outcome.refusal), true);
        if (refreshing && (outcome.refusal.code === 'userEdited' || outcome.refusal.code === 'tableResized')) {
          this.freshCopyOf = refreshing;
          element('fresh-copy').hidden = false;
        }
      }
    } finally {
      this.busyNow = false;
      this.updateButtons();
      element('status').scrollIntoView({ block: 'nearest' });
    }
  }

  /** Reads the list of inserted tables; while Excel refuses (a cell is being edited), says so and tries again. */
  private async loadInserted(): Promise<void> {
    clearTimeout(this.listRetry);
    const started = this.operations;
    try {
      const view = await listInsertedTables(this.host, this.session);
      if (started !== this.operations) return;
      element('reload-list').hidden = true;
      this.show(view);
      if (element('message').dataset.list === 'failed') this.say('', false);
    } catch (error) {
      if (started !== this.operations) return;
      const refusal = refusalOfError(error);
      this.say(this.text.listFailed(this.text.refusal(refusal)), true);
      element('message').dataset.list = 'failed';
      element('refresh-section').hidden = false;
      element('reload-list').hidden = false;
      // Cell-edit mode ends when the user presses Enter or Esc, and Excel sends no event for it.
      if (refusal.code === 'editMode') this.listRetry = setTimeout(() => void this.loadInserted(), LIST_RETRY_MS);
    }
  }

  private show(view: WorkbookView): void {
    this.inserted = view.tables;
    this.sheets = view.sheets;
    const lang = document.documentElement.lang as Language;
    const chosen = select('inserted').value;
    select('inserted').replaceChildren(...this.inserted.map((entry) => option(entry.id, `${entry.name} (${TEMPLATES[entry.record.options.table].title[lang]})`)));
    if (this.inserted.some((entry) => entry.id === chosen)) select('inserted').value = chosen;
    element('refresh-section').hidden = this.inserted.length === 0 && element('reload-list').hidden;
    this.preview();
  }

  private say(message: string, isError: boolean): void {
    const target = element('message');
    delete target.dataset.list;
    target.textContent = message;
    target.classList.toggle('error', isError);
  }
}

/** A body cell as the preview shows it: dates as ISO text, as Excel will display them. */
function cellText(cell: SheetCell): string {
  if (cell.format === FORMATS.date && typeof cell.value === 'number') return dayToIso(fromExcelSerial(cell.value));
  return String(cell.value ?? '');
}

/** The pane without Excel: it says why, and every button stays disabled (they start so in the HTML). */
function unavailable(message: string): void {
  element('loading').textContent = message;
  element('app').setAttribute('aria-busy', 'false');
}

if (typeof Office === 'undefined') {
  // office.js did not load: offline, blocked, or the page was opened from disk.
  unavailable(PANE_TEXT[paneLanguage(navigator.language)].officeMissing);
} else {
  const waiting = setTimeout(() => unavailable(PANE_TEXT[paneLanguage(navigator.language)].officeMissing), OFFICE_WAIT_MS);
  void Office.onReady((info) => {
    clearTimeout(waiting);
    followOfficeTheme(Office.context?.officeTheme);
    const text = PANE_TEXT[paneLanguage(Office.context?.displayLanguage ?? navigator.language)];
    if (info.host !== Office.HostType.Excel) {
      unavailable(text.notExcel);
      return;
    }
    const host: ExcelHost = {
      run: (batch) => Excel.run(batch),
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    };
    new TaskPane(host, bundledData(), text).start();
  });
}
