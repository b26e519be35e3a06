"""A bare town taken by force, in the languages without English syntax.

Round 72 (english72) read "The Taliban captured Kunduz" as a capture
(ASSAULT, capture) through a frame whose object is a town's hit
(``syntax.TOWN_OBJECT``). Arabic and Persian read a capture only with a
noun of place written ("مدينة", "شهر"): "سيطرت طالبان على قندوز" gave
nothing, "طالبان قندوز را تصرف کردند" a seizure of property (COERCE). The
same frames (``triggers.FRAME_TRIGGERS`` with "@town") are read here by
where the town stands (capture73):

* Persian puts the object before its verb ("قندوز را تصرف کردند"): the
  town must stand right before the frame verb (its "را" is part of the
  verb's phrase), and open its own noun phrase — after the clause's start,
  a punctuation mark, a named actor (the subject: "طالبان قندوز را"), or a
  word of ``context.TOWN_OBJECT_LEADS`` ("سرانجام", "و"). After a
  preposition or a noun the town names where a thing is, or whose it is
  ("سفارت آمریکا در تهران را تسخیر کردند", "شرکت نفت قندوز را تصرف کردند").
* Arabic puts it after ("سيطرت طالبان على قندوز", "استعاد الجيش الموصل"):
  only named actors (the subject) and words of ``TOWN_OBJECT_LEADS``
  ("على", "أمس") may stand between the verb and the town, so "سيطرت
  الحكومة على الوضع في بغداد" takes no town.
"""

from __future__ import annotations

from dataclasses import replace

from diplowatch.extract.scan import Hit
from diplowatch.extract.syntax import TOWN_OBJECT, Syntax, has_break
from diplowatch.lang import load

# Actor kinds that are a town ("city", "capital"): what a verb of seizing takes.
_TOWN_KINDS = frozenset({"city", "capital"})
# The actor kinds that may stand right before a Persian town as the
# clause's subject ("طالبان قندوز را", "ارتش افغانستان قندوز را"): names.
# Persian writes no ezafe, so an office, a body or an agent noun before the
# town is its head ("استانداری نیمروز را تصرف کرده‌اند", "فرماندهی پلیس
# جوزجان را": the office taken, a seizure).
_SUBJECT_KINDS = frozenset({"group", "person", "state", "state_adj", "igo"})
# Characters after an Arabic verb in which its town may stand (a subject of
# a few words between: "سيطرت قوات سوريا الديمقراطية على الرقة").
_AFTER_REACH = 60


def town_frames(lang: str) -> tuple[str, ...]:
    """The frames ("ETYPE/mode") of a language whose object is a bare town."""
    table = getattr(load(lang, "triggers"), "FRAME_TRIGGERS", {})
    return tuple(f"{t}/{m}" for (t, m), (_, objs) in table.items() if TOWN_OBJECT in objs)


def with_towns_taken(
    triggers: list[Hit],
    frame_verbs: list[Hit],
    actor_hits: list[Hit],
    ntext: str,
    syntax: Syntax,
    lang: str,
) -> list[Hit]:
    """``triggers`` with the frame verbs whose object is a bare town put in
    as events of the frame; a plain trigger inside such a verb's span (the
    seizure noun "تصرف" of "را تصرف کردند") gives way to it."""
    frames = set(town_frames(lang))
    if not frame_verbs or not frames:
        return triggers
    towns = [h for h in actor_hits if h.entry.kind in _TOWN_KINDS]
    named = [(h.start, h.end) for h in actor_hits if h.entry.kind not in _TOWN_KINDS]
    if syntax.town_before_verb:
        named = [(h.start, h.end) for h in actor_hits if h.entry.kind in _SUBJECT_KINDS]
    framed: list[Hit] = []
    for verb in frame_verbs:
        frame = next((f for f in verb.entry.extra if f in frames), None)
        if frame is None or not any(_takes(verb, t, named, ntext, syntax) for t in towns):
            continue
        etype, mode = frame.split("/", 1)
        entry = replace(verb.entry, kind="trigger", value=etype, extra=(mode,))
        framed.append(replace(verb, entry=entry))
    if not framed:
        return triggers
    kept = [t for t in triggers if not any(f.start <= t.start < f.end for f in framed)]
    return sorted(kept + framed, key=lambda h: h.start)


def _takes(verb: Hit, town: Hit, named: list[tuple[int, int]], ntext: str, syntax: Syntax) -> bool:
    """Whether ``town`` is the whole object of the frame ``verb``."""
    if syntax.town_before_verb:
        if town.end > verb.start or ntext[town.end : verb.start].strip():
            return False
        return _opens_phrase(town, named, ntext, syntax)
    if verb.end != verb.base_end:  # "استعادها": its object is the pronoun
        return False  # (and "استعادة", folded "استعاده", is the bare noun)
    if town.start < verb.end or town.start - verb.end > _AFTER_REACH:
        return False
    return _only_subject_between(verb.end, town.start, named, ntext, syntax)


def _opens_phrase(town: Hit, named: list[tuple[int, int]], ntext: str, syntax: Syntax) -> bool:
    """Whether the town before a Persian verb opens its noun phrase: the
    clause's start, a punctuation mark, a named actor (the subject) or a
    listed lead before it; after a noun or a preposition it is a modifier."""
    lo = max(0, town.start - 40)
    before = ntext[lo : town.start].rstrip()
    words = before.split()
    if not words or not words[-1][-1].isalnum():
        return True
    last_end = lo + len(before)
    return words[-1] in syntax.town_leads or any(e == last_end for _, e in named)


def _only_subject_between(
    start: int, end: int, named: list[tuple[int, int]], ntext: str, syntax: Syntax
) -> bool:
    """Whether between an Arabic verb and a town stand only named actors
    (its subject) and listed leads ("على"), in one clause: "سيطرت الحكومة
    على الوضع في بغداد" takes no town."""
    gap = ntext[start:end]
    if has_break(gap, syntax.clause_breaks) or any(c in gap for c in _GAP_MARKS):
        return False
    pos = start
    for word in gap.split():
        at = ntext.index(word, pos)
        pos = at + len(word)
        if word not in syntax.town_leads and not any(s <= at < e for s, e in named):
            return False
    return True


# Punctuation that ends the clause between a verb and its object.
_GAP_MARKS = (".", ",", "،", "؛", ":", "!", "?", "؟")
