#!/usr/bin/env python3
"""Builds src/Gongkai/AnnualReports/Formats/report-formats.json from ../shared/domain/annual-report-formats.json.

The shared file is research notes with sources and confidence remarks; the project file keeps only what the
code reads (labels exactly as stored, ids, kinds, types), in one regular shape for all three table kinds.
Run it again when the shared file changes; tests pin the labels.
"""
import json, pathlib, sys

here = pathlib.Path(__file__).resolve().parent.parent
src = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else here.parent / "shared/domain/annual-report-formats.json"
data = json.loads(src.read_text(encoding="utf-8"))

def cell_type(t):
    return {"int>=0": "count", "signed int": "signed_count", "decimal>=0": "amount"}.get(t, "count")

def years(f):
    y = f["applies_to_report_years"]
    return (min(y), max(y)) if isinstance(y, list) else (2021, None)

out_formats = []
for f in data["formats"]:
    first, last = years(f)
    tables = []
    for t in f["tables"]:
        if t["id"] == "s3.applications":
            cols = t["columns"]
            tables.append({
                "id": t["id"], "section": t["section"], "caption": t["title"], "layout": "applications",
                "label_column_header": None, "corner_text": cols["corner_cell_text"], "top_header": cols["top_header"],
                "columns": [{"id": c["id"], "label": c["label"], "group": c["group"], "type": "count", "unit": None,
                             "computed": "computed" in c} for c in cols["columns"]],
                "rows": [{"id": r["id"], "label": r["label"], "level": r["level"],
                          "group_label": r["kind"] == "group_label", "parent": r.get("parent"), "group": None,
                          "computed": "computed" in r} for r in t["rows"]],
            })
        elif t["id"] == "s4.review_litigation":
            tables.append({
                "id": t["id"], "section": t["section"], "caption": t["title"], "layout": "remedies",
                "label_column_header": None, "corner_text": None, "top_header": None,
                "columns": [{"id": c["id"], "label": c["label"], "group": None, "type": "count", "unit": None,
                             "computed": "computed" in c} for c in t["block_columns"]],
                "rows": [{"id": b["id"], "label": b["label"], "level": 0, "group_label": False, "parent": None,
                          "group": b.get("parent_header", b["label"]), "computed": False} for b in t["blocks"]],
            })
        else:
            tables.append({
                "id": t["id"], "section": t["section"], "caption": t["caption"], "layout": "simple",
                "label_column_header": t["label_column_header"], "corner_text": None, "top_header": None,
                "columns": [{"id": c["id"], "label": c["label"], "group": None, "type": cell_type(c["type"]),
                             "unit": c.get("unit"), "computed": False} for c in t["columns"]],
                "rows": [{"id": r["id"], "label": r["label"], "level": 0, "group_label": False, "parent": None,
                          "group": None, "computed": False} for r in t["rows"]],
            })
    out_formats.append({
        "id": f["id"], "name": f["name"], "document_number": f["document_number"],
        "first_year": first, "last_year": last,
        "sections": [{"id": s["id"], "no": s["no"], "heading": s["heading"],
                      "aliases": s.get("aliases_seen_in_real_reports", [])} for s in f["sections"]],
        "tables": tables,
    })

outcomes = []
for m in data["procedure_outcome_to_row"]["map"]:
    row = m["row"]
    outcomes.append({"outcome": m["outcome"],
                     "cn-gov-2019-trial": row.get("both", row.get("cn-gov-2019-trial")),
                     "cn-gov-2021": row.get("both", row.get("cn-gov-2021"))})

result = {"built_from": "shared/domain/annual-report-formats.json (schema_version %d)" % data["schema_version"],
          "formats": out_formats, "procedure_outcome_to_row": outcomes}
dest = here / "src/Gongkai/AnnualReports/Formats/report-formats.json"
dest.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(dest)
