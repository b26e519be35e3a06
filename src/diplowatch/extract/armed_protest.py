"""Policemen or soldiers who protest themselves.

A protest's understood side is its crowd of civilians (``xx/agents.
IMPLIED_AGENTS``), added when no one of the crowd is named. When the named
protesters are policemen or soldiers ("تظاهر رجال الشرطة", "police officers
protested over pay"), they are the crowd: no civilians stand beside them.
They are told as the protest's subject, written right next to its word: after
it where the verb comes first ("تظاهر رجال الشرطة"), before it where the
subject is written first ("police officers protested"). Further off, or
across a preposition ("protests against the police"), they are what the
crowd protests against. Where the verb ends its clause the subject stands
far before it, and a noun right after a protest's word is as often the next
clause's subject as its owner: no rule there. But a protest's word that
carries its owner ("واصل رجال الشرطة احتجاجاتهم", "police officers continued
their protests", "پلیس به اعتراضات خود ادامه داد") is the protest of the
armed men named last before it, in every order of words (agents23ar).
"""

from __future__ import annotations

from collections.abc import Sequence

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.model import Actor
from diplowatch.text.words import words_after, words_before

# Who may protest in a body without being civilians: the state's armed men.
_ARMED = frozenset({"COP", "MIL"})
# Who may be the one protested against beside them.
_RULERS = frozenset({"GOV", "LEG", "JUD"})


def armed_protesters(
    side: Sequence[Mention], trig: Hit, ntext: str, ctx: Context, forced: bool = False
) -> bool:
    """Whether a police or army mention of ``side`` is the protest's subject:
    right next to its word ``trig`` (before it where the subject is written
    before its verb, ``titles_follow_country``; not where the verb ends the
    clause, ``verb_final``), or the owner of a word that carries one (not
    after a deed of force, ``forced``: "قمعت الشرطة احتجاجاتهم")."""
    before = ctx.titles_follow_country
    for m in side:
        if m.agent not in _ARMED:
            continue
        if not forced and _owner(m, side, trig, ntext, ctx.own_deed_marks):
            return True
        if ctx.verb_final:
            continue
        gap = ntext[m.end : trig.start] if before else ntext[trig.end : m.start]
        if (m.end <= trig.start if before else m.start >= trig.end) and not gap.strip():
            return True
    return False


def _owner(
    m: Mention, side: Sequence[Mention], trig: Hit, ntext: str, marks: tuple[str, ...]
) -> bool:
    """``m`` is named last before the protest's word, a few words off, and
    the word carries a possessive (``OWN_DEED_MARKS``): glued to it
    ("احتجاجاتهم"), the word before it ("their") or after it ("خود")."""
    if not marks or m.end > trig.start or any(m.end <= o.start < trig.start for o in side):
        return False
    if len(ntext[m.end : trig.start].split()) > 8:
        return False
    near = words_before(ntext, trig.start, 1) + words_after(ntext, trig.end, 1)
    return ntext[trig.base_end : trig.end].endswith(marks) or any(w in marks for w in near)


def armed_as_crowd(actors: list[Actor], named: list[Actor]) -> list[Actor]:
    """``actors`` without the understood civilians added beside ``named``,
    and with the government understood as the one protested against, as
    for any crowd (``xx/agents.IMPLIED_AGENTS``), which the armed men, read
    as the authorities, had kept out: policemen protest their own state's
    (agents23ar). Not where a ruling body is named."""
    out = [a for a in actors if a.agent != "CVL" or any(a is n for n in named)]
    if any(a.agent in _RULERS for a in out):
        return out
    code = next((a.code for a in out if a.agent in _ARMED), None)
    return [*out, Actor(code, agent="GOV")]


def bystander_forces_out(
    actors: list[Actor], side: Sequence[Mention], trig: Hit, ntext: str, ctx: Context
) -> list[Actor]:
    """``actors`` of a protest without the police or soldiers named only
    after its word and not as its counterpart (``PROTEST_COUNTERPARTS``: what
    it is against):
    "protests broke out, and security forces dispersed them", "a rally near
    the police headquarters". They confront or guard the crowd, a deed of
    their own (an arrest, an attack, a deployment) told by its own word;
    the one protested against stays the understood government (actors36).
    The caller asks first whether they are the protesters themselves
    (``armed_protesters``), and keeps them where no one else and no place
    is told ("the march, before which the army was on alert")."""
    units = {(m.code, m.agent) for m in side if m.agent in _ARMED and m.start >= trig.end}
    units -= {
        (m.code, m.agent)
        for m in side
        if m.start < trig.end or _counterpart(m, ntext, ctx.protest_counterparts)
    }
    return [a for a in actors if (a.code, a.agent) not in units]


def _counterpart(m: Mention, ntext: str, markers: frozenset[str]) -> bool:
    """The word, or the two words, right before ``m`` make it the crowd's
    counterpart ("against the police", "علیه نیروهای امنیتی", "ضد الشرطة"),
    or do so before one noun of what it does ("على ممارسات قوات الأمن", "در
    اعتراض به رفتار پلیس"); a marker further off opens another phrase ("با
    شلیک نیروهای امنیتی", "by fire of the security forces")."""
    words = words_before(ntext, m.start, 3)
    for gap in (0, 1):
        head = words[: len(words) - gap]
        if head and (head[-1] in markers or " ".join(head[-2:]) in markers):
            return True
    return False
