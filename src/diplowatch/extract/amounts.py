"""Tie each sum of a sentence to one event, with its kind.

Aid carries every sum; agreeing, cooperating and meeting carry the sums that
state a target, a trade volume or an investment ("agreed to raise trade to
$50 billion", "بحثا رفع حجم التبادل التجاري إلى …"), and an agreement also a
loan or grant it signs. A sum goes to the events of the nearest trigger
that may carry it. A sum with no cue word is an aid pledge on an aid event,
"other" in a sentence that only elaborates on one. Which sums a type carries,
and the kind of one with no cue word, are facts of the type
(``event_types.EventType.sums``, ``sum_kind``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from diplowatch.event_types import BY_CODE, carries_sum
from diplowatch.extract.money import MoneyMention
from diplowatch.extract.scan import Hit
from diplowatch.model import Amount, Event


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
            t for t in triggers if t.entry.value in types and carries_sum(t.entry.value, m.kind)
        ]
        if not eligible:
            continue
        nearest = min(eligible, key=lambda t: min(abs(t.start - m.end), abs(m.start - t.end)))
        etype = nearest.entry.value
        for ev in events:
            if ev.type == etype:
                _add(ev, _amount(m, BY_CODE[etype].sum_kind, text_of))


def elaborate(
    events: Sequence[Event], sums: Sequence[MoneyMention], text_of: Callable[[int, int], str]
) -> None:
    """Sums of a sentence with no event of its own go to the previous events that carry them."""
    for m in sums:
        eligible = [ev for ev in events if carries_sum(ev.type, m.kind)]
        if not eligible:
            continue
        etype = eligible[0].type
        for ev in eligible:
            if ev.type == etype:
                _add(ev, _amount(m, "other", text_of))
