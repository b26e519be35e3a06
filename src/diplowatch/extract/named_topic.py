"""Deed nouns named as a topic, a reference or a fear, not as deeds told.

"regarding the attack", "discussed the prisoner exchange deal", "a report
on the talks", "the envoy to the Vienna talks", "for fear of a new
attack", "the issue of expulsions", "violated the nuclear deal", "pulled
out of the talks": the noun is what is talked of, referred to or feared
(``context.TOPIC_MARKERS``, ``REPORT_TOPIC_MARKERS``, ``TALKS_POSTS``,
``FEAR_MARKERS``, ``TOPIC_KIND_HEADS``, ``REFERENCE_OPENERS``). Kept apart
from ``nonevents`` because these checks read the words right before a noun
(``phrases_before``), one family of phrase lists, with ``named_as_topic``
their one entry point.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from diplowatch.event_types import having
from diplowatch.extract.actors import previous_word
from diplowatch.extract.lang_words import phrase_tuple
from diplowatch.extract.offered import offered_deed
from diplowatch.extract.predicates import joins_topic
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS

# What the rules below need to know of each event type (``event_types.TRAITS``).
REACTIONS = having("reaction")

# words, and words or single marks, compiled once (``re.findall`` with a
# pattern string looks it up in the module cache at every call)
_WORD_ONLY = re.compile(r"\w+")
WORD_TOKENS = re.compile(r"\w+|[^\w\s]")


def words_before(ntext: str, pos: int, n: int) -> str:
    """The ``n`` words right before ``pos``, joined by one space."""
    return " ".join(ntext[max(0, pos - 60) : pos].split()[-n:])


def phrases_before(ntext: str, pos: int, counts: tuple[int, ...]) -> Iterator[str]:
    """``words_before(ntext, pos, n)`` for each ``n`` of ``counts`` (each at
    least 1), in turn: the window before ``pos`` is split once, not once per
    count (speed72a: a noun trigger's topic markers are looked for with up
    to five counts)."""
    words = ntext[max(0, pos - 60) : pos].split()
    return (" ".join(words[-n:]) for n in counts)


# How many plain words may stand between a topic marker and a noun of its
# noun phrase ("negotiating a normalisation deal": "a normalisation").
TOPIC_REACH = 3


def _in_topic_phrase(ntext: str, trigger: Hit, ctx: Any) -> bool:
    """Whether the noun ``trigger`` ends the noun phrase a topic opener
    (``context.TOPIC_PHRASE_OPENERS``, a few of the topic markers) opens,
    across up to ``TOPIC_REACH`` plain words (no punctuation, preposition,
    conjunction or verb between): "discussed the prisoner exchange deal",
    "درباره توافق تبادل زندانیان" talk of the exchange, they report none.
    Where the verb comes last, a noun with its light verb right after it
    ("درباره توافق گفت‌وگو کردند") is the clause's verb, not in the phrase."""
    openers: frozenset[str] = ctx.topic_phrase_openers
    if not openers:
        return False  # most languages list none: no work per noun
    after = _WORD_ONLY.findall(ntext[trigger.end : trigger.end + 40])
    if ctx.verb_final and after and after[0] in ctx.light_verbs:
        return False
    words = ntext[max(0, trigger.start - 100) : trigger.start].split()[-(TOPIC_REACH + 2) :]
    for gap in range(1, min(TOPIC_REACH, len(words) - 1) + 1):
        if not _plain_word(words[-gap], ctx):
            return False
        head = words[:-gap]
        if head[-1] in openers or " ".join(head[-2:]) in openers:
            return True
    return False


# The longest report marker, in words ("report on the course of the").
REPORT_MARKER_WORDS = (1, 2, 3, 4, 5, 6)
# How many words of a feared noun phrase may stand before its noun ("for
# fear of a new attack": "a new"; "خوفا من تجدد الهجمات": "تجدد").
FEAR_REACH = 3


def _reported_talks(ntext: str, trigger: Hit, ctx: Any) -> bool:
    """Talks a report tells of ("گزارشی از روند مذاکرات", "تقريرا حول سير
    المفاوضات", "a report on the talks"): ``context.REPORT_TOPIC_MARKERS``
    right before a noun that starts as one of ``REPORT_TOPIC_NOUNS``. Other
    deeds a report tells of were done ("a report on the killing of
    protesters", "در گزارش خود از حمله … خبر داد"; mendB84)."""
    markers: frozenset[str] = ctx.report_topic_markers
    if not markers:
        return False
    word = ntext[trigger.start : trigger.start + 40].split(maxsplit=1)[:1]
    if not word or not word[0].startswith(tuple(ctx.report_topic_nouns)):
        return False
    return any(p in markers for p in phrases_before(ntext, trigger.start, REPORT_MARKER_WORDS))


