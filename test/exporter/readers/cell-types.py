# Prints, as JSON lines, the cell types in every column of workbooks that LibreOffice wrote (its
# reading of the release's CSV files and workbook): {"reader","table","column","type"}, where
# type is the set of openpyxl data types of the column's non-empty cells ("s", "n", "d", "b").
# Cached values are read (data_only), since LibreOffice saves booleans as TRUE()/FALSE() formulas.
import json
import os
import sys

import openpyxl

for path in sys.argv[1:]:
    reader = "libreoffice.xlsx" if os.path.basename(path) == "sco-data.xlsx" else "libreoffice.csv"
    workbook = openpyxl.load_workbook(path, data_only=True)
    for sheet in workbook.worksheets:
        if sheet.title == "README":
            continue
        table = sheet.title if reader == "libreoffice.xlsx" else os.path.basename(path)[:-5]
        rows = list(sheet.iter_rows())
        for index, header in enumerate(rows[0]):
            kinds = sorted({row[index].data_type for row in rows[1:] if row[index].value is not None})
            print(json.dumps({"reader": reader, "table": table, "column": header.value, "type": "+".join(kinds) or "empty"}))
