"""MkDocs hooks: the root build derives one full build per language from mkdocs.yml.

Root build (extra.lang unset): a language chooser and a bilingual 404 at the site root;
after it, each language in extra.languages is built from the same config file into
<site_dir>/<code>/ with its own theme language, search index and navigation.
Both builds run in `mkdocs build` and on every `mkdocs serve` rebuild. Under `mkdocs serve`, edits
to gen/*.py take effect on the next rebuild, while the data has errors the last good site stays
served (MkDocs would otherwise hold every request until a build succeeds), and the language being
viewed is rebuilt first (gen/site/serve_first.py).
Generated pages reach MkDocs as finished HTML (gen/site/fastpath.py) and are indexed for search
from the data (gen/site/search_hook.py); parts of the theme's page that many pages share are
rendered once per build (gen/site/theme_cache.py).
"""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # MkDocs loads hooks by path; make `gen` importable
    sys.path.insert(0, str(ROOT))


def _forget_edited_gen() -> bool:
    """MkDocs loads this file once per process, and Python keeps the gen modules it imported. When
    any gen/*.py changed since, forget them all, so they are imported anew: a whole new set, never
    old and new modules mixed (nothing outside gen keeps their objects between builds: the data
    cache lives in gen.validate and goes with it). True when they were forgotten."""
    stamp = tuple((str(p), p.stat().st_mtime_ns) for p in sorted((ROOT / "gen").rglob("*.py")))
    loaded = sys.modules.get("gen")
    stale = loaded is not None and getattr(loaded, "source_stamp", stamp) != stamp
    if stale:
        for name in [n for n in sys.modules if (n == "gen" or n.startswith("gen.")) and n != __name__]:
            del sys.modules[name]
    import gen
    gen.source_stamp = stamp
    return stale


def _reload_edited_gen() -> None:
    """Called as each build starts: after an edit to gen/*.py, point this module's names (functions
    and classes imported from gen) at the edited code."""
    if _forget_edited_gen():
        import importlib
        for name, obj in list(globals().items()):
            module = getattr(obj, "__module__", None) or ""
            if module.startswith("gen.") and module != __name__ and hasattr(obj, "__qualname__"):
                globals()[name] = getattr(importlib.import_module(module), obj.__qualname__)


_forget_edited_gen()

import jinja2  # noqa: E402
from mkdocs.exceptions import Abort  # noqa: E402

from gen.problems import DataError  # noqa: E402
from gen.site.csp import add_policy  # noqa: E402
from gen.site.feeds import feed_links  # noqa: E402
from gen.site.fastpath import attach, is_generated, release, unpack  # noqa: E402
from gen.site.i18n import Catalogue  # noqa: E402
from gen.site.render import theme_text, warm as warm_page_templates  # noqa: E402
from gen.site.search_hook import add_entry, compact, segment_through, skip_generated_pages  # noqa: E402
from gen.site.serve_first import (SERVING, leave_behind, remember_viewed_language, split_started,  # noqa: E402
                                  stop_behind, yield_to_viewed)
from gen.site.theme_cache import install as install_theme_cache, warm as warm_theme  # noqa: E402
from gen.site.languages import chosen, finish_languages, language_nav, start_languages  # noqa: E402
from gen.validate import checked_data  # noqa: E402

log = logging.getLogger("mkdocs.claimline")


def on_config(config):
    _reload_edited_gen()
    config.extra["languages"] = chosen(config.extra["languages"], os.environ.get("CLAIMLINE_LANGUAGES"))
    lang = config.extra.get("lang")
    if lang:
        yield_to_viewed(lang, config.extra["languages"])  # under serve: the viewed language first
    try:
        checked = checked_data()
    except DataError as exc:
        for problem in exc.problems.items:
            print(problem, file=sys.stderr)
        error = Abort(f"the data has {len(exc.problems.errors)} error(s) — run `python -m gen check`, fix them, "
                      "and build again; nothing was built")
        error.claimline_data = True  # read by on_serve (an attribute: this module is loaded anew per build)
        raise error from None
    if not lang:
        stop_behind()  # the data is good: languages the last rebuild left running are built again now
    ui = checked.data.ui
    codes = [language["code"] for language in config.extra["languages"]]
    # The theme prints these without escaping: they are escaped here, as data always is.
    config.extra["ui404"] = {code: {k: theme_text(ui[f"404.{k}"][code]) for k in ("title", "text", "home")}
                             for code in codes}
    _PROSE.clear()
    if lang:
        _PROSE.append(Catalogue(ui, lang, checked.data.glossary).prose)  # hand-written pages, converted
        skip_generated_pages(config)  # they are indexed from the data (add_entry below)
        spec = next(language for language in config.extra["languages"] if language["code"] == lang)
        segment_through(config, spec.get("search_segment"))  # Traditional text cut as its Simplified is
        config.nav = [{theme_text(title): page} for item in language_nav(lang, ui) for title, page in item.items()]
        config.copyright = theme_text(ui["footer.copyright"][lang])
        config.site_name = theme_text(ui["site_title"][lang])  # header and <title>, in the page's script
        config.extra["feeds"] = feed_links(ui, lang)  # <link rel="alternate " type="application/atom+xml"> (escaped there)
    return config


