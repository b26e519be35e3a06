"""The status of an event a trigger reports: ``negated``, ``planned`` or
``reported``.

Read from the cue words around the trigger (``lang/<code>/status.py``): a
negation right before it, or after it where the light verb carries it; a
denial whose "that" clause holds it ("denied that its forces shelled the
village"); the future prefix of the verb; a cue of plan near it, unless the
future belongs to something else (what a reaction asks for, a threat's own
words, the aim of talks, what an agreement foresees, a later clause joined by
"and": "arrested them and will release them tomorrow", a relative clause
after a verb: "met the envoy, who will travel to Cairo next week"); a draft or a
preparation governing it ("a draft resolution imposing", "is preparing to
deploy") or a postponement in its clause makes it planned; an attempt the
sentence tells failed ("tried to send aid but were blocked") negates it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from diplowatch import lang as lang_data
from diplowatch.event_types import TYPES, having
from diplowatch.extract.actors import previous_word
from diplowatch.extract.added import added_to
from diplowatch.extract.aimed import aimed
from diplowatch.extract.aux_held import aux_held
from diplowatch.extract.closing_future import in_closer
from diplowatch.extract.concord import concord_refusal
from diplowatch.extract.denied_objects import DENIED_MARK
from diplowatch.extract.had_none import had_none
from diplowatch.extract.hope_clause import bounds_of
from diplowatch.extract.lacked import lacked
from diplowatch.extract.neither import told_by_neither
from diplowatch.extract.nobody import CLAUSE_CUES, told_of_nobody
from diplowatch.extract.put_off import dated, history
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.syntax import has_break
from diplowatch.extract.unannounced import describes_noun
from diplowatch.extract.when import same_clause
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import CLAUSE_BREAKS, COMMAS

# What the rules below need to know of each event type (``event_types.TRAITS``).
REACTIONS = having("reaction")
REFUSALS = having("refusal")
UNREAL = having("unreal")
CONDITIONAL = having("conditional")
# What a cancelling verb takes as its object and thereby undoes rather than
# calls off ("ألغى العقوبات" lifts sanctions: CONCEDE, not a sanction negated).
UNDONE = frozenset(code for t in TYPES for code in t.undoes)

# How far a cue of plan reaches: near the trigger (characters from the cue's
# start) whatever stands between, and up to ``CLAUSE_REACH`` before it within
# its clause ("قرار است رئیس جمهور ترکیه روز دوشنبه به قطر سفر کند").
NEAR = 40
CLAUSE_REACH = 100

# Cues that open another clause (``nobody.CLAUSE_CUES``): a future on their
# far side is that clause's ("met on Monday and said he will travel next week").
STRONG_BREAKS = CLAUSE_BREAKS - frozenset(COMMAS + "()[]")

# Cues that deny what follows them: a denial is also a negation right before
# its object ("denied supplying missiles").
NEGATING = frozenset({"negation", "denial"})

# How far a denial reaches into the clause its "that" opens (characters).
DENIAL_REACH = 150


@dataclass(frozen=True)
class _Negation:
    """The language's ways of negating that ``_denied`` and the steps under
    it read, passed as one value rather than as the same four arguments
    down every call: whether the negation follows the verb (Persian's light
    verb, ``follows``), the words that may stand between a negation and its
    trigger (``gap_words``), the language (for its denials and its
    phrase-final negations) and the verb's negative prefixes."""

    follows: bool
    gap_words: frozenset[str]
    lang: str
    prefixes: frozenset[str]
    # the nominal parts of compounds whose negation closing a noun's clause
    # negates it, and the words before a noun that make it no part of that
    # clause's subject or object (``_closing_verb_negated``)
    closers: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()


@lru_cache(maxsize=8)
def _negation_of(
    follows: bool,
    gap_words: frozenset[str],
    lang: str,
    prefixes: frozenset[str],
    closers: frozenset[str],
    not_after: frozenset[str],
    verbs: frozenset[str],
) -> _Negation:
    """The ``_Negation`` of these arguments, built once: ``status_of`` is
    asked with the same language's lists for every trigger (speed72a: a
    frozen dataclass built per call)."""
    return _Negation(follows, gap_words, lang, prefixes, closers, not_after, verbs)


def status_of(
    trigger: Hit,
    sentence: Sentence,
    text: str,
    future_prefixes: frozenset[str],
    negation_follows: bool = False,
    gap_words: frozenset[str] = frozenset(),
    planned_before_verbs: bool = False,
    future_times: frozenset[str] = frozenset(),
    purpose_cues: frozenset[str] = frozenset(),
    conjunctions: frozenset[str] = frozenset(),
    light_verbs: frozenset[str] = frozenset(),
    lang: str = "",
    negative_prefixes: frozenset[str] = frozenset(),
    closers: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> str:
    """The trigger's status in its sentence (see module docstring); the keywords
    are the language's ways of negating and telling the future (``context``)."""
    negation = _negation_of(
        negation_follows, gap_words, lang, negative_prefixes, *closers, light_verbs
    )
    if _denied_or_called_off(trigger, sentence, text, negation, (conjunctions, light_verbs)):
        return "negated"  # 1. denied or called off
    if told_done(trigger, sentence, text, lang):
        return "reported"  # "… طی ۲۵ سال آینده … موافقت کرده است": done
    # 2. planned by the verb's form, a time ahead or a postponement
    if _planned_form(trigger, sentence, text, future_prefixes, (conjunctions, light_verbs), lang):
        return "planned"
    if lang and aimed(trigger, text, lang):
        return "planned"  # "برای تضمین خروج …", "to ensure the withdrawal": an aim (status108)
    cue_words = (future_times, purpose_cues, conjunctions, light_verbs)
    if _planned_by_cue(trigger, sentence, text, planned_before_verbs, *cue_words, lang):
        return "planned"  # 3. planned by a future cue that is the trigger's own
    # 4. "اعلام کرد … اعزام می‌کند": the present tells it ahead
    if lang and announced_present(trigger, sentence, text, lang):
        return "planned"
    # 5. "سيحضر اجتماعا … بالإضافة لقمة": added to a planned deed (status88)
    first = added_to(trigger, sentence, text, lang) if lang else None
    if first is not None and first.start < trigger.start:
        again = status_of(
            first,
            sentence,
            text,
            future_prefixes,
            negation_follows,
            gap_words,
            planned_before_verbs,
            future_times,
            purpose_cues,
            conjunctions,
            light_verbs,
            lang,
            negative_prefixes,
            closers,
        )
        return "planned" if again == "planned" else "reported"
    return "reported"


def told_done(trigger: Hit, sentence: Sentence, text: str, lang: str) -> bool:
    """Whether the trigger's own finite past verb (``told_past``) tells the
    deed done, before any plan cue is read. mendB79 (review79, finding 4):
    not where the deed is held open, for a plan or condition to read as
    before: a readiness or intent word right before the trigger, whose past
    light verb is its own ("ایران آماده مذاکره شد": became ready, no talks
    held; ``status.OWN_PAST_NOT_AFTER``), or a cue of condition or
    unreality before it in its sentence ("در صورت حصول توافق … تحریم‌هایی
    که … رفع شده بودند"; ``UNREAL_CUES``, ``CONDITIONAL_CUES``), unless a
    sentence stop inside the span (a quotation read as one sentence) sets
    the cue apart (status108, ``_STOP_BETWEEN``)."""
    if not told_past(trigger, text, lang):
        return False
    held = any(
        c.entry.kind in _HELD_OPEN_KINDS
        and c.end <= trigger.start
        and not _stop_between(text, c.end, trigger.start)
        for c in sentence.cues
    )
    if held:
        return False
    before = " " + " ".join(text[max(0, trigger.start - 40) : trigger.start].split()[-2:])
    return not before.endswith(tuple(f" {w}" for w in _past_tables(lang).not_after))


# The cue kinds that hold a deed after them open, a condition or a mere
# possibility: a past verb of its own does not report it (``told_done``).
_HELD_OPEN_KINDS = frozenset({"unreal", "conditional"})
# status108: a sentence stop and a space, or a line end, between such a cue
# and the deed (a quotation read as one sentence: "«التخطيط جرى لاستهداف
# … . وتم توقيف …»") leaves the cue to its own sentence.
_STOP_BETWEEN = re.compile(r"[.!?\u061f]\s|\n")


def _stop_between(text: str, start: int, end: int) -> bool:
    """Whether a sentence stop stands between ``start`` and ``end``; a full
    stop after a one-letter word or a dotted abbreviation ("د. ظريف", "ج.ا.
    إيران", "U.S. troops") ends no sentence (mendD108, review108c F4)."""
    for stop in _STOP_BETWEEN.finditer(text, start, end):
        word = text[max(0, stop.start() - 12) : stop.start()].split()
        if stop.group().startswith(".") and word and _abbreviation(word[-1]):
            continue
        return True
    return False


def _abbreviation(word: str) -> bool:
    """Whether a word before a full stop is an abbreviation: one letter
    ("د.") or dotted ("ج.ا"); a digit ("قتل 3.") ends its sentence
    (mendG108, diffread73 F13)."""
    return (len(word) == 1 and word.isalpha()) or "." in word


def told_past(trigger: Hit, text: str, lang: str) -> bool:
    """precision78fa: whether a finite past verb (``status.OWN_PAST_VERBS``)
    closes the trigger or follows it with no future auxiliary before it
    (``status.FUTURE_AUXILIARIES``): "چین … طی ۲۵ سال آینده … موافقت کرده
    است" agreed; the time word of the clause, or a future cue of the clause
    after ("… سفر کرده بود و قرار است …"), plans another deed. Arabic
    writes the auxiliary before the noun instead ("وتم إلقاء القبض":
    ``_past_before``)."""
    tables = _past_tables(lang)
    if _past_before(trigger, text, tables.before, lang):
        return True
    if tables.verbs is None:
        return False
    words = text[trigger.start : trigger.end + 40].split()
    k = len(text[trigger.start : trigger.end].split())
    # the trigger's own last word may be the verb ("موافقت کرده"), or the next one
    for at in (k - 1, k) if k > 1 else (k,):
        if words[at - 1 : at] and words[at - 1] in tables.auxiliaries:
            return False  # "دیدار خواهد کرد"
        if tables.verbs.match(" ".join(words[at : at + 2])):
            return True
    return False


def _past_before(trigger: Hit, text: str, before: frozenset[str], lang: str) -> bool:
    """status108: whether the word right before the trigger is a past
    auxiliary of its own (``status.OWN_PAST_BEFORE``, Arabic "وتم إلقاء
    القبض", "جرت محادثات"), with nothing but spaces between them, and no
    future perfect or condition holds it open ("سيكون قد تم", "إن تم":
    ``aux_held``, mendD108)."""
    if not before:
        return False
    found = _WORD_BEFORE.search(text, max(0, trigger.start - 30), trigger.start)
    if found is None or found.group(1) not in before:
        return False
    return not aux_held(text, found.start(1), lang)


# The whole word right before a position, only spaces after it.
_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))(\S+)\s+\Z")