# frame89: how many plain words may stand between a post noun and the
# preposition that joins it to the talks ("نماینده روسیه در": "روسیه"), and
# between that preposition and the talks noun ("to the Vienna talks").
POST_REACH = 3
POST_NOUN_REACH = 2
_NOT_PLAIN = frozenset(".,،؛:;!?؟()«»\"'“”[]-–—")


def _post_in_talks(ntext: str, trigger: Hit, ctx: Any) -> bool:
    """Talks named as where a post is held ("نماینده روسیه در مذاکرات وین
    گفت", "رئيس الوفد في محادثات أستانا", "Russia's envoy to the Vienna
    talks said"): a post noun (``context.TALKS_POSTS``), up to
    ``POST_REACH`` plain words, a preposition of ``TALKS_POST_PREPS`` and up
    to ``POST_NOUN_REACH`` words before a talks noun name the holder, not a
    round held. A word of taking part near by (``TALKS_TAKING_PART``: "در
    مذاکرات وین شرکت کرد", "شارك ممثل روسيا في محادثات") or a partner
    right after ("در گفت‌وگو با پوتین") keeps it told."""
    posts: frozenset[str] = ctx.talks_posts
    if not posts:
        return False
    word = ntext[trigger.start : trigger.start + 40].split(maxsplit=1)[:1]
    if not word or not word[0].startswith(tuple(ctx.report_topic_nouns)):
        return False
    words = ntext[max(0, trigger.start - 120) : trigger.start].split()
    for gap in range(min(POST_NOUN_REACH, len(words) - 1) + 1):
        head = len(words) - 1 - gap
        if any(_NOT_PLAIN & set(w) for w in words[head:]):
            return False  # only plain words join a post to its talks
        if words[head] in ctx.talks_post_preps and _post_before(words[:head], ctx):
            return not _taking_part(ntext, trigger, ctx) and not _partner_after(ntext, trigger, ctx)
    return False


def _partner_after(ntext: str, trigger: Hit, ctx: Any) -> bool:
    """A partner's preposition within three words after the talks noun:
    "رئیس‌جمهور در گفت‌وگوی تلفنی با پوتین", "the envoy in talks with the
    rebels" tell talks held, the post's holder their side."""
    preps = ctx.partner_preps | ctx.interlocutor_preps  # fa "با" is the latter
    return any(w in preps for w in ntext[trigger.end : trigger.end + 60].split()[:3])


def _glued_joins(ctx: Any) -> tuple[str, ...]:
    """The conjunctions the language writes glued to the next word
    (``context.TOPIC_GLUED_JOINS``: the Arabic "و")."""
    return phrase_tuple(ctx.lang, "context", "TOPIC_GLUED_JOINS")


def _glued_in(w: str, glued: tuple[str, ...], words: frozenset[str]) -> bool:
    """``w`` is a word of ``words`` with a conjunction of ``glued`` on it."""
    return any(w.startswith(c) and w[len(c) :] in words for c in glued)


def _post_before(words: list[str], ctx: Any) -> bool:
    """A post noun among the last ``POST_REACH + 1`` plain words, its glued
    "و" ("and") taken off."""
    glued = _glued_joins(ctx)
    for w in reversed(words[-(POST_REACH + 1) :]):
        if _NOT_PLAIN & set(w):
            return False
        w = w.strip("\u200c")
        if w in ctx.talks_posts or _glued_in(w, glued, ctx.talks_posts):
            return True
    return False


def _taking_part(ntext: str, trigger: Hit, ctx: Any) -> bool:
    """A word or phrase of taking part within eight words either side of the
    talks noun, in its sentence, its "و" ("and") taken off: phrases are
    matched over the joined words ("حاضر شد", "به توافق رسیدند"; mendE90),
    and so are the deeds the post's holders do in the talks ("اتفق ممثلو
    … في محادثات جنيف", "در مذاکرات … پیام مبادله کردند"): they held them.
    Words after a word of saying (``TALKS_SPEECH``: "said", "گفت", "إن")
    tell what was said, no taking part."""
    before = re.split(r"[.!?؟\n]", ntext[max(0, trigger.start - 120) : trigger.start])[-1]
    after = re.split(r"[.!?؟\n]", ntext[trigger.end : trigger.end + 120])[0].split()[:8]
    said = [i for i, w in enumerate(after) if w.strip("،,") in ctx.talks_speech]
    after = after[: said[0]] if said else after  # "… said both sides agreed": what was said
    near = [w.strip("،,.") for w in before.split()[-8:] + after]
    words: frozenset[str] = ctx.talks_taking_part
    glued = _glued_joins(ctx)
    if any(w in words or _glued_in(w, glued, words) for w in near):
        return True
    joined = f" {' '.join(near)} "
    return any(" " in p and f" {p} " in joined for p in words)


