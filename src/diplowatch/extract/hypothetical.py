"""Deeds a cue tells as supposed, not done: a condition, a wish, a guess.

A deed word after a cue of condition ("if", "في حال"), hope ("expressed
hope that"), guess ("may", "ربما"), obligation ("must"), possibility,
permission ("allowed … to"), provision ("the bill stipulates") or question
(``status.*_CUES``) within the cue's reach tells what might, must or should
happen; so does a deed joined by "and" to such a deed. Kept apart from
``nonevents`` because every check here is measured from a cue of the
sentence (``Sentence.cues``) over a reach of words set per cue kind
(``HYPOTHETICAL_SPANS``), and ``events`` reads their starts in one pass
(``hypothetical_starts``).
"""

from __future__ import annotations

from dataclasses import dataclass

from diplowatch.extract.hope_clause import NO_BOUNDS, WishBounds
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS, COMMAS, QUOTE_PAIRS

# Words between a hypothetical cue ("if", "في حال") and what it conditions;
# a hope or a wish (``status.WISH_CUES``: "expressed hope that", "أعرب عن
# أمله في أن") governs the whole clause that follows it.
HYPOTHETICAL_SPAN = 5
# Words between a mandative cue ("insisted that") and the deed's verb: its
# subject ("the Iraqi government").
MANDATIVE_SPAN = 6
WISH_SPAN = 20
# A guess ("analysts expect that the two may reach a deal to withdraw",
# "ربما تفرض", "ممکن است … اعمال کند"; ``status.SPECULATION_CUES``) governs
# a verb and its object phrase.
SPECULATION_SPAN = 8
# What must or should happen ("must stop the fighting", "يجب على الطرفين
# وقف القتال"; ``status.OBLIGATION_CUES``) is the verb right after the cue
# and its object: a deed further on is another clause's ("the killers must be
# punished after gunmen attacked the embassy").
OBLIGATION_SPAN = 3
# A deed named as possible ("a possible prisoner swap", "امکان مبادله
# زندانیان"; ``status.POSSIBILITY_CUES``) follows the word at once: further
# on, the possibility is of something else about it ("احتمال حصول پیشرفت در
# مذاکرات", "امکان ثمربخشی گفت‌وگوها": progress in talks that were held).
POSSIBILITY_SPAN = 0
# What a law, a deal or a side allows or forbids ("ويسمح القانون للشرطة
# بإطلاق النار", "allowed US jets to launch strikes"; ``status.PERMISSION_CUES``)
# is the verb phrase the cue governs: whom it allows stands between (a subject,
# "للطائرات العسكرية الاميركية"). Further on, another clause's deed is told
# ("… بما يسمح ايجاد صيغ … داعيا الى …": the speaker's own call).
PERMISSION_SPAN = 8
# A deed noun right before a guess is its verb's subject ("the Vienna talks
# may resume"): its own complement may stand between ("talks in Vienna").
GUESSED_SUBJECT_SPAN = 2
# Words after such a guess in which its verb of the deed's course stands
# ("ممکن است در ماه سپتامبر از سر گرفته شود").
COURSE_REACH = 8
# consult34fa: remarks referred to ("با اشاره به بیانات رهبر در دیدار با
# شاعران", "referring to the leader's remarks in his meeting with poets";
# ``status.REFERENCE_CUES``) were made at an earlier meeting that is only
# where they were said: a deed named in the next few words is no news.
REFERENCE_SPAN = 6
# nonevent96: what a side is known for ("known for his criticism of the
# government", "معروف به انتقاد از دولت"; ``status.REPUTATION_CUES``) is a
# standing trait, no deed of the day: the deed noun follows the cue at once,
# or after one possessive ("his", "its"). Not in Arabic, where "ب" is glued
# to the deed ("المعروف بانتقاده"): measured and not kept (round 96).
REPUTATION_SPAN = 1
# nonevent105: a deed ruled out ("لا مجال للتردد والتراجع", "no room for
# hesitation or retreat", "جایی برای مذاکره نیست"; ``status.RULED_OUT_CUES``)
# is named, not done: the deed right after the cue, or after one other noun
# and "and"/"or" (the things ruled out are listed). Three words on, a clause
# the cue's noun governs tells a deed done ("no room for doubt that Israel
# attacked").
RULED_OUT_SPAN = 2
GLUED_KINDS = frozenset({"wish_glued"})
# nonevent105: the quote marks a writer sets round the cue or the deed
# ("از «امکان» تبادل زندانیان", "the 'possibility' of a prisoner swap") are
# no words between them: the cue still governs the deed right after it.
_QUOTE_MARKS = "".join(sorted(set(QUOTE_PAIRS) | set(QUOTE_PAIRS.values())))
HYPOTHETICAL_SPANS = {
    "reference": REFERENCE_SPAN,
    "reputation": REPUTATION_SPAN,
    "ruled_out": RULED_OUT_SPAN,
    "apodosis": HYPOTHETICAL_SPAN,
    "possibility": POSSIBILITY_SPAN,
    "conditional": HYPOTHETICAL_SPAN,
    "obligation": OBLIGATION_SPAN,
    "wish": WISH_SPAN,
    # mendB70: a hope that counts only with what is hoped glued to it
    # (``status.WISH_GLUED_CUES``: "عن أمله بتعزيز"; ``_hoped_glued``)
    "wish_glued": WISH_SPAN,
    # noevent51: what a law, a bill or a deal provides ("ينص مشروع القانون
    # على معاقبة …", "the bill stipulates that …"; ``status.PROVISION_CUES``)
    # is a rule for what may come, no deed done: as a wish, to its clause's end
    "provision": WISH_SPAN,
    # noevent85: what a law or a side allows or forbids (``status.PERMISSION_CUES``)
    "permission": PERMISSION_SPAN,
    # a question asked ("asked whether the US supports …") reports nothing
    # it asks about, to the end of its clause, as a wish does
    "question": WISH_SPAN,
    "speculation": SPECULATION_SPAN,
}


