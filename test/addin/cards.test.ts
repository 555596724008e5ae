// Cards: the entity JSON planned for a state and a summit (goldens written by hand from
// test/fixtures/valid), the guards against known Office bugs, and inserts through the fake Excel.
import assert from 'node:assert/strict';
import { cardCells, planCards, PROPERTY_NAME, safeLogo, stateCard, summitCard, supportsCards } from '../../src/addin/cards';
import { insertCards, newSession, type CardOutcome } from '../../src/addin/excel-adapter';
import { planTable } from '../../src/addin/plan';
import { createFakeExcel, FakeWorkbookState } from './fake-excel';
import { fixtureData, fixtureRelease } from './helpers';

// The fixture's sources (test/fixtures/valid/sources.csv), as attributions, written out by hand.
const LICENCE = { licenseText: 'CC BY 4.0', licenseAddress: 'https://creativecommons.org/licenses/by/4.0/' };
const WIKIPEDIA = { sourceText: 'Wikipedia: Shanghai Cooperation Organisation', sourceAddress: 'https://en.wikipedia.org/wiki/Shanghai_Cooperation_Organisation', ...LICENCE };
const TASS = { sourceText: 'TASS: India, Pakistan become full-fledged SCO members', sourceAddress: 'https://tass.com/politics/950528', ...LICENCE };
const SCO_HISTORY = { sourceText: 'SCO Secretariat: History of the SCO', sourceAddress: 'https://eng.sectsco.org/20170109/192193.html', ...LICENCE };

const str = (basicValue: string, attribution: object[]) => ({ type: 'String', basicValue, propertyMetadata: { attribution } });

const options = { release: fixtureRelease };

