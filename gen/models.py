"""The data model: one pydantic class per record kind, the single source of truth.

The JSON Schema files in data/schema/ are generated from these classes
(`python -m gen schema`), so editors complete and explain fields as people type.
"""
from __future__ import annotations

import math
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, RootModel

from gen.dates import parse_date

ID_RE = r"^[a-z0-9]+(-[a-z0-9]+)*$"
ID_MAX = 100  # ids name files and folders: far below the file system's 255-byte limit
LANG_RE = r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$"  # BCP 47: language, script, region
HTML_TAG = re.compile(r"<\s*/?\s*[A-Za-z!][^>]*>")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def _plain_text(value: str) -> str:
    if not value.strip():
        raise ValueError("empty text — write the text or remove the field")
    if (bad := CONTROL.search(value)) is not None:
        raise ValueError(f"control character U+{ord(bad.group()):04X} in text — delete it")
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
Id = Annotated[str, Field(pattern=ID_RE, max_length=ID_MAX,
                          description="Stable lowercase kebab-case ASCII id, used in URLs.")]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Bilingual(Record):
    en: Text = Field(description="English.")
    zh: Text = Field(description="Simplified Chinese (zh-Hans).")


class ExternalCitation(Record):
    url: Url = Field(description="Where the cited material can be read.")
    publisher: Text = Field(description="Who published it (organisation or outlet).")
    title: Text | None = Field(None, description="Title of the cited page or document.")
    date: DateSpec | None = Field(None, description="Publication date of the cited material, as the page gives it.")
    undated: Text | None = Field(None, description="Instead of date: why there is none (e.g. 'the page shows "
                                 "no date; checked 2026-12-04'). Required when date is absent.")
    excerpt: Text = Field(description="A short verbatim quote from it (at most 30 words).")
    lang: str | None = Field(None, pattern=LANG_RE, description="The excerpt's language as a BCP 47 tag, when "
                             "its characters cannot tell it: an excerpt in Latin script is read as English "
                             "unless this says otherwise (it, es, pt …). Chinese and Japanese are told by script.")
    en: Text | None = Field(None, description="Our faithful English translation of an excerpt in another "
                            "language, shown on English pages and marked as our translation.")
    zh: Text | None = Field(None, description="Our faithful Simplified Chinese translation of the excerpt, "
                            "shown on Chinese pages and marked as our translation.")


Verdict = Literal["consistent", "disputed", "contradicted", "inaccurate", "unverifiable"]


class VerdictChange(Record):
    date: DateSpec = Field(description="When the verdict was changed.")
    from_: Verdict = Field(alias="from", description="The verdict before the change.")
    to: Verdict = Field(description="The verdict after the change (the current one, for the last change).")
    why: Bilingual = Field(description="What evidence changed it, in both languages.")


class Assessment(Record):
    verdict: Verdict = Field(description="How the claim stands against other claims and the public record.")
    checked: DateSpec = Field(description="When the evidence was last checked, a day: \"2026-12-04\".")
    history: list[VerdictChange] = Field([], description="Every earlier change of verdict, oldest first; "
                                         "shown on the claim page and the corrections page.")
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


def _finite(value: int | float) -> int | float:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{value} is not a number — write the figure as digits, e.g. 1229 or 1.7")
    return value


class Figure(Record):
    value: Annotated[int | float, AfterValidator(_finite)] = Field(description="The number as stated.")
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
    said: DateSpec | None = Field(None, description="When the words were spoken, or first published by the "
                                  "outlet that recorded them, if that differs from the source's date.")
    said_basis: Bilingual | None = Field(None, description="How 'said' was established (who recorded or aired "
                                         "the words, and when); required when 'said' differs from the source's date.")
    speech: Literal["verbatim", "reported-translation", "paraphrase"] | None = Field(
        None, description="For someone's words: verbatim (the speaker's own words, quoted); reported-translation "
        "(the source's translation of words spoken in another language); paraphrase (the source's summary). "
        "Only verbatim words are shown in quotation marks. Required for quotes.")
    about: DateSpec | None = Field(None, description="The time the claim is about (required for forecasts).")
    systems: list[Id] = Field([], description="Systems the claim concerns.")
    figures: list[Figure] = Field([], description="Every number the claim states, structured.")
    assessment: Assessment | None = Field(None, description="How the claim stands, with citations.")
    not_assessed: Bilingual | None = Field(None, description="Instead of an assessment: why none is made "
                                           "(an opinion or a prediction with no checkable fact in it).")
    variant_of: Id | None = Field(None, description="Another claim reporting the same utterance differently.")
    related: list[Id] = Field([], description="Other claims worth reading alongside.")


class NonContent(Record):
    kind: Literal["chrome", "disclaimer", "teaser", "image", "duplicate"] = Field(
        description="Why this span is not article content.")
    lines: str = Field(pattern=r"^[0-9]+(-[0-9]+)?$",
                       description='Line or line range in the archive, "3" or "1-4".')


class Repair(Record):
    find: Text = Field(description="Damaged text as it stands in the archive.")
    replace: str = Field(description="What it reads when repaired.")
    reason: Bilingual = Field(description="What damage this is and how the repair was established.")


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


