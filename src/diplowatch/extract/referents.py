"""A pronoun opening a sentence stands for the person the sentence before
named first.

News tells a person by title and country once and goes on with a pronoun:
"وزیر خارجه ایران وارد بغداد شد. وی از عربستان انتقاد کرد" (he, the Iranian
minister, criticised Saudi Arabia). The pronoun as the new sentence's first
word is its subject, and the subject of the sentence before is its referent
(``context.PRONOUN_SUBJECTS``). Only a person or titled body whose country is
known is taken: a pronoun left unresolved names no one, as before. A
sentence that reports speech ("او همچنین گفت که …", "he said …") is left
alone: the speaker is no side of what he reports, and his country is not
that of the people his words place nowhere. Such a sentence keeps, apart,
the speaker the sentences before named (``told_speakers``): a deed he
tells in the first person ("وی افزود: ما …") is his own.
"""

from __future__ import annotations

from dataclasses import replace
from operator import attrgetter

from diplowatch.extract.mention import Mention
from diplowatch.text.words import any_between, first_word, governed


def pronoun_referents(
    ntext: str,
    mentions: list[Mention],
    spans: list[tuple[int, int]],
    pronouns: frozenset[str],
    said: list[int],
    oblique: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> list[Mention]:
    """``mentions`` with, for each sentence opening with a pronoun subject
    (``pronouns``) and reporting no speech (no cue of saying starts at one
    of ``said``), a mention of its referent written at the pronoun: the
    subject of the sentence before, or, when that one opens with a pronoun
    too, the referent it carries on ("X met Y. He said … . He asked Z …").
    ``oblique``: the prepositions whose phrase holds no subject and the
    words that end such a phrase backwards (``text.words.governed``)."""
    if not pronouns or not mentions:
        return mentions
    added = []
    said = sorted(said)
    subject = None  # the referent of the last sentence opened by a pronoun
    for (prev_start, prev_end), (start, end) in zip(spans, spans[1:], strict=False):
        first = first_word(ntext, start, end)
        if not first or first[1] not in pronouns:
            continue
        # read only here: most sentences open with no pronoun, and a sentence
        # opened by one has the subject of the one before it
        if not _opens_with(ntext, prev_start, prev_end, pronouns):
            subject = _subject_of(mentions, prev_start, prev_end, (ntext, *oblique))
        if subject is not None and not any_between(said, start, end):
            added.append(_standing_for(subject, first[0], first[0] + len(first[1])))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _opens_with(ntext: str, start: int, end: int, pronouns: frozenset[str]) -> bool:
    """Whether the sentence's first word is one of ``pronouns``."""
    first = first_word(ntext, start, end)
    return first is not None and first[1] in pronouns


# Sentences back a speaker told before may be ("X said … . He added: «…»").
SPEAKER_REACH = 2


def told_speakers(
    ntext: str,
    mentions: list[Mention],
    spans: list[tuple[int, int]],
    asked: list[bool] | None = None,
) -> list[Mention | None]:
    """For each sentence, the person or titled body the nearest of the
    ``SPEAKER_REACH`` sentences before it names first as its subject: who
    goes on speaking in a sentence that names no speaker ("وی افزود: ما …",
    "وقال: …", "He added: we …"), written at the sentence's first word. A
    deed told in the first person there is that speaker's
    (``speaker_side.speaker_in_first_person``). Each sentence's mentions are
    read once: a long document costs no more per sentence. With ``asked``
    (a flag per sentence: those with a trigger), the others get None and
    only the sentences before an asked one are read for a subject: most
    sentences of an article tell no deed."""
    asked = asked if asked is not None else [True] * len(spans)
    needed = [False] * len(spans)  # the sentences an asked one reads a subject from
    for i in (i for i, ask in enumerate(asked) if ask):
        needed[max(0, i - SPEAKER_REACH) : i] = [True] * (i - max(0, i - SPEAKER_REACH))
    subjects = [
        _subject_of(inside, a, b) if need else None
        for (a, b), inside, need in zip(spans, _by_span(mentions, spans), needed, strict=True)
    ]
    out: list[Mention | None] = []
    for i, (start, end) in enumerate(spans):
        if not asked[i]:  # speed74a: no referent looked for where none is asked
            out.append(None)
            continue
        referent = next(
            (m for m in reversed(subjects[max(0, i - SPEAKER_REACH) : i]) if m is not None), None
        )
        first = first_word(ntext, start, end) if referent else None
        if referent is None or first is None:
            out.append(None)
        else:
            out.append(_standing_for(referent, first[0], first[0] + len(first[1])))
    return out


def _by_span(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[list[Mention]]:
    """The mentions of each span, in one pass over both (both in order)."""
    ordered = sorted(mentions, key=attrgetter("start"))
    out: list[list[Mention]] = []
    i = 0
    for start, end in spans:
        while i < len(ordered) and ordered[i].start < start:
            i += 1
        j = i
        while j < len(ordered) and ordered[j].start < end:
            j += 1
        out.append(ordered[i:j])
        i = j
    return out


def _subject_of(
    mentions: list[Mention],
    start: int,
    end: int,
    oblique: tuple[str, frozenset[str], frozenset[str]] | None = None,
) -> Mention | None:
    """The sentence's first person or titled body of a known country, when
    it is the first actor the sentence names (a place, topic or source
    before it makes the subject uncertain). With ``oblique`` (the text, the
    language's prepositions and phrase breaks) an actor inside a
    prepositional phrase is passed over first (``_free``): a subject is
    never governed by a preposition, so in "با عقب‌نشینی آمریکا، وزیر خارجه
    افغانستان …" (with the US withdrawal, the Afghan minister …) and "In
    Tehran, the Iranian foreign minister …" the minister is the subject."""
    named = [m for m in mentions if start <= m.start < end and not m.dateline]
    if oblique is not None and oblique[1]:
        named = _free(named, start, oblique)
    first = next(iter(named), None)
    if first is None or not first.code or not (first.role or first.kind == "person"):
        return None
    if first.location_only or first.place or first.topic or first.source or first.former:
        return None
    return first


def _free(
    named: list[Mention], start: int, oblique: tuple[str, frozenset[str], frozenset[str]]
) -> list[Mention]:
    """The mentions no preposition governs (``text.words.governed``), read
    from the end of the mention before: a preposition governs one phrase, so
    in "در تهران وزیر خارجه ایران …" (in Tehran the Iranian minister …) it
    governs Tehran and leaves the minister free."""
    text, preps, breaks = oblique
    free, lo = [], start
    for m in named:
        if not governed(text, lo, m.start, preps, breaks):
            free.append(m)
        lo = max(lo, m.end)
    return free


def _standing_for(referent: Mention, start: int, end: int) -> Mention:
    """The referent's mention moved to the pronoun: same country, title and
    name, no written span of its own. Strong, as the subject it stands for
    was: a weak one gave way to any two states the sentence names ("He
    condemned the US sale of arms to Taiwan" lost its speaker, parties57fa)."""
    return replace(referent, start=start, end=end, name_span=None, prefix="", strong=True)
