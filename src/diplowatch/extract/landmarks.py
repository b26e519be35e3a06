"""Bodies named as landmarks: a place near which something happened.

"An attack near the British parliament", "قرب البرلمان البريطاني": the
parliament is where the attack was, not its doer. The scan already marks such
a body when no country comes with it (``MentionScan._orphan_place``); a body
written with its state's name or adjective becomes a coded mention by another
path, and this pass gives it the same reading, so neither it nor its state
becomes a side of the deed.
"""

from __future__ import annotations

from diplowatch.extract.actor_context import Context
from diplowatch.extract.mention import Mention

# How far before a body its preposition of nearness may stand: "near the
# British parliament building" has two words between them.
_WORDS_BEFORE = 3
_CHARS_BEFORE = 40
# The bodies whose seat is a landmark: a parliament or a court building.
# Forces move with their deed ("clashed near the border with Turkish forces")
# and an embassy near which people rally is whom they protest to.
_LANDMARK_AGENTS = frozenset({"LEG", "JUD"})


def near_landmarks(text: str, mentions: list[Mention], ctx: Context) -> None:
    """Mark as places the coded seats of bodies (``_LANDMARK_AGENTS``, no
    personal role) that a preposition of nearness
    (``context.NEAR_PREPOSITIONS``) stands a few words before, with no other
    mention between them."""
    if not ctx.near_preps:
        return
    for m in mentions:
        if m.place or m.role or not m.code or m.agent not in _LANDMARK_AGENTS:
            continue
        at = near_before(text, m.start, ctx)
        if at is not None and not any(at <= o.start < m.start for o in mentions if o is not m):
            m.place = True


def near_before(text: str, start: int, ctx: Context) -> int | None:
    """Where a preposition of nearness stands among the few words before
    ``start``, or None."""
    lo = max(0, start - _CHARS_BEFORE)
    words = text[lo:start].split()[-_WORDS_BEFORE:]
    for word in reversed(words):
        if word in ctx.near_preps:
            return text.rfind(word, lo, start)
    return None


# actors72: the bodies a building names ("مستشفى", "university", "مسجد").
_SEAT_AGENTS = frozenset({"EDU", "HLH", "REL"})
_TOWN_KINDS = frozenset({"city", "capital", "state", "state_adj"})
# How many words before a building with a glued "ب" a person of it may stand
# ("أستاذ العلوم السياسية بجامعة بغداد").
_AFFILIATE_WORDS = 3


def seat_places(text: str, mentions: list[Mention], ctx: Context) -> None:
    """Mark as places the buildings (``context.SEAT_NOUNS``) named as where a
    deed happened: after a preposition of place ("in a stabbing at the
    university", "أطلقت النار عند مستشفى برلين", "در دانشگاه تهران") or with
    one glued to them ("بجامعة تكساس"). The building is the scene, not a side:
    whoever was hurt or held there is (actors72: a sample of events had a
    hospital the police fired at, a university where a man was stabbed and a
    mosque a man was arrested for, as sides). An attack *on* one ("هجوم على
    مستشفى", ``STRUCK_PREPOSITIONS``) keeps it as the target it is."""
    if not ctx.seat_nouns:
        return
    plain_ends: dict[int, int] | None = None  # made for the first building only
    for m in mentions:
        if m.place or m.role or m.agent not in _SEAT_AGENTS:
            continue
        words = text[m.start : m.end].split()
        if plain_ends is None:
            plain_ends = _plain_ends(mentions)
        town = _town_before(text, m, mentions, plain_ends)
        start = town.start if town else m.start
        if words and _seat_word(text, start, words[0], ctx):
            m.place = True
            if town:
                town.place = True


def _plain_ends(mentions: list[Mention]) -> dict[int, int]:
    """Where mentions of no agent and no role end: the index of the first
    such mention (in list order) ending at each position. Read once per
    document, not once per building (speed74b: every building read every
    mention of its document before it, quadratic in a long article)."""
    first: dict[int, int] = {}
    for i, o in enumerate(mentions):
        if not o.agent and not o.role:
            first.setdefault(o.end, i)
    return first


def _town_before(
    text: str, m: Mention, mentions: list[Mention], plain_ends: dict[int, int]
) -> Mention | None:
    """A town or state written right before a building, as its attribute
    ("at a Berlin hospital", "inside a Texas mosque"): where it stands. The
    first mention (in list order) of no agent and no role ending in the
    white space right before the building (``_plain_ends``) is read: a town
    is taken, anything else means none."""
    lo = m.start
    while lo > 0 and text[lo - 1].isspace():
        lo -= 1
    found = [plain_ends[end] for end in range(lo, m.start + 1) if end in plain_ends]
    if not found:
        return None
    o = mentions[min(found)]
    return o if o.kind in _TOWN_KINDS else None


def _seat_word(text: str, start: int, word: str, ctx: Context) -> bool:
    """Whether ``word``, the first of a mention at ``start``, is a building
    with a preposition of place glued to it or standing before it, across
    the fillers between them ("في أحد مساجد", "at a mosque"), and no person
    of it before that (``context.SEAT_AFFILIATES``: "professor at", "أستاذ
    في", mendC72): his affiliation. A glued "ب" is read so after no such
    person among the few words before it ("أستاذ العلوم السياسية بجامعة"),
    where it is also a person's verb's object ("أشاد الرئيس بجامعة")."""
    before = text[max(0, start - _CHARS_BEFORE) : start].split()
    if word in ctx.seat_nouns:
        while before and before[-1] in ctx.seat_fillers:
            before.pop()
        if not before or before[-1] not in ctx.seat_preps:
            return False
        return len(before) < 2 or before[-2] not in ctx.seat_affiliates
    if not any(word.startswith(c) and word[len(c) :] in ctx.seat_nouns for c in ctx.seat_clitics):
        return False
    return not any(w in ctx.seat_affiliates for w in before[-_AFFILIATE_WORDS:])