@dataclass(frozen=True)
class _PastTables:
    """A language's finite past verbs as one pattern (None without them),
    its future auxiliaries, the readiness words a past verb after which
    is theirs and its past auxiliaries before the deed, normalised."""

    verbs: re.Pattern[str] | None
    auxiliaries: frozenset[str]
    not_after: tuple[str, ...]
    before: frozenset[str] = frozenset()


@cache
def _past_tables(lang: str) -> _PastTables:
    """The language's ``_PastTables``, built once (mendB79: the verbs were
    matched one by one, each pattern built anew, for every trigger)."""
    status = lang_data.load(lang, "status") if lang else None
    verbs = {normalize_phrase(v) for v in getattr(status, "OWN_PAST_VERBS", ())}
    aux = frozenset(normalize_phrase(v) for v in getattr(status, "FUTURE_AUXILIARIES", ()))
    after = tuple(normalize_phrase(v) for v in getattr(status, "OWN_PAST_NOT_AFTER", ()))
    # longest first, so that a longer verb is tried before its start
    ordered = sorted(verbs, key=len, reverse=True)
    pattern = re.compile(rf"(?:{'|'.join(map(re.escape, ordered))})(?!\w)") if verbs else None
    before = frozenset(normalize_phrase(v) for v in getattr(status, "OWN_PAST_BEFORE", ()))
    return _PastTables(pattern, aux, after, before)


def _denied_or_called_off(
    trigger: Hit,
    sentence: Sentence,
    text: str,
    negation: _Negation,
    words: tuple[frozenset[str], frozenset[str]],
) -> bool:
    """Whether the trigger is denied (by its own words, a negation, the
    verb's prefix or a failed attempt: ``_denied``) or called off ("ألغى
    الوزير زيارته", "سفر … لغو شد"): a cancelled event did not happen, so
    it is told as negated, unless its trigger is itself an undoing
    (``UNDONE``), whose calling off is its own event. ``words`` are the
    language's conjunctions and light verbs, which bound the call-off's clause."""
    if _denied(trigger, sentence, text, negation):
        return True
    conjunctions, light_verbs = words
    if put_off_read(trigger, sentence, text, words, negation.lang) == "negated":
        return True  # a put-off with no new date, sanctions too (not lifted)
    return trigger.entry.value not in UNDONE and (
        postponed(trigger, sentence, text, conjunctions, light_verbs, "cancelled")
        or halted(trigger, sentence, text, light_verbs)
    )


def _denied(trigger: Hit, sentence: Sentence, text: str, negation: _Negation) -> bool:
    """Whether the trigger is negated: by its own words ("امضا نخواهد کرد")
    or the verb it is the object of, by a negation or a denial of its
    sentence (``_negated``), by the verb's own prefix ("را نکشت",
    "نمی‌پذیرد") or as an attempt that failed."""
    if trigger.entry.negated or _object_of_negated(trigger, sentence, negation.follows):
        return True
    if DENIED_MARK in trigger.entry.extra:  # the object of a denial ("denied_objects")
        return True
    if _negated(trigger, sentence, text, negation):
        return True
    if trigger.entry.affix == "verb" and trigger.prefix and trigger.prefix in negation.prefixes:
        return True
    return failed_attempt(trigger, sentence, text)


def _object_of_negated(trigger: Hit, sentence: Sentence, negation_follows: bool) -> bool:
    """Whether the next trigger after ``trigger`` is of its type and negated
    by its own words or, where the light verb takes the negation, by the
    negated light verb right after it: the noun is that verb's object
    ("توافقنامه را امضا نخواهند کرد" will not sign the agreement, "کمک‌ها
    را ارسال نکرد" did not send the aid), and is not made either."""
    later = (t for t in sentence.triggers if t.start >= trigger.end)
    after = min(later, key=lambda t: t.start, default=None)
    if after is None or after.entry.value != trigger.entry.value:
        return False
    return after.entry.negated or (
        negation_follows
        and after.entry.affix != "verb"
        and any(c.entry.kind in NEGATING and 0 <= c.start - after.end <= 1 for c in sentence.cues)
    )


def _planned_form(
    trigger: Hit,
    sentence: Sentence,
    text: str,
    future_prefixes: frozenset[str],
    words: tuple[frozenset[str], frozenset[str]],
    lang: str = "",
) -> bool:
    """Whether the verb's future prefix, a time ahead or a postponement
    plans it; ``words`` are the language's conjunctions and light verbs."""
    if trigger.entry.affix == "verb" and trigger.prefix in future_prefixes:
        return True
    if put_off_read(trigger, sentence, text, words, lang) == "planned":
        return True  # a put-off to a new date (mendD87)
    return bool(ahead(trigger, sentence, text, lang) or postponed(trigger, sentence, text, *words))


