"""A harm inflicted is no one entering (persian72).

Persian says a harm "entered upon" someone: "تلفات سنگینی به آنان وارد شد",
"ارتش خسارت زیادی به شورشیان وارد کرد" (heavy losses were inflicted on
them). The verb is the one of forces entering a place ("نیروها وارد شهر
شدند", PLOVER MOBILIZE) or an official arriving (CONSULT), and its guard
found the forces named a few words before; but what "enters" here is the
harm noun (``context.INFLICTED_HARMS``), and whom it is inflicted on stands
after "به" (``context.INFLICTED_ON``) between the noun and the verb. An
entering force takes its place with no preposition ("وارد شهر شد"), so a
harm noun followed by "به" before the verb in its clause tells the other
sense. English "inflicted heavy losses" and Arabic "ألحق خسائر" use words
of their own and are read as no entry already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

# How many words before the verb the harm noun may stand ("تلفات سنگینی به
# نیروهای طالبان در این ولسوالی وارد شد").
REACH = 8


def inflicted_out(hits: list[Hit], ntext: str, ctx: Context) -> list[Hit]:
    """``hits`` without the verbs of entering (``context.INFLICTED_VERBS``)
    that tell a harm inflicted."""
    if not ctx.inflicted_verbs:
        return hits
    return [h for h in hits if not _inflicted(h, ntext, ctx)]


def _inflicted(hit: Hit, ntext: str, ctx: Context) -> bool:
    """Whether ``hit`` is a verb of entering whose clause names a harm noun
    and then "به" before it: the harm is what enters."""
    said = ntext[hit.start : hit.end].split()
    if not said or said[0] not in ctx.inflicted_verbs:
        return False
    before = ntext[max(0, hit.start - 20 * REACH) : hit.start]
    cut = max((before.rfind(c) for c in CLAUSE_BREAKS), default=-1)
    words = before[cut + 1 :].split()[-REACH:]
    harms = [i for i, w in enumerate(words) if w.startswith(tuple(ctx.inflicted_harms))]
    return bool(harms) and any(w in ctx.inflicted_on for w in words[harms[0] + 1 :])
