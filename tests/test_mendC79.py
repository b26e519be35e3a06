"""Round 79 mends (mendC79): one helper for the shared agents fields read
as sets. The rule mends of this round are tested beside the rules they
mend (``test_types78fa``, ``test_agents78ar``, ``test_speed78a``)."""

from __future__ import annotations

import pytest

from diplowatch.lang.agent_fields import shared_field, shared_set
from diplowatch.lang.registry import LanguageDataError


@pytest.mark.parametrize("name", ["ARMED", "IN_OFFICE_TYPES", "IMPLIED_RECIPIENTS", "SENT_AGENTS"])
def test_shared_set_holds_the_field(name: str) -> None:
    assert shared_set(name) == frozenset(shared_field(name))
    assert shared_set(name) is shared_set(name)  # built once


def test_shared_set_refuses_an_unknown_field() -> None:
    with pytest.raises(LanguageDataError):
        shared_set("NO_SUCH_FIELD")
