"""Reads the native charts of an .xlsx with openpyxl (not the Open XML SDK that wrote them) and prints
them as JSON for the C# tests: per sheet, each chart's kind, title, axis titles and the ranges its
series reference; its print setup; and its colour scales (range and the kind of each stop)."""
import json
import sys

import openpyxl


def text(title):
    if title is None or title.tx is None or title.tx.rich is None:
        return None
    return "".join(run.t for p in title.tx.rich.p for run in (p.r or []))


def ref(data):
    if data is None:
        return None
    for kind in ("numRef", "strRef"):
        r = getattr(data, kind, None)
        if r is not None:
            return r.f
    return None


book = openpyxl.load_workbook(sys.argv[1])
sheets = []
for ws in book.worksheets:
    charts = []
    for chart in ws._charts:
        charts.append({
            "kind": chart.tagname,
            "title": text(chart.title),
            "xAxis": text(chart.x_axis.title),
            "yAxis": text(chart.y_axis.title),
            "legend": chart.legend is not None,
            "series": [{"name": s.tx.strRef.f if s.tx is not None and s.tx.strRef is not None else None,
                        "values": ref(s.val), "categories": ref(s.cat)} for s in chart.series],
        })
    scales = []
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            if rule.colorScale is not None:
                scales.append({"range": str(cf.sqref),
                               "stops": [{"type": v.type, "value": v.val} for v in rule.colorScale.cfvo]})
    setup = ws.page_setup
    sheets.append({
        "name": ws.title,
        "charts": charts,
        "colourScales": scales,
        "orientation": setup.orientation,
        "fitToWidth": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr is not None else False,
        "printTitleRows": ws.print_title_rows,
        "footer": " | ".join(part.text or "" for part in (ws.oddFooter.left, ws.oddFooter.right)) if ws.oddFooter is not None else None,
    })
json.dump({"sheets": sheets}, sys.stdout)
