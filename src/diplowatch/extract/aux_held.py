"""An Arabic past auxiliary that a condition or a future perfect holds open.

"وتم إلقاء القبض" tells the deed done (``status.OWN_PAST_BEFORE``), but not
when the auxiliary is the past of a future perfect ("سيكون قد تم سحب
القوات", "أن تكون قد جرت محادثات": ``status.AUX_AHEAD_HEADS`` before "قد")
or the verb of a condition ("إن تم توقيع الاتفاق فسيتم …", "إذا ما تم":
``status.AUX_CONDITIONS`` right before it, ``status.AUX_OPENING_CONDITIONS``
only when they open the clause, as normalised "ان" is also "أن", "that":
"بعد أن تم التوقيع" is done). mendD108 (review108c, F1/F2).
"""

from __future__ import annotations

from diplowatch.extract.lang_words import phrase_set
from diplowatch.text.punctuation import CLAUSE_BREAKS, SENTENCE_STOPS

_BREAKS = CLAUSE_BREAKS | SENTENCE_STOPS
# "إذا ما تم", "في حال ما تم": the particle between a condition and its verb.
_PARTICLES = frozenset({"ما"})
# The perfect's particle between the head and the auxiliary.
_PERFECT = frozenset({"قد", "وقد"})


def aux_held(text: str, aux_start: int, lang: str) -> bool:
    """Whether the auxiliary starting at ``aux_start`` is held open by a
    future perfect head or a condition before it in its clause."""
    before = text[max(0, aux_start - 60) : aux_start]
    cut = max(before.rfind(b) for b in _BREAKS)
    words = before[cut + 1 :].split()
    if len(words) >= 2 and words[-1] in _PERFECT:
        return words[-2] in phrase_set(lang, "status", "AUX_AHEAD_HEADS")
    if words and words[-1] in _PARTICLES:
        words = words[:-1]
    if not words:
        return False
    if words[-1] in phrase_set(lang, "status", "AUX_CONDITIONS"):
        return True
    return len(words) == 1 and words[0] in phrase_set(lang, "status", "AUX_OPENING_CONDITIONS")
