"""The built site, shared by every site test: built once per session, served on 127.0.0.1.

The site is built with ``mkdocs build --strict`` (a subprocess, as CI builds it) from the
repository these tests live in, with CLAIMLINE_SITE_URL set to the URL it is served at:
a PR-preview-like sub-path, so nothing may assume the site lives at "/". The port is
taken before building (the server socket is bound to port 0 first) and serving starts
after the build. CLAIMLINE_BUILD_DATE is fixed so the pages are reproducible.
"""
from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from gen.langtags import config_languages

ROOT = Path(__file__).resolve().parents[1]
PREFIX = "/claimline/pr-preview/pr-7/"
BUILD_DATE = "2026-11-23"
LANGS = {lang["dir"]: lang.get("html") or lang["code"] for lang in config_languages(ROOT)}  # folder → <html lang>
CODES = tuple(lang["code"] for lang in config_languages(ROOT))  # every site language (mkdocs.yml)


class PrefixHandler(SimpleHTTPRequestHandler):
    """Serves ``directory`` at ``url_prefix``; every other path is 404."""

    def __init__(self, *args: Any, directory: str, url_prefix: str, **kwargs: Any) -> None:
        self.url_prefix = url_prefix
        super().__init__(*args, directory=directory, **kwargs)

    def _in_prefix(self) -> bool:
        path = urlsplit(self.path).path
        # "/claimline/pr-preview/pr-7" (no slash) is the prefix's directory too.
        return path.startswith(self.url_prefix) or path == self.url_prefix.rstrip("/")

    def translate_path(self, path: str) -> str:
        raw = urlsplit(path).path  # still percent-encoded; super() decodes
        if raw == self.url_prefix.rstrip("/"):
            raw = self.url_prefix
        return super().translate_path("/" + raw[len(self.url_prefix):])

    def send_head(self):  # type: ignore[override]
        if not self._in_prefix():
            self.send_error(404, "Not under the served prefix")
            return None
        return super().send_head()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # keep test output quiet


def bind_server(directory: Path, prefix: str) -> ThreadingHTTPServer:
    """A server bound (not yet serving) to a free port on 127.0.0.1."""
    handler = functools.partial(PrefixHandler, directory=str(directory), url_prefix=prefix)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    return server


@dataclass
class BuiltSite:
    dir: Path          # the site folder (what is served at url)
    url: str           # http://127.0.0.1:<port>/claimline/pr-preview/pr-7/
    log: str           # everything the build printed (stdout + stderr)

    def file(self, url_path: str) -> Path:
        """The file a site-relative URL path ("en/timeline/") is served from."""
        path = self.dir / url_path.split("#")[0]
        return path / "index.html" if url_path.endswith("/") or not url_path else path


def build(out: Path, site_url: str) -> str:
    """mkdocs build --strict of ROOT into out; returns the log, raises with it on failure."""
    env = dict(os.environ, CLAIMLINE_SITE_URL=site_url, CLAIMLINE_BUILD_DATE=BUILD_DATE,
               NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true", PYTHONWARNINGS="")
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    log = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise RuntimeError(f"mkdocs build failed (exit {proc.returncode}):\n{log}")
    return log


def serve(server: ThreadingHTTPServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    return thread
