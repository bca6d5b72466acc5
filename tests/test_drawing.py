"""The drawn timeline's geometry on a handful of dated points, and its view on the real data."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from gen.dates import parse_date
from gen.site.drawing_scale import build_scale
from gen.site.i18n import Catalogue
from gen.site.view_drawing import AXIS_H, Item, layout, text_width
from gen.site.view_timeline import event_pages
from gen.site.view_timeline_drawing import drawing, lane_of
from gen.site.xref import xref
from gen.validate import check
from site_build import CODES, ROOT

TODAY = dt.date(2026, 12, 4)
D = parse_date


def items(*specs: tuple[str, str, str] | tuple[str, str, str, str]) -> list[Item]:
    return [Item(s[0], s[1], D(s[2]), D(s[3]) if len(s) > 3 else None) for s in specs]


POINTS = items(
    ("a", "press", "2025-09-23"), ("b", "press", "2025-09-23"), ("c", "press", "2025-09-23"),
    ("d", "huawei", "2025-06-10"), ("e", "huawei", "2025-09-18/.."), ("f", "nvidia", "2025-07"),
    ("g", "press", "2025-09-23", "2018"), ("h", "huawei", "2025-09-18/..", "2027-Q4"),
    ("i", "nvidia", "../2025-06-10"),
)


def test_scale_gives_busy_months_room_and_keeps_2018_to_the_build_date():
    spans = [i.at for i in POINTS] + [i.other for i in POINTS if i.other]
    scale = build_scale(spans, [TODAY], 8, 600)
    xs = [scale.x(dt.date(y, m, 1)) for y in range(2018, 2028) for m in range(1, 13)]
    assert xs == sorted(xs) and xs[0] == 8  # time runs left to right from January 2018
    assert scale.right <= 608 + 1e-6  # fits the width asked for
    sep, aug_2023 = scale.month_width(2025 * 12 + 8), scale.month_width(2023 * 12 + 7)
    assert sep > 10 * aug_2023  # September 2025 (4 claims) is far wider than an empty month
    assert scale.breaks, "2019–2024 holds nothing: it collapses into a break"
    assert scale.month_width(2026 * 12 + 11) >= 20  # the build date's month stays visible
    assert scale.x(dt.date(2027, 12, 31)) < scale.right  # the forecast due in 2027 is on the axis


def test_days_are_points_and_imprecise_dates_ranges_or_arrows():
    d = layout(POINTS, ["huawei", "nvidia", "press"], TODAY, 600)
    by = {m.key: m for m in d.marks}
    assert by["a"].x0 == by["a"].x1 and by["a"].open is None  # a day
    assert by["f"].x1 >= by["f"].x0 + 10 and by["f"].open is None  # July 2025: a bar over the month
    assert by["e"].open == "after" and by["i"].open == "before"  # one bound only: never a point
    scale_jul = (by["f"].x0, by["f"].x1)
    assert scale_jul[0] < by["e"].x0  # July lies before 18 September


def test_lanes_stack_same_day_claims_in_rows_and_keep_their_order():
    d = layout(POINTS, ["huawei", "nvidia", "press"], TODAY, 600)
    assert [lane["id"] for lane in d.lanes] == ["huawei", "nvidia", "press"]
    assert d.lanes[0]["y"] == AXIS_H and all(a["y"] + a["h"] == b["y"] for a, b in zip(d.lanes, d.lanes[1:]))
    same_day = sorted(m.y for m in d.marks if m.key in "abcg")
    assert len(set(same_day)) == 4  # four claims on 23 September: four rows, one x
    press = d.lanes[2]
    assert all(press["y"] < m.y < press["y"] + press["h"] for m in d.marks if m.lane == "press")
    assert d.height > press["y"] + press["h"]


def test_the_other_time_is_joined_by_a_curve_and_a_due_date_ahead_is_in_the_future():
    d = layout(POINTS, ["huawei", "nvidia", "press"], TODAY, 600)
    by = {m.key: m for m in d.marks}
    assert by["g"].other["x1"] < by["g"].x0 and by["g"].other["path"].startswith(f"M{by['g'].x0:g} ")
    assert by["h"].other["future"] and by["h"].other["x0"] > d.today_x
    assert not by["a"].other


def test_labels_do_not_overlap():
    d = layout(POINTS, ["huawei", "nvidia", "press"], TODAY, 600)
    xs = [y["x"] for y in d.years]
    assert all(b - a >= text_width("0000") for a, b in zip(xs, xs[1:]))
    assert {y["year"] for y in d.years} >= {2018, 2025}


def test_the_drawing_stays_bounded_at_ten_thousand_claims():
    start = dt.date(2025, 1, 1)
    many = [Item(f"c{i}", ("press", "huawei", "nvidia")[i % 3], D((start + dt.timedelta(days=i % 365)).isoformat()))
            for i in range(10_000)]
    d = layout(many, ["huawei", "nvidia", "press"], TODAY, 680, max_rows=4)
    assert len(d.marks) <= 3 * 4 * 680 / 8  # rows × what fits across: independent of the claim count
    assert sum(len(c["keys"]) for c in d.clusters) + len(d.marks) == 10_000  # the rest is counted
    assert len(d.clusters) <= 3 * 12 and d.height < 400


@pytest.fixture(scope="module")
def real():
    return xref(check(ROOT))


def test_lanes_follow_data_lanes_yaml(real):
    lanes = lane_of(real)
    assert lanes["jensen-huang"] == "nvidia"  # a person: the lane of their affiliation
    assert lanes[None] == "press"  # no said_by: stated by the source itself
    assert lanes["tencent"] == "industry"  # listed nowhere: the `rest` lane


@pytest.mark.parametrize("lang", CODES)
def test_every_claim_is_one_named_link_in_the_drawing(real, lang):
    cat = Catalogue(real.data.ui, lang)
    d = drawing(real, cat, list(real.data.claims), "said", TODAY, "timeline/", width=680)
    hrefs = [m["href"] for m in d["marks"] if m["verdict"] != "event"]
    assert sorted(hrefs) == sorted(f"../claims/{c}/" for c in real.data.claims)
    assert all(m["name"].startswith(cat.pick(real.data.claims[m["href"].split("/")[2]].statement))
               for m in d["marks"])
    assert {m["verdict"] for m in d["marks"]} <= {"consistent", "disputed", "contradicted", "inaccurate",
                                                   "unverifiable", "none"}
    assert len(d["legend"]["verdicts"]) == 6 and not d["clusters"]


def test_fixture_without_lanes_file_draws_one_lane_on_home_and_timeline(tmp_path, monkeypatch):
    import shutil

    from gen.site.plan import plan
    from gen.site.render import render

    shutil.copytree(ROOT / "tests" / "fixtures" / "valid" / "data", tmp_path / "data")
    shutil.copy(ROOT / "data" / "ui.yaml", tmp_path / "data" / "ui.yaml")
    checked = check(tmp_path)
    monkeypatch.setenv("CLAIMLINE_BUILD_DATE", "2026-12-04")
    cat = Catalogue(checked.data.ui, "zh")
    pages = {p.url: render(p, cat, "zh") for p in plan(checked, "zh", "https://example.org/")}
    n = len(checked.data.claims)
    claim_marks = re.findall(r'<a href="\.\./claims/[^"]+/" class="cl-mark ', pages["timeline/"])
    assert len(claim_marks) == n
    events = re.findall(r'<a href="\./#event-[^"]+" class="cl-mark cl-v-event', pages["timeline/"])
    assert len(events) == len(checked.data.events)
    home = pages[""]  # compact: at most HOME_ROWS rows a lane, the rest counted in a cluster
    assert 0 < home.count('class="cl-mark ') <= n and cat["drawing.lane_all"] in home
    assert "今天：2026年12月4日" in home and "Today" not in home  # the build date, in the page language


def test_events_sit_in_their_own_lane_on_top_and_link_into_the_list(real):
    cat = Catalogue(real.data.ui, "en")
    d = drawing(real, cat, list(real.data.claims), "said", TODAY, "", width=680, events=event_pages(real))
    assert d["lanes"][0]["name"] == cat["drawing.lane_events"]
    events = [m for m in d["marks"] if m["verdict"] == "event"]
    assert sorted(m["href"] for m in events) == sorted(f"timeline/#event-{e}" for e in real.data.events)
    assert all(m["filters"]["kind"] == "event" and m["y"] < d["lanes"][1]["y"] for m in events)


def test_home_links_each_event_to_the_timeline_page_that_lists_it(real, monkeypatch):
    import gen.site.paging

    monkeypatch.setattr(gen.site.paging, "PAGE_SIZE", 50)
    pages = event_pages(real)
    assert set(pages) == set(real.data.events)
    assert {"timeline/", "timeline/page-2/"} <= set(pages.values())  # 2018 events first, 2025 ones later
