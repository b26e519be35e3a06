"""What a trigger word tells that is not an event: checks that drop it.

A diplomatic or military word in a sentence is not always news. It may be
the content of a demand or a threat ("demanded the release"), what a
refusal answers ("rejected the threats"), a word inside a quoted title, the
occasion another act was told in ("during his meeting with …"), an
adjective of the people a deed of force strikes ("fired on striking
workers"), or stand in a law's article or a sentence about sport or
markets. Each check reads its word lists from ``lang/<code>/status.py`` or
``context.py``; a language without the list is unaffected.

The other families of such checks have modules of their own: history and
background (``history``), a cue's mood of condition, wish or guess
(``hypothetical``), the verb's own mood (``verb_mood``), nouns named as a
topic (``named_topic``), words that veto a trigger (``vetoes``) and what
agreeing or pledging takes as its content (``agreed_content``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from diplowatch.event_types import having
from diplowatch.extract.actors import previous_word
from diplowatch.extract.named_topic import phrases_before
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS, COMMAS, QUOTE_PAIRS
from diplowatch.text.words import word_pattern

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

# What the rules below need to know of each event type (``event_types.TRAITS``).
UNREAL = having("unreal")
REFUSALS = having("refusal")
DESCRIBES_PEOPLE = having("describes_people")
FORCE = having("force")
# working people who go on strike (spec agents: workers, teachers and
# students, health workers): "striking" right before them is their strike
STRIKERS = frozenset({"LAB", "EDU", "HLH"})


# Modes whose object has not happened either: the content of an allegation
# or of a warning.
UNREAL_MODES = {"allege", "warn"}


# Words an object may stand before its verb in the same clause ("توقف حملات
# هوایی به یمن را خواستار شد").
OBJECT_BEFORE = 4


def content_of(trigger: Hit, reactions: list[Hit], ntext: str, ctx: Any) -> bool:
    """A verb after what is asked, threatened or rejected and one of the words
    that open its content (``context.CONTENT_OPENERS``: "خواست که … لغو کند",
    "از مردم خواست تا … ترک کنند") is that content, not a deed of its own,
    unless a relative pronoun right before it opens a clause of its own
    (``context.RELATIVE_PRONOUNS``)."""
    if not ctx.content_openers:
        return False
    for r in reactions:
        # an allegation's preposition names the accused ("وجه تهمة إلى شابين
        # اعتقلوا"), not what is alleged
        if r.entry.value not in UNREAL or r.end > trigger.start:
            continue
        gap = ntext[r.end : trigger.start]
        if CLAUSE_BREAKS & set(gap) - frozenset(COMMAS):
            continue
        words = gap.split()
        if words[-1:] and words[-1] in ctx.syntax.relatives:
            continue  # "… التفجير الذي استهدف كنيسة": a relative clause tells what happened
        if set(words) & ctx.content_openers or _bare_content(r, words, ctx):
            return True
    return False


# Words a content clause may run to when no opener starts it ("از آمریکا
# خواست همه تحریم‌ها علیه ایران را طبق توافق بردارد").
BARE_CONTENT_REACH = 12


def _bare_content(reaction: Hit, gap: list[str], ctx: Any) -> bool:
    """Where the verb closes its clause (``context.VERB_FINAL``), a verb after
    a reaction's own verb in its clause can only be what it asks or threatens:
    Persian often leaves the "که" out ("از دولت آمریکا خواست تحریم‌ها را
    بردارد"). A conjunction between starts a clause of its own ("خواست و
    … لغو کرد"), and so does a long stretch of words."""
    return (
        ctx.verb_final
        and reaction.entry.affix == "verb"
        and 0 < len(gap) <= BARE_CONTENT_REACH
        and not set(gap) & ctx.conjunctions
    )


def asked_for(trigger: Hit, reactions: list[Hit], ntext: str, ctx: Any) -> bool:
    """A reaction's noun right after what opens the content of a demand
    ("دعت الحكومة إلى إدانة العدوان": a condemnation asked for, not made):
    at most ``ASKED_GAP`` words after the opener (``context.CONTENT_OPENERS``),
    nothing but commas before it ("دعت الحركة، الحكومة، إلى «إدانة"), and no
    punctuation after it (", وتعهد بمواصلة دعمها" is a clause of its own)."""
    if not ctx.content_openers or trigger.entry.affix == "verb":
        return False
    for r in reactions:
        if r is trigger or r.entry.value not in UNREAL or r.end > trigger.start:
            continue
        words = ntext[r.end : trigger.start].split()
        at = max((i for i, w in enumerate(words) if w in ctx.content_openers), default=None)
        if at is None or len(words) - at - 1 > ASKED_GAP:
            continue
        before, after = " ".join(words[:at]), " ".join(words[at + 1 :])
        if CLAUSE_BREAKS & set(before) - frozenset(COMMAS) or CLAUSE_BREAKS & set(after):
            continue
        return True
    return False


# Words a refusal's verb and the word it rejects may stand apart: the
# refuser between them ("رفض وزير الخارجية اللبناني التهديدات").
REFUSED_GAP = 5
# The words another side said that a refusal answers: its threats and
# accusations ("رفض التهديدات الإسرائيلية", "rejected the accusations").
REFUSAL_ANSWERS = frozenset({"THREATEN", "ACCUSE"})


def refused_word(trigger: Hit, reactions: list[Hit], ntext: str) -> bool:
    """A threat's or accusation's noun that a refusal takes as its
    object, at most ``REFUSED_GAP`` words after it in its clause ("رفض
    وزير الخارجية اللبناني التهديدات الإسرائيلية"): the other side's word
    answered, no threat or blame by the refuser, as English "rejected the
    Israeli threats" and Persian "تهدیدات اسرائیل را رد کرد" are read."""
    if trigger.entry.affix == "verb" or trigger.entry.value not in REFUSAL_ANSWERS:
        return False
    for r in reactions:
        if r.entry.value not in REFUSALS or r.end > trigger.start:
            continue
        gap = ntext[r.end : trigger.start]
        if len(gap.split()) <= REFUSED_GAP and not CLAUSE_BREAKS & set(gap):
            return True
    return False


# Words between a demand's content opener and the reaction asked for ("إلى «إدانة").
ASKED_GAP = 1


def object_of(
    trigger: Hit,
    reactions: list[Hit],
    ntext: str,
    verb_final: bool,
    conj: frozenset[str],
    preps: frozenset[str] = frozenset(),
    means: frozenset[str] = frozenset(),
) -> bool:
    """Whether a noun trigger is what a reaction asks, threatens, rejects or
    alleges: it follows the reaction in its sentence — the demands of a list
    run on past commas — or, where objects may stand before the verb
    (``context.VERB_FINAL``: "توقف حملات را خواستار شد"), precedes it.
    Objects of condemnation and praise stay events: the attack condemned
    and the visit welcomed took place. A request named after a preposition
    (``preps``: "با درخواست دولت موافقت کرد", "از موافقت … با درخواست …
    خبر داد") is no predicate, so the noun before it is not its object. Nor
    is a noun after words of means (``means``: "با تجمع مقابل مجلس خواستار
    … شدند", they demanded by gathering), but for a refusal, whose object
    "با" marks ("با تحریم‌ها مخالفت کرد")."""
    for r in reactions:
        if not is_unreal(r):
            continue
        if r.end <= trigger.start:
            return True
        if verb_final and trigger.end <= r.start:
            if r.entry.value not in REFUSALS and _after_means(ntext, trigger.start, means):
                continue
            gap = ntext[trigger.end : r.start]
            words = gap.split()
            if words and words[-1] in preps:
                continue
            if len(words) <= OBJECT_BEFORE and not (CLAUSE_BREAKS & set(gap) or conj & set(words)):
                return True
    return False


def _after_means(ntext: str, pos: int, means: frozenset[str]) -> bool:
    """Whether words of means ("با", "ضمن برگزاری") end right before ``pos``."""
    return any(p in means for p in phrases_before(ntext, pos, (1, 2, 3))) if means else False


# What may stand between a title cue and the quotation mark that opens the
# title ("entitled: «…»").
_BEFORE_QUOTE = " :"


def in_title(trigger: Hit, s: Sentence, ntext: str) -> bool:
    """A deed word inside the quoted title or name a title cue opens
    (``status.TITLE_CUES``: "a report entitled «Is the alliance breaking
    up?»", "مؤتمر بعنوان «دعم سوريا»", "مقاله‌ای با عنوان «اعتصاب …»") names
    a book, a conference or a campaign, and tells no deed. Only a quoted
    span counts: after "known as" an unquoted name ends where the clause
    goes on ("a man named X was killed")."""
    for cue in s.cues:
        if cue.entry.kind != "title" or cue.end > trigger.start:
            continue
        at = (
            cue.end
            + len(ntext[cue.end : trigger.start])
            - len(ntext[cue.end : trigger.start].lstrip(_BEFORE_QUOTE))
        )
        closing = QUOTE_PAIRS.get(ntext[at : at + 1])
        if closing is None:
            continue
        end = ntext.find(closing, at + 1, s.end)
        if end != -1 and trigger.end <= end:
            return True
    return False


def victims_described(candidates: list[Hit], s: Sentence, ntext: str, ctx: Any) -> list[Hit]:
    """``candidates`` without the deeds written as an adjective of people
    that a deed of force in the sentence strikes ("fired on striking
    workers", "به سوی کارگران اعتصابی تیراندازی کردند"): those people are
    its victims, their strike no event of the sentence (Arabic reads
    "العمال المضربين" as people alone)."""
    if not any(t.entry.value in FORCE for t in candidates):
        return candidates
    return [
        t
        for t in candidates
        if t.entry.value not in DESCRIBES_PEOPLE or not _describes_people(t, s, ntext, ctx)
    ]


def strikers_named(candidates: list[Hit], s: Sentence, ntext: str, ctx: Any) -> list[Hit]:
    """``candidates`` without a participle of striking written right before
    working people ("Striking Iranian oil workers demanded …"; English
    ``context.STRIKE_PARTICIPLES`` before an agent of ``STRIKERS``): the people are on strike, no blow is
    struck. The listed "striking … workers" phrases are a strike already;
    a state's adjective in between hid it, and "striking targets" keeps its
    attack (english59)."""
    if not ctx.strike_participles:
        return candidates
    return [t for t in candidates if not _before_strikers(t, s, ntext, ctx)]


def _before_strikers(trigger: Hit, s: Sentence, ntext: str, ctx: Any) -> bool:
    """The trigger is a deed of force written as a strike participle with a
    mention of working people right after it, nothing between."""
    if trigger.entry.value not in FORCE:
        return False
    if ntext[trigger.start : trigger.end] not in ctx.strike_participles:
        return False
    if previous_word(ntext, trigger.start) in ctx.strike_auxiliaries:
        return False  # "the drone was striking oil workers": a verb, its victims
    return any(
        m.agent in STRIKERS and m.start >= trigger.end and not ntext[trigger.end : m.start].strip()
        for m in s.mentions
    )


def _describes_people(trigger: Hit, s: Sentence, ntext: str, ctx: Any) -> bool:
    """The trigger's words name people (an agent noun inside it: "striking
    workers") or describe the agent noun right before it ("کارگران اعتصابی";
    ``agents.DESCRIBING_AGENT_NOUNS``)."""
    word = ntext[trigger.start : trigger.end]
    for m in s.mentions:
        if not m.agent:
            continue
        if trigger.start <= m.start and m.end <= trigger.end:
            return True
        if word in ctx.describing_agents and not ntext[m.end : trigger.start].strip():
            return True
    return False


def is_unreal(trigger: Hit) -> bool:
    """A trigger whose object has not happened: a demand, threat or
    allegation (trait ``unreal``, or mode in ``UNREAL_MODES``)."""
    return trigger.entry.value in UNREAL or trigger.entry.extra[0] in UNREAL_MODES


# What follows the label of a law's article or clause: its number and a
# dash, colon or bracket ("ماده ۲۷ -", "تبصره4-", "Article 5:").
_PROVISION_NUMBER = re.compile(r"\s*[0-9\u06f0-\u06f9\u0660-\u0669]+\s*[-\u0640\u2013:)]")


# how far into a sentence its article label and number may reach
_PROVISION_HEAD = 64


def provision(s: Sentence, ntext: str, ctx: Any) -> bool:
    """A sentence that opens with the label of a law's article or clause
    ("ماده ۲۷ - معتمدان دعوت‌شده … محرومند", "تبصره ۴ - واردات کالاهای
    اهدایی … معاف است", "Article 5: …") states a rule: what it provides for
    no one did (falsehits54; ``context.PROVISION_LABELS``)."""
    labels: frozenset[str] = getattr(ctx, "provision_labels", frozenset())
    # the label stands first: read the opening, not a copy of the sentence
    head = ntext[s.start : min(s.end, s.start + _PROVISION_HEAD)].lstrip()
    return any(
        head.startswith(label) and _PROVISION_NUMBER.match(head, len(label)) is not None
        for label in labels
    )


def off_domain(s: Sentence, ntext: str, ctx: Context) -> bool:
    """A sentence about sport, film or markets ("the two teams met", "the
    dollar retreated"): its meetings and attacks are not political events
    (``context.OFF_DOMAIN_CUES``). A word of a plot that is also said of
    real deeds ("the protagonist", "تدور أحداث": ``context.PLOT_CUES``)
    counts only where a film, a novel, a series or a play is named in the
    sentence (``context.STORY_WORK_WORDS``; mendA82)."""
    kinds = {c.entry.kind for c in s.cues}
    if "off_domain" in kinds:
        return True
    if "plot" not in kinds:
        return False
    pattern = _story_works(ctx.story_work_words)
    return pattern is not None and pattern.search(ntext, s.start, s.end) is not None


@lru_cache(maxsize=8)
def _story_works(words: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for a language's words of a story's work, each whole."""
    return word_pattern(sorted(words))


# How many words after a meeting noun may come before the word that names
# its partner ("در گفتگوی تلفنی با", "في اتصال هاتفي مع", "in a meeting with").
PARTNER_REACH = 4


def meeting_occasion(trigger: Hit, asked: list[Hit], ntext: str, ctx: Any) -> bool:
    """Whether a meeting noun is the occasion in which another act was told
    ("در دیدار با … خواستار … شد", "خلال لقائه … طالب …"): held, not what
    the demand or the blame asks. After a word that only ever opens an
    occasion (``meeting_sure_openers``: "خلال", "طی", "during") that is
    enough. After a preposition that may also open an asked thing's phrase
    (``meeting_openers``: "در") the meeting must name its partner soon after
    (``meeting_partners``: "با") and come before every word of asking: in
    "خواستار مشارکت در مذاکرات با آمریکا شد" the talks are what is asked. A
    meeting only spoken of ("خواستار دیدار با …") has no opener."""
    if _after_means(ntext, trigger.start, ctx.meeting_not_openers):
        return False  # "من خلال المشاورات": by way of talks, a means
    if _after_means(ntext, trigger.start, ctx.meeting_sure_openers):
        return True
    if not _after_means(ntext, trigger.start, ctx.meeting_openers):
        return False
    if any(r.start < trigger.start for r in asked):
        return False
    words = ntext[trigger.end : trigger.end + 80].split()[:PARTNER_REACH]
    return any(w in ctx.meeting_partners for w in words)
