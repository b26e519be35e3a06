"""Who only looks on, describes, regrets or judges a deed.

"وصفت الخارجية الهجوم بأنه …", "the army expressed regret over …", "X
حمله به نفتکش را نقض قوانین بین‌المللی خواند": the subject of a verb that
describes, regrets or judges a deed (``status.ONLOOKER_CUES``,
``context.JUDGING_VERBS``, ``JUDGED_PASSIVES``) is no side of it, unless
the deed is its own (``_own_regret``). Each reading drops people from
``parties_of``'s pool by such a cue; together they are the onlookers'
job, apart from the module that orders the steps.
"""

from __future__ import annotations

import re
from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.agent_groups import ARMED_AGENTS
from diplowatch.extract.cue_words import cue_written
from diplowatch.extract.participants import unit
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import WORD_RUN, words_after

# a run of word characters (``re.finditer(r"\w+")``), read only as far as
# a rule counts words

# the cue kinds of one who only looks on (``after_onlooker``)
_ONLOOKING = frozenset({"onlooker", "regret"})


def no_later_describer(s: Sentence, trig: Hit, people: list[Mention], ntext: str) -> list[Mention]:
    """ "قتل 6 أشخاص …، فيما وصف رئيس الوزراء الكندي الهجوم بأنه …": the
    subject right after a later verb that describes or comments on a deed
    (``status.ONLOOKER_CUES``, where the subject follows its verb) only
    speaks of the deed told before it and is no side of it."""
    out = set()
    for cue in s.cues:
        if (
            cue.entry.kind not in _ONLOOKING
            or cue.start < trig.end
            or ntext[cue.end : cue.end + 1] != " "
        ):
            continue
        subject = next((m for m in s.mentions if m.start == cue.end + 1), None)
        if subject is not None:
            out.add(unit(subject))
    return [m for m in people if unit(m) not in out] if out else people


