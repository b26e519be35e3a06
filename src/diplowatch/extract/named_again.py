"""A named group told again by its head noun alone is that group.

News names a movement, a front or a union in full once and then by its
head noun: "أصدرت حركة النهضة بيانا … ودعت الحركة الحكومة إلى …" (the
movement, Ennahda, called on the government). The bare "الحركة"/"الجبهة"/
"الاتحاد" named no one, so the deed lost its doer (and with one side left,
often the event). The head (``agents.GROUP_HEADS``: each head with the
words a group's own name opens with, in the language's normalised
spelling; ``GROUP_HEAD_CLITICS`` may be glued before it) stands for the
last group named before it in the document, within ``_REACH`` characters,
whose name it heads (a ``group`` mention with an agent): the group's agent
with no country, name or role of its own (``_head_of``). Not where the
head opens a noun phrase of its own (an adjective follows: a next word with
the article, ``GROUP_HEAD_PHRASE``, and a relative adjective's ending,
``GROUP_HEAD_ADJECTIVE_ENDINGS``, or one of ``GROUP_HEAD_ADJECTIVES``:
"الحركة الوطنية", "الجبهة الداخلية" are other things; "دعت الحركة
الحكومة" keeps its object), not inside another mention, only where it
stands as a subject (after a verb, a verb of saying or "that", or opening
its sentence: not the genitive of "رئيس الحركة", "كتلة الحركة"), and not
before any group is named. English writes the head after the name and
reads "the party", "the union" as agent nouns of their own; Persian points
back with "این": neither lists heads.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.lang.agent_fields import language_field
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import SENTENCE_STOPS
from diplowatch.text.words import clitic_occurrences

_GROUP = "group"
# Characters back from a head within which its group must be named.
_REACH = 600
# Cue kinds after which a subject stands: a verb of saying, "that".
_SUBJECT_CUES = frozenset({"reporting", "attribution", "complementizer"})
# the article, the adjective endings and the listed adjectives (``_adjective``)
_Phrase = tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]


@cache
def _heads(lang: str) -> tuple[dict[str, tuple[str, ...]], _Phrase, frozenset[str]]:
    """The head forms (normalised) with the name openings each stands for,
    what makes the next word an adjective of the head, and the clitics that
    may be glued before a head."""
    table = language_field(lang, "GROUP_HEADS")
    heads = {
        normalize_phrase(form): tuple(normalize_phrase(s) for s in starts)
        for form, starts in table.items()
    }
    phrase = (
        tuple(normalize_phrase(w) for w in language_field(lang, "GROUP_HEAD_PHRASE")),
        tuple(normalize_phrase(w) for w in language_field(lang, "GROUP_HEAD_ADJECTIVE_ENDINGS")),
        frozenset(normalize_phrase(w) for w in language_field(lang, "GROUP_HEAD_ADJECTIVES")),
    )
    clitics = frozenset(language_field(lang, "GROUP_HEAD_CLITICS")) | {""}
    return heads, phrase, clitics


def _adjective(word: str, phrase: _Phrase) -> bool:
    """Whether ``word`` after a head is its adjective (the head then opens a
    noun phrase of its own, no group named again)."""
    article, endings, listed = phrase
    if word in listed:
        return True
    return bool(article) and word.startswith(article) and bool(endings) and word.endswith(endings)


def subject_openers(words: list[Hit]) -> frozenset[int]:
    """Where the words end after which a subject stands: a verb of the
    lexicon ("دعت", "انسحبت"), a verb of saying ("قالت", "أكدت"), "that"."""
    return frozenset(
        h.end for h in words if h.entry.affix == "verb" or h.entry.kind in _SUBJECT_CUES
    )


def named_again(ntext: str, mentions: list[Mention], lang: str, words: list[Hit]) -> list[Mention]:
    """``mentions`` with each later bare head of a named group read as that
    group where it stands as a subject: after one of the ``words`` that
    open a subject (``subject_openers``, read only where a group and the
    language's heads are there) or opening its sentence. A head after a noun is
    its genitive ("كتلة الحركة", "دعم الجبهة"), told of in a phrase whose
    own head may be the actor."""
    heads, phrase, clitics = _heads(lang)
    groups = [m for m in mentions if m.kind == _GROUP and m.agent]
    if not heads or not groups:
        return mentions
    openers = subject_openers(words)
    found: list[Mention] = []
    replaced: set[int] = set()
    for form, starts in heads.items():
        named = [g for g in groups if ntext[g.start : g.end].startswith(starts)]
        for at, glued in _occurrences(ntext, form, phrase, clitics) if named else ():
            group = next((g for g in reversed(named) if g.end <= at), None)
            if group is None or at - group.end > _REACH:
                continue
            same = _covering(mentions, at, at + len(form))
            if same is False or not _subject_place(ntext, at - len(glued), openers):
                continue
            if same is not None:
                replaced.add(id(same))
            found.append(_head_of(group, at, at + len(form), glued))
    if not found:
        return mentions
    kept = [m for m in mentions if id(m) not in replaced]
    return sorted(kept + found, key=lambda m: m.start)


def _occurrences(
    ntext: str, form: str, phrase: _Phrase, clitics: frozenset[str]
) -> list[tuple[int, str]]:
    """Where ``form`` stands as a word (after at most a clitic of
    ``clitics``) not opening a phrase of its own, with the clitic."""
    out = []
    for at, glued in clitic_occurrences(ntext, form, clitics):
        nxt = ntext[at + len(form) : at + len(form) + 40].split(maxsplit=1)[:1]
        if not (nxt and _adjective(nxt[0], phrase)):
            out.append((at, glued))
    return out


def _head_of(group: Mention, start: int, end: int, glued: str) -> Mention:
    """The head told again: the group with no country, name or role of its
    own ("الحركة" of Ennahda: a party, PTY); its country comes from its
    sentence or the article's home, as a bare agent noun's does ("الحزب").
    The group's own code was tried and not kept: the readers leave a side
    that the sentence names by a bare noun without a country the sentence
    does not give (held-out agents fell)."""
    return replace(
        group, start=start, end=end, prefix=glued, code="", name=None, name_span=None, role=None
    )


def _subject_place(ntext: str, at: int, openers: frozenset[int]) -> bool:
    """Whether the word at ``at`` stands where a subject does: right after an
    opener (spaces between) or at its sentence's start."""
    back = at
    while back > 0 and ntext[back - 1] == " ":
        back -= 1
    return back == 0 or back in openers or ntext[back - 1] in SENTENCE_STOPS


def _covering(mentions: list[Mention], a: int, b: int) -> Mention | None | bool:
    """The generic agent noun written exactly at ``a``–``b`` (to be read as
    the group), None when no mention touches the span, False when another
    mention overlaps it (the head is part of something else)."""
    for m in mentions:
        if m.start < b and a < m.end:
            exact = m.start <= a and m.end == b and m.kind != _GROUP and not m.code
            return m if exact and not m.role else False
    return None