@dataclass(frozen=True)
class PermissionReach:
    """What bounds the deed a permission governs (``status.PERMISSION_CUES``),
    from ``context.py``: ``leads`` the marks before a verb's form it allows
    (``PERMITTED_VERB_LEADS``: "to shoot"), ``stops`` the words that open
    another clause or phrase between it and a deed (``PERMISSION_STOPS``:
    "ثم", "بعد", "and the"), ``results`` the words right after a deed that
    tell what it did (``PERMITTED_DEED_RESULTS``: "that killed")."""

    leads: frozenset[str] = frozenset()
    stops: frozenset[str] = frozenset()
    results: frozenset[str] = frozenset()
    # mendB105: what bounds a deed ruled out (``status.RULED_OUT_CUES``):
    # ``ruled_out_stops`` the words of time that open another phrase
    # (``context.RULED_OUT_STOPS``: "after", "بعدما", "پس از"), and
    # ``ruled_out_glued`` the prepositions that must be glued to the word
    # right after the cue (``context.RULED_OUT_GLUED``: "لا مجال ل…").
    ruled_out_stops: frozenset[str] = frozenset()
    ruled_out_glued: frozenset[str] = frozenset()
    # the starts of a definite noun (``context.DEFINITE_STARTS``: "وال"): a
    # deed with a conjunction glued is ruled out only as such a noun
    noun_starts: tuple[str, ...] = ()


NO_PERMISSION = PermissionReach()


