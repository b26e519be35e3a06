"""An arrest, a sentence or a siege is the authorities' deed, not the held's.

A seizure of people (COERCE: arrests, detentions, sentences, interrogations,
sieges, bans) is told with the held first as often as not: the passive
("چند نفر … بازداشت شدند", "محکوم شدند"), a clause whose subject is the
held ("با برخورد نیروهای انتظامی مواجه شده و بازداشت شدند"), a nominal whose
genitive is the held ("اعتقال قوات الاحتلال 480 فلسطينيا"). The side then
reads the held civilians as the doers and the police, court or army as
whom they coerced — reversed. ONTOLOGY.md's agents settle it: civilians,
criminals, activists, workers, students, journalists or refugees do not
arrest, sentence or besiege the police, a court, an army or a government;
where such a side comes first and an authority is in the side, the
authority did the deed and goes first. Taking captives is the exception
(a gang kidnapping policemen, a man holding his family hostage): a trigger
with a word of captivity (``context.CAPTIVE_TAKING``: "اختطاف", "ربود",
"گروگان", "kidnap") keeps the order the sentence gave. An authority right after a word of
attack is its victim, not a holder ("أقدم رجل على قتل شرطي … واحتجاز عدد من
أفراد عائلته": the man killed a policeman and held his family).
"""

from __future__ import annotations

import re

from diplowatch.extract.agent_groups import HOLDING_AUTHORITIES
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import CLAUSE_BREAKS

# The agents that coerce people on the state's behalf are
# ``HOLDING_AUTHORITIES`` (ONTOLOGY.md: police, courts, armed forces,
# government).
# The agents that are held, tried or besieged, never the holders of those.
# arrested68fa: activists (NGO since agents57fa: "فعالان محیط زیست",
# "ناشطون", "activists") and non-governmental bodies arrest and sentence no
# one on the state's behalf either.
HELD = frozenset({"CVL", "CRM", "OPP", "LAB", "EDU", "MED", "REF", "NGO"})
# How many words after the deed its doer may stand (verb, then subject).
_AFTER_WORDS = 3
# How many words before a deed noun a verb of doing may stand ("قامت مجموعة
# من المحتجين باحتجاز": the verb, then its subject).
_SUPPORT_WORDS = 6
# How many plain words may stand between a doer marker and the held kind
# it names ("by angry protesters", "by the students").
_MARKER_GAP = 2
_BREAK = re.compile("[" + re.escape("".join(sorted(CLAUSE_BREAKS))) + "]")


def authorities_first(
    side: list[Mention],
    trig: Hit,
    attacks: list[int],
    ntext: str,
    captive: tuple[str, ...],
    active: bool,
    markers: frozenset[str] = frozenset(),
) -> list[Mention]:
    """``side`` with its first authority moved before a held first side.

    ``trig`` is the deed: a kidnapping or a hostage taking (any of
    ``captive`` in its words) is a deed the held kinds do commit, so its
    order stays. Rebels (REB) are no held kind: armed movements capture
    towns and soldiers. ``attacks`` are where the sentence's words of
    attack end: an authority right after one is struck, not holding.
    ``active``: the deed is told by an active verb, whose subject the
    sentence names as its doer ("Protesters detained two policemen",
    lead23): an authority after the held there is their object.
    ``markers`` are the language's doer markers: a held kind right after
    one is named as the doer ("detained by protesters", "توسط فعالان")."""
    if len(side) < 2 or side[0].agent not in HELD or _after_marker(side[0], ntext, markers):
        return side
    if any(w in ntext[trig.start : trig.end] for w in captive):
        return side
    at = next((i for i, m in enumerate(side) if _holder(m, trig, attacks, ntext, side)), None)
    if at is None or (active and side[at].start > side[0].start):
        return side
    return [side[at], *side[:at], *side[at + 1 :]]


def _after_marker(m: Mention, ntext: str, markers: frozenset[str]) -> bool:
    """Whether a doer marker ("by", "توسط", "على يد") ends right before
    ``m``, or up to ``_MARKER_GAP`` plain words before it ("by angry
    protesters"): the sentence names that held kind as the deed's doer, so
    the authority beside it is whom they held (mendD68)."""
    before = ntext[max(0, m.start - 80) : m.start].split()
    for gap in range(_MARKER_GAP + 1):
        head = before[: len(before) - gap]
        if gap and not all(w.isalpha() for w in before[len(before) - gap :]):
            return False
        if any(
            0 < len(w.split()) <= len(head) and head[-len(w.split()) :] == w.split()
            for w in markers
        ):
            return True
    return False


def _holder(m: Mention, trig: Hit, attacks: list[int], ntext: str, side: list[Mention]) -> bool:
    """Whether ``m`` is an authority placed as a deed's doer is: before it
    (the subject, a passive's agent marked before a Persian verb), or within
    ``_AFTER_WORDS`` words after it (an Arabic verb's subject); after a deed
    noun only as its genitive, with nothing but the side's other mentions
    and numbers between ("اعتقال قوات الاحتلال 480 فلسطينيا"; not "اعتقال
    ناشطين انتقدوا الحكومة", the object of a relative clause: mendC67). Not
    one struck by an attack. One further on belongs to another clause ("…
    على البوابات الرئيسية الخارجية": an adjective read as the foreign
    ministry)."""
    if m.agent not in HOLDING_AUTHORITIES:
        return False
    if any(not ntext[e : m.start].strip() for e in attacks if e <= m.start):
        return False
    if m.start < trig.start:
        return True
    if trig.entry.affix != "verb":
        return _genitive(m, trig, ntext, side)
    return len(ntext[trig.end : m.start].split()) <= _AFTER_WORDS


def _genitive(m: Mention, trig: Hit, ntext: str, side: list[Mention]) -> bool:
    """Whether only the side's other mentions and numbers stand between a
    deed noun and ``m``: ``m`` is the noun's genitive or follows its held
    object directly, no verb of a relative clause between."""
    gap = list(ntext[trig.end : m.start])
    for other in side:
        if other is not m and trig.end <= other.start and other.end <= m.start:
            gap[other.start - trig.end : other.end - trig.end] = " " * (other.end - other.start)
    words = "".join(gap).split()
    return len(words) <= _AFTER_WORDS and all(w.isdigit() for w in words)


def told_by_support(
    trig: Hit, ntext: str, supports: frozenset[str], prefixes: frozenset[str]
) -> bool:
    """Whether a deed noun with a clitic of ``prefixes`` follows a verb of
    doing (``context.DEED_ACTIVE_SUPPORTS``) within ``_SUPPORT_WORDS`` words
    of its clause: "قامت مجموعة من المحتجين باحتجاز ضابطين" tells the deed
    actively, its subject the doer, as "احتجز المحتجون ضابطين" would (mendC67)."""
    if not supports or trig.prefix not in prefixes:
        return False
    clause = _BREAK.split(ntext[max(0, trig.start - 120) : trig.start])[-1]
    return bool(supports & set(clause.split()[-_SUPPORT_WORDS:]))
