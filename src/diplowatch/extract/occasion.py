"""How far a cue of a deed done at times reaches (mendA111).

"sometimes", "أحيانا", "گاهی" and "in many cases", "في كثير من الحالات",
"در بسیاری از موارد" (``status.OCCASION_CUES``/``OCCASION_CASE_CUES``, also
background cues) tell a habit of their own clause only. Read over a whole
sentence they took dated deeds of the next clause, the main clause or what a
speaker did with them ("police on Monday arrested ten students who sometimes
chanted slogans", "دیدار کرد و گفت: «ما گاهی اختلاف نظر داریم»"). So a cue
does not reach a deed past a relative, a conjunction after a comma or a verb,
a verb of saying, a colon, quote marks or a semicolon; nor a deed whose own
clause names a day (a dated deed is no habit, as ``history.habit_cues`` reads
a day for the repetition words); nor, from inside a relative clause, a deed
after that clause's comma. A case cue a relative clause follows ("in some
cases that came before the court", "في بعض الحالات التي", "در مواردی که")
names known cases, whose deeds are told: no habit in any of the three
languages (Arabic read it as one, Persian and English did not).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from diplowatch.extract.history import dated_in_clause, one_day_spans
from diplowatch.extract.lang_words import phrase_set, phrase_tuple
from diplowatch.extract.lexicon import SAYING_KINDS
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import DocumentView, Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS, COMMAS

# Marks an occasion cue does not reach past: a colon, quote marks and the
# semicolons (what follows is said, or another sentence's clause).
_WALLS = frozenset(':;\u061b\u00ab\u00bb"\u201c\u201d')
# Characters looked back from a cue for a relative that opens its clause.
_BACK = 60


@dataclass(frozen=True)
class Occasion:
    """A language's occasion cues, case cues, relatives, conjunctions and the
    conjunctions written glued to the next word."""

    cues: frozenset[str]
    cases: frozenset[str]
    relatives: frozenset[str]
    conjunctions: frozenset[str]
    glued: tuple[str, ...]
    verb_prefixes: tuple[str, ...]
    verb_endings: tuple[str, ...]


@cache
def _occasion(lang: str) -> Occasion:
    return Occasion(
        phrase_set(lang, "status", "OCCASION_CUES"),
        phrase_set(lang, "status", "OCCASION_CASE_CUES"),
        phrase_set(lang, "status", "OCCASION_RELATIVES"),
        phrase_set(lang, "status", "OCCASION_CONJUNCTIONS"),
        phrase_tuple(lang, "status", "OCCASION_GLUED"),
        phrase_tuple(lang, "status", "OCCASION_VERB_PREFIXES"),
        phrase_tuple(lang, "status", "OCCASION_VERB_ENDINGS"),
    )


@dataclass(frozen=True)
class Occasions:
    """A sentence's occasion cues and its days, read once per sentence."""

    cues: list[Hit]
    days: list[tuple[int, int]]


def sentence_occasions(s: Sentence, doc: DocumentView, history: list[Hit]) -> Occasions:
    """The occasion cues among ``history`` and, if any, the sentence's days."""
    words = _occasion(doc.lang)
    ntext = doc.ntext
    cues = [
        c
        for c in history
        if c.entry.kind == "background"
        and ntext[c.base_start : c.base_end] in words.cues | words.cases
    ]
    return Occasions(cues, one_day_spans(s, doc) if cues else [])


def reaching(
    trigger: Hit, history: list[Hit], occ: Occasions, s: Sentence, doc: DocumentView
) -> list[Hit]:
    """``history`` but the occasion cues that do not reach ``trigger``."""
    if not occ.cues:
        return history
    out = {id(c) for c in occ.cues if _dated(trigger, c, occ.days, doc)}
    out |= {id(c) for c in occ.cues if id(c) not in out and not _reaches(trigger, c, s, doc)}
    return [c for c in history if id(c) not in out]


