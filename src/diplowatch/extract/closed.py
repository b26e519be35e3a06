"""Event nouns told as happening by a verb of occurrence that has no type.

News often tells an event by its noun and closes the clause with a verb that
only says it happened, goes on or began: "تحریم‌های آمریکا علیه ایران اجرا
شد" (the US sanctions on Iran were put into force), "حمایت روسیه از اسد
ادامه دارد" (Russia's support for Assad goes on), "استمر الدعم الروسي لسوريا".
The noun gives the type, the closer the tense, the noun's own complements
(genitive, "از", "علیه", "for") the participants. Many such nouns are also
ordinary words ("حمایت" is help of any kind, "تحریم" a boycott named in
passing), so they are listed apart (``triggers.CLOSED_NOUN_TRIGGERS``) and
report an event only when closed, as the subject of its clause:

- after it (``context.OCCURRENCE_VERBS``), with only the noun's own
  complements between: no punctuation, object marker, verb
  (``context.LIGHT_VERBS``), word of ``context.OCCURRENCE_STOPS`` ("که")
  or other trigger; in a verb-final language the closer must end the clause
  (nothing or a word of ``context.OCCURRENCE_AFTER`` after it: "است", "و"),
  so "توافق صورت گرفته" (the deal made) inside a longer phrase is no report;
- or, where the verb comes first (``context.SUBJECT_AFTER_VERB``), right
  before it ("تواصلت الاحتجاجات").

A noun after a word of ``context.OCCURRENCE_NOT_AFTER`` (a preposition: "از
حمایت", "پس از تحریم") is no subject, and reports nothing here. The event's
sides are named inside the noun's own phrase (``in_phrase``): "تحریم‌های
یکجانبه آمریکا علیه ایران اعمال شده" is the United States' on Iran, whoever
else the sentence names; where modifiers come before the noun (English:
neither verb-final nor verb-first) the phrase starts a few words before it
("Russia's support for …").
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit

_TOKEN = re.compile(r"\w+|[^\w\s]")
# How many words (tokens) the noun's own complements may take before the closer.
NP_WINDOW = 12
# How far back (characters) the words before a noun are read.
_BACK = 80


# A closed noun's entry: (mode, CLOSED_MARK, phrase start, phrase end).
CLOSED_MARK = "closed"
# How many words before the noun its phrase may start (English modifiers).
_MODIFIERS = 3


def closed_nouns(
    closed: list[Hit],
    triggers: list[Hit],
    text: str,
    ctx: object,
    sides: frozenset[int] = frozenset(),
) -> list[Hit]:
    """The hits of ``closed`` a verb of occurrence closes, as plain triggers
    with their phrase's span; ``triggers`` the others (a closer past one is
    that one's); ``sides`` the starts of actors' names (``_sides_follow``)."""
    closers: frozenset[str] = getattr(ctx, "occurrence_verbs", frozenset())
    if not closed or not closers:
        return []
    longest = max(len(c.split()) for c in closers)
    starts = frozenset(t.start for t in triggers)
    not_after: frozenset[str] = getattr(ctx, "occurrence_not_after", frozenset())
    first = getattr(ctx, "subject_after_verb", False)
    kept = []
    for hit in closed:
        before = _TOKEN.findall(text[max(0, hit.start - _BACK) : hit.start])
        if not _sides_follow(hit, text, ctx, sides, closers):
            continue
        if _continued(hit, before, text, ctx, starts) is not None:
            # the clause's subject goes on with it: a trigger as a verb is
            kept.append(replace(hit, entry=replace(hit.entry, kind="trigger")))
            continue
        if (
            (before and before[-1] in not_after)
            or _glued_preposition(hit.prefix, ctx)
            or _led_in_clause(hit, text, ctx, starts)
            or not _lead_fits(hit, text, before, ctx)
        ):
            continue
        end = _closed_after(hit, text, ctx, closers, longest, starts)
        if end is None and first and _ends_with_closer(before, closers, longest):
            end = _phrase_end(hit, text, ctx, starts)
        if end is not None:
            extra = (hit.entry.extra[0], CLOSED_MARK, _phrase_start(hit, text, ctx), end)
            kept.append(replace(hit, entry=replace(hit.entry, kind="trigger", extra=extra)))
    return kept


def _sides_follow(
    hit: Hit, text: str, ctx: object, sides: frozenset[int], closers: frozenset[str]
) -> bool:
    """Whether a noun of ``context.CLOSED_SIDE_NOUNS`` (the war noun) is
    followed directly by a word that opens its sides or place
    (``CLOSED_SIDE_OPENERS``: "بين", "میان", "در", "في"), by a side's name,
    by a verb of occurrence or by nothing: a word of another kind is an
    adjective that makes the war a figure ("الحرب الدبلوماسية بين قطر
    والسعودية", "جنگ سایبری میان …", "جنگ نفتکش‌ها"), no armed clash, and no
    list of such adjectives can be whole (mendA70). A side may be an agent
    word ("جنگ نیروهای دولتی و طالبان"), save one that is the adjective of a
    figure (``CLOSED_FIGURE_AGENTS``: "الدبلوماسية", mendD71). Other nouns
    pass."""
    nouns: frozenset[str] = getattr(ctx, "closed_side_nouns", frozenset())
    if text[hit.base_start : hit.base_end] not in nouns:
        return True
    nxt = _TOKEN.search(text, hit.end)
    if nxt is None or not nxt.group().isalnum():
        return True
    openers: frozenset[str] = getattr(ctx, "closed_side_openers", frozenset())
    word = nxt.group()
    figures: frozenset[str] = getattr(ctx, "closed_figure_agents", frozenset())
    return (
        word in openers
        # a side starting inside the word: its few places looked up in C (speed81)
        or (word not in figures and not sides.isdisjoint(range(*nxt.span())))
        or any(c.split()[0] == word for c in closers)
    )


def _lead_fits(hit: Hit, text: str, before: list[str], ctx: object) -> bool:
    """Whether the word right before a noun of ``context.CLOSED_SIDE_NOUNS``
    leaves it a war: where modifiers come before the noun (English) it must
    be a determiner, a possessive or an adjective of a real war
    (``CLOSED_SIDE_LEADS``: "the war between …", "Russia's war", "the civil
    war"), or nothing; any other word makes the war a figure ("the trade war
    between the US and China"), as an adjective after it does in Arabic and
    Persian (``_sides_follow``). No leads listed: no check (english72)."""
    leads: frozenset[str] = getattr(ctx, "closed_side_leads", frozenset())
    nouns: frozenset[str] = getattr(ctx, "closed_side_nouns", frozenset())
    if not leads or text[hit.base_start : hit.base_end].lower() not in nouns:
        return True
    if not before or not before[-1].isalnum():
        return True
    return before[-1].lower() in leads or "".join(before[-2:]).lower() in leads


def in_phrase(trig: Hit, people: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """The sides of a closed noun's event: the sentence's ``mentions`` named
    inside its own phrase (not a source, a topic, a venue, a place of
    something else or off a coast), whoever else the sentence's clause
    names, and none unless they are two; ``people`` as they are for any
    other trigger."""
    extra = trig.entry.extra
    if len(extra) < 4 or extra[1] != CLOSED_MARK:
        return people
    inside = [
        m
        for m in mentions
        if extra[2] <= m.start
        and m.end <= extra[3]
        and not (m.source or m.topic or m.venue or m.offshore or m.location_only)
        and (m.strong or not m.place)
    ]
    # both sides are named in the phrase, or the noun tells too little
    # ("حمایت دیپلماتیک سئول برای احیای برجام ادامه خواهد داشت": whom?)
    return inside if len({(m.code, m.agent) for m in inside}) > 1 else []


def _phrase_start(hit: Hit, text: str, ctx: object) -> int:
    """Where the noun's phrase starts: at the noun, or where modifiers come
    first, at the first of up to ``_MODIFIERS`` words right before it."""
    if getattr(ctx, "verb_final", False) or getattr(ctx, "subject_after_verb", False):
        return hit.start
    stops: frozenset[str] = getattr(ctx, "occurrence_stops", frozenset())
    not_after: frozenset[str] = getattr(ctx, "occurrence_not_after", frozenset())
    start = hit.start
    words = [m for m in _TOKEN.finditer(text, max(0, hit.start - _BACK), hit.start)]
    taken = 0
    for m in reversed(words):
        word = m.group()
        if word == "'":
            continue  # "Russia's"
        if not word.isalnum() or word in stops or word in not_after or taken == _MODIFIERS:
            break
        start, taken = m.start(), taken + 1
    return start


def _phrase_end(hit: Hit, text: str, ctx: object, starts: frozenset[int]) -> int:
    """Where the phrase after a noun a closer stands before ends: at
    punctuation, a stop word, another trigger or ``NP_WINDOW`` words on."""
    stops: frozenset[str] = getattr(ctx, "occurrence_stops", frozenset())
    end = hit.end
    for i, m in enumerate(_TOKEN.finditer(text, hit.end)):
        word = m.group()
        if i == NP_WINDOW or not word.isalnum() or word in stops or m.start() in starts:
            break
        end = m.end()
    return end


def _glued_preposition(prefix: str, ctx: object) -> bool:
    """Whether a preposition is glued to the noun ("بالدعم", "للتعاون"),
    after a glued conjunction, if any."""
    glued: frozenset[str] = getattr(ctx, "glued_prepositions", frozenset())
    if not prefix or not glued:
        return False
    for conj in getattr(ctx, "conjunctions", frozenset()):
        if conj.isalpha() and prefix.startswith(conj) and len(prefix) > len(conj):
            prefix = prefix[len(conj) :]
            break
    return prefix.startswith(tuple(glued))


def _led_in_clause(hit: Hit, text: str, ctx: object, starts: frozenset[int]) -> bool:
    """Whether something before the noun in its clause (back to punctuation,
    a word of ``context.OCCURRENCE_AFTER`` such as "و", "که", or a verb of
    ``context.PHRASE_BREAKS``/``LIGHT_VERBS``: "گفت") makes it no subject:
    another trigger ("تماس … پس از نشست حمایت از عراق انجام شد": the call
    took place, the noun is a word of the meeting's name) or, in a
    verb-final language, a preposition that governs the phrase the noun
    ends ("سخنان وزیر درباره ضرورت حمایت از … ادامه یافت")."""
    joiners: frozenset[str] = (
        getattr(ctx, "occurrence_after", frozenset())
        | getattr(ctx, "phrase_breaks", frozenset())
        | getattr(ctx, "light_verbs", frozenset())
    )
    preps: frozenset[str] = (
        getattr(ctx, "occurrence_not_after", frozenset())
        if getattr(ctx, "verb_final", False)
        else frozenset()
    )
    words = list(_TOKEN.finditer(text, max(0, hit.start - 4 * _BACK), hit.start))
    for m in reversed(words):
        if not m.group().isalnum() or m.group() in joiners:
            return False
        if m.start() in starts or m.group() in preps:
            return True
    return False


def _continued(
    hit: Hit, before: list[str], text: str, ctx: object, starts: frozenset[int]
) -> int | None:
    """Where the verb of going on starts that a noun after its opener is
    the complement of ("ایران به حمایت از سوریه ادامه می‌دهد": Iran goes on
    supporting Syria; ``context.CONTINUED_OPENERS``, ``CONTINUED_VERBS``),
    with only the noun's complements between; None otherwise."""
    openers: frozenset[str] = getattr(ctx, "continued_openers", frozenset())
    verbs: frozenset[str] = getattr(ctx, "continued_verbs", frozenset())
    if not openers or not verbs or not before or before[-1] not in openers:
        return None
    longest = max(len(v.split()) for v in verbs)
    return _closed_after(hit, text, ctx, verbs, longest, starts)


def _ends_with_closer(words: list[str], closers: frozenset[str], longest: int) -> bool:
    """Whether the words right before a noun end with a closer ("تواصلت")."""
    return any(" ".join(words[-k:]) in closers for k in range(1, min(longest, len(words)) + 1))


class _PairJoin:
    """The "and" that joins the two sides a pair opener names ("the war
    between government forces and the Taliban continues"): English phrases
    end at "and" (``context.OCCURRENCE_STOPS``), save that one, read through
    once after each ``CLOSED_PAIR_OPENERS`` word (english72)."""

    def __init__(self, ctx: object) -> None:
        self.openers: frozenset[str] = getattr(ctx, "closed_pair_openers", frozenset())
        self.joiners: frozenset[str] = getattr(ctx, "closed_pair_joiners", frozenset())
        self.open = False

    def joins(self, word: str) -> bool:
        """Whether ``word`` (the next of the phrase) is the pair's joiner."""
        if word in self.openers:
            self.open = True
        elif self.open and word in self.joiners:
            self.open = False
            return True
        return False


def _closed_after(
    hit: Hit,
    text: str,
    ctx: object,
    closers: frozenset[str],
    longest: int,
    starts: frozenset[int],
) -> int | None:
    """Where the closer that follows the noun with only its complements
    between starts (see the module docstring); None if there is none."""
    verbs: frozenset[str] = getattr(ctx, "light_verbs", frozenset())
    markers: frozenset[str] = getattr(ctx, "object_markers", frozenset())
    stops: frozenset[str] = getattr(ctx, "occurrence_stops", frozenset())
    after: frozenset[str] = getattr(ctx, "occurrence_after", frozenset())
    not_before: frozenset[str] = getattr(ctx, "occurrence_not_before", frozenset())
    final = getattr(ctx, "verb_final", False)
    pair = _PairJoin(ctx)
    # only the next few words matter: never tokenise the rest of the document
    found = list(islice(_TOKEN.finditer(text, hit.end), NP_WINDOW + longest + 1))
    words = [m.group() for m in found]
    for i, m in enumerate(found[: NP_WINDOW + 1]):
        for k in range(min(longest, len(words) - i), 0, -1):
            if " ".join(words[i : i + k]) in closers:
                nxt = words[i + k] if i + k < len(words) else ""
                ends = not final or not nxt.isalnum() or nxt in after
                # "continues to be unlikely": a catenative, not the noun going on (mendA72)
                return m.start() if ends and nxt not in not_before else None
        word = words[i]
        if pair.joins(word):
            continue
        if not word.isalnum() or word in verbs or word in markers or word in stops:
            return None
        if m.start() in starts:
            return None
    return None
