"""Issue 8: reader-facing text never names a source by our internal number ("source 000",
"000号来源"): readers do not know these numbers. Walks every printed text field of the real data,
the way tests/hostile.py picks the fields a page may print (ids, references and keys stay out)."""
import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from gen.validate import check
from tests.hostile import KEEP, _is_enum

ROOT = Path(__file__).resolve().parents[1]
INTERNAL = re.compile(r"[Ss]ources? \d{3}\b|\d{3}(?:[、，,]\s*\d{3})*(?:[和与及]\d{3})?号来源|来源\s?\d{3}\b")
TABLES = ("sources", "actors", "systems", "claims", "events", "comparisons", "crosschecks", "lanes",
          "glossary", "forecasts", "publishers", "ui", "figure_labels")


def _texts(value, where):
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            yield from _texts(v, f"{where}[{i}]")
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _texts(v, f"{where}.{k}")
    elif isinstance(value, BaseModel):
        for name, info in type(value).model_fields.items():
            if name not in KEEP and not _is_enum(info.annotation):
                yield from _texts(getattr(value, name), f"{where}.{name}")


@pytest.fixture(scope="module")
def texts():
    checked = check(ROOT)
    assert not checked.problems.errors
    found = [t for name in TABLES for t in _texts(getattr(checked.data, name), name)]
    assert len(found) > 500  # the walk reaches the data, not an empty shell
    return found


def test_pattern_catches_the_forms_readers_saw():
    for text in ("as source 000 says", "Source 004's author", "Sources 000, 002 and 004 put",
                 "000号来源所称", "000、002和004号来源认为", "来源001"):
        assert INTERNAL.search(text), text
    assert not INTERNAL.search("the NetEase Hao article of July 2025 (300 sources 2025)")


def test_no_internal_source_numbers_in_reader_text(texts):
    shown = [(where, INTERNAL.search(text).group()) for where, text in texts if INTERNAL.search(text)]
    assert not shown, shown


def test_assessment_notes_are_walked(texts):
    assert any(".assessment." in where or ".note" in where for where, _ in texts)
