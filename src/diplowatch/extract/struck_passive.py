"""Who a deed of force told in the passive struck, when no doer is named.

"استُهدفت دورية للشرطة", "هوجم مقر للجيش", "تم استهداف قافلة للجيش",
"a police station was attacked on Sunday": the side the sentence names
underwent the deed, and its doer is left unnamed (unidentified attackers,
as the spec codes an attack whose perpetrator is not named). Read as the
subject of an active deed, the side would stand in the doer's slot.

Arabic writes the passive of most verbs like the active, so only a spelling
that is passive alone counts: a voweled passive (a damma right after a
perfect's first letter, "قُتل", or the third of a form opening with an
alif, "استُهدف", "اعتُقل"; ``context.PASSIVE_VOWEL_MARKS``), a form
listed in ``context.PASSIVE_FORCE_FORMS`` ("هوجم", "اغتيل"), or the deed's
verbal noun after a light verb of the passive (``context.
PASSIVE_FORCE_LEADS``: "تم استهداف", "تمت مهاجمة"). Then the side follows
the verb. English writes the passive with a form of "be" (``syntax.
passive_be``) right before a verb trigger, the side before it. Where the
side is marked as the agent ("برصاص", "by gunmen"), the doer is named and
the rule does not hold; nor where the side names no agent (a state or a
person of it as a whole), which keeps its reading of before.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.agent_groups import UNNAMED_ATTACKERS
from diplowatch.extract.scan import Hit
from diplowatch.text.breaks import first_break
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import WORD_RUN as _WORD

# How many words before a mention its agent's marker may stand ("على يد
# مسلحين مجهولين"), and how far after an English passive its "by" may.
_MARK_WORDS = 3
_BY_CHARS = 40


def passive_struck(side: list[Mention], trig: Hit, surface: str, ntext: str, ctx: Any) -> bool:
    """Whether ``side`` is whom a passive deed struck, its doer unnamed:
    ``surface`` is the trigger as written (with its vowel signs)."""
    markers = ctx.doer_markers.get(trig.entry.value, frozenset()) | ctx.syntax.agent_markers
    # a state named as a whole ("an Iranian scientist was assassinated")
    # is read as before: the passive's subject names no agent struck
    if not any(m.agent for m in side) or any(_agent_marked(m, ntext, markers) for m in side):
        return False
    if _arabic_passive(trig, surface, ntext, ctx) or _undergone_in_deed(side, trig, ntext, ctx):
        return all(m.start >= trig.end for m in side)
    if _be_passive(trig, ntext, ctx) and not _deed_after(trig, ntext, ctx):
        return all(m.end <= trig.start for m in side) and not _by_after(trig, ntext, ctx)
    return False


def _arabic_passive(trig: Hit, surface: str, ntext: str, ctx: Any) -> bool:
    """A passive verb spelled as one (voweled or listed), or a verbal noun
    right after a light verb of the passive."""
    word = ntext[trig.start : trig.end].split()[0] if trig.end > trig.start else ""
    if trig.entry.affix == "verb" and (word in ctx.passive_force_forms or _voweled(surface, ctx)):
        return True
    before = ntext[max(0, trig.start - 12) : trig.start].split()[-1:]
    if not before or before[0] not in ctx.passive_force_leads:
        return False
    return not _mutual_after(trig, ntext, ctx)


# Words after the side where the deed it underwent may be named ("في أنقرة
# في هجوم مسلح": a place may stand between).
_UNDERGONE_REACH = 6
# The attackers a deed's own words may name ("هجوم إرهابي").


def _undergone_in_deed(side: list[Mention], trig: Hit, ntext: str, ctx: Any) -> bool:
    """A perfect of force spelled alike in both voices (``context.
    AMBIGUOUS_FORCE_VERBS``: "قتل") right before its one side with an agent,
    then, in the clause, "في" and a deed of force (``context.
    UNDERGONE_DEED_OPENERS``, ``UNDERGONE_DEED_NOUNS``): "قتل السفير الروسي
    في هجوم مسلح" tells the ambassador killed in an attack, not killing; the
    active would name whom it killed, a second side ("قتل الجيش 20 مسلحا في
    هجوم"), and is read as before."""
    word = ntext[trig.start : trig.end].split()[0] if trig.end > trig.start else ""
    if trig.entry.affix != "verb" or word not in ctx.ambiguous_force_verbs:
        return False
    agents = sorted((m for m in side if m.agent), key=lambda m: m.start)
    if not agents or ntext[trig.end : agents[0].start].strip():
        return False
    if not ntext.startswith(tuple(ctx.undergone_side_articles), agents[0].start):
        return False  # "قتل جنود مصريون في هجوم": read as struck already
    end = first_break(ntext, agents[0].end, agents[0].end + 120, CLAUSE_BREAKS)
    words = list(_WORD.finditer(ntext, agents[0].end, end))[:_UNDERGONE_REACH]
    opener = next(
        (
            w.start()
            for w, nxt in zip(words, words[1:], strict=False)
            if w.group() in ctx.undergone_deed_openers and nxt.group() in ctx.undergone_deed_nouns
        ),
        None,
    )
    # the attackers of the deed itself ("في هجوم إرهابي") are not its object;
    # a deed that names its doer ("في غارة جوية تركية": an air force) keeps
    # the reading of before (``implied_sides._deed_names_doer``)
    return opener is not None and all(
        m.start > opener and m.agent == UNNAMED_ATTACKERS for m in agents[1:]
    )


def attackers_in_deed(side: list[Mention], trig: Hit, ntext: str, ctx: Any) -> bool:
    """The unidentified attackers are named by the deed itself after the
    verb and its other sides, opened by "في"/"جراء" (``context.
    UNDERGONE_DEED_OPENERS``) and a deed of force (``UNDERGONE_DEED_NOUNS``):
    "قتل 3 شرطيين في هجوم إرهابي" tells policemen killed in a terrorist
    attack, so the attackers, not the policemen counted first, did the deed
    (place84; ``implied_sides.with_implied`` puts them first)."""
    if not ctx.undergone_deed_openers:
        return False
    deeds = [m for m in side if m.agent == UNNAMED_ATTACKERS and m.start >= trig.end]
    if not deeds or not any(_opened_deed(m, ntext, ctx) for m in deeds):
        return False
    first = min(m.start for m in deeds)
    return all(
        trig.end <= m.start < first for m in side if m.agent and m.agent != UNNAMED_ATTACKERS
    )


def _opened_deed(m: Mention, ntext: str, ctx: Any) -> bool:
    """``m`` begins with a deed of force right after an opener of the deed
    undergone ("في هجوم إرهابي")."""
    words = ntext[m.start : m.end].split()
    before = ntext[max(0, m.start - 12) : m.start].split()
    return bool(words and before) and (
        words[0] in ctx.undergone_deed_nouns and before[-1] in ctx.undergone_deed_openers
    )


# Words after a deed's noun where a side named "between" them is looked for.
MUTUAL_REACH = 4


def _mutual_after(trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether "between"/"with" (``context.PASSIVE_LEAD_RECIPROCAL``) follows
    the deed's noun within ``MUTUAL_REACH`` words of its clause: "جرت
    اشتباكات عنيفة بين A وB" tells a clash of both, not one undergone."""
    end = first_break(ntext, trig.end, trig.end + 80, CLAUSE_BREAKS)
    words = ntext[trig.end : end].split()[:MUTUAL_REACH]
    return any(w in ctx.passive_lead_reciprocal for w in words)


def _voweled(surface: str, ctx: Any) -> bool:
    """A damma (``context.PASSIVE_VOWEL_MARKS``) right after the first letter
    of a perfect ("قُتل"), or after the third of a derived form opening with
    an alif ("استُهدف", "اعتُقل"); not after the fourth ("أطلقُوا" is active)
    nor on an imperfect's prefix ("يُهاجم")."""
    if surface[:1] in ctx.passive_conjunctions and len(surface) > 3:
        surface = surface[1:]  # "وقُتل": the conjunction written on it
    letters = [i for i, c in enumerate(surface) if c.isalpha()]
    if len(letters) < 2 or surface[letters[0]] in ctx.imperfect_prefixes:
        return False
    after = {letters[0]}
    if surface[letters[0]] in ctx.derived_form_alifs and len(letters) > 3:
        after.add(letters[2])
    for i, c in enumerate(surface):
        if c in ctx.passive_vowel_marks and max((j for j in letters if j < i), default=-1) in after:
            return True
    return False


def _be_passive(trig: Hit, ntext: str, ctx: Any) -> bool:
    """A form of "be" right before a verb trigger ("was attacked")."""
    if trig.entry.affix != "verb" or not ctx.syntax.passive_be:
        return False
    before = ntext[max(0, trig.start - 12) : trig.start].split()[-1:]
    return bool(before) and before[0] in ctx.syntax.passive_be


def _deed_after(trig: Hit, ntext: str, ctx: Any) -> bool:
    """ "were killed in an attack": the deed named after "in" (``context.
    PASSIVE_DEED_OPENERS``) is read on its own (``context.UNDERGO_VERBS``),
    as the other languages read it."""
    nxt = ntext[trig.end : trig.end + 12].split()[:1]
    return bool(nxt) and nxt[0] in ctx.passive_deed_openers


def _by_after(trig: Hit, ntext: str, ctx: Any) -> bool:
    """An agent's marker after the passive, in its clause ("by gunmen")."""
    rest = ntext[trig.end : first_break(ntext, trig.end, trig.end + _BY_CHARS, CLAUSE_BREAKS)]
    return bool(ctx.syntax.agent_markers & set(_WORD.findall(rest)))


def _agent_marked(m: Mention, ntext: str, markers: frozenset[str]) -> bool:
    """A marker of the deed's agent right before the mention ("على أيدي")."""
    before = _WORD.findall(ntext[max(0, m.start - 40) : m.start])[-_MARK_WORDS:]
    text = " " + " ".join(before) + " "
    return any(f" {w} " in text for w in markers)
