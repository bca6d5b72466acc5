"""The data model: one pydantic class per record kind, the single source of truth.

The JSON Schema files in data/schema/ are generated from these classes
(`python -m gen schema`), so editors complete and explain fields as people type.
"""
from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from gen.dates import parse_date

ID_RE = r"^[a-z0-9]+(-[a-z0-9]+)*$"
LANG_RE = r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$"  # BCP 47: language, script, region
HTML_TAG = re.compile(r"<\s*/?\s*[A-Za-z!][^>]*>")


def _plain_text(value: str) -> str:
    if not value.strip():
        raise ValueError("empty text — write the text or remove the field")
    if HTML_TAG.search(value):
        raise ValueError("HTML markup in text — write plain text; the site escapes everything it prints")
    return value


def _http_url(value: str) -> str:
    if not re.match(r"^https?://[^\s/]+\.[^\s]+$", value):
        raise ValueError("not an http(s) URL — give the full address starting with https:// or http://")
    return value


def _date_spec(value: str) -> str:
    parse_date(value)  # raises ValueError with a fix
    return value


Text = Annotated[str, AfterValidator(_plain_text)]
Url = Annotated[str, AfterValidator(_http_url)]
DateSpec = Annotated[str, AfterValidator(_date_spec), Field(
    description='A date with its precision: "2025", "2025-Q3", "2025-07", "2025-07-21"; '
    'a range "2025-07-26/2025-08-31"; open ranges "2025-07-26/.." (on or after) '
    'and "../2025-09" (on or before). Always quoted.')]
Id = Annotated[str, Field(pattern=ID_RE, description="Stable lowercase kebab-case ASCII id, used in URLs.")]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Bilingual(Record):
    en: Text = Field(description="English.")
    zh: Text = Field(description="Simplified Chinese (zh-Hans).")


class ExternalCitation(Record):
    url: Url = Field(description="Where the cited material can be read.")
    publisher: Text = Field(description="Who published it (organisation or outlet).")
    title: Text | None = Field(None, description="Title of the cited page or document.")
    date: DateSpec | None = Field(None, description="Publication date of the cited material.")
    excerpt: Text = Field(description="A short verbatim quote from it (at most 30 words).")


class Assessment(Record):
    verdict: Literal["consistent", "disputed", "contradicted", "inaccurate", "unverifiable"] = Field(
        description="How the claim stands against other claims and the public record.")
    note: Bilingual = Field(description="Why, in both languages.")
    claims: list[Id] = Field([], description="Other claims this assessment compares with.")
    external: list[ExternalCitation] = Field([], description="Public-record sources cited.")


class Excerpt(Record):
    source: Id = Field(description="Id of the source that carries the claim.")
    text: Text = Field(description="Verbatim words from the archived source, in its own script. "
                       "Matched after normalisation (whitespace, punctuation width, repairs).")
    en: Text | None = Field(None, description="Our faithful English translation. Required when the source "
                            "is not in English; an English excerpt has none.")
    zh: Text | None = Field(None, description="Our faithful Simplified Chinese translation. Required when the "
                            "source is not in Chinese (Chinese excerpts are shown in Simplified script by rule).")


class Figure(Record):
    value: int | float = Field(description="The number as stated.")
    unit: Text = Field(description='Unit, e.g. "chips", "%", "x", "PFLOPS"; labelled in data/figures.yaml.')
    metric: Text = Field(description='What is measured, e.g. "chip count"; labelled in data/figures.yaml.')
    system: Id | None = Field(None, description="The system the figure describes, if any.")
    relative_to: Id | None = Field(None, description="For a ratio (unit x) or an increase (unit %): "
                                   "the system it is compared against.")
    stated_as: Text | None = Field(None, description="The literal words in the excerpt when they are "
                                   "not digits (e.g. 三十多年); must occur in an excerpt.")


class FigureLabels(Record):
    metrics: dict[str, Bilingual] = Field(description="Label of each figure metric, keyed as claims write it.")
    units: dict[str, Bilingual] = Field(description="Label of each figure unit, keyed as claims write it.")


