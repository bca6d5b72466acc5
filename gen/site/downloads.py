"""The whole dataset as JSON and the claims as CSV, written into every language's site."""
from __future__ import annotations

import csv
import io
import json

from gen.validate import Checked

# A cell starting with one of these is run as a formula by spreadsheets (OWASP "CSV Injection", ASVS 1.2.10);
# the full-width forms too, which some spreadsheets read as their ASCII twins.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\0", "＝", "＋", "－", "＠")
CSV_FIELDS = ["id", "kind", "statement_en", "statement_zh", "said_by", "said", "about", "systems",
              "sources", "excerpt", "excerpt_en", "verdict"]


def dataset_json(checked: Checked) -> str:
    ds = checked.data
    dump = {
        "sources": [s.model_dump(mode="json") for s in ds.sources.values()],
        "actors": [a.model_dump(mode="json") for a in ds.actors.values()],
        "systems": [s.model_dump(mode="json") for s in ds.systems.values()],
        "events": [e.model_dump(mode="json") for e in ds.events.values()],
        "claims": [c.model_dump(mode="json", exclude_none=True, by_alias=True) for c in ds.claims.values()],
        "glossary": [t.model_dump(mode="json") for t in ds.glossary],
        "publishers": [p.model_dump(mode="json", exclude_none=True) for p in ds.publishers],
        "figure_labels": ds.figure_labels.model_dump(mode="json") if ds.figure_labels else {"metrics": {}, "units": {}},
    }
    for claim in dump["claims"]:
        for i, ex in enumerate(claim["excerpts"]):
            span = checked.matches.get((claim["id"], i))
            ex["offsets"] = list(span) if span else None
    return json.dumps(dump, ensure_ascii=False, indent=1, sort_keys=True, allow_nan=False) + "\n"


def csv_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: one that would start a formula gets a leading apostrophe."""
    return "'" + value if value.startswith(FORMULA_START) else value


def claims_csv(checked: Checked) -> str:
    ds = checked.data
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writeheader()
    for c in ds.claims.values():
        writer.writerow({key: csv_cell(value) for key, value in {
            "id": c.id, "kind": c.kind, "statement_en": c.statement.en, "statement_zh": c.statement.zh,
            "said_by": c.said_by or "", "said": c.said or "", "about": c.about or "",
            "systems": " ".join(c.systems), "sources": " ".join(e.source for e in c.excerpts),
            "excerpt": " | ".join(e.text for e in c.excerpts), "excerpt_en": " | ".join(e.en or e.text for e in c.excerpts),
            "verdict": c.assessment.verdict if c.assessment else "",
        }.items()})
    return out.getvalue()
