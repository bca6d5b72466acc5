"""JSON Schema files for editors, generated from the pydantic models (never edited by hand)."""
from __future__ import annotations

import json
from pathlib import Path

from pydantic import TypeAdapter

from gen import models

SCHEMAS = {
    "source.schema.json": models.Source,
    "claims.schema.json": list[models.Claim],
    "actors.schema.json": list[models.Actor],
    "systems.schema.json": list[models.System],
    "events.schema.json": list[models.Event],
    "comparisons.schema.json": list[models.Comparison],
    "coverage.schema.json": list[models.CoverageReason],
    "glossary.schema.json": list[models.Term],
    "publishers.schema.json": list[models.Publisher],
    "crosschecks.schema.json": list[models.CrossCheck],
    "ui.schema.json": dict[str, models.UiString],
    "figures.schema.json": models.FigureLabels,
    "lanes.schema.json": list[models.Lane],
    "forecasts.schema.json": list[models.ForecastOutcome],
}


def render(target) -> str:
    schema = TypeAdapter(target).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def run_schema(root: Path, only_check: bool = False) -> int:
    folder = root / "data" / "schema"
    folder.mkdir(parents=True, exist_ok=True)
    stale = []
    for name, target in SCHEMAS.items():
        path = folder / name
        text = render(target)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            stale.append(name)
            if not only_check:
                path.write_text(text, encoding="utf-8")
    if only_check and stale:
        print("data/schema/ is out of date: " + ", ".join(stale) + " — run: python -m gen schema")
        return 1
    print(f"schema: {len(SCHEMAS)} files " + ("current" if not stale or only_check else f"written ({len(stale)})"))
    return 0