def _planned_by_cue(
    trigger: Hit,
    sentence: Sentence,
    text: str,
    planned_before_verbs: bool,
    future_times: frozenset[str],
    purpose_cues: frozenset[str],
    conjunctions: frozenset[str],
    light_verbs: frozenset[str],
    lang: str,
) -> bool:
    """Whether a future cue of the sentence (``sentence.cues``) is the trigger's own."""
    # After a reaction ("invited him to visit next year") a future word
    # belongs to what is asked or welcomed, not to the reaction itself.
    after = 0 if trigger.entry.value in REACTIONS else 50
    for cue in sentence.cues:
        if cue.entry.kind != "planned" or not _cue_reaches(
            cue, trigger, sentence, text, after, future_times, conjunctions, light_verbs, lang
        ):
            continue
        if _said_now(cue, trigger, sentence) or _unlicensed(cue, text, lang):
            continue
        if past_governed(cue, trigger, text, lang):
            continue
        if not _plans_another(cue, trigger, text, planned_before_verbs, future_times, purpose_cues):
            return True
    return False


def _unlicensed(cue: Hit, text: str, lang: str) -> bool:
    """mendA79: whether the cue plans only after one of its words of plan
    (``status.LICENSED_CUES``: Arabic "لشن" after "خططت", "تستعد") and none
    stands among the ``LICENSE_REACH`` words before it: "عادت الطائرات لشن
    غارات" launched them; "خططت المجموعة لشن هجوم" did not yet."""
    licences, reach = _licences(lang)
    words = licences.get(text[cue.start : cue.end])
    if words is None:
        return False
    before = text[max(0, cue.start - 20 * reach) : cue.start].split()[-reach:]
    return not any(w in words for w in before)


# How many words before the deed a past light verb governing it may stand
# ("قام بزيارة", "أجرى الوزير زيارة"), and how many after the cue a past
# time word of its clause ("زيارة مزمعة إلى طهران أمس").
_PAST_VERB_WORDS = 3
_PAST_TIME_WORDS = 6


def past_governed(cue: Hit, trigger: Hit, text: str, lang: str) -> bool:
    """mendB86 (review85, finding 5): whether a plan cue that a deed told as
    done undoes (``status.PAST_UNDONE_CUES``: the indefinite "مزمعة" after
    its noun) stands by a deed a past light verb governs (``PAST_DEED_VERBS``:
    "أجرى … زيارة مزمعة") or a past time word dates in the cue's clause
    (``PAST_DEED_TIMES``: "… مزمعة إلى طهران أمس"): the deed was made."""
    cues, verbs, times = _past_deed_tables(lang)
    if text[cue.start : cue.end] not in cues:
        return False
    before = text[max(0, trigger.start - 20 * _PAST_VERB_WORDS) : trigger.start]
    near = before.split()[-_PAST_VERB_WORDS:]
    clitics, talk = _past_deed_extras(lang)
    if any(
        w in verbs or any(w[: -len(c)] in verbs for c in clitics if w.endswith(c)) for w in near
    ):
        return True
    said = text[max(0, cue.start - 20 * _PAST_VERB_WORDS) : cue.start].split()
    if any(w in talk for w in said[-_PAST_VERB_WORDS - 1 :]):
        return False
    after = text[cue.end : cue.end + 20 * _PAST_TIME_WORDS]
    for brk in (*CLAUSE_BREAKS, *COMMAS, ".", "؛"):
        after = after.split(brk, 1)[0]
    words = after.split()[:_PAST_TIME_WORDS]
    return any(" ".join(words[i : i + n]) in times for i in range(len(words)) for n in (1, 2, 3))


