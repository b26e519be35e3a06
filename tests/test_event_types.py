"""The one table of event types (``diplowatch.event_types``) and those who read it."""

from __future__ import annotations

import re

import pytest

from conftest import shared_path
from diplowatch import event_types
from diplowatch.event_types import BY_CODE, CODES, TRAITS, TYPES, carries_sum, having
from diplowatch.model import COUNT_KEYS


def test_the_table_holds_the_spec_types_in_the_spec_order() -> None:
    spec = shared_path("spec", "ONTOLOGY.md").read_text(encoding="utf-8")
    section = spec.split("## Event types", 1)[1].split("\n## ", 1)[0]
    assert tuple(re.findall(r"^\| `([A-Z]+)` \|", section, flags=re.M)) == CODES


def test_every_trait_is_described_and_used() -> None:
    used = set().union(*(t.traits for t in TYPES))
    assert used == set(TRAITS), "a trait no type has, or a type with an undescribed trait"
    assert having("symmetric") == {"CONSULT", "AGREE", "COOPERATE"}
    with pytest.raises(KeyError, match="unknown event-type trait 'symetric'"):
        having("symetric")


def test_sums_and_counts_are_facts_of_the_type() -> None:
    assert carries_sum("AID", None) and carries_sum("AID", "loan")
    assert carries_sum("AGREE", "loan") and not carries_sum("AGREE", None)
    assert not carries_sum("ASSAULT", "trade") and not carries_sum("NOT_A_TYPE", "trade")
    assert BY_CODE["AID"].sum_kind == "pledge" and BY_CODE["AGREE"].sum_kind == "other"
    counts = event_types.count_types()
    assert set(counts) == set(COUNT_KEYS)
    assert counts["killed"] == {"ASSAULT"} and counts["arrested"] == {"COERCE"}


def test_the_scale_colours_and_filter_list_are_read_from_the_table() -> None:
    """The PLOVER scores, the dashboard's colours and the filter's choices
    are the table's: every type has all three, in the spec's order."""
    from diplowatch.serve.svg import TYPE_COLOURS
    from diplowatch.store import plover
    from diplowatch.store.filters import EVENT_TYPES

    assert {t.code: (t.quad, t.score) for t in TYPES} == plover.SCALE
    assert {t.code: t.colour for t in TYPES} == TYPE_COLOURS
    assert tuple(EVENT_TYPES) == CODES
    assert event_types.QUAD_NAMES == plover.QUAD_NAMES
