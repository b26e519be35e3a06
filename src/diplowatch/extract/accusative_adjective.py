"""A country's name that is also its adjective in the accusative (tri29a).

Arabic writes the indefinite accusative of a nisba with a final alif, so
"تركيا" is Turkey and also "Turkish" after an accusative noun: "خطف
مسلحون مهندسا تركيا في ليبيا" (gunmen kidnapped a Turkish engineer), as
"روسيا", "سوريا", "ليبيا", "كينيا". Right after such a noun the name is the
adjective (``context.ACCUSATIVE_NOUN_ENDINGS``): the engineer's country, read
and agreed like "سائحا فرنسيا", never a side of its own. Not after a word
with that ending that is no noun ("أيضا تركيا", "كما تركيا":
``context.ACCUSATIVE_NOT_NOUNS``), nor after a short word (a verb, "دعا")
or a verb's plural ("غادروا سوريا", they left Syria:
``context.ACCUSATIVE_VERB_ENDINGS``), nor with a clitic on the name
("وتركيا", "لتركيا").
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.scan import Hit

# Letters at least in the noun before the name, ending included: shorter
# words are verbs and particles ("دعا", "لما").
_MIN_NOUN = 4


def _adjective_spans(hits: list[Hit]) -> set[tuple[int, int]]:
    return {(h.start, h.end) for h in hits if h.entry.kind == "state_adj" and not h.prefix}


def _after_accusative(text: str, start: int, ctx: Context, starts: set[int]) -> bool:
    """The word right before ``start`` is an indefinite accusative noun."""
    words = text[max(0, start - 40) : start].split()
    if not words or not text[start - 1 : start].isspace():
        return False
    word = words[-1]
    return (
        len(word) >= _MIN_NOUN
        and word.isalpha()
        and word.endswith(ctx.accusative_endings)
        and word not in ctx.accusative_not_nouns
        and not (ctx.accusative_verb_endings and word.endswith(ctx.accusative_verb_endings))
        and start - len(word) - 1 not in starts
    )


def adjectives_after_accusatives(hits: list[Hit], text: str, ctx: Context) -> list[Hit]:
    """Drop a state's name where the same letters, after an accusative noun,
    are its adjective: the adjective hit is then the one resolved."""
    if not ctx.accusative_endings:
        return hits
    adjectives = _adjective_spans(hits)
    starts = {h.start for h in hits if h.entry.kind in ("state", "state_adj", "capital", "igo")}
    return [
        h
        for h in hits
        if not (
            h.entry.kind == "state"
            and (h.start, h.end) in adjectives
            and _after_accusative(text, h.start, ctx, starts)
        )
    ]
