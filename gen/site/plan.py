"""The page plan: every page of one language, as (path, template, context). Pure; no MkDocs."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from gen.site import urls
from gen.site.clock import build_date
from gen.site.downloads import claims_csv, dataset_json
from gen.site.feeds import FEEDS, feeds
from gen.site.i18n import Catalogue
from gen.site.view_claims import claim_page
from gen.site.view_forecasts import forecasts_page
from gen.site.view_entities import actor_pages, actor_rows, comparison_page, system_pages, system_rows
from gen.site.view_evidence import corrections_page, crosschecks
from gen.site.view_home import claim_index, disagreements_page, home_page
from gen.site.view_sources import source_page, source_rows
from gen.site.paging import paginate
from gen.site.ratings import PAGE as RATINGS, ratings_page
from gen.site.view_timeline import filter_options, timeline_pages
from gen.site.xref import xref
from gen.validate import Checked


DOWNLOADS = (  # file under downloads/, its description in data/ui.yaml, what writes it
    ("claimline.json", "downloads.json", dataset_json),
    ("claims.csv", "downloads.csv", claims_csv),
)


@dataclass
class PageOut:
    url: str
    template: str | None        # None: `text` is written as is (downloads)
    context: dict = field(default_factory=dict)
    edit_path: str | None = None
    text: str | None = None

    @property
    def path(self) -> str:
        return self.url if self.template is None else urls.md_path(self.url)


def _edit(kind: str, x, rid: str) -> str | None:
    path, _ = x.data.locate(kind, rid)
    return path.relative_to(x.data.root).as_posix()


def root_plan(checked: Checked, site_name: str, languages: list[dict]) -> list[PageOut]:
    """The root site's page: a language chooser, each language in its own words."""
    ui = checked.data.ui
    rows = [{"tag": lang.get("html") or lang["code"], "href": lang["dir"] + "/", "name": lang["name"],
             "description": ui["home.description"][lang["code"]]} for lang in languages]
    return [PageOut("", "chooser.md.j2", {"chooser": {"title": site_name, "description": " ".join(
        r["description"] for r in rows), "languages": rows}})]


def plan(checked: Checked, lang: str, site_url: str) -> Iterator[PageOut]:
    """Every page of one language, one at a time: each page's view model is made when it is asked
    for, so a build holds one page's model at a time rather than every page's at once."""
    x = xref(checked)
    ds = checked.data
    cat = Catalogue(ds.ui, lang, ds.glossary)
    today = build_date()
    common = {"filters": filter_options(x, cat)}
    yield PageOut("", "home.md.j2", {"home": home_page(x, cat, today)})
    for view in ("said", "about"):
        for page in timeline_pages(x, view, cat, today):
            yield PageOut(page["url"], "timeline.md.j2", {"timeline": page, **common})
    ordered = sorted(ds.claims, key=lambda c: (x.said[c].sort_key, c))
    for here, chunk, pager in paginate(ordered, "claims/"):
        yield PageOut(here, "claims.md.j2", {"claims": claim_index(x, cat, here, chunk), "pager": pager,
                                             "total": len(ordered), **common})
    for cid in ds.claims:
        url = urls.claim(cid)
        yield PageOut(url, "claim.md.j2", {"claim": claim_page(x, cid, cat, site_url + url)}, _edit("claim", x, cid))
    comparisons = [{"title": cat.pick(c.title), "href": urls.rel("systems/", urls.comparison(i))}
                   for i, c in ds.comparisons.items()]
    yield PageOut("systems/", "systems.md.j2", {"rows": system_rows(x, cat, "systems/"), "comparisons": comparisons})
    yield from (PageOut(page["url"], "system.md.j2", {"system": page}, _edit("system", x, s))
                for s in ds.systems for page in system_pages(x, s, cat))
    yield from (PageOut(urls.comparison(c), "compare.md.j2", {"compare": comparison_page(x, c, cat)},
                        _edit("comparison", x, c)) for c in ds.comparisons)
    yield PageOut("actors/", "actors.md.j2", {"rows": actor_rows(x, cat, "actors/")})
    yield from (PageOut(page["url"], "actor.md.j2", {"actor": page}, _edit("actor", x, a))
                for a in ds.actors for page in actor_pages(x, a, cat))
    yield PageOut("sources/", "sources.md.j2", {"rows": source_rows(x, cat, "sources/")})
    yield from (PageOut(urls.source(s), "source.md.j2", {"source": source_page(x, s, cat)}, _edit("source", x, s))
                for s in ds.sources)
    yield PageOut("disagreements/", "disagreements.md.j2", {"items": disagreements_page(x, cat),
                                                            "crosschecks": crosschecks(x, cat, "disagreements/")})
    yield PageOut("corrections/", "corrections.md.j2", {"rows": corrections_page(x, cat)})
    feed_files = [{"href": urls.rel("downloads/", path), "name": path.rsplit("/", 1)[1], "key": f"downloads.{key.replace('.', '_')}"}
                  for path, key in FEEDS]
    yield PageOut("forecasts/", "forecasts.md.j2", {"ledger": forecasts_page(x, cat, today)}, "data/forecasts.yaml")
    yield PageOut("downloads/", "downloads.md.j2",
                  {"files": [{"href": name, "name": name, "key": key} for name, key, _ in DOWNLOADS] + feed_files})
    yield from (PageOut(f"downloads/{name}", None, text=write(checked)) for name, _, write in DOWNLOADS)
    yield PageOut(RATINGS, "ratings.md.j2", {"ratings": ratings_page(cat, today)})
    yield from (PageOut(path, None, text=xml) for path, xml in feeds(x, cat, site_url))
