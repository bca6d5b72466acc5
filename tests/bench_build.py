"""Benchmark the full site build (not a test): python tests/bench_build.py [--no-reader] [--no-serve] [sizes...]

For the real data and synthetic datasets (default 1,000 and 10,000 claims; generator shared with
tests/bench_check.py) it runs `mkdocs build` for every language and, side by side, a plain Material
build of as many hand-written pages as the Claimline build wrote, and prints a Markdown table:
build seconds (wall, and CPU seconds of the process tree; the ratio of each to plain Material's);
peak memory of the whole process tree (PSS, which counts once the pages the forked language builds
share with the root build, and RSS, which counts them in every process); pages, largest HTML
page, search index size; what a reader downloads per page view and per first search
(tests/bench_reader.py, Chromium); and how soon `mkdocs serve` shows an edited claim
(tests/bench_serve.py) — each beside the same figure for the plain Material site.
"""
from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from bench_check import make_project  # noqa: E402
import bench_reader  # noqa: E402
import bench_serve  # noqa: E402

from gen.langtags import config_languages  # noqa: E402

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
MKDOCS = [sys.executable, "-m", "mkdocs", "build", "-q"]


def _field_kib(path: str, name: str) -> int:
    return int(next(line.split()[1] for line in Path(path).read_text().splitlines() if line.startswith(name)))


def _tree_memory_kib(pid: int) -> tuple[int, int]:
    """(PSS, RSS) summed over the process tree. The language builds are forked from the root build
    and share its pages: RSS counts a shared page in every process, PSS divides it among them."""
    pss = rss = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            rss_p = _field_kib(f"/proc/{p}/status", "VmRSS")
            try:
                pss_p = _field_kib(f"/proc/{p}/smaps_rollup", "Pss:")
            except (OSError, StopIteration):  # no smaps_rollup (old kernel): count RSS
                pss_p = rss_p
            rss, pss = rss + rss_p, pss + pss_p
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration):
            pass
    return pss, rss


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], cwd: Path, env: dict) -> tuple[float, tuple[float, float], float]:
    """Seconds, peak memory (MiB, PSS and RSS summed over the process tree, sampled every 50 ms), CPU seconds."""
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = [0, 0]

    def sample():
        while proc.poll() is None:
            pss, rss = _tree_memory_kib(proc.pid)
            peak[:] = max(peak[0], pss), max(peak[1], rss)
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, err = proc.communicate()
    sampler.join()
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err[-2000:]}")
    return time.perf_counter() - start, (peak[0] / 1024, peak[1] / 1024), _children_cpu() - cpu


def site_stats(site: Path) -> tuple[int, int, int]:
    pages = list(site.rglob("*.html"))
    index = sum(p.stat().st_size for p in site.rglob("search_index.json"))
    return len(pages), max(p.stat().st_size for p in pages), index


def plain_site(folder: Path, pages: int) -> Path:
    docs = folder / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("# Plain\n\nA plain Material site.\n", encoding="utf-8")
    for i in range(pages - 1):
        (docs / f"page-{i}.md").write_text(
            f"# Page {i}\n\n第{i}號測試系統的指標達到{1000 + i}顆。 Plain page {i} with a paragraph of text.\n\n"
            "| metric | value |\n|---|---|\n| count | 1,229 |\n", encoding="utf-8")
    (folder / "mkdocs.yml").write_text("site_name: Plain\ntheme:\n  name: material\n  font: false\n"
                                       "nav:\n  - index.md\nplugins:\n  - search\n", encoding="utf-8")
    return folder


def synthetic_project(folder: Path, claims: int) -> Path:
    make_project(folder, claims)
    for name in ("ui.yaml", "glossary.yaml"):
        shutil.copy(ROOT / "data" / name, folder / "data" / name)
    return folder


HEADER = ("| data | claims | HTML pages (all languages) | build s (CPU s) | plain Material s (CPU s) | ratio (CPU) | peak memory PSS (RSS) | "
          "largest page | search index | page view KB median / max | plain | first search KB | plain | "
          "serve reload s | plain |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")


def _reader(site: Path, limit: int) -> tuple[str, str]:
    r = bench_reader.measure(site, limit=limit)
    return f"{r.median_kb:,.0f} / {r.max_kb:,.0f}", f"{r.search_kb:,.0f}"


def run(label: str, project: Path | None, claims: int, reader: bool, serve: bool, languages: str | None = None) -> str:
    """One row; `languages` ("en,zh") builds only those (CLAIMLINE_LANGUAGES), against a plain site of as many pages."""
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        env = {**ENV, **({"CLAIMLINE_PROJECT": str(project)} if project else {}),
               **({"CLAIMLINE_LANGUAGES": languages} if languages else {})}
        seconds, mib, cpu = timed([*MKDOCS, "-d", str(site)], ROOT, env)
        pages, largest, index = site_stats(site)
        plain = plain_site(Path(tmp) / "plain", pages)
        plain_seconds, _, plain_cpu = timed([*MKDOCS, "-d", str(plain / "site")], plain, ENV)
        ours = theirs = ("–", "–")
        if reader:
            ours, theirs = _reader(site, 60), _reader(plain / "site", 30)
        reload = plain_reload = "–"
        if serve:
            real = Path(tmp) / "real"
            if project is None:
                shutil.copytree(ROOT / "data", real / "data")
            reload = f"{bench_serve.claimline_reload(project or real):.1f}"
            plain_reload = f"{bench_serve.plain_reload(plain):.1f}"
    return (f"| {label} | {claims:,} | {pages:,} | {seconds:.1f} ({cpu:.1f}) | {plain_seconds:.1f} ({plain_cpu:.1f}) | "
            f"{seconds / plain_seconds:.2f} ({cpu / plain_cpu:.2f}) | {mib[0]:,.0f} MiB ({mib[1]:,.0f}) | {largest / 1024:,.0f} KB | {index / 1024 / 1024:,.1f} MB | "
            f"{ours[0]} | {theirs[0]} | {ours[1]} | {theirs[1]} | {reload} | {plain_reload} |")


def main(args: list[str]) -> None:
    """--two-languages: each dataset also built with only the first two languages of mkdocs.yml, to
    show what a language adds (no reader or serve figures for those rows)."""
    reader, serve = "--no-reader" not in args, "--no-serve" not in args
    sizes = [int(a) for a in args if not a.startswith("--")] or [1_000, 10_000]
    codes = [lang["code"] for lang in config_languages(ROOT)]
    two = ",".join(codes[:2]) if "--two-languages" in args and len(codes) > 2 else None
    print(f"Machine: {os.cpu_count()} cores; Python {sys.version.split()[0]}\n")
    print(HEADER)
    from gen.validate import check
    claims = len(check(ROOT).data.claims)
    print(run(f"real ({len(codes)} languages)", None, claims, reader, serve), flush=True)
    if two:
        print(run(f"real ({two.replace(',', ' + ')})", None, claims, False, False, two), flush=True)
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            project = synthetic_project(Path(tmp), n)
            print(run(f"synthetic ({len(codes)} languages)", project, n, reader, serve), flush=True)
            if two:
                print(run(f"synthetic ({two.replace(',', ' + ')})", project, n, False, False, two), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
