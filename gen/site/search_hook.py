"""The theme's search index, fed from the data (gen/site/search_entries.py) and written compactly.

Generated pages are excluded from the theme's own indexing (gen/site/fastpath.py); for each one,
`add_entry` appends one entry to the search plugin's index in the same shape the plugin writes:
text HTML-escaped (Material shows results with innerHTML) and Chinese segmented by jieba between
zero-width spaces, as the plugin does. `compact` rewrites the written index with UTF-8 characters
instead of \\uXXXX escapes (a Chinese index is then about half the bytes). `segment_through` makes a
language written in Traditional script segment as its Simplified rendering does (jieba's dictionary
is Simplified: on its own it cut 陳述, 頁面, 董事長, 點名 into pieces).
"""
from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

from gen.site.fastpath import is_generated
from gen.site.search_entries import indexed_alone_by_title


# Han characters (CJK ideographs and their extensions, compatibility forms, 々〇〡-〩): the only text
# jieba segments. Text without any skips the segmenter (most English entries).
_HAN = re.compile("[\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff"
                  "\uf900-\ufaff\U00020000-\U0003ffff]")


def search_plugin(config):
    return config.plugins.get("material/search") or config.plugins.get("search")


def _segmenter(index):
    module = sys.modules.get(type(index).__module__)
    if getattr(module, "jieba", None) is not None and hasattr(index, "_segment_chinese"):
        return lambda text: index._segment_chinese(text) if _HAN.search(text) else text
    return lambda text: text


def add_entry(config, page, planned: dict) -> None:
    """Index one generated page: its data entry, else (first pages of lists) its title alone."""
    plugin = search_plugin(config)
    if plugin is None or not plugin.config.enabled:
        return
    if page.url in planned:
        title, text = (html.escape(value, quote=False) for value in planned[page.url])
    elif indexed_alone_by_title(page.url):
        title, text = str(page.title or ""), ""  # page.title is HTML text (gen/site/render.py html_text)
    else:
        return
    segment = _segmenter(plugin.search_index)
    plugin.search_index.entries.append({"location": page.url, "title": segment(title), "text": segment(text)})


def aligned_cuts(text: str, rendering: str, segment) -> str | None:
    """`text` cut where `segment` cuts `rendering` (the same text, character for character, in
    another script); None when the rendering is not character for character."""
    if len(rendering) != len(text):
        return None
    out, i = [], 0
    for ch in segment(rendering):
        if ch == "\u200b":
            out.append(ch)
        elif i < len(text):
            out.append(text[i])
            i += 1
        else:
            return None
    return "".join(out) if i == len(text) else None


def segment_through(config, conversion: str | None) -> None:
    """Chinese text of this build is segmented as its rendering by OpenCC `conversion` is (mkdocs.yml
    extra.languages `search_segment`), hand-written pages and data entries alike; the words indexed
    are the page's own."""
    index = getattr(search_plugin(config), "search_index", None)
    if not conversion or index is None or not hasattr(index, "_segment_chinese"):
        return
    from gen.script import convert
    direct = index._segment_chinese

    def segment(data: str) -> str:
        return aligned_cuts(data, convert(data, conversion), direct) or direct(data)
    index._segment_chinese = segment


def skip_generated_pages(config) -> None:
    """The search plugin's page step indexes the page, then strips data-search-* attributes from its
    HTML. For a generated page it indexes nothing (excluded) and finds no such attribute (templates
    write none), yet scans the whole HTML: a tenth of the page's build. Skip it for those pages."""
    plugin = search_plugin(config)
    events = config.plugins.events.get("page_context", [])
    for i, method in enumerate(events):
        if plugin is not None and getattr(method, "__self__", None) is plugin:
            def page_step(context, *, page, config, nav, _original=method):
                if is_generated(page):
                    return context
                return _original(context, page=page, config=config, nav=nav)
            events[i] = page_step


def compact(config) -> None:
    """Rewrite search/search_index.json with characters as UTF-8, not \\uXXXX escapes."""
    if search_plugin(config) is None:
        return
    path = Path(config.site_dir) / "search" / "search_index.json"
    if path.is_file():
        data = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
