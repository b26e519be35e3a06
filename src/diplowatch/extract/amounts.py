"""Tie each sum of a sentence to one event, with its kind.

Aid carries every sum; agreeing, cooperating and meeting carry the sums that
state a target, a trade volume or an investment ("agreed to raise trade to
$50 billion", "بحثا رفع حجم التبادل التجاري إلى …"), and an agreement also a
loan or grant it signs. A sum goes to the events of the nearest trigger
that may carry it. A sum with no cue word is an aid pledge on an aid event,
"other" in a sentence that only elaborates on one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from diplowatch.extract.money import MoneyMention
from diplowatch.extract.scan import Hit
from diplowatch.model import Amount, Event

_TERMS = frozenset({"target", "trade", "investment"})
# Event type → kinds of sums it carries (None: every sum).
CARRIES: dict[str, frozenset[str] | None] = {
    "AID": None,
    "AGREE": _TERMS | {"loan", "grant"},
    "COOPERATE": _TERMS,
    "CONSULT": _TERMS,
}


def carries(etype: str, kind: str | None) -> bool:
    """May an event of ``etype`` carry a sum of ``kind`` (None: no cue)?"""
    if etype not in CARRIES:
        return False
    allowed = CARRIES[etype]
    return allowed is None or kind in allowed


def _amount(m: MoneyMention, default: str, text_of: Callable[[int, int], str]) -> Amount:
    return Amount(
        m.value, m.currency, m.kind or default, text_of(m.start, m.end), m.approx, m.upper
    )


def _add(event: Event, amount: Amount) -> None:
    if all((a.value, a.currency) != (amount.value, amount.currency) for a in event.amounts):
        event.amounts.append(amount)


def attach(
    events: Sequence[Event],
    triggers: Sequence[Hit],
    sums: Sequence[MoneyMention],
    text_of: Callable[[int, int], str],
) -> None:
    """Give each sum of a sentence to the events of its nearest eligible trigger."""
    types = {ev.type for ev in events}
    for m in sums:
        eligible = [
            t for t in triggers if t.entry.value in types and carries(t.entry.value, m.kind)
        ]
        if not eligible:
            continue
        nearest = min(eligible, key=lambda t: min(abs(t.start - m.end), abs(m.start - t.end)))
        etype = nearest.entry.value
        for ev in events:
            if ev.type == etype:
                _add(ev, _amount(m, "pledge" if etype == "AID" else "other", text_of))


def elaborate(
    events: Sequence[Event], sums: Sequence[MoneyMention], text_of: Callable[[int, int], str]
) -> None:
    """Sums of a sentence with no event of its own go to the previous events that carry them."""
    for m in sums:
        eligible = [ev for ev in events if carries(ev.type, m.kind)]
        if not eligible:
            continue
        etype = eligible[0].type
        for ev in eligible:
            if ev.type == etype:
                _add(ev, _amount(m, "other", text_of))
