""" "Never" before a refusal told by its own negated verb does not undo it.

"هرگز حاضر به گفتگو با رسانه‌ها نشد" (he never agreed to talk to the
press), "هرگز زیر بار فشار نمی‌رود": Persian tells these refusals by a
negated verb ("حاضر … نشد": was not willing; "زیر بار … نرفت": did not
bend), and "هرگز" (never) agrees with that negation as Persian's negative
concord requires; it is not a second negation that cancels the refusal.
A refusal told by a positive verb ("هرگز رد نکرد": never rejected) and
every other deed keep "هرگز" as their negation. The concord words
(``status.CONCORD_NEGATIONS``) and the refusals told by a negated verb
(``status.NEGATED_REFUSALS``, the trigger's own words) are data; Arabic
and English write the refusal with a positive verb ("رفض", "refused") and
list none.
"""

from __future__ import annotations

from functools import cache

from diplowatch.event_types import having
from diplowatch.extract.lang_words import phrase_set, phrase_tuple
from diplowatch.extract.scan import Hit

REFUSALS = having("refusal")


@cache
def _data(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The language's concord negations and negated-verb refusals, normalised."""
    concord = phrase_set(lang, "status", "CONCORD_NEGATIONS")
    refusals = phrase_tuple(lang, "status", "NEGATED_REFUSALS")
    return concord, refusals


def concord_refusal(cue: Hit, trigger: Hit, text: str, lang: str) -> bool:
    """Whether the negation cue is a concord word before a refusal that its
    own negated verb tells ("هرگز حاضر به … نشد"), so negates nothing."""
    concord, refusals = _data(lang)
    if not concord or trigger.entry.value not in REFUSALS or cue.end > trigger.start:
        return False
    if text[cue.start : cue.end] not in concord:
        return False
    return text[trigger.start : trigger.end + 12].startswith(refusals)
