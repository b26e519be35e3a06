"""Agents that share one head noun: "security and military forces",
"نیروهای امنیتی و نظامی", "القوات الأمنية والعسكرية".

The scan matches one agent phrase ("military forces", "نیروهای امنیتی");
the other modifier, joined to it by a conjunction, names a second agent
only together with the shared head ("security forces", "نیروهای نظامی").
An analyst codes both: the bare modifier becomes an agent hit of its own,
so the two are read as coordinated actors of one side (as "police and
soldiers" are). The head is built from the lexicon's own phrase, so only
modifiers the lexicon knows with that head count.
"""

from __future__ import annotations

import re
from itertools import islice

from diplowatch.extract.lexicon import Entry, Lexicon
from diplowatch.extract.scan import Hit, scan

_WORD = re.compile(r"\S+")


def shared_head_hits(
    ntext: str,
    actor_hits: list[Hit],
    lex: Lexicon,
    conjunctions: frozenset[str],
    modifier_first: bool,
) -> list[Hit]:
    """Agent hits for the other modifier of a shared head, in text order."""
    added: list[Hit] = []
    for hit in actor_hits:
        if hit.entry.kind != "agent":
            continue
        words = ntext[hit.base_start : hit.base_end].split()
        found = (
            _before(ntext, hit, words, conjunctions, lex)
            if modifier_first
            else _after(ntext, hit, conjunctions)
        )
        if found is None:
            continue
        start, end, prefix, head, own, widen = found
        word = ntext[start + len(prefix) : end]
        phrase = " ".join([word, *head] if modifier_first else [*head, word])
        entry = _agent_of(phrase, lex)
        if entry is not None and entry.value != (own or hit.entry.value):
            added.append(Hit(start, end, start + len(prefix), end, entry, prefix))
            if widen >= 0:  # the one-word head takes its nearer modifier
                added.append(Hit(widen, hit.end, widen, hit.base_end, hit.entry, ""))
    return added


def with_shared_heads(
    ntext: str,
    actor_hits: list[Hit],
    lex: Lexicon,
    conjunctions: frozenset[str],
    modifier_first: bool,
) -> list[Hit]:
    """``actor_hits`` with the added modifiers in place of what the scan
    read in those words alone (a bare "نظامی" it keeps only after a number,
    "security" only with a country)."""
    added = shared_head_hits(ntext, actor_hits, lex, conjunctions, modifier_first)
    if not added:
        return actor_hits
    kept = [h for h in actor_hits if all(h.end <= a.start or h.start >= a.end for a in added)]
    return sorted(kept + added, key=lambda h: h.start)


_Found = tuple[int, int, str, list[str], str, int]


def _after(ntext: str, hit: Hit, conjunctions: frozenset[str]) -> _Found | None:
    """The word after a conjunction right after a phrase "head + modifier":
    (its start, end, the conjunction glued to it or "", the head, "")."""
    head = ntext[hit.base_start : hit.base_end].split()[:-1]
    # three words at most are read (a conjunction, the word after it, one
    # before them): the others are not cut out of the text (asked for every
    # agent noun of an article)
    words = list(islice(_WORD.finditer(ntext, hit.end, min(len(ntext), hit.end + 60)), 3))
    if not words or words[0].start() == hit.end:
        return None
    if not head:
        # a one-word head read apart from its modifier ("قوات" + "الجيش"):
        # the conjunction after that modifier ("قوات الجيش والأمن")
        head = ntext[hit.base_start : hit.base_end].split()
        if len(head) != 1 or len(words) < 2 or not words[0].group().isalpha():
            return None
        words = words[1:]
    first = words[0]
    if first.group() in conjunctions:
        if len(words) < 2:
            return None
        return words[1].start(), words[1].end(), "", head, "", -1
    glued = first.group()[:1]
    if glued in conjunctions and glued.isalpha() and len(first.group()) > 3:
        return first.start(), first.end(), glued, head, "", -1
    return None


def _before(
    ntext: str, hit: Hit, own: list[str], conjunctions: frozenset[str], lex: Lexicon
) -> _Found | None:
    """The word before a conjunction before a phrase "modifier + head"
    ("security and military forces") or before a word before a one-word
    head ("security and military" + "forces"): (its start, end, "", the
    head, the agent of the nearer word with the head where the lexicon
    has one, and where a one-word head starts with that word, else -1)."""
    words = list(_WORD.finditer(ntext, max(0, hit.start - 80), hit.start))
    if len(own) >= 2:
        head, nearer, conj, widen = own[1:], "", -1, -1
    else:
        if len(words) < 3 or not words[-1].group().isalpha():
            return None
        entry = _agent_of(" ".join([words[-1].group(), *own]), lex)
        head, nearer, conj = own, entry.value if entry else "", -2
        widen = words[-1].start()
    if len(words) < 1 - conj or words[conj].group() not in conjunctions:
        return None
    word = words[conj - 1]
    if not word.group().isalpha():
        return None
    return word.start(), word.end(), "", head, nearer, widen


def _agent_of(phrase: str, lex: Lexicon) -> Entry | None:
    """The agent entry the lexicon gives the whole of ``phrase``."""
    for h in scan(phrase, lex):
        if h.entry.kind == "agent" and h.start == 0 and h.end == len(phrase):
            return h.entry
    return None
