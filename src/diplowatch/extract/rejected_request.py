"""The content of a request that is rejected.

"درخواست توقیف اموال ایران را رد کرد", "رفضت المحكمة طلب تجميد أصول
إيران" (``context.REQUEST_NOUNS``): a request rejected is rejected of
whoever asked it; a state further down the noun's chain owns what is asked
about and is no side (parties33fa). One rule of REJECT, kept apart from
``parties`` as its own reading of the noun's chain.
"""

from __future__ import annotations

from itertools import islice
from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import WORD_RUN

# a run of word characters (``re.finditer(r"\w+")``), read only as far as
# a rule counts words

# Words between a rejection's verb and the request it rejects ("رفضت المحكمة
# العليا الأمريكية طلبا").
_REQUEST_REACH = 6


def request_content_out(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """A request rejected ("درخواست توقیف اموال ایران را رد کرد", "رفضت
    المحكمة طلب تجميد أصول إيران"; ``context.REQUEST_NOUNS``) is rejected of
    whoever asked it: its own genitive, right after the noun, or its
    agent; a state further down the noun's chain owns what is asked about
    and is no side, as English "rejected a request to freeze Iran's
    assets" reads (parties33fa). Kept whole when no side is left."""
    start = _request_noun_end(s, trig, ntext, ctx)
    if start is None:
        return people
    hi = trig.start if ctx.verb_final else s.end
    stop = min((i for b in CLAUSE_BREAKS if (i := ntext.find(b, start, hi)) >= 0), default=hi)
    markers = ctx.syntax.agent_markers
    content = [
        m
        for m in people
        if start <= m.start < stop
        and ntext[start : m.start].strip()
        and " ".join(ntext[start : m.start].split()[-2:]) not in markers
        and ntext[start : m.start].split()[-1] not in markers
    ]
    kept = [m for m in people if m not in content]
    return kept if content and kept else people


def _request_noun_end(s: Sentence, trig: Hit, ntext: str, ctx: Any) -> int | None:
    """Where the request noun the rejection takes as its object ends: before
    a final verb, the last one, its phrase closed by the object marker right
    before the verb with no verb between; else the first within
    ``_REQUEST_REACH`` words after the verb."""
    if ctx.verb_final:
        words = list(WORD_RUN.finditer(ntext[s.start : trig.start]))
        at = [i for i, w in enumerate(words) if w.group() in ctx.request_nouns]
        if not at or words[-1].group() not in ctx.object_markers:
            return None
        if any(w.group() in ctx.light_verbs for w in words[at[-1] :]):
            return None
        return s.start + words[at[-1]].end()
    after = islice(WORD_RUN.finditer(ntext[trig.end : s.end]), _REQUEST_REACH)
    found = next((w for w in after if w.group() in ctx.request_nouns), None)
    return trig.end + found.end() if found else None
