"""python -m gen add-claim SOURCE_ID "EXCERPT": append a claim record to data/claims/<SOURCE_ID>.yaml.

The excerpt is found in the source's archive by `check`'s own matcher (gen.claim_checks.locate_excerpts:
repairs, pinyin notes, punctuation width and hard wraps folded), and written as the archive has it.
When it is not found, nothing is written and `check`'s own help is printed (the closest passage and
where the two first differ). Every value only the editor can write is left "" and marked `# WRITE`,
so that `check` names each one until it is written; optional fields are commented hints.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from types import SimpleNamespace

import yaml

from gen.archive import FOLDER
from gen.checks import RESERVED
from gen.claim_checks import Match, locate_excerpts
from gen.claim_record import archive_line, record
from gen.load import Dataset, load
from gen.models import ID_MAX, ID_RE, Excerpt
from gen.normalise import _joins, edits_for, normalise_text
from gen.problems import Problem, Problems, printable
from gen.suggest import nearest_id

PROBE = "add-claim excerpt"  # not a valid id, so no claim of the data can have it
_WRAP = re.compile(r"\s*\n\s*")


class Refused(Exception):
    """Nothing written: `problems` say why, `code` is the exit status (1 excerpt not found, 2 bad input)."""

    def __init__(self, problems: list[Problem], code: int):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems, self.code = problems, code


def _refuse(path: str, line: int, rid: str | None, what: str, fix: str, code: int = 2) -> Refused:
    return Refused([Problem("error", path, line, rid, what, fix)], code)


def locate(ds: Dataset, sid: str, text: str) -> tuple[Match | None, list[Problem], dict]:
    """Where `check` finds `text` in source `sid` (original offsets), its problems if it does not, and
    every other claim's match. The excerpt is checked as one more claim, reported at the archive."""
    where = (SimpleNamespace(path=ds.root / FOLDER / ds.sources[sid].archive, line=lambda loc: 1), ())
    claims, places = ds.claims, ds.where
    ds.claims = {**claims, PROBE: SimpleNamespace(excerpts=[Excerpt.model_construct(source=sid, text=text)])}
    ds.where = {**places, ("claim", PROBE): where}
    problems = Problems(ds.root)
    try:
        matches = locate_excerpts(ds, problems)
    finally:
        ds.claims, ds.where = claims, places
    spans = ds.normalised[sid].find_all(normalise_text(text))  # found only in non-content: the first place
    mine = [p for p in problems.items if p.record == PROBE]
    for i, p in enumerate(mine):  # at the line of the closest passage check names, or of the words found
        m = re.search(r"; closest passage, line (\d+):", p.what)
        line = int(m.group(1)) if m else archive_line(ds, sid, spans[0]) if spans else p.line
        mine[i] = Problem(p.level, p.path, line, None, p.what, p.fix)
    return matches.pop((PROBE, 0), None), mine, matches


def archived_words(ds: Dataset, sid: str, span: Match) -> str:
    """The archive's words at `span`, read as `check` reads them: the source's repairs applied, pinyin
    notes dropped, and a hard line wrap joined (no space beside a Chinese character, else one space).
    Script, digits and punctuation stay as printed."""
    text, (start, end) = ds.texts[sid], span
    out, i = [], start
    for a, b, replacement in edits_for(text, [(r.find, r.replace) for r in ds.sources[sid].repairs]):
        if start <= a and b <= end:
            out += [text[i:a], replacement]
            i = b
    words = "".join(out) + text[i:end]
    return _WRAP.sub(lambda m: "" if _joins(words[m.start() - 1], words[m.end()]) else " ", words)


def _check_source(ds: Dataset, problems: Problems, sid: str) -> None:
    own = [p for p in problems.errors if p.record == sid and p.path.startswith("data/sources/")]
    if own and sid not in ds.normalised:
        first = Problem("error", own[0].path, 1, sid, "this source's record or archive has problems, so its "
                        "archive is not searched", "fix them first (below; python -m gen check lists them too)")
        raise Refused([first, *own], 2)
    if sid not in ds.sources:
        near = nearest_id(sid, ds.sources)
        raise _refuse(f"data/sources/{sid}.yaml", 1, None, f"unknown source '{sid}'",
                      (f"did you mean '{near}'? " if near else "") + "give the id of a source in data/sources/ "
                      "(python -m gen add-source adds one)")


