"""One MkDocs build per language, derived from the root config; and each language's navigation."""
from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import sys
import tempfile
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, MkDocsException

from gen.site.build_memory import at_once
from gen.site.search_dict import write_user_dict

ROOT = Path(__file__).resolve().parents[2]
NAV = [  # (catalogue key, page) — the page tree of every language
    ("nav.home", "index.md"),
    ("nav.timeline", "timeline/index.md"),
    ("nav.systems", "systems/index.md"),
    ("nav.actors", "actors/index.md"),
    ("nav.claims", "claims/index.md"),
    ("nav.sources", "sources/index.md"),
    ("nav.disagreements", "disagreements/index.md"),
    ("nav.forecasts", "forecasts/index.md"),
    ("nav.corrections", "corrections/index.md"),
    ("nav.method", "method.md"),
    ("nav.ratings", "ratings/index.md"),
    ("nav.downloads", "downloads/index.md"),
]


def quiet() -> None:
    """Quiet by default (called from mkdocs.yml while it is read, before the theme is imported):
    no MkDocs 2.0 banners from Material and mkdocs-gen-files, no jieba progress lines. Real
    warnings still print. Set NO_MKDOCS_2_WARNING= (empty) to see the banners again."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")
    try:
        import jieba
    except ImportError:  # pragma: no cover - jieba comes with the pinned dependencies
        return
    jieba.setLogLevel(logging.WARNING)


def chosen(languages: list[dict], wanted: str | None) -> list[dict]:
    """The languages to build: all, or those CLAIMLINE_LANGUAGES names ("en,zh": a quicker `mkdocs
    serve` while editing one language, or a benchmark with fewer languages)."""
    if not wanted:
        return languages
    codes = [code.strip() for code in wanted.split(",") if code.strip()]
    known = [lang["code"] for lang in languages]
    if unknown := [code for code in codes if code not in known]:
        raise Abort(f"CLAIMLINE_LANGUAGES names {', '.join(unknown)}, not a language in mkdocs.yml "
                    f"extra.languages ({', '.join(known)}) — name some of those, or unset it")
    return [lang for lang in languages if lang["code"] in codes]


def language_nav(lang: str, ui) -> list[dict]:
    return [{ui[key][lang]: page} for key, page in NAV]


def language_config(root_config, language: dict):
    """The root config, re-read from its file, with one language's settings."""
    code = language["code"]
    cfg = load_config(
        config_file=root_config.config_file_path,
        site_dir=os.path.join(root_config.site_dir, language["dir"]),
        site_url=root_config.site_url.rstrip("/") + "/" + language["dir"] + "/",
        docs_dir=str(ROOT / "docs" / language.get("docs", language["dir"])),  # zh-hant: zh's, converted
        strict=root_config.strict,
    )
    cfg.theme["language"] = language.get("theme", code)  # Material's name for it (zh-Hant)
    cfg.extra["lang"] = code
    cfg.extra["root_url"] = root_config.site_url
    search = cfg.plugins.get("material/search") or cfg.plugins.get("search")
    if search is not None:
        search.config.jieba_dict_user = write_user_dict(Path(tempfile.gettempdir()))
        if "search_separator" in language:  # e.g. zh: CJK punctuation, \u200b, Chinese–Latin boundaries
            search.config.separator = language["search_separator"]
    return cfg


def build_language(root_config, language: dict) -> None:
    cfg = language_config(root_config, language)
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        build(cfg)
    finally:
        cfg.plugins.on_shutdown()


def _child(root_config, language: dict) -> None:
    try:
        build_language(root_config, language)
    except MkDocsException as exc:
        print(f"{language['code']}: {exc}", file=sys.stderr)
        sys.exit(1)


def _parallel(languages: list) -> bool:
    return len(languages) > 1 and hasattr(os, "fork") and os.environ.get("CLAIMLINE_SERIAL") != "1"


def _load_segmenter() -> None:
    try:
        import jieba
    except ImportError:  # search then indexes Chinese without word segmentation
        return
    jieba.initialize()


def start_languages(root_config) -> list:
    """Fork the language builds now, while the root build goes on: as many as fit in memory
    (gen/site/build_memory.py); finish_languages() starts the others as those end, and joins them all.

    Called once the root build has cleaned its site folder."""
    languages = root_config.extra["languages"]
    if not _parallel(languages):
        return []
    _load_segmenter()  # once, here: every forked build inherits it
    ctx = multiprocessing.get_context("fork")
    others = [(ctx.Process(target=_child, args=(root_config, lang)), lang) for lang in languages]
    for process, _ in others[:at_once(len(others))]:
        process.start()
    return others


def _join_all(started: list) -> None:
    """Join every build, starting each waiting one as a running one ends (never more than at_once)."""
    waiting = [process for process, _ in started if process.pid is None]  # not forked yet
    running = [process for process, _ in started if process.pid is not None]
    while running:
        done = multiprocessing.connection.wait([p.sentinel for p in running])
        for process in [p for p in running if p.sentinel in done]:
            process.join()
            running.remove(process)
            if waiting:
                waiting[0].start()
                running.append(waiting.pop(0))


def finish_languages(root_config, started: list) -> None:
    """Join the forked builds (or, in serial mode, build every language here, one after the other).

    CLAIMLINE_SERIAL=1 builds one after the other in this process (for debugging)."""
    languages = root_config.extra["languages"]
    here = [] if started else languages
    try:
        for language in here:
            build_language(root_config, language)
    finally:
        _join_all(started)
    failed = [lang["code"] for process, lang in started if process.exitcode != 0]
    if failed:
        raise Abort(f"the {', '.join(failed)} build failed (see the messages above)")
