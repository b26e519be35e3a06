"""Deeds the verb's own mood tells as possible or meant, not done.

No cue word is needed: Arabic "قد" before an imperfect ("قد تستهدف"), an
imperfect after the particle "أن" ("على حكومتنا أن تحتج"), and a Persian
light verb in the subjunctive ("حمله کند", "دیدار … داشته باشد") tell a deed
meant, planned or denied. Kept apart from ``nonevents`` because these checks
read the shape of the verb that closes the trigger (``context.SUBJUNCTIVE_VERBS``,
``LIGHT_VERBS``, ``VERBAL_NOUN_SHAPES``), not the words of a cue before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from diplowatch.extract.actors import previous_word
from diplowatch.extract.cue_words import cue_written
from diplowatch.extract.named_topic import WORD_TOKENS, words_before
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import holds_whole_word

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

# Words before Arabic "أن" searched for what makes its clause one told as
# done: the subject may stand between ("استطاعت الشرطة أن تعتقل").
SUBJUNCTIVE_LEAD = 4


# Cues before a subjunctive deed that put it ahead: a plan, and a promise or
# a stated readiness (``lang/fa/status.PROMISE_CUES``), which governs only
# the deed after it and so is no cue of plan for the whole clause.
_PLAN_KINDS = frozenset({"planned", "promise"})


def may_happen(trigger: Hit, s: Sentence, ntext: str, ctx: Any) -> bool:
    """What the verb's own mood tells as possible or meant, not as done:
    Arabic "قد" before an imperfect ("قد تستهدف"; ``context.MAY_PARTICLES``,
    ``context.IMPERFECT_STARTS``); a Persian light verb in the subjunctive
    (``subjunctive``) unless a cue of plan stands before it in the sentence
    ("قرار است دیدار کنند" is a planned meeting: ``meant_later``; a cue
    after it is another clause's, and the deed would read as reported)."""
    if (
        ctx.may_particles
        and previous_word(ntext, trigger.start) in ctx.may_particles
        and ntext.startswith(ctx.imperfect_starts, trigger.start)
    ):
        return True
    mood = subjunctive(trigger, s, ntext, ctx) or subjunctive_particle(trigger, ntext, ctx)
    kinds = _PLAN_KINDS | {_INTENT_DENIED}
    return mood and not any(c.entry.kind in kinds and c.end <= trigger.start for c in s.cues)


def subjunctive_particle(trigger: Hit, ntext: str, ctx: Context) -> bool:
    """An imperfect verb right after Arabic "أن" (``context.SUBJUNCTIVE_PARTICLES``)
    is in the subjunctive: what a side must, may, wants or proposes to do ("على
    حكومتنا أن تحتج", "له الحق أن يدعو"), not a deed done. Not after a word
    that makes the clause one of time or of a deed achieved
    (``context.SUBJUNCTIVE_NOT_AFTER``: "قبل أن تنسحب", "واستطاعت الشرطة
    أن تعتقل") among the ``SUBJUNCTIVE_LEAD`` words before "أن", nor a
    verbal noun, the subject of a "that" clause: of a shape a trigger lists
    with its verbs (``context.VERBAL_NOUN_SHAPES``: "أن تصنيف الحزب …"), or
    one whose clause goes on to its own predicate (``_that_clause_subject``)."""
    if not ctx.subjunctive_particles or trigger.entry.affix != "verb":
        return False
    if not ntext.startswith(tuple(ctx.imperfect_prefixes), trigger.start):
        return False
    word = ntext[trigger.start : trigger.end]
    if any(_shaped(word, p, ctx.root_slots) for p in ctx.verbal_noun_shapes):
        return False
    particle = previous_word(ntext, trigger.start)
    if particle not in ctx.subjunctive_particles:
        return False
    at = ntext.rfind(particle, 0, trigger.start)
    before = words_before(ntext, at, SUBJUNCTIVE_LEAD).split()
    if any(_achieved_lead(w, ctx) for w in before):
        return False
    return not _that_clause_subject(trigger, ntext, ctx)


def _achieved_lead(word: str, ctx: Context) -> bool:
    """Whether ``word``, as written or without one glued conjunction
    (``context.SUBJUNCTIVE_LEAD_CLITICS``: "واستطاعت", "فما لبث"), is one
    of ``context.SUBJUNCTIVE_NOT_AFTER``."""
    lead: frozenset[str] = ctx.subjunctive_not_after
    if word in lead:
        return True
    return word[:1] in ctx.subjunctive_lead_clitics and word[1:] in lead


# How many words after the word read after "أن" its clause's own predicate
# may stand ("أن تبادل الأسرى بين حماس وإسرائيل تم").
# mendD71: 8 reached a later clause's predicate ("أن تنسحب القوات التركية
# من بعشيقة خلال أسبوع يتم بعده …").
THAT_CLAUSE_REACH = 5


def _that_clause_subject(trigger: Hit, ntext: str, ctx: Context) -> bool:
    """Whether a finite predicate (``context.THAT_CLAUSE_PREDICATES``: "تم",
    "جاء", "يأتي") follows ``trigger`` in its clause, within
    ``THAT_CLAUSE_REACH`` words, before punctuation and before a word that
    opens another clause (``context.THAT_CLAUSE_BREAKS``: "التي", "حتى"):
    then the word after "أن" is a verbal noun, that clause's subject ("أكد أن
    نشر القوات في العراق جاء بطلب من الحكومة"), which no letter shape tells
    from a verb ("تبادل", "نشر" are also imperfects). Only a word that opens
    as a verbal noun may (``context.VERBAL_NOUN_STARTS``): "أن يقصف" is a verb;
    and only in a verbal noun's shape (``context.THAT_CLAUSE_NOUN_SHAPES``:
    "تبادل", "نشر"), not a verb's ("أن تنسحب القوات … يتم", mendD71)."""
    if not ctx.verbal_noun_starts or not ntext.startswith(ctx.verbal_noun_starts, trigger.start):
        return False
    word = ntext[trigger.start : trigger.end]
    if not any(_shaped(word, p, ctx.root_slots) for p in ctx.that_clause_noun_shapes):
        return False
    for word in ntext[trigger.end :].split()[:THAT_CLAUSE_REACH]:
        if word in ctx.that_clause_predicates:
            return True
        if word in ctx.that_clause_breaks or CLAUSE_BREAKS & set(word):
            return False
    return False


def meant_later(trigger: Hit, s: Sentence, ntext: str, ctx: Any) -> bool:
    """A subjunctive deed after a cue of plan anywhere before it in its
    sentence is still to come, however far the cue stands: a verb-final clause
    puts the whole object between "قصد دارد" and "اعزام کند" ("دولت بریتانیا
    قصد دارد برای خارج کردن کارمندان … ۶۰۰ نظامی را به افغانستان اعزام کند")."""
    return subjunctive(trigger, s, ntext, ctx) and any(
        c.entry.kind in _PLAN_KINDS and c.end <= trigger.start for c in s.cues
    )


# left78: the cue kind of an intent denied (``lang/fa/status.INTENT_DENIED_CUES``).
_INTENT_DENIED = "intent_denied"


def intent_denied(trigger: Hit, s: Sentence, ntext: str, ctx: Any) -> bool:
    """A subjunctive deed after an intent denied anywhere before it in its
    sentence ("روسیه قصد ندارد نیرو به سوریه اعزام کند") is said not to be
    done: negated, as "does not intend to send" is, not a wish dropped. The
    verb-final clause puts the object between the cue and the deed, as in
    ``meant_later``."""
    return subjunctive(trigger, s, ntext, ctx) and any(
        c.entry.kind == _INTENT_DENIED and c.end <= trigger.start for c in s.cues
    )


def subjunctive(trigger: Hit, s: Sentence, ntext: str, ctx: Any) -> bool:
    """A Persian verb in the subjunctive closes the trigger ("حمله کند", "به
    گفتگو بنشیند"; ``context.SUBJUNCTIVE_VERBS``, no "می" before it), unless a
    past "could" before it tells it done (``context.REALIZED_MODALS``:
    "توانست وارد شود"). A one-word verb has its own mood: a past ("کشتند") is
    told, one in the list ("بیندازند") is not; one that ends in its preverb
    or object has its light verb right after it ("نیروی انتظامی باید … وارد
    شود", "بعید نبود که … را رد کند"; not a full verb: "از آنها خواستم
    بگویند" asked). After a noun its verb is the
    first light verb in three words, or a subjunctive one right after it:
    "وام دهند" closes the loan, though "دهد" is no light verb (it closes
    reports: "خبر می‌دهد"); one further on may be another noun's ("جلوتر از
    فرآیند مذاکرات حرکت کنیم")."""
    if not ctx.subjunctive_verbs:
        return False
    words = ntext[trigger.base_start : trigger.end].split()
    if ntext[trigger.start : trigger.end] in ctx.own_demands:
        closing = _demand_verb(trigger, ntext, ctx)
        if closing is None:
            return False
        verb, before = closing
    elif trigger.entry.affix == "verb":
        if not words:
            return False
        verb = words[-1]
        before = words[-2] if len(words) > 1 else previous_word(ntext, trigger.start)
        following = WORD_TOKENS.findall(ntext[trigger.end : trigger.end + 20])[:1]
        if following and following[0] in ctx.subjunctive_verbs & ctx.light_verbs:
            verb, before = following[0], verb  # "را رد کند", "وارد شود": a preverb's verb
    elif _closed_by_have(trigger, ntext, ctx) and not _after_trip(trigger, s, ntext, ctx):
        verb, before = "", ""
    else:
        closing = _noun_verb(trigger, words, ntext, ctx)
        if closing is None:
            return False
        verb, before = closing
    if verb and (verb not in ctx.subjunctive_verbs or before in ctx.indicative_markers):
        return False
    lead = ntext[max(s.start, trigger.start - 80) : trigger.start]
    return not any(holds_whole_word(lead, m) for m in ctx.realized_modals)


def _after_trip(trigger: Hit, s: Sentence, ntext: str, ctx: Any) -> bool:
    """Whether a word of travel (``context.HAVE_TRIP_LEADS``: "رفت", "سفر")
    stands before ``trigger`` in its sentence: "به تهران رفت تا دیداری …
    داشته باشد" tells the visit done, the meeting its purpose."""
    return not ctx.have_trip_leads.isdisjoint(ntext[s.start : trigger.start].split())


# typesfa83: how many words after a noun trigger the subjunctive of "to have"
# that closes it may stand ("دیدار کوتاهی با پدرش داشته باشد": 4).
HAVE_REACH = 6


def _closed_by_have(trigger: Hit, ntext: str, ctx: Any) -> bool:
    """Whether the subjunctive of "to have" (``context.HAVE_SUBJUNCTIVES``:
    "داشته باشد") closes the noun ``trigger`` within ``HAVE_REACH`` words,
    before any clause break, light verb or subjunctive verb: "… تا دیدار
    کوتاهی با پدرش داشته باشد" is a meeting meant, not had, as "تا … دیدار
    کند" is. Persian puts the noun's object and partner between it and its
    verb, so the three words `_noun_verb` reads do not reach it."""
    window = ntext[trigger.end : trigger.end + 80]
    if not ctx.have_subjunctives or not cue_written(window, ctx.have_subjunctives):
        return False  # speed107: none written after most nouns, nothing to read
    words = WORD_TOKENS.findall(window)[: HAVE_REACH + 2]
    for i, word in enumerate(words[:-1]):
        if f"{word} {words[i + 1]}" in ctx.have_subjunctives:
            return i <= HAVE_REACH
        if CLAUSE_BREAKS & set(word) or word in ctx.light_verbs or word in ctx.subjunctive_verbs:
            return False
    return False


# typesfa85: how many words a demand's object may hold before the verb that
# closes it ("خواستار افزایش دستمزد و بیمه کارگران شوند": 5).
DEMAND_REACH = 8


def _demand_verb(trigger: Hit, ntext: str, ctx: Any) -> tuple[str, str] | None:
    """The verb that closes a demand word (``context.OWN_DEMANDS``:
    "خواستار", "خواهان") and the word before it: the first light or
    subjunctive verb within ``DEMAND_REACH`` words, before any clause break,
    copula or "که" (``context.DEMAND_STOPS``).
    The demand's object stands between them ("خواستار افزایش حقوق‌هایتان
    شوید": that you demand a raise, no demand made), further than the three
    words `_noun_verb` reads."""
    words = WORD_TOKENS.findall(ntext[trigger.end : trigger.end + 120])[: DEMAND_REACH + 1]
    for i, word in enumerate(words):
        if word in ctx.light_verbs or word in ctx.subjunctive_verbs:
            return word, words[i - 1] if i else ""
        if CLAUSE_BREAKS & set(word) or word in ctx.demand_stops:
            return None
    return None


def demand_object_end(trigger: Hit, ntext: str, ctx: Any) -> int | None:
    """Where the verb that closes a demand word starts (``_demand_verb``):
    the demand's object ends there ("خواستار اخراج سفیر این کشور شدند");
    None where no such verb is found."""
    words = list(WORD_TOKENS.finditer(ntext, trigger.end, min(len(ntext), trigger.end + 120)))
    for match in words[: DEMAND_REACH + 1]:
        word = match.group()
        if word in ctx.light_verbs or word in ctx.subjunctive_verbs:
            return match.start()
        if CLAUSE_BREAKS & set(word) or word in ctx.demand_stops:
            return None
    return None


def _noun_verb(trigger: Hit, words: list[str], ntext: str, ctx: Any) -> tuple[str, str] | None:
    """The verb that closes a noun trigger and the word before it: the first
    light verb in the three words after it, or a subjunctive verb right after
    it (``subjunctive``); None where neither stands there."""
    after = WORD_TOKENS.findall(ntext[trigger.end : trigger.end + 40])[:3]
    at = next(
        (
            i
            for i, w in enumerate(after)
            if w in ctx.light_verbs or (i == 0 and w in ctx.subjunctive_verbs)
        ),
        None,
    )
    if at is None:
        return None
    return after[at], after[at - 1] if at else (words[-1] if words else "")


def _shaped(word: str, shape: str, slots: frozenset[str]) -> bool:
    """Whether ``word`` has the letters of ``shape`` where they are not a
    root's slot (``context.ROOT_SLOTS``: "تصنيف" has the shape "تفعيل")."""
    return len(word) == len(shape) and all(
        s in slots or s == w for s, w in zip(shape, word, strict=True)
    )