def hypothetical(
    trigger: Hit,
    s: Sentence,
    ntext: str,
    verb_final: bool = False,
    wish_prefixes: frozenset[str] = frozenset(),
    wish_not_objects: frozenset[str] = frozenset(),
    bounds: WishBounds = NO_BOUNDS,
    permission: PermissionReach = NO_PERMISSION,
    joins: frozenset[str] = frozenset(),
) -> bool:
    """What might happen ("في حالة تعرض الموكب لإطلاق نار", "if they attack",
    "اگر حمله کنند"): a trigger after a conditional cue (``status.CONDITIONAL_CUES``)
    in the same clause, at most ``HYPOTHETICAL_SPAN`` words on, after a
    guess (``status.SPECULATION_CUES``) at most ``SPECULATION_SPAN`` words
    on, or after a hope (``status.WISH_CUES``) at most ``WISH_SPAN`` words on.
    Where the verb closes its clause (``verb_final``) a guess governs that
    whole clause, as a hope does: subject, times and objects stand between
    it and the deed ("بعید است دولت جدید در هفته‌های آینده … آماده بازگشت به
    مذاکرات شود"). A comma right after the cue sets off an opening phrase,
    not another clause ("In my view, the two sides will sign", "في رأيي، سيوقع").
    A hope of ``status.WISH_GLUED_CUES`` counts only with what is hoped glued
    right after it (``wish_prefixes``: ``_hoped_glued``), and not in a word
    of ``wish_not_objects`` ("بعد", "بين": no prefix glued at all). A hope's
    clause ends where ``bounds`` says ("hopes … while jets struck Gaza").
    A permission governs only what it allows (``_permitted``, ``permission``
    the language's marks of its reach; ``joins`` its conjunctions)."""
    for cue in s.cues:
        span = HYPOTHETICAL_SPANS.get(cue.entry.kind)
        if verb_final and cue.entry.kind == "speculation":
            span = WISH_SPAN
        if span is None or cue.end > trigger.start or _in_name(cue, s):
            continue
        if not _permitted(cue, trigger, ntext, permission, joins):
            continue
        if cue.entry.kind in GLUED_KINDS and not _hoped_glued(
            cue, ntext, wish_prefixes, wish_not_objects
        ):
            continue
        gap = ntext[cue.end : trigger.start].lstrip(" " + COMMAS)
        if span == WISH_SPAN and bounds.closes(gap, ntext, trigger.start):
            continue  # "hopes … while jets struck Gaza": another clause (english72)
        if len(gap.strip(" " + _QUOTE_MARKS).split()) <= span and not CLAUSE_BREAKS & set(gap):
            return True
    return _mandative(trigger, s, ntext, bounds)


def _permitted(
    cue: Hit, trigger: Hit, ntext: str, reach: PermissionReach, joins: frozenset[str]
) -> bool:
    """Whether a cue may govern ``trigger``: any cue but a permission's
    (``status.PERMISSION_CUES``) does; a permission governs what it allows,
    not a finite verb of another clause joined after it ("لا تسمح بدخول
    الصحفيين وطالب الأمم المتحدة …": the speaker's own demand; noevent85).
    A trigger of the verb class is no deed allowed with a conjunction glued
    to it ("وطالب"), nor, in a language that lists the marks of what is
    allowed (``context.PERMITTED_VERB_LEADS``: "to shoot", "the lifting"),
    where none of them stands before it ("allowed the rally and police
    arrested"). A conjunction standing alone before it joins one more deed
    allowed ("لا يسمح بنفيه أو سحب الجنسية منه"). mendA86: nor is any
    trigger, noun or verb, after a word that opens another clause or a
    phrase of time (``reach.stops``: "ثم اعتقلت", "بعد الغارة", "and the
    raid"), nor one whose own relative clause tells what it did
    (``reach.results``: "allowed the strike that killed …": done)."""
    if cue.entry.kind == "ruled_out":
        return _ruled_out(cue, trigger, ntext, reach, joins)
    if cue.entry.kind != "permission":
        return True
    between = f" {ntext[cue.end : trigger.start]} "
    if any(f" {stop} " in between for stop in reach.stops):
        return False
    if _phrase_after(ntext, trigger.end, reach.results):
        return False
    if trigger.entry.affix != "verb":
        return True
    if trigger.prefix and trigger.prefix[:1] in joins:  # "و" glued: "وطالب"
        return False
    words = ntext[: trigger.start].split()
    before = words[-1] if words else ""
    return not reach.leads or before in reach.leads


