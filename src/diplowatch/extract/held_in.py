"""A capital or town behind "in" a few words after a talks noun is where the talks
are held: the venue, no side and no one's home.

"وقف إطلاق النار بين المعارضة والنظام في إطار محادثات السلام في أستانا",
"مذاکرات کنونی در وین برای احیای توافق", "the NATO summit in Brussels":
the capital after the preposition of rest (``context.VENUE_PLACE_PREPOSITIONS``)
names where the talks of the noun before it (``context.VENUE_TALKS_NOUNS``, at most
``_REACH`` words before the preposition, in the same clause) meet, as
"محادثات أستانا" and "the Vienna talks" already read
(``countries._names_event``). Read as a plain place, its state became the
home of the agents the sentence names with no country (the Syrian opposition
at Astana read as Kazakh, Iran's deputies hearing of the Vienna talks read as
Austrian). A visit "to" a capital is not read here: its host is a side;
nor a meeting or conference there, often a body's own sitting at home.
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS, SENTENCE_STOPS

# Words at most between the talks noun and the preposition ("قمة حلف شمال
# الأطلسي في بروكسل": three); farther, the place may be another clause's.
_REACH = 3
# Characters read back from the preposition for those words.
_WINDOW = 80
_STOPS = CLAUSE_BREAKS | SENTENCE_STOPS


def talks_held_in(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """Whether the capital at ``hit``, behind the preposition ``prev``, is the
    venue of talks named just before it (module docstring)."""
    if not ctx.venue_place_preps or prev not in ctx.venue_place_preps:
        return False
    prep_start = text.rfind(prev, max(0, hit.start - len(prev) - 2), hit.start)
    if prep_start < 0:
        return False
    before = text[max(0, prep_start - _WINDOW) : prep_start]
    cut = max(before.rfind(c) for c in _STOPS)
    words = before[cut + 1 :].split()[-(_REACH + 1) :]
    if any(_bare(w, ctx.article_starts) in ctx.venue_talks_nouns for w in words):
        return True
    return any(f"{a} {b}" in ctx.venue_talks_nouns for a, b in zip(words, words[1:], strict=False))


def _bare(word: str, article_starts: tuple[str, ...]) -> str:
    """``word`` without its article (``context.ARTICLE_STARTS``: "المحادثات",
    "والقمة"), as the talks nouns are listed; as written where it has none."""
    for article in article_starts:
        if word.startswith(article) and len(word) > len(article) + 2:
            return word[len(article) :]
    return word
