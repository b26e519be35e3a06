"""A Persian obligation governs its whole clause, up to the clause's verb.

"طالبان باید مناسبات تجاری را با کشورهای خارجی از سر بگیرند", "شورای عالی
باید در قالب بیانیه‌ای از دولت جدید خواستار … باشد": Persian puts the verb
last, so what must be done ends its clause, and subject-free objects,
times and places stand between "باید" and the deed. The cues of condition
and obligation (``hypothetical.hypothetical``) reach only a few words; a deed
further on in the same clause was read as done. Here a cue of
``context.CLAUSE_OBLIGATION_CUES`` reaches a deed up to
``hypothetical.WISH_SPAN`` words on, as a guess does where the verb comes last
(``hypothetical.hypothetical``), but only within the obliged clause: a clause
break, a finite verb (``context.LIGHT_VERBS``, ``context.SUBJUNCTIVE_VERBS``,
``context.CLAUSE_VERB_ENDS``: the copula, the present's "می", "که"), or a
verb of saying between ends it ("ایران نباید
به سلاح هسته‌ای دست پیدا کند توافق وجود دارد", "باید گفت که …"). A deed
named after a preposition of time ("پس از حمله هفته گذشته",
``context.TOLD_DEED_LEADS``) is one told as past, not obliged.

Mended in round 82 (mendA82): the speaker's own obliged saying ("باید بگویم",
"باید اشاره کنم": the first person of a subjunctive, listed in
``context.CLAUSE_VERB_ENDS``) ends the clause, and so does a mark glued to a
word's edge or a slash standing between words ("استفاده کنیم/ آمریکا …"),
which the whitespace split kept inside a word. A slash inside a token
("۱۴۰۰/۰۶/۳۱") writes a date and ends nothing.
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.cue_words import cue_written
from diplowatch.extract.lexicon import SAYING_KINDS
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import CLAUSE_SLASH, PERCENT_SIGNS, QUOTED_CLAUSE_BREAKS

# As far as a hope or a guess where the verb comes last (``hypothetical.WISH_SPAN``).
OBLIGED_SPAN = 20
# Marks that end the obliged clause: a clause break, and the end of a
# sentence or a quote inside a quoted passage the splitter kept whole.
_ENDS = QUOTED_CLAUSE_BREAKS
# Characters a word may end or start with that are no glued mark: the
# zero-width non-joiner of a Persian compound and a share's percent sign.
_NOT_MARKS = frozenset("\u200c" + PERCENT_SIGNS)
# How many words a told deed's lead may have ("پس از", "به دنبال").
_LEAD_WORDS = (1, 2)


def obliged_in_clause(trigger: Hit, s: Sentence, ntext: str, ctx: Context) -> bool:
    """Whether ``trigger`` stands in the clause an obligation cue before it
    governs (module docstring)."""
    cues = ctx.clause_obligations
    if not cues or not cue_written(ntext[s.start : trigger.start], cues):
        return False  # speed: no obligation written before it (most triggers)
    for cue in s.cues:
        if cue.end > trigger.start or ntext[cue.start : cue.end] not in cues:
            continue
        if _obliged(cue, trigger, s, ntext, ctx):
            return True
    return False


def _obliged(cue: Hit, trigger: Hit, s: Sentence, ntext: str, ctx: Context) -> bool:
    """Whether no end of the obliged clause stands between ``cue`` and
    ``trigger``, within ``OBLIGED_SPAN`` words, and the trigger is no deed
    told after a lead of time."""
    gap = ntext[cue.end : trigger.start]
    words = gap.split()
    if len(words) > OBLIGED_SPAN or _ENDS & set(gap):
        return False
    if any(c.entry.kind in SAYING_KINDS and cue.end <= c.start < trigger.start for c in s.cues):
        return False
    if any(" ".join(words[-n:]) in ctx.told_deed_leads for n in _LEAD_WORDS):
        return False
    return not any(_ends_clause(w, ctx) for w in words)


def _ends_clause(word: str, ctx: Context) -> bool:
    """A finite verb, a word that opens another clause, or a word with a mark
    glued to its edge ("کنیم/"), which ends it as a mark apart does."""
    if word == CLAUSE_SLASH or _glued_mark(word[0]) or _glued_mark(word[-1]):
        return True
    return (
        word in ctx.light_verbs
        or word in ctx.subjunctive_verbs
        or word in ctx.clause_verb_ends
        or word in ctx.syntax.relatives
    )


def _glued_mark(char: str) -> bool:
    """Whether ``char`` at a word's edge is a mark of punctuation."""
    return not char.isalnum() and char not in _NOT_MARKS
