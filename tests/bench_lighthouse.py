"""Lighthouse on a phone (not a test): python tests/bench_lighthouse.py [CLAIMS ...]

Builds the site (the real data, and a synthetic dataset of each CLAIMS size, generated as
tests/bench_build.py does), serves it on 127.0.0.1 with gzip as GitHub Pages does, and runs
Lighthouse's performance audit with its default mobile settings (a mid-range phone, simulated slow 4G
and a 4x slower CPU) on the home and timeline pages of every language. Prints a Markdown table.

Lighthouse comes from the npm registry, pinned, into .cache/lighthouse (git-ignored); it drives
Debian's Chromium (/usr/bin/chromium). Its throttling is simulated, so the scores depend little on
how busy this machine is; they still vary by a point or two between runs.
"""
from __future__ import annotations

import functools
import gzip
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests")]
from bench_build import synthetic_project  # noqa: E402

from gen.langtags import config_languages  # noqa: E402

VERSION = "13.5.0"
CACHE = ROOT / ".cache" / "lighthouse"
LIGHTHOUSE = CACHE / "node_modules" / ".bin" / "lighthouse"
PAGES = ("", "timeline/")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


def install() -> None:
    if not LIGHTHOUSE.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(CACHE), "--no-audit", "--no-fund", "--silent",
                        f"lighthouse@{VERSION}"], check=True)


class Gzipped(SimpleHTTPRequestHandler):
    """Static files, gzip-compressed when the browser accepts it (as GitHub Pages serves them)."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        path = path / "index.html" if path.is_dir() else path
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def audit(url: str, out: Path) -> dict:
    subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--only-categories=performance", "--output=json",
                    f"--output-path={out}", "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
                   check=True, env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"}, timeout=300)
    report = json.loads(out.read_text(encoding="utf-8"))
    a = report["audits"]
    return {"score": round(report["categories"]["performance"]["score"] * 100),
            **{k: a[k]["displayValue"].replace("\xa0", " ") for k in
               ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift")}}


def measure(label: str, project: Path | None, tmp: Path) -> list[str]:
    site = tmp / f"site-{label}"
    env = {**ENV, "CLAIMLINE_SITE_URL": "http://127.0.0.1/", **({"CLAIMLINE_PROJECT": str(project)} if project else {})}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)], cwd=ROOT, env=env, check=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Gzipped, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    rows = []
    try:
        for lang in config_languages(ROOT):
            for page in PAGES:
                r = audit(f"http://127.0.0.1:{server.server_address[1]}/{lang['dir']}/{page}", tmp / "report.json")
                rows.append(f"| {label} | /{lang['dir']}/{page} | {r['score']} | {r['first-contentful-paint']} | "
                            f"{r['largest-contentful-paint']} | {r['total-blocking-time']} | {r['cumulative-layout-shift']} |")
    finally:
        server.shutdown()
    return rows


def main(args: list[str]) -> None:
    install()
    print("| data | page | performance | first paint | largest paint | blocking | layout shift |\n"
          "|---|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for row in measure("real", None, Path(tmp)):
            print(row, flush=True)
        for claims in [int(a) for a in args]:
            project = synthetic_project(Path(tmp) / f"data-{claims}", claims)
            for row in measure(f"{claims:,}", project, Path(tmp)):
                print(row, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
