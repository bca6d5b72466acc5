"""Hostile data for the rendering security tests: every text field of a checked dataset made hostile.

`make_hostile(checked, payload)` appends `payload` to every string the site may print — claim
statements, excerpt texts and translations, assessment notes, citations, names, aliases, titles,
authors, figure labels, repair strings, catalogue strings — and a block of hostile lines to every
archived text. It works on the data *after* `check`, through pydantic's `model_copy` (which does
not validate), so the payload may hold characters that `check` refuses: what is proven is that the
renderer is safe by construction, not that the checks happen to catch a pattern.

Ids, references, URLs, dates, enums, checksums, line ranges and the keys of figure labels stay as
they are: they decide paths and links, not printed text.
"""
from __future__ import annotations

import typing

from pydantic import BaseModel

from gen.ui_rules import SETTINGS  # language settings, validated by check: not printed text

# Markdown, HTML, attribute, script, comment, front-matter and line-break constructs. Every live
# construct sets window.__xss, which the browser test reads.
PAYLOAD = (
    "\n\n![i](x.png){: onerror=\"window.__xss=1\" }\n\n"
    "[go](javascript:window.__xss=2) <img src=x onerror=\"window.__xss=3\"> "
    "</script><script>window.__xss=4</script> \" onmouseover=\"window.__xss=5\" ' "
    "<!--cl-html-0--> \u2028# heading\r\n---\ntitle: x\n---\n    indented\n> quote *em* `code` "
    "&lt;b&gt; <a href=\"javascript:window.__xss=6\">a</a> {: onclick=\"window.__xss=7\" }\n\n"
    "<svg onload=\"window.__xss=8\"></svg>\x0b\x85end"
)
# Catalogue strings go through str.format: braces would be placeholders, not text.
UI_PAYLOAD = PAYLOAD.replace("{", "(").replace("}", ")")
BENIGN = " plain words"

# Field names whose values are ids, references, URLs, dates, enums or keys, not printed text.
KEEP = frozenset({
    "id", "source", "system", "systems", "relative_to", "said_by", "variant_of", "affiliation",
    "vendor", "actors", "claims", "related", "url", "date", "said", "about", "published", "kind",
    "language", "sha256", "archive", "lines", "find", "metric", "unit", "protect", "value", "checked", "host",
})


def _is_enum(annotation) -> bool:
    """A Literal field (kind, verdict, tier …), or an optional one: a value from a fixed list."""
    if typing.get_origin(annotation) is typing.Literal:
        return True
    return any(_is_enum(arg) for arg in typing.get_args(annotation)) if typing.get_args(annotation) else False


def _walk(value, payload: str):
    if isinstance(value, str):
        return value + payload
    if isinstance(value, list):
        return [_walk(v, payload) for v in value]
    if isinstance(value, dict):
        return {k: _walk(v, payload) for k, v in value.items()}
    if isinstance(value, BaseModel):
        update = {name: _walk(getattr(value, name), payload)
                  for name, info in type(value).model_fields.items()
                  if name not in KEEP and not _is_enum(info.annotation)}
        return value.model_copy(update=update)
    return value


def make_hostile(checked, payload: str = PAYLOAD):
    """The checked dataset with `payload` appended to every printed string (in place)."""
    ds = checked.data
    for name in ("sources", "actors", "systems", "claims", "events", "comparisons"):
        table = getattr(ds, name)
        for key in list(table):
            table[key] = _walk(table[key], payload)
    ui_payload = UI_PAYLOAD if payload == PAYLOAD else payload
    ds.ui = {key: value if key in SETTINGS else _walk(value, ui_payload) for key, value in ds.ui.items()}
    if ds.figure_labels is not None:
        ds.figure_labels = _walk(ds.figure_labels, payload)
    for sid in list(ds.texts):  # after the last line, so every excerpt's offsets stay true
        ds.texts[sid] = ds.texts[sid] + "\n" + archive_block(payload)
    return checked


def archive_block(payload: str) -> str:
    """Lines appended to every archive, whatever the field payload: the hostile lines themselves.

    The same in the hostile and the harmless run, so the shapes of source pages compare equal
    (the source view rightly marks an image in an archive as a gap); test_security_render checks
    separately that nothing in these lines is live."""
    return PAYLOAD + "\n"
