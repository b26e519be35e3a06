"""A deed noun whose clause closes with a future verb of taking place.

News often names an event by its noun, lets its own complements run on,
and only then closes the clause with a verb that says it will happen: "نشست
وزرای خارجه ایران و ترکیه با حضور … در تهران برگزار خواهد شد", "آزادسازی
دارایی‌ها از طریق مشاوره با کشورهای مرتبط انجام خواهد شد", "توزيع
المساعدات على العائلات المتضررة … سيجري عبر الهلال الأحمر", "the meeting of
the foreign ministers of … will take place in Tehran". The noun is that
verb's subject, so the deed is still to come (planned). A future cue after a
noun otherwise reaches only a few words (``status._reach_after``), since
most futures that far on are another clause's; here the closer is one of a
short list of verbs of being held, carried out or beginning
(``status.FUTURE_CLOSERS``), and nothing between may start another clause:
no punctuation, other trigger, word of saying or light verb (a verb there
closed the noun's clause already), and the closer carries no conjunction
("… وستعقد": a new clause). A noun after a preposition or a demonstrative
(``context.OCCURRENCE_NOT_AFTER``, read past an article: "پس از دیدار",
"after the meeting") or
with a prepositional clitic (``status.FUTURE_CLOSER_NOT_PREFIXES``: "بعد
للاجتماع") is no subject; a reaction's clause tells what it asks for.

A deed noun told as imminent (``status.IMMINENT_CUES``: "هجمات إرهابية
وشيكة", "حمله قریب‌الوقوع ارتش", "an imminent attack") is still to come too
(``told_imminent``); the word qualifies only the noun it stands by, so it
plans no verb or other noun of its sentence ("تشاور … لرد وشيك").
"""

from __future__ import annotations

import re
from functools import cache

from diplowatch import lang as lang_data
from diplowatch.event_types import having
from diplowatch.extract.actors import previous_word
from diplowatch.extract.lang_words import phrase_set
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.syntax import has_break
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import CLAUSE_BREAKS

# What follows a reaction ("called for talks that will be held …") is its content.
REACTIONS = having("reaction")

# How far (characters) after the noun its closing verb may stand.
CLOSING_REACH = 120

# How far (characters) from the start of a present closer a word of now or
# habit still keeps it present ("تعقد حاليا في بغداد"); later words belong to
# the next clause ("… انجام می‌شود و منظور ایشان … چه موقع است").
STOPS_AFTER_CLOSER = 40

# Words that may stand between a deed noun and "imminent" after it (its
# adjectives, a copula: "هجمات إرهابية وشيكة", "هجوما قد يكون وشيكا", "an
# attack was imminent"), and before it ("an imminent US attack").
IMMINENT_AFTER_WORDS = 3
IMMINENT_BEFORE_WORDS = 1


@cache
def _closers(
    lang: str, name: str = "FUTURE_CLOSERS"
) -> tuple[re.Pattern[str] | None, frozenset[str], frozenset[str]]:
    """The language's closers (``name``: future, or present ones) as one
    whole-word pattern (None where it lists none), the clitics that put a
    noun in a prepositional phrase and the articles read past to the word
    before the noun's phrase."""
    status = lang_data.load(lang, "status") if lang else None
    words = sorted({normalize_phrase(w) for w in getattr(status, name, ())}, key=len, reverse=True)
    prefixes = frozenset(getattr(status, "FUTURE_CLOSER_NOT_PREFIXES", ()))
    articles = frozenset(getattr(status, "FUTURE_CLOSER_ARTICLES", ()))
    if not words:
        return None, prefixes, articles
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w)(?P<pre>\w?)(?:{alternatives})(?!\w)"), prefixes, articles


@cache
def _gap_stops(lang: str) -> frozenset[str]:
    """Words that end the noun's own clause before a closer
    (``status.FUTURE_CLOSER_GAP_STOPS``: "yesterday", "but", "انتهى"): a
    closer after them tells another clause's future (mendC67)."""
    return phrase_set(lang, "status", "FUTURE_CLOSER_GAP_STOPS")


@cache
def _not_after(lang: str) -> frozenset[str]:
    """Words before a noun, besides ``context.OCCURRENCE_NOT_AFTER``, that
    make it no subject (``status.FUTURE_CLOSER_NOT_AFTER``: "after", "during")."""
    return phrase_set(lang, "status", "FUTURE_CLOSER_NOT_AFTER")


