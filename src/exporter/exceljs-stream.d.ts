// Types of the two exceljs modules the exporter loads instead of the package's index (see xlsx.ts):
// the same classes and enum the index exports, whose declarations are exceljs's own (index.d.ts).
declare module 'exceljs/lib/stream/xlsx/workbook-writer' {
  import type { stream } from 'exceljs';

  const WorkbookWriter: typeof stream.xlsx.WorkbookWriter;
  export default WorkbookWriter;
}

declare module 'exceljs/lib/doc/enums' {
  import type { ValueType as ValueTypes } from 'exceljs';

  export const ValueType: typeof ValueTypes;
}
