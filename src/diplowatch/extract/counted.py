"""States a counted phrase points back to.

News lists the states of a bloc once and then counts them: "Saudi Arabia,
the UAE, Bahrain and Egypt cut ties with Qatar. The four states accused it
of …", "واتهمت الدول الأربع قطر …", "این چهار کشور قطر را … متهم کردند".
The counted phrase is the subject of the second deed, and its states are
the ones listed just before: read alone, the second sentence names only
its object. The phrases are data (``context.COUNTED_STATES``: the count →
its phrases); a phrase takes the states of a list of exactly that many
whole states in the two sentences before it, and only when its own
sentence names none of them (then it tells its sides itself: "Cairo's
strikes … the agreement between the three states").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from diplowatch.extract.actors import Mention
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.sentence import Sentence
from diplowatch.lang import load
from diplowatch.text.alternation import longest_first
from diplowatch.text.normalize import normalize

# How many sentences back the listed states may stand.
_BACK = 2
# how many sentences before its own a counted phrase reads (``document_participants.in_reach``)
READS_BACK = _BACK
# Kinds of mention that name a state as a whole.
_STATE_KINDS = frozenset({"state", "state_adj", "capital"})


@cache
def _phrases(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, int]]:
    """A quick pattern of the count words (the words of the phrases of one
    count only), one pattern of the language's counted phrases (longest
    first) and each phrase's count."""
    table = getattr(load(lang, "context"), "COUNTED_STATES", {})
    counts = {normalize(p).text: n for n, phrases in table.items() for p in phrases}
    if not counts:
        return None, None, counts
    owners: dict[str, set[int]] = {}
    for phrase, n in counts.items():
        for word in phrase.split():
            owners.setdefault(word, set()).add(n)
    words = sorted((w for w, ns in owners.items() if len(ns) == 1), key=len, reverse=True)
    ordered = sorted(counts, key=len, reverse=True)
    return (
        re.compile("|".join(re.escape(w) for w in words)),
        re.compile(longest_first(ordered)),
        counts,
    )


def may_count(ntext: str, start: int, end: int, lang: str) -> bool:
    """Whether ``ntext[start:end]`` holds a word of a counted phrase (the
    quick test ``counted_states`` makes before it reads the sentences
    back): where it holds none, no state is read from the sentences before."""
    quick = _phrases(lang)[0]
    return quick is not None and quick.search(ntext, start, end) is not None


def _find(stext: str, pattern: re.Pattern[str], glue: str) -> re.Match[str] | None:
    """The first counted phrase standing as whole words in ``stext`` (a
    one-letter conjunction of ``glue`` may be written on it)."""
    for hit in pattern.finditer(stext):
        at, end = hit.start(), hit.end()
        before = stext[at - 1] if at else " "
        if at >= 2 and before in glue and not stext[at - 2].isalnum():
            before = " "
        after = stext[end] if end < len(stext) else " "
        if not before.isalnum() and not after.isalnum():
            return hit
    return None


def _whole(m: Mention) -> bool:
    """A state named as a side by itself (not a place, topic or source)."""
    return (
        bool(m.code)
        and m.kind in _STATE_KINDS
        and m.agent is None
        and not (m.source or m.topic or m.place or m.location_only or m.offshore)
    )


def _listed(
    earlier: list[list[Mention]],
    count: int,
    ntext: str,
    conj: frozenset[str],
    adjacent: bool,
) -> list[Mention] | None:
    """The latest list of exactly ``count`` whole states in the mentions of
    the sentences just before (``earlier``: each sentence's, as this step
    has already given them, nearest last)."""
    for mentions in earlier[: -_BACK - 1 : -1]:
        states = [m for m in mentions if _whole(m)]
        for group in reversed(coordinated_groups(states, ntext, conj, adjacent)):
            if len({m.code for m in group}) == count == len(group):
                return group
    return None


def counted_states(
    sentences: list[Sentence], ntext: str, lang: str, conj: frozenset[str], adjacent: bool
) -> list[list[Mention]]:
    """Each sentence's mentions, a sentence whose deed a counted phrase does
    ("the four states accused …") given the states that phrase counts,
    written where it stands (coordinated, the later ones with a glued
    conjunction). The sentences are not changed: the caller sets the lists
    returned. A later phrase may count states an earlier one was given, so
    each sentence is read against the lists already returned."""
    quick, pattern, counts = _phrases(lang)
    if quick is None or pattern is None:
        return [s.mentions for s in sentences]
    out: list[list[Mention]] = []
    glue = "".join(sorted(c for c in conj if len(c) == 1 and c.isalpha()))
    for idx, s in enumerate(sentences):
        hit = None
        if idx and s.triggers and quick.search(ntext, s.start, s.end):
            hit = _find(ntext[s.start : s.end], pattern, glue)
        listed = _listed(out, counts[hit.group()], ntext, conj, adjacent) if hit else None
        if hit and listed and _names_none(s.mentions, listed):
            out.append(_with_copies(s, hit, listed, ntext, glue))
        else:
            out.append(s.mentions)
    return out


def _names_none(mentions: list[Mention], listed: list[Mention]) -> bool:
    """The sentence names none of the listed states as a whole state: one
    that names one of them itself tells its own sides ("Cairo's strikes …
    the agreement between the three states")."""
    own = {m.code for m in mentions if _whole(m)}
    return own.isdisjoint(m.code for m in listed)


def _with_copies(
    s: Sentence, hit: re.Match[str], listed: list[Mention], ntext: str, glue: str
) -> list[Mention]:
    """The sentence's mentions and copies of the ``listed`` states written at
    the counted phrase ``hit`` (coordinated: the later ones glued to a
    conjunction), in order of where they start."""
    start, end = s.start + hit.start(), s.start + hit.end()
    if start > s.start and ntext[start - 1] in glue:
        # "بين إيران والدول الثلاث": the glued conjunction is the
        # phrase's; the listed states are a group of their own, the
        # other side of Iran (not four parties of one meeting)
        start -= 1
    copies = [
        replace(m, start=start, end=end, strong=True, prefix=glue[:1] if k else "")
        for k, m in enumerate(listed)
    ]
    return sorted(s.mentions + copies, key=lambda m: m.start)