def _word_before(text: str, start: int, articles: frozenset[str]) -> str:
    """The word before a noun's phrase: the previous word, read past an
    article ("after the meeting": "after")."""
    before = previous_word(text, start)
    if before in articles:
        return previous_word(text, text.rfind(before, 0, start))
    return before


def closed_ahead(
    trigger: Hit,
    sentence: Sentence,
    text: str,
    lang: str,
    words: tuple[frozenset[str], frozenset[str], frozenset[str]],
) -> bool:
    """Whether a noun trigger is the subject of a clause that a future verb
    of taking place closes (module docstring), or a present one that tells
    a deed done at one time ahead (``closed_present``). ``words`` are the
    language's conjunctions, light verbs and ``OCCURRENCE_NOT_AFTER`` words."""
    if trigger.entry.affix == "verb" or trigger.entry.value in REACTIONS:
        return False
    if _closed_by(trigger, sentence, text, (lang, "FUTURE_CLOSERS"), words, _gap_stops(lang)) >= 0:
        return True
    return closed_present(trigger, sentence, text, lang, words)


def _closed_by(
    trigger: Hit,
    sentence: Sentence,
    text: str,
    closers: tuple[str, str],
    words: tuple[frozenset[str], frozenset[str], frozenset[str]],
    stops: frozenset[str],
) -> int:
    """Where a closer of the list ``closers`` (language, name) ending the
    clause the noun trigger is the subject of starts, within
    ``CLOSING_REACH``, with nothing that starts another clause between
    (``_open_gap``; words of ``stops`` end it too); -1 where none does."""
    lang = closers[0]
    pattern, prefixes, articles = _closers(*closers)
    if pattern is None:
        return -1
    conjunctions, light_verbs, not_after = words
    before = _word_before(text, trigger.start, articles)
    if before in not_after or before in _not_after(lang) or trigger.prefix in prefixes:
        return -1
    end = min(sentence.end, trigger.end + CLOSING_REACH)
    found = pattern.search(text, trigger.end, end)
    if found is None or (found.group("pre") and found.group("pre") in conjunctions):
        return -1
    if not _open_gap(trigger.end, found.start(), sentence, text, light_verbs | stops):
        return -1
    return found.start()


@cache
def _present_words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The types a present closer tells ahead (``status.PRESENT_CLOSER_TYPES``),
    the words between noun and closer that make the closer another clause's
    (``PRESENT_CLOSER_GAP_STOPS``: a relative word, and the future closers'
    gap stops) and the words of the
    clause that keep it present (``PRESENT_CLOSER_STOPS``)."""
    status = lang_data.load(lang, "status") if lang else None
    types = frozenset(getattr(status, "PRESENT_CLOSER_TYPES", ()))
    # the future closers' stops end the noun's clause too ("ended … and …
    # will take place"): joined here once, not per trigger
    gap_stops = phrase_set(lang, "status", "PRESENT_CLOSER_GAP_STOPS") | _gap_stops(lang)
    return types, gap_stops, phrase_set(lang, "status", "PRESENT_CLOSER_STOPS")


@cache
def _manner_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Words of manner or channel that keep a present closer present
    (``status.PRESENT_CLOSER_MANNERS``: "از طریق", "عبر", "through": how a
    deed goes), and the times ahead that still plan it beside one
    (``PRESENT_CLOSER_AHEAD_TIMES``: "via Doha on Monday"; mendC99)."""
    manners = phrase_set(lang, "status", "PRESENT_CLOSER_MANNERS")
    return manners, phrase_set(lang, "status", "PRESENT_CLOSER_AHEAD_TIMES")