def _ruled_out(
    cue: Hit, trigger: Hit, ntext: str, reach: PermissionReach, joins: frozenset[str]
) -> bool:
    """Whether a deed ruled out ("no room for talks", "لا مجال للتراجع")
    may be ``trigger`` (mendB105): not a verb with a conjunction glued,
    which tells a clause's own deed ("لا مجال للتفاوض وهاجمت إيران …"),
    unless its word opens as a noun ("للتردد والتراجع",
    ``reach.noun_starts``); not after a word of time
    (``reach.ruled_out_stops``: "no place for a truce after strikes on
    Beirut"); and, where the cue's preposition is glued to the next word
    (``reach.ruled_out_glued``), only with it there: "لا مكان آمن" ("no
    safe place") rules nothing out."""
    if trigger.entry.affix == "verb" and trigger.prefix and trigger.prefix[:1] in joins:
        word = ntext[trigger.start : trigger.end]
        if not word.startswith(reach.noun_starts) or not reach.noun_starts:
            return False
    between = ntext[cue.end : trigger.start]
    if any(f" {stop} " in f" {between} " for stop in reach.ruled_out_stops):
        return False
    if not reach.ruled_out_glued:
        return True
    words = between.split()
    first = words[0] if words else ntext[trigger.start : trigger.end]
    return any(first.startswith(p) and len(first) > len(p) for p in reach.ruled_out_glued)


def _phrase_after(ntext: str, pos: int, phrases: frozenset[str]) -> bool:
    """Whether one of ``phrases`` follows ``pos`` as whole words (after the
    rest of the trigger's word)."""
    if not phrases:
        return False
    tail = ntext[pos : pos + 60]
    if tail[:1].isalnum():  # the trigger ends inside its word ("strike|s")
        tail = tail.split(maxsplit=1)[-1] if " " in tail else ""
    after = f" {tail.strip()} "
    return any(after.startswith(f" {p} ") for p in phrases)


def told_after_hope(trigger: Hit, s: Sentence, ntext: str, bounds: WishBounds) -> int | None:
    """Where the clause opens that tells a deed after a hope's clause ended
    ("Turkey hopes the talks will succeed as Russian jets struck Idlib":
    "as"), or None: the deed's sides are named from there on, not the hoper
    (mendA72). The cues and span are those ``hypothetical`` reads."""
    for cue in s.cues:
        if HYPOTHETICAL_SPANS.get(cue.entry.kind) != WISH_SPAN or cue.end > trigger.start:
            continue
        gap = ntext[cue.end : trigger.start]
        if _in_name(cue, s) or CLAUSE_BREAKS & set(gap) or len(gap.split()) > WISH_SPAN:
            continue
        if bounds.closes(gap, ntext, trigger.start):
            return cue.end + bounds.closing_at(gap)
    return None


def _mandative(trigger: Hit, s: Sentence, ntext: str, bounds: WishBounds) -> bool:
    """A verb in its bare form after "insisted/suggested that" and its
    subject (``bounds.mandative``, ``MANDATIVE_SPAN`` words): the mandative
    subjunctive, what a side is to do ("the union insisted that the
    government withdraw the bill"). The phrases are read beside the cues,
    not among them: "insisted" stays the attribution cue that keeps its
    speaker out of the deed's sides ("Iran insisted that the US had
    attacked its ships"; mendA72)."""
    if trigger.entry.affix != "verb" or not bounds.mandative:
        return False
    padded = f" {ntext[s.start : trigger.start]}"
    for phrase in bounds.mandative:
        at = padded.rfind(f" {phrase} ")
        if at < 0:
            continue
        gap = padded[at + len(phrase) + 2 :]
        if len(gap.split()) <= MANDATIVE_SPAN and not CLAUSE_BREAKS & set(gap):
            return bounds.bare_verb(ntext, trigger.start)
    return False


def _hoped_glued(
    cue: Hit, ntext: str, prefixes: frozenset[str], not_objects: frozenset[str]
) -> bool:
    """Whether the word right after the hope ``cue`` opens with the prefix of
    what is hoped (``context.WISH_OBJECT_PREFIXES``: "عن أمله بتعزيز
    العلاقات", "عن أملها بأن"). Without it the hope's object comes later, and
    a deed between is told, not hoped ("أعرب … عن أمله خلال لقائه نظيره").
    A word that only opens with the prefix's letter (``not_objects``,
    ``context.WISH_NOT_OBJECTS``: "عن أمله بعد لقائه", "بين", "بسبب") glues
    nothing (mendD71)."""
    after = ntext[cue.end :].split()[:1]
    if not prefixes or not after or after[0] in not_objects:
        return False
    return after[0].startswith(tuple(prefixes))


