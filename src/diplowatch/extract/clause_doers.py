"""Who did a deed told by its noun with a relative clause naming its doer
(sides104).

"تضرر القطريون من الحصار الذي فرضته السعودية على قطر", "رحب الرئيس الفرنسي
بالدعوة التي وجهها له العاهل المغربي", "Qatari citizens suffered from the
sanctions that Saudi Arabia imposed on Qatar": the clause on the deed's noun
has its own subject, who imposed, directed or carried out the deed; whoever
the sentence names before the noun suffers, welcomes or condemns it. Word
order put that earlier side first, while the event's first actor must be
the doer (the PLOVER export reads actor = first, recipient = second).

Where the subject follows its verb (Arabic), the clause's verb carries the
noun's pronoun as its object ("فرضته", "وجهها", or "قامت بها"), so its
subject is the doer; where it comes before (English), the side right after
the pronoun is the subject when one of the verbs follows it. Only verbs of
doing, imposing or giving (``context.DEED_CLAUSE_VERBS``): the subject of
"شهدته" or "suffered" is the place or the victim. Persian, whose verb ends
the clause, is read by ``relative_deed`` before the sides are split.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from diplowatch.extract.actors import Mention
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.scan import Hit
from diplowatch.lang import load
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import CLAUSE_BREAKS, SENTENCE_STOPS
from diplowatch.text.words import WORD_RUN

_TOKEN = re.compile(r"\S+")
# What ends the words read after a trigger: a clause or sentence break.
_STOPS = CLAUSE_BREAKS | SENTENCE_STOPS
# Words after the noun before its relative pronoun: the rest of the noun's
# word and an adjective or two ("الضربة الصاروخية التي").
_BEFORE_PRONOUN = 3
# Words a subject may stand after the verb (Arabic, a first name before the
# titled mention) or the pronoun (English, "the"), gap words aside.
_SUBJECT_GAP = 1
# Words of the subject's head a mention may leave before the verb ("the
# Turkish | president levelled").
_HEAD_WORDS = 1
# How far past the noun the clause is read (characters).
_WINDOW = 160


class _Tables(NamedTuple):
    """A language's words for the clause, normalised."""

    pronouns: frozenset[str]  # ``RELATIVE_PRONOUNS``
    verbs: tuple[tuple[str, ...], ...]  # ``DEED_CLAUSE_VERBS``, word by word
    gaps: frozenset[str]  # ``DEED_CLAUSE_GAP_WORDS``
    adjectives: tuple[str, ...]  # ``DEED_CLAUSE_ADJECTIVE_PREFIXES``
    determiners: frozenset[str]  # ``DEED_CLAUSE_DETERMINERS``
    prepositions: frozenset[str]  # ``DEED_CLAUSE_OBJECT_PREPOSITIONS``
    telling: frozenset[str]  # ``DEED_CLAUSE_TELLING_WORDS``
    definite: tuple[str, ...]  # ``DEED_CLAUSE_DEFINITE_PREFIXES``
    feminine: tuple[str, ...]  # ``DEED_CLAUSE_FEMININE_ENDINGS``
    feminine_pronouns: frozenset[str]  # ``DEED_CLAUSE_FEMININE_PRONOUNS``


@cache
def _tables(lang: str) -> _Tables:
    """``lang``'s tables; no verbs where the language has none."""
    data = load(lang, "context")

    def words(name: str) -> tuple[str, ...]:
        return tuple(normalize_phrase(w) for w in getattr(data, name, ()))

    return _Tables(
        frozenset(words("RELATIVE_PRONOUNS")),
        tuple(tuple(v.split()) for v in words("DEED_CLAUSE_VERBS")),
        frozenset(words("DEED_CLAUSE_GAP_WORDS")),
        words("DEED_CLAUSE_ADJECTIVE_PREFIXES"),
        frozenset(words("DEED_CLAUSE_DETERMINERS")),
        frozenset(words("DEED_CLAUSE_OBJECT_PREPOSITIONS")),
        frozenset(words("DEED_CLAUSE_TELLING_WORDS")),
        words("DEED_CLAUSE_DEFINITE_PREFIXES"),
        words("DEED_CLAUSE_FEMININE_ENDINGS"),
        frozenset(words("DEED_CLAUSE_FEMININE_PRONOUNS")),
    )


