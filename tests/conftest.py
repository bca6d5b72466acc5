"""Fixtures shared by every test folder: the site, built once per session (tests/site_build.py)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from site_build import PREFIX, ROOT, BuiltSite, bind_server, build, serve


@pytest.fixture(scope="session")
def data():
    """The repository's data, loaded and checked once (gen.validate.check), to pick ids from."""
    from gen.validate import check

    return check(ROOT).data


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltSite]:
    """The whole site, built with mkdocs --strict and served at http://127.0.0.1:<port>/claimline/pr-preview/pr-7/."""
    out = tmp_path_factory.mktemp("site")
    server = bind_server(out, PREFIX)  # bound now, so the URL is known before building
    url = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    try:
        log = build(out, url)
    except RuntimeError as exc:
        server.server_close()
        pytest.fail(str(exc), pytrace=False)
    thread = serve(server)
    try:
        yield BuiltSite(out, url, log)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
