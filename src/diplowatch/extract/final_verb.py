"""Where a verb-final clause closes, and who stands before its verb.

In Persian the verb ends its clause ("… حمله کرد"): ``verb_end`` finds the
light verb and auxiliaries that close a trigger, ``before_verb`` keeps the
people before it (the next clause's are not the trigger's), and
``earlier_clause_out`` drops those of an earlier clause closed by another
verb. Read by ``parties``, the relative clauses (``relative_clause_out``)
and the speaker (``speaker_side``), and by candidates of triggers
(``infinitive_form``), so it is a module of its own.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from diplowatch.extract.actors import Mention, previous_word
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.doers import FORCE
from diplowatch.extract.participants import unit
from diplowatch.extract.party_traits import DEEDS, REACTIONS, one_sided
from diplowatch.extract.result_clause import result_end
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.split_sides import SYMMETRIC
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import WORD_RUN as _WORD_RUN


def verb_end(
    trigger: Hit,
    ntext: str,
    light_verbs: frozenset[str],
    auxiliaries: frozenset[str],
    complement_first: frozenset[str] = frozenset(),
) -> int | None:
    """Where the verb of a trigger ends, when the trigger is a verb or a noun
    its light verb follows ("حمله کردند", "دیدار و گفتگو کرد", "محکوم شده
    است"), else None (a noun heading a phrase: "دیدار X با Y"). An adjective
    of ``complement_first`` ends at the light verb after its complement
    ("عازم پکن شد")."""
    where = (trigger.base_start, trigger.base_end, trigger.end, trigger.entry.affix)
    return _verb_end_at(ntext, where, light_verbs, auxiliaries, complement_first)


@lru_cache(maxsize=1024)
def _verb_end_at(
    ntext: str,
    where: tuple[int, int, int, str],
    light_verbs: frozenset[str],
    auxiliaries: frozenset[str],
    complement_first: frozenset[str],
) -> int | None:
    """``verb_end`` of the trigger at ``where`` (its word's start and end,
    its end with affixes, its affix class): all it reads of the trigger.
    Kept for the next call (speed70b: the steps of a verb-final clause ask
    it three times a trigger and once more per later trigger of its type;
    the text's and the lists' hashes are cached by Python)."""
    base_start, base_end, trig_end, affix = where
    tokens = ntext[base_start:base_end].split()
    whole = len(tokens) == 1 and tokens[0] not in complement_first
    if affix == "verb" and (whole or tokens[-1] in light_verbs):
        end = trig_end  # "کشتند", "حمله کردند"; not "حمایت کامل" (its verb comes later)
    else:
        words = list(_WORD_RUN.finditer(ntext[trig_end : trig_end + 40]))
        verb = next((i for i, w in enumerate(words[:3]) if w.group() in light_verbs), None)
        if verb is None:
            # "ناوهای تازه وارد": an adjective of motion with no verb is a whole word
            return trig_end if len(tokens) == 1 and affix == "verb" else None
        end = trig_end + words[verb].end()
    # auxiliaries and person endings written apart ("شده است", "کرده اند")
    for aux in _WORD_RUN.finditer(ntext[end : end + 12]):
        if aux.start() > 1 or aux.group() not in auxiliaries:
            break
        end += aux.end()
    return end


def before_verb(trigger: Hit, people: list, ntext: str, ctx: Any, etype: str, mode: str) -> list:
    """In a verb-final language (``context.VERB_FINAL``) a clause ends with its
    verb: who is named after the trigger's verb belongs to the next clause
    ("… تجمع کرده بودند، توسط ماموران امنیتی دستگیر شدند": the police did
    not protest). Kept whole when that leaves too few."""
    first: frozenset[str] = getattr(ctx, "complement_first", frozenset())  # Persian only
    end = verb_end(trigger, ntext, ctx.light_verbs, ctx.auxiliaries, first)
    if end is None:
        return people
    if etype not in DEEDS and infinitive_form(trigger, ntext, ctx):
        # a deed's infinitive is its noun (``commented.verbal_nouns``); that
        # of a saying keeps the clause's subject and takes its own object
        end = _complement_end(end, people, ntext, ctx)
    elif etype in FORCE and infinitive_form(trigger, ntext, ctx):
        # "حمله … به کشته شدن ده غیرنظامی انجامید": its victims up to the
        # result verb (not "باعث خارج کردن بخش خصوصی", crowding out: no victim)
        end = result_end(trigger, end, people, ntext, ctx) or end
    kept = [m for m in people if m.start < end]
    need = 1 if one_sided(etype, mode, ctx) else 2
    return kept if len({unit(m) for m in kept}) >= need else people


def infinitive_form(trigger: Hit, ntext: str, ctx: Any) -> bool:
    """The trigger is a verb in its infinitive (``context.infinitive_endings``:
    "متهم کردن", "محکوم کردن"): a verbal noun, which ends no clause."""
    return trigger.entry.affix == "verb" and (
        trigger.end > trigger.base_end
        and ntext[trigger.base_end : trigger.end] in ctx.infinitive_endings
    )


# words between an infinitive and its object ("محکوم کردن این اقدام آمریکا")
INFINITIVE_OBJECT_GAP = 2


def _complement_end(end: int, people: list, ntext: str, ctx: Any) -> int:
    """Where an infinitive's object ends: the group of mentions written right
    after it, joined to it as its complement ("با متهم کردن ایران گفت":
    by accusing Iran, he said), not the next clause's subject; ``end``
    when none follows within ``INFINITIVE_OBJECT_GAP`` words."""
    after = [m for m in people if m.start >= end]
    if not after:
        return end
    groups = coordinated_groups(after, ntext, ctx.conjunctions, ctx.adjacent_coordinated)
    gap = ntext[end : groups[0][0].start]
    if CLAUSE_BREAKS & set(gap) or len(gap.split()) > INFINITIVE_OBJECT_GAP:
        return end
    return max(m.end for m in groups[0])


def earlier_clause_out(s: Sentence, trig: Hit, people: list, ntext: str, ctx: Any) -> list:
    """Where the verb ends its clause, the objects an earlier clause marked
    ("به عربستان و ترکیه سفر کرده بود و قرار است به عمان سفر کند": whom the
    first verb reached) are that verb's, once the trigger's own clause,
    from the earlier verb's end to the trigger, marks its own ("به عمان").
    Only for a deed of the same type told twice, each with its verb (a noun
    heading a phrase, "در آستانه سفر X به Y", takes no clause of its own).
    The subject both clauses share, named unmarked, stays."""
    light, aux = ctx.light_verbs, ctx.auxiliaries
    if verb_end(trig, ntext, light, aux) is None:
        return people
    cut = _same_type_verb_end(s, trig, ntext, light, aux)

    def marked(m: Mention) -> bool:
        return previous_word(ntext, m.start) in ctx.target_preps

    same_type = bool(cut) and any(cut <= m.start < trig.start and marked(m) for m in people)
    if not same_type:
        # after a reaction, all but the shared subject (its first group) were
        # what the reaction was about
        cut = _reaction_verb_end(s, trig, ntext, light, aux)
        if not cut:
            return list(people)  # speed78a: no earlier clause, no groups built
    groups = coordinated_groups(people, ntext, ctx.conjunctions, ctx.adjacent_coordinated)
    if same_type:
        earlier = [g for g in groups if g[0].start < cut and marked(g[0])]
    else:
        earlier = [g for g in groups[1:] if g[0].start < cut]
    return [m for m in people if not any(m in g for g in earlier)]


def _same_type_verb_end(s: Sentence, trig: Hit, ntext: str, light: Any, aux: Any) -> int:
    """Where the last verb of an earlier deed of the trigger's type ends
    before the trigger (0 if none)."""
    same = [t for t in s.triggers if t.entry.value == trig.entry.value]
    ends = [verb_end(t, ntext, light, aux) for t in same]
    return max(
        (e for t, e in zip(same, ends, strict=True) if e and t.end <= e <= trig.start), default=0
    )


def _reaction_verb_end(s: Sentence, trig: Hit, ntext: str, light: Any, aux: Any) -> int:
    """Where the verb of an earlier reaction ends before a joint deed (0 if
    none): "X از Y انتقاد کردند و به ادامه همکاری متعهد شدند" — whom the
    reaction was about is no partner of the pledge the subject made after
    it (prec25fa)."""
    if trig.entry.value not in SYMMETRIC:
        return 0
    ends = [
        verb_end(t, ntext, light, aux)
        for t in s.triggers
        if t.entry.value in REACTIONS - SYMMETRIC and t.end <= trig.start
    ]
    return max((e for e in ends if e and e <= trig.start), default=0)