describe('cards (entity values)', () => {
  it('plans a state card with its status, decision, dates, confidence and sources', () => {
    // Pakistan on the release's day (2024-07-31): member since event pak_2 (2017-06-09, the Astana
    // summit chs_2017, sources tass_20170609 and wikipedia_sco, confidence high); no conflict recorded.
    const event = [TASS, WIKIPEDIA];
    const country = [WIKIPEDIA];
    assert.deepEqual(stateCard(fixtureData, 'PAK', options), {
      type: 'Entity',
      text: 'Pakistan',
      properties: {
        Name: str('Pakistan', country),
        ISO3: str('PAK', country),
        COW_code: { type: 'Double', basicValue: 770, propertyMetadata: { attribution: country } },
        Status: str('member', event),
        Status_certain: { type: 'Boolean', basicValue: true, propertyMetadata: { attribution: event } },
        As_of: str('2024-07-31', event),
        Since: str('2017-06-09 (day)', event),
        Previous_status: str('observer', event),
        Decision_event: str('pak_2', event),
        Decision_document: str('not recorded', event),
        Decision_summit: str('Astana 2017-06-08', event),
        Decision_date: str('2017-06-09 (day)', event),
        Effective_date: str('the decision date', event),
        Confidence: str('high', event),
        Sources: str('tass_20170609; wikipedia_sco', event),
        Other_readings: str('none recorded', event),
      },
      layouts: {
        compact: { icon: 'Globe' },
        card: {
          title: { property: 'Name' },
          sections: [
            { layout: 'List', title: 'Status', properties: ['Status', 'Status_certain', 'As_of', 'Since', 'Previous_status'] },
            { layout: 'List', title: 'Decision', properties: ['Decision_event', 'Decision_document', 'Decision_summit', 'Decision_date', 'Effective_date'] },
            { layout: 'List', title: 'Provenance', properties: ['Confidence', 'Sources', 'Other_readings'] },
            { layout: 'List', title: 'Identifiers', collapsible: true, collapsed: true, properties: ['ISO3', 'COW_code'] },
          ],
        },
      },
      provider: { description: 'sco-data 9.8.7, data as of 2024-07-31 (CC BY 4.0)' },
    });
  });

  it('answers for the day asked, and shows a day before any status', () => {
    const observer = stateCard(fixtureData, 'IND', { ...options, asOf: '2010-01-01', lang: 'ru' });
    assert.equal(observer.text, 'Индия');
    assert.deepEqual(observer.properties!.Status, str('observer', [WIKIPEDIA]));
    assert.deepEqual(observer.properties!.Decision_summit, str('Астана 2005-07-05', [WIKIPEDIA]));
    assert.deepEqual(observer.properties!.Confidence, str('medium', [WIKIPEDIA]));
    const before = stateCard(fixtureData, 'IND', { ...options, asOf: '2000-01-01' });
    assert.equal((before.properties!.Status as { basicValue: string }).basicValue, 'none');
    assert.equal((before.properties!.Since as { basicValue: string }).basicValue, 'never held a status');
    assert.throws(() => stateCard(fixtureData, 'XXX', options), /no state XXX/);
  });

  it('shows the other reading a conflict records, attributed to both sides', () => {
    // conflicts.csv: chs_2001 start_date, chosen 2001-06-14 (sco_history), other 2001-06-15 (wikipedia_sco).
    const card = summitCard(fixtureData, 'chs_2001', options);
    assert.equal(card.text, 'Shanghai 2001-06-14');
    assert.deepEqual(
      card.properties!.Other_readings,
      str('start_date: 2001-06-15 (wikipedia_sco) instead of 2001-06-14 (sco_history): The meeting opened on 14 June; the founding declaration is dated 15 June.', [SCO_HISTORY, WIKIPEDIA]),
    );
    assert.deepEqual(card.properties!.Start_date, str('2001-06-14 (day)', [WIKIPEDIA, SCO_HISTORY]));
    assert.deepEqual(card.properties!.Number, { type: 'Double', basicValue: 1, propertyMetadata: { attribution: [WIKIPEDIA, SCO_HISTORY] } });
    assert.equal(card.layouts?.compact?.icon, 'Calendar');
  });

  describe('guards', () => {
    const all = [...planCards(fixtureData, 'states', options).cards, ...planCards(fixtureData, 'summits', options).cards];

    it('names every property so that =A2.Name works without brackets, uniquely whatever the case', () => {
      for (const card of all) {
        const names = Object.keys(card.properties!);
        for (const name of names) assert.match(name, PROPERTY_NAME);
        assert.equal(new Set(names.map((name) => name.toLowerCase())).size, names.length);
        // The card names only properties the entity has.
        const shown = [(card.layouts!.card!.title as { property: string }).property, ...card.layouts!.card!.sections!.flatMap((section) => section.properties)];
        for (const name of shown) assert.ok(names.includes(name!), `${card.text}: ${name}`);
      }
    });

    it('uses only List sections (office-js 5794: Excel on the web rejects TwoColumn)', () => {
      for (const card of all) for (const section of card.layouts!.card!.sections!) assert.equal(section.layout, 'List');
    });

    it('holds every value in the cell (office-js 5754): plain entities of basic values, nothing linked or referenced', () => {
      for (const card of all) {
        assert.equal(card.type, 'Entity');
        assert.equal(card.referencedValues, undefined);
        for (const property of Object.values(card.properties!)) assert.ok(['String', 'Double', 'Boolean'].includes((property as { type: string }).type));
        // Survives a JSON round trip (what the file keeps): no function, no undefined, no class instance.
        assert.deepEqual(JSON.parse(JSON.stringify(card)), card);
      }
    });

    it('carries the key as a plain property, for =SCO.STATUS(A2.ISO3) (office-js 4576: an entity argument gives #VALUE!)', () => {
      for (const card of planCards(fixtureData, 'states', options).cards) assert.equal((card.properties!.ISO3 as { type: string }).type, 'String');
      for (const card of planCards(fixtureData, 'summits', options).cards) assert.equal((card.properties!.Summit_id as { type: string }).type, 'String');
    });

    it('attributes every property to a source with its URL and the data licence', () => {
      for (const card of all) {
        for (const [name, property] of Object.entries(card.properties!)) {
          const attribution = (property as unknown as { propertyMetadata: { attribution: Record<string, string>[] } }).propertyMetadata.attribution;
          assert.ok(attribution.length > 0, `${card.text}.${name}`);
          for (const item of attribution) {
            assert.match(item.sourceAddress!, /^https:\/\//);
            assert.deepEqual([item.licenseText, item.licenseAddress], [LICENCE.licenseText, LICENCE.licenseAddress]);
          }
        }
      }
    });

    it('brands the provider with a logo only where no third party is asked for it', () => {
      const own = 'https://sco-data.example.org/addin/';
      const dataUrl = 'data:image/png;base64,iVBORw0KGgo=';
      assert.equal(safeLogo(dataUrl, undefined), dataUrl);
      assert.equal(safeLogo(`${own}assets/icon-32.png`, own), `${own}assets/icon-32.png`);
      assert.equal(safeLogo('https://cdn.example.com/logo.png', own), undefined);
      assert.equal(safeLogo('https://sco-data.example.org.evil.com/addin/x.png', own), undefined);
      assert.equal(safeLogo('data:text/html;base64,PGI+', undefined), undefined);
      assert.equal(safeLogo(undefined, own), undefined);
      assert.equal(stateCard(fixtureData, 'PAK', { ...options, logo: 'https://cdn.example.com/logo.png', ownOrigin: own }).provider?.logoSourceAddress, undefined);
      assert.equal(stateCard(fixtureData, 'PAK', { ...options, logo: dataUrl }).provider?.logoSourceAddress, dataUrl);
    });

    it('detects entity values by ExcelApi 1.16, and a failing check as none', () => {
      assert.equal(
        supportsCards((set, version) => set === 'ExcelApi' && version === '1.16'),
        true,
      );
      assert.equal(
        supportsCards(() => false),
        false,
      );
      assert.equal(
        supportsCards(() => {
          throw new Error('no requirements API');
        }),
        false,
      );
    });
  });

  describe('inserted through the fake Excel', () => {
    const statePlan = () => planCards(fixtureData, 'states', options);
    const fallback = () => planTable(fixtureData, fixtureRelease, { table: 'roster', lang: 'en', sources: true });
    const ok = (outcome: CardOutcome) => {
      assert.ok(outcome.ok && outcome.asCards, JSON.stringify(outcome));
      return outcome;
    };

    it('writes a header and one card per state on a new sheet, and =A2.Status reads a card', async () => {
      const fake = createFakeExcel(new FakeWorkbookState(), '1.16');
      const plan = statePlan();
      const done = ok(await insertCards(fake.host, newSession(), plan, fallback(), 'newSheet'));
      assert.equal(done.sheet, 'SCO states');
      assert.equal(done.address, 'A1:A9');
      assert.equal(done.count, 8);
      assert.equal(done.table, '', 'cards make no Excel table');
      // Range.values shows an entity as #VALUE! (its basic value); the header is text.
      assert.deepEqual(fake.state.values('SCO states', 'A1:A3'), [['State'], ['#VALUE!'], ['#VALUE!']]);
      const read = await fake.host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('SCO states');
        const range = sheet.getRange('A1:A2').load('valuesAsJson,valueTypes');
        // The fixture's states sorted by ISO3: CHN, IND, KAZ, KGZ, PAK, RUS, TJK, UZB. A6 is Pakistan.
        sheet.getRange('B6:E6').formulas = [['=A6.Status', '=A6.[Decision_date]', '=a6.iso3', '=A6.Population']];
        await context.sync();
        return { json: range.valuesAsJson, types: range.valueTypes };
      });
      assert.deepEqual(read.types, [['String'], ['Error']]);
      assert.equal(read.json[1]![0]!.type, 'Entity');
      assert.equal(read.json[1]![0]!.text, 'China');
      assert.equal((read.json[1]![0] as { basicValue: string }).basicValue, '#VALUE!');
      assert.deepEqual(fake.state.values('SCO states', 'B6:E6'), [['member', '2017-06-09 (day)', 'PAK', '#FIELD!']]);
    });

    it('keeps the cards when the workbook is opened without the add-in (office-js 5754)', async () => {
      const fake = createFakeExcel(new FakeWorkbookState(), '1.16');
      const plan = statePlan();
      ok(await insertCards(fake.host, newSession(), plan, fallback(), 'newSheet'));
      // Saved (the fake's file: plain JSON) and opened again; the fake evaluates no =SCO.* formula,
      // as Excel without the add-in cannot (#NAME?).
      const reopened = createFakeExcel(FakeWorkbookState.restore(fake.state.save()), '1.16');
      const json = await reopened.host.run(async (context) => {
        const range = context.workbook.worksheets.getItem('SCO states').getRange('A2:A9').load('valuesAsJson');
        context.workbook.worksheets.getItem('SCO states').getRange('B2:C2').formulas = [['=A2.Confidence', '=SCO.STATUS(A2.ISO3)']];
        await context.sync();
        return range.valuesAsJson;
      });
      // Every card as written, with the basic value Excel adds.
      assert.deepEqual(
        json.map((row) => row[0]),
        plan.cards.map((card) => ({ ...card, basicType: 'Error', basicValue: '#VALUE!' })),
      );
      // The card's own fields still read; a formula calling the add-in's function does not.
      assert.deepEqual(reopened.state.values('SCO states', 'B2:C2'), [['high', '#NAME?']]);
    });

    it("writes at the selection only into empty cells, and refuses over a user's cell without writing", async () => {
      const fake = createFakeExcel(new FakeWorkbookState(), '1.16');
      fake.state.setCell('Sheet1', 'C12', 'my note');
      fake.state.select('Sheet1', 'C5');
      const contents = () => JSON.stringify({ ...fake.state.snapshot(), syncs: undefined });
      const before = contents();
      const refused = await insertCards(fake.host, newSession(), statePlan(), fallback(), 'selection');
      assert.deepEqual(refused, { ok: false, refusal: { code: 'occupied', address: 'Sheet1!C12' }, asCards: true });
      assert.equal(contents(), before);
      fake.state.select('Sheet1', 'D5');
      const done = ok(await insertCards(fake.host, newSession(), planCards(fixtureData, 'summits', options), fallback(), 'selection'));
      assert.equal(done.address, 'D5:D9');
      assert.deepEqual(fake.state.values('Sheet1', 'D5:D6'), [['Summit'], ['#VALUE!']]);
    });

    it('takes back a new sheet when Excel refuses the cards (Excel on the web and a TwoColumn section, office-js 5794)', async () => {
      const state = new FakeWorkbookState();
      state.platform = 'web';
      const fake = createFakeExcel(state, '1.16');
      const plan = statePlan();
      plan.cards[0] = { ...plan.cards[0]!, layouts: { card: { sections: [{ layout: 'TwoColumn', properties: ['Status'] }] } } };
      const outcome = await insertCards(fake.host, newSession(), plan, fallback(), 'newSheet');
      assert.deepEqual(outcome, { ok: false, refusal: { code: 'excelError', errorCode: 'GeneralException' }, asCards: true });
      assert.deepEqual(
        fake.state.sheets.map((sheet) => sheet.name),
        ['Sheet1'],
      );
    });

    it('inserts the plain table instead on a host without ExcelApi 1.16', async () => {
      const fake = createFakeExcel(new FakeWorkbookState(), '1.15');
      const outcome = await insertCards(fake.host, newSession(), statePlan(), fallback(), 'newSheet');
      assert.ok(outcome.ok && !outcome.asCards, JSON.stringify(outcome));
      assert.equal(fake.state.tables.length, 1);
      assert.ok(fake.state.sheets.every((sheet) => [...sheet.cells.values()].every((cell) => cell.json === undefined)));
    });
  });

  it('lays out the cells as valuesAsJson takes them: a String header above the cards', () => {
    const plan = planCards(fixtureData, 'summits', options);
    const cells = cardCells(plan);
    assert.deepEqual(cells[0], [{ type: 'String', basicValue: 'Summit' }]);
    assert.deepEqual(
      cells.slice(1).map((row) => (row[0] as { text: string }).text),
      ['Shanghai 1996-04-26', 'Shanghai 2001-06-14', 'Astana 2005-07-05', 'Astana 2017-06-08'],
    );
  });
});
