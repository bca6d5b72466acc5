"""Languages as data: BCP 47 tags ("en", "zh-Hans", "zh-Hant") and the site's languages from mkdocs.yml.

A site language is one entry of mkdocs.yml `extra.languages`:

    code     its catalogue column in data/ui.yaml, glossary `forms` key, and language folder
    html     its BCP 47 tag (<html lang>)
    text     the data field its prose is written in (default: code); a language without fields of
             its own (zh-hant) takes another's (zh) and converts it with `prose`
    prose    OpenCC configuration applied to that prose (s2twp: Simplified → Traditional, Taiwan usage)
    words    OpenCC configuration that shows a source's Chinese words in this page's script
             (tw2s on Simplified pages, s2tw on Traditional ones); never changes a word, only a script
    marks    the quotation marks its prose uses for “ ” ‘ ’ (「」『』 in Taiwan usage), when converted
    docs     the folder under docs/ with its hand-written pages (default: dir)

A reader's page needs, for each excerpt, the words as archived plus a rendering in the page's
language: nothing when the source is in that language and script, a script conversion when only
the script differs (zh-Hant on a zh-Hans page), and our translation when the language differs.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml may hold !!python/name and !ENV tags; the language list holds none, so they read as None."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


@dataclass(frozen=True)
class Language:
    code: str
    tag: str
    text: str
    prose: str | None = None
    words: str | None = None
    marks: str | None = None

    @staticmethod
    def of(entry: dict) -> "Language":
        return Language(entry["code"], entry.get("html") or entry["code"], entry.get("text") or entry["code"],
                        entry.get("prose"), entry.get("words"), entry.get("marks"))


def project() -> Path:
    """The project being built: this one, or CLAIMLINE_PROJECT (benchmarks, tests)."""
    return Path(os.environ.get("CLAIMLINE_PROJECT") or ROOT)


def config_languages(root: Path | None = None) -> list[dict]:
    """mkdocs.yml extra.languages as written. A project folder without its own mkdocs.yml (a test
    fixture) uses this project's."""
    root = root or project()
    config = root / "mkdocs.yml" if (root / "mkdocs.yml").exists() else ROOT / "mkdocs.yml"
    data = yaml.load(config.read_text(encoding="utf-8"), Loader=_ConfigLoader)
    return data["extra"]["languages"]


def languages(root: Path | None = None) -> tuple[Language, ...]:
    return _languages(root or project())


@lru_cache(maxsize=8)
def _languages(root: Path) -> tuple[Language, ...]:
    return tuple(Language.of(entry) for entry in config_languages(root))


def language(code: str, root: Path | None = None) -> Language:
    """The site language `code`; an unknown code is a language of its own, written in its own field."""
    return next((lang for lang in languages(root) if lang.code == code), Language(code, code, code))


def site_languages(root: Path | None = None) -> tuple[tuple[str, str], ...]:
    """(code, BCP 47 tag) of each site language, e.g. ("zh", "zh-Hans")."""
    return tuple((lang.code, lang.tag) for lang in languages(root))


def written_languages(root: Path | None = None) -> tuple[tuple[str, str], ...]:
    """(code, BCP 47 tag) of the languages the data is written in: those whose text is their own
    field (en, zh); the others (zh-hant) are converted from one of these."""
    return tuple((lang.code, lang.tag) for lang in languages(root) if lang.text == lang.code)


def primary(tag: str) -> str:
    return tag.split("-")[0]


def script(tag: str) -> str | None:
    return next((part for part in tag.split("-")[1:] if len(part) == 4), None)


def needs_translation(source_tag: str, page: str) -> bool:
    """A page in another language than the source's needs our translation of the excerpt."""
    return primary(source_tag) != primary(page)


def needs_script_conversion(source_tag: str, page: str) -> bool:
    """Same language, another script (or mixed scripts) than the page's: converted by rule, not translated."""
    return not needs_translation(source_tag, page) and script(page) is not None and script(source_tag) != script(page)
