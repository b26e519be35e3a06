"""Deeds a denial takes as its object: told, and told as not done.

Persian puts the object before the verb: "عربستان حمله به مراسم عروسی را
تکذیب کرد" (Saudi Arabia denied the attack on the wedding), "پلیس بازداشت
خبرنگار را انکار کرد". ``predicates.drop_objects`` drops a deed noun that is
the object ("را") of another verb, as it should for "حمله را محکوم کرد"
(the comment is the event, ``commented``); a denial right after the marker
instead says the deed was not done by whoever denies it, as "denied striking
a school" and "نفت السعودية قصف حفل زفاف" are read: the noun is kept as a
trigger marked ``DENIED_MARK`` (``status`` negates it) with the sentence's
sides, the denier first.

A verb of rejection ("رد کرد") denies only a deed of the types of
``status.REJECTION_DENIES`` ("حمله به مدرسه را رد کرد"), and only where the
deed opens the object ("ایران هرگونه دخالت در حمله را رد کرد": after the
subject, a word of "any", of involvement or of a report,
``status.DENIED_DEED_OPENERS``): "پیشنهاد مذاکره را رد کرد" rejects a
proposal (REJECT), and the rejection stays. Responsibility denied
("مسئولیت حمله را رد کرد", ``status.DENIED_DEED_KEEPERS``) answers a claim
of a deed that happened: nothing is restored. Where it denies, the
rejection's trigger is dropped: it is the denial, no refusal.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from diplowatch import lang as lang_data
from diplowatch.extract.lang_words import phrase_set
from diplowatch.extract.scan import Hit
from diplowatch.text.words import space_end, space_start, words_before

# A denied deed's entry: extra + (DENIED_MARK,).
DENIED_MARK = "denied"
# How far (characters) a deed's phrase may run before its object marker.
WINDOW = 100
# Punctuation that ends a clause: a marker past it belongs to another.
_CLAUSE_END = frozenset(".!?؟؛:،,")


@cache
def _data(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The types a rejection denies, the words that may open a denied
    deed's object and the heads that keep it told as done
    (``status.REJECTION_DENIES``, ``DENIED_DEED_OPENERS``,
    ``DENIED_DEED_KEEPERS``)."""
    status = lang_data.load(lang, "status") if lang else None
    types = frozenset(getattr(status, "REJECTION_DENIES", ()))
    openers = phrase_set(lang, "status", "DENIED_DEED_OPENERS")
    keepers = phrase_set(lang, "status", "DENIED_DEED_KEEPERS")
    return types, openers, keepers


def denied_objects(
    lost: list[Hit],
    triggers: list[Hit],
    cues: list[Hit],
    actors: list[Hit],
    text: str,
    ctx: object,
) -> tuple[list[Hit], list[Hit]]:
    """``triggers`` without the rejections that deny a deed, and the nouns
    of ``lost`` (dropped as another verb's object) that a denial or such a
    rejection takes as its object, marked denied."""
    markers: frozenset[str] = getattr(ctx, "object_markers", frozenset())
    types, openers, keepers = _data(getattr(ctx, "lang", ""))
    if not markers:
        return triggers, []
    denials = {c.start for c in cues if c.entry.kind == "denial"}
    rejections = {t.start: t for t in triggers if t.entry.value == "REJECT"}
    found, used = [], set()
    for t in lost:
        at = _after_marker(t, text, markers)
        if at is None or t.entry.affix == "verb" or _last_word(text, t.start) in keepers:
            continue
        if at not in denials:
            if at not in rejections or t.entry.value not in types:
                continue
            if not _opens_object(t, text, actors, openers):
                continue
            used.add(at)
        found.append(replace(t, entry=replace(t.entry, extra=(*t.entry.extra, DENIED_MARK))))
    return [t for t in triggers if t.start not in used], found


def _after_marker(t: Hit, text: str, markers: frozenset[str]) -> int | None:
    """Where the verb after the noun's object marker starts: the first
    marker after the noun within ``WINDOW`` characters of its clause."""
    pos = t.end
    for word in text[t.end : t.end + WINDOW].split(" "):
        pos += len(word) + 1
        if any(c in _CLAUSE_END for c in word):
            return None
        if word in markers:
            return space_end(text, pos)
    return None


def _last_word(text: str, pos: int) -> str:
    """The word before ``pos``."""
    words = text[max(0, pos - 40) : pos].split()
    return words[-1] if words else ""


def _opens_object(t: Hit, text: str, actors: list[Hit], openers: frozenset[str]) -> bool:
    """Whether the deed opens its object phrase: right after an actor (the
    subject, "ایران حمله به …"), the sentence's start or an opener of a
    denied deed ("هرگونه", "دخالت در", "گزارش")."""
    end = space_start(text, t.start)  # the text before, read back from the deed
    if end == 0 or text[end - 1] in ".!?؟\n":
        return True
    if any(a.end == end for a in actors):
        return True
    words = words_before(text, end, 3)
    return any(" ".join(words[-n:]) in openers for n in (1, 2, 3))
