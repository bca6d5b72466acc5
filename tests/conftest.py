"""Fixtures shared by every test folder: the site, built once per session (tests/site_build.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from site_build import BUILD_DATE, PREFIX, ROOT, BuiltSite, bind_server, build, serve


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


HOSTILE_DRIVER = r"""
import sys
sys.path.insert(0, "tests")
import gen.validate as v
from hostile import make_hostile
real = v.checked_data

def hostile(root=None):
    checked = real(root)
    if not getattr(checked, "hostile", False):
        checked.hostile = True
        make_hostile(checked)
        print("HOSTILE", next(c for c in sorted(checked.data.claims) if checked.data.claims[c].assessment))
    return checked

v.checked_data = hostile  # before MkDocs imports gen/hooks.py and runs gen/pages.py
from mkdocs.commands.build import build
from mkdocs.config import load_config
cfg = load_config(config_file="mkdocs.yml", site_dir=sys.argv[1], site_url=sys.argv[2])
cfg.plugins.on_startup(command="build", dirty=False)
try:
    build(cfg)
finally:
    cfg.plugins.on_shutdown()
"""


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory):
    """The real data with every printed string made hostile (tests/hostile.py), built with MkDocs.

    Returns (site folder, id of an assessed claim). Built at the PR-preview sub-path."""
    out = tmp_path_factory.mktemp("hostile")
    env = dict(os.environ, CLAIMLINE_BUILD_DATE=BUILD_DATE, NO_MKDOCS_2_WARNING="1",
               DISABLE_MKDOCS_2_WARNING="true", PYTHONWARNINGS="")
    proc = subprocess.run([sys.executable, "-c", HOSTILE_DRIVER, str(out), "http://127.0.0.1" + PREFIX],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return out, proc.stdout.split("HOSTILE ", 1)[1].split()[0]
