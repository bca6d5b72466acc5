"""Smoke tests of the browser harness itself (tests/browser/conftest.py)."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

PREFIX = "/claimline/pr-preview/pr-7/"

INDEX = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harness smoke</title>
  <link rel="stylesheet" href="assets/site.css">
  <link rel="icon" href="data:,">
</head>
<body>
  <h1 id="hello">Hello, 说法时间线</h1>
  <script src="assets/site.js"></script>
</body>
</html>
"""


def _write_site(root: Path, body_extra: str = "") -> Path:
    (root / "assets").mkdir(parents=True, exist_ok=True)
    (root / "assets" / "site.css").write_text("h1 { color: rgb(1, 2, 3); }\n", encoding="utf-8")
    (root / "assets" / "site.js").write_text(
        "document.body.dataset.ready = 'yes';\n", encoding="utf-8"
    )
    (root / "index.html").write_text(
        INDEX.replace("</body>", body_extra + "</body>"), encoding="utf-8"
    )
    return root


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_harness_serves_under_prefix_only(tmp_path, serve_dir):
    base = serve_dir(_write_site(tmp_path), PREFIX)
    assert base.startswith("http://127.0.0.1:") and base.endswith(PREFIX)
    origin = base[: -len(PREFIX)]
    assert _status(base) == 200
    assert _status(base + "assets/site.css") == 200
    assert _status(base + "missing.html") == 404
    assert _status(origin + "/") == 404
    assert _status(origin + "/claimline/") == 404
    assert _status(origin + "/index.html") == 404


def test_harness_page_loads_clean(tmp_path, serve_dir, page_watch):
    base = serve_dir(_write_site(tmp_path), PREFIX)
    page = page_watch.page
    response = page.goto(base, wait_until="load")
    assert response is not None and response.status == 200
    assert page.title() == "Harness smoke"
    assert page.locator("#hello").inner_text() == "Hello, 说法时间线"
    assert page.evaluate("document.body.dataset.ready") == "yes"
    assert page.eval_on_selector("h1", "e => getComputedStyle(e).color") == "rgb(1, 2, 3)"
    page_watch.assert_clean()


def test_harness_records_outside_requests_and_console_errors(tmp_path, serve_dir, page_watch):
    # The outside request is aborted by the harness before it leaves the
    # browser (".invalid" could not resolve anyway).
    extra = (
        '<img src="http://outside.invalid/pixel.png" alt="">\n'
        "<script>console.error('boom from the page');</script>\n"
    )
    base = serve_dir(_write_site(tmp_path, extra), PREFIX)
    page_watch.page.goto(base, wait_until="load")
    assert "http://outside.invalid/pixel.png" in page_watch.outside_requests
    assert any("boom from the page" in m for m in page_watch.console_errors)
    with pytest.raises(AssertionError):
        page_watch.assert_clean()
