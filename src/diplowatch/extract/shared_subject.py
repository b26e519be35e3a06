"""A second clause that shares the first clause's subject, not its objects.

"رؤسای جمهور روسیه و چین از تحریم‌های آمریکا انتقاد کردند و توافقنامه
همکاری اقتصادی امضا کردند": the clause after "و" names no subject of its
own, so the presidents, the first clause's subject, sign; the United States
was what they criticised, told inside the first clause between its subject
and its verb, and is no side of the signing. Persian writes each clause's
objects before its verb, so whoever stands between the shared subject and
the verb that ends the first clause belongs to that clause alone.

A clause joined after a verb that names a subject of its own is read by
``subclause_subject`` (its sides are its own). Only a joiner right after a
verb opens a clause ("X و Y", after no verb, is a list); only an unmarked
subject at the head of the first clause is shared (one behind a preposition
or followed by "را" is an object, the subject dropped); a deed that needs
two sides keeps the first clause's people when the shared subject and the
new clause name only one."""

from __future__ import annotations

from diplowatch.event_types import having
from diplowatch.extract.actor_context import Context
from diplowatch.extract.actors import Mention
from diplowatch.extract.home_country import phrase_stops
from diplowatch.extract.participants import coordinated_groups, unit
from diplowatch.extract.scan import Hit
from diplowatch.extract.subclause_subject import joined_clause_start
from diplowatch.extract.titles import previous_word

_ONE_SIDED = having("one_sided")


def shared_subject_people(
    trig: Hit, etype: str, people: list[Mention], ntext: str, ctx: Context
) -> list[Mention]:
    """``people`` without those named between the shared subject and the
    verb that ends the first clause, where ``trig`` stands in a clause
    joined after that verb that names no subject of its own — its verb or a
    noun of it ("توافقنامه … امضا کردند") (parties78fa); ``people``
    unchanged otherwise."""
    if not ctx.verb_final or len(people) < 2:
        return people
    joiner = joined_clause_start(trig, ntext, ctx)
    if joiner is None:
        return people
    groups = coordinated_groups(people, ntext, ctx.coordinators, ctx.adjacent_coordinated)
    subject = groups[0]
    if subject[-1].end > joiner or not _unmarked(subject, ntext, ctx):
        return people
    dropped = [m for m in people if subject[-1].end <= m.start < joiner]
    kept = [m for m in people if m not in dropped]
    if not dropped or not kept:
        return people
    if etype not in _ONE_SIDED and len({unit(m) for m in kept}) < 2:
        return people  # "… انتقاد کرد و با او دیدار کرد": the other side is before
    return kept


def _unmarked(subject: list[Mention], ntext: str, ctx: Context) -> bool:
    """Whether the group stands as a subject: no preposition right before it
    and no object marker right after it ("از آمریکا", "ایران را")."""
    stops = phrase_stops(ctx)
    before = previous_word(ntext, subject[0].start)
    after = ntext[subject[-1].end : subject[-1].end + 12].split()[:1]
    return before not in stops and not (after and after[0] in ctx.object_markers)
