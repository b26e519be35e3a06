"""A listed office holder's name written after another man's given name.

The gazetteer (``lang/<code>/office_names.tsv``) lists office holders by
their family name alone too ("صالحي", "الجبير", "رئیسی"), since news names
a known minister so. Many others share such a name: "ياسين صالحي" (an
attacker in France), "أحمد الجبير", "هادی خامنه‌ای" are not the listed
Iranian nuclear chief, Saudi foreign minister or Leader, yet the hit gave
them the holder's state and office. Right after a common given name
(``GIVEN_NAMES``, language data) that is none of the holder's own names the
hit names a namesake, and it is dropped before mentions are read: the
person is then read as an unknown one (his title, the place, or no code),
as any other name. "محمد جواد ظريف", "جواد ظريف" keep their holder: the
given name is one of his."""

from __future__ import annotations

from functools import cache

from diplowatch.extract.lexicon import ACTOR
from diplowatch.extract.scan import Hit
from diplowatch.lang import offices
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.words import word_right_before


def namesakes_out(text: str, hits: list[Hit], given: frozenset[str], lang: str) -> list[Hit]:
    """``hits`` without the office holders' names written right after a
    given name that is none of the holder's (``hits`` itself when the
    language lists no given names)."""
    if not given:
        return hits
    return [h for h in hits if not _namesake(text, h, given, lang)]


def _namesake(text: str, hit: Hit, given: frozenset[str], lang: str) -> bool:
    """Whether ``hit`` is a listed holder's family name alone (no prefix
    glued to it) right after a given name none of its holders bears. A
    listed full name stays his ("محمد حسني مبارك", "محمد المنصف المرزوقي":
    the gazetteer lists the short form of a longer name)."""
    entry = hit.entry
    if entry.layer != ACTOR or entry.kind != "person" or len(entry.extra) < 2:
        return False
    if hit.start != hit.base_start:
        return False  # "وصالحي": a conjunction opens the name, no given name before it
    before = word_right_before(text, hit.start, 24)
    if not before or before not in given:
        return False
    own = _name_words(lang)
    if text[hit.base_start : hit.base_end] not in own.get("", ()):
        return False  # "محمد حسني مبارك": a listed full name, fuller still
    return not any(before in own.get(pid, ()) for pid in entry.extra[0])


@cache
def _name_words(lang: str) -> dict[str, frozenset[str]]:
    """Person id -> every word of his listed names, normalised as text is;
    under "" the listed forms of one written word ("صالحي", "خامنه‌ای":
    a family name alone, its ZWNJ folded or not)."""
    words: dict[str, set[str]] = {"": set()}
    for row in offices.read_name_rows(lang):
        form = normalize_phrase(row["name"])
        words.setdefault(row["person"], set()).update(form.split())
        if " " not in row["name"].strip():
            words[""].add(form)
    return {pid: frozenset(ws) for pid, ws in words.items()}