def _check_id(ds: Dataset, problems: Problems, sid: str, cid: str) -> None:
    if not re.match(ID_RE, cid) or len(cid) > ID_MAX or re.fullmatch(RESERVED["claim"], cid):
        raise _refuse(f"data/claims/{sid}.yaml", 1, None, f"--id '{cid}' cannot be a claim id",
                      f"use lowercase kebab-case ASCII, at most {ID_MAX} characters, e.g. ascend-910b-launch "
                      "(page-2 and the like name the site's own pages)")
    if cid in ds.claims:
        path, line = ds.locate("claim", cid)
        raise _refuse(problems.rel(path), line, cid, "a claim with this id already exists",
                      "choose another --id: an id is a page's address, never reused")


def _appended(path: Path, sid: str, lines: list[str], problems: Problems) -> tuple[str, int]:
    """The text to append to the claims file and the line the record starts on; refuses a file that
    would not read as a list of records afterwards."""
    rel = problems.rel(path)
    if path.is_symlink() or path.exists() and not path.is_file():
        raise _refuse(rel, 1, None, "the claims file is not a plain file", "replace it with the file itself")
    old = path.read_bytes().decode("utf-8", errors="replace") if path.exists() else ""
    end = "\r\n" if "\r\n" in old else "\n"
    if old:  # a blank line between records, as the files have them
        head = ("" if old.endswith("\n") else end) + end
    else:
        head = f"# yaml-language-server: $schema=../schema/claims.schema.json{end}# Claims from source {sid}.{end}"
    added = head + end.join(lines) + end
    try:
        before = yaml.safe_load(old) if old.strip() else None
        after = yaml.safe_load(old + added)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise _refuse(rel, mark.line + 1 if mark else 1, None, "the claims file is not valid YAML as it stands",
                      "fix it first (python -m gen check names the problem), then run add-claim again") from None
    if not isinstance(after, list) or len(after) != len(before or []) + 1:
        raise _refuse(rel, 1, None, "the claims file is not a list of '- id: …' records",
                      "write the list one '- id: …' record per block (README, 'Adding a claim'), then run again")
    return added, (old + head).count("\n") + 3  # two comment lines, then '- id:'


def add_claim(root: Path, sid: str, excerpt: str, cid: str | None = None, kind: str | None = None) -> list[str]:
    """Append one claim record citing `excerpt` of source `sid`; returns the lines to print.
    Raises Refused (nothing written) when the input is wrong or the excerpt is not found."""
    ds, problems = load(root)
    _check_source(ds, problems, sid)
    if cid is not None:
        _check_id(ds, problems, sid, cid)
    span, not_found, others = locate(ds, sid, excerpt)
    if span is None:
        raise Refused(not_found, 1)
    words = archived_words(ds, sid, span)
    if locate(ds, sid, words)[0] is None:  # never expected: the archive's own words not found again
        words = excerpt
    path = root / "data" / "claims" / f"{sid}.yaml"
    added, line = _appended(path, sid, record(ds, sid, words, span, cid, kind), problems)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8", newline="") as f:
        f.write(added)
    rel = problems.rel(path)
    out = [f"{rel}:{line}: appended claim {cid or '(id to write)'}, excerpt from "
           f"{FOLDER}/{ds.sources[sid].archive} line {archive_line(ds, sid, span)}", f'  text: "{words}"']
    for (other, i), (a, b) in others.items():
        if ds.claims[other].excerpts[i].source == sid and a < span[1] and span[0] < b:
            where, at = ds.locate("claim", other)
            out.append(f"  note: claim {other} ({problems.rel(where)}:{at}) already cites words of this passage")
    return out + ["next:", f"  1. in {rel} from line {line}: write every \"\" marked WRITE, uncomment the hints "
                  "that apply", "  2. python -m gen check"]


def run_add_claim(root: Path, sid: str, excerpt: str, cid: str | None, kind: str | None) -> int:
    try:
        lines = add_claim(root, sid, excerpt, cid, kind)
    except Refused as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return exc.code
    print("\n".join(map(printable, lines)))
    return 0
