"""Who speaks about a deed, or blames another for it, is none of its sides.

"سخنگوی وزارت دفاع درباره حمله به نفتکش گفت …", "صرح المتحدث باسم الوزارة
بشأن تفجير المسجد …", "the spokesman said about the attack on the tanker
…": the deed's noun stands in a topic phrase (``context.TOLD_DEED_TOPICS``)
of a clause a verb of saying tells, and the teller named before that phrase
tells the deed; it neither did nor suffered it. Without a verb of saying
("speculation about who attacked", a reward for information about an
attack) no one tells, and nothing changes.

"وزیران خارجه، با انتشار بیانیه‌ای، روسیه، را مسئول حمله به کشتی دانستند",
"the ministers held Iran responsible for the attack": the deed's noun follows
a slot of blame (``context.BLAMED_DEED_SLOTS``) whose holder, named right
before it, is the one blamed, so the deed's doer; those named before the one
blamed blame and are no sides. Arabic lists no slot: "حمّل X Y المسؤولية عن
…" is read before this step already, and a second reading lost the deed.
Before, the teller or the blamers stood first in the pool and were read as
the doer, or as the target of a deed the blamed one did.

The teller keeps its side where a word right around the deed's noun points
back to it (``context.TELLER_OWN_WORDS``: "درباره حمله خود به …", "about its
strike on …"), or where no one else is left to take part. Only the teller
named in the deed's own clause since the last other event word counts: "the
army shelled the town, and its spokesman spoke about the attack" leaves the
army the shelling's doer. Apart from ``announcers``, which reads a deed that
is the object of the verb of saying itself: this is the frame around the
noun, not the verb's object.
"""

from __future__ import annotations

import re

from diplowatch.extract.lang_words import phrase_tuple
from diplowatch.extract.lexicon import SAYING_KINDS
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import COMMAS

# What ends the teller's part going back from a frame: what is quoted or
# follows a colon is another's words, a full stop another sentence.
_TOLD_BREAKS = frozenset(':«»"“”\n;؛')
# Quotation marks that close and open a quotation or a name set off.
_CLOSING_QUOTES = frozenset("»”")
_OPENING_QUOTES = frozenset("«“")
# How many words may stand between a frame and the deed's noun ("درباره
# علت دستگیری", "مسئول اصلی حمله", "about the attack").
_FRAME_GAP = 2
# How many words after the deed's noun a word pointing back to the teller may
# stand ("درباره حمله موشکی خود").
_OWN_REACH = 3
# How far back (characters) a frame is looked for: a slice per trigger,
# never the sentence's whole start.
_READ_BACK = 120
# How far back (characters) the teller is looked for before a frame.
_TELLER_REACH = 400
# a run of characters between spaces
_WORD = re.compile(r"\S+")
# Separates a blame slot's opener from its slot in the data ("blamed…for").
_OPENER_MARK = "…"


def without_framed_teller(
    s: Sentence, ntext: str, trig: Hit, pool: list[Mention], lang: str
) -> list[Mention]:
    """``pool`` without those who tell of ``trig``'s deed in a topic phrase or
    blame another for it (see the module); ``pool`` itself where no frame
    stands before the deed, the deed points back to the teller, or no one
    else would be left."""
    if not pool or _points_back(ntext, trig, s.start, s.end, lang):
        return pool
    tellers = _blamers(s, ntext, trig, pool, lang)
    if tellers is None:
        tellers = _topic_tellers(s, ntext, trig, pool, lang)
    if not tellers:
        return pool
    rest = [m for m in pool if m not in tellers]
    if not any(m.code or m.agent for m in rest):
        return pool
    return rest


def _frame_before(ntext: str, lo: int, trig: Hit, frames: tuple[str, ...]) -> tuple[int, str]:
    """Where one of ``frames`` ends a word run that stands at most
    ``_FRAME_GAP`` words before the deed's noun, with no punctuation between
    (start of the frame, the frame); (-1, "") where none does. Only the words
    within ``_READ_BACK`` characters before the noun are read."""
    begin = (
        lo if trig.start - lo <= _READ_BACK else ntext.rfind(" ", lo, trig.start - _READ_BACK) + 1
    )
    runs = list(_WORD.finditer(ntext, max(begin, lo), trig.start))
    words = [m.group() for m in runs]
    for frame in frames:
        size = len(frame.split())
        for gap in range(_FRAME_GAP + 1):
            if len(words) < size + gap:
                break
            first = len(words) - gap - size
            if " ".join(words[first : first + size]) != frame:
                continue
            if any(not _plain(w) for w in words[first + size :]):
                break
            return runs[first].start(), frame
    return -1, ""


def _plain(word: str) -> bool:
    """A word of letters or digits alone (a joiner inside it allowed)."""
    return word.replace("\u200c", "").isalnum()


