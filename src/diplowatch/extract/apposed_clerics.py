"""A cleric named by his rank and his office acts for his office (roles74).

A clerical rank written before a personal name ("آیت‌الله X", "آية الله X",
"Ayatollah X") is read as a cleric (REL, ``AGENT_NOUNS``). Where a title of
office follows the name, in apposition, it names that office's holder:
"آیت‌الله X عضو شورای نگهبان", "آیت‌الله X، رئیس مجمع تشخیص مصلحت نظام",
"آية الله X رئيس مجمع تشخيص مصلحة النظام", "Ayatollah X, a member of the
Guardian Council". The ONTOLOGY gives a person the agent of the body he
acts for in the sentence, so the title decides; left in, the rank became a
second, clerical side beside the body (a council member's criticism of the
government read as a cleric's of the council), or the only side, the
title's body lost. As for the land ranks (``extract/ranked.py``), the
rank's mention is dropped. The title is either a mention with a role
(written from its head word: "رئيس مجمع …") or a state body whose title's
head words ("عضو", "دبیر", "member of") stand between the name and it; a
name is one to five words, none a word no name holds (``CLERIC_NAME_BREAKS``:
"آیت‌الله X با دبیر شورای نگهبان دیدار کرد" names two men). A rank written
after a title with only a comma between ("رئیس مجمع …، آیت‌الله X") is that
title's holder too. Clerical bodies (a Friday prayer leader, a seminary)
keep the rank: it names a cleric acting as one.
"""

from __future__ import annotations

from functools import cache

from diplowatch.extract.mention import Mention
from diplowatch.lang.agent_fields import language_field
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import COMMAS

_REL = "REL"
_NAME_WORDS = 5  # the longest name (a ZWNJ is read as a space) between rank and title


@cache
def _words(lang: str, field: str) -> frozenset[str]:
    """A language's phrases of ``field``, normalised as the text is."""
    return frozenset(normalize_phrase(w) for w in language_field(lang, field))


def _is_rank(m: Mention, text: str, lang: str) -> bool:
    """Whether ``m`` is a bare clerical rank ("آیت‌الله", "ayatollah")."""
    return (
        m.agent == _REL
        and not m.role
        and text[m.start : m.end].strip() in _words(lang, "CLERICAL_RANKS")
    )


def _holds_office(m: Mention) -> bool:
    """Whether ``m`` names an office or a body that is no clerics' own."""
    return m.agent is not None and m.agent != _REL


def _name_then_head(gap: str, lang: str) -> tuple[list[str], bool] | None:
    """The name words of ``gap`` (the text between a rank and a title) and
    whether a title's head words end it; None if a name word is one no
    name holds, or the gap holds no name."""
    words = "".join(" " if c in COMMAS else c for c in gap).split()
    heads = _words(lang, "CLERIC_TITLE_HEADS")
    head = next((n for n in (3, 2, 1) if " ".join(words[-n:]) in heads), 0)
    name = words[: len(words) - head] if head else words
    breaks = _words(lang, "CLERIC_NAME_BREAKS")
    if not 1 <= len(name) <= _NAME_WORDS or any(w in breaks for w in name):
        return None
    return name, bool(head)


def _title_after(i: int, mentions: list[Mention], text: str, lang: str) -> bool:
    """Whether the rank ``mentions[i]`` is followed by a name and then a
    title of office: a mention with a role right after the name (a comma
    may stand between), or a body after the title's head words. Mentions
    with no agent inside the name (a surname read as a place: "آملی") are
    passed over."""
    rank = mentions[i]
    nxt = next((m for m in mentions[i + 1 :] if m.agent is not None or m.role), None)
    if nxt is None or not _holds_office(nxt) or len(text[rank.end : nxt.start]) > 80:
        return False
    found = _name_then_head(text[rank.end : nxt.start], lang)
    if found is None:
        return False
    return found[1] or bool(nxt.role)


def _after_title(prev: Mention, rank: Mention, text: str) -> bool:
    """Whether the rank is written right after a title, a comma between
    ("رئیس مجمع تشخیص مصلحت نظام، آیت‌الله X")."""
    gap = text[prev.end : rank.start].strip()
    return bool(prev.role) and _holds_office(prev) and len(gap) == 1 and gap in COMMAS


def without_apposed_clerics(mentions: list[Mention], text: str, lang: str) -> list[Mention]:
    """``mentions`` (in order) without a clerical rank whose holder a title
    of office names, after his name or right before the rank: his office
    tells his agent, not his rank."""
    if not _words(lang, "CLERICAL_RANKS"):
        return mentions
    drop = {
        id(m)
        for i, m in enumerate(mentions)
        if _is_rank(m, text, lang)
        and (
            _title_after(i, mentions, text, lang)
            or (i > 0 and _after_title(mentions[i - 1], m, text))
        )
    }
    return [m for m in mentions if id(m) not in drop] if drop else mentions
