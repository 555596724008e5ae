# Prints, as JSON lines, the type pandas (read_csv, read_excel) and openpyxl give each column of a
# release, with default arguments: {"reader","table","column","type"}. For openpyxl the type is
# the set of cell data types of the column's non-empty cells below the header ("s", "n", "d", "b").
import glob
import json
import os
import sys
import warnings

import openpyxl
import pandas

release = sys.argv[1]


def emit(reader, table, column, kind):
    print(json.dumps({"reader": reader, "table": table, "column": column, "type": kind}))


for path in sorted(glob.glob(os.path.join(release, "csv", "*.csv"))):
    table = os.path.basename(path)[:-4]
    frame = pandas.read_csv(path)
    for name in frame.columns:
        emit("pandas.read_csv", table, name, str(frame[name].dtype))

workbook_path = os.path.join(release, "sco-data.xlsx")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    workbook = openpyxl.load_workbook(workbook_path)
for warning in caught:
    emit("openpyxl.warning", "", "", str(warning.message))
for sheet in workbook.worksheets:
    if sheet.title == "README":
        continue
    rows = list(sheet.iter_rows())
    for index, header in enumerate(rows[0]):
        kinds = sorted({row[index].data_type for row in rows[1:] if row[index].value is not None})
        emit("openpyxl", sheet.title, header.value, "+".join(kinds) or "empty")

sheets = pandas.read_excel(workbook_path, sheet_name=None)
for sheet, frame in sheets.items():
    if sheet == "README":
        continue
    for name in frame.columns:
        emit("pandas.read_excel", sheet, name, str(frame[name].dtype))