def _clause_start(
    s: Sentence, ntext: str, trig: Hit, hi: int, verbs: frozenset[int] = frozenset()
) -> int:
    """Where the teller's part opens before ``hi``: after the last quote,
    colon or semicolon, and after the last other event word, of the
    sentence (an earlier deed's doer is no teller); an event word starting
    at one of ``verbs`` (the verb of blame itself) cuts nothing."""
    lo = _told_start(s, ntext, hi)
    for t in s.triggers:
        if t.entry.value != trig.entry.value and lo <= t.end <= hi and t.start not in verbs:
            lo = t.end
    return lo


def _told_start(s: Sentence, ntext: str, hi: int) -> int:
    """After the last colon, semicolon or open quotation of the sentence
    before ``hi``, looked for within ``_TELLER_REACH`` characters (a bounded
    slice: a long one-line text is not read back to its start for each
    deed). A quotation closed before ``hi`` is a name or a title set off
    ("وزیران خارجه «گروه هفت»، … ایران را مسئول حمله … دانستند"), no words of
    another's, and is read through."""
    lo = max(s.start, hi - _TELLER_REACH)
    closed = 0
    for at in range(hi - 1, lo - 1, -1):
        char = ntext[at]
        if char in _CLOSING_QUOTES:
            closed += 1
        elif char in _OPENING_QUOTES and closed:
            closed -= 1
        elif char in _TOLD_BREAKS:
            return at + 1
    return lo


def _topic_tellers(
    s: Sentence, ntext: str, trig: Hit, pool: list[Mention], lang: str
) -> list[Mention]:
    """Those named before a topic phrase the deed's noun stands in ("X
    درباره حمله … گفت"), in the deed's own clause."""
    topics = phrase_tuple(lang, "context", "TOLD_DEED_TOPICS")
    at, _ = _frame_before(ntext, s.start, trig, topics)
    if at < 0:
        return []
    lo = _clause_start(s, ntext, trig, at)
    if not _told(s, lo, at, trig):
        return []
    return [m for m in pool if lo <= m.start and m.end <= at]


def _told(s: Sentence, lo: int, at: int, trig: Hit) -> bool:
    """Whether a verb of saying tells the topic: between the teller's part's
    start and the topic phrase ("صرح المتحدث … بشأن", "said about"), or after
    the deed's noun (a final verb: "X درباره حمله … گفت"). Speculation or
    information "about" a deed with no one saying it ("گمانه زنی ها درباره
    عاملان حمله", a reward for information about an attack) is no telling."""
    return any(
        c.entry.kind in SAYING_KINDS and (lo <= c.start < at or c.start >= trig.end) for c in s.cues
    )


def _blamers(
    s: Sentence, ntext: str, trig: Hit, pool: list[Mention], lang: str
) -> list[Mention] | None:
    """Those who blame the one named right before a slot of blame the deed's
    noun follows ("X Y را مسئول حمله … دانست": X); None where no slot with
    its one blamed stands there."""
    slots = phrase_tuple(lang, "context", "BLAMED_DEED_SLOTS")
    bare = tuple(slot.split(_OPENER_MARK)[-1].strip() for slot in slots)
    at, frame = _frame_before(ntext, s.start, trig, bare)
    if at < 0:
        return None
    blamed = _held_before(pool, ntext, at)
    if blamed is None:
        return None
    openers = {
        slot.split(_OPENER_MARK)[0].strip()
        for slot, b in zip(slots, bare, strict=True)
        if b == frame and _OPENER_MARK in slot
    }
    verbs = _word_starts(ntext, _told_start(s, ntext, blamed.start), blamed.start, openers)
    if openers and not verbs:
        return None
    lo = _clause_start(s, ntext, trig, blamed.start, verbs)
    return [m for m in pool if lo <= m.start and m.end <= blamed.start and m is not blamed]


def _held_before(pool: list[Mention], ntext: str, at: int) -> Mention | None:
    """The mention that ends right before ``at``, with only spaces or a
    comma between (the one a slot of blame holds)."""
    for m in pool:
        gap = ntext[m.end : at]
        if m.end <= at and not gap.strip(" " + "".join(COMMAS)):
            return m
    return None


def _word_starts(ntext: str, lo: int, hi: int, words: set[str]) -> frozenset[int]:
    """Where a whole word of ``words`` begins in ``ntext[lo:hi]``."""
    return frozenset(m.start() for m in _WORD.finditer(ntext, lo, hi) if m.group() in words)


def _points_back(ntext: str, trig: Hit, lo: int, hi: int, lang: str) -> bool:
    """Whether a word pointing back to the teller stands right before the
    deed's noun or closely after it ("about its strike", "درباره حمله
    خود"): the teller's own deed."""
    own = phrase_set_of(lang)
    if not own:
        return False
    before = ntext[max(lo, trig.start - 40) : trig.start].split()[-_FRAME_GAP:]
    after = ntext[trig.end : min(hi, trig.end + 80)].split()[:_OWN_REACH]
    return any(w.strip("".join(COMMAS) + ".") in own for w in before + after)


def phrase_set_of(lang: str) -> frozenset[str]:
    """``lang``'s words pointing back to the teller, as a set."""
    return frozenset(phrase_tuple(lang, "context", "TELLER_OWN_WORDS"))
