"""How a put-off tells its deed's status (mendD87, REVIEW86 findings 1-5).

A put-off ("postponed", "تأجيل", "به تعویق افتاد") with a target time after
the preposition that sets it ("until next Tuesday", "إلى الأسبوع المقبل",
"به جمعه موکول شد") gives the deed a new date: it is still to come, planned.
Bare or open-ended it did not take place when due: negated. A relative or a
"but" between the deed and the put-off tells the deed's history ("the visit,
which had been postponed twice, took place"), not its status. The language's
words are data (``lang/<code>/status.py``: ``PUT_OFF_TARGETS``,
``PUT_OFF_TIMES``, ``PUT_OFF_OPEN``, ``PUT_OFF_HISTORY``,
``PUT_OFF_HISTORY_FORMS``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from diplowatch import lang as lang_data
from diplowatch.extract.scan import Hit
from diplowatch.text.normalize import normalize_phrase

# Characters after the later of deed and put-off searched for a target time.
TARGET_REACH = 60
# Words after a target preposition within which its time word may stand
# ("حتى يوم الاثنين", "to March 15").
TARGET_WORDS = 3
# Marks that close the put-off's clause.
_CLAUSE_ENDS = (".", "،", ",", ";", "؛", "!", "?", "؟")


@dataclass(frozen=True)
class _Tables:
    targets: frozenset[str]
    times: tuple[str, ...]
    open_ended: tuple[str, ...]
    history: frozenset[str]
    history_forms: frozenset[str]


def _norm(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(normalize_phrase(w).lower() for w in words)


@cache
def _tables(lang: str) -> _Tables:
    """The language's put-off words, normalized once."""
    status = lang_data.load(lang, "status") if lang else None
    return _Tables(
        frozenset(_norm(getattr(status, "PUT_OFF_TARGETS", ()))),
        _norm(getattr(status, "PUT_OFF_TIMES", ())),
        _norm(getattr(status, "PUT_OFF_OPEN", ())),
        frozenset(_norm(getattr(status, "PUT_OFF_HISTORY", ()))),
        frozenset(_norm(getattr(status, "PUT_OFF_HISTORY_FORMS", ()))),
    )


def _clause(text: str) -> str:
    """``text`` up to the first mark that closes a clause."""
    ends = [i for i in (text.find(m) for m in _CLAUSE_ENDS) if i >= 0]
    return text[: min(ends)] if ends else text


def dated(cue: Hit, trigger: Hit, text: str, lang: str) -> bool:
    """Whether a target time follows a target preposition in the put-off's
    clause, from the earlier of deed and put-off on, and no open end
    ("indefinitely", "إلى أجل غير مسمى") is told there."""
    tables = _tables(lang)
    start, end = sorted((cue.end, trigger.end))
    # between deed and put-off the clause is already whole (``postponing_cue``:
    # no strong break; an apposition's comma may stand there); after, it ends
    window = (text[start:end] + _clause(text[end : end + TARGET_REACH])).lower()
    if any(phrase in window for phrase in tables.open_ended):
        return False
    words = window.split()
    for i, word in enumerate(words):
        if word not in tables.targets:
            continue
        following = " ".join(words[i + 1 : i + 1 + TARGET_WORDS])
        if any(f" {t} " in f" {following} " for t in tables.times):
            return True
    return False


def history(cue: Hit, trigger: Hit, text: str, lang: str) -> bool:
    """Whether the put-off tells the deed's history: a relative or a "but"
    (``PUT_OFF_HISTORY``) between them with no comma between that word and
    the put-off, and the put-off in a participle form where the language
    lists some (``PUT_OFF_HISTORY_FORMS``: Persian "به تعویق افتاده")."""
    tables = _tables(lang)
    if tables.history_forms and text[cue.start : cue.end] not in tables.history_forms:
        following = text[cue.start : cue.end + 8]
        if not any(following.startswith(f) for f in tables.history_forms):
            return False
    start, end = (
        sorted((trigger.end, cue.start)) if cue.start >= trigger.end else (cue.end, trigger.start)
    )
    words = text[start:end].lower().split()
    marks = [i for i, w in enumerate(words) if w.strip("،,") in tables.history]
    if not marks:
        return False
    after = " ".join(words[marks[-1] :])
    return cue.start < trigger.start or not any(m in after for m in (",", "،"))