def clause_doers_first(
    side: list[Mention], trig: Hit, ntext: str, ctx: Any, mentions: list[Mention]
) -> list[Mention]:
    """``side`` with the subject of the relative clause on the deed's noun
    (and those listed with it among the sentence's ``mentions``) first.
    Unchanged when the trigger is a verb (a word also read as a verb counts
    as a noun after a determiner), no such clause follows, or its subject
    is no side named right there."""
    if len(side) < 2:
        return side
    tables = _tables(ctx.lang)
    if not tables.verbs or (trig.entry.affix == "verb" and not _determined(trig, ntext, tables)):
        return side
    tokens = _tokens_after(trig, ntext)
    at = _pronoun_at(tokens, tables.pronouns, tables.adjectives)
    if at is None or not _pronoun_on_noun(_word_of(trig, ntext), tokens[: at + 1], tables):
        return side
    if ctx.subject_after_verb:
        subject_from = _after_verb(tokens, at + 1, tables, ntext)
    else:
        subject_from = _before_verb(tokens, at + 1, tables, side, ntext)
    if subject_from is None:
        return side
    ordered = sorted(mentions, key=lambda m: m.start)
    head = next((m for m in ordered if m.start >= subject_from), None)
    if head is None or not _subject_at(ntext, (subject_from, head.start), tables):
        return side
    # "فرضته السعودية والإمارات والبحرين": each listed state imposed it
    groups = coordinated_groups(ordered, ntext, ctx.coordinators, ctx.adjacent_coordinated)
    group = next((g for g in groups if any(m is head for m in g)), [head])
    starts = {m.start for m in group if m.start >= head.start}
    doers = [m for m in side if m.start in starts]
    return doers + [m for m in side if m.start not in starts] if doers else side


def _determined(trig: Hit, ntext: str, tables: _Tables) -> bool:
    """Whether a trigger the lexicon reads as a verb ("strikes") stands as a
    noun: a determiner (``DEED_CLAUSE_DETERMINERS``: "the", "its") is one of
    the two words before it ("the Turkish strikes that …")."""
    before = ntext[max(0, trig.start - 40) : trig.start].split()[-2:]
    return bool(tables.determiners & set(before))


def _tokens_after(trig: Hit, ntext: str) -> list[tuple[str, int, int]]:
    """The words after the trigger's own word up to a clause or sentence
    break: (word, start, end)."""
    stop = _STOPS
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(ntext, trig.end, min(len(ntext), trig.end + _WINDOW)):
        word = m.group()
        if m.start() == trig.end and not out and not stop & set(word):
            continue  # the rest of the noun's word ("اتهام|ات")
        if stop & set(word):
            break
        out.append((word, m.start(), m.end()))
    return out


def _pronoun_at(
    tokens: list[tuple[str, int, int]], pronouns: frozenset[str], adjectives: tuple[str, ...]
) -> int | None:
    """Where the relative pronoun opening the noun's clause stands: right
    after the noun or its adjectives (words that begin as ``adjectives``)."""
    for i, (word, _, _) in enumerate(tokens[: _BEFORE_PRONOUN + 1]):
        if word in pronouns:
            return i
        if not adjectives or not word.startswith(adjectives):
            return None
    return None


def _word_of(trig: Hit, ntext: str) -> str:
    """The whole word the trigger ends ("بال|حصار"; the rest of the word
    after ``trig.end`` is not needed here)."""
    return ntext[ntext.rfind(" ", 0, trig.start) + 1 : trig.end]


