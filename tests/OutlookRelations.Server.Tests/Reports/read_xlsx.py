"""Reads an .xlsx with openpyxl (not ClosedXML) and prints every sheet as JSON for the C# tests.

For each cell: its value (dates as ISO text) and openpyxl's data type ('s' string, 'n' number,
'f' formula, 'd' date, 'b' bool). Also the frozen pane, the auto-filter range and whether the
cell carries Excel's quote prefix.
"""
import datetime
import json
import sys

import openpyxl


def cell_value(cell):
    value = cell.value
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


book = openpyxl.load_workbook(sys.argv[1])
sheets = []
for sheet in book.worksheets:
    rows = []
    for row in sheet.iter_rows():
        rows.append([[cell_value(c), c.data_type, bool(c.quotePrefix)] for c in row])
    sheets.append({
        "name": sheet.title,
        "frozen": sheet.freeze_panes,
        "filter": sheet.auto_filter.ref,
        "rows": rows,
    })
json.dump({"sheets": sheets}, sys.stdout, default=str)
