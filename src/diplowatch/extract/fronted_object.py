"""The subject of an Arabic verb told after its object (VOS).

Arabic may put a short object between a verb and its subject: "اعتقلت
مواطنا كويتيا الشرطة العراقية" (the Iraqi police arrested a Kuwaiti
citizen), "احتجزت حاجا إيرانيا السلطات السعودية". Word order then puts the
object first, while the event's first actor must be the doer. The object is
an indefinite noun in the accusative (``context.ACCUSATIVE_NOUN_ENDINGS``:
"مواطنا", "حاجا"), right after the verb; the subject after it is definite
(``context.DEFINITE_STARTS``: "الشرطة", or a construct: "خفر السواحل").
A country's own name that ends so ("قصفت تركيا …", "روسيا") is a subject,
never such an object, nor is a noun with a possessive pronoun (sides74:
``context.ACCUSATIVE_POSSESSED_ENDINGS``, "حذر رئيسها … الولايات المتحدة":
its president warned the United States).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplowatch.extract.actors import Mention
from diplowatch.extract.participants import unit
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context

# Letters at least in the object's head: shorter words are verbs and particles.
_MIN_NOUN = 4
# Words that may stand between the object and the subject (an adjective).
_OBJECT_GAP = 1


def subject_after_object(side: list[Mention], trig: Hit, ntext: str, ctx: Context) -> list[Mention]:
    """``side`` with the definite subject after an accusative object moved
    first, when the verb opens the side; ``side`` unchanged otherwise."""
    if not ctx.subject_after_verb or not ctx.accusative_endings or not ctx.definite_starts:
        return side
    if len(side) < 2 or trig.entry.affix != "verb" or any(m.start < trig.end for m in side):
        return side
    ordered = sorted(side, key=lambda m: m.start)
    first = ordered[0]
    # the object's head is the word right after the verb, in the mention or
    # just before it ("مواطنا كويتيا", "حاجا إيرانيا")
    lead = ntext[trig.end : first.start].split()
    words = ntext[trig.end : first.end].split()
    if len(lead) > 1 or not words or not _accusative(words[0], first, ntext, ctx):
        return side
    subject = next((m for m in ordered if unit(m) != unit(first)), None)
    if subject is None or not _definite(ntext[subject.start : subject.end], ctx):
        return side
    gap = ntext[first.end : subject.start]
    if len(gap.split()) > _OBJECT_GAP or CLAUSE_BREAKS & set(gap):
        return side
    doer = [m for m in side if unit(m) == unit(subject)]
    return doer + [m for m in side if unit(m) != unit(subject)]


def _definite(text: str, ctx: Context) -> bool:
    """A definite noun phrase: the article on its first word, or on the
    second of a construct ("خفر السواحل", "قوات الأمن")."""
    return any(w.startswith(ctx.definite_starts) for w in text.split()[:2])


def _accusative(word: str, first: Mention, ntext: str, ctx: Context) -> bool:
    """``word``, the first after the verb, is an indefinite accusative noun
    heading ``first`` (not a country's own name that ends so, nor a word
    with the article: "الدوما" ends in alif but is definite)."""
    if first.kind in ("state", "capital") and ntext.startswith(word, first.start):
        return False
    return (
        len(word) >= _MIN_NOUN
        and word.isalpha()
        and not word.startswith(ctx.definite_starts)
        and word.endswith(ctx.accusative_endings)
        and not word.endswith(ctx.accusative_verb_endings)
        and not (
            ctx.accusative_possessed_endings and word.endswith(ctx.accusative_possessed_endings)
        )
        and word not in ctx.accusative_not_nouns
    )
