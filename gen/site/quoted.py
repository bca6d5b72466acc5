"""Words quoted from a published page, as a page of any language shows them."""
from __future__ import annotations

from gen.langtags import needs_script_conversion
from gen.script import text_tag
from gen.site.i18n import Catalogue


def in_page_script(text: str, tag: str, cat: Catalogue) -> str | None:
    """Words in language `tag` as this page's script writes them, where only the script differs
    (a Traditional source on a Simplified page, or the reverse); None where nothing changes."""
    converted = cat.words(text) if needs_script_conversion(tag, cat.tag) else None
    return converted if converted != text else None


def quoted(e, cat: Catalogue) -> dict:
    """A citation's words as published, their language, where only the script differs from the
    page's our rendering in the page's script, and where the language differs our translation
    (each labelled as ours)."""
    text = e.excerpt
    tag = text_tag(text, e.lang)
    return {"excerpt": text, "lang": tag, "converted": in_page_script(text, tag, cat),
            "converted_lang": cat.tag, "translation": translation(e, cat)}


def translation(e, cat: Catalogue) -> str | None:
    """Our rendering of a citation's excerpt in the page's language, where the data gives one."""
    text = getattr(e, cat.text, None)
    return cat.fmt("claim.our_translation", text=cat.prose(text)) if text else None

