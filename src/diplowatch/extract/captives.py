"""A protest by captives, or for them, is against whoever holds them.

"الأسرى الفلسطينيون" on hunger strike protest against the Israeli prison
service, not against Palestine's government, yet the understood government
of a protest (``xx/agents.IMPLIED_AGENTS``) takes the crowd's country. A
side named by one of a language's ``agents.CAPTIVE_NOUNS`` gives the
protest the mode ``xx/agents.CAPTIVES_MODE``, whose rule understands the
crowd only (``IMPLIED_BY_MODE``).
"""

from __future__ import annotations

from functools import cache

from diplowatch.extract.mention import Mention
from diplowatch.lang.agent_fields import language_field, shared_field
from diplowatch.text.normalize import normalize


@cache
def _captive_nouns(lang: str) -> frozenset[str]:
    """The language's ``agents.CAPTIVE_NOUNS``, normalised as the text is
    ("الأسرى" is read "الاسري"); none where it lists none."""
    nouns = language_field(lang, "CAPTIVE_NOUNS")
    return frozenset(normalize(w).text.lower() for w in nouns)


@cache
def _noun_lengths(lang: str) -> tuple[int, ...]:
    """The numbers of words the language's captive nouns have ("prisoners of
    war" three), read from the data so that no length listed is skipped."""
    return tuple(sorted({len(noun.split()) for noun in _captive_nouns(lang)}))


@cache
def _captives_mode() -> str:
    """The mode of a protest by or for captives (``CAPTIVES_MODE``)."""
    return str(shared_field("CAPTIVES_MODE"))


def captives_mode(etype: str, mode: str, side: list[Mention], ntext: str, lang: str) -> str:
    """``mode``, or the captives' mode for a protest one of whose sides is
    named by a captive noun: then no government of their own is understood
    as whom it is against."""
    nouns = _captive_nouns(lang)
    if etype != "PROTEST" or not nouns or not _captives_mode():
        return mode
    for m in side:
        text = ntext[m.start : m.end].lower()
        text = text[len(m.prefix) :] if m.prefix and text.startswith(m.prefix) else text
        words = text.split()
        lengths = _noun_lengths(lang)
        if any(" ".join(words[i : i + n]) in nouns for i in range(len(words)) for n in lengths):
            return _captives_mode()
    return mode
