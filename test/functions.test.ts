import assert from 'node:assert/strict';
import { FunctionError, createScoFunctions, type FunctionErrorKind } from '../src/functions/sco';
import { loadDataDir } from '../src/node/data-dir';
import { VALID_FIXTURE } from './helpers';

// Excel serials worked out by hand: 2017-01-01 is 42736, 2005-01-01 is 38353.
const SERIAL_2017_06_08 = 42736 + 158;
const SERIAL_2017_06_09 = SERIAL_2017_06_08 + 1;
const SERIAL_2005_07_05 = 38353 + 185;

const fails = (kind: FunctionErrorKind, pattern: RegExp) => (error: unknown) => error instanceof FunctionError && error.kind === kind && pattern.test(error.message);

describe('=SCO.* worksheet functions', () => {
  const sco = createScoFunctions(loadDataDir(VALID_FIXTURE), () => '2020-01-01');

  it("SCO.ATTENDED gives how a state took part in a year's summit, #N/A where not recorded", () => {
    // test/fixtures/valid/summit_attendance.csv: Astana 2017 in person (CHN, IND), by video (KAZ);
    // Astana 2005 India absent; no row for Shanghai 2001; no meeting in 2010.
    assert.equal(sco.attended('CHN', 2017), 'in_person');
    assert.equal(sco.attended('India', 2017), 'in_person');
    assert.equal(sco.attended('Kazakhstan', 2017), 'video');
    assert.equal(sco.attended(750, 2005), 'absent');
    assert.throws(() => sco.attended('PAK', 2017), fails('notAvailable', /attendance of Pakistan at summit chs_2017 is not recorded/));
    assert.throws(() => sco.attended('CHN', 2001), fails('notAvailable', /attendance at summit chs_2001 is not recorded yet/));
    assert.throws(() => sco.attended('IND', 2010), fails('notAvailable', /no meeting of the Council of Heads of State in 2010/));
    assert.throws(() => sco.attended('IND', 2017.5), fails('invalidValue', /2017.5 is not a year of the SCO Council/));
    assert.throws(() => sco.attended('IND', 1996), fails('invalidValue', /1996 is not a year of the SCO Council/));
    assert.throws(() => sco.attended('Atlantis', 2017), fails('invalidValue', /"Atlantis" is not a state/));
  });

  it('SCO.STATUS gives the status on a day, today by default', () => {
    assert.equal(sco.status('IND', '2017-06-09'), 'member');
    assert.equal(sco.status('India', SERIAL_2017_06_08), 'observer');
    assert.equal(sco.status(750), 'member');
    assert.equal(sco.status('UZB', '1999-01-01'), 'none');
    assert.throws(() => sco.status('Atlantis'), fails('invalidValue', /"Atlantis" is not a state/));
    assert.throws(() => sco.status('IND', '1990-01-01'), fails('invalidValue', /before the first meeting of the Shanghai Five/));
    assert.throws(() => sco.status('IND', 'yesterday'), fails('invalidValue', /"yesterday" is not a date/));
  });

  it('SCO.MEMBERS spills the states holding a status', () => {
    assert.deepEqual(sco.members('2010-01-01', 'observers'), [['India'], ['Pakistan']]);
    assert.equal(sco.members().length, 8);
    assert.throws(() => sco.members('2000-01-01'), fails('notAvailable', /no state held the status member on 2000-01-01/));
    assert.throws(() => sco.members('2010-01-01', 'friend'), fails('invalidValue', /"friend" is not a status/));
    assert.deepEqual(sco.members('2010-01-01', 'observer', 'ru'), [['Индия'], ['Пакистан']]);
    assert.deepEqual(sco.members('2010-01-01', 'observer', 'ZH'), [['印度'], ['巴基斯坦']]);
    assert.throws(() => sco.members('2010-01-01', 'observer', 'fr'), fails('invalidValue', /"fr" is not a language/));
  });

  it('SCO.COUNT counts the holders of a status', () => {
    assert.equal(sco.count(), 8);
    assert.equal(sco.count('observer', '2010-01-01'), 2);
    assert.equal(sco.count('Dialogue partner', '2010-01-01'), 0);
  });

  it('SCO.SUMMIT reads a field of a summit by year or by meeting number', () => {
    assert.equal(sco.summit(2017), SERIAL_2017_06_08);
    assert.equal(sco.summit(2017, 'end'), SERIAL_2017_06_09);
    assert.equal(sco.summit(2017, 'city'), 'Astana');
    assert.equal(sco.summit(17, 'host'), 'Kazakhstan');
    assert.equal(sco.summit(1996, 'series'), 'shanghai_five');
    assert.throws(() => sco.summit(2030), fails('notAvailable', /no summit in 2030/));
    assert.throws(() => sco.summit(2017, 'colour'), fails('invalidValue', /"colour" is not a summit field/));
    assert.throws(() => sco.summit(2017.5), fails('invalidValue', /is not a year or a meeting number/));
  });

  it('SCO.JOINED gives the first day a state held a status', () => {
    assert.equal(sco.joined('PAK'), SERIAL_2017_06_09);
    assert.equal(sco.joined('Pakistan', 'observer'), SERIAL_2005_07_05);
    assert.throws(() => sco.joined('UZB', 'observer'), fails('notAvailable', /Uzbekistan never held the status observer/));
  });
});
