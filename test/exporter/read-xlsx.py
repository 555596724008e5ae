# Reads a workbook with openpyxl (software this project did not write) and prints, as JSON, what
# the exporter tests check: sheets, Excel Tables and their ranges, frozen panes, properties, and
# every cell's value, type, number format and hyperlink.
import json
import sys

import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1])


def cell(c):
    value = c.value.isoformat() if hasattr(c.value, "isoformat") else c.value
    return [value, c.data_type, c.number_format, c.hyperlink.target if c.hyperlink else None]


print(json.dumps({
    "sheets": workbook.sheetnames,
    "created": workbook.properties.created.isoformat(),
    "modified": workbook.properties.modified.isoformat(),
    "title": workbook.properties.title,
    "creator": workbook.properties.creator,
    "tables": {ws.title: dict(ws.tables.items()) for ws in workbook.worksheets},
    "frozen": {ws.title: ws.freeze_panes for ws in workbook.worksheets},
    "cells": {ws.title: [[cell(c) for c in row] for row in ws.iter_rows()] for ws in workbook.worksheets},
}))
