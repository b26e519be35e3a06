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
from functools import cache

from diplowatch.extract.actor_context import Context
from diplowatch.extract.agent_groups import STATE_FORCES
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.lang.agent_fields import language_field
from diplowatch.model import Actor
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import SENTENCE_ENDS
from diplowatch.text.words import words_after, words_before

# Who may protest in a body without being civilians: the state's armed men
# (``STATE_FORCES``). Who may be the one protested against beside them.
_RULERS = frozenset({"GOV", "LEG", "JUD"})


def armed_protesters(
    side: Sequence[Mention], trig: Hit, ntext: str, ctx: Context, forced: bool = False
) -> bool:
    """Whether a police or army mention of ``side`` is the protest's subject:
    right next to its word ``trig`` (before it where the subject is written
    before its verb, ``titles_follow_country``; not where the verb ends the
    clause, ``verb_final``), or the owner of a word that carries one (not
    after a deed of force, ``forced``: "قمعت الشرطة احتجاجاتهم"). Nor are
    armed men the strikers of a hunger strike a deed beside it ends
    (``_broken``: "فضت الشرطة إضرابا عن الطعام", "soldiers broke up a hunger
    strike": mendB76); an arrest before it is what the striker protests
    ("در اعتراض به بازداشت خود اعتصاب غذا کرده است")."""
    if (
        _self_protest(trig, ntext, ctx.lang)
        and _armed_subjects(side, trig)
        and not _broken(trig, ntext, ctx.lang)
    ):
        return True
    before = ctx.titles_follow_country
    for m in side:
        if m.agent not in STATE_FORCES:
            continue
        if not forced and _owner(m, side, trig, ntext, ctx.own_deed_marks):
            return True
        if ctx.verb_final:
            continue
        gap = ntext[m.end : trig.start] if before else ntext[trig.end : m.start]
        if (m.end <= trig.start if before else m.start >= trig.end) and not gap.strip():
            return True
    return False


# characters after a protest's word where its kind is told: right after it
# ("إضراب عن الطعام") or after what it protests at ("در اعتراض به بازداشت
# خود اعتصاب غذا کرد": one protest), within the sentence
_SELF_PROTEST_REACH = 40


@cache
def _self_protest_words(lang: str) -> tuple[str, ...]:
    """The language's words of a protest only its doers undergo (a hunger
    strike, ``agents.SELF_PROTEST_WORDS``), normalised."""
    return tuple(normalize_phrase(w) for w in language_field(lang, "SELF_PROTEST_WORDS"))


def _self_protest(trig: Hit, ntext: str, lang: str) -> bool:
    """Whether the protest's word is, or is followed by, words of a protest
    one makes with one's own body ("اعتصاب غذا", "إضراب عن الطعام", "hunger
    strike"): roles74."""
    words = _self_protest_words(lang)
    span = ntext[trig.start : trig.end + _SELF_PROTEST_REACH]
    span = span[: min((i for i, c in enumerate(span) if c in SENTENCE_ENDS), default=len(span))]
    return bool(words) and any(w in span for w in words)


# words before a hunger strike's word (a verb-first clause names the
# breaker before the armed men) and after it (a verb-final one after its
# object) where a deed that breaks it is read, within the sentence
_BREAKER_BEFORE = 8
_BREAKER_AFTER = 6


def _broken(trig: Hit, ntext: str, lang: str) -> bool:
    """Whether a deed that ends or breaks a protest (``agents.
    SELF_PROTEST_BREAKERS``: "فضت", "broke up", "سرکوب") stands near the
    hunger strike's word in its sentence: the armed men named with it broke
    it up and are not its strikers (mendB76)."""
    breakers = tuple(normalize_phrase(w) for w in language_field(lang, "SELF_PROTEST_BREAKERS"))
    left = ntext[max(0, trig.start - 120) : trig.start]
    right = ntext[trig.end : trig.end + 120]
    for c in SENTENCE_ENDS:
        left, right = left.rsplit(c, 1)[-1], right.split(c, 1)[0]
    near = f" {' '.join(left.split()[-_BREAKER_BEFORE:] + right.split()[:_BREAKER_AFTER])} "
    return any(f" {w} " in near for w in breakers)


def _armed_subjects(side: Sequence[Mention], trig: Hit) -> bool:
    """Whether everyone the side names before a hunger strike's word is a
    policeman or a soldier (states may be named with them): "فرمانده پلیس
    در زندان دست به اعتصاب غذا زد", "دخل قائد الشرطة في إضراب عن الطعام".
    A hunger strike is made by those who refuse food, never against
    them, so the commander is the striker (roles74); a named crowd
    ("زندانیان در بازداشت پلیس …") keeps the police its counterpart."""
    before = [m for m in side if m.end <= trig.start]
    return any(m.agent in STATE_FORCES for m in before) and all(
        m.agent in STATE_FORCES or m.agent is None for m in before
    )


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
    code = next((a.code for a in out if a.agent in STATE_FORCES), None)
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
    units = {(m.code, m.agent) for m in side if m.agent in STATE_FORCES and m.start >= trig.end}
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
