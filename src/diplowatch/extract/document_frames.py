"""Whose report, note or documents show what a sentence tells is its source,
no side of it (parties64fa).

"گزارش سازمان ملل نشان می‌دهد که طالبان به یک روستا حمله کرده‌اند",
"یادداشت اتاق بازرگانی آمریکا گویای آن است که بانک مرکزی … امتناع کرده
است", "گزارش رسانه‌های ترکیه از کشته شدن ۷ نفر حکایت دارد", "A UN report
shows that the Taliban attacked a village": a document noun (``context.
DOCUMENT_NOUNS``) and a verb that frames what it shows (``context.
DOCUMENT_FRAMES``: "نشان می‌دهد که", "حاکی از آن است که", "shows that")
tell the deed as a verb of saying does, and whoever owns the document (the
mentions written between the noun and the frame, or the deed's first word
where the deed is told inside, "از … حکایت دارد") only reports it. Those
mentions are read as the owners of a source are (``sources._kept``): a
topic, the country of what they tell, never a side of it. A clause break
or a "that" between noun and frame ("X گزارش داد که … نشان می‌دهد") leaves
the sentence as it was: the noun is then no subject of the frame; so does a
refusal told after the frame, whose teller is often whom it answers. Arabic
frames ("أظهر تقرير", "تشير وثائق … إلى أن") are verbs of saying already.
"""

from __future__ import annotations

from diplowatch.event_types import having
from diplowatch.extract.actors import Mention
from diplowatch.extract.lexicon import SAYING_KINDS
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS

# Refusals keep their teller (``subclause_subject``): whom a refusal answers
# is often who tells of it ("a report by the traders' union shows that the
# bank refused to reply").
_TOLD_TO = having("refusal")
# How far before the frame its document noun may stand (the owner's name,
# title and a date between: "گزارش تازه دفتر حقوق بشر سازمان ملل متحد").
_REACH = 90


def without_document_owners(
    s: Sentence, ntext: str, nouns: frozenset[str], frames: frozenset[str], thats: frozenset[str]
) -> list[Mention]:
    """``s.mentions`` without the owners of a document that frames what ``s``
    tells (see the module's docstring): a body or a person owning it is
    dropped (its state lent to the deed's people would make it a side again:
    "اسناد وزارت خارجه بریتانیا … پلیس هند معترضان را …" are no British
    protesters), a state or organisation named whole is kept as a topic only;
    ``thats``: the words opening a reported clause, which end the document's
    clause."""
    if not nouns or not frames or not s.mentions:
        return s.mentions
    sentence = ntext[s.start : s.end]
    if not any(map(sentence.__contains__, frames)):
        return list(s.mentions)  # most sentences: no frame, all kept (speed81)
    spans = []
    for frame in frames:
        at = ntext.find(frame, s.start, s.end)
        while at >= 0:
            after = at + len(frame)
            closed = after >= len(ntext) or not ntext[after].isalnum()
            refusal = any(t.start >= after and t.entry.value in _TOLD_TO for t in s.triggers)
            span = _owner_span(s, ntext, at, nouns, thats) if closed and not refusal else None
            spans += [span] if span else []
            at = ntext.find(frame, after, s.end)
    kept = []
    for m in s.mentions:
        if any(lo <= m.start and m.end <= hi for lo, hi in spans):
            if m.agent or m.role:
                continue
            m.strong, m.topic = False, True
        kept.append(m)
    return kept


def _owner_span(
    s: Sentence, ntext: str, frame_at: int, nouns: frozenset[str], thats: frozenset[str]
) -> tuple[int, int] | None:
    """Where the document's owner is written: the frame's clause (from the
    last clause break or "that" before the nearest document noun) up to the
    frame or to the first event word after the noun (the deed told inside);
    None when no noun heads the frame in its clause (a verb of saying ends
    it too). The owner stands after the noun in Persian ("گزارش سازمان
    ملل") and before it in English ("a UN report")."""
    if frame_at > 0 and ntext[frame_at - 1].isalnum():
        return None  # the frame's first word is the end of another word
    lo = max(s.start, frame_at - _REACH)
    words = ntext[lo:frame_at].split(" ")
    cut = lo > s.start and not ntext[lo - 1].isspace()  # the first word is cut
    pos, start, noun_end = frame_at, lo, -1
    for i, word in reversed(list(enumerate(words))):
        pos -= len(word) + 1
        if word in thats or CLAUSE_BREAKS & set(word) or (i == 0 and cut):
            start = pos + 1 + len(word)  # the clause opens after that word
            break
        if noun_end < 0 and word in nouns:
            noun_end = pos + 1 + len(word)
    if noun_end < 0:
        return None
    deed = min((t.start for t in s.triggers if noun_end <= t.start < frame_at), default=frame_at)
    # a verb of saying before the noun ends its clause: its speaker tells
    # what the document shows ("X گفت این بررسی نشان می‌دهد که …")
    said = max(
        (c.end for c in s.cues if c.end < noun_end and c.entry.kind in SAYING_KINDS), default=lo
    )
    return max(start, said), deed
