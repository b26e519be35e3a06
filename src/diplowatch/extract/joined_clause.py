"""A second clause joined by "و"/"and" that names its own subject.

"انسحب ترامب من الاتفاق وهددت إيران بإغلاق المضيق", "Turkey's economy is
weak and police arrested the protesters": the new clause has a subject of
its own, and that subject does its verb's deed. Who is named in the first
clause is no side of it; taken as the first side of the sentence, he was
read as the doer (Trump threatening Iran, Turkey arresting its police).

Arabic puts that subject right after the verb (VSO): a perfect verb with
"و/ف" glued to it (``CARRIED_SUBJECT_JOINS``) or after "ثم"
(``VERB_FIRST_CLAUSE_LEADS``) whose next group, with no word between, is
not marked as an object (``carried_subject.subject_right_after``). English
puts it between the joiner and the verb ("and police arrested",
``SUBJECT_CLAUSE_JOINERS``): the joiner must close a clause with a verb
(a trigger or cue of the sentence, or ``CLAUSE_VERBS``: "is", "was") and
no list ("France and Germany condemned": the joiner right after a name).
A shared subject ("وصل الوزير والتقى نظيره", "arrived and met his
counterpart") names no subject after the joiner, or names only the
other side of a two-sided deed: the first clause's sides are kept then.
Persian is read by ``subclause_subject`` (its verb ends the clause)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplowatch.event_types import having
from diplowatch.extract.carried_subject import subject_right_after
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.breaks import first_break
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import words_before

if TYPE_CHECKING:
    from diplowatch.extract.actor_context import Context
    from diplowatch.extract.sentence import Sentence

_ONE_SIDED = having("one_sided")
# Words an English subject may stand before its verb ("police have arrested").
_REACH = 3
# Words between the joiner and the subject ("and the police", "and then police").
_LEAD_GAP = 1


def joined_clause_people(
    s: Sentence, trig: Hit, etype: str, people: list[Mention], ntext: str, ctx: Context
) -> list[Mention]:
    """``people`` without those of the first clause when ``trig`` is the
    verb of a joined clause that names its own subject; ``people``
    unchanged otherwise, or when the new clause alone names too few sides
    (a two-sided deed whose other side was named before)."""
    if trig.entry.affix != "verb" or len(people) < 2:
        return people
    groups = coordinated_groups(people, ntext, ctx.coordinators, ctx.adjacent_coordinated)
    people = _before_next_clause(s, trig, people, groups, ntext, ctx)
    start = _verb_first_clause(trig, groups, ntext, ctx)
    if start is None:
        start = _subject_first_clause(s, trig, groups, ntext, ctx)
    if start is None:
        return people
    close = first_break(ntext, trig.end, max(m.start for m in people) + 1, CLAUSE_BREAKS)
    inside = [m for m in people if start <= m.start < close]
    if not inside or len(inside) == len(people):
        return people
    subject = next(g for g in groups if g[0].start >= start)
    others = {(m.code, m.agent) for m in inside if m not in subject}
    if etype not in _ONE_SIDED and not others - {(m.code, m.agent) for m in subject}:
        return people  # "… والتقى نظيره": one side after the verb, the other before
    return inside


def _verb_first_clause(
    trig: Hit, groups: list[list[Mention]], ntext: str, ctx: Context
) -> int | None:
    """Where a verb-first clause joined to an earlier one starts (at its
    verb): "و/ف" glued to the verb or a lead before it ("ثم"), and an
    unmarked subject right after it ("وهددت إيران"); None otherwise."""
    if not ctx.carry_joins:
        return None
    glued = bool(trig.prefix) and trig.prefix in ctx.carry_joins
    lead = words_before(ntext, trig.start, 1)
    if not glued and not (lead and lead[-1] in ctx.verb_first_leads):
        return None
    after = [g for g in groups if g[0].start >= trig.end]
    if not after or not any(g[-1].end <= trig.start for g in groups):
        return None
    if not subject_right_after(trig, after[0], ntext, ctx) or _no_subject_after(
        trig, after[0], ntext, ctx
    ):
        return None
    return trig.start


def _no_subject_after(trig: Hit, first: list[Mention], ntext: str, ctx: Context) -> bool:
    """Whether the verb-first trigger can have no subject after it: a noun
    with the article ("والقضاء على"), a verb written with its plural
    subject ("ودهسوا المارة"), a participle that shares the earlier
    subject (``SUBJECT_SHARING_PARTICIPLES``), or a verb whose next noun is
    indefinite and accusative ("وقتلت رجلا": the object)."""
    verb = ntext[trig.start : trig.end].split()[0]
    if verb.startswith(ctx.definite_starts) or verb.endswith(ctx.accusative_verb_endings):
        return True
    if verb[len(trig.prefix) :] in ctx.sharing_participles:
        return True  # "ومحملة الخاطفين المسؤولية": a participle shares its subject
    words = ntext[first[0].start : first[-1].end].split()
    if first[0].kind == "state" or not words or words[0].startswith(ctx.definite_starts):
        return False
    return words[-1].endswith(ctx.accusative_endings) and words[-1] not in ctx.accusative_not_nouns


def _subject_first_clause(
    s: Sentence, trig: Hit, groups: list[list[Mention]], ntext: str, ctx: Context
) -> int | None:
    """Where a subject-first clause joined to a finished one starts (at its
    subject): a joiner ("and", "but"), a subject group right after it and
    the verb close after that group ("and police arrested"), the joiner
    closing a clause with a verb of its own; None otherwise."""
    if not ctx.subject_clause_joiners:
        return None
    before = [g for g in groups if g[-1].end <= trig.start]
    if len(before) < 2:
        return None
    subject = before[-1]
    between = ntext[subject[-1].end : trig.start]
    if len(between.split()) > _REACH or CLAUSE_BREAKS & set(between):
        return None
    lead = ntext[before[-2][-1].end : subject[0].start].split()
    joiners = [i for i, w in enumerate(lead) if w.strip(",") in ctx.subject_clause_joiners]
    if not joiners or len(lead) - joiners[-1] - 1 > _LEAD_GAP:
        return None
    at = ntext.rfind(lead[joiners[-1]], 0, subject[0].start)
    if joiners[-1] == 0 or not _finished_clause(s, at, ntext, ctx):
        return None  # "France and Germany condemned": a list
    return subject[0].start


def _finished_clause(s: Sentence, at: int, ntext: str, ctx: Context) -> bool:
    """Whether a verb stands before the joiner at ``at`` in its clause: a
    trigger or cue of the sentence, or a verb of ``CLAUSE_VERBS`` ("is")."""
    lo = max(s.start, at - 200)
    begin = max((lo, *(i + 1 for i in range(lo, at) if ntext[i] in CLAUSE_BREAKS)))
    hits = (*s.triggers, *s.cues)
    if any(begin <= h.start and h.end <= at and h.entry.affix == "verb" for h in hits):
        return True
    return bool(set(ntext[begin:at].split()) & ctx.clause_verbs)


def _before_next_clause(
    s: Sentence,
    trig: Hit,
    people: list[Mention],
    groups: list[list[Mention]],
    ntext: str,
    ctx: Context,
) -> list[Mention]:
    """``people`` without those of a later joined clause with its own
    subject ("انسحب ترامب من الاتفاق وهددت إيران …": Iran is no side of the
    withdrawal); unchanged when no one would be left."""
    later = sorted(
        (h for h in (*s.triggers, *s.cues) if h.start >= trig.end), key=lambda h: h.start
    )
    for verb in later:
        if verb.entry.affix != "verb":
            continue
        start = _verb_first_clause(verb, groups, ntext, ctx)
        if start is None:
            start = _subject_first_clause(s, verb, groups, ntext, ctx)
        if start is not None:
            kept = [m for m in people if m.start < start]
            return kept or people
    return people
