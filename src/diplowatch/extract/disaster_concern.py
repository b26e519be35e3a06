"""Concern about a disaster blames no one.

"The EU expressed concern about the spread of wildfires in Turkey", "وزیر
از وقوع سیل در پاکستان ابراز نگرانی کرد": a word of concern is read as a
criticism (ACCUSE) because what one fears is usually someone's deed ("concern
over the arrests"). When the clause of the concern names a disaster or an
accident (``status.DISASTER_CUES``: a fire, a flood, an epidemic, a crash)
and no deed of anyone (no word of an attack, ``status.ATTACK_CUES``, and no
other deed's word in the clause), the concern is sympathy with a country
struck by nature, and the country where it struck is no accused side
(nonevent106). Concern about an arrest, an attack or a deed named beside the
disaster keeps its accusation, and so does a condemnation in the same
sentence: only the words of concern (``context.CONCERN_WORDS``) are read.
A disaster's word that names the people struck, not the disaster ("patients",
"بیماران"; ``context.CONCERN_NOT_DISASTERS``), makes no sympathy: concern
about patients may be about what was done to them. Nor does concern about
how an actor met the disaster ("concern over the government's failure to
help the flood victims", "از سهل‌انگاری دولت در مهار آتش‌سوزی‌ها"): an
actor of the state or of force named in the clause besides the voicer is
blamed (mendA106). The deaths a disaster gave are excused only told after
it ("the floods that killed 30"); a killing named before it ("the killing
of protesters and the floods") is someone's deed (mendA106).
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.agent_groups import FORCE_AGENTS
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.victims_only import ACCIDENT_WORD, ATTACK_WORD
from diplowatch.text.breaks import clause_end, clause_start
from diplowatch.text.punctuation import CLAUSE_BREAKS, SENTENCE_STOPS
from diplowatch.text.words import WORD_RUN

_BREAKS = CLAUSE_BREAKS | SENTENCE_STOPS
_DISASTER = frozenset({"disaster", ACCIDENT_WORD})
# the type of the deaths a disaster gives ("the floods that killed 30")
_DEATHS = "ASSAULT"
# mendA106: actors whose handling of a disaster a concern blames ("the
# government's failure", "سهل‌انگاری دولت", "تقصير الحكومة")
_BLAMED_AGENTS = FORCE_AGENTS | {"GOV"}
# the words before the voicer of a concern at most ("The UN", "أعربت الأمم")
_VOICER_REACH = 3


def drop_disaster_concern(
    candidates: list[Hit], s: Sentence, ntext: str, ctx: Context
) -> list[Hit]:
    """``candidates`` without the words of concern about a disaster alone."""
    words: frozenset[str] = getattr(ctx, "concern_words", frozenset())
    if not words or not any(c.entry.kind in _DISASTER for c in s.cues):
        return candidates
    return [t for t in candidates if not _concern_of_disaster(t, candidates, s, ntext, ctx)]


def _concern_of_disaster(
    t: Hit, candidates: list[Hit], s: Sentence, ntext: str, ctx: Context
) -> bool:
    """Whether ``t`` is an ACCUSE word of concern whose clause names a
    disaster and no one's deed: no attack word and no other trigger in it,
    but for the words of deaths a disaster gave (ASSAULT already out of
    ``candidates``: "the floods that killed 30"). An arrest named in the
    clause is a deed even when no event is read from it ("از بازداشت
    بیماران ابراز نگرانی کرد"), and so is a doer named after a passive's
    marker (``context.AGENT_MARKERS``: "آتش‌سوزی … که توسط معترضان صورت
    گرفت", "the fire started by protesters")."""
    words: frozenset[str] = ctx.concern_words
    if t.entry.value != "ACCUSE" or not any(w in ntext[t.start : t.end] for w in words):
        return False
    lo = clause_start(ntext, s.start, t.start, _BREAKS)
    hi = clause_end(ntext, t.end, s.end, _BREAKS)
    inside = [c for c in s.cues if lo <= c.start and c.end <= hi]
    people: frozenset[str] = ctx.concern_not_disasters
    if not any(c.entry.kind in _DISASTER and ntext[c.start : c.end] not in people for c in inside):
        return False
    if any(c.entry.kind == ATTACK_WORD for c in inside):
        return False
    if _doer_marked(ntext, lo, hi, ctx.syntax.agent_markers):
        return False
    if _actor_besides_voicer(s, ntext, lo, hi):
        return False
    kept = {o.start for o in candidates}
    disasters = [c.end for c in inside if c.entry.kind in _DISASTER]
    return not any(
        o.start != t.start
        and lo <= o.start
        and o.end <= hi
        and (o.start in kept or not _disaster_deaths(o, disasters))
        for o in s.triggers
    )


def _disaster_deaths(o: Hit, disaster_ends: list[int]) -> bool:
    """Whether ``o`` is deaths told after a disaster word of its clause
    ("the floods that killed 30"), not a killing named before it ("the
    killing of protesters and the floods": someone's deed; mendA106)."""
    return o.entry.value == _DEATHS and any(end <= o.start for end in disaster_ends)


def _actor_besides_voicer(s: Sentence, ntext: str, lo: int, hi: int) -> bool:
    """Whether the clause names, besides the one voicing the concern, an
    actor of the state or of force: its handling of the disaster is what the
    concern is about ("concern over the government's failure to help the
    flood victims"; mendA106). The voicer is the clause's first actor when it
    opens the clause (within its first ``_VOICER_REACH`` words): a group the
    lexicon names no actor ("یک نهاد حقوق بشری از بی‌توجهی پلیس …") leaves
    the police the first actor, and blamed."""
    inside = sorted((m for m in s.mentions if lo <= m.start and m.end <= hi), key=lambda m: m.start)
    if inside and len(WORD_RUN.findall(ntext, lo, inside[0].start)) < _VOICER_REACH:
        inside = inside[1:]
    return any(m.agent in _BLAMED_AGENTS for m in inside)


def _doer_marked(ntext: str, lo: int, hi: int, markers: frozenset[str]) -> bool:
    """Whether a passive's agent marker ("توسط", "by") stands in ``ntext[lo:hi]``."""
    run = WORD_RUN.findall(ntext, lo, hi)
    return any(w in markers or " ".join(run[i : i + 2]) in markers for i, w in enumerate(run))
