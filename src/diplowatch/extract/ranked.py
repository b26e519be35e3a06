"""A named officer's own trip is a visit, not his forces moving (ranks62fa).

A military side that travels ("سفر کرد", "visited") is read as a deployment
of forces (``agents.TYPE_BY_SOURCE``) unless its doer holds an office
(``FORCES_ONLY``). A land rank written before a personal name ("سردار X",
"سرتیپ X", "Brigadier General X") names one officer, who travels as a
person; it holds no office, so it is given no role (round 60 measured that:
ranks as officials moved actors everywhere) — only its trip is kept a visit.
Admirals are left out of the lists (``agents.PERSON_RANKS``): an admiral's
"سفر" is most often his fleet's voyage, which stays a deployment; so does a
trip of which a force word ("ناوگروه", "troops") stands between the officer
and the verb.

A bare rank written beside a title names that title's holder: after it
("وزیر دفاع اسرائیل، ژنرال X گفت") or before it, the name and a comma between
("سرهنگ X، رئیس پلیس استان"). Left in, the rank became a second, nameless
army side, or the speaker in the title's place; the title alone tells the
officer's body (police, ministry, IRGC), so the rank's mention is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from diplowatch.extract.agent_groups import ARMED_FORCES
from diplowatch.extract.mention import Mention
from diplowatch.lang.agent_fields import language_field
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import COMMAS

_NAME_WORDS = 4  # the longest personal name between a rank and its title
# what ends a rank's name phrase before an object marker: a comma, a full
# stop, a colon, the Arabic semicolon
_PHRASE_END = re.compile("[" + re.escape(COMMAS + ".:\u061b") + "]")


@cache
def _ranks(lang: str) -> frozenset[str]:
    """The language's land ranks a personal name follows, normalised."""
    return frozenset(normalize_phrase(r) for r in language_field(lang, "PERSON_RANKS"))


def _is_rank(m: Mention, text: str, lang: str) -> bool:
    """Whether the mention is a bare land rank ("سردار", "colonel")."""
    return m.agent == ARMED_FORCES and not m.role and text[m.start : m.end].strip() in _ranks(lang)


def _before_name(m: Mention, mentions: list[Mention], text: str, lang: str) -> bool:
    """Whether a word that is no actor (the name) follows the rank, passing
    over further ranks ("brigadier general")."""
    end = m.end
    starts = {x.start: x for x in mentions}
    while True:
        pos = end + (len(text[end:]) - len(text[end:].lstrip(" ")))
        if pos >= len(text) or not text[pos].isalpha():
            return False
        nxt = starts.get(pos)
        if nxt is None:
            return True
        if not _is_rank(nxt, text, lang):
            return False
        end = nxt.end


def ranked_traveller(mentions: list[Mention], verb_start: int, text: str, lang: str) -> bool:
    """Whether the military doer before the verb at ``verb_start`` is an
    officer named after his land rank, with no force word between him and
    the verb: his trip is a person's visit."""
    before = [m for m in mentions if m.end <= verb_start and m.agent == ARMED_FORCES]
    if not before or not _is_rank(before[0], text, lang):
        return False
    if not _before_name(before[0], mentions, text, lang):
        return False
    return all(m.role or _is_rank(m, text, lang) for m in before[1:])


@cache
def _apposed(lang: str) -> frozenset[str]:
    """Every rank that may stand in apposition after a title: the land
    ranks and the admirals (``agents.NAVAL_RANKS``), normalised."""
    naval = language_field(lang, "NAVAL_RANKS")
    return _ranks(lang) | {normalize_phrase(r) for r in naval}


def _after_title(prev: Mention, m: Mention, text: str, lang: str) -> bool:
    """Whether ``m`` is a bare rank written after the title ``prev`` with only
    a comma between ("وزیر دفاع اسرائیل، ژنرال X")."""
    if not prev.role or m.agent != ARMED_FORCES or m.role:
        return False
    if text[m.start : m.end].strip() not in _apposed(lang):
        return False
    gap = text[prev.end : m.start].strip()
    return len(gap) == 1 and gap in COMMAS


def _before_title(m: Mention, nxt: Mention, text: str, lang: str) -> bool:
    """Whether ``m`` is a bare rank whose name (one to four words) a comma
    sets beside the title ``nxt`` ("سرهنگ X، رئیس پلیس استان"): the title
    tells the officer's body (police, IRGC, ministry), the rank does not."""
    if not nxt.role or m.agent != ARMED_FORCES or m.role:
        return False
    if text[m.start : m.end].strip() not in _apposed(lang):
        return False
    gap = text[m.end : nxt.start].strip()
    if not gap or gap[-1] not in COMMAS:
        return False
    name = gap[:-1].split()
    return 1 <= len(name) <= _NAME_WORDS and all(w.isalpha() or "\u200c" in w for w in name)


def _marked_object(m: Mention, end: int, text: str, markers: frozenset[str]) -> bool:
    """Whether an object marker ("را") closes the rank's name phrase, before
    any comma, full stop or next mention (at ``end``): "سخنگو، سرتیپ X را
    محکوم کرد" names whom the title's holder condemned, no apposition."""
    phrase = _PHRASE_END.split(text[m.end : end], maxsplit=1)[0]
    return any(w in markers for w in re.split(r"[\s\u200c]+", phrase))


def without_apposed_ranks(
    mentions: list[Mention], text: str, lang: str, markers: frozenset[str]
) -> list[Mention]:
    """``mentions`` (in order) without a rank that, with the name after it,
    stands in apposition to the title before it: it names the title's holder,
    whose office (a minister, a council's secretary) tells his agent; left in,
    the rank, nearer the verb, took the speaker's place as a nameless army
    (MIL, no state). A rank whose name the object marker (``markers``)
    closes is the verb's object and stays."""
    if not _apposed(lang):
        return mentions
    ends = [x.start for x in mentions[2:]] + [len(text)]
    drop = {
        id(m)
        for prev, m, end in zip(mentions, mentions[1:], ends, strict=False)
        if _after_title(prev, m, text, lang)
        and _before_name(m, mentions, text, lang)
        and not _marked_object(m, end, text, markers)
    }
    drop |= {
        id(m)
        for m, nxt in zip(mentions, mentions[1:], strict=False)
        if _before_title(m, nxt, text, lang) and _before_name(m, mentions, text, lang)
    }
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def ranked_name_opens(before: str, lang: str, opens: Callable[[str], bool]) -> bool:
    """Whether ``before`` (the text up to a title) ends in a land rank and a
    personal name of at most ``_NAME_WORDS`` words, the rank written where
    its clause opens (``opens`` tells, from the text before the rank): "سرتیپ
    احمد رضایی فرمانده پلیس آمریکا را متهم کرد" is the officer, then his
    title, as one subject, so the title opens the clause as much as the rank
    does (agentnull94). A two-word rank ("امیر سرتیپ") counts as one."""
    ranks = _ranks(lang)
    if not ranks:
        return False
    words = before.split()
    for size in (1, 2):
        for name in range(1, _NAME_WORDS + 1):
            cut = len(words) - name - size
            if cut < 0:
                break
            rank = " ".join(words[cut : cut + size])
            if rank in ranks and not any(w in ranks for w in words[cut + size :]):
                head = before[: _nth_word_start(before, cut)]
                return opens(head)
    return False


def _nth_word_start(text: str, n: int) -> int:
    """Where the ``n``-th word (from 0) of ``text`` begins."""
    return [m.start() for m in re.finditer(r"\S+", text)][n]
