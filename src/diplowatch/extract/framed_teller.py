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
army the shelling's doer. mendD111: the teller also stays where it is named again after the deed's
noun (its own people suffered it), and where an armed teller tells a deed of
force no one else is named doing, or a strike its reported clause's subject
points back to ("that it targeted …", "إن قواته …"). Only the teller's own
verb of saying tells; a complementizer ends the teller's part. Apart from
``announcers``, which reads a deed that
is the object of the verb of saying itself: this is the frame around the
noun, not the verb's object.
"""

from __future__ import annotations

import re
from functools import cache

from diplowatch import lang as lang_data
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
# mendD111: one blamed for protests or for a call to arms is their instigator,
# not who protests or is called up: no slot of blame is read for them.
_UNBLAMED = frozenset({"PROTEST", "MOBILIZE"})
# mendD111: deeds of force an armed teller may tell as its own, and the kinds
# of teller that are armed.
_FORCE_DEEDS = frozenset({"ASSAULT", "RETREAT", "MOBILIZE"})
_ARMED = frozenset({"MIL"})
# How many words after the deed's noun the reported clause's opener may stand
# ("about the strike on Gaza that it …").
_REPORT_REACH = 8
# a run of characters between spaces
_WORD = re.compile(r"\S+")
# Separates a blame slot's opener from its slot in the data ("blamed…for").
_OPENER_MARK = "…"


def without_framed_teller(
    s: Sentence, ntext: str, trig: Hit, pool: list[Mention], lang: str, etype: str
) -> list[Mention]:
    """``pool`` without those who tell of ``trig``'s deed in a topic phrase or
    blame another for it (see the module); ``pool`` itself where no frame
    stands before the deed, the deed points back to the teller, or no one
    else would be left."""
    if not pool or _points_back(ntext, trig, s.start, s.end, lang):
        return pool
    tellers = None if etype in _UNBLAMED else _blamers(s, ntext, trig, pool, lang)
    if tellers is None:
        tellers = _topic_tellers(s, ntext, trig, pool, lang)
    if not tellers:
        return pool
    rest = [m for m in pool if m not in tellers]
    if not any(m.code or m.agent for m in rest) or _teller_suffers(tellers, rest, trig):
        return pool
    if _own_deed_told(tellers, rest, trig, etype) or _own_strike_told(
        ntext, tellers, rest, trig, etype, lang
    ):
        return pool
    return rest


def _teller_suffers(tellers: list[Mention], rest: list[Mention], trig: Hit) -> bool:
    """Whether a teller is named again after the deed's noun, by its country
    and kind ("the Turkish army's spokesman spoke about an attack on Turkish
    soldiers"): it tells what was done to its own, and stays a side (mendD111)."""
    told = {(m.code, m.agent) for m in tellers if m.code}
    return any((m.code, m.agent) in told for m in rest if m.start >= trig.end)


def _own_strike_told(
    ntext: str, tellers: list[Mention], rest: list[Mention], trig: Hit, etype: str, lang: str
) -> bool:
    """Whether the teller tells a strike no one else is named doing before
    its noun ("Israel spoke about the strike on Gaza, saying it targeted …",
    not "… about the Israeli strike …") and the reported clause's subject
    points back to the teller: its own strike (mendD111). Only strikes: "it"
    after a withdrawal or an arrest is as often the deed itself."""
    if etype != "ASSAULT":
        return False
    told_end = max(m.end for m in tellers)
    if any(told_end <= m.start < trig.start for m in rest):
        return False
    return _report_points_back(ntext[trig.end : trig.end + 160].split(), lang)


def _own_deed_told(tellers: list[Mention], rest: list[Mention], trig: Hit, etype: str) -> bool:
    """Whether an armed force tells a deed of force no one else is named
    before as doing ("the army's spokesman spoke about an air strike on the
    militants' positions"): its own (mendD111). Those named after the deed's
    noun are where it fell."""
    if etype not in _FORCE_DEEDS or not any(m.agent in _ARMED for m in tellers):
        return False
    return all(m.start >= trig.end for m in rest)


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
    lo = _after_complementizer(ntext, lo, at, pool, lang)
    if not _told(s, ntext, lo, at, trig, lang):
        return []
    return [m for m in pool if lo <= m.start and m.end <= at]


def _after_complementizer(ntext: str, lo: int, at: int, pool: list[Mention], lang: str) -> int:
    """Where the teller's part opens after the last complementizer before the
    topic phrase ("قال X إن Y بشأن …": Y's clause, X tells no topic), if
    someone is named after it; ``lo`` where no one is (the one who says "بأنه
    … بشأن تفجير" still only tells the deed)."""
    ends = _phrase_set(lang, "TELLER_PART_ENDS")
    cut = max([lo] + [w.end() for w in _WORD.finditer(ntext, lo, at) if w.group() in ends])
    return cut if any(cut <= m.start and m.end <= at for m in pool) else lo


def _told(s: Sentence, ntext: str, lo: int, at: int, trig: Hit, lang: str) -> bool:
    """Whether the teller's own verb of saying tells the topic: between the
    teller's part's start and the topic phrase ("صرح المتحدث … بشأن", "said
    about"), or, where the language ends its clause with the verb
    (``context.TELLER_FINAL_VERB``: "X درباره حمله … گفت"), after the deed's
    noun with no other clause between (mendD111: "…، وقال البيت الأبيض …"
    tells another clause). Speculation or information "about" a deed with no
    one saying it (a reward for information about an attack) is no telling."""
    final = phrase_flag(lang, "TELLER_FINAL_VERB")
    for c in s.cues:
        if c.entry.kind not in SAYING_KINDS:
            continue
        if lo <= c.start < at or (final and c.start >= trig.end and _one_clause(s, ntext, trig, c)):
            return True
    return False


def _one_clause(s: Sentence, ntext: str, trig: Hit, cue: Hit) -> bool:
    """Whether no joined clause ("، و"), colon or other event word stands
    between the deed's noun and ``cue``."""
    between = ntext[trig.end : cue.start]
    if any(f"{c} و" in between or f"{c}و " in between for c in COMMAS) or ":" in between:
        return False
    return not any(
        trig.end <= t.start < cue.start and t.entry.value != trig.entry.value for t in s.triggers
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
    held = _coordinated(pool, ntext, blamed, lang)
    blamed = held[0]
    openers = {
        slot.split(_OPENER_MARK)[0].strip()
        for slot, b in zip(slots, bare, strict=True)
        if b == frame and _OPENER_MARK in slot
    }
    verbs = _word_starts(ntext, _told_start(s, ntext, blamed.start), blamed.start, openers)
    if openers and not verbs:
        return None
    lo = _clause_start(s, ntext, trig, blamed.start, verbs)
    return [m for m in pool if lo <= m.start and m.end <= blamed.start and m not in held]


def _coordinated(pool: list[Mention], ntext: str, blamed: Mention, lang: str) -> list[Mention]:
    """The one blamed and those joined to it before by "و"/"and" ("آمریکا و
    اسرائیل را مسئول …"): all are blamed, none blames (mendD111); first
    named first."""
    joins = _phrase_set(lang, "BLAMED_JOINS")
    held = [blamed]
    while True:
        first = held[0]
        prior = [m for m in pool if m.end <= first.start and m not in held]
        near = max(prior, key=lambda m: m.end, default=None)
        if near is None or ntext[near.end : first.start].strip(" ,،") not in joins:
            return held
        held.insert(0, near)


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
    own = _phrase_set(lang, "TELLER_OWN_WORDS")
    if not own:
        return False
    before = ntext[max(lo, trig.start - 40) : trig.start].split()[-_FRAME_GAP:]
    after = ntext[trig.end : min(hi, trig.end + 80)].split()[:_OWN_REACH]
    return any(w.strip("".join(COMMAS) + ".") in own for w in before + after)


def _report_points_back(words: list[str], lang: str) -> bool:
    """Whether the clause reported after the deed opens with a subject that
    points back to the teller ("about the strike on Gaza that it targeted
    …", "بشأن الغارة إنه استهدف …", "إن قواته …"): the teller's own deed
    (mendD111). Only the first opener within ``_REPORT_REACH`` words is read."""
    ends = _phrase_set(lang, "TELLER_PART_ENDS")
    back = _phrase_set(lang, "TOLD_BACK_WORDS")
    words = [w.strip("".join(COMMAS) + ".") for w in words[:_REPORT_REACH]]
    for i, word in enumerate(words):
        if word in ends:
            return word in back or (i + 1 < len(words) and words[i + 1] in back)
    return False


@cache
def _phrase_set(lang: str, name: str) -> frozenset[str]:
    """``lang``'s ``context.<name>`` words as a set, made once per language
    and list (the rule asks for them for every deed it reads)."""
    return frozenset(phrase_tuple(lang, "context", name))


def phrase_flag(lang: str, name: str) -> bool:
    """``lang``'s ``context.<name>`` switch (off where unset)."""
    data = lang_data.load(lang, "context") if lang else None
    return bool(getattr(data, name, False))
