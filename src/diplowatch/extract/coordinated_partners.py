"""Partners named "in coordination with" are no side a deed is done to (recall75fa).

"بلینکن گفت در هماهنگی با بریتانیا، اسرائیل، رومانی و دیگر کشورها، پاسخی
جمعی به ایران داده می‌شود": the states after "در هماهنگی با" act with the
speaker's side; the threat is made to Iran. Read as ordinary mentions, the
list stood where the object of a directed deed stands, and the threat went
to Britain, Israel and Romania. A list that comes right after one of the
language's openers of coordination (``context.COORDINATION_OPENERS``) is
dropped from the people of a one-way event, also where the opener, a
co-actor link too, had joined it to the list before it (left78); the deed
is then read between the others. A language without openers drops nobody; so does a symmetric
event (a coordination is itself one: ``COOPERATE``), and an event whose
people would all be dropped.
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.coordination import coordinated_groups
from diplowatch.extract.cue_words import cue_written
from diplowatch.extract.mention import Mention
from diplowatch.text.punctuation import COMMAS

# How far before a list's head its opener is read, in characters.
_WINDOW = 40
# What may stand between two listed members: a comma (Latin or Arabic) and spaces.
_COMMA_LINK = COMMAS + " "


def without_coordinated_partners(
    people: list[Mention], text: str, ctx: Context, symmetric: bool
) -> list[Mention]:
    """``people`` but the lists opened by a word of coordination
    (``ctx.coordination_openers``) in a one-way event; all of them when
    nobody else would be left."""
    if symmetric or not ctx.coordination_openers or len(people) < 2:
        return people
    reach = text[max(0, min(m.start for m in people) - _WINDOW) : max(m.start for m in people)]
    if not cue_written(reach, ctx.coordination_openers):  # speed77: no opener written
        return people
    groups = coordinated_groups(people, text, ctx.coordinators, ctx.adjacent_coordinated)
    dropped: set[int] = set()
    for group in groups:
        at = _opened_at(group, text, ctx)
        if at is not None:
            dropped.update(m.start for m in _partner_list(group[at:], text, ctx))
    kept = [m for m in people if m.start not in dropped]
    return kept if kept else people


def _opened_at(group: list[Mention], text: str, ctx: Context) -> int | None:
    """Where in ``group`` a partner list begins: the first member right
    after an opener of coordination. The opener is also a co-actor link
    (``context.COACTOR_LINKS``), so the partners may have joined the group
    before them: the doer's ("Turkish troops, in coordination with Russia,
    attacked …") or the object's ("اعتقلت القوات العراقية عشرة مسلحين
    بالتنسيق مع الولايات المتحدة": the US arrested no one and was not
    arrested); the partner is neither side of the one-way deed (left78)."""
    openers = tuple(ctx.coordination_openers)
    for at, member in enumerate(group):
        before = " ".join(text[max(0, member.start - _WINDOW) : member.start].split())
        if before.endswith(openers):
            return at
    return None


def _partner_list(group: list[Mention], text: str, ctx: Context) -> list[Mention]:
    """The members of ``group`` that the partner list holds: where the
    group's last link is a bare comma and no conjunction runs on after its
    last member, that comma closes the phrase and the member after it is
    the clause's own ("در هماهنگی با آمریکا، ایران را تهدید کرد": Iran is
    the one threatened; "با آلمان، ایتالیا و اسپانیا، روسیه را"); a list
    running on ("با بریتانیا، اسرائیل، رومانی و دیگر کشورها") is held
    whole (review mends, mendA76)."""
    if len(group) < 2 or not _is_comma(text[group[-2].end : group[-1].start]):
        return group
    after = text[group[-1].end : group[-1].end + _WINDOW].split()
    if after and after[0] in ctx.conjunctions and not _is_comma(after[0]):
        return group
    return group[:-1]


def _is_comma(link: str) -> bool:
    """Whether the words between two members are a bare comma."""
    return bool(link.strip()) and all(ch in _COMMA_LINK for ch in link)
