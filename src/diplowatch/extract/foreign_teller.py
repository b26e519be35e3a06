"""A speaker who only reports another state's stance on talks is no side
of them (round 84).

"An EU official said Iran was ready to resume talks", "یک مقام اتحادیه
اروپا گفت که ایران آماده است مذاکرات را از سر بگیرد": the report opens on
its own subject, a state other than the speaker's, and names no second
side. The speaker tells of Iran's readiness; nothing in the sentence says
the talks are with him, so he must not be filled in as their other side
(``selected_sides._add_weak`` fills a weak speaker where a meeting names one
side). A speaker of the subject's own state ("Sisi said Egypt is ready to
host talks") and a report naming both sides ("… Iran and the US would
meet") are left to the other rules.
"""

from __future__ import annotations

from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence

# The talks only: a deal or cooperation left with one side is dropped, and
# "X said Iran agreed to …" is still read as an agreement (a first version
# for every symmetric type lost such AGREE events: challenge fa even types
# .747 → .738).
_MEETINGS = frozenset({"CONSULT"})
# Punctuation that ends the report's opening clause before the trigger.
_BREAKS = ':«"،,;؛'


def foreign_subject_alone(
    s: Sentence,
    trig: Hit,
    etype: str,
    quote: int,
    reported: list[Mention],
    ntext: str,
    openers: frozenset[str],
) -> bool:
    """Whether the report (from ``quote``) of a meeting names one side only,
    its subject, written first in the report before ``trig`` with no break
    between, and the speaker before ``quote`` is of a known state other than
    the subject's: the speaker only tells of the subject's stance."""
    # one state however many of its bodies ("Iran … the Raisi government")
    if etype not in _MEETINGS or len({m.code for m in reported}) != 1:
        return False
    subject = next((m for m in s.mentions if m.start >= quote), None)
    if subject is None or not subject.code or subject.end > trig.start:
        return False
    if _gap_words(s, ntext, quote, subject.start, openers) or subject.prefix:
        return False  # no subject opens the report: "said: «with Putin we agreed …»"
    if subject not in reported or any(c in ntext[quote : trig.start] for c in _BREAKS):
        return False
    speakers = {m.code for m in s.mentions if s.start <= m.start and m.end <= quote and m.code}
    return bool(speakers) and subject.code not in speakers


def _gap_words(s: Sentence, ntext: str, lo: int, hi: int, openers: frozenset[str]) -> str:
    """The words between the report's start and its subject other than a
    "that": a complementizer cue ("إن", ``status.COMPLEMENTIZER_CUES``) or a
    word that opens a report's subject (``context.REPORT_SUBJECT_OPENERS``:
    "… ادعا کرد که ایران …")."""
    gap = ntext[lo:hi]
    for c in s.cues:
        if c.entry.kind == "complementizer" and lo <= c.start and c.end <= hi:
            gap = gap.replace(ntext[c.start : c.end], " ", 1)
    return " ".join(w for w in gap.split() if w not in openers)
