"""Where reported speech opens before a trigger (``quote_start``).

"X said Y attacked Z", "X گفت: …", "قال X إن …": the last cue of saying
before the trigger (a colon, a quotation mark, a complementiser or a verb
of saying whose speaker stands before it) begins what is reported; who is
named before it tells the deed and, for a deed, is none of its sides. Read
by the pool of a quote (``quoted_pool``), the blame a copula tells, the
first-person speaker (``speaker_side``) and a trigger's status, so it is a
module of its own that none of them has to import the others for.
"""

from __future__ import annotations

from diplowatch.extract.lexicon import SAYING_KINDS
from diplowatch.extract.scan import Hit

# Cue kinds of a verb of saying before what is reported ("X said Y attacked Z").
REPORT_SAYING = SAYING_KINDS


# attribution65fa: before a deed of force the present too ("مقامات اسرائیل
# می‌گویند روسیه این حمله را انجام داده است", "officials say Russia carried
# out the attack", ``status.PRESENT_SAYING_CUES``): the speaker tells the
# deed and is none of its sides. Only there: as a verb of saying everywhere
# it lowered corpus-gold and held-out parties (round 62).
FORCE_SAYING = REPORT_SAYING | {"present_saying"}


# verbs of saying whose speaker stands before them ("said", "say")
_SPEAKER_FIRST = frozenset({"attribution", "present_saying"})


def quote_start(
    ntext: str, start: int, pos: int, cues: list[Hit], saying: frozenset[str] = REPORT_SAYING
) -> int | None:
    """Where the quotation or reported speech holding ``pos`` begins ("X
    گفت: «…»", "X said: …", "X اعلام کرد …", ``status.REPORTING_CUES``),
    or None when ``pos`` is not reported in its sentence (``saying``: the
    cue kinds of the verbs that open what is said)."""
    colon = ntext.rfind(":", start, pos)
    guillemet = ntext.rfind("«", start, pos)
    if guillemet >= 0 and ntext.find("»", guillemet, pos) != -1:
        guillemet = -1  # a quotation closed before the trigger
    # a straight quote opens a quotation only when an odd number precede
    straight = ntext.rfind('"', start, pos) if ntext.count('"', start, pos) % 2 else -1
    opened = max(colon, guillemet, straight)
    verb = _last_saying(cues, saying, pos)
    said = verb.end if verb is not None else -1
    if (
        verb is not None
        and verb.entry.kind in _SPEAKER_FIRST
        and any(c.entry.kind == "bound_complementizer" and said <= c.start for c in cues)
    ):
        # where the speaker stands before the verb (``status.ATTRIBUTION_CUES``),
        # a pronoun of the report pointing back to it ("the army said it killed
        # …", "Iran said Israel struck its consulate") makes the deed its own
        said = -1
    # where the speaker follows the verb ("أعلنت الأمم المتحدة أن …"), the
    # report begins at the bare "that" after him
    that = -1
    if said >= 0:  # "that" counts only after a verb of saying
        that = max(
            (c.end for c in cues if c.entry.kind == "complementizer" and said <= c.start < pos),
            default=-1,
        )
    begin = max(opened + 1 if opened >= 0 else -1, said, that)
    return begin if begin > start else None


def _last_saying(cues: list[Hit], saying: frozenset[str], pos: int) -> Hit | None:
    """The cue of ``saying`` ending last by ``pos`` (the first of those
    ending there): ``max(..., key=end)`` read in one loop with no generator
    and key calls (speed72a: several steps ask ``quote_start`` for each trigger)."""
    verb = None
    for c in cues:
        if c.end <= pos and c.entry.kind in saying and (verb is None or c.end > verb.end):
            verb = c
    return verb
