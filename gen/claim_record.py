"""The claim record `python -m gen add-claim` appends, as YAML lines: every value only the editor can
write left "" and marked `# WRITE` (so that `check` names it), optional fields as commented hints."""
from __future__ import annotations

import json
import unicodedata
from typing import get_args

from gen.archive import FOLDER
from gen.claim_checks import Match
from gen.langtags import needs_translation, written_languages
from gen.load import Dataset
from gen.models import Claim
from gen.normalise import normalise_text

KINDS = get_args(Claim.model_fields["kind"].annotation)
_NOTE = 40  # column of the comments, as in README "Adding a claim"


def archive_line(ds: Dataset, sid: str, span: Match) -> int:
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
    line = archive_line(ds, sid, span)
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
