// What `import isoCountries from 'i18n-iso-countries'` gives in the pane's build (webpack.config.js):
// the package's answers for the bundled countries, tabled at build time (src/node/bundle-data.ts).
import { isoCountriesFrom, type IsoCountryTable } from './iso-countries-subset';

declare const __SCO_ISO_COUNTRIES__: IsoCountryTable;

export default isoCountriesFrom(__SCO_ISO_COUNTRIES__);