class RecordFigure(Record):
    system: Id = Field(description="The system the public record gives this figure for.")
    metric: Text = Field(description="Metric, as the claims' figures name it (label in data/figures.yaml).")
    value: int | float = Field(description="The number as the public record states it.")
    unit: Text = Field(description="Unit, as the claims' figures name it.")
    approximate: bool = Field(False, description="The record says 'about' or 'roughly'.")
    claim: Id = Field(description="The claim whose assessment cites the public record; one of its "
                      "external excerpts must state the value.")


class Lane(Record):
    id: Id
    name: Bilingual = Field(description="Lane label in the drawn timeline, in both languages.")
    actors: list[Id] = Field([], description="Actors whose claims this lane holds; a person not listed "
                             "anywhere goes to the lane of their affiliation.")
    unattributed: bool = Field(False, description="This lane also holds claims with no said_by "
                               "(stated by the source itself).")
    rest: bool = Field(False, description="This lane holds every actor no lane lists.")


class Comparison(Record):
    id: Id
    systems: list[Id] = Field(min_length=2, max_length=2, description="The two systems compared.")
    title: Bilingual
    public_record: list[RecordFigure] = Field([], description="Figures for either system from the public "
                                              "record, shown beside the values implied by a stated ratio.")


class Term(Record):
    zh: Text = Field(description="Preferred Simplified Chinese term.")
    en: Text = Field(description="Preferred English term.")
    variants: list[Text] = Field([], description="Other forms in sources (Traditional script, old names).")
    protect: bool = Field(True, description="Keep this term unchanged by script conversion.")
    forms: dict[str, Text] = Field({}, description="How a site language that converts our Simplified prose "
                                   "(mkdocs.yml extra.languages, e.g. zh-hant) writes the term, where the "
                                   "conversion would write it otherwise: {zh-hant: 輝達}.")
    note: Bilingual | None = None


class Publisher(Record):
    host: str = Field(pattern=r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$",
                      description="Registrable host, lowercase (\"reuters.com\"); subdomains match.")
    name: Bilingual = Field(description="The publisher's name in English and Simplified Chinese.")
    tier: Literal["primary", "press", "reference", "aggregator"] = Field(
        description="primary: the record itself (company, regulator, filing, the outlet that ran the interview); "
        "press: established and trade press; reference: reference works, analysts, vendor explainers; "
        "aggregator: aggregators, mirrors, AI-written summaries, content farms, reposts (leads, never evidence alone).")
    note: Bilingual | None = Field(None, description="Anything a reader should know, in English and Simplified "
                                   "Chinese, e.g. {en: 'Mirror of …; original: …', zh: '…的镜像；原文：…'}. "
                                   "Shown beside an aggregator's citations in the page's language.")


class Placement(Record):
    claim: Id = Field(description="A claim that answers the question.")
    position: Bilingual = Field(description="Where that claim places the thing, in a few words of our own.")


class CrossCheck(Record):
    id: Id
    question: Bilingual = Field(description="What the sources place differently, as a question.")
    placements: list[Placement] = Field(min_length=2, description="How each claim answers it, from at least "
                                        "two sources; shown side by side on the disagreements page.")
    note: Bilingual | None = Field(None, description="What the difference comes down to, if it can be said.")


class UiString(RootModel[dict[Annotated[str, Field(pattern=r"^[a-z]{2,3}(-[a-z0-9]{2,8})*$")], str]]):
    """One interface text in every site language, keyed by the language's code in mkdocs.yml
    extra.languages: {en: "Home", zh: "首页", zh-hant: "首頁"}. `check` requires every language."""
    model_config = ConfigDict(strict=True, frozen=True)

    def __getitem__(self, code: str) -> str:
        return self.root[code]


class CoverageReason(Record):
    source: Id = Field(description="Source whose sentence is deliberately left without a claim.")
    text: Text = Field(description="A verbatim fragment of that sentence (repaired form).")
    reason: Bilingual = Field(description="Why no claim cites it (rhetoric, not checkable, restates …).")


LedgerStatus = Literal["not_yet_due", "due", "kept", "kept_late", "missed", "moved", "unknown"]


class StatusChange(Record):
    date: DateSpec = Field(description="When the ledger status was changed.")
    from_: LedgerStatus = Field(alias="from", description="The status before the change.")
    to: LedgerStatus = Field(description="The status after the change (the current one, for the last change).")
    why: Bilingual = Field(description="What evidence changed it, in both languages.")


class ForecastOutcome(Record):
    """One forecast claim followed to the build date (data/forecasts.yaml): the roadmap ledger."""
    claim: Id = Field(description="Id of the forecast claim (kind forecast) this record follows.")
    status: LedgerStatus = Field(description="not_yet_due and due are checked against the build date; "
                                 "kept, kept_late, missed and moved need evidence; unknown says in the note "
                                 "what is missing. Definitions: data/ui.yaml ledger.status.<name>.def.")
    new_date: DateSpec | None = Field(None, description="For moved: the new date the maker gave.")
    evidence: list[ExternalCitation] = Field([], description="What shows the outcome: primary record or press, "
                                             "with a verbatim excerpt of at most 30 words.")
    checked: DateSpec = Field(description="The day the outcome was last checked.")
    note: Bilingual = Field(description="The status and the evidence behind it, in both languages.")
    history: list[StatusChange] = Field([], description="Every earlier change of status, oldest first; "
                                        "listed on the corrections page. The first rating is not a change.")

    @property
    def id(self) -> str:
        """Records are keyed by their claim: one ledger entry per forecast."""
        return self.claim
