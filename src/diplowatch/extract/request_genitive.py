"""The asker of a request told as its noun's genitive (swap107).

"رفضت باكستان طلب الولايات المتحدة استضافة اللاجئين", "وزیر خارجه قطر
از درخواست عربستان … استقبال کرد", "Pakistan rejected the request of the
United States": the request is the genitive's, and the subject of the verb
that governs the noun (who rejects, welcomes or thanks for it) is at most
the one asked. Read by word order, that subject came first and the asker
second. The nouns whose genitive asks are language data
(``ASKER_GENITIVE_NOUNS``), and so are the words that may stand
between the noun and its asker (``ASKER_GENITIVE_LINKS``: Persian
"قبلی"; English opens it with "of" or "from",
``ASKER_GENITIVE_OPENERS``). An invitation's genitive may instead
be whom it invites ("دعوت مردم به حضور", "دعوة المواطنين إلى التصويت";
``INVITED_GENITIVE_NOUNS``): there the genitive asks only when it
is a state or an organisation whole or an office holder, not people at
large or a body ("دعوة اللجنة الوطنية … إلى تقديم", the committee invited),
and not where the noun names the act of inviting (mendB107, ``_inviting_act``).
"""

from __future__ import annotations

from functools import cache

from diplowatch.extract.actor_context import Context
from diplowatch.extract.final_verb import verb_end
from diplowatch.extract.mention import Mention
from diplowatch.extract.received import received_noun
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import EDGE_PUNCT, SEMICOLONS
from diplowatch.text.words import first_words, last_words

# The kinds of a mention that names a state or its city by name ("روسيا",
# "Baghdad"), not by an adjective that may be a person's nationality
# ("النحات الإيطالي"). Not ``attributed._STATE_NAMES``: a city counts here.
_PLACE_NAMES = frozenset({"state", "capital", "city"})
# Words that may stand between the noun and its genitive asker: a link or
# an adjective ("درخواست قبلی دولت بلاروس", "at the invitation of the").
_GAP_WORDS = 3
# mendB107: how many words before an invitation's noun a verb of deciding or
# announcing may stand ("أعلن الكرملين دعوة": its subject between), and how
# many after its genitive a destination may ("لزيارة موسكو", "برای سفر به
# مسکو") or a verb-final announcement ("از دعوت … خبر داد") may.
_ACT_WORDS = 4
_DESTINATION_WORDS = 4
# Single-example figures (diffread72 F12): 12 rests on one sentence of
# review107a, where the announcement closes a long genitive.
_ANNOUNCED_WORDS = 12
_PUNCT = EDGE_PUNCT + SEMICOLONS


@cache
def _gap_words(
    links: frozenset[str], role_links: frozenset[str], openers: frozenset[str]
) -> frozenset[str]:
    """The words that may stand between a request noun and its genitive
    asker: the language's links, role links and openers, united once per
    language (its ``Context``'s sets), not for each trigger and each gap
    word (diffread72 F3)."""
    return links | role_links | openers


def asker_first(trig: Hit, people: list[Mention], ntext: str, ctx: Context) -> list[Mention]:
    """``people`` with a request noun's asker first: the side named right
    after the noun as its genitive (behind at most the language's links).
    Unchanged where the noun has a verb of its own (Persian "درخواست
    کرد"), where the asker is first already or is no side here, where an
    invitation's genitive is whom it invites (``_may_invite``), or where
    the asker's state is named by its name before it (``_named_whole``)."""
    nouns = ctx.asker_genitive_nouns
    word = ntext[trig.base_start : trig.end].split()[-1:]
    if not nouns or not word or word[0] not in nouns or len(people) < 2:
        return people
    if ctx.verb_final and verb_end(trig, ntext, ctx.light_verbs, ctx.auxiliaries) is not None:
        return people
    if received_noun(trig, ntext, ctx):
        # mendB107: "received a request from Sudan": the giver ordering reads
        # "from"; moved here first, the split lost the event
        return people
    asker = _genitive(trig, people, ntext, ctx)
    if asker is None or asker is people[0]:
        return people
    if word[0] in ctx.invited_genitive_nouns and (
        not _may_invite(asker) or _inviting_act(trig, asker, people, ntext, ctx)
    ):
        return people
    if any(_named_whole(m, asker) for m in people):
        return people
    return [asker] + [m for m in people if m is not asker]


