"""python -m gen add-source FILE_OR_URL: archive a received page and write its source record, prefilled.

The archive is the text as this command received it (a plain-text file byte for byte; a web page's
main text as extracted), with its sha256. The record holds what the page said about itself, each
value marked `# CONFIRM` for the editor; what only the editor can write is left "" so that `check`
names it. Nothing is ever overwritten.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import urllib.request
from pathlib import Path

from gen.extract import Found, ReadError, read
from gen.langtags import needs_script_conversion, needs_translation, written_languages
from gen.models import ID_RE, LANG_RE
from gen.script import Simplifier, glossary_phrases, glossary_terms

USER_AGENT = "Claimline add-source (+https://github.com/claimline)"


def fetch(url: str) -> bytes:
    """The page at `url`, as the server sends it (editors online only; tests never fetch)."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - http(s) checked by caller
        return response.read()


def receive(target: str) -> tuple[bytes, str, str | None]:
    """(bytes, received_as, url) for a file path or an http(s) URL."""
    if re.match(r"^https?://", target):
        try:
            return fetch(target), target, target
        except OSError as exc:
            raise ReadError(f"could not fetch the page ({exc})",
                            "save the page in a browser (HTML only) and give the file instead") from None
    path = Path(target)
    if not path.is_file():
        raise ReadError("no such file", "give the path of a saved web page (.html) or text file, or an http(s) URL")
    return path.read_bytes(), path.name, None


def next_id(sources: Path, digest: str) -> str:
    """NNN-<hex>: the next free number, then the first 16 hex digits of the archive's sha256."""
    numbers = [int(m.group(1)) for p in sources.glob("*.yaml") if (m := re.match(r"^(\d{3,})-", p.name))]
    return f"{max(numbers, default=-1) + 1:03d}-{digest[:16]}"


def _q(value: str | None) -> str:
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


def _known_checksums(sources: Path) -> dict[str, str]:
    found = {}
    for p in sources.glob("*.yaml"):
        m = re.search(r'^sha256: "([0-9a-f]{64})"', p.read_text(encoding="utf-8"), re.M)
        if m:
            found[m.group(1)] = p.stem
    return found


def _simplifier(root: Path) -> Simplifier:
    return Simplifier(glossary_phrases(glossary_terms(root)))


def _in_language(value: str | None, found: Found, tag: str, simplify) -> tuple[str, str]:
    """(YAML value, comment) of a bilingual field for the site language `tag`."""
    if value and not needs_translation(found.language, tag):
        shown = simplify(value) if needs_script_conversion(found.language, tag) else value
        return _q(shown), "  # CONFIRM: as found in the page"
    return '""', f"  # WRITE: ours, in {tag}"


def _publisher(found: Found, languages, simplify) -> list[str]:
    if not found.sitename:
        return ["publisher: null  # WRITE: {en: …, zh: …} when known"]
    return ["publisher:  # CONFIRM: the site's name as the page gives it; null if unknown"] + \
        [f"  {code}: " + "".join(_in_language(found.sitename, found, tag, simplify)) for code, tag in languages]


def _published(found: Found) -> str:
    if found.date:
        return f"{_q(found.date)}  # CONFIRM: from the page's markup; a date the text states wins. " \
            "Give the precision you can vouch for"
    return '""  # WRITE: "2025-09-18", "2025-09", "2025-Q3" or "2025-09-18/.." with published_basis'


def record(sid: str, found: Found, received_as: str, digest: str, url: str | None, root: Path) -> str:
    """The source record as YAML text, with a comment on every value the editor must confirm or write."""
    simplify = _simplifier(root)
    languages = written_languages(root)
    title = [f"  {code}: " + "".join(_in_language(found.title, found, tag, simplify)) for code, tag in languages]
    lines = [
        "# yaml-language-server: $schema=../schema/source.schema.json",
        "# Written by python -m gen add-source. CONFIRM: check the value against the page; "
        "WRITE: fill in \"\" (check fails until you do).",
        f"id: {_q(sid)}",
        f"received_as: {_q(received_as)}",
        f"archive: {_q(sid + '.txt')}",
        f"sha256: {_q(digest)}",
        "title:",
        f"  original: {_q(found.title)}  # CONFIRM: the headline as printed; null if the copy has none",
        *title,
        *_publisher(found, languages, simplify),
        f"author: {_q(found.author)}  # CONFIRM: as named in the page; null if not named",
        f"url: {_q(url)}" + ("  # CONFIRM: the page's own address" if url else "  # only if known: never guessed"),
        f"published: {_published(found)}",
        f"language: {_q(found.language)}  # CONFIRM: {found.language_basis}",
        "# non_content: lines of the archive that are not article content (see README, 'Adding a source')",
    ]
    return "\n".join(lines) + "\n"


def add_source(root: Path, target: str, sid: str | None = None, url: str | None = None) -> list[str]:
    """Archive and record one source; returns the lines to print. Raises ReadError on bad input."""
    raw, received_as, fetched = receive(target)
    found = read(raw, received_as)
    archived = found.text.encode("utf-8")  # a text file: its own bytes (decoding UTF-8 and back is exact)
    digest = hashlib.sha256(archived).hexdigest()
    sources = root / "data" / "sources"
    if digest in (known := _known_checksums(sources)):
        raise ReadError(f"this text is already archived as source {known[digest]}", "cite that source")
    sid = sid or next_id(sources, digest)
    if not re.match(ID_RE, sid):
        raise ReadError(f"'{sid}' is not a valid id", "use lowercase ASCII letters, digits and single hyphens")
    if not re.match(LANG_RE, found.language):
        raise ReadError(f"detected language '{found.language}' is not a BCP 47 tag", "report this as a bug")
    paths = [sources / f"{sid}.yaml", sources / "archive" / f"{sid}.txt"]
    if any(p.exists() for p in paths):
        raise ReadError(f"source {sid} already exists", "never overwrite: choose another --id, or edit it by hand")
    text = record(sid, found, received_as, digest, url or fetched or found.url, root)
    paths[1].parent.mkdir(parents=True, exist_ok=True)
    paths[1].write_bytes(archived)
    paths[0].write_text(text, encoding="utf-8")
    rel = [p.relative_to(root).as_posix() for p in paths]
    n = found.text.count("\n") + (not found.text.endswith("\n"))
    return [f"archived {rel[1]} ({n} lines, {len(archived)} bytes, sha256 {digest[:12]}…, {found.language})",
            f"wrote {rel[0]}", "next:",
            f"  1. review {rel[0]}: confirm every '# CONFIRM' value, fill every \"\" marked '# WRITE'",
            f"  2. read {rel[1]}; list lines that are not article content under non_content",
            f"  3. add each claim with: python -m gen add-claim {sid} \"words copied from the archive\" "
            f"(it appends a prefilled record to data/claims/{sid}.yaml; a system a claim names needs its "
            "record in data/systems.yaml first)",
            "  4. python -m gen check"]


def run_add_source(root: Path, target: str, sid: str | None, url: str | None) -> int:
    try:
        lines = add_source(root, target, sid, url)
    except ReadError as exc:
        what, fix = exc.args if len(exc.args) == 2 else (str(exc), "see python -m gen add-source --help")
        print(f"{target}:1: {what} — {fix}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0