_PROSE: list = []  # this build's prose converter (identity unless the language converts another's text)


def on_page_markdown(markdown, page, config, files):
    """A generated page's HTML is finished: Markdown does not run on it (gen/site/fastpath.py). A
    language that takes another's text (zh-hant from zh) shows that language's hand-written pages
    (docs/zh) converted, once per build."""
    ready = config.extra.get("html_pages", {}).pop(page.file.src_uri, None)
    if ready:
        attach(page, *ready)
        return markdown
    return _PROSE[0](markdown) if _PROSE and page.file.generated_by is None else markdown


def on_page_context(context, page, config, nav):
    if is_generated(page):
        unpack(page)  # its HTML, kept compressed since it was made (gen/site/fastpath.py)
        add_entry(config, page, config.extra.get("search_entries", {}))  # after the theme's search plugin
    return context


_SERVING = SERVING  # set by the root build under `mkdocs serve`; the language builds inherit it


def on_startup(command, dirty):
    if command == "serve":
        os.environ[_SERVING] = "1"


def _policy(html: str) -> str:
    # `mkdocs serve` adds an inline live-reload script to every page it serves; a policy would
    # block it. Published builds (`mkdocs build`, CI, previews) always carry the policy.
    return html if os.environ.get(_SERVING) else add_policy(html)


def on_post_page(output, page, config):
    release(page)  # written next: a generated page's HTML is not needed after this
    return _policy(output)


def on_post_template(output_content, template_name, config):  # 404.html and sitemap.xml
    return _policy(output_content)


def on_serve(server, config, builder):
    """Keep serving the last good site while the data has errors (reported, nothing rebuilt)."""
    def build_unless_data_broken():
        try:
            builder()
        except Abort as exc:
            if not getattr(exc, "claimline_data", False):
                raise
            log.error(f"{exc}; still serving the last good site")  # on_config raised it: nothing was touched
    server.builder = build_unless_data_broken
    if config is not None:
        remember_viewed_language(server, config.extra["languages"])
    project = os.environ.get("CLAIMLINE_PROJECT")  # serving another project's data (benchmarks): watch it
    if project and (Path(project) / "data").is_dir():
        server.watch(str(Path(project) / "data"))
    return server


_STARTED: list = []  # language builds forked by the root build's on_env, joined in its on_post_build


def on_post_build(config):
    compact(config)  # the search plugin has written its index (plugins run before hooks)
    if config.extra.get("lang"):
        return
    started, _STARTED[:] = list(_STARTED), []
    now, behind = split_started(started)  # under serve, the other languages finish behind the viewed one
    leave_behind(behind)
    finish_languages(config, now)


def on_build_error(error):
    for process, _ in _STARTED:
        if process.pid is not None:  # builds beyond one per core start only as others end
            process.join()
    _STARTED.clear()
    stop_behind()


class _MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled theme templates shared by the root and language builds of one process."""

    def __init__(self):
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket):
        if bucket.key in self._store:
            bucket.bytecode_from_string(self._store[bucket.key])

    def dump_bytecode(self, bucket):
        self._store[bucket.key] = bucket.bytecode_to_string()


_TEMPLATE_CACHE = _MemoryBytecodeCache()


def on_env(env, config, files):
    env.bytecode_cache = _TEMPLATE_CACHE
    install_theme_cache(env)  # the navigation, rendered once for the pages outside it
    if not config.extra.get("lang") and not _STARTED:  # root build, its site folder now cleaned:
        # compiled once here, every language build loads them (the bytecode cache, the page environment)
        warm_theme(env, config.extra["languages"])
        warm_page_templates()
        _STARTED[:] = start_languages(config)  # the other languages build alongside it
    return env

