"""Words quoted from a published page, as a page of any language shows them."""
from __future__ import annotations

from gen.langtags import needs_script_conversion
from gen.script import text_tag
from gen.site.i18n import Catalogue


def quoted(e, cat: Catalogue) -> dict:
    """A citation's words as published, their language, where only the script differs from the
    page's our rendering in the page's script, and where the language differs our translation
    (each labelled as ours)."""
    text = e.excerpt
    tag = text_tag(text, e.lang)
    converted = cat.words(text) if needs_script_conversion(tag, cat.tag) else None
    return {"excerpt": text, "lang": tag, "converted": converted if converted != text else None,
            "converted_lang": cat.tag, "translation": translation(e, cat)}


def translation(e, cat: Catalogue) -> str | None:
    """Our rendering of a citation's excerpt in the page's language, where the data gives one."""
    text = getattr(e, cat.text, None)
    return cat.fmt("claim.our_translation", text=cat.prose(text)) if text else None

