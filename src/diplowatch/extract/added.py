"""A deed added to a planned one is planned too.

"سيحضر اجتماعا للحلف يوم 25 ماي بالإضافة لقمة مجموعة السبع", "will attend
a NATO meeting on May 25 as well as the G7 summit": the summit, joined to
the meeting by a link of addition (``status.ADDITIVE_LINKS``: "بالإضافة
إلى", "فضلا عن", "in addition to", "as well as", "و همچنین"), is the
object of the same future verb, which stands too far back for its own
cue's reach. The deed right after the link takes the status of the deed
before it, the nearest trigger within ``REACH`` characters of the link
with no clause break between, where that one is planned
(``extract/status.status_of``). Only planned is carried: a negation before
the first deed may not reach the added one ("لم يحضر الاجتماع بالإضافة إلى
…" is read as it was). An added deed told by a clause of its own is not
the future verb's object but a deed of its own, done: a relative right
after it ("فضلا عن الهجوم الذي شنته روسيا", ``status.ADDED_OWN_CLAUSE``) or
a past time in its clause ("بالإضافة إلى المحادثات … الأسبوع الماضي",
``status.ADDED_PAST_TIMES``) keeps it as it was (mendB89).
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from diplowatch import lang as lang_data
from diplowatch.extract.lang_words import phrase_set, phrase_tuple
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.syntax import has_break
from diplowatch.text.breaks import first_break
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import CLAUSE_BREAKS, SENTENCE_STOPS

# How far (characters) the deed before may stand from the link: its
# partner, place and date between ("اجتماعا لحلف شمال الأطلسي في بروكسل يوم
# 25 ماي بالإضافة لقمة").
REACH = 80
# How far back from the trigger the link is looked for (characters), and
# how many words (the deed noun governing it) may stand between.
_LOOK_BACK = 60
_AFTER = 2
# How many words a governed deed may stand after the deed that governs it
# ("signing of a trade agreement").
_GOVERNED = 3
# How many words after the added deed its own relative may stand
# ("الهجوم الذي", "المحادثات الثنائية التي"), and how many its own past time
# ("المحادثات التي أجرتها مع تركيا الأسبوع الماضي").
_OWN_RELATIVE = 2
_OWN_TIME = 10
_STOPS = CLAUSE_BREAKS | SENTENCE_STOPS


@cache
def _links(lang: str) -> tuple[str, ...]:
    """The language's links of addition, normalised, longest first."""
    status = lang_data.load(lang, "status") if lang else None
    links = {normalize_phrase(w) for w in getattr(status, "ADDITIVE_LINKS", ())}
    return tuple(sorted(links, key=len, reverse=True))


def added_to(
    trigger: Hit, sentence: Sentence, text: str, lang: str, governed: bool = False
) -> Hit | None:
    """The deed ``trigger`` is added to by a link before it, or None: the
    link right before it (up to ``_AFTER`` words between), or before the
    deed that governs it, the trigger a few words before it ("as well as the
    signing of a trade agreement": the agreement signed is added too)."""
    links = _links(lang)
    if not links:
        return None
    lo = max(0, trigger.start - _LOOK_BACK)
    words = text[lo : trigger.start].split()
    at = _link_at(words, links)
    start = _start_of(text, lo, trigger.start, *at) if at else -1
    own = at is not None and not any(start < t.start < trigger.start for t in sentence.triggers)
    if not governed and _told_apart(trigger, sentence, text, lang, own):
        return None
    if at is None:
        head = None if governed else _governor(trigger, sentence, text)
        return added_to(head, sentence, text, lang, True) if head else None
    earlier = [t for t in sentence.triggers if t.end <= start and start - t.end <= REACH]
    if start < 0 or not earlier:
        return None
    first = max(earlier, key=lambda t: t.end)
    return None if has_break(text[first.end : start], CLAUSE_BREAKS) else first


class _Own(NamedTuple):
    """A language's data for telling an added deed apart, normalised."""

    relatives: frozenset[str]
    times: tuple[str, ...]
    not_done: tuple[str, ...]
    verb_words: int
    stops: frozenset[str]


