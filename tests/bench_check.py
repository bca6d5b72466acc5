"""Benchmark `check` on synthetic projects (not a test): python tests/bench_check.py [sizes...]

Each size runs in its own process so peak memory (ru_maxrss) belongs to that size alone.
Synthetic data: one source per 10 claims (archive text of 12 made-up sentences, one with a
pinyin note), claims files of 500 claims, each claim quoting a sentence and stating its figures.
"""
from __future__ import annotations

import hashlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PER_SOURCE, PER_FILE = 10, 500


def sentence(s: int, k: int) -> str:
    return f"第{s}號測試系統的第{k}項指標達到{1000 + s * 13 + k:,}顆，是對手的{k % 9 + 1}.{k % 7}倍，能效為{100 + k}%。"


def archive_text(s: int) -> str:
    lines = [f"【合成測試 BENCH】第{s}篇虛構文本。", "公司創(chuàng)始人說："]
    lines += [sentence(s, k) for k in range(12)]
    return "\n".join(lines) + "\n免責聲明：合成數據。\n"


def source_yaml(s: int, text: str) -> str:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return (f'id: "bench-{s}"\nreceived_as: "bench-{s}.txt"\narchive: "bench-{s}.txt"\nsha256: "{digest}"\n'
            f'title: {{en: "[Bench] {s}", zh: "合成{s}"}}\npublished: "2025-07-26/.."\nlanguage: "zh-Hant"\n'
            f'non_content:\n  - {{kind: "disclaimer", lines: "15"}}\n')


def claim_yaml(c: int) -> str:
    s, k = divmod(c, PER_SOURCE)
    text = sentence(s, k).rstrip("。")
    value, ratio, share = 1000 + s * 13 + k, f"{k % 9 + 1}.{k % 7}", 100 + k
    return (f'- id: "bench-claim-{c}"\n  kind: "spec"\n'
            f'  statement: {{en: "Synthetic claim {c}: test system {s} reaches {value} chips, {ratio} times its rival, '
            f'at {share}% efficiency.", zh: "合成说法{c}：第{s}号测试系统达到{value}颗，是对手的{ratio}倍，能效为{share}%。"}}\n'
            f'  not_assessed: {{en: "Synthetic data.", zh: "合成数据。"}}\n'
            f'  excerpts:\n    - source: "bench-{s}"\n      text: "{text}"\n      en: "Synthetic excerpt {c}"\n'
            f'  said_by: "bench-corp"\n  systems: ["bench-pod"]\n  figures:\n'
            f'    - {{value: {1000 + s * 13 + k}, unit: "chips", metric: "count", system: "bench-pod"}}\n'
            f'    - {{value: {k % 9 + 1}.{k % 7}, unit: "x", metric: "relative"}}\n'
            f'    - {{value: {100 + k}, unit: "%", metric: "efficiency"}}\n')


def make_project(root: Path, claims: int) -> int:
    data = root / "data"
    (data / "sources" / "archive").mkdir(parents=True)
    (data / "claims").mkdir()
    for s in range((claims + PER_SOURCE - 1) // PER_SOURCE):
        text = archive_text(s)
        (data / "sources" / "archive" / f"bench-{s}.txt").write_text(text, encoding="utf-8")
        (data / "sources" / f"bench-{s}.yaml").write_text(source_yaml(s, text), encoding="utf-8")
    for f in range(0, claims, PER_FILE):
        body = "".join(claim_yaml(c) for c in range(f, min(f + PER_FILE, claims)))
        (data / "claims" / f"bench-{f // PER_FILE:03}.yaml").write_text(body, encoding="utf-8")
    (data / "actors.yaml").write_text('- {id: "bench-corp", kind: "organisation", name: {en: "B", zh: "乙"}}\n')
    (data / "systems.yaml").write_text('- {id: "bench-pod", kind: "superpod", name: {en: "P", zh: "丙"}}\n')
    (data / "figures.yaml").write_text(
        'metrics: {count: {en: "count", zh: "数量"}, relative: {en: "relative", zh: "相对值"}, '
        'efficiency: {en: "efficiency", zh: "能效"}}\n'
        'units: {chips: {en: "chips", zh: "颗"}, x: {en: "x", zh: "倍"}, "%": {en: "%", zh: "%"}}\n', encoding="utf-8")
    (data / "ui.yaml").write_bytes((ROOT / "data" / "ui.yaml").read_bytes())  # check requires every key
    return sum(1 for p in data.rglob("*") if p.is_file())


def measure(root: Path) -> dict:
    from gen.validate import check
    start = time.perf_counter()
    result = check(root)
    seconds = time.perf_counter() - start
    return {"claims": len(result.data.claims), "seconds": seconds, "errors": len(result.problems.errors),
            "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_one(label: str, root: Path, files: int) -> str:
    out = subprocess.run([sys.executable, __file__, "--measure", str(root)], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout
    m = json.loads(out)
    if m["errors"] and label != "real":  # the real data may be mid-edit; synthetic data must pass
        raise SystemExit(f"synthetic project failed check with {m['errors']} error(s): {root}")
    return (f"| {label} | {m['claims']:,} | {files:,} | {m['seconds']:.2f} | "
            f"{m['claims'] / m['seconds']:,.0f} | {m['peak_mib']:.0f} MiB |")


def main(sizes: list[int]) -> None:
    print("| data | claims | files | seconds | claims/s | peak memory |")
    print("|---|---:|---:|---:|---:|---:|")
    real_files = sum(1 for p in (ROOT / "data").rglob("*") if p.is_file())
    print(run_one("real", ROOT, real_files))
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            files = make_project(Path(tmp), n)
            print(run_one("synthetic", Path(tmp), files))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure"]:
        sys.path.insert(0, str(ROOT))
        print(json.dumps(measure(Path(sys.argv[2]))))
    else:
        main([int(a) for a in sys.argv[1:]] or [100, 1_000, 10_000])
