"""Who did the deed a relative clause tells: its head or its subject.

"The Iraqi prime minister, who invited him", "نخست‌وزیر عراق که او را
دعوت کرده بود", "رئيس الوزراء العراقي الذي دعاه": the clause's verb has an
object pronoun resuming a side named earlier, so its head (the side right
before the relative pronoun) is the one who acted. "The French diplomat
whom Iran expelled", "روزنامه‌نگار ایرانی که پلیس ترکیه او را بازداشت کرده
بود": a side named inside the clause before its verb is the clause's
subject, so it acted and the head was acted on. Word order put the other
side first in both (the sentence's subject, or the head before the clause),
while the event's first actor must be the doer (the PLOVER export reads
actor = first, recipient = second) (reversed98).

A mention inside the clause is its subject only where the pronoun can only
be an object (``OBJECT_CLAUSE_RELATIVES``: "whom") or an object pronoun
(``RESUMED_OBJECTS``, "او را") stands between it and the verb: in "که
ایران را متهم کرد" the mention is the object and the head accused.

The head is the doer only after a relative of ``HEAD_DOER_RELATIVES``
(mendA99): Persian "که" with no side inside has a dropped subject, and the
pronoun may resume the head itself ("دیپلمات آلمانی که هفته گذشته او را
بازداشت کرده بود"); English "that" also follows a verb of telling
("informed the Iranian envoy that it would expel him").
"""

from __future__ import annotations

import re
from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit

_WORD = re.compile(r"\w+|[^\w\s]")
# How many words a relative pronoun may stand before the clause's verb
# ("که پلیس ترکیه او را به اتهام جاسوسی بازداشت کرده بود").
_CLAUSE_REACH = 10
# How many words of the head noun may follow a state's adjective ("the
# Iraqi prime minister, who").
_HEAD_WORDS = 3
# How many characters before the verb are read for the pronoun.
_WINDOW = 120
# The rest of the verb's word and the word after it.
_AFTER = re.compile(r"(\w*)\s*(\w*)")


def relative_doers_first(side: list[Mention], trig: Hit, ntext: str, ctx: Any) -> list[Mention]:
    """``side`` with the doer of a relative clause's verb first: its subject
    named inside it, or its head when the verb's object pronoun resumes
    another side named before."""
    if len(side) < 2 or not ctx.clause_relatives:
        return side
    rel = _relative_before(trig, ntext, ctx)
    if rel is None:
        return side
    head = next((m for m in side if _heads(m, rel[0], ntext, ctx)), None)
    if head is None:
        return side
    inner = [m for m in side if m.start >= rel[1] and m.end <= trig.start]
    if inner:
        if rel[2] in ctx.object_clause_relatives or _resumed(
            ntext[inner[-1].end : trig.start], ctx
        ):
            return inner + [head] + [m for m in side if m is not head and m not in inner]
        return side
    if rel[2] not in ctx.head_doer_relatives:
        # mendA99: a Persian object pronoun with no side inside may resume
        # the head; English "that" may open a clause told to it
        return side
    before = [m for m in side if m.end <= head.start]
    if before and side[0] is not head and _verb_object(side, trig, rel, ntext, ctx):
        return [head] + [m for m in side if m is not head]
    return side


def _heads(m: Mention, rel: int, ntext: str, ctx: Any) -> bool:
    """Whether ``m`` is the head of the clause whose pronoun starts at
    ``rel``: right before it (a comma between allowed), or, where modifiers
    come before their noun, a state's adjective before up to
    ``_HEAD_WORDS`` words of the noun ("the Iraqi prime minister, who")."""
    if m.end > rel:
        return False
    words = _WORD.findall(ntext[m.end : rel])
    if words and words[-1] in (",", "،"):
        words.pop()
    if not words:
        return True
    if not ctx.syntax.modifiers_before or len(words) > _HEAD_WORDS:
        return False
    return all(w.isalnum() and w not in ctx.conjunctions for w in words)