def guessed_subject(
    trigger: Hit, s: Sentence, ntext: str, courses: frozenset[str], relatives: frozenset[str]
) -> bool:
    """A deed noun that a guess follows at once, the guess then telling the
    deed's own course, is the subject of the guessed verb ("the talks may
    resume", "مذاکرات وین ممکن است از سر گرفته شود"): at most
    ``GUESSED_SUBJECT_SPAN`` words (its own complement) between noun and
    guess, in one clause, and a word of a deed's course (``context.
    COURSE_WORDS``: "resume", "برگزار") within ``COURSE_REACH`` words after
    the guess, before a relative word opens another noun's clause. A guess
    about what the deed brings is not about the deed ("the execution may
    reveal …"); a verb trigger is left alone too ("met … and could sign")."""
    if trigger.entry.affix != "noun" or not courses:
        return False
    for cue in s.cues:
        guess = cue.entry.kind == "speculation" or "speculation" in cue.entry.extra
        if not guess or cue.start < trigger.end or _in_name(cue, s):
            continue
        gap = ntext[trigger.end : cue.start]
        if len(gap.split()) <= GUESSED_SUBJECT_SPAN and not CLAUSE_BREAKS & set(gap):
            return _course_after(cue, s, ntext, courses, relatives)
    return False


def _course_after(
    cue: Hit, s: Sentence, ntext: str, courses: frozenset[str], relatives: frozenset[str]
) -> bool:
    """Whether a word or phrase of a deed's course stands in the guess
    ("may resume") or within ``COURSE_REACH`` words after it, before the
    clause ends."""
    words: list[str] = ntext[cue.start : cue.end].split()
    for w in ntext[cue.end : s.end].split()[:COURSE_REACH]:
        if w in relatives:
            break
        if CLAUSE_BREAKS & set(w):
            words.append(w.strip("".join(CLAUSE_BREAKS)))
            break
        words.append(w)
    window = f" {' '.join(words)} "
    return any(f" {c} " in window for c in courses)


def _in_name(cue: Hit, s: Sentence) -> bool:
    """A cue whose words run into a name is none ("أن علي خامنئي استقبل":
    the name "علي" reads as "على" once normalised, no "إن على" of obligation).
    The name must start inside the cue: a title's mention may stretch over
    the words up to its country ("الوزير … إسرائيل") and hold a real cue."""
    return any(cue.start <= m.start < cue.end for m in s.mentions)


# Words between two deeds joined by "and" that share the mood of a cue
# before the first ("must stop the fighting and return to talks").
JOINED_SPAN = 8
# mendB105: cues whose mood no deed after a conjunction shares: "no room for
# talks and Israel attacked Gaza" tells the attack. The listed deeds ruled
# out ("لا مجال للتردد والتراجع") stand within ``RULED_OUT_SPAN`` of the cue.
_UNJOINED_KINDS = frozenset({"ruled_out"})
# Cues that open another clause between two deeds: the second is not joined.
_CLAUSE_OPENING = frozenset({"reporting", "complementizer", "bound_complementizer"})