def _feared(ntext: str, trigger: Hit, ctx: Any, reach: int = FEAR_REACH) -> bool:
    """A deed noun in the noun phrase a fear opens (``context.FEAR_MARKERS``:
    "خوفا من هجمات جديدة", "for fear of a new attack"), at most
    ``FEAR_REACH`` plain words on and no word of ``FEAR_PHRASE_ENDS`` between:
    what is feared has not happened, and a deed told after the phrase ("…
    after militants attacked the village", "… بعد أن قصفت القوات القرية")
    has (mendB84; noevent83 read the fear as a cue of five words' reach).
    A trigger read as a verb counts right after the fear only (``reach`` 0)."""
    markers: frozenset[str] = ctx.fear_markers
    if not markers:
        return False
    words = ntext[max(0, trigger.start - 100) : trigger.start].split()[-(reach + 4) :]
    for gap in range(min(reach, len(words)) + 1):
        if gap and (not words[-gap].isalnum() or words[-gap] in ctx.fear_phrase_ends):
            return False
        head = words[: len(words) - gap]
        if any(" ".join(head[-n:]) in markers for n in (2, 3, 4) if len(head) >= n):
            return True
    return False


_SENTENCE_ENDS = frozenset(".!?؟:;؛\n")


def _discussed(trigger: Hit, triggers: list[Hit], ntext: str, ctx: Any) -> bool:
    """Whether the noun ``trigger`` stands up to ``context.
    DISCUSSED_OBJECT_REACH`` words after a verb of talking over
    (``context.DISCUSSION_VERBS``) with no other verb trigger and no end of
    sentence between: the verb's object, what the talks were about, though
    its subject, partner, time and place came first."""
    reach: int = ctx.discussed_reach
    if not reach:
        return False  # most languages set none: no work per noun
    verbs = [t for t in triggers if t.entry.affix == "verb" and t.end <= trigger.start]
    if not verbs:
        return False
    last = max(verbs, key=lambda t: t.end)
    if ntext[last.base_start : last.base_end] not in ctx.discussion_verbs:
        return False
    gap = ntext[last.end : trigger.start]
    return len(gap.split()) <= reach and not _SENTENCE_ENDS & set(gap)


def _plain_word(word: str, ctx: Any) -> bool:
    """A word inside a noun phrase: no punctuation, verb, conjunction,
    preposition or another opener (each set asked in turn: no union built
    per noun)."""
    return word.isalnum() and not any(
        word in words
        for words in (
            ctx.phrase_breaks,
            ctx.conjunctions,
            ctx.light_verbs,
            ctx.target_preps,
            ctx.partner_preps,
            ctx.location_preps,
            ctx.scene_preps,
            ctx.topic_phrase_openers,
        )
    )


# How many words a topic marker may have ("regarding", "برای برقراری", "در
# مورد بازگشت به", "on a return to the").
TOPIC_MARKER_WORDS = (1, 2, 3, 4, 5)


def named_as_topic(trigger: Hit, triggers: list[Hit], ntext: str, ctx: Any) -> bool:
    """A noun named as a topic ("فيما يتعلق بالهجوم", "regarding the attack":
    ``context.TOPIC_MARKERS`` right before it) or as what one withdraws from
    ("انسحب من المشاورات", "pulled out of the talks") is no event."""
    if trigger.entry.affix == "verb":
        # right after a fear only a noun stands ("خوفا من قصف جديد")
        return _feared(ntext, trigger, ctx, reach=0)
    markers = ctx.topic_markers
    topic = any(p in markers for p in phrases_before(ntext, trigger.start, TOPIC_MARKER_WORDS))
    topic = topic or _aimed_across(ntext, trigger.start, ctx)
    if topic and not offered_deed(trigger, ntext, ctx):
        return True  # "به منظور آزادسازی", "برای برقراری آتش‌بس", "در مورد بازگشت به"
    if _in_topic_phrase(ntext, trigger, ctx):
        return True  # "negotiating a normalisation deal", "درباره توافق تبادل"
    if _reported_talks(ntext, trigger, ctx) or _feared(ntext, trigger, ctx):
        return True  # "گزارشی از روند مذاکرات", "fled for fear of a new attack"
    if _post_in_talks(ntext, trigger, ctx):
        return True  # "نماینده روسیه در مذاکرات وین گفت", "envoy to the talks"
    if _after_kind_head(trigger, triggers, ntext, ctx):
        return True  # "مسئله اخراج پناهجویان", "سیاست بازداشت فعالان"
    if _discussed(trigger, triggers, ntext, ctx):
        return True  # "ناقش الطرفان خلال الاجتماع … رفع الحظر"
    if _referenced(ntext, trigger, ctx):
        return True  # "violated the nuclear deal", "پایبندی ایران به توافق"
    from_word = previous_word(ntext, trigger.start) in ctx.withdraw_from
    if trigger.entry.value in REACTIONS:
        return False
    for t in triggers:
        if t.entry.value != "RETREAT" or t is trigger or t.entry.affix != "verb":
            continue
        if ctx.verb_final:
            gap = ntext[trigger.end : t.start] if trigger.end <= t.start else None
        else:
            gap = ntext[t.end : trigger.start] if t.end <= trigger.start else None
        if gap is None or CLAUSE_BREAKS & set(gap):
            continue
        # right after the withdrawal, or after "from" a few words on
        # ("انسحب حزب العمال من المشاورات")
        if len(gap.split()) <= 2 or (from_word and len(gap.split()) <= 6):
            return True
    return False


