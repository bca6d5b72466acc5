"""One MkDocs build per language, derived from the root config; and each language's navigation."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

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
    ("nav.method", "method.md"),
    ("nav.downloads", "downloads/index.md"),
]


def language_nav(lang: str, ui) -> list[dict]:
    return [{getattr(ui[key], lang): page} for key, page in NAV]


def language_config(root_config, language: dict):
    """The root config, re-read from its file, with one language's settings."""
    code = language["code"]
    cfg = load_config(
        config_file=root_config.config_file_path,
        site_dir=os.path.join(root_config.site_dir, language["dir"]),
        site_url=root_config.site_url.rstrip("/") + "/" + language["dir"] + "/",
        docs_dir=str(ROOT / "docs" / language["dir"]),
        strict=root_config.strict,
    )
    cfg.theme["language"] = code
    cfg.extra["lang"] = code
    cfg.extra["root_url"] = root_config.site_url
    search = cfg.plugins.get("material/search") or cfg.plugins.get("search")
    if search is not None:
        search.config.jieba_dict_user = write_user_dict(Path(tempfile.gettempdir()))
    return cfg


def build_language(root_config, language: dict) -> None:
    cfg = language_config(root_config, language)
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        build(cfg)
    finally:
        cfg.plugins.on_shutdown()
