"""A blame told by a copula inside what a speaker says.

"وزیر خارجه آلمان گفت: طالبان عامل حمله به سفارت بوده است", "قال الوزير:
إن داعش هو المسؤول عن الهجوم", 'The minister said: "the Taliban were behind
the attack"': the predicate of blame (``context.BLAME_PREDICATES``: "عامل",
"المسؤول", "behind") stands inside the quote or the reported clause, and the
quote's own subject is the side blamed. The speaker before the colon, the
quotation mark or the "that" is who blames: the accusation's doer, though
his clause lies outside the quote the trigger's own clause is read in.

Before, the quote's clause named the blamed side and whatever the deed
struck ("the embassy"), and the blamed side came first as the critic; in
Arabic a speaker before a bare "إن" was weakened as a mere source and lost.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import Mention, previous_word
from diplowatch.extract.lexicon import SAYING_KINDS
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.breaks import clause_start
from diplowatch.text.punctuation import CLAUSE_BREAKS

# Cue kinds of a verb of saying.
_SAYING = SAYING_KINDS


def blamed_in_report(
    s: Sentence, trig: Hit, quote: int | None, ntext: str, ctx: Any
) -> list[Mention] | None:
    """The speaker, then the quote's subject, of a blame by a copula told
    inside reported speech (``quote``: where it begins, ``quote_opening.quote_start``);
    None where the trigger is no such blame, or either side is not named."""
    if quote is None or not ctx.blame_predicates:
        return None
    words = ntext[trig.start : trig.end].split()
    if not any(w in ctx.blame_predicates for w in words):
        return None
    # the quote's own clause that holds the trigger ("به باور دولت لندن، ایران پشت …")
    begin = clause_start(ntext, quote, trig.start, CLAUSE_BREAKS)
    if previous_word(ntext, quote) in ctx.addressee_markers:
        begin = _past_addressee(ntext, begin, trig.start, ctx.clause_openers)
    subjects = [m for m in s.mentions if begin <= m.start and m.end <= trig.start and _side(m)]
    marked = ctx.object_markers & {previous_word(ntext, trig.start), words[0]}
    if not subjects or (marked and len(subjects) > 1):
        # "وزیر گفت: آمریکا ایران را مسئول … می‌داند": the quote's own subject
        # blames its object; with the object alone ("ما … ایران را مسئول …
        # می‌دانیم") the speaker does
        return None
    speaker = _speaker(s, quote, ntext, ctx)
    if speaker is None or (speaker.code, speaker.agent) in {(m.code, m.agent) for m in subjects}:
        return None
    return [speaker, *subjects]


def _past_addressee(ntext: str, begin: int, end: int, openers: frozenset[str]) -> int:
    """Where the reported clause opens after a verb of telling
    (``context.ADDRESSEE_MARKERS``): after the first clause opener
    (``status.CLAUSE_OPENERS``: "that", "إن") between ``begin`` and ``end``,
    else ``begin``. Whom the speaker tells stands before it ("told
    diplomats that Iran has breached the deal", "قال للدبلوماسيين إن إيران
    انتهكت …"): the audience, not the side blamed (english59)."""
    at = begin
    for word in ntext[begin:end].split(" "):
        if word in openers:
            return at + len(word)
        at += len(word) + 1
    return begin


def _side(m: Mention) -> bool:
    """A mention that may be a side: no place, topic or cited source."""
    return not (m.location_only or m.place or m.topic or m.source) and bool(m.code or m.agent)


def _speaker(s: Sentence, quote: int, ntext: str, ctx: Any) -> Mention | None:
    """The first side named before the quote, not behind a preposition ("در
    دیدار با X، Y گفت"); where the reporting clause names none ("وی افزود:"),
    the speaker an earlier sentence named (``Sentence.told_speaker``)."""
    preps = ctx.target_preps | ctx.place_preps | ctx.about_preps
    before = [m for m in s.mentions if m.start < quote]
    said = max((c.start for c in s.cues if c.entry.kind in _SAYING and c.start < quote), default=-1)
    # the reporting verb's own clause first ("کمی پیش از X، Y اعلام کرد که …")
    own = clause_start(ntext, s.start, said, CLAUSE_BREAKS) if said >= 0 else s.start
    for group in ([m for m in before if m.end > own], before):
        speaker = next(
            (m for m in group if _side(m) and previous_word(ntext, m.start) not in preps), None
        )
        if speaker is not None:
            return speaker
    return s.told_speaker if not before else None
