"""Agents of "this country": the country the text has just named.

"دولت بولیوی با مخالفان این کشور در لیما دیدار کرد", "وزارت خارجه ژاپن از
شهروندان این کشور خواست …", "التقت الحكومة البوليفية معارضي هذا البلد",
"the Bolivian government met the country's opposition in Lima": an agent
noun or a title closed by a demonstrative "country" (``context.
THIS_COUNTRY_WORDS``) or opened by a possessive one (``context.
THIS_COUNTRY_BEFORE``: "the country's") is of the country named last
before it, not of a place written after it (Lima), nor of the article's
home country nor of the one country its sentence names. Without this the
agent was left to the sentence's fallbacks (``participants.fill_codes``),
which read the nearest place, the home country or the one state named —
often not the country the demonstrative points back to.

A city is no antecedent ("سفارت آمریکا در کابل از اتباع این کشور خواست":
the embassy's country), nor a capital written as the place where something
happens; a capital that is a destination or a side stands for its state
("به واشنگتن سفر کرد و با رئیس جمهور این کشور دیدار کرد").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention
from diplowatch.text.punctuation import SENTENCE_ENDS_OR_COLON, SOFT_BREAKS
from diplowatch.text.words import words_before

# How far back (characters) the antecedent may stand: the sentence or the
# one before it. Bounded, so a long one-line document costs no more per
# mention than a short one.
ANTECEDENT_REACH = 400
_NO_ANTECEDENT_KINDS = frozenset({"city"})
# Marks that end a sentence, and how far back one is looked for before a state.
_SENTENCE_ENDS = SENTENCE_ENDS_OR_COLON
_OPENING_REACH = 8
# Words from a state to the agent, "against" the last, that make the state
# the other side of a deed (longer gaps are another clause's).
_AGAINST_GAP = 3


def this_country_owners(text: str, mentions: list[Mention], ctx: Context) -> None:
    """Give each agent or title with no country that a demonstrative
    "country" closes or opens the country named last before it (see the
    module's docstring); the mention then spans the phrase too.
    ``mentions`` are in text order; they are changed in place."""
    if not (ctx.this_country_words or ctx.this_country_before) or not mentions:
        return
    starts = [m.start for m in mentions]
    for after, phrases in ((True, ctx.this_country_words), (False, ctx.this_country_before)):
        for phrase in phrases:
            at = text.find(phrase)
            while at >= 0:
                stop = at + len(phrase)
                if _whole_word(text, at, stop, ctx.people_suffixes):
                    i = _owner_index(text, mentions, starts, (at, stop), after)
                    if i is not None:
                        _take_antecedent(text, mentions, i, (at, stop), ctx)
                at = text.find(phrase, stop)


def _whole_word(text: str, start: int, stop: int, suffixes: frozenset[str]) -> bool:
    """The phrase is written whole, not in a longer word nor in its plural
    ("این کشورها", "این کشور ها": these countries, of no one antecedent)."""
    if start > 0 and text[start - 1].isalpha():
        return False
    if stop < len(text) and text[stop].isalpha():
        return False
    nxt = text[stop : stop + 6].split()[:1]
    return not (nxt and nxt[0] in suffixes)


def _owner_index(
    text: str, mentions: list[Mention], starts: list[int], span: tuple[int, int], after: bool
) -> int | None:
    """The index of the agent or title with no country of its own that the
    phrase at ``span`` closes (``after``: it ends right before the phrase)
    or opens (it starts right after), only a space between; else None."""
    if after:
        i = bisect_right(starts, span[0] - 1) - 1
        ok = i >= 0 and not text[mentions[i].end : span[0]].strip()
    else:
        i = bisect_left(starts, span[1])
        ok = i < len(mentions) and not text[span[1] : mentions[i].start].strip()
    if not ok:
        return None
    m = mentions[i]
    return None if m.code or not (m.agent or m.role) or m.kind != "agent" else i


def _take_antecedent(
    text: str, mentions: list[Mention], i: int, span: tuple[int, int], ctx: Context
) -> None:
    """Give ``mentions[i]`` the antecedent's country and stretch it over
    the phrase (a title's home country no longer applies)."""
    m = mentions[i]
    code = _antecedent(text, mentions, i, min(m.start, span[0]), ctx)
    if code:
        m.code, m.home_bound = code, False
        m.start, m.end = min(m.start, span[0]), max(m.end, span[1])


def _antecedent(text: str, mentions: list[Mention], before: int, start: int, ctx: Context) -> str:
    """The country of the nearest mention before index ``before`` with
    one, within ``ANTECEDENT_REACH`` of ``start``: no city, no capital
    read as a place, no dateline, and no state as a whole opening the
    agent's own sentence — its subject, which the sentence would name by a
    reflexive ("خود", "its"), not by "this country" ("ایالات متحده ذخایر
    بانک مرکزی این کشور را مسدود کرد": another country's bank); nor a
    state a few words before "against" (``context.THIS_COUNTRY_AGAINST``)
    and the agent: the deed's other side ("تحریم‌های آمریکا علیه رئیس جمهور
    آن کشور", "Japan's sanctions against the country's president")."""
    for j in range(before - 1, -1, -1):
        x = mentions[j]
        if x.end < start - ANTECEDENT_REACH:
            return ""
        if not x.code or x.dateline or x.kind in _NO_ANTECEDENT_KINDS:
            continue
        if x.kind == "capital" and x.location_only:
            continue
        gap = text[x.end : start].split()
        if _opening_state(text, x, start) and not set(gap) <= ctx.conjunctions:
            continue  # "ونزوئلا و مخالفان این کشور": joined to it, not its subject
        if gap and len(gap) <= _AGAINST_GAP and gap[-1] in ctx.this_country_against:
            continue
        return x.code
    return ""


def _opening_state(text: str, x: Mention, start: int) -> bool:
    """``x`` is a state named as a whole that opens the sentence in which
    the agent at ``start`` stands (no sentence end between them)."""
    if x.agent or x.role or x.kind != "state":
        return False
    before = text[max(0, x.start - _OPENING_REACH) : x.start].rstrip()
    opens = not before or before[-1] in _SENTENCE_ENDS
    return opens and not any(c in _SENTENCE_ENDS for c in text[x.end : start])


# Marks that end a clause: the antecedent of a "this country" standing for a
# side is named outside its clause.
_CLAUSE_MARKS = SENTENCE_ENDS_OR_COLON | frozenset(SOFT_BREAKS)


def this_country_sides(text: str, mentions: list[Mention], ctx: Context) -> list[Mention]:
    """``mentions`` with a mention of the antecedent state for each bare
    "this country" (``context.THIS_COUNTRY_SIDES``: no agent noun before it)
    that a preposition of a side governs (``THIS_COUNTRY_SIDE_PREPOSITIONS``:
    "تحریم‌هایی علیه این کشور", "حمایت روسیه از این کشور", "sanctions
    against this country"); "در این کشور" is a place and stays none. A
    genitive ("حمایت این کشور", "پرچم‌های این کشور را") is left alone: it
    may be the doer of the noun or a mere owner. A demonstrative noun points
    back to a state the text named before, never to a co-argument of its
    own clause (that one it would name by a reflexive, "خود"): the
    antecedent is the nearest state before the phrase's clause
    (``_clause_open``) within ``ANTECEDENT_REACH``."""
    if not ctx.this_country_sides or not mentions:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    starts = [m.start for m in mentions]
    added = []
    for phrase in ctx.this_country_sides:
        at = text.find(phrase)
        while at >= 0:
            stop = at + len(phrase)
            prev = words_before(text, at, 1)
            # the preposition first: most phrases stand after none
            governed = bool(prev) and prev[0] in ctx.this_country_side_preps
            if governed and not any(a < stop and at < b for a, b in taken):
                added.extend(_side_mention(text, mentions, starts, (at, stop), ctx))
            at = text.find(phrase, stop)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _side_mention(
    text: str, mentions: list[Mention], starts: list[int], span: tuple[int, int], ctx: Context
) -> list[Mention]:
    """The antecedent's mention written at ``span`` (one or none): a whole
    "this country", its antecedent named before its clause."""
    at, stop = span
    if not _whole_word(text, at, stop, ctx.people_suffixes):
        return []
    opens = _clause_open(text, at, ctx)
    before = bisect_left(starts, opens)  # none of its own clause
    code = _antecedent(text, mentions, before, opens, ctx)
    return [Mention(at, stop, code, "state", False)] if code else []


def _clause_open(text: str, at: int, ctx: Context) -> int:
    """Where the clause of the phrase at ``at`` opens: after the last clause
    mark or clause-opening word (``context.THIS_COUNTRY_CLAUSE_WORDS``)
    within ``ANTECEDENT_REACH`` before it."""
    lo = max(0, at - ANTECEDENT_REACH)
    cut = max(text.rfind(mark, lo, at) for mark in _CLAUSE_MARKS)
    for word in ctx.this_country_clause_words:
        found = text.rfind(f" {word} ", lo, at)
        cut = max(cut, found + len(word) + 1 if found >= 0 else -1)
    return cut + 1 if cut >= 0 else lo
