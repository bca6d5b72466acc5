"""Turn pydantic's validation errors into `what — how to fix` in the editor's terms."""
from __future__ import annotations

import difflib

from pydantic import BaseModel, ValidationError

from gen import models

FIELDS = sorted({name for obj in vars(models).values()
                 if isinstance(obj, type) and issubclass(obj, BaseModel) for name in obj.model_fields})
_UNION_TAGS = {"int", "float", "str", "bool", "none"}
_PATTERN_FIX = {
    models.ID_RE: "use a lowercase kebab-case ASCII id, e.g. ascend-910b",
    r"^[0-9a-f]{64}$": "give the 64 lowercase hex digits printed by: sha256sum FILE",
    r"^[0-9]+(-[0-9]+)?$": 'give a line or a line range in quotes: "3" or "1-4"',
    models.LANG_RE: 'give a BCP 47 language tag: "en", "zh-Hans", "zh-Hant", or "zh" for mixed scripts',
}


def clean_loc(loc: tuple) -> tuple:
    """Drop the union-member tags pydantic appends (value.int, value.float) to reach the field."""
    while loc and isinstance(loc[-1], str) and (loc[-1] in _UNION_TAGS or loc[-1].startswith("function-")):
        loc = loc[:-1]
    return loc


def field_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "record"


def describe(value: object) -> str:
    if value is None:
        return "an empty value"
    if isinstance(value, bool):
        return f"{str(value).lower()} (YAML reads unquoted yes, no, on, off as true/false)"
    kinds = {str: "text", int: "a number", float: "a number", list: "a list", dict: "a mapping"}
    return kinds.get(type(value), type(value).__name__)


def explain(err: dict) -> tuple[str, str]:
    kind, msg, value = err["type"], err["msg"], err.get("input")
    loc = clean_loc(tuple(err["loc"])) if kind.endswith("_type") else tuple(err["loc"])
    name = field_path(loc)
    if kind == "extra_forbidden":
        leaf = str(loc[-1]) if loc else name
        close = difflib.get_close_matches(leaf, FIELDS, n=1, cutoff=0.75)
        hint = f"did you mean '{close[0]}'? " if close else ""
        return f"unknown field '{leaf}'", hint + "remove it or correct its spelling (see data/schema/)"
    if kind == "missing":
        return f"missing field '{name}'", "add it (see data/schema/ for what it holds)"
    if kind == "value_error":
        what, _, fix = msg.removeprefix("Value error, ").partition(" — ")
        return f"{name}: {what}", fix or "correct the value"
    if kind == "string_type":
        fix = {bool: 'put it in quotes, e.g. "no"', int: 'put it in quotes, e.g. "2025"', float: "put it in quotes",
               type(None): "write the text in quotes, or remove the field"}.get(type(value), "write one quoted text")
        return f"{name}: expected text, got {describe(value)}", fix
    if kind in ("int_type", "float_type", "int_from_float"):
        return f"{name}: expected a number, got {describe(value)}", "write the number without quotes, e.g. 1229 or 1.7"
    if kind == "bool_type":
        return f"{name}: expected true or false, got {describe(value)}", "write true or false, unquoted"
    if kind == "list_type":
        return f"{name}: expected a list, got {describe(value)}", 'write a list: [a, b], or one "- item" per line'
    if kind in ("model_type", "dict_type"):
        return f"{name}: expected a mapping of fields, got {describe(value)}", "write 'field: value' lines"
    if kind == "literal_error":
        return f"{name}: {value!r} is not an allowed value", "use one of " + err.get("ctx", {}).get("expected", "")
    if kind == "too_short":
        return f"{name}: is empty", "give at least one item"
    if kind == "string_too_long":
        limit = err.get("ctx", {}).get("max_length")
        return f"{name}: is {len(value):,} characters, over the {limit}-character limit", "shorten it"
    if kind == "string_pattern_mismatch":
        pattern = err.get("ctx", {}).get("pattern", "")
        return f"{name}: '{value}' has the wrong form", _PATTERN_FIX.get(pattern, msg)
    return f"{name}: {msg}", "see the field's description in data/schema/"


def explain_all(exc: ValidationError) -> list[tuple[tuple, str, str]]:
    """(loc, what, fix) for each distinct problem; a union's per-member errors count once."""
    out: dict[tuple, tuple[tuple, str, str]] = {}
    for err in exc.errors():
        loc = clean_loc(tuple(err["loc"])) if err["type"].endswith("_type") else tuple(err["loc"])
        what, fix = explain(err)
        what = what.removeprefix("record: ")
        out.setdefault((loc, what), (loc, what, fix))
    return list(out.values())
