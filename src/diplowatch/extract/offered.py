"""A deed offered by a stated readiness is no topic (types74fa).

A noun right after an aim marker ("برای مذاکره") names what an act is for,
and ``predicates.drop_topics`` and ``named_topic.named_as_topic`` drop it. After
a readiness declared for it ("ایران آمادگی خود را برای مذاکره با عربستان
اعلام کرد", "بر آمادگی کشورش برای میانجیگری تاکید کرد") the noun is the deed
offered: PLOVER codes an expressed intent to meet, mediate or help as that
deed to come, and English "declared its readiness for talks" is read so
(planned, by the language's ahead cue for readiness). The words are the
language's (``context.OFFER_WORDS``, ``OFFER_MARKERS``, ``OFFER_NOT_BEFORE``,
``OFFER_NOT_AFTER``, ``OFFER_REACH``); a language without them offers nothing here.
"""

from __future__ import annotations

from diplowatch.event_types import having
from diplowatch.extract.actor_context import Context
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS

# A readiness to use force is a threat, which a threat word tells: the deed
# of force itself stays an aim.
_FORCE = having("force")
# How far back the marker's clause is read, in characters.
_WINDOW = 160
# Stops and quotes a word may carry at a sentence's end ("نکرد.").
_MARKS = ".!?؟«»\"'()"


def offered_deed(trigger: Hit, text: str, ctx: Context) -> bool:
    """Whether ``trigger`` is a deed noun right after an offer marker that a
    declared readiness within ``ctx.offer_reach`` words before governs in
    the same clause (no break, the readiness not denied or talked about)."""
    if not ctx.offer_words or trigger.entry.affix == "verb" or trigger.entry.value in _FORCE:
        return False
    words = text[max(0, trigger.start - _WINDOW) : trigger.start].split()
    if not words or words[-1] not in ctx.offer_markers:
        return False
    before = words[:-1]
    for back in range(1, min(len(before), ctx.offer_reach + 1) + 1):
        word = before[-back]
        if any(ch in CLAUSE_BREAKS for ch in word):
            return False
        if word in ctx.offer_words:
            following = before[len(before) - back + 1 :]
            clause = following + _clause_after(text[trigger.end : trigger.end + _WINDOW])
            preceding = before[:-back]
            return _declared(preceding, following, ctx) and (
                _stated(clause, ctx) or _declared_noun(preceding, ctx)
            )
    return False


def _clause_after(text: str) -> list[str]:
    """The words of ``text`` up to the first clause break: the rest of the
    clause the readiness stands in, where its verb stands."""
    words: list[str] = []
    for word in text.split():
        cut = next((i for i, ch in enumerate(word) if ch in CLAUSE_BREAKS), -1)
        if cut >= 0:
            return [*words, word[:cut]] if cut else words
        words.append(word)
    return words


def _declared_noun(preceding: list[str], ctx: Context) -> bool:
    """Whether the readiness stands right after a noun of declaring ("ضمن
    اعلام آمادگی ایران برای ارتقاء همکاری", "با ابراز آمادگی"): stated
    there, whatever verb ends the clause."""
    return bool(preceding) and preceding[-1] in ctx.offer_verbs


def _stated(clause: list[str], ctx: Context) -> bool:
    """Whether the readiness clause carries a verb stating it
    (``ctx.offer_verbs``: "اعلام کرد", "تاکید کرد", "آمادگی داریم"), its
    light verb not negated (``ctx.offer_verbs_denied``: "اعلام نکرد"): a
    readiness denied ("هیچ آمادگی … ندارد") or not announced offers no
    deed. A language without these words reads every clause as stated."""
    if not ctx.offer_verbs:
        return True
    clause = [word.strip(_MARKS) for word in clause]
    for i, word in enumerate(clause):
        if word in ctx.offer_verbs:
            return i + 1 >= len(clause) or clause[i + 1] not in ctx.offer_verbs_denied
    return False


def _declared(preceding: list[str], following: list[str], ctx: Context) -> bool:
    """Whether the readiness word between ``preceding`` and ``following`` is
    one stated: not denied or talked about (``ctx.offer_not_before``), not
    preparations in the plural (``ctx.offer_not_after``)."""
    if following and following[0] in ctx.offer_not_after:
        return False
    last_two = " ".join(preceding[-2:])
    return not (preceding and preceding[-1] in ctx.offer_not_before) and (
        last_two not in ctx.offer_not_before
    )
