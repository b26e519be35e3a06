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

from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit

# The agents that coerce people on the state's behalf (ONTOLOGY.md: police,
# courts, armed forces, government).
AUTHORITIES = frozenset({"COP", "JUD", "MIL", "GOV"})
# The agents that are held, tried or besieged, never the holders of those.
# arrested68fa: activists (NGO since agents57fa: "فعالان محیط زیست",
# "ناشطون", "activists") and non-governmental bodies arrest and sentence no
# one on the state's behalf either.
HELD = frozenset({"CVL", "CRM", "OPP", "LAB", "EDU", "MED", "REF", "NGO"})
# How many words after the deed its doer may stand (verb, then subject).
_AFTER_WORDS = 3


def authorities_first(
    side: list[Mention],
    trig: Hit,
    attacks: list[int],
    ntext: str,
    captive: tuple[str, ...],
    active: bool,
) -> list[Mention]:
    """``side`` with its first authority moved before a held first side.

    ``trig`` is the deed: a kidnapping or a hostage taking (any of
    ``captive`` in its words) is a deed the held kinds do commit, so its
    order stays. Rebels (REB) are no held kind: armed movements capture
    towns and soldiers. ``attacks`` are where the sentence's words of
    attack end: an authority right after one is struck, not holding.
    ``active``: the deed is told by an active verb, whose subject the
    sentence names as its doer ("Protesters detained two policemen",
    lead23): an authority after the held there is their object."""
    if len(side) < 2 or side[0].agent not in HELD:
        return side
    if any(w in ntext[trig.start : trig.end] for w in captive):
        return side
    at = next((i for i, m in enumerate(side) if _holder(m, trig, attacks, ntext)), None)
    if at is None or (active and side[at].start > side[0].start):
        return side
    return [side[at], *side[:at], *side[at + 1 :]]


def _holder(m: Mention, trig: Hit, attacks: list[int], ntext: str) -> bool:
    """Whether ``m`` is an authority placed as a deed's doer is: before it
    (the subject, a passive's agent marked before a Persian verb), or within
    ``_AFTER_WORDS`` words after it (an Arabic verb's subject, a noun's
    genitive: "اعتقال قوات الاحتلال"); not one struck by an attack. One
    further on belongs to another clause ("… على البوابات الرئيسية
    الخارجية": an adjective read as the foreign ministry)."""
    if m.agent not in AUTHORITIES:
        return False
    if any(not ntext[e : m.start].strip() for e in attacks if e <= m.start):
        return False
    return m.start < trig.start or len(ntext[trig.end : m.start].split()) <= _AFTER_WORDS
