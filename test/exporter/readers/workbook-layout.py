# Loads a workbook with openpyxl, recording every warning it gives, and prints as JSON what the
# workbook tests check: warnings, the README sheet's pictures and their anchors, each sheet's
# headers, column widths, print setup and first column of values.
import json
import sys
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import openpyxl

    workbook = openpyxl.load_workbook(sys.argv[1])

sheets = {}
for ws in workbook.worksheets:
    rows = list(ws.iter_rows(values_only=True))
    # A <col> element covers columns min..max: spread each over the columns it covers.
    # A column without one has the sheet's default width (Excel's own default: 8.43 characters).
    widths = [ws.sheet_format.defaultColWidth or 8.43] * ws.max_column
    for dimension in ws.column_dimensions.values():
        for index in range(dimension.min, min(dimension.max, ws.max_column) + 1):
            widths[index - 1] = dimension.width
    setup = ws.page_setup
    sheets[ws.title] = {
        "headers": list(rows[0]) if rows else [],
        "widths": widths,
        "orientation": setup.orientation,
        "fitToWidth": setup.fitToWidth,
        "fitToHeight": setup.fitToHeight,
        "fitToPage": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
        "paperSize": setup.paperSize,
        "printTitleRows": ws.print_title_rows,
        "firstColumn": [row[0] for row in rows],
        "cells": [[value for value in row] for row in rows] if ws.title in ("README", "data_dictionary") else [],
        "images": [type(image.anchor).__name__ for image in ws._images],
    }
# The README sheet's drawing as openpyxl parses it (it drops pictures when Pillow is missing).
from zipfile import ZipFile

from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.xml.functions import fromstring

anchors = []
with ZipFile(sys.argv[1]) as archive:
    for name in sorted(n for n in archive.namelist() if n.startswith("xl/drawings/drawing")):
        drawing = SpreadsheetDrawing.from_tree(fromstring(archive.read(name)))
        anchors += [["two", a.pic is not None] for a in drawing.twoCellAnchor] + [["one", a.pic is not None] for a in drawing.oneCellAnchor]
try:
    import PIL  # noqa: F401

    pillow = True
except ImportError:
    pillow = False
print(json.dumps({"warnings": [str(w.message) for w in caught], "sheets": sheets, "anchors": anchors, "pillow": pillow}, default=str))