def hypothetical_starts(
    triggers: list[Hit],
    s: Sentence,
    ntext: str,
    joins: frozenset[str],
    glued: frozenset[str] = frozenset(),
    verb_final: bool = False,
    wish_prefixes: frozenset[str] = frozenset(),
    wish_not_objects: frozenset[str] = frozenset(),
    bounds: WishBounds = NO_BOUNDS,
    permission: PermissionReach = NO_PERMISSION,
) -> set[int]:
    """Where the triggers start that tell what might, must or should happen:
    those ``hypothetical`` finds, and those joined by "and" to one of them
    (``joined``): the cue's mood reaches the second of two joined verbs ("must
    stop the fighting and return to talks", "يجب وقف القتال والعودة إلى
    المفاوضات", "باید آتش‌بس را رعایت کنند و مذاکرات را از سر بگیرند").
    ``joins`` are the language's conjunctions, ``glued`` those it writes
    glued to the next word (Arabic "و": ``affixes.CONTRACTED_PREFIXES``),
    ``wish_prefixes`` those of what a glued hope hopes, ``wish_not_objects``
    the words that open with one and glue nothing (``hypothetical``);
    ``bounds`` where a hope's clause ends: a deed after its end is joined to
    nothing before it ("hoped for a deal and Germany recognised …");
    ``permission`` what bounds the deed a permission governs."""
    found: set[int] = set()
    last: Hit | None = None  # the latest deed found: the nearest one a deed may join
    for t in sorted(triggers, key=lambda t: t.start):
        if (
            hypothetical(
                t,
                s,
                ntext,
                verb_final,
                wish_prefixes,
                wish_not_objects,
                bounds,
                permission,
                joins,
            )
            or _cue_joined(t, s, ntext, joins, glued, bounds, permission)
            or (
                last is not None
                and joined(last, t, s, ntext, joins, glued)
                and not bounds.closes(ntext[last.end : t.start], ntext, t.start)
            )
        ):
            found.add(t.start)
            last = t
    return found


def _cue_joined(
    trigger: Hit,
    s: Sentence,
    ntext: str,
    joins: frozenset[str],
    glued: frozenset[str],
    bounds: WishBounds = NO_BOUNDS,
    permission: PermissionReach = NO_PERMISSION,
) -> bool:
    """A deed joined by a conjunction to the verb phrase a cue of condition
    or obligation governs, when that first phrase is no event's ("باید آتش‌بس
    را رعایت کنند و مذاکرات را از سر بگیرند"): the conjunction within the
    cue's span, the trigger within ``JOINED_SPAN`` words after it."""
    for cue in s.cues:
        span = HYPOTHETICAL_SPANS.get(cue.entry.kind)
        if span is None or cue.end > trigger.start or cue.entry.kind in _UNJOINED_KINDS:
            continue
        if not _permitted(cue, trigger, ntext, permission, joins):
            continue
        if span == WISH_SPAN and bounds.closes(
            ntext[cue.end : trigger.start], ntext, trigger.start
        ):
            continue  # "wished them success and Germany recognised …" (english72)
        words = ntext[cue.end : trigger.start].split()
        at = next((i for i, w in enumerate(words) if _joins(w, joins, glued)), None)
        if at is None or at > span or len(words) - at > JOINED_SPAN:
            continue
        if not _clause_between(cue.end, trigger.start, s, ntext):
            return True
    return False


def _joins(word: str, joins: frozenset[str], glued: frozenset[str]) -> bool:
    """A conjunction (``context.CONJUNCTIONS``), alone or glued to the word
    where the language glues it ("والعودة"; not Persian "وجود")."""
    return (word in joins and word.isalpha()) or (word[:1] in glued and len(word) > 2)


def _clause_between(lo: int, hi: int, s: Sentence, ntext: str) -> bool:
    """A break of clause, a word of saying or a "that" between ``lo`` and ``hi``."""
    if CLAUSE_BREAKS & set(ntext[lo:hi]):
        return True
    return any(c.entry.kind in _CLAUSE_OPENING and lo <= c.start and c.end <= hi for c in s.cues)


def joined(
    first: Hit,
    second: Hit,
    s: Sentence,
    ntext: str,
    joins: frozenset[str],
    glued: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``second`` is a deed joined to ``first`` by a conjunction
    (``context.CONJUNCTIONS``: a word, or a one-letter one glued to the next
    word, "والعودة") within ``JOINED_SPAN`` words, with no break of clause and
    no word of saying or "that" between."""
    if second.start < first.end:
        return False
    words = ntext[first.end : second.start].split()
    if len(words) > JOINED_SPAN or _clause_between(first.end, second.start, s, ntext):
        return False
    return any(_joins(w, joins, glued) for w in words) or (
        bool(second.prefix) and second.prefix in joins
    )
