"""A negated participle that describes the deed noun before it negates nothing.

"در سفری اعلام نشده وارد دمشق شد" (he arrived in Damascus on an unannounced
trip), "سفرهای اعلام نشده اخیر ژنرال": Persian puts the negated participle
of "announce" after the deed noun as its adjective, as Arabic writes "في
زيارة غير معلنة" and English "an unannounced visit". The trip took place;
what is negated is its announcement. Persian's negation follows the verb,
so the negation cue "نشده" after the trip would otherwise negate it
("کمکی ارسال نشده است": no aid has been sent). The participle is an
adjective only where the clause goes on after it with another word; one
followed by an auxiliary ("اعلام نشده است"), a conjunction ("… اعلام نشده
و …"), punctuation or the sentence's end closes the clause as its verb and
is left to the negation rules. The participles (``context.ATTRIBUTIVE_NEGATIONS``)
and the words that make it a verb (``context.ATTRIBUTIVE_NOT_BEFORE``) are
data; Arabic and English list none (their adjectives carry no negation cue).
"""

from __future__ import annotations

import re
from functools import cache

from diplowatch import lang as lang_data
from diplowatch.extract.scan import Hit
from diplowatch.text.normalize import normalize_phrase

# Characters around the participle searched for it and the next word.
_AHEAD = 40
# The word right after the participle, across spaces only (punctuation ends
# the clause).
_NEXT_WORD = re.compile(r"\s+(\w+)")


@cache
def _data(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's attributive negated participles and the words after
    which one is a verb, normalised (empty where it lists none)."""
    context = lang_data.load(lang, "context") if lang else None
    parts = getattr(context, "ATTRIBUTIVE_NEGATIONS", ())
    verbs = getattr(context, "ATTRIBUTIVE_NOT_BEFORE", ())
    return (
        frozenset(normalize_phrase(w) for w in parts),
        frozenset(normalize_phrase(w) for w in verbs),
    )


def describes_noun(cue: Hit, text: str, lang: str) -> bool:
    """Whether the negation cue is the end of an attributive negated
    participle ("سفری اعلام نشده وارد …"): the participle is listed, and a
    word that is no auxiliary or conjunction follows it in its clause."""
    parts, verbs = _data(lang)
    if not parts:
        return False
    before = " ".join(text[max(0, cue.start - _AHEAD) : cue.end].split())
    if not any(before.endswith(p) and _word_starts(before, p) for p in parts):
        return False
    word = _NEXT_WORD.match(text, cue.end, cue.end + _AHEAD)
    return word is not None and word.group(1) not in verbs


def _word_starts(before: str, phrase: str) -> bool:
    """Whether ``phrase`` at the end of ``before`` starts at a word boundary."""
    at = len(before) - len(phrase)
    return at == 0 or not before[at - 1].isalnum()
