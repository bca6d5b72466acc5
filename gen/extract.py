"""Read a received page: the article's main text, its metadata, and its language and script.

HTML goes through trafilatura (main-text extraction: navigation, cookie notices, related-story lists,
footers and banners stay out; metadata from the page's markup, dates by htmldate from markup only).
Plain text is kept exactly as received. The language is detected from the text (py3langid) and
compared with what the page declares; Chinese script is told by which characters OpenCC converts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import py3langid
import trafilatura
from lxml import html as lxml_html

from gen.script import chinese_script

HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)


class ReadError(ValueError):
    """The input cannot be archived as it is; the message says what to do."""


@dataclass
class Found:
    text: str                      # what is archived (encoded as UTF-8)
    language: str                  # BCP 47 tag, e.g. "en", "zh-Hant"
    language_basis: str            # how the language was found, for the editor to confirm
    title: str | None = None
    author: str | None = None
    date: str | None = None        # YYYY-MM-DD from the page's markup
    sitename: str | None = None
    url: str | None = None
    notes: list[str] = field(default_factory=list)


def is_html(raw: bytes, name: str) -> bool:
    return name.lower().endswith((".html", ".htm", ".xhtml")) or bool(HTML_START.match(raw[:4096].lstrip(b"\xef\xbb\xbf")))


def read(raw: bytes, name: str) -> Found:
    """The archive text and what the page says about itself."""
    return _from_html(raw) if is_html(raw, name) else _from_text(raw)


def _from_text(raw: bytes) -> Found:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(f"not UTF-8 (byte {exc.start})",
                        "save the text as UTF-8 first, e.g. iconv -f GB18030 -t UTF-8 FILE > FILE.txt") from None
    if not text.strip():
        raise ReadError("the file holds no text", "save the article's text, or give the saved HTML page")
    language, basis = detect_language(text, None)
    return Found(text=text, language=language, language_basis=basis)


def _from_html(raw: bytes) -> Found:
    doc = trafilatura.bare_extraction(
        raw, with_metadata=True, favor_precision=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False, deduplicate=False,  # dedup caches across calls
        date_extraction_params={"original_date": True, "extensive_search": False})
    if doc is None or not (doc.text or "").strip():
        raise ReadError("no article text found in the page",
                        "save the article's text as a .txt file and run add-source on that")
    text = "\n".join(line.rstrip() for line in doc.text.strip().splitlines())  # no final newline: no empty last line
    language, basis = detect_language(text, declared_language(raw))
    return Found(text=text, language=language, language_basis=basis, title=doc.title, author=doc.author,
                 date=doc.date, sitename=doc.sitename, url=doc.url)


def declared_language(raw: bytes) -> str | None:
    """The language the page says it is in: <html lang>, else Content-Language, else og:locale."""
    try:
        root = lxml_html.document_fromstring(raw)
    except (ValueError, lxml_html.etree.ParserError):
        return None
    values = [root.get("lang"), *root.xpath("//meta[@http-equiv='content-language' or "
                                            "@http-equiv='Content-Language']/@content"),
              *root.xpath("//meta[@property='og:locale']/@content")]
    return next((v.strip().replace("_", "-") for v in values if v and v.strip()), None)


def detect_language(text: str, declared: str | None) -> tuple[str, str]:
    """BCP 47 tag of the text, and a sentence on how it was found."""
    code, _ = py3langid.classify(text)
    tag = f"zh-{chinese_script(text)}" if code == "zh" else code
    tag = tag.removesuffix("-mixed")
    basis = f"detected from the text: {tag}"
    if declared:
        agrees = declared.split("-")[0].lower() == code
        basis += f"; the page declares {declared}" + ("" if agrees else " (they differ: check which is right)")
    return tag, basis
