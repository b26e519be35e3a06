"""The sides of a demand told as an obligation (mode ``demand``).

"قال الوزير إن على إسرائيل وقف الاستيطان", "Russia must withdraw, the
French minister said": the addressee is the side named next to the
trigger, the one who asks is whoever tells it from outside what is
demanded. Word order alone would make the addressee, named first, the one
who asks, so ``parties.parties_of`` hands such a trigger here
(``demanded_of``) and ``trigger_sides`` orders its sides by
``demand_sides``. Its own module because it reads the sentence apart from
every other step of ``parties_of``: none of them applies to a demand.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import Mention, previous_word
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.lexicon import SAYING_KINDS
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS

# The mode of a deed one side says another must do ("يجب على إسرائيل
# وقف الاستيطان"): the addressee follows the trigger at once (``demanded_of``).
DEMAND = "demand"


# Cues of saying (``status.REPORTING_CUES``, English ``ATTRIBUTION_CUES``):
# one outside the demanded clause tells who demands it.
SAYING = SAYING_KINDS


# Agents who report a demand rather than make it.
REPORTERS = frozenset({"MED"})


def demanded_of(s: Sentence, trig: Hit, ntext: str, conj: frozenset[str]) -> list[Mention]:
    """The sides of a demand told as an obligation ("قال الوزير إن على
    إسرائيل وقف الاستيطان في الضفة", "Israel must …, the minister said"): the
    addressee is the side named next to the trigger (``_addressee_at``), the
    speaker whoever is named
    outside the clause of what is demanded — before the trigger or after a
    break ("…، قال المبعوث"). The actors of the deed demanded (the West Bank,
    the hostages) are no side; without an addressee there is no demand."""
    named = _addressee_at(s, trig, ntext, conj)
    if not named:
        return []
    tail = ntext[max(named[-1].end, trig.end) : s.end]
    cut = next((i for i, ch in enumerate(tail) if ch in CLAUSE_BREAKS), len(tail))
    content_end = max(named[-1].end, trig.end) + cut
    # who tells the demand ("…, the UN envoy said") is its speaker, not its
    # source; the press that reports it and a place where it is said are not
    speakers = [
        m
        for m in s.mentions
        if (m.end <= named[0].start or m.start >= content_end)
        and m not in named
        and m.code
        and m.agent not in REPORTERS
        and (m.strong or not m.place)
        and not m.location_only
    ]
    said = any(
        c.entry.kind in SAYING and not named[0].start <= c.start < content_end for c in s.cues
    )
    asked = {(m.code, m.agent) for m in named}
    if not said or all((m.code, m.agent) in asked for m in speakers):
        return []  # "Israel must withdraw": no one is told to demand it of another
    return sorted(speakers + named, key=lambda m: m.start)


# Agents a demand told as an obligation is not addressed to when named as its
# subject: what a people must do ("مردم ایران باید بتوانند …", "the Iranian
# people must be able to …") is a wish or a duty, no request to a side; a
# people named after it is told what to do ("أن على القطريين المغادرة").
_NOT_ASKED = frozenset({"CVL"})


def demand_sides(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[list[Mention]] | None:
    """The sides of a demand told as an obligation: the first group of those
    who tell it asks the side named next to its trigger ("Russia must
    withdraw, the French minister said": France asks Russia), whatever their
    order in the sentence; word order alone would make the addressee, named
    first, the one who asks. No sides where the sentence names no addressee
    (as ``demanded_of`` finds it), where the side named before the trigger
    is a people or governed by a preposition (in "… پناهندگان به ترکیه باید
    …" Turkey is no subject), or where no one of another state tells it;
    None (the generic reading) for an addressee after its trigger that no
    one named before it or after a cue of saying asks."""
    named = _addressee_at(s, trig, ntext, ctx.coordinators)
    before = bool(named) and named[0].end <= trig.start
    if not named:
        return []
    if before and (
        any(m.agent in _NOT_ASKED for m in named)
        or previous_word(ntext, named[0].start) in ctx.list_governors
    ):
        return []
    # a side joined to it by a conjunction alone is asked with it
    # ("آمریکا و روسیه باید …": Russia's official asks neither)
    named = [m for m in people if _joined_to(m, named[0], ntext, ctx.coordinators)] + named
    askers = _askers(s, trig, people, named, before, ntext)
    if not askers:
        # an addressee after its trigger with no one before it or after a
        # cue of saying: the sentence's order decides, as before
        return [] if before else None
    first = coordinated_groups(askers, ntext, ctx.coordinators)[0]
    return [[asker, addressee] for asker in first for addressee in named]


def _askers(
    s: Sentence, trig: Hit, people: list[Mention], named: list[Mention], before: bool, ntext: str
) -> list[Mention]:
    """Who may ask the ``named`` addressee of a demand: one named in its
    sentence (not the article's pair), before a quotation only in the
    clause that opens it (``_speaker_clause``); no one of the same unit,
    and none of a state named whole ("Iran must …" told by an Iranian
    official is its own resolve); after an addressee named after its
    trigger ("قال X إن على Y …"), only one after a cue of saying ("…، كما
    قال مسؤول"): another is in what Y is asked ("… تشكيل حكومة")."""
    asked = {(m.code, m.agent) for m in named}
    whole = {m.code for m in named if not m.agent}
    spans = {(m.start, m.end) for m in named}
    told = {(m.start, m.end) for m in s.mentions}
    speaking = _speaker_clause(s, trig, ntext)
    return [
        m
        for m in people
        if (m.start, m.end) in told
        and (m.start >= trig.end or speaking[0] <= m.start < speaking[1])
        and (m.start, m.end) not in spans
        and (m.code, m.agent) not in asked
        and m.code not in whole
        and (before or m.end <= trig.start or _said_between(s, trig.end, m.start))
    ]


def _speaker_clause(s: Sentence, trig: Hit, ntext: str) -> tuple[int, int]:
    """Where one who tells a demand before its trigger may stand: where the
    trigger is in a quotation («…»), the clause that opens it ("…، سوالی
    است که علی افشاری … پاسخ می‌دهد: «… چین باید …»": a state named in the
    clause before, or a noun inside the quotation, is no speaker); else
    anywhere in the sentence before the trigger."""
    opener = ntext.rfind("«", s.start, trig.start)
    if opener < 0 or ntext.find("»", opener, trig.start) != -1:
        return s.start, trig.start
    head = ntext[s.start : opener].rstrip(" :")
    cut = max((i for i, ch in enumerate(head) if ch in CLAUSE_BREAKS), default=-1)
    return s.start + cut + 1, opener


def _said_between(s: Sentence, start: int, end: int) -> bool:
    """Whether a cue of saying stands between ``start`` and ``end``."""
    return any(c.entry.kind in SAYING and start <= c.start < end for c in s.cues)


def _joined_to(m: Mention, named: Mention, ntext: str, conj: frozenset[str]) -> bool:
    """Whether ``m`` is joined to the addressee by a conjunction alone
    ("آمریکا و روسیه باید …"): it is asked with it, not the one who asks."""
    return m.end <= named.start and ntext[m.end : named.start].strip() in conj


def _addressee_at(s: Sentence, trig: Hit, ntext: str, conj: frozenset[str]) -> list[Mention]:
    """The state a demand's trigger names as the one who must act, with
    nothing between: right after it ("يجب على إسرائيل"), else right before
    it ("Israel must", "آمریکا باید"); with those joined to it."""
    after = next((m for m in s.mentions if m.start >= trig.end), None)
    before = next((m for m in reversed(s.mentions) if m.end <= trig.start), None)
    forward = after is not None and not ntext[trig.end : after.start].strip()
    first = after if forward else before
    if first is None or (not forward and ntext[first.end : trig.start].strip()):
        return []
    if not first.code:
        return []
    groups = coordinated_groups(s.mentions, ntext, conj)
    group = next((g for g in groups if first in g), [first])
    at = group.index(first)
    return group[at:] if forward else group[: at + 1]