@cache
def _own_clause(lang: str) -> _Own:
    """The language's relatives that open an added deed's own clause, the
    marks of a verb not done in it and how far its verb may stand, its past
    times and the words that end their reach."""
    status = lang_data.load(lang, "status") if lang else None
    relatives = phrase_set(lang, "status", "ADDED_OWN_CLAUSE")
    times = phrase_tuple(lang, "status", "ADDED_PAST_TIMES")
    not_done = phrase_tuple(lang, "status", "ADDED_NOT_DONE_MARKS")
    verb_words = getattr(status, "ADDED_VERB_WORDS", _OWN_TIME)
    stops = phrase_set(lang, "status", "ADDED_TIME_STOPS")
    return _Own(relatives, times, not_done, verb_words, stops)


def _told_apart(trigger: Hit, sentence: Sentence, text: str, lang: str, times: bool) -> bool:
    """Whether the added deed is told by a clause of its own: a relative
    right after it whose verb is not marked present or future ("الذي شنته",
    not "التي تستضيفها"), or, where it is the link's own deed, no other
    deed between (``times``), a past time in its own stretch, which ends at the next
    trigger or a word of its topic. A deed governed by the added one ("قمة
    لبحث الاتفاق الموقع العام الماضي") is not told apart by a time: the year
    is its topic's (mendF90)."""
    own = _own_clause(lang)
    end = first_break(text, trigger.end, len(text), _STOPS)
    after = text[trigger.end : end].split()
    for at, word in enumerate(after[:_OWN_RELATIVE]):
        verb = after[at + 1 : at + 1 + own.verb_words]
        if word in own.relatives and not any(_not_done(w, own) for w in verb):
            return True
    if not times:
        return False
    later = [t.start for t in sentence.triggers if trigger.end < t.start < end]
    stretch = text[trigger.end : min(later, default=end)].split()[:_OWN_TIME]
    stretch = stretch[: next((i for i, w in enumerate(stretch) if w in own.stops), len(stretch))]
    padded = " " + " ".join(stretch) + " "
    return any(f" {time} " in padded for time in own.times)


def _not_done(word: str, own: _Own) -> bool:
    """Whether ``word`` marks a verb present or future: a mark of its own
    ("سوف", Persian "مي" split off by the normaliser) or, for a one-letter
    mark, its prefix (the Arabic imperfect "تستضيفها")."""
    return any(word == mark or (len(mark) == 1 and word.startswith(mark)) for mark in own.not_done)


def _governor(trigger: Hit, sentence: Sentence, text: str) -> Hit | None:
    """The trigger right before ``trigger``, at most ``_GOVERNED`` words
    before it with no break between: the deed noun whose object it is."""
    before = [t for t in sentence.triggers if t.end <= trigger.start]
    if not before:
        return None
    head = max(before, key=lambda t: t.end)
    gap = text[head.end : trigger.start]
    return None if len(gap.split()) > _GOVERNED or has_break(gap, CLAUSE_BREAKS) else head


def _link_at(words: list[str], links: tuple[str, ...]) -> tuple[str, int] | None:
    """The link among the last words before the trigger and how many words
    stand after it (at most ``_AFTER``, none a mark of a break)."""
    for after in range(_AFTER + 1):
        head = " " + " ".join(words[: len(words) - after] if after else words)
        tail = words[len(words) - after :] if after else []
        if any(not w.isalnum() for w in tail):
            return None
        link = next((w for w in links if head.endswith(" " + w)), None)
        if link is not None:
            return link, after
    return None


def _start_of(text: str, lo: int, hi: int, link: str, after: int) -> int:
    """Where the link found ``after`` words before ``hi`` begins."""
    stretch = text[lo:hi]
    for _ in range(after):
        stretch = stretch.rstrip()
        stretch = stretch[: len(stretch) - len(stretch.split()[-1])]
    found = stretch.rstrip().rfind(link.split()[0])
    return lo + found if found >= 0 else -1
