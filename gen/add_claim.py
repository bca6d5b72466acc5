"""python -m gen add-claim SOURCE_ID "EXCERPT": append a claim record to data/claims/<SOURCE_ID>.yaml.

The excerpt is found in the source's archive by `check`'s own matcher (gen.claim_checks.locate_excerpts:
repairs, pinyin notes, punctuation width and hard wraps folded), and written as the archive has it.
When it is not found, nothing is written and `check`'s own help is printed (the closest passage and
where the two first differ). Every value only the editor can write is left "" and marked `# WRITE`,
so that `check` names each one until it is written; optional fields are commented hints.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from types import SimpleNamespace
from typing import get_args

import yaml

from gen.archive import FOLDER
from gen.checks import RESERVED
from gen.claim_checks import Match, locate_excerpts
from gen.langtags import needs_translation, written_languages
from gen.load import Dataset, load
from gen.models import ID_MAX, ID_RE, Claim, Excerpt
from gen.normalise import _joins, edits_for, normalise_text
from gen.problems import Problem, Problems, printable
from gen.suggest import nearest_id

KINDS = get_args(Claim.model_fields["kind"].annotation)
PROBE = "add-claim excerpt"  # not a valid id, so no claim of the data can have it
_WRAP = re.compile(r"\s*\n\s*")
_NOTE = 40  # column of the comments, as in README "Adding a claim"


class Refused(Exception):
    """Nothing written: `problems` say why, `code` is the exit status (1 excerpt not found, 2 bad input)."""

    def __init__(self, problems: list[Problem], code: int):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems, self.code = problems, code


def _refuse(path: str, line: int, record: str | None, what: str, fix: str, code: int = 2) -> Refused:
    return Refused([Problem("error", path, line, record, what, fix)], code)


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
    mine = [p for p in problems.items if p.record == PROBE]
    for i, p in enumerate(mine):  # at the closest passage's line, when check names one
        line = int(m.group(1)) if (m := re.search(r"; closest passage, line (\d+):", p.what)) else p.line
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


def _line(ds: Dataset, sid: str, span: Match) -> int:
    return ds.texts[sid].count("\n", 0, span[0]) + 1


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _c(code: str, comment: str) -> str:
    """A line with its comment at column _NOTE (counting a Chinese character as two columns)."""
    return code + " " * max(2, _NOTE - _width(code)) + "# " + comment


def _bilingual(field: str, what: str, languages) -> list[str]:
    return [_c(f"  {field}:", f"WRITE: {what}")] + [_c(f"    {code}: \"\"", f"WRITE: in {tag}") for code, tag in languages]


def _required_or_hint(field: str, hint: str, what: str, required: bool) -> str:
    """`speech` of a quote and `about` of a forecast are required: left "" to write; otherwise a hint."""
    return _c(f'  {field}: ""', f"WRITE: {what}") if required else _c(f"  # {field}: {hint}", what)


def named(ds: Dataset, words: str) -> tuple[list[str], list[str]]:
    """(actor ids, system ids) whose names or forms as written occur in the words: hints, never filled in."""
    folded = normalise_text(words)

    def found(records, forms) -> list[str]:
        return [rid for rid, r in records.items() if any(len(f := normalise_text(form)) > 1 and f in folded
                                                          for form in forms(r))]
    return (found(ds.actors, lambda a: (a.name.en, a.name.zh, *a.as_written)),
            found(ds.systems, lambda s: (s.name.en, s.name.zh, *s.aliases)))


def _ids(ids: list[str]) -> str:
    return "[" + ", ".join(map(_q, ids or [""])) + "]"


def _optional(kind: str, actors: list[str], systems: list[str]) -> list[str]:
    return [
        _c('  # said_by: ""', "actor id (data/actors.yaml), when someone is quoted"
           + ("; the excerpt names " + ", ".join(actors) if actors else "")),
        _required_or_hint("speech", '"verbatim"', "for a quote: verbatim | reported-translation | paraphrase "
                          "(README, 'Whose words')", kind == "quote"),
        _c('  # said: "2025-07-26"', "when it was said, if not the source's date; then said_basis: {en: …, zh: …}"),
        _required_or_hint("about", '"2026-Q4"', 'for a forecast: when it is due, "2026", "2026-Q4", "../2026-12" '
                          "(README, 'Relative dates')", kind == "forecast"),
        _c(f"  # systems: {_ids(systems)}", "system ids (data/systems.yaml)" + ("; named in the excerpt: uncomment if "
           "the claim is about them" if systems else "; a new system needs its record first")),
        _c("  # figures:", "every number in the statement, structured (labels in data/figures.yaml)"),
        _c('  #   - {value: 0, unit: "", metric: "", system: ""}', "relative_to: for x or %; stated_as: for words"),
        _c('  # related: [""]', "other claim ids worth reading alongside"),
    ]


def record(ds: Dataset, sid: str, words: str, span: Match, cid: str | None, kind: str | None) -> list[str]:
    """The claim record as YAML lines, each value to write marked `# WRITE`."""
    languages = written_languages(ds.root)
    language = ds.sources[sid].language
    line = _line(ds, sid, span)
    how = "as archived" if words == ds.texts[sid][span[0]:span[1]] else "as archived, in the form check reads"
    translations = [_c(f'      {code}: ""', f"WRITE: our faithful translation of the excerpt into {tag}")
                    for code, tag in languages if needs_translation(language, tag)]
    return [
        "# Added by python -m gen add-claim: write every \"\" marked WRITE (check names each until you do)",
        "# and uncomment the hints that apply. Every field is explained in README.md, \"Adding a claim\".",
        _c(f"- id: {_q(cid)}", "stable, unique, the page's address") if cid else
        _c('- id: ""', "WRITE: lowercase kebab-case ASCII (a-z, 0-9, single hyphens), unique, never changed"),
        _c(f"  kind: {_q(kind)}", " | ".join(KINDS)) if kind else _c('  kind: ""', "WRITE: " + " | ".join(KINDS)),
        *_bilingual("statement", "what is claimed, in our words (names as in data/glossary.yaml)", languages),
        "  excerpts:",
        f"    - source: {_q(sid)}",
        _c(f"      text: {_q(words)}", f"{how}: {FOLDER}/{ds.sources[sid].archive}, line {line}"),
        *translations,
        *_optional(kind or "", *named(ds, words)),
        *_bilingual("not_assessed", "why no assessment is made, or replace with an assessment (README)",
                    languages),
    ]


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
           f"{FOLDER}/{ds.sources[sid].archive} line {_line(ds, sid, span)}", f'  text: "{words}"']
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
