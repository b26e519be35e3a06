"""Pure helpers of the dashboard: highlighting, chart geometry, parameter checks."""

from __future__ import annotations

import math
import re
from html import unescape

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplowatch.serve import highlight, svg
from diplowatch.serve.params import InvalidParameter, parse_date, parse_span
from diplowatch.store.filters import EventFilter


def strip_tags(markup: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", markup))


def test_overlapping_spans_share_one_mark_per_piece() -> None:
    text = "Seoul and Tokyo agreed."
    spans = [
        highlight.Span(0, 23, ("ev",), "evidence"),
        highlight.Span(0, 5, ("ann", "ann-actor"), "actor: KOR"),
        highlight.Span(10, 15, ("ann", "ann-actor"), "actor: JPN"),
    ]
    out = str(highlight.render(text, spans))
    assert strip_tags(out) == text
    assert out.startswith(
        '<mark class="ev ann ann-actor" title="evidence · actor: KOR">Seoul</mark>'
    )
    assert '<mark class="ev" title="evidence"> and </mark>' in out


def test_text_is_escaped_and_bad_offsets_are_dropped() -> None:
    text = "<script>alert(1)</script> ok"
    spans = [
        highlight.Span(-5, 3, ("x",)),
        highlight.Span(20, 10, ("y",)),
        highlight.Span(26, 999, ("z",)),
    ]
    out = str(highlight.render(text, spans))
    assert "<script>" not in out and strip_tags(out) == text
    assert 'class="y"' not in out and '<mark class="z">ok</mark>' in out


@given(
    st.text(max_size=60),
    st.lists(
        st.tuples(st.integers(-5, 70), st.integers(-5, 70), st.sampled_from(["a", "b", "c"])),
        max_size=8,
    ),
)
def test_highlighting_never_changes_the_text(text: str, raw: list[tuple[int, int, str]]) -> None:
    spans = [highlight.Span(s, e, (k,)) for s, e, k in raw]
    assert strip_tags(str(highlight.render(text, spans))) == text


def test_balance_colours_run_from_red_through_grey_to_green() -> None:
    assert svg.balance_colour(-1) == "#c0392b"
    assert svg.balance_colour(0) == "#969696"
    assert svg.balance_colour(1) == "#1a8550"
    assert svg.balance_colour(7) == svg.balance_colour(1)


def test_network_puts_partners_on_a_circle_with_width_by_events() -> None:
    rows = [
        {"partner": p, "events": n, "balance": b}
        for p, n, b in [("JPN", 10, 0.6), ("RUS", 4, -0.5), ("LAO", 1, 1.0)]
    ]
    net = svg.relation_network("KOR", rows, width=700, height=500)
    distances = {round(math.hypot(n.x - net.focus.x, n.y - net.focus.y)) for n in net.nodes}
    assert len(distances) == 1
    widths = {e.partner: e.width for e in net.edges}
    assert widths["JPN"] > widths["RUS"] > widths["LAO"]
    assert {e.partner: e.colour for e in net.edges}["RUS"].startswith("#") and net.edges[
        0
    ].partner == "JPN"
    assert svg.relation_network("KOR", []).edges == []


def test_timeline_keeps_empty_months_and_stacks_by_type() -> None:
    rows = [
        {"month": "2024-01", "type": "CONSULT", "count": 2},
        {"month": "2024-01", "type": "ACCUSE", "count": 1},
        {"month": "2024-04", "type": "CONSULT", "count": 3},
        {"month": "garbage", "type": "CONSULT", "count": 9},
    ]
    chart = svg.timeline_bars(rows)
    assert chart.months == ["2024-01", "2024-02", "2024-03", "2024-04"]
    january = [b for b in chart.bars if b.month == "2024-01"]
    assert [b.type for b in january] == ["CONSULT", "ACCUSE"]
    assert january[1].y + january[1].height == pytest.approx(january[0].y, abs=0.05)
    april = next(b for b in chart.bars if b.month == "2024-04")
    assert april.height == pytest.approx(january[0].height * 1.5, abs=0.05)
    assert april.until == "2024-04-30" and chart.peak == 3
    assert svg.timeline_bars([]).bars == []


def test_dates_widen_to_whole_months_and_years() -> None:
    assert parse_date("since", "2024") == "2024-01-01"
    assert parse_date("until", "2024-02", end=True) == "2024-02-29"
    assert parse_date("until", "2023", end=True) == "2023-12-31"
    with pytest.raises(InvalidParameter, match="real calendar date"):
        parse_date("since", "2023-02-29")
    with pytest.raises(InvalidParameter):
        parse_date("since", "2023-13")


def test_filters_normalise_and_reject() -> None:
    filters = EventFilter.parse({"actor": " kor ", "type": "consult", "lang": "AR", "sector": ""})
    assert filters.query() == {"actor": "KOR", "type": "CONSULT", "lang": "ar"}
    # A partner alone is an actor: "events with JPN".
    assert EventFilter.parse({"partner": "JPN"}).query() == {"actor": "JPN"}
    with pytest.raises(InvalidParameter, match="type: 'FOO'"):
        EventFilter.parse({"type": "foo"})
    assert parse_span("10-20") == (10, 20)
    with pytest.raises(InvalidParameter):
        parse_span("20-10")


def test_actor_names_for_labels() -> None:
    from diplowatch.serve.names import actor_name

    assert actor_name("KOR") == "South Korea"
    assert actor_name("un") == "United Nations"
    assert actor_name("XYZ123") == "" and actor_name(None) == ""


def test_timeline_draws_only_the_latest_months_after_a_stray_old_date() -> None:
    rows = [
        {"month": "1901-01", "type": "CONSULT", "count": 1},
        {"month": "2024-06", "type": "AGREE", "count": 2},
    ]
    chart = svg.timeline_bars(rows, max_months=24)
    assert len(chart.months) == 24 and chart.months[-1] == "2024-06"
    assert chart.hidden_before == "2022-07"
    assert [t for t, _, _ in chart.types] == ["AGREE"] and len(chart.bars) == 1