def before_judgement(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """ "X حمله به نفتکش را نقض قوانین بین‌المللی خواند": a deed's noun that
    is the object (``context.OBJECT_MARKERS``) of a verb that calls, deems or
    condemns it (``context.JUDGING_VERBS``) later in its clause is judged,
    not done, by the subject before it; its sides are those named between
    its noun and the object marker."""
    stop = trig.end
    while stop < s.end and ntext[stop] not in CLAUSE_BREAKS:
        stop += 1
    end = _judged_object_end(ntext, trig.end, stop, ctx)
    if end is not None:
        return [m for m in people if trig.start <= m.start < end or m.end == m.start]
    judge = _judged_subject_end(ntext, trig.end, stop, ctx)
    if judge is None:
        return people
    return [m for m in people if not judge <= m.start < stop or m.end == m.start]


def _judged_object_end(ntext: str, start: int, stop: int, ctx: Any) -> int | None:
    """Where the object a judging verb takes ends ("حمله به نفتکش را …
    محکوم کرد": at "را"), the deed's noun standing at ``start``; None when
    no judging verb closes the object."""
    words = WORD_RUN.findall(ntext[start:stop])
    marker = next((i for i, w in enumerate(words) if w in ctx.object_markers), None)
    if marker is None or ctx.conjunctions & set(words[:marker]):
        return None  # "… کشته شدند و مقامات داعش را عامل آن دانستند": another clause
    rest = " " + " ".join(words[marker + 1 : marker + 8]) + " "
    if not any(f" {v} " in rest for v in ctx.judging_verbs):
        return None
    found = re.search(rf"\b{re.escape(words[marker])}\b", ntext[start:stop])
    return start + found.start() if found else stop


def _judged_subject_end(ntext: str, start: int, stop: int, ctx: Any) -> int | None:
    """The passive of the same judgement ("حمله اسرائیل به غزه از سوی ترکیه
    محکوم شد", ``context.JUDGED_PASSIVES``): the deed's noun is the subject,
    the agent after its marker (``AGENT_MARKERS``) the judge, no side of the
    deed; the deed's sides end at the marker (parties33fa)."""
    if not ctx.judged_passives:
        return None
    span, markers = ntext[start:stop], ctx.syntax.agent_markers
    if not (cue_written(span, markers) and cue_written(span, ctx.judged_passives)):
        return None  # speed78a: no agent marker or no judged passive written
    words = [(w.group(), w.start()) for w in WORD_RUN.finditer(span)]
    found = [
        i
        for i in range(len(words))
        if words[i][0] in markers or " ".join(w for w, _ in words[i : i + 2]) in markers
    ]
    if not found or ctx.conjunctions & {w for w, _ in words[: found[-1]]}:
        return None
    # the passive after its agent ("از سوی ترکیه محکوم شد") or before it
    # ("was condemned by Turkey")
    rest = " " + " ".join(w for w, _ in words[found[-1] : found[-1] + 9]) + " "
    lead = " " + " ".join(w for w, _ in words[max(0, found[-1] - 4) : found[-1]]) + " "
    if not any(f" {v} " in rest or lead.endswith(f" {v} ") for v in ctx.judged_passives):
        return None
    at = found[-1]
    # the deed's phrase ends at the passive when it comes first
    for v in ctx.judged_passives:
        if lead.endswith(f" {v} "):
            at -= len(v.split())
    return start + words[max(at, 0)][1]


def after_onlooker(
    s: Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """ "police are investigating the attack on the embassy", "تعازيه لضحايا
    الهجوم", "Commenting on the attack, the minister said …": who only
    investigates, mourns, condoles, comments on or describes a deed named
    after it in the same clause (``status.ONLOOKER_CUES``) takes no part in
    it; the deed's parties are those named after the cue, up to the end of
    the deed's clause (the commenter of an opening phrase comes after it).
    Where the subject follows its verb (``context.SUBJECT_AFTER_VERB``), who
    stands between the cue and the deed is the cue verb's subject ("وصفت
    الخارجية القطرية اقتحام …"): a deed's noun names its own doers after it.
    Regret (``status.REGRET_CUES``) binds alike, but not over one's own deed
    (``_own_regret``)."""
    cue = max(
        (c for c in s.cues if c.entry.kind in _ONLOOKING and c.end <= trig.start),
        default=None,
        key=lambda c: c.end,
    )
    if cue is None or CLAUSE_BREAKS & set(ntext[cue.end : trig.start]):
        return people
    if cue.entry.kind == "regret" and _own_regret(cue, trig, s.mentions, ntext, ctx):
        return people
    stop = trig.end
    while stop < s.end and ntext[stop] not in CLAUSE_BREAKS:
        stop += 1
    begin = trig.start if ctx.subject_after_verb else cue.end
    return [m for m in people if begin <= m.start < stop or m.end == m.start]


def _own_regret(cue: Hit, trig: Hit, mentions: list[Mention], ntext: str, ctx: Any) -> bool:
    """Whether who regrets a deed did it (mendB72): an armed body regrets
    ("The Israeli army expressed regret over its strike", "أعرب الجيش
    الإسرائيلي عن أسفه لقصف مدرسة": a strike is an army's deed, not a
    bystander's), or the deed is marked as the regretter's own
    (``OWN_DEED_MARKS``: "its strike", glued "لقصفها"), or done by a verb
    whose doer is not named after it (``OWN_DEED_VERBS``: "للغارة التي
    شنتها"). Condolences and inquiries stay an onlooker's whoever voices them.
    An armed regretter is no doer of a deed whose phrase names another's
    (``_other_doer_named``, mendE73)."""
    # an armed body that regrets a deed of force did it
    armed = any(m.end <= cue.start and m.agent in ARMED_AGENTS for m in mentions)
    if armed and not _other_doer_named(cue, trig, mentions, ntext, ctx):
        return True
    marks = ctx.own_deed_marks
    gap = ntext[cue.end : trig.start].split()
    if ntext[trig.base_end : trig.end].endswith(marks) or any(w in marks for w in gap):
        return True
    verb = next((w for w in words_after(ntext, trig.end, 4) if w in ctx.own_deed_verbs), None)
    if verb is None:
        return False
    end = ntext.find(verb, trig.end) + len(verb)
    # "شنتها إسرائيل": the doer named after the verb is another's
    return not any(m.start <= end + 1 < m.end for m in mentions)


def _other_doer_named(cue: Hit, trig: Hit, mentions: list[Mention], ntext: str, ctx: Any) -> bool:
    """Whether the deed's own phrase names a doer other than who regrets it
    (mendE73): a state's adjective or genitive next to the deed noun ("the
    Israeli strike", "للقصف الإسرائيلي") or an agent after its marker ("by
    gunmen", "من قبل", "توسط"; ``AGENT_MARKERS``, ``DOER_MARKERS``). Then the
    armed body that regrets it ("The Lebanese army expressed regret over
    …") only looks on."""
    stop = trig.end
    while stop < len(ntext) and ntext[stop] not in CLAUSE_BREAKS:
        stop += 1
    for m in mentions:
        if m.code and cue.end <= m.start < trig.end and m.end > trig.start:
            return True  # the deed noun read with its state: "للقصف الإسرائيلي"
        if m.agent is not None or m.place or m.location_only:
            continue
        before = (
            cue.end <= m.start and m.end <= trig.start and not ntext[m.end : trig.start].strip()
        )
        if before or (m.start >= trig.end and not ntext[trig.end : m.start].strip()):
            return True
    markers = frozenset().union(ctx.syntax.agent_markers, *ctx.doer_markers.values())
    phrase = f" {ntext[trig.end : stop]} "
    return any(f" {w} " in phrase for w in markers)