class Claim(Record):
    id: Id
    kind: Literal["quote", "spec", "event", "forecast", "market", "history", "opinion"] = Field(
        description="quote: someone's words; spec: a technical figure; event: something happened; "
        "forecast: about the future; market: sales, share, money; history: the past; "
        "opinion: a judgement attributed to a named person or organisation.")
    statement: Bilingual = Field(description="What is claimed, in our words, in both languages.")
    excerpts: list[Excerpt] = Field(min_length=1, description="Verbatim excerpt per source carrying the claim.")
    said_by: Id | None = Field(None, description="Actor who made the claim, where someone did.")
    said: DateSpec | None = Field(None, description="When it was said, if it differs from the source's date.")
    about: DateSpec | None = Field(None, description="The time the claim is about (required for forecasts).")
    systems: list[Id] = Field([], description="Systems the claim concerns.")
    figures: list[Figure] = Field([], description="Every number the claim states, structured.")
    assessment: Assessment | None = Field(None, description="How the claim stands, with citations.")
    variant_of: Id | None = Field(None, description="Another claim reporting the same utterance differently.")
    related: list[Id] = Field([], description="Other claims worth reading alongside.")


class NonContent(Record):
    kind: Literal["chrome", "disclaimer", "teaser", "image", "duplicate"] = Field(
        description="Why this span is not article content.")
    lines: str = Field(pattern=r"^\d+(-\d+)?$", description='Line or line range in the archive, "3" or "1-4".')


class Repair(Record):
    find: Text = Field(description="Damaged text as it stands in the archive.")
    replace: str = Field(description="What it reads when repaired.")
    reason: Text = Field(description="What damage this is and how the repair was established.")


class SourceTitle(Record):
    original: Text | None = Field(None, description="Headline as printed, or none when the copy has none.")
    en: Text = Field(description="Our English rendering, or a descriptive title in [brackets].")
    zh: Text = Field(description="Simplified Chinese title.")


class Source(Record):
    id: Id
    received_as: Text = Field(description="File name the text arrived under.")
    archive: Text = Field(description="File name in data/sources/archive/, kept byte-identical.")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="sha256 of the archived file.")
    title: SourceTitle = Field(description="The headline as printed, and ours in both languages.")
    publisher: Bilingual | None = Field(None, description="Publisher or platform, where known.")
    author: Text | None = Field(None, description="Author as named, where named.")
    url: Url | None = Field(None, description="Original URL, only where known. Never guessed.")
    published: DateSpec = Field(description="Publication date with its precision or bounds.")
    published_basis: Bilingual | None = Field(None, description="How the date was inferred, if not stated.")
    language: str = Field(pattern=LANG_RE, description='Language of the text as received, as a BCP 47 tag '
                          'with its script where it matters: "en", "zh-Hans", "zh-Hant", "zh" (mixed scripts), "ja".')
    notes: Bilingual | None = Field(None, description="Anything a reader should know about this copy.")
    non_content: list[NonContent] = Field([], description="Spans that are not article content.")
    repairs: list[Repair] = Field([], description="Converter damage repaired for matching and display.")


class Actor(Record):
    id: Id
    kind: Literal["person", "organisation"]
    name: Bilingual = Field(description="Name in English and Simplified Chinese.")
    as_written: list[Text] = Field([], description="Forms the sources use (e.g. Traditional script).")
    role: Bilingual | None = Field(None, description="Role or description.")
    affiliation: Id | None = Field(None, description="Organisation the person belongs to.")


class System(Record):
    id: Id
    kind: Literal["chip", "superpod", "cluster", "framework", "platform", "product", "process"]
    name: Bilingual
    aliases: list[Text] = Field([], description="Other names the sources use for the same system.")
    vendor: Id | None = Field(None, description="Actor id of the maker.")
    description: Bilingual | None = None


class Event(Record):
    id: Id
    date: DateSpec
    kind: Literal["interview", "conference", "filing", "launch", "release", "regulation",
                  "statement", "visit", "market", "other"]
    title: Bilingual
    actors: list[Id] = []
    systems: list[Id] = []
    claims: list[Id] = Field([], description="Claims that report this event.")


class Comparison(Record):
    id: Id
    systems: list[Id] = Field(min_length=2, max_length=2, description="The two systems compared.")
    title: Bilingual


class Term(Record):
    zh: Text = Field(description="Preferred Simplified Chinese term.")
    en: Text = Field(description="Preferred English term.")
    variants: list[Text] = Field([], description="Other forms in sources (Traditional script, old names).")
    protect: bool = Field(True, description="Keep this term unchanged by script conversion.")
    note: Bilingual | None = None


class UiString(Record):
    en: str
    zh: str


class CoverageReason(Record):
    source: Id = Field(description="Source whose sentence is deliberately left without a claim.")
    text: Text = Field(description="A verbatim fragment of that sentence (repaired form).")
    reason: Bilingual = Field(description="Why no claim cites it (rhetoric, not checkable, restates …).")
