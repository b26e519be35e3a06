"""A formula of courtesy is no request.

"خواهش می‌کنم اینطور صحبت نکنید" ("please do not talk like that"): the
speaker's first-person "I beg" addressed to whoever is listening is how a
spoken appeal is made polite, not a demand one side puts to another
(PLOVER REQUEST). A request names whom it is made of: Persian marks that
side with "از" before the verb ("از مسئولان خواهش می‌کنم که …"), so a
formula with such a marker in its own clause stays a request; with none it
is courtesy in a quotation and tells no event. The formulas (the first
person present of the verb of begging, in every spelling) are data
(``context.COURTESY_FORMULAS``), the addressee marker is the language's
``ASKED_OF_MARKERS``; a language without the formulas keeps every request.
Arabic "أرجوك", "من فضلك" and English "please" are no trigger at all, so
the rule has nothing to drop there.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import QUOTED_CLAUSE_BREAKS

# Words of the formula's own clause read for the addressee marker: a
# vocative and a short phrase of the one asked ("از همه مسئولان قضایی").
REACH = 8
# Sentence ends as well as clause breaks close the clause.
_STOPS = QUOTED_CLAUSE_BREAKS


def drop_courtesies(triggers: list[Hit], text: str, ctx: Any) -> list[Hit]:
    """``triggers`` without the courtesy formulas that name no one asked."""
    formulas: frozenset[str] = getattr(ctx, "courtesy_formulas", frozenset())
    if not formulas:
        return triggers
    return [t for t in triggers if not _courtesy(t, text, formulas, ctx)]


def _courtesy(t: Hit, text: str, formulas: frozenset[str], ctx: Any) -> bool:
    """Whether ``t`` is a listed formula with no addressee marker among the
    last ``REACH`` words of its clause before it."""
    if text[t.start : t.end] not in formulas:
        return False
    before = text[max(0, t.start - 120) : t.start]
    for i in range(len(before) - 1, -1, -1):
        if before[i] in _STOPS:
            before = before[i + 1 :]
            break
    markers: frozenset[str] = getattr(ctx, "asked_of_markers", frozenset())
    return not any(w in markers for w in before.split()[-REACH:])