@cache
def _past_deed_tables(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The language's cues a past deed undoes, its past light verbs and past
    time words, normalised."""
    status = lang_data.load(lang, "status") if lang else None

    def table(name: str) -> frozenset[str]:
        return frozenset(normalize_phrase(w) for w in getattr(status, name, ()))

    return table("PAST_UNDONE_CUES"), table("PAST_DEED_VERBS"), table("PAST_DEED_TIMES")


@cache
def _past_deed_extras(lang: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """mendE87 (review86, findings 6 and 12): the clitics a past light verb
    may carry glued on (``PAST_DEED_CLITICS``) and the verbs of saying or
    discussing that take the clause's past time word as their own
    (``PLAN_TALK_VERBS``), normalised."""
    status = lang_data.load(lang, "status") if lang else None
    clitics = tuple(normalize_phrase(w) for w in getattr(status, "PAST_DEED_CLITICS", ()))
    talk = frozenset(normalize_phrase(w) for w in getattr(status, "PLAN_TALK_VERBS", ()))
    return tuple(c for c in clitics if c), talk


@cache
def _licences(lang: str) -> tuple[dict[str, frozenset[str]], int]:
    """The language's licensed cues with their words, normalised, and how
    many words before the cue one may stand."""
    status = lang_data.load(lang, "status") if lang else None
    found = getattr(status, "LICENSED_CUES", {})
    licences = {
        normalize_phrase(k): frozenset(normalize_phrase(w) for w in v) for k, v in found.items()
    }
    return licences, getattr(status, "LICENSE_REACH", 0)


@dataclass(frozen=True)
class _PresentAhead:
    """A language's present tense told ahead in a report
    (``announced_present``), normalised."""

    verbs: frozenset[str]
    types: frozenset[str]
    now: tuple[str, ...]
    reports: tuple[str, ...]


@cache
def _present_ahead(lang: str) -> _PresentAhead:
    status = lang_data.load(lang, "status")
    return _PresentAhead(
        frozenset(normalize_phrase(w) for w in getattr(status, "PRESENT_AHEAD_VERBS", ())),
        frozenset(getattr(status, "PRESENT_AHEAD_TYPES", ())),
        tuple(normalize_phrase(w) for w in getattr(status, "PRESENT_NOW_WORDS", ())),
        tuple(normalize_phrase(w) for w in getattr(status, "PRESENT_AHEAD_REPORTS", ())),
    )


def announced_present(trigger: Hit, sentence: Sentence, text: str, lang: str) -> bool:
    """A deed (``status.PRESENT_AHEAD_TYPES``: a visit, a deployment, aid, a
    withdrawal) closed by a present-tense light verb right after its noun
    (``PRESENT_AHEAD_VERBS``: "اعزام می‌کند", "به تهران سفر می‌کند", "صورت
    می‌گیرد") in what an announcement before it tells (``PRESENT_AHEAD_REPORTS``:
    "دولت آمریکا اعلام کرد … سه هزار نیرو به افغانستان اعزام می‌کند") is
    still to come (status57): Persian tells a near future in the present.
    After a plain "said" the present as often tells what goes on ("گفت:
    ناوگروه … گشت‌زنی می‌کند"), and a word of now or of habit between the
    announcement and the deed (``PRESENT_NOW_WORDS``: "امروز", "اکنون",
    "معمولا") tells it going on; words and stances (reactions) are done as
    they are said."""
    words = _present_ahead(lang)
    if not words.verbs or trigger.entry.value not in words.types:
        return False
    after = re.sub(r"[^\w\s]", " ", text[trigger.end : trigger.end + 30]).split()
    if " ".join(after[:2]) not in words.verbs:
        return False
    for cue in sentence.cues:
        if cue.entry.kind != "reporting" or cue.end > trigger.start:
            continue
        if not text[cue.start : cue.end].startswith(words.reports):
            continue
        gap = f" {text[cue.end : trigger.start]} "
        if not any(f" {w} " in gap for w in words.now):
            return True
    return False


def _said_now(cue: Hit, trigger: Hit, sentence: Sentence) -> bool:
    """Whether a future cue inside an unreal trigger's own words is said
    now: a threat's own words ("would respond decisively" was said) or a
    refusal told by a negated future ("will not accept", "لن تقبل",
    "اجازه نخواهد داد"). A plain future of rejecting or asking ("رد خواهد
    کرد", will reject) is still to come."""
    if trigger.entry.value not in UNREAL or not trigger.start <= cue.start < cue.end <= trigger.end:
        return False
    if trigger.entry.value in CONDITIONAL or trigger.entry.negated:
        return True
    return any(
        c.entry.kind in NEGATING and trigger.start <= c.start and c.end <= trigger.end
        for c in sentence.cues
    )


def _cue_reaches(
    cue: Hit,
    trigger: Hit,
    sentence: Sentence,
    text: str,
    after: int,
    future_times: frozenset[str],
    conjunctions: frozenset[str],
    light_verbs: frozenset[str],
    lang: str,
) -> bool:
    """A cue of plan is the trigger's when it is its own tense
    (``_own_tense``), or stands in its clause (``in_reach``, not after a
    relative word: ``relative_after``) or holds it for later
    (``held_later``), unless it is the verb of a clause joined after it
    (``conjoined_after``)."""
    if _own_tense(cue, trigger, text, future_times):
        return True
    if _other_clause(cue, trigger, text, lang):
        return False  # "will succeed as Iraqi forces attacked …": another clause (english72)
    near = in_reach(cue, trigger, sentence, text, after, future_times, conjunctions, light_verbs)
    return (
        (near and not relative_after(cue, trigger, text, lang))
        or held_later(cue, trigger, sentence, text, light_verbs, lang)
    ) and not (
        conjoined_after(cue, trigger, sentence, text, conjunctions, light_verbs)
        or relative_deed_after(cue, trigger, sentence, text, lang)
    )


def _other_clause(cue: Hit, trigger: Hit, text: str, lang: str) -> bool:
    """Whether a word that ends a hope's clause ("but", "as") stands between
    the cue of plan and the trigger, which then tells a clause of its own
    (english72); not a bare verb, which shares the cue's modal ("Israel will
    continue the talks but attack Hamas if needed": mendA72)."""
    bounds = bounds_of(lang)
    if cue.end > trigger.start or not bounds.closes(
        text[cue.end : trigger.start], text, trigger.start
    ):
        return False
    return not bounds.shares_modal(text, trigger.start)


def relative_deed_after(cue: Hit, trigger: Hit, sentence: Sentence, text: str, lang: str) -> bool:
    """A cue of plan in the relative clause after a noun belongs to the deed
    that clause tells, not to the noun, when another trigger follows the
    cue in that clause ("تحریم‌هایی که قرار است … برداشته شود", "the
    sanctions that are to be lifted": the sanctions stand, the lifting is
    planned); "the summit that will be held" has no deed after the cue
    and is the summit's own future (``held_later``), and a comma closes
    the relative clause before a deed after it ("نشست … که قرار است روز
    چهارشنبه برگزار شود، بر روی آن توافق دارند"), and a cue that is
    itself a verb of being held (``closing_future.in_closer``: "الذي
    سينعقد في عمان لبحث") is the meeting's own (status67)."""
    if not lang or trigger.entry.affix == "verb" or cue.start < trigger.end:
        return False
    if in_closer(text, cue.start, cue.end, lang):
        return False  # "الذي سينعقد في عمان لبحث …": the meeting's own verb
    relatives = _held_later_words(lang)[0]
    between = re.sub(f"[{COMMAS}]", " ", text[trigger.end : cue.start]).split()
    if not relatives & set(between) or len(between) > RELATIVE_GAP:
        return False
    return any(
        t.start >= cue.end
        and t.start - cue.end <= CLAUSE_REACH
        and not has_break(text[cue.end : t.start], CLAUSE_BREAKS)
        and not _held_verb(lang).search(text, cue.end, t.start)
        for t in sentence.triggers
        if t is not trigger
    )


@cache
def _held_verb(lang: str) -> re.Pattern[str]:
    """A verb of being held (``status.RELATIVE_HELD_VERBS``: "يعقد", "برگزار",
    "be held"): between the cue and a later deed it makes that deed the
    meeting's purpose ("… أن يعقد الأسبوع المقبل لبحث الهجوم") and the cue
    the meeting's own (mendC67). Matches nothing where a language lists none."""
    status = lang_data.load(lang, "status")
    words = sorted(
        {normalize_phrase(w) for w in getattr(status, "RELATIVE_HELD_VERBS", ())},
        key=len,
        reverse=True,
    )
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)")


def _own_tense(cue: Hit, trigger: Hit, text: str, future_times: frozenset[str]) -> bool:
    """A one-word future cue right after the trigger is its own tense, even
    after a reaction: Persian puts the auxiliary inside the compound ("دعوت
    خواهیم کرد"). A threat speaks of the future by nature: its "will
    respond" is said now; and a time is no auxiliary ("دستور داد هفته آینده
    …" ordered now for next week)."""
    return (
        trigger.entry.value not in CONDITIONAL
        and cue.start >= trigger.end
        and not text[trigger.end : cue.start].strip()
        and " " not in text[cue.start : cue.end]
        and text[cue.start : cue.end] not in future_times
    )


def _plans_another(
    cue: Hit,
    trigger: Hit,
    text: str,
    planned_before_verbs: bool,
    future_times: frozenset[str],
    purpose_cues: frozenset[str],
) -> bool:
    """A cue of the trigger's that still plans something else: a purpose
    after it, or, where a language writes a verb's
    future before it (``planned_before_verbs``: "will meet"), a future word
    after a verb, which belongs to the clause that follows."""
    if cue.start >= trigger.end and text[cue.start : cue.end] in purpose_cues:
        return True  # "the talks aim to secure a release": the aim is the release's
    return (
        planned_before_verbs
        and trigger.entry.affix == "verb"
        and cue.start >= trigger.end
        and text[cue.start : cue.end] not in future_times
    )  # "agreed that they will meet": the future is the meeting's


def _negated(trigger: Hit, sentence: Sentence, text: str, negation: _Negation) -> bool:
    """Whether a denial or a negation of the sentence negates the trigger: a
    denial's "that" clause, a negation right before it or around a verb that
    is part of it ("called off"), or Persian's negated light verb after it."""
    prev, lang = previous_word(text, trigger.start), negation.lang
    if lang and denied(trigger, sentence, text, lang):
        return True
    if denied_past_subject(trigger, sentence, text, _denied_reports(lang), _denier_titles(lang)):
        return True
    if lacked(trigger, sentence, text, lang):
        return True  # "does not contain an apology": the deed is missing
    final = _phrase_final_negations(lang)
    cues = [c for c in sentence.cues if _negates_here(c, trigger, text, lang)]
    if any(_cue_negates(c, trigger, text, negation, final) for c in cues):
        return True
    if negation.follows and _closing_verb_negated(trigger, sentence, text, negation):
        return True
    # "مذاکره‌ای با آمریکا نداریم": an indefinite deed one has had none of
    if negation.follows and had_none(trigger, sentence, text, lang):
        return True
    # "no journalist was beaten", "لم يتعرض أي صحفي للضرب": told of nobody
    if told_of_nobody(trigger, sentence, text, lang):
        return True
    # "نه سایتی بستیم و نه …": a limb of "neither … nor" (``extract/neither.py``)
    if told_by_neither(trigger, sentence, text, lang):
        return True
    # the word right before it is a negation ("not", "لم", "نه"), unless it
    # closes the phrase before ("حقوق پرداخت نشده اعتصاب کردند": unpaid wages)
    return bool(prev) and prev not in final and any(text[c.start : c.end] == prev for c in cues)


def _negates_here(cue: Hit, trigger: Hit, text: str, lang: str) -> bool:
    """Whether ``cue`` is a negation that may negate ``trigger``: not the
    adjective of a deed noun ("سفری اعلام نشده": an unannounced trip) nor
    "never" agreeing with a refusal's own negated verb ("هرگز حاضر به …
    نشد"; ``extract/unannounced.py``, ``extract/concord.py``)."""
    return (
        cue.entry.kind in NEGATING
        and not describes_noun(cue, text, lang)
        and not concord_refusal(cue, trigger, text, lang)
    )


@cache
def _denied_reports(lang: str) -> tuple[str, ...]:
    """Words of reports that a denial's object may open before the deed it
    denies (``status.DENIED_REPORTS``: "نفى الجيش التقارير عن قصف …"), and
    of the denier's own part in it (``status.DENIED_PARTS``: "نفت إيران
    مسؤوليتها عن الهجوم"), longest first."""
    status = lang_data.load(lang, "status") if lang else None
    told = (*getattr(status, "DENIED_REPORTS", ()), *getattr(status, "DENIED_PARTS", ()))
    words = {normalize_phrase(w) for w in told}
    return tuple(sorted(words, key=len, reverse=True))


@cache
def _denier_titles(lang: str) -> frozenset[str]:
    """Words that head a denier's title and may open the denial's subject
    (``status.DENIER_TITLES``: "نفى المتحدث باسم الخارجية المصرية عقد
    لقاء"), though no mention covers them."""
    status = lang_data.load(lang, "status") if lang else None
    return frozenset(normalize_phrase(w) for w in getattr(status, "DENIER_TITLES", ()))


@cache
def _phrase_final_negations(lang: str) -> frozenset[str]:
    """Negated verb forms that close the phrase before them
    (``status.PHRASE_FINAL_NEGATIONS``): right before a trigger they negate
    a participle of the noun before, not the trigger."""
    status = lang_data.load(lang, "status") if lang else None
    return frozenset(normalize_phrase(w) for w in getattr(status, "PHRASE_FINAL_NEGATIONS", ()))


def _cue_negates(
    cue: Hit, trigger: Hit, text: str, negation: _Negation, final: frozenset[str]
) -> bool:
    """Whether one negation cue negates the trigger: right before it (not a
    negated participle closing the phrase before, ``final``), around a verb
    that is part of it, across only gap words, or as Persian's negated
    light verb after it."""
    right_before = cue.end <= trigger.start and trigger.start - cue.end <= 2
    if right_before and text[cue.start : cue.end] not in final:
        return True
    if (
        trigger.entry.affix == "verb"
        and cue.start <= trigger.start < cue.end
        and trigger.entry.value not in REFUSALS
    ):
        return True  # the verb is part of the negation: "called off"
    gap_words = negation.gap_words
    if cue.end <= trigger.start and only_words(text[cue.end : trigger.start], gap_words):
        return True  # "called off a march", "has not been placed on alert"
    if negation.follows and 0 <= cue.start - trigger.end <= 1:
        return True  # Persian negates the light verb: "دیدار نکرد"
    return negation.follows and _negated_light_verb(cue, trigger, text, gap_words)


def _negated_light_verb(cue: Hit, trigger: Hit, text: str, gap_words: frozenset[str]) -> bool:
    """Where the light verb takes the negation (Persian), whether the negated
    light verb is the trigger's own: after a second verbal noun of the
    compound ("تحریم‌هایی اعمال نکرد", ``context.NEGATION_GAP_WORDS``), or
    closing the trigger itself ("… وضع نکرد"; not a refusal, which is told
    by its negation: "موافقت نکرد")."""
    if cue.start > trigger.end:
        return only_words(text[trigger.end : cue.start], gap_words)
    return (
        trigger.start < cue.start and cue.end == trigger.end and trigger.entry.value not in REFUSALS
    )


# How far (characters) a noun's negated light verb may close its clause.
CLOSING_REACH = 120


def _closing_verb_negated(trigger: Hit, sentence: Sentence, text: str, negation: _Negation) -> bool:
    """Where the light verb takes the negation, whether a noun trigger's
    clause closes with a negated compound of carrying out or taking place
    (its nominal part one of ``negation.closers``: "دیدار وزرای خارجه …
    برگزار نشد", "… صورت نگرفت", "… به توافقی دست نیافتند", "برگزار نخواهد
    شد"): the noun is its subject or object, and the deed did not happen,
    as a future auxiliary there plans it. Another trigger or a clause break
    between leaves the negation to that one, and so does a verb (the noun
    is another clause's); a noun after a preposition (``negation.not_after``:
    "با مخالفت … افزایشی صورت نگرفت") is neither, nor is a compound after
    one ("در صورت عدم …": in case of)."""
    closers = negation.closers
    if trigger.entry.affix == "verb" or not closers:
        return False
    if previous_word(text, trigger.start) in negation.not_after:
        return False
    for cue in sentence.cues:
        if cue.entry.kind not in NEGATING or cue.start <= trigger.end:
            continue
        gap = text[trigger.end : cue.start]
        words = gap.split()
        return (
            cue.start - trigger.end <= CLOSING_REACH
            and bool(words)
            and words[-1] in closers
            and (len(words) < 2 or words[-2] not in negation.not_after)
            and not negation.verbs.intersection(words)
            and not has_break(gap, CLAUSE_BREAKS)
            and not any(trigger.end <= t.start < cue.start for t in sentence.triggers)
        )
    return False


def only_words(gap: str, words: frozenset[str]) -> bool:
    """A short gap made only of the given words (at most three of them)."""
    parts = gap.split()
    return bool(words) and 0 < len(parts) <= 3 and all(w in words for w in parts)


def in_reach(
    cue: Hit,
    trigger: Hit,
    sentence: Sentence,
    text: str,
    after: int,
    future_times: frozenset[str],
    conjunctions: frozenset[str],
    light_verbs: frozenset[str] = frozenset(),
) -> bool:
    """Whether a cue of plan belongs to the trigger's clause: before it
    (``_reach_before``), inside it, or at most ``after`` characters after it
    (``_reach_after``). A cue reaches farther ahead of its verb than after
    it, since a future auxiliary or a time leads the clause it governs."""
    if cue.end <= trigger.start:
        return _reach_before(cue, trigger, sentence, text, future_times, conjunctions, light_verbs)
    if cue.start < trigger.end:
        return True  # inside the trigger
    return _reach_after(cue, trigger, sentence, text, after, conjunctions)


def _reach_before(
    cue: Hit,
    trigger: Hit,
    sentence: Sentence,
    text: str,
    future_times: frozenset[str],
    conjunctions: frozenset[str],
    light_verbs: frozenset[str],
) -> bool:
    """A cue before the trigger reaches ``NEAR`` characters, across a comma
    ("سيبدأ، غداً، جولة") but not across a comma that opens a reported clause
    ("قالت في وقت لاحق، إنها أطلقت النار") or a stronger break. A cue that
    governs a clause ("قرار است", "من المقرر", "is expected to": several
    words, no time) reaches ``CLAUSE_REACH`` if no comma, conjunction or word of
    saying stands between. A light verb between cue and trigger ends the
    clause the cue governs ("درباره نشستی که قرار است … برگزار شود گفت‌وگو
    کردند": the talks were held)."""
    gap = text[cue.end : trigger.start]
    if has_break(gap, STRONG_BREAKS):
        return False
    if light_verbs & set(gap.split()):
        return False  # the cue's clause ended on its verb ("نشستی که قرار است … برگزار شود")
    if trigger.entry.value in REACTIONS | CONDITIONAL and has_break(gap, CLAUSE_BREAKS):
        return False  # what was said: "X will respond, the group warned"
    saying = _saying_between(cue.end + 2, trigger.start, sentence)
    if saying and has_break(gap, CLAUSE_BREAKS):
        return False
    if trigger.start - cue.start - _appositions(gap) <= NEAR:
        return True
    phrase = text[cue.start : cue.end]
    return (
        trigger.start - cue.start <= CLAUSE_REACH
        and " " in phrase
        and phrase not in future_times
        and not saying
        and (not has_break(gap, CLAUSE_BREAKS) or _set_off(gap, trigger, conjunctions))
        and not conjunctions & set(gap.split())
    )


def _reach_after(
    cue: Hit, trigger: Hit, sentence: Sentence, text: str, after: int, conjunctions: frozenset[str]
) -> bool:
    """A cue after the trigger reaches ``after`` characters but not past a
    semicolon or a word of saying ("دیدار کرد و گفت که هفته آینده …"), nor
    behind a conjunction that opens another clause; a comma there may close
    an apposition ("زنجبار، عاصمة أبين، خلال الساعات المقبلة")."""
    if cue.start > trigger.end + after:
        return False
    if cue.prefix and cue.prefix in conjunctions:
        return False  # "الهجوم الذي استهدف … وسوف يبحث": the conjunction opens another clause
    gap = text[trigger.end : cue.start]
    return not has_break(gap, STRONG_BREAKS) and not _saying_between(
        trigger.end, cue.start, sentence
    )


def relative_after(cue: Hit, trigger: Hit, text: str, lang: str) -> bool:
    """A cue of plan after a verb trigger and a relative word between them
    belongs to the relative clause of its subject or object, not to the verb
    ("التقى الوزير، الذي من المقرر أن يزور الرياض الشهر المقبل، نظيره أمس",
    "met the envoy, who will travel to Cairo next week"); a noun's relative
    clause tells its own future (``held_later``)."""
    if not lang or trigger.entry.affix != "verb" or cue.start < trigger.end:
        return False
    relatives = _held_later_words(lang)[0]
    return bool(relatives & set(text[trigger.end : cue.start].replace("،", " ").split()))


# Words a governed clause may have between the comma that closes an inserted
# adverbial and its deed ("، في إضراب", ", a general strike"): one, a
# preposition or an article (", then a strike began" is another clause).
SET_OFF_TAIL = 1


def _set_off(gap: str, trigger: Hit, conjunctions: frozenset[str]) -> bool:
    """Whether the only breaks between a clause-governing cue and the trigger
    are commas around an inserted adverbial, the deed's clause going on right
    after the last one ("من المنتظر أن يدخل القضاة بداية من يوم غد الاثنين،
    في إضراب", "are set to hold, from next Monday, a general strike"): at
    most ``SET_OFF_TAIL`` words after that comma, no conjunction among them,
    glued to the first of them or to the trigger (a comma and "and" open
    another clause: "، وقد نفذ العمال إضرابا أمس")."""
    if has_break(gap.replace("،", ","), CLAUSE_BREAKS - {","}):
        return False
    tail = gap.replace("،", ",").rsplit(",", 1)[1].split()
    if len(tail) > SET_OFF_TAIL or conjunctions & set(tail):
        return False
    glued = {c for c in conjunctions if len(c) == 1}  # "، وقد أضرب": a glued "and"
    if tail and tail[0][:1] in glued:
        return False
    return not (trigger.prefix and trigger.prefix in conjunctions)


def held_later(
    cue: Hit,
    trigger: Hit,
    sentence: Sentence,
    text: str,
    light_verbs: frozenset[str],
    lang: str,
) -> bool:
    """A noun's own future told in the relative clause that follows it ("the
    summit, which will be held in Baghdad late in August", "نشست بغداد که در
    اواخر ماه اوت … برگزار خواهد شد", "القمة التي ستعقد في الرياض"): a
    future auxiliary (``status.HELD_LATER_CUES``, no time word: "a roadmap
    for the coming three years" dates the roadmap's aim) within
    ``CLAUSE_REACH`` after a noun trigger that is no reaction (what follows a
    reaction is its content), a relative word (``context.RELATIVE_PRONOUNS``,
    else ``status.CLAUSE_OPENERS``) at most ``RELATIVE_GAP`` words after the
    noun with no light verb before it (after "ابراز امیدواری کرد", "که"
    opens what was said), and no punctuation but a comma before the relative
    word, word of saying or other trigger between."""
    if trigger.entry.affix == "verb" or trigger.entry.value in REACTIONS or not lang:
        return False
    if cue.start < trigger.end or cue.start - trigger.end > CLAUSE_REACH:
        return False
    relatives, auxiliaries = _held_later_words(lang)
    if text[cue.start : cue.end] not in auxiliaries:
        return False
    if not _relative_opens(text[trigger.end : cue.start], relatives, light_verbs):
        return False
    if any(trigger.end <= t.start < cue.start for t in sentence.triggers):
        return False
    return not any(
        c.entry.kind == "reporting" and trigger.end <= c.start and c.end <= cue.start
        for c in sentence.cues
    )


def _relative_opens(between: str, relatives: frozenset[str], light_verbs: frozenset[str]) -> bool:
    """Whether a relative word opens a clause in ``between`` (the text from
    a noun to a future auxiliary): at most ``RELATIVE_GAP`` words after the
    noun, with no light verb before it (a verb's "که" opens what was said)
    and no punctuation but a comma on either side of it. Commas are set
    apart as words of their own, so that one glued to the noun ("القمة،")
    counts neither as a word nor as a break."""
    words = between.replace(",", " , ").replace("،", " ، ").split()
    at = next((i for i, w in enumerate(words) if w in relatives), None)
    if at is None or light_verbs & set(words[:at]):
        return False
    before = [w for w in words[:at] if w not in (",", "،")]
    if len(before) > RELATIVE_GAP:
        return False
    if has_break(" ".join(words[at + 1 :]), CLAUSE_BREAKS):
        return False
    return not has_break(" ".join(before), CLAUSE_BREAKS)


# Words between a noun and the relative word of its clause ("the summit in
# Baghdad, which", "نشست بین‌المللی بغداد که").
RELATIVE_GAP = 10


@cache
def _held_later_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words that open a relative clause in ``lang`` and its future
    auxiliaries (``held_later``), normalised."""
    status, context = lang_data.load(lang, "status"), lang_data.load(lang, "context")
    relatives = getattr(context, "RELATIVE_PRONOUNS", ()) or getattr(status, "CLAUSE_OPENERS", ())
    auxiliaries = getattr(status, "HELD_LATER_CUES", ())
    return (
        frozenset(normalize_phrase(w) for w in relatives),
        frozenset(normalize_phrase(w) for w in auxiliaries),
    )


# Words a name or title set off by two commas may have ("، يوسف الشاهد،").
APPOSITION_WORDS = 3
_APPOSITION = re.compile(rf"[,،]\s*(?:[^\s,،]+\s+){{0,{APPOSITION_WORDS - 1}}}[^\s,،]+\s*[,،]")


def _appositions(gap: str) -> int:
    """Characters of the short stretches set off by two commas in ``gap``: a
    name after its title ("سيجري رئيس الحكومة، يوسف الشاهد، اليوم زيارة")
    does not push the deed out of its cue's reach."""
    return sum(len(m.group(0)) for m in _APPOSITION.finditer(gap))


def _saying_between(lo: int, hi: int, sentence: Sentence) -> bool:
    """A word of saying or a "that" between ``lo`` and ``hi``."""
    return any(c.entry.kind in CLAUSE_CUES and lo <= c.start and c.end <= hi for c in sentence.cues)


def denied(trigger: Hit, sentence: Sentence, text: str, lang: str) -> bool:
    """A trigger in the clause a denial opens ("denied that its forces
    shelled", "نفى الجيش أنه قصف", "تکذیب کرد که … گلوله‌باران کرده است"):
    a clause opener between the denial and the trigger, no break of clause
    after it, no word of saying (another speaker) between, within
    ``DENIAL_REACH``."""
    for cue in sentence.cues:
        if cue.entry.kind != "denial" or cue.start >= trigger.start:
            continue
        if trigger.start - cue.end > DENIAL_REACH:
            continue
        gap = text[cue.end : trigger.start]
        if has_break(gap, CLAUSE_BREAKS) or same_clause(text, lang, cue.start, trigger.start):
            continue
        if any(
            c.entry.kind == "reporting" and cue.end <= c.start and c.end <= trigger.start
            for c in sentence.cues
        ):
            continue
        return True
    return False


# How many words a denial's subject may hold between the denial and the deed
# it denies ("نفت الشرطة العراقية اعتقال": verb, subject, object).
SUBJECT_WORDS = 5


def denied_past_subject(
    trigger: Hit,
    sentence: Sentence,
    text: str,
    reports: tuple[str, ...] = (),
    titles: frozenset[str] = frozenset(),
) -> bool:
    """A deed named by a noun right after the denial's subject is denied
    ("نفت الشرطة العراقية اعتقال صحفيين": the police deny arresting them):
    where the verb comes first, its subject stands between it and its object.
    The words between must begin and end in an actor mention (the subject,
    with the links inside its phrase: "نفى المتحدث باسم الداخلية العراقية
    اعتقال"), so a noun of its own ("نفى الجيش بيانا عن الهجوم") keeps the
    deed reported, but for the denier's part in it (``reports``). A
    verb's form there is its verbal noun ("نفت الحكومة قصف المدنيين"): a
    finite verb would need "أن" after the denial. Reports of the deed
    (``reports``: "نفى الجيش التقارير عن قصف المدينة") may stand between the
    subject and the deed: what they report is denied too, as is the deed
    the denier denies a part in ("نفت إيران مسؤوليتها عن الهجوم"). A
    title that heads the subject (``titles``: "نفى المتحدث باسم الخارجية
    المصرية …") may open it, though no mention covers it (status88)."""
    for cue in sentence.cues:
        if cue.entry.kind != "denial" or cue.end > trigger.start:
            continue
        gap = text[cue.end : trigger.start].rstrip()
        told = next((r for r in reports if gap.endswith(" " + r)), None)
        if told:
            gap = gap[: -len(told)]
        words = list(re.finditer(r"\S+", gap))
        if not words or len(words) > SUBJECT_WORDS or has_break(gap, CLAUSE_BREAKS):
            continue
        opens = words[0].group(0) in titles or _in_mention(cue.end + words[0].start(), sentence)
        if opens and _in_mention(cue.end + words[-1].start(), sentence):
            return True
    return False


def _in_mention(pos: int, sentence: Sentence) -> bool:
    """Whether a mention or an agent noun of the sentence covers ``pos``."""
    spans = [(m.start, m.end) for m in sentence.mentions] + sentence.agents
    return any(lo <= pos < hi for lo, hi in spans)


def conjoined_after(
    cue: Hit,
    trigger: Hit,
    sentence: Sentence,
    text: str,
    conjunctions: frozenset[str],
    light_verbs: frozenset[str],
) -> bool:
    """A cue of plan after a finite verb and a conjunction belongs to the
    clause the conjunction opens ("arrested them and will release them
    tomorrow", "اعتقلت … وسوف تفرج عنهم غداً", "بازداشت کرد و فردا آزاد خواهد
    کرد"): the trigger is a verb (its affix, or a light verb right after it)
    and a conjunction stands between, alone or as the prefix of this cue or
    of an earlier cue of plan of that stretch."""
    if cue.start < trigger.end:
        return False
    words = text[trigger.end : cue.start].split()
    if not (trigger.entry.affix == "verb" or (words and words[0] in light_verbs)):
        return False
    joins = {w for w in conjunctions if w.isalpha()}
    if joins & set(words):
        return True
    return any(
        c.entry.kind == "planned" and trigger.end < c.start <= cue.start and c.prefix in joins
        for c in sentence.cues
    )


def _governs(
    cue: Hit,
    trigger: Hit,
    sentence: Sentence,
    text: str,
    conjunctions: frozenset[str] = frozenset(),
) -> bool:
    """A cue before the trigger within ``NEAR`` characters of it, with no
    strong break, word of saying or conjunction between: the trigger is what
    the cue speaks of ("a draft resolution imposing …", "tried to send aid";
    not "was postponed, but he asked them to vote")."""
    if cue.end > trigger.start or trigger.start - cue.end > NEAR:
        return False
    gap = text[cue.end : trigger.start]
    if {w for w in conjunctions if w.isalpha()} & set(gap.split()):
        return False
    return not has_break(gap, STRONG_BREAKS) and not _saying_between(
        cue.end, trigger.start, sentence
    )


def ahead(trigger: Hit, sentence: Sentence, text: str, lang: str = "") -> bool:
    """A draft, a text still being written or a preparation governs the
    trigger ("draft resolution imposing an arms embargo", "يستعد لنشر قوات",
    "پیش‌نویس توافق‌نامه"): what it speaks of is still to come. A cue that
    plans only through its complement (``status.AHEAD_COMPLEMENTED``: "جاهز"
    before "لـ", not "كانت القوات جاهزة عندما هاجمت", mendD68) needs it;
    one whose clause a verb of becoming closes (``status.AHEAD_BECOME``:
    "شرایط مهیای مذاکره … شد") tells a state reached, nothing ahead."""
    complemented, become, back = _ahead_tables(lang)
    return any(
        c.entry.kind == "ahead"
        and _governs(c, trigger, sentence, text)
        and _complement_after(c, text, complemented)
        and not _become_after(c, text, become)
        and not _refers_back(c, trigger, text, back)
        for c in sentence.cues
    )


def _refers_back(cue: Hit, trigger: Hit, text: str, back: _Table) -> bool:
    """mendB86 (review85, finding 7): whether the deed after the cue is named
    with one of its demonstratives right before it (``status.AHEAD_BACK_REFERENCES``:
    "قرار بود این دیدار … انجام شود"): a deed told before, not a new plan."""
    words = back.get(text[cue.start : cue.end], ())
    return previous_word(text, trigger.start) in words


_Table = dict[str, tuple[str, ...]]
# How many words after a cue a verb of becoming may close its clause.
_BECOME_WORDS = 8


@cache
def _ahead_tables(lang: str) -> tuple[_Table, _Table, _Table]:
    """The language's ahead cues that need a complement (cue → its starts),
    those a verb of becoming undoes (cue → the verbs) and those a
    demonstrative before the deed undoes (cue → the words), normalised."""
    status = lang_data.load(lang, "status") if lang else None

    def table(name: str) -> _Table:
        found = getattr(status, name, {}) if status else {}
        return {
            normalize_phrase(k): tuple(normalize_phrase(s) for s in v) for k, v in found.items()
        }

    return table("AHEAD_COMPLEMENTED"), table("AHEAD_BECOME"), table("AHEAD_BACK_REFERENCES")


def _become_after(cue: Hit, text: str, become: _Table) -> bool:
    """Whether a verb of ``become`` for the cue closes its clause within
    ``_BECOME_WORDS`` words, no clause break before it."""
    verbs = become.get(text[cue.start : cue.end])
    if not verbs:
        return False
    for word in text[cue.end :].split()[:_BECOME_WORDS]:
        if word.rstrip(".؛،,") in verbs:
            return True
        if word[-1] in CLAUSE_BREAKS or word[-1] in ".؛":
            return False
    return False


def _complement_after(cue: Hit, text: str, complemented: dict[str, tuple[str, ...]]) -> bool:
    """Whether a cue that needs a complement has one: the next word opens
    with one of its starts ("جاهزون للإضراب"). Other cues need none."""
    starts = complemented.get(text[cue.start : cue.end])
    if starts is None:
        return True
    following = text[cue.end :].split(maxsplit=1)
    return bool(following) and following[0].startswith(starts)


# The cue kind of a put-off (``status.PUT_OFF_CUES``, mendD87).
PUT_OFF = "put_off"


def postponed(
    trigger: Hit,
    sentence: Sentence,
    text: str,
    conjunctions: frozenset[str],
    light_verbs: frozenset[str],
    kind: str = "postponed",
) -> bool:
    """A postponement (or, with ``kind`` "cancelled", a calling off:
    ``status.CANCELLED_CUES``, read as the event's negation) in the
    trigger's clause: right before it ("postponed the
    talks", "تأجيل الإضراب") or after it within ``CLAUSE_REACH`` characters
    with no strong break or word of saying between and not in a clause
    of a noun trigger ("the meeting between A and B was postponed to the
    next day", "نشست … به تعویق افتاد"; after a verb it is its object's:
    "decided to postpone the vote"); never of a reaction ("asked to postpone
    the vote" was asked)."""
    return postponing_cue(trigger, sentence, text, conjunctions, light_verbs, kind) is not None


def postponing_cue(
    trigger: Hit,
    sentence: Sentence,
    text: str,
    conjunctions: frozenset[str],
    light_verbs: frozenset[str],
    kind: str,
    lang: str = "",
) -> Hit | None:
    """The cue of ``kind`` that ``postponed`` reads as the trigger's own; a
    put-off that tells the deed's history (``put_off.history``) is skipped."""
    if trigger.entry.value in REACTIONS:
        return None  # "asked to postpone the vote": the request was made
    if not any(cue.entry.kind == kind for cue in sentence.cues):
        return None  # speed88: no cue of the kind, nothing to read
    # after a verb a postponement is its object's ("decided to postpone")
    after = text[trigger.end : trigger.end + NEAR].split()[:1]
    verbal = trigger.entry.affix == "verb" or bool(after and after[0] in light_verbs)
    for cue in sentence.cues:
        if cue.entry.kind != kind or (kind == PUT_OFF and history(cue, trigger, text, lang)):
            continue
        if _governs(cue, trigger, sentence, text, conjunctions):
            return cue
        if verbal or cue.start < trigger.end or cue.start - trigger.end > CLAUSE_REACH:
            continue
        gap = text[trigger.end : cue.start]
        if has_break(gap, STRONG_BREAKS) or _saying_between(trigger.end, cue.start, sentence):
            continue
        if not conjoined_after(cue, trigger, sentence, text, conjunctions, light_verbs):
            return cue
    return None


def put_off_read(
    trigger: Hit,
    sentence: Sentence,
    text: str,
    words: tuple[frozenset[str], frozenset[str]],
    lang: str,
) -> str:
    """How a put-off of the trigger reads it (mendD87): "planned" when a
    target time follows (a new date), "negated" when bare, "" without one."""
    cue = postponing_cue(trigger, sentence, text, *words, PUT_OFF, lang)
    if cue is None:
        return ""
    return "planned" if dated(cue, trigger, text, lang) else "negated"


# Words that may stand between a halt and its deed: before it, none but a
# time ("توقفت أمس المفاوضات"); after it, the deed's own complement
# ("تبادل زندانی با بریتانیا متوقف شده است", "talks in Vienna were halted").
HALT_BEFORE_WORDS = 1
HALT_AFTER_WORDS = 8


def halted(trigger: Hit, sentence: Sentence, text: str, light_verbs: frozenset[str]) -> bool:
    """A deed halted or suspended is not going on (status50): a halt cue
    (``status.HALTED_BEFORE_CUES``: "توقفت المفاوضات", "توقف تبادل
    زندانیان") at most ``HALT_BEFORE_WORDS`` before the trigger, or one
    (``HALTED_AFTER_CUES``: "was halted", "متوقف شده است") at most
    ``HALT_AFTER_WORDS`` after a deed noun, with no other deed, comma or
    word of saying between. A comma or a verb between sets the halt on
    something else ("با اعتصاب کارگران از روز ۲۹، متوقف شده است": the
    projects were halted, the strike was held); a reaction asks for it."""
    if trigger.entry.value in REACTIONS:
        return False
    after = text[trigger.end : trigger.end + NEAR].split()[:1]
    verbal = trigger.entry.affix == "verb" or bool(after and after[0] in light_verbs)
    for cue in sentence.cues:
        if cue.entry.kind == "halted_before" and cue.end <= trigger.start:
            start, end, limit = cue.end, trigger.start, HALT_BEFORE_WORDS
        elif cue.entry.kind == "halted_after" and cue.start >= trigger.end and not verbal:
            start, end, limit = trigger.end, cue.start, HALT_AFTER_WORDS
        else:
            continue
        gap = text[start:end]
        if len(gap.split()) > limit or has_break(gap, CLAUSE_BREAKS):
            continue
        if any(start <= t.start < end for t in sentence.triggers):
            continue
        if not _saying_between(start, end, sentence):
            return True
    return False


# Words between a verb of failure and the deed it failed at: its subject and
# the link word ("فشلت إثيوبيا ومصر في التوصل إلى اتفاق").
INABILITY_SPAN = 5


def unable(trigger: Hit, sentence: Sentence, text: str, links: frozenset[str]) -> bool:
    """A deed that a verb of failure governs did not happen ("فشل البلدان في
    التوصل إلى اتفاق", "نتوانستند درباره سد به توافق برسند"): a word of
    failure (``status.FAILURE_CUES``) before the trigger in its clause, at
    most ``INABILITY_SPAN`` words between, the last of them a word that
    links a failure to what failed (``context.INABILITY_LINKS``: "في",
    "به"). Without the link the trigger is the failure's subject ("فشلت
    المفاوضات": the talks were held)."""
    before = previous_word(text, trigger.start)
    if before not in links and trigger.prefix not in links:
        return False
    for cue in sentence.cues:
        if cue.entry.kind != "failure" or cue.end > trigger.start:
            continue
        gap = text[cue.end : trigger.start]
        if len(gap.split()) <= INABILITY_SPAN and not has_break(gap, CLAUSE_BREAKS):
            return True
    return False


# The deeds of harm that, promised before a condition, are a threat.
THREATENED_HARMS = frozenset({"ASSAULT", "COERCE"})


def threatened_on_condition(
    trigger: Hit, sentence: Sentence, text: str, conditions: frozenset[str]
) -> bool:
    """A harm promised only on a condition ("سيعدمونه ما لم تفرج …", "will
    execute him unless …", "… را اعدام خواهد کرد مگر اینکه …") is a threat
    of it, not the harm planned: a cue of condition that opens an "unless"
    (``context.THREAT_CONDITIONS``) after the trigger, in its sentence with
    no strong break between. The caller reads it of planned harms only."""
    if trigger.entry.value not in THREATENED_HARMS:
        return False
    for cue in sentence.cues:
        if cue.entry.kind != "conditional" or cue.start < trigger.end:
            continue
        if text[cue.start : cue.end] in conditions and not has_break(
            text[trigger.end : cue.start], STRONG_BREAKS
        ):
            return True
    return False


def failed_attempt(trigger: Hit, sentence: Sentence, text: str) -> bool:
    """An attempt that governs the trigger ("tried to", "حاولت", "تلاش
    کردند") and a word of failure after the attempt in the sentence ("in
    vain", "but were blocked", "دون جدوى", "اما موفق نشدند"): the deed
    tried was not done."""
    for cue in sentence.cues:
        if cue.entry.kind != "attempt" or not _governs(cue, trigger, sentence, text):
            continue
        if any(c.entry.kind == "failure" and c.start >= cue.end for c in sentence.cues):
            return True
    return False