def _relative_before(trig: Hit, ntext: str, ctx: Any) -> tuple[int, int, str] | None:
    """The last relative pronoun of ``CLAUSE_RELATIVES`` within reach before
    the verb, with no mark (a comma, a stop) between them."""
    start = max(0, trig.start - _WINDOW)
    words = list(_WORD.finditer(ntext, start, trig.start))[-_CLAUSE_REACH:]
    for w in reversed(words):
        if not w.group().isalnum():
            return None
        if w.group() in ctx.clause_relatives:
            return (
                None
                if _closed(ntext[w.end() : trig.start], ctx)
                else (w.start(), w.end(), w.group())
            )
    return None


def _closed(gap: str, ctx: Any) -> bool:
    """Whether the clause ended before the verb: in a verb-final language a
    verb of its own (``SUBJECT_RELATIVE_CLOSERS`` or a light verb) stands
    between ("افرادی که درخواست کردند آنها را دعوت کردیم": the invitation is
    the main clause's)."""
    closers = ctx.subject_relative_closers
    if not closers:
        return False
    words = gap.split()
    pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    return any(w in closers or w in ctx.light_verbs for w in words + pairs)


def _resumed(gap: str, ctx: Any) -> bool:
    """Whether an object pronoun of ``RESUMED_OBJECTS`` ("او را") stands in
    ``gap``, the words before the clause's verb, or one after a preposition
    of ``RESUMED_OBLIQUES`` ends it ("از آن حمایت", "به او حمله": right
    before the verb; not after ``RESUMED_OBLIQUE_STOPS``, as "پس از آن" is
    no object)."""
    said = " " + " ".join(gap.split()) + " "
    if any(f" {p} " in said for p in ctx.resumed_objects):
        return True
    oblique = next((p for p in ctx.resumed_obliques if said.endswith(f" {p} ")), None)
    if oblique is None:
        return False
    # mendA99: "پس از آن" ends with "از آن" but is "after that"
    before = said[: -len(oblique) - 2].split()
    return not (before and before[-1] in ctx.resumed_oblique_stops)


def _verb_object(
    side: list[Mention], trig: Hit, rel: tuple[int, int, str], ntext: str, ctx: Any
) -> bool:
    """Whether the clause's verb has an object pronoun: before it ("که او را
    دعوت کرد"), right after it ("who invited him"), or glued to it ("الذي
    دعاه")."""
    if _resumed(ntext[rel[1] : trig.start], ctx):
        return True
    after = _AFTER.match(ntext, trig.end)
    glued, nxt = (after.group(1), after.group(2)) if after else ("", "")
    if glued and _glued_object(glued, trig, rel, ntext, ctx):
        # "الذي اعتقلته الشرطة": a subject after the verb acted, not the head
        return not _subject_after(side, trig, ntext)
    return nxt in ctx.resumed_objects


def _glued_object(glued: str, trig: Hit, rel: tuple[int, int, str], ntext: str, ctx: Any) -> bool:
    """Whether the rest of the verb's word after the trigger is an object
    pronoun (``VERB_OBJECT_PRONOUNS``, or the feminine's "ت" and one: "دعاه",
    "اتهمته"), the verb the relative pronoun's next word: a noun's pronoun
    ("بمواصلة دعمها") is its owner, and a later verb is another clause's."""
    if trig.entry.affix != "verb" or ntext[rel[1] : trig.start].strip():
        return False
    return any(glued.endswith(p) and len(glued) <= len(p) + 1 for p in ctx.syntax.object_pronouns)


def _subject_after(side: list[Mention], trig: Hit, ntext: str) -> bool:
    """Whether a side is named right after the verb's word (the rest of the
    word and at most one word between): the clause's own subject, where the
    verb comes first."""
    for m in side:
        if m.start >= trig.end:
            words = _WORD.findall(ntext[trig.end : m.start])
            if len(words) <= 2 and all(w.isalnum() for w in words):
                return True
    return False