def _pronoun_on_noun(noun: str, words: list[tuple[str, int, int]], tables: _Tables) -> bool:
    """Whether the relative pronoun closing ``words`` may be the deed noun's
    (``noun``), not that of a noun after it (mendB104). Where the language
    marks it (Arabic): definite words between the noun and the pronoun are
    the noun's own adjectives only when the noun is itself definite
    (``DEED_CLAUSE_DEFINITE_PREFIXES``); after "باحتجاز" they are its
    subject and object ("باحتجاز القوات الإسرائيلية السفينة التي": "التي" is
    the ship's). And those adjectives and a noun marked feminine
    (``DEED_CLAUSE_FEMININE_ENDINGS``) agree with the pronoun's gender
    (``DEED_CLAUSE_FEMININE_PRONOUNS``); an unmarked noun may still take
    "التي" (a broken plural: "الجرائم التي")."""
    if not tables.definite:
        return True
    *between, (pronoun, _, _) = words
    if between and not noun.startswith(tables.definite):
        return False
    feminine = pronoun in tables.feminine_pronouns
    if noun.endswith(tables.feminine) and not feminine:
        return False
    return all(w.endswith(tables.feminine) == feminine for w, _, _ in between)


def _verb_at(tokens: list[tuple[str, int, int]], i: int, tables: _Tables, ntext: str) -> int:
    """How many words of a clause verb start at ``i`` (0 when none does, or
    when a word of telling follows it: ``DEED_CLAUSE_TELLING_WORDS``)."""
    for verb in tables.verbs:
        if tuple(w for w, _, _ in tokens[i : i + len(verb)]) == verb:
            # "the attack that US officials made public": telling, not doing
            after = WORD_RUN.match(ntext, tokens[i + len(verb) - 1][2] + 1)
            return 0 if after and after.group() in tables.telling else len(verb)
    return 0


def _after_verb(
    tokens: list[tuple[str, int, int]], i: int, tables: _Tables, ntext: str
) -> int | None:
    """Where the subject may begin when the clause's verb follows the
    pronoun right away (Arabic): right past the verb (``_subject_at`` then
    reads what stands before the mention)."""
    n = _verb_at(tokens, i, tables, ntext)
    if not n or i + n >= len(tokens):
        return None
    return tokens[i + n][1]


def _before_verb(
    tokens: list[tuple[str, int, int]],
    i: int,
    tables: _Tables,
    side: list[Mention],
    ntext: str,
) -> int | None:
    """Where the subject begins when it stands between the pronoun and its
    verb (English): a side starting at most ``_SUBJECT_GAP`` words after
    the pronoun and ending right before the verb (gap words aside)."""
    if i >= len(tokens):
        return None
    reach = tokens[min(i + _SUBJECT_GAP, len(tokens) - 1)][1]
    for m in side:
        if not tokens[i][1] <= m.start <= reach:
            continue
        j = next((k for k, t in enumerate(tokens) if t[1] >= m.end), len(tokens))
        # the rest of the subject's phrase ("the Turkish | president") and gap words
        words = [k for k in range(j, min(j + _HEAD_WORDS + 1, len(tokens)))]
        ahead = [k for k in words if tokens[k][0] not in tables.gaps]
        if any(_verb_at(tokens, k, tables, ntext) for k in ahead[: _HEAD_WORDS + 1]):
            return tokens[i][1]
    return None


def _subject_at(ntext: str, span: tuple[int, int], tables: _Tables) -> bool:
    """Whether the mention after ``span`` may be the clause's subject: at
    most ``_SUBJECT_GAP`` words (gap words aside: "وجهها له العاهل", "that
    the Turkish president") stand before it, none a preposition
    (``DEED_CLAUSE_OBJECT_PREPOSITIONS``: "التي فرضتها على إيران" names what
    it was imposed on) and no preposition glued to it ("لإيران")."""
    start, end = span
    if end > 0 and ntext[end - 1].isalpha():
        return False
    words = [w for w in ntext[start:end].split() if w not in tables.gaps]
    return len(words) <= _SUBJECT_GAP and not tables.prepositions & set(words)
