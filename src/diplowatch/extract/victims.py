"""Whom a commented deed struck is no side of the comment.

"Iran condemned the US strike on Iraqi army positions", "أدانت تونس الهجوم
الذي استهدف قوات الأمن المصرية", "ایران حمله آمریکا به مواضع ارتش عراق را
محکوم کرد": a condemnation (or praise) of a deed of force is about its doer,
not about whom the deed struck. The comment's object is the deed's noun
(right after the comment's verb, or, where the verb ends its clause, right
before it); the mentions its victim marker opens (``context.
DEED_VICTIM_MARKERS``: "on", "against", "that targeted", "على", "استهدف",
"به", "علیه") up to the end of the deed's phrase, or up to a marker of its
doers ("by", "من قبل", "توسط"), are its victims. A language without the
list is unaffected.
"""

from __future__ import annotations

from typing import Any

from diplowatch.event_types import having
from diplowatch.extract.actors import Mention
from diplowatch.extract.commented import passive_judge
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import WORD_RUN as _WORD

# Words between a comment's verb and the noun of the deed it governs
# ("condemned the brutal US air strike", "حمله هوایی آمریکا به … را").
_DEED_REACH = 5
_BREAKS = CLAUSE_BREAKS | {"."}
COMMENTS = having("comment")
# a condolence speaks to the bereaved: whom the deed struck is its side
# ("برقية تعزية بمقتل قائد …")
_BEREAVED_MODES = frozenset({"condole"})


def without_victims(s: Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Any) -> list:
    """``people`` without the victims of the deed a comment governs; kept
    whole when the comment governs no deed of force."""
    span = _victims_span(s, trig, ntext, ctx)
    if span is None:
        return people
    lo, opened, stop = span
    kept = [m for m in people if not opened <= m.start < stop]
    # no commenter left before the deed: the phrase read is not its object;
    # in the passive the judge follows it ("… از سوی ایران محکوم شد")
    judge = _judge_at(ntext, lo, trig.start, ctx) if ctx.verb_final else None
    return (
        kept
        if any(m.start < lo or (judge is not None and m.start >= judge) for m in kept)
        else people
    )


