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

from diplowatch.extract.clause_before import clause_words_before
from diplowatch.extract.lang_words import phrase_set


def aux_held(text: str, aux_start: int, lang: str) -> bool:
    """Whether the auxiliary starting at ``aux_start`` is held open by a
    future perfect head or a condition before it in its clause; a
    pluperfect's head and "قد" (``status.AUX_PAST_HEADS``,
    ``status.AUX_PERFECT_PARTICLES``: "لو كان قد تم") and a particle
    (``status.AUX_PARTICLES``: "إذا ما تم") are read through to it."""
    words = clause_words_before(text, aux_start, 60)
    if len(words) >= 2 and words[-1] in phrase_set(lang, "status", "AUX_PERFECT_PARTICLES"):
        if words[-2] in phrase_set(lang, "status", "AUX_AHEAD_HEADS"):
            return True
        if words[-2] not in phrase_set(lang, "status", "AUX_PAST_HEADS"):
            return False
        words = words[:-2]  # mendG108 (diffread73 F11): "لو كان قد تم"
    if words and words[-1] in phrase_set(lang, "status", "AUX_PARTICLES"):
        words = words[:-1]
    if not words:
        return False
    if words[-1] in phrase_set(lang, "status", "AUX_CONDITIONS"):
        return True
    return len(words) == 1 and words[0] in phrase_set(lang, "status", "AUX_OPENING_CONDITIONS")
