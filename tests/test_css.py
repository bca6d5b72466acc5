"""The site's own stylesheet parses: braces balance and no rule is left open (a merge can cut one)."""
from pathlib import Path

CSS = Path(__file__).resolve().parents[1] / "docs" / "overrides" / "assets" / "stylesheets" / "claimline.css"


def test_braces_balance_and_never_go_negative():
    depth = 0
    for n, line in enumerate(CSS.read_text(encoding="utf-8").splitlines(), 1):
        depth += line.count("{") - line.count("}")
        assert 0 <= depth <= 2, f"claimline.css:{n}: brace depth {depth}"
        if line.startswith("/* ---"):
            assert depth == 0, f"claimline.css:{n}: a section starts inside an open rule"
    assert depth == 0