def commented_phrase_sides(
    s: Sentence, deed: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """The sides of a deed-of-force noun a comment of its sentence governs
    ("أدانت إيران الهجوم الإسرائيلي على سوريا", "نددت مصر بالغارات التي
    شنتها إسرائيل على لبنان"): the mentions its own phrase names, doer and
    victim, when they are two or more and name a state ``people`` lacks: the
    commenter, who speaks before the phrase, and the sentence's first two
    groups of actors do not bound it. ``people`` as they are otherwise (a
    verb, no comment, one side named, no state missed: a place of a state
    already a side adds none)."""
    phrase = commented_phrase(s, deed, ntext, ctx)
    if phrase is None:
        return people
    own = [
        m
        for m in s.mentions
        if phrase[0] <= m.start < phrase[1]
        and not (m.source or m.topic or m.venue or m.offshore or m.location_only)
        and (m.strong or not m.place)
    ]
    missed = {m.code for m in own} - {m.code for m in people}
    return own if missed and len({(m.code, m.agent) for m in own}) > 1 else people


def commented_phrase(s: Sentence, deed: Hit, ntext: str, ctx: Any) -> tuple[int, int] | None:
    """Where the phrase of a deed-of-force noun that a comment before it
    governs runs (from the noun to its phrase's end), or None: the roles the
    commenter's words give a state (the condemning government's "GOV") are
    not those of the state the deed struck."""
    if deed.entry.affix == "verb" or deed.start not in s.force_words:
        return None
    for c in s.triggers:
        if c.entry.value not in COMMENTS or c.end > deed.start:
            continue
        phrase = _deed_phrase(s, c, ntext, ctx)
        if phrase is not None and phrase[0] == _word_end(ntext, deed.start):
            return deed.start, phrase[1]
    return None


def comments_on_struck(s: Sentence, trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether a comment governs a deed of force whose victims it names: its
    commenter alone then tells it ("Tunisia condemned the attack that
    targeted Egyptian police" names no one accused)."""
    return _victims_span(s, trig, ntext, ctx) is not None


def _victims_span(s: Sentence, trig: Hit, ntext: str, ctx: Any) -> tuple[int, int, int] | None:
    """The victims' span of the deed the comment governs, read from the
    comment's own word or, failing that, from a comment noun of the same
    mode later in its clause that the word's light verb carries ("عبرت
    الفصائل عن غضبها واستنكارها لجريمة قتل الطفل": the noun, not the far
    verb, governs the deed)."""
    if trig.mode in _BEREAVED_MODES:
        return None
    span = _word_victims_span(s, trig, ntext, ctx)
    for c in s.triggers:
        if span is not None:
            break
        if c.start > trig.end and c.entry.value in COMMENTS and c.mode == trig.mode:
            if any(b in ntext[trig.end : c.start] for b in _BREAKS):
                break
            span = _word_victims_span(s, c, ntext, ctx)
    return span


def _word_victims_span(s: Sentence, trig: Hit, ntext: str, ctx: Any) -> tuple[int, int, int] | None:
    """Where the deed's phrase starts, where its victims' part opens (after
    the first victim marker, or at its start when a marker of its doers
    follows) and where it stops (at that marker, or the phrase's end); None
    when the comment governs no deed of force with a victim or doer marker."""
    markers = ctx.deed_victim_markers
    if _word_at(ntext, trig.start) in ctx.blame_verbs:
        # "blamed the attack on Iran": "on" names whom the blame is put on
        markers = markers - ctx.blame_preps
    if not markers:
        return None
    phrase = _deed_phrase(s, trig, ntext, ctx)
    if phrase is None:
        return None
    lo, hi = phrase
    stop = _doers_start(ntext, lo, hi, ctx)
    opened = next(
        (w.end() + lo for w in _WORD.finditer(ntext[lo:stop]) if w.group() in markers), None
    )
    if opened is None and (stop < hi or _victim_first(ntext, lo, ctx)):
        # "condemned the arrest of journalists by Turkish police": whom a
        # deed with a named doer struck stands between its noun and the doer;
        # "condemned the killing of three policemen": a killing names its
        # victims right after it
        opened = lo
    return None if opened is None else (lo, opened, stop)


def _victim_first(ntext: str, lo: int, ctx: Any) -> bool:
    """Whether the deed's noun, ending at ``lo``, names whom it struck right
    after it (``context.VICTIM_FIRST_DEEDS``: "killing", "مقتل", "کشته
    شدن"), alone or with the next word."""
    before = _WORD.findall(ntext[max(0, lo - 30) : lo])[-1:]
    after = _WORD.findall(ntext[lo : lo + 30])[:1]
    words = ctx.victim_first_deeds
    if before and before[0] not in words:
        # a glued letter ("لاختطاف", "بقتل", ``context.DEED_CLITICS``)
        bare = [before[0][len(c) :] for c in ctx.deed_clitics if before[0].startswith(c)]
        before = [w for w in bare if w in words][:1] or before
    return bool(before) and (
        before[0] in words or bool(after) and f"{before[0]} {after[0]}" in words
    )


def _word_at(text: str, start: int) -> str:
    """The whole word that begins at ``start`` (a trigger may be its stem)."""
    found = _WORD.match(text, start)
    return found.group() if found else ""


def _deed_phrase(s: Sentence, trig: Hit, ntext: str, ctx: Any) -> tuple[int, int] | None:
    """Where the phrase of the deed of force a comment governs runs, from
    the end of the deed's word: after the verb, to the clause's end; before
    a verb that ends its clause, to the verb."""
    if ctx.verb_final and _is_verb(trig, ntext, ctx):
        return _object_before(s, trig, ntext, ctx)
    after = [f for f in s.force_words if f >= trig.end]
    phrase = _phrase_from(s, trig, after[0], ntext) if after else None
    if phrase is None:
        # "استنكرت تونس الجريمة البشعة التي أودت بحياة …": a crime noun
        # named for the deed (``context.DEED_CRIME_NOUNS``) heads its phrase
        crime = _crime_after(s, trig, ntext, ctx)
        phrase = None if crime is None else _phrase_from(s, trig, crime, ntext)
    return phrase


def _crime_after(s: Sentence, trig: Hit, ntext: str, ctx: Any) -> int | None:
    """Where the first crime noun (``context.DEED_CRIME_NOUNS``: "الجريمة",
    "crime"; after a glued letter, ``DEED_CLITICS``, too) stands within
    ``_DEED_REACH`` words after the comment's word, or None: a crime is no
    deed-of-force word of its own, but what a comment on it names after it
    ("التي أودت بحياة", "that resulted in the deaths of") is whom it struck
    (arabic72)."""
    crimes = ctx.deed_crime_nouns
    if not crimes:
        return None
    for i, w in enumerate(_WORD.finditer(ntext, trig.end, s.end)):
        if i >= _DEED_REACH:
            break
        word = w.group()
        bare = {word[len(c) :] for c in ctx.deed_clitics if word.startswith(c)}
        if word in crimes or bare & crimes:
            return w.start()
    return None


def _phrase_from(s: Sentence, trig: Hit, head: int, ntext: str) -> tuple[int, int] | None:
    """The phrase of the deed whose noun starts at ``head``: from the noun's
    end to the clause's end, where the noun stands close after the comment."""
    gap = ntext[trig.end : head]
    if len(gap.split()) > _DEED_REACH or any(b in gap for b in _BREAKS):
        return None
    end = _word_end(ntext, head)
    stops = [i for b in _BREAKS if (i := ntext.find(b, end, s.end)) >= 0]
    # another verb's clause is not the deed's phrase ("… and urged Y to …");
    # the deed's own relative clause is ("الهجوم الذي استهدف …")
    stops += [t.start for t in s.triggers if t.start >= end and t.start not in s.force_words]
    return end, min(stops, default=s.end)


def _object_before(s: Sentence, trig: Hit, ntext: str, ctx: Any) -> tuple[int, int] | None:
    """The deed's phrase before a verb that ends its clause, when it is the
    verb's object ("حمله … را محکوم کرد") or a preposition of the verb
    opens it ("از حمله … انتقاد کرد"); a deed named earlier in the clause
    is not what the verb governs."""
    # "حمله … را که منجر به کشته شدن … شد، محکوم کرد": the object's own
    # relative clause stands between its marker and the verb; the deed is
    # read up to the marker, its phrase runs on to the verb
    limit = _relative_cut(s, trig, ntext, ctx) or trig.start
    before = [f for f in s.force_words if f < limit]
    if not before:
        return None
    deed = before[-1]
    gap = ntext[deed:limit]
    words = gap.split()
    if len(words) > _DEED_REACH * 3 or any(b in gap for b in _BREAKS):
        return None
    if any(deed < t.start < limit for t in s.triggers):
        return None  # "حمله … را محکوم کرد و اسرائیل را مسئول دانست": another verb's
    lead = ntext[max(s.start, deed - 12) : deed].split()
    judge = _judge_at(ntext, deed, limit, ctx)
    if judge is not None:
        return _word_end(ntext, deed), judge
    if words[-1] not in ctx.object_markers and not (lead and lead[-1] in ctx.target_preps):
        return None
    return _word_end(ntext, deed), trig.start


def _relative_cut(s: Sentence, trig: Hit, ntext: str, ctx: Any) -> int | None:
    """The end of the object marker a relative pronoun follows last before
    the verb ("را که", ``context.OBJECT_RELATIVES``), or None: what the
    relative clause names belongs to the object's phrase."""
    words = list(_WORD.finditer(ntext, s.start, trig.start))
    cuts = [
        a.end()
        for a, b in zip(words, words[1:], strict=False)
        if a.group() in ctx.object_markers and b.group() in ctx.object_relatives
    ]
    return cuts[-1] if cuts else None


def _judge_at(ntext: str, deed: int, verb: int, ctx: Any) -> int | None:
    """Where the judge of a comment in the passive is marked ("حمله به
    غیرنظامیان از سوی سازمان ملل محکوم شد": at "از سوی"), the deed's noun
    its subject and no object marker between; None otherwise. The deed's
    phrase ends there (parties33fa)."""
    gap = [(w.group(), w.start() + deed) for w in _WORD.finditer(ntext[deed:verb])]
    return passive_judge(gap, ctx)


def _is_verb(trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether a trigger is a verb, or a noun its light verb follows
    ("محکوم کرد"), not a noun heading a phrase ("محکومیت حمله …")."""
    own = ntext[trig.base_start : trig.base_end].split()
    after = _WORD.findall(ntext[trig.end : trig.end + 24])[:2]
    if after[:1] and after[0] in ctx.indicative_markers:
        after = after[1:]  # "محکوم می کند": the present's prefix before its light verb
    after = after[:1]
    return (
        trig.entry.affix == "verb"
        or own[-1:] != own[:1]
        and own[-1] in ctx.light_verbs
        or bool(after and after[0] in ctx.light_verbs)
    )


def _word_end(ntext: str, start: int) -> int:
    found = _WORD.match(ntext, start)
    return found.end() if found else start


def _doers_start(ntext: str, lo: int, hi: int, ctx: Any) -> int:
    """Where a marker of the deed's doers ("by", "من قبل", "توسط") opens in
    ``[lo, hi)``, else ``hi``: whom it names did the deed."""
    markers = set(ctx.syntax.agent_markers)
    for words in ctx.doer_markers.values():
        markers |= {w for w in words if " " in w}
    found = [i for w in markers if (i := ntext.find(f" {w} ", lo, hi)) >= 0]
    return min(found, default=hi)