def _dated(trigger: Hit, cue: Hit, days: list[tuple[int, int]], doc: DocumentView) -> bool:
    """Whether a day dates the deed in its clause (``history.dated_in_clause``)
    with neither the cue nor a relative between them: "… أمس ستة طلاب في عمان
    التي تشهد أحيانا مظاهرات" dates the arrests, not the protests."""
    ntext, words = doc.ntext, _occasion(doc.lang)
    own = [
        (a, b)
        for a, b in days
        if not min(b, trigger.end) <= cue.start < max(a, trigger.start)
        and not any(
            t in words.relatives for t in ntext[min(b, trigger.end) : max(a, trigger.start)].split()
        )
    ]
    return dated_in_clause(trigger, own, ntext, doc.ctx)


def _reaches(trigger: Hit, cue: Hit, s: Sentence, doc: DocumentView) -> bool:
    """Whether nothing between cue and deed closes the cue's clause."""
    ntext, words = doc.ntext, _occasion(doc.lang)
    if ntext[cue.base_start : cue.base_end] in words.cases and _relative_after(cue, ntext, words):
        return False
    before = cue.end <= trigger.start
    lo, hi = (cue.end, trigger.start) if before else (trigger.end, cue.start)
    if lo >= hi:
        return True
    gap = ntext[lo:hi]
    if any(ch in _WALLS for ch in gap) or _said_between(s, lo, hi):
        return False
    tokens = gap.split()
    if any(t.strip(COMMAS) in words.relatives for t in tokens):
        return False
    verbs = doc.ctx.light_verbs if doc.ctx.verb_final else frozenset()
    if _conjoined(tokens, words, verbs):
        return False
    if not before or not _in_relative(cue, ntext, words):
        return True
    return not (set(COMMAS) & set(gap) or any(_finite(t, words) for t in tokens))


def _relative_after(cue: Hit, ntext: str, words: Occasion) -> bool:
    """Whether a relative follows the case cue ("في بعض الحالات التي")."""
    after = ntext[cue.end : cue.end + 30].split()[:1]
    return bool(after) and after[0] in words.relatives


def _said_between(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a verb of saying stands between cue and deed."""
    return any(c.entry.kind in SAYING_KINDS and lo <= c.start < hi for c in s.cues)


def _conjoined(tokens: list[str], words: Occasion, verbs: frozenset[str]) -> bool:
    """Whether a conjunction opens a new clause between cue and deed: after a
    comma (", and", "، وترد") or, where the verb ends its clause, after a
    verb (``verbs``: "… کرد و سوریه")."""
    after_break = False
    for token in tokens:
        word = token.strip(COMMAS)
        if after_break and word and (word in words.conjunctions or _glued(word, words)):
            return True
        # a comma standing alone leaves no word: the next word follows a break
        after_break = not word or token[-1] in COMMAS or word in verbs
    return False


def _glued(word: str, words: Occasion) -> bool:
    """A conjunction written glued to a word of three letters or more."""
    return any(word.startswith(g) and len(word) - len(g) >= 3 for g in words.glued)


def _finite(word: str, words: Occasion) -> bool:
    """A finite verb by its prefix, standing alone ("مي دادند": the
    zero-width joiner is read as a space) or glued with a verb's last letter
    ("ميدادند"), where the language's data names them (Persian)."""
    if word in words.verb_prefixes:
        return True
    return word.startswith(words.verb_prefixes) and word.endswith(words.verb_endings)


def _in_relative(cue: Hit, ntext: str, words: Occasion) -> bool:
    """Whether a relative opens the cue's clause before it ("The minister,
    who occasionally visits Baghdad, met …"): a comma or a finite verb
    after the cue then closes that clause before the deed."""
    back = ntext[max(0, cue.start - _BACK) : cue.start]
    cut = max(back.rfind(b) for b in CLAUSE_BREAKS)
    return any(t in words.relatives for t in back[cut + 1 :].split())
