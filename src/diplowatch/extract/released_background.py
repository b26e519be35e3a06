"""An arrest told in the pluperfect before a release is its background (types74fa).

"لیلا حیدری نیز همراه این افراد بازداشت شده بود ولی روز یک‌شنبه آزاد شده
است", "کوهپایه که به چهار سال حبس محکوم شده بود، مشمول عفو شد و آزاد شد":
the sentence tells a release (PLOVER CONCEDE); the arrest or the sentence
told before it in the pluperfect ("had been arrested") is how the released
came to be held, an earlier deed recalled, not news of its own, as a
holding in prison is before a release (``triggers.VETO_WORDS`` of mode
"held", types57fa). Only a deed whose clause closes with a past auxiliary
(``context.PLUPERFECT_AUXILIARIES``) within ``context.BACKGROUND_REACH``
words, of the modes ``context.BACKGROUND_MODES``, and only before a release
of the same sentence: "پلیس آنها را دستگیر کرد و دادگاه آزادشان کرد"
tells both.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS

_RELEASE = ("CONCEDE", "release")
# How far after the deed its clause is read, in characters.
_WINDOW = 80


def without_released_background(triggers: list[Hit], text: str, ctx: Any) -> list[Hit]:
    """``triggers`` without the arrests and sentences told in the pluperfect
    before a release the same sentence tells."""
    modes: frozenset[str] = ctx.background_modes
    if not modes:
        return triggers
    releases = [t.start for t in triggers if (t.entry.value, t.entry.extra[0]) == _RELEASE]
    if not releases:
        return triggers
    return [
        t
        for t in triggers
        if not (
            t.entry.value == "COERCE"
            and t.entry.extra[0] in modes
            and any(r > t.end for r in releases)
            and _pluperfect(t, text, ctx)
        )
    ]


def _pluperfect(t: Hit, text: str, ctx: Any) -> bool:
    """Whether a past auxiliary closes ``t``'s clause within the reach."""
    for word in text[t.end : t.end + _WINDOW].split()[: ctx.background_reach]:
        if word.strip("".join(CLAUSE_BREAKS)) in ctx.pluperfect_auxiliaries:
            return True
        if any(ch in CLAUSE_BREAKS for ch in word):
            return False
    return False