def closed_present(
    trigger: Hit,
    sentence: Sentence,
    text: str,
    lang: str,
    words: tuple[frozenset[str], frozenset[str], frozenset[str]],
) -> bool:
    """Whether a noun trigger of a deed done at one time (a visit or
    meeting, a deployment, aid, a withdrawal: ``status.PRESENT_CLOSER_TYPES``)
    is the subject of a clause a present verb of taking place closes
    (``status.PRESENT_CLOSERS``: "سفر … به تهران انجام می‌شود", "دیدار … صورت
    می‌گیرد", "the visit takes place on Monday"): news tells a single deed
    in the present when it is still to come (planned98). Not the present of
    a relative clause after the noun ("مذاکراتی که … انجام می‌شود": a process
    going on), nor with a word of now, of habit or of a process going on
    from the sentence's start to just after the verb (``PRESENT_CLOSER_STOPS``:
    "امروز", "معمولا", "هر سال", "جاری", "تعقد حاليا")."""
    types, ends, stops = _present_words(lang)
    if trigger.entry.value not in types:
        return False
    closer = _closed_by(trigger, sentence, text, (lang, "PRESENT_CLOSERS"), words, ends)
    if closer < 0:
        return False
    hi = min(sentence.end, closer + STOPS_AFTER_CLOSER)
    said = " " + " ".join(re.findall(r"\w+", text[sentence.start : hi])) + " "
    if any(f" {w} " in said for w in stops):
        return False
    manners, ahead = _manner_words(lang)
    if any(f" {w} " in said for w in manners):
        return any(f" {w} " in said for w in ahead)
    return True


def _open_gap(lo: int, hi: int, sentence: Sentence, text: str, stops: frozenset[str]) -> bool:
    """Nothing between the noun and its closer starts another clause: no
    punctuation, other trigger, word of saying, light verb or gap stop (a
    word of past time, a clause conjunction, a finite past verb)."""
    gap = text[lo:hi]
    words = set(gap.split()) | set(re.findall(r"\w+", gap))
    if has_break(gap, CLAUSE_BREAKS) or stops & words:
        return False
    if any(lo <= t.start < hi for t in sentence.triggers):
        return False
    return not any(c.entry.kind == "reporting" and lo <= c.start < hi for c in sentence.cues)


@cache
def _imminent_negations(lang: str) -> frozenset[str]:
    """The words that deny a deed is imminent (``status.IMMINENT_NEGATIONS``:
    "not", "ليس", "نیست")."""
    return phrase_set(lang, "status", "IMMINENT_NEGATIONS")


def _denied(text: str, lo: int, hi: int, cue: Hit, lang: str) -> bool:
    """Whether a negation stands in the gap, right before the cue ("no
    imminent attack") or right after it as its copula ("قریب‌الوقوع نیست"):
    "not imminent" plans nothing (mendC67)."""
    negations = _imminent_negations(lang)
    if not negations:
        return False
    words = re.findall(r"\w+", text[lo:hi])
    words += re.findall(r"\w+", text[max(0, cue.start - 12) : cue.start])[-1:]
    words += re.findall(r"\w+", text[cue.end : cue.end + 12])[:1]
    return any(w in negations for w in words) or bool(negations & set(text[lo:hi].split()))


def told_imminent(trigger: Hit, sentence: Sentence, text: str, lang: str = "") -> bool:
    """Whether an "imminent" cue qualifies the noun trigger: at most
    ``IMMINENT_AFTER_WORDS`` after it or ``IMMINENT_BEFORE_WORDS`` before
    it, with no punctuation (quotes aside) or other trigger between, and no
    negation denying it (``_denied``)."""
    if trigger.entry.affix == "verb" or trigger.entry.value in REACTIONS:
        return False
    for cue in sentence.cues:
        if cue.entry.kind != "imminent":
            continue
        if cue.start >= trigger.end:
            lo, hi, most = trigger.end, cue.start, IMMINENT_AFTER_WORDS
        elif cue.end <= trigger.start:
            lo, hi, most = cue.end, trigger.start, IMMINENT_BEFORE_WORDS
        else:
            continue
        gap = text[lo:hi]
        if len(re.findall(r"\w+", gap)) > most or has_break(gap, CLAUSE_BREAKS):
            continue
        if _denied(text, lo, hi, cue, lang):
            continue
        if not any(t is not trigger and lo <= t.start < hi for t in sentence.triggers):
            return True
    return False


def in_closer(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``start``–``end`` (a cue) lies in a future verb of taking
    place (``status.FUTURE_CLOSERS``: "سينعقد", "برگزار خواهد شد"): the
    verb that holds a meeting is the meeting's own, whatever deed follows
    it ("اجتماع … الذي سينعقد في عمان لبحث الأوضاع")."""
    pattern = _closers(lang)[0]
    if pattern is None:
        return False
    lo = max(0, start - 20)
    return any(m.start() <= start and end <= m.end() for m in pattern.finditer(text, lo, end + 20))
