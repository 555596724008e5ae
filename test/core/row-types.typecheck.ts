// Compile-time check (npm run typecheck): the row types derived from the declarations are exactly
// the types the data module expects. A wrong declaration fails tsc here.
import type { StatusEvent, Summit, CountryRecord, Official, Source, Conflict } from '../../src/core/schema';
import type { Status, PreviousStatus, Precision, Confidence } from '../../src/core/vocab';
type Eq<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const t = <T extends true>() => 0 as unknown as T;
t<
  Eq<
    StatusEvent,
    {
      event_id: string;
      iso3: string;
      status: Status;
      previous_status: PreviousStatus;
      decision_date: string;
      decision_precision: Precision;
      effective_date: string | null;
      effective_precision: Precision | null;
      summit_id: string | null;
      document: string | null;
      source_ids: string[];
      confidence: Confidence;
      note: string | null;
    }
  >
>();
t<Eq<Summit['number'], number>>();
t<Eq<CountryRecord['gw_code'], number | null>>();
t<
  Eq<
    keyof CountryRecord,
    'iso3' | 'cow_code' | 'cow_abbr' | 'gw_code' | 'wikidata_qid' | 'name_en' | 'name_ru' | 'name_zh' | 'capital_en' | 'capital_ru' | 'capital_zh' | 'currency' | 'capital_tz' | 'source_ids' | 'note'
  >
>();
t<Eq<Official['iso3'], string | null>>();
t<Eq<Source['url'], string | null>>();
t<Eq<Conflict['other_source_ids'], string[]>>();