def _named_whole(m: Mention, asker: Mention) -> bool:
    """Whether ``m`` names the asker's state or its city by name before it
    ("سيزور روسيا … تلبية لدعوة الرئيس الروسي", "arrived in Baghdad at the
    invitation of the Iraqi prime minister"): the side is that state's
    already, and the later readings put it first; moved here, the state's
    agent went before the state and the event was lost. A person of the
    state's nationality ("نحات … الإيطالي حينما طلب البابا منه") is no such
    name."""
    return (
        m.start < asker.start
        and m.code == asker.code
        and m.agent is None
        and m.kind in _PLACE_NAMES
        and asker.agent is not None
    )


def _genitive(trig: Hit, people: list[Mention], ntext: str, ctx: Context) -> Mention | None:
    """The side right after the noun, behind at most its links; where the
    language marks a genitive with a preposition (``ASKER_GENITIVE_OPENERS``:
    "of", "from"), behind one of those, so an English verb's object ("to
    request the UN to act") is not read as its asker."""
    openers = ctx.asker_genitive_openers
    after = [m for m in people if m.start >= trig.end]
    if not after:
        return None
    first = min(after, key=lambda m: m.start)
    if first.prefix or ntext.startswith(ctx.asker_glued_starts, first.start):
        return None  # "وجهت دعوة لوفد تونسي", "نداء للأحزاب": a glued preposition
    gap = first_words(ntext, trig.end, _GAP_WORDS + 1, stop=first.start)
    links = _gap_words(ctx.asker_genitive_links, ctx.role_links, openers)
    if len(gap) > _GAP_WORDS or any(w not in links for w in gap):
        return None
    if openers and not (gap and gap[0] in openers):
        return None
    return first


def _may_invite(m: Mention) -> bool:
    """Whether a side may be an invitation's sender: a state or an
    organisation whole (no agent) or anyone holding an office; a body
    ("دعوة اللجنة الوطنية … إلى تقديم") is as often whom it invites."""
    return m.agent is None or m.role is not None


def _inviting_act(
    trig: Hit, guest: Mention, people: list[Mention], ntext: str, ctx: Context
) -> bool:
    """mendB107: whether the invitation's noun names the act of inviting,
    so that its genitive is the guest: a verb of deciding, proposing or
    announcing governs it ("أعلن الكرملين دعوة الرئيس الإيراني", "قرر الاتحاد
    دعوة مصر"; ``INVITING_ACT_VERBS``), a verb-final announcement
    follows it ("از دعوت … خبر داد"; ``INVITING_ACT_AFTER``), or
    another side's state or city is named as the destination right after the
    genitive ("دعوة الرئيس الإيراني لزيارة موسكو";
    ``INVITED_DESTINATION_MARKERS``)."""
    before = last_words(ntext, trig.base_start, _ACT_WORDS)
    if any(w in ctx.inviting_act_verbs for w in before):
        return True
    words = [w.strip(_PUNCT) for w in first_words(ntext, trig.end, _ANNOUNCED_WORDS)]
    after = " " + " ".join(words) + " "
    if any(f" {p} " in after for p in ctx.inviting_act_after):
        return True
    markers = ctx.invited_destination_markers
    return any(
        m.start > guest.end
        and m.code != guest.code
        and m.kind in _PLACE_NAMES
        and _after_marker(first_words(ntext, guest.end, _DESTINATION_WORDS + 1, m.start), markers)
        for m in people
    )


def _after_marker(gap: list[str], markers: frozenset[str]) -> bool:
    """Whether the words between the guest and a place (the first
    ``_DESTINATION_WORDS`` + 1 of them) hold a destination marker, within
    ``_DESTINATION_WORDS`` words ("لزيارة", "سفر به")."""
    return len(gap) <= _DESTINATION_WORDS and any(w in markers for w in gap)