# How many words an aim's marker may have ("برای رسیدن به", "در راستای
# دستیابی به").
AIM_MARKER_WORDS = (2, 3, 4)


def _aimed_across(ntext: str, pos: int, ctx: Any) -> bool:
    """nonevent98: an aim's marker (``context.AIM_MARKERS``) before one
    determiner right before the noun (``context.AIM_DETERMINERS``: "برای
    رسیدن به چنین توافقی", "برای دستیابی به این توافق"): the deed is aimed
    at, not done, as without the determiner (``TOPIC_MARKERS``)."""
    if not ctx.aim_markers:
        return False
    words = ntext[max(0, pos - 60) : pos].split()
    if len(words) < 2 or words[-1] not in ctx.aim_determiners:
        return False
    return any(" ".join(words[-n - 1 : -1]) in ctx.aim_markers for n in AIM_MARKER_WORDS)


def _after_kind_head(trigger: Hit, triggers: list[Hit], ntext: str, ctx: Any) -> bool:
    """A deed noun right after a head noun of a subject, kind or policy
    (``context.TOPIC_KIND_HEADS``: "مسئله اخراج", "سیاست بازداشت"), or
    joined by "and" to one that is ("مسئله اعتراضات و اعتصاب‌ها"), is what
    is talked about. Read here, for nouns only, and not where a
    demonstrative closes the head ("بر سر این مسئله اتفاق نظر دارند"): a
    verb-final clause puts its verb right after a whole object."""
    if not ctx.topic_kind_heads:
        return False
    if _kind_head_before(ntext, trigger.start, ctx):
        return True
    return any(
        t is not trigger
        and t.end <= trigger.start
        and t.entry.affix != "verb"
        and joins_topic(ntext, t.end, trigger.start, ctx.topic_joins, _glued_joins(ctx))
        and _kind_head_before(ntext, t.start, ctx)
        for t in triggers
    )


def _kind_head_before(ntext: str, pos: int, ctx: Any) -> bool:
    """A kind head of one to three words ("مسئله", "the issue of") right
    before ``pos``, with no demonstrative before it."""
    words = ntext[max(0, pos - 60) : pos].split()
    for n in KIND_HEAD_WORDS:
        if len(words) >= n and " ".join(words[-n:]) in ctx.topic_kind_heads:
            return len(words) == n or words[-n - 1] not in ctx.demonstratives
    return False


# How many words a kind head may have ("مسئله", "issue of", "issue of the").
KIND_HEAD_WORDS = (1, 2, 3)


# How many words a reference opener may stand before the noun it refers to
# ("پایبندی ایران به توافق": the committed side and a preposition between).
REFERENCE_REACH = 4


def _referenced(ntext: str, trigger: Hit, ctx: Any) -> bool:
    """A noun of a type with reference openers (``context.REFERENCE_OPENERS``:
    words of commitment, violation, compliance, implementation, withdrawal)
    a few words after one, in its clause, is an existing thing referred to
    ("the US violated the nuclear deal", "committed to the agreement",
    "بر پایبندی ایران به توافق تاکید کرد", "انتهاك الاتفاق"), no new one."""
    openers: frozenset[str] = ctx.reference_openers.get(trigger.entry.value, frozenset())
    if not openers:
        return False
    words = WORD_TOKENS.findall(ntext[max(0, trigger.start - 80) : trigger.start])
    words = words[-(REFERENCE_REACH + 1) :]
    for i in range(len(words) - 1, -1, -1):
        if words[i] in openers or " ".join(words[i - 1 : i + 1]) in openers:
            return True
        if not words[i].isalnum() or words[i] in ctx.light_verbs:
            return False
    return False
