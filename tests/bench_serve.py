"""How soon `mkdocs serve` shows an edit (not a test): python tests/bench_serve.py [sizes...]

Starts `mkdocs serve` on a copy of a project, waits for the first build, adds words to one claim's
English statement in its YAML file and polls that claim's page until the new words are served: the seconds
from saving the file to the page showing it. The same for a plain Material site (one page edited).
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return ""


def _wait_for(url: str, words: str, limit: float, log: Path | None = None) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if words in _get(url):
            return time.perf_counter() - start
        if log is not None and "nothing was built" in log.read_text(encoding="utf-8", errors="replace"):
            raise SystemExit(f"the edit made the data fail check; nothing was rebuilt (see {log})")
        time.sleep(0.1)
    raise SystemExit(f"{url} did not show {words!r} within {limit:.0f} s")


def reload_seconds(cwd: Path, env: dict, url_path: str, edit, words: str, limit: float = 1800) -> float:
    """Serve cwd, wait for the first build, run edit(), return seconds until url_path shows words."""
    port = _port()
    base = f"http://127.0.0.1:{port}/"
    env = {**env, "CLAIMLINE_SITE_URL": base}
    cmd = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
    log_path = Path(tempfile.gettempdir()) / "claimline-bench-serve.log"
    log = open(log_path, "w", encoding="utf-8")
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=log, stderr=log)
    try:
        _wait_for(base + url_path, "</html>", limit)
        time.sleep(1)  # let the watcher settle
        edit()
        return _wait_for(base + url_path, words, limit, log_path)
    finally:
        behind = _descendants(proc.pid)  # language builds still running behind the viewed one
        proc.terminate()
        proc.wait(timeout=30)
        for pid in behind:  # they would go on competing for the CPU with the next measurement
            try:
                os.kill(pid, signal.SIGTERM)
            except OSError:
                pass
        log.close()


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        try:
            children = [int(c) for task in Path(f"/proc/{todo.pop()}/task").iterdir()
                        for c in (task / "children").read_text().split()]
        except OSError:
            continue
        out += children
        todo += children
    return out


def claimline_reload(project: Path) -> float:
    """Seconds until a claim page of the project at `project` (a folder holding data/) shows an edit."""
    from gen.validate import check

    data = check(project).data
    words = f"Edited for the serve benchmark {time.time_ns()}"
    for cid in sorted(data.claims):
        path, _ = data.locate("claim", cid)
        text = path.read_text(encoding="utf-8")
        statement = data.claims[cid].statement.en
        if statement and statement.isascii() and '"' not in statement and text.count(statement) == 1:
            break
    else:
        raise SystemExit("no claim statement found verbatim in its file")

    def edit() -> None:  # words added, the figures kept: the edited data still passes check
        path.write_text(text.replace(statement, f"{statement} {words}"), encoding="utf-8")

    return reload_seconds(ROOT, {**ENV, "CLAIMLINE_PROJECT": str(project)}, f"en/claims/{cid}/", edit, words)


def plain_reload(folder: Path) -> float:
    page = folder / "docs" / "page-0.md"
    words = f"Edited for the serve benchmark {time.time_ns()}"

    def edit() -> None:
        page.write_text(page.read_text(encoding="utf-8") + f"\n{words}\n", encoding="utf-8")

    return reload_seconds(folder, ENV, "page-0/", edit, words)


def main(sizes: list[int]) -> None:
    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
    from bench_build import plain_site, synthetic_project

    with tempfile.TemporaryDirectory() as tmp:
        real = Path(tmp) / "real"
        shutil.copytree(ROOT / "data", real / "data")
        print(f"real: {claimline_reload(real):.1f} s", flush=True)
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            project = synthetic_project(Path(tmp) / "p", n)
            print(f"{n:,} claims: {claimline_reload(project):.1f} s; "
                  f"plain Material: {plain_reload(plain_site(Path(tmp) / 'plain', 2 * n)):.1f} s", flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1_000])
