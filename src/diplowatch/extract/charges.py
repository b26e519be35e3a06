"""The charge an arrest, a sentence or an accusation is made on.

"arrested on charges of spying for Israel", "به اتهام همکاری با دولت
آمریکا بازداشت شد", "حكم عليه بتهمة التخابر مع إيران": the state, group or
person named inside the charge is what the accused is said to have done
with or for, not a side of the arrest. The charge phrase runs from its
opener (``context.CHARGE_OPENERS``) to a clause break, or to the arrest's
own word when the verb comes last. An accusation's charge follows its own
word ("accused of spying for Israel", ``context.CHARGE_AFTER_ACCUSING``) or,
where the verb comes last, precedes it (``context.CHARGE_BEFORE_ACCUSING``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from diplowatch.event_types import having
from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS

# Deeds made on a charge (arrests, sentences).
CHARGED = having("reasoned")
# Deeds whose sides leave out a state named in a charge: those made on one,
# and any deed of force, as an execution is read where its word is one
# ("ایران مردی را به اتهام جاسوسی برای اسرائیل اعدام کرد": Israel is the
# charge, not whom Iran struck).
_CHARGE_FREE = CHARGED | having("force")
# An accusation's charge follows or precedes its own word ("accused of
# spying for Israel"): the state named there is no side either.
_ACCUSING = frozenset({"ACCUSE"})
_WORDS = re.compile(r"\w+|[^\w\s]")


Word = tuple[int, int, str]


@lru_cache(maxsize=2)  # the sentence at hand (its triggers, then its states)
def _words_of(chunk: str, base: int) -> tuple[Word, ...]:
    """The words and signs of the sentence ``chunk`` that starts at ``base``
    (start, end, text). The same for every trigger of the sentence, so read
    once: a sentence of a long document holds thousands of words and
    hundreds of accusation or arrest triggers (speed70b)."""
    return tuple((m.start() + base, m.end() + base, m.group()) for m in _WORDS.finditer(chunk))


def outside_charge(
    people: list[Mention], trig: Hit, s: Sentence, ntext: str, ctx: Any
) -> list[Mention]:
    """``people`` without the foreign states named inside the charge of the
    arrest or sentence ``trig`` (a state, or an agent of one, that no one
    outside the charge belongs to); kept whole when no one else would be
    left. Those of the arrest's own country named there describe the accused
    ("arrested two men on charges of supporting terrorist groups")."""
    if trig.entry.value not in _CHARGE_FREE | _ACCUSING:
        return people
    spans = _spans_of(trig, s, ntext[s.start : s.end], ctx)
    if not spans:
        return people
    charged = [m for m in people if any(a <= m.start < b for a, b in spans)]
    rest = [m for m in people if m not in charged]
    if trig.entry.value in _ACCUSING:
        return _accused_kept(people, (charged, rest), trig, spans[0][0], ntext)
    return _foreign_out(people, charged, rest)


def _foreign_out(
    people: list[Mention], charged: list[Mention], rest: list[Mention]
) -> list[Mention]:
    """``people`` without the charge's states no one outside it belongs to,
    kept whole when no coded or agent side would be left."""
    own = {m.code for m in rest if m.code}
    inside = [m for m in charged if m.code and m.code not in own]
    kept = [m for m in people if m not in inside]
    return kept if inside and any(m.code or m.agent for m in kept) else people


def _accused_kept(
    people: list[Mention],
    split: tuple[list[Mention], list[Mention]],
    trig: Hit,
    charge: int,
    ntext: str,
) -> list[Mention]:
    """sides41: an accusation's charge names whom the accused is said to
    have wronged or helped, of any country ("accuses the authorities of
    repressing journalists", "السلطات الكينية بقمع الصحفيين", "مقامات را به
    سرکوب مردم متهم کرد"): no side of the accusation, whose sides are the
    accuser and the accused. Only with the accused named with a country
    right before the charge (``_accused_before``, which "indicted the head of
    a Kenyan bank" is not: "of" there opens no charge); else the foreign
    states of the charge alone leave, as for an arrest."""
    charged, rest = split
    if charged and any(_accused_before(m, trig, charge, ntext) for m in rest):
        return rest
    return _foreign_out(people, charged, rest)


# words at most between the accused and the charge before a final verb
# ("مقامات کنیا را به …": the object marker)
_ACCUSED_GAP = 2
_ACCUSED_REACH = 40  # characters


def _accused_before(m: Mention, trig: Hit, charge: int, ntext: str) -> bool:
    """Whether ``m``, with a country, is the accused: between the accusing
    word and its charge after it, or a word or two before a charge that
    precedes a final verb."""
    if not m.code or m.end > charge:
        return False
    if charge >= trig.end:
        return m.start >= trig.end
    # a bounded look: the accused stands a word or two before the charge
    return charge - m.end <= _ACCUSED_REACH and len(ntext[m.end : charge].split()) <= _ACCUSED_GAP


def charged_states(s: Sentence, ntext: str, ctx: Any) -> list[Mention]:
    """The states and places the charges of the sentence's arrests and
    sentences name as what the accused did with or for ("arrested for
    spying for Israel", "به اتهام جاسوسی برای اسرائیل"). They tell nobody's
    country: police, the accused and courts written with none belong to the
    scene or the dateline, never to the state of the charge. A place the
    charged deed happened in (``Mention.place``: "an attack in Cairo") still
    places them."""
    chunk = ntext[s.start : s.end]
    spans = [
        span
        for trig in s.triggers
        if trig.entry.value in CHARGED | _ACCUSING
        for span in _spans_of(trig, s, chunk, ctx)
    ]
    if not spans:
        return []
    return [
        m
        for m in s.mentions
        if m.code
        and m.kind != "agent"
        and not (m.place or m.location_only)
        and any(a <= m.start < b for a, b in spans)
    ]


def _spans_of(trig: Hit, s: Sentence, chunk: str, ctx: Any) -> list[tuple[int, int]]:
    """The charge phrases ``trig`` is made on: its accusation's own charge,
    or the charges opened by ``context.CHARGE_OPENERS`` elsewhere."""
    if trig.entry.value in _ACCUSING:
        return _accusation_span(trig, s, chunk, ctx)
    if not ctx.charge_openers or not any(o in chunk for o in ctx.charge_openers):
        return []  # most sentences name no charge: skip the tokenising
    return _charge_spans(trig, s, chunk, ctx.charge_openers)


def _charge_spans(
    trig: Hit, s: Sentence, chunk: str, openers: frozenset[str]
) -> list[tuple[int, int]]:
    """The charge phrases of the sentence that do not hold the trigger."""
    words = _words_of(chunk, s.start)
    spans = []
    for i in range(len(words)):
        n = next(
            (n for n in (4, 3, 2, 1) if " ".join(w[2] for w in words[i : i + n]) in openers),
            0,
        )
        if not n or words[i][0] <= trig.start < words[i + n - 1][1]:
            continue
        start, end = words[i][0], words[i + n - 1][1]
        for w_start, w_end, w in words[i + n :]:
            if w in CLAUSE_BREAKS or w_start >= trig.start > start:
                break  # a clause ends it, or the arrest's own word after it
            end = w_end
        spans.append((start, end))
    return spans


def _opens_charge(word: str, markers: frozenset[str], but: frozenset[str] = frozenset()) -> bool:
    """Is ``word`` a charge marker, or does it begin with one written with a
    closing hyphen (a prefix: Arabic "بال-" of "بالتجسس")? Not a word of
    ``but`` that only begins like one (``context.CHARGE_NOT_OPENING``:
    "بالأمس", "بالإضافة": adverbs and prepositions, no charge; mend41a)."""
    if word in but:
        return False
    return word in markers or any(
        m.endswith("-") and word.startswith(m[:-1]) and len(word) > len(m) for m in markers
    )


def _unglued(word: str, ctx: Any) -> str:
    """``word`` without a one-letter conjunction glued before it ("واتهمت",
    "وتتهم"), which hid the accusation's own word (sides41)."""
    if len(word) > 3 and word[0] in ctx.conjunctions:
        return word[1:]
    return word


def _accusation_span(trig: Hit, s: Sentence, chunk: str, ctx: Any) -> list[tuple[int, int]]:
    """The charge of the accusation ``trig``: from the first marker after its
    word to a clause break ("accused X of spying for Israel"), or, where the
    verb comes last, from the last marker before it up to the word ("به
    جاسوسی برای اسرائیل متهم شد")."""
    own = chunk[trig.start - s.start : trig.end - s.start].split()
    if not any(_unglued(w, ctx).startswith(c) for w in own for c in ctx.charging_words):
        return []  # "protested to France", "به اظهارات سفیر اعتراض کرد": the side
    # the sentence's words only past that test: most accusation words charge nobody
    words = _words_of(chunk, s.start)
    after = [w for w in words if w[0] >= trig.end]
    if own and _opens_charge(own[-1], ctx.charge_after_accusing):
        # "وجهت … تهمة التجسس لصالح إسرائيل": the charge noun ends the trigger
        ends = [w[0] for w in after if w[2] in CLAUSE_BREAKS]
        return [(trig.end, ends[0] if ends else s.end)]
    if ctx.charge_after_accusing:
        start = next(
            (
                w[0]
                for w in after[:8]
                if _opens_charge(w[2], ctx.charge_after_accusing, ctx.charge_not_opening)
                or w[2] in CLAUSE_BREAKS
            ),
            None,
        )
        ends = [w[0] for w in after if start is not None and w[0] > start and w[2] in CLAUSE_BREAKS]
        if start is not None and chunk[start - s.start] not in CLAUSE_BREAKS:
            return [(start, ends[0] if ends else s.end)]
    before = [w for w in words if w[1] <= trig.start]
    stops = CLAUSE_BREAKS | ctx.charge_before_stops
    if own and own[0] in ctx.charge_before_stops:
        return []  # "ایران را مسئول … دانست": the accused stands right before
    for w_start, _, w in reversed(before[-8:]):
        if w in stops:
            break  # "روزنامه‌نگار را به جاسوسی … متهم کرد": the charge is after it
        if _opens_charge(w, ctx.charge_before_accusing):
            return [(w_start, trig.start)]
    return []
