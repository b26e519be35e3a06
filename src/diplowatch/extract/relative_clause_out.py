"""The parties of a relative clause are not the main verb's.

"حزب‌الله که از سوی ایران حمایت می‌شود به مواضع اسرائیل حمله کرد": the
agent of a relative clause's passive verb, the sides of another deed a
relative clause tells, the antecedent before a deed, and (where the verb
comes first) the object of a relative verb after the trigger are no party
of the main verb; each is kept whole when that leaves too few. One job —
setting a relative clause's people apart — that ``parties``' reading by
word order calls.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import previous_word
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.final_verb import verb_end
from diplowatch.extract.interlocutor import verb_object
from diplowatch.extract.participants import unit
from diplowatch.extract.party_traits import COMMENTS, one_sided
from diplowatch.extract.relative_deed import opened_on_deed
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import longer_than, padded


def relative_agents_out(
    trigger: Hit, people: list, ntext: str, ctx: Any, etype: str, mode: str
) -> list:
    """Where the verb ends its clause, a relative clause stands between a
    subject and its verb ("حزب‌الله که از سوی ایران حمایت می‌شود به مواضع
    اسرائیل حمله کرد"): the agent of its passive verb (``AGENT_MARKERS``
    after ``PASSIVE_RELATIVE_OPENERS``, a ``PASSIVE_VERBS`` verb before the
    trigger) is no party of the main verb. Kept whole when that leaves too
    few."""
    end = verb_end(trigger, ntext, ctx.light_verbs, ctx.auxiliaries) or trigger.end
    own = f" {' '.join(ntext[trigger.end : end + 30].split()[:3])} "
    if any(map(own.__contains__, padded(ctx.passive_verbs))):
        return people  # the main verb is passive too: its agent may be any of them
    first = [m for m in people if _relative_agent(m, trigger, ntext, ctx)]
    if not first:
        return people
    # "که از سوی استونی و نروژ ارائه شد": the whole list after the marker
    groups = coordinated_groups(people, ntext, ctx.conjunctions, ctx.adjacent_coordinated)
    dropped = [x for g in groups if any(m in g for m in first) for x in g]
    kept = [m for m in people if m not in dropped]
    need = 1 if one_sided(etype, mode, ctx) else 2
    return kept if len({unit(m) for m in kept}) >= need else people


def relative_deed_out(
    s: Sentence, trigger: Hit, people: list, ntext: str, ctx: Any, etype: str, mode: str
) -> list:
    """Where the verb ends its clause, a relative clause before it whose own
    verb tells another event ("ما به حزب‌الله برای موشک‌هایی که مواضع اسرائیل
    را هدف قرار داد تبریک می‌گوییم": Israel was struck, not congratulated)
    names that event's sides, not those of the main verb, a saying or a
    comment (a deed's relative clause may name where it is): from its opener
    (``PASSIVE_RELATIVE_OPENERS``, not after a verb, where it opens what is
    said) to that verb's end. Kept whole when that leaves too few."""
    spans = [span for t in s.triggers if (span := _relative_clause(s, t, trigger, ntext, ctx))]
    if not spans:
        return people
    kept = [
        m
        for m in people
        if not any(a <= m.start < b for a, b in spans)
        or (etype in COMMENTS and _clause_subject(s, m, spans, ntext, ctx))
    ]
    need = 1 if one_sided(etype, mode, ctx) else 2
    return kept if len({unit(m) for m in kept}) >= need else people


def _clause_subject(
    s: Sentence, m: Any, spans: list[tuple[int, int]], ntext: str, ctx: Any
) -> bool:
    """``m`` is the subject of one of the relative clauses ``spans`` opened
    on a deed's noun: named right after its opener and not marked as an
    object ("تحریم‌هایی را که اتحادیه اروپا علیه روسیه اعمال کرد محکوم کرد":
    the EU did the deed condemned and is whom the comment blames, as English
    "condemned the sanctions that the EU imposed" reads); the target named
    after it stays out. A clause on a person or a thing is left as it was."""
    for a, b in spans:
        if a <= m.start < b and len(ntext[a : m.start].split()) == 1:
            opener = ntext.find(ntext[a:b].split()[0], a)
            return opened_on_deed(s, opener, ntext, ctx) and not verb_object(m, ntext, ctx)
    return False


# How many words a deed's noun and its complements ("حمله به روستا را") may
# stand before the opener of a relative clause on it.
_ANTECEDENT_WORDS = 8


def before_deed_antecedent_out(
    s: Sentence, trigger: Hit, people: list, ntext: str, ctx: Any
) -> list:
    """A deed's verb in a relative clause on a deed's noun ("X حمله به روستا
    را که ده نفر را کشت محکوم کرد": the attack that killed ten) has the
    noun's deed as its subject: who stands before that noun (the subject
    of the verb that condemns or reports it) did neither. Its sides are
    those named from the noun on; none when only the condemner stood there
    (bystander30). Only before a comment's verb: who carried the deed out
    ("انجام داد") stands there too."""
    noun = _deed_antecedent(s, trigger, ntext, ctx)
    if noun is None or not any(
        t.start >= trigger.end and t.entry.value in COMMENTS for t in s.triggers
    ):
        return people  # "X حمله‌ای را که … کشت انجام داد": X did it
    return [m for m in people if m.start >= noun]


def _deed_antecedent(s: Sentence, trigger: Hit, ntext: str, ctx: Any) -> int | None:
    """Where the word of a deed of force (``Sentence.force_words``) stands
    that the relative clause holding ``trigger`` is opened on
    (``PASSIVE_RELATIVE_OPENERS`` a few words after it, with no clause
    break between), or None."""
    lead = ntext[s.start : trigger.start]
    at = max((lead.rfind(f" {w} ") for w in ctx.passive_relative_openers), default=-1)
    if at < 0 or CLAUSE_BREAKS & set(lead[at:]):
        return None
    opener = s.start + at
    before = [w for w in s.force_words if w < opener]
    if not before:
        return None
    noun = max(before)
    gap = ntext[noun:opener]
    if len(gap.split()) > _ANTECEDENT_WORDS or CLAUSE_BREAKS & set(gap):
        return None
    return noun


def _relative_clause(
    s: Sentence, t: Hit, trigger: Hit, ntext: str, ctx: Any
) -> tuple[int, int] | None:
    """The span of the relative clause whose verb is trigger ``t``, closed
    before ``trigger``, or None."""
    if t.end > trigger.start or t.entry.value == trigger.entry.value:
        return None
    end = verb_end(t, ntext, ctx.light_verbs, ctx.auxiliaries)
    if end is None or end > trigger.start:
        return None
    lead = ntext[s.start : t.start]
    at = max((lead.rfind(f" {w} ") for w in ctx.passive_relative_openers), default=-1)
    if at < 0 or CLAUSE_BREAKS & set(lead[at:]):
        return None
    before = previous_word(ntext, s.start + at + 1)
    if before in ctx.light_verbs or before in ctx.auxiliaries:
        return None  # "اعلام کرد که …": what is said, no relative clause
    return s.start + at, end


def relative_objects_out(
    s: Sentence, trigger: Hit, people: list, ntext: str, ctx: Any, etype: str, mode: str
) -> list:
    """Where objects follow the verb, a relative clause on the verb's object
    may tell a deed of its own ("رفض القرار الذي أصدره ترامب ويحظر دخول
    المسافرين من ليبيا", "criticised the law that bars Syrian refugees from
    working"): who is named after that clause's verb (a trigger of another
    event) is its object, no addressee of the main verb; who wrote the
    object ("ترامب") stands before it and stays. Kept whole when that
    leaves too few."""
    if trigger.entry.affix != "verb":
        return people
    inner = _relative_verb_after(s, trigger, ntext, ctx)
    if inner is None:
        return people
    kept = [m for m in people if m.start < inner.end or m.kind == "pair"]
    need = 1 if one_sided(etype, mode, ctx) else 2
    return kept if len({unit(m) for m in kept}) >= need else people


def _relative_verb_after(s: Sentence, trigger: Hit, ntext: str, ctx: Any) -> Hit | None:
    """The first verb trigger of another event after ``trigger`` in its
    clause with a relative pronoun (``RELATIVE_PRONOUNS``) between them."""
    for t in s.triggers:
        if t.start <= trigger.end or t.entry.affix != "verb":
            continue
        if t.entry.value == trigger.entry.value:
            continue  # the same event told again
        gap = ntext[trigger.end : t.start]
        if CLAUSE_BREAKS & set(gap):
            return None
        words = gap.replace(",", " ").split()
        return t if set(words) & ctx.syntax.relatives else None
    return None


def _relative_agent(m: Any, trigger: Hit, ntext: str, ctx: Any) -> bool:
    """``m`` is the agent of a passive verb in a relative clause closed before ``trigger``."""
    if m.end > trigger.start or not ctx.passive_relative_openers:
        return False
    lead = ntext[max(0, m.start - 40) : m.start].rstrip()
    markers = ctx.syntax.agent_markers
    if "" not in markers and not lead.endswith(longer_than(markers)):
        return False  # no marker ends the lead: one test in C first (speed81)
    marker = next((a for a in markers if lead.endswith(a)), None)
    if marker is None:
        return False
    opener = lead[: len(lead) - len(marker)].split()[-1:]
    if not opener or opener[0] not in ctx.passive_relative_openers:
        return False
    between = f" {' '.join(ntext[m.end : trigger.start].split())} "
    return any(f" {v} " in between for v in ctx.passive_verbs)
