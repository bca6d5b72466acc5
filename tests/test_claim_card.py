"""The claim card's fields: who, where, the verdict's one line, and slots for fields the model may add."""
from pathlib import Path
from types import SimpleNamespace

from gen.models import Bilingual
from gen.site.claim_card import first_sentence, standing, tally, verdict_counts, where, who
from gen.site.i18n import Catalogue
from gen.site.xref import xref
from gen.validate import check

ROOT = Path(__file__).resolve().parents[1]
CHECKED = check(ROOT)
X = xref(CHECKED)
EN, ZH = Catalogue(CHECKED.data.ui, "en"), Catalogue(CHECKED.data.ui, "zh")


def test_first_sentence():
    assert first_sentence("Arithmetic holds. 300 / 1.7 implies 176.") == "Arithmetic holds."
    assert first_sentence("It was 1.7 times, i.e. +70%. Next.") == "It was 1.7 times, i.e. +70%."
    assert first_sentence("算术成立。300÷1.7推得176。") == "算术成立。"
    assert first_sentence("One sentence only") == "One sentence only"


def test_who_is_the_actor_or_the_author_of_the_publication():
    ds = CHECKED.data
    said = next(c for c in ds.claims.values() if c.said_by)
    w = who(X, said.id, EN, "claims/x/")
    assert w["name"] == ds.actors[said.said_by].name.en and w["href"] == f"../../actors/{said.said_by}/"
    unsaid = next(c for c in ds.claims.values() if not c.said_by)
    src = ds.sources[unsaid.excerpts[0].source]
    w = who(X, unsaid.id, EN, "claims/x/")
    assert w["name"] == src.title.en and w["href"] == f"../../sources/{src.id}/"
    assert "author" in w["prefix"] + w["suffix"]
    assert "作者" in "".join(who(X, unsaid.id, ZH, "")[k] for k in ("prefix", "suffix"))


def test_where_names_publisher_title_and_does_not_repeat_the_published_date():
    ds = CHECKED.data
    c = next(c for c in ds.claims.values() if c.said is None and len({e.source for e in c.excerpts}) == 1)
    [w] = where(X, c.id, EN, "claims/x/")
    src = ds.sources[c.excerpts[0].source]
    assert w["publisher"] == src.publisher.en and w["title"] == src.title.en and w["published"] is None


def _fake(claim):
    return SimpleNamespace(data=SimpleNamespace(claims={"c": claim}))


def test_standing_reads_checked_date_and_not_assessed_reason():
    note = Bilingual(en="Arithmetic holds. More detail.", zh="算术成立。更多细节。")
    assessed = SimpleNamespace(kind="spec", assessment=SimpleNamespace(verdict="consistent", note=note, checked="2026-11-02"))
    s = standing(_fake(assessed), "c", EN, "claims/c/", None)
    assert s["line"] == "Arithmetic holds." and s["checked"][0]["datetime"] == "2026-11-02"
    assert s["href"] == "../../ratings/#verdict-consistent"
    reason = Bilingual(en="An opinion about taste.", zh="关于品味的观点。")
    unassessed = SimpleNamespace(kind="opinion", assessment=None, not_assessed=reason)
    s = standing(_fake(unassessed), "c", ZH, "claims/c/", None)
    assert s["verdict"] is None and s["reason"] == "关于品味的观点。" and s["href"] == "../../ratings/#not-assessed"


def test_standing_without_a_reason_in_the_data_says_why_from_the_kind():
    ds = CHECKED.data
    c = next(c for c in ds.claims.values() if c.assessment)
    s = standing(X, c.id, EN, "", None)
    assert s["checked"] and s["line"] and len(s["line"]) <= len(c.assessment.note.en)
    opinion = SimpleNamespace(kind="opinion", assessment=None, not_assessed=None)
    assert standing(_fake(opinion), "c", EN, "", None)["reason"] == EN["rating.reason_opinion"]
    forecast = SimpleNamespace(kind="forecast", assessment=None, not_assessed=None)
    assert standing(_fake(forecast), "c", EN, "", "pending")["reason"] == EN["rating.reason_forecast_pending"]


def test_tally_counts_each_verdict_of_a_set_of_claims_in_the_ratings_order():
    from gen.site.ratings import VERDICTS
    ds = CHECKED.data
    for aid, ids in X.by_actor.items():
        items = tally(verdict_counts(X, ids), EN, f"actors/{aid}/")
        assert sum(i["count"] for i in items) == len(ids)
        assert all(i["count"] > 0 for i in items)  # a verdict no claim has is left out
        order = [*VERDICTS, None]
        assert [order.index(i["verdict"]) for i in items] == sorted(order.index(i["verdict"]) for i in items)
        for i in items:
            assert i["count"] == sum(1 for c in ids if (ds.claims[c].assessment.verdict if ds.claims[c].assessment
                                                        else None) == i["verdict"])
            assert i["href"].startswith("../../ratings/#")
    none = tally(verdict_counts(X, [c for c in ds.claims if ds.claims[c].assessment is None]), ZH, "systems/x/")
    assert [(i["verdict"], i["label"]) for i in none] == [(None, ZH["rating.not_assessed"])]
    assert tally(verdict_counts(X, []), EN, "actors/x/") == []
