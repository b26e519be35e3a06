"""A place of another country as the other side of an event.

Troops that leave a place leave its country, strikes on a place hit it, aid
sent to a place goes to its country: "Russia withdrew troops from Kherson
in Ukraine", "هاجمت إسرائيل غزة", "قطر به غزه کمک کرد". These rules find
that place — after the trigger, or before a clause-final verb behind a
preposition of direction — and never take a place written as the scene
("killed in an attack in Jordan") as the side that was hit.
"""

from __future__ import annotations

from typing import Any

from diplowatch.extract.actors import Mention
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import DocumentView, Sentence
from diplowatch.model import Actor
from diplowatch.text.punctuation import CLAUSE_BREAKS


def place_struck(s: Sentence, trig: Hit, doc: DocumentView) -> bool:
    """Whether the first mention after the trigger's subject is a place of
    another country written as its object: right after the subject, or after
    a head noun such as "مدينة" ("هاجمت إسرائيل غزة"), not after a preposition
    ("قرب الحدود الليبية")."""
    after = [m for m in s.mentions if m.start >= trig.end]
    if (
        len(after) < 2
        or not after[1].location_only
        or after[1].venue
        or after[1].code == after[0].code
    ):
        return False
    gap = doc.ntext[after[0].end : after[1].start].split()
    return len(gap) == 0 or (len(gap) == 1 and gap[0] in doc.ctx.location_heads)


def venue_bodies_out(people: list[Mention], trig: Hit, ntext: str) -> list[Mention]:
    """An organisation named by the meeting it holds ("on the sidelines of
    the G20 summit", "در حاشیه نشست گروه ۲۰", ``Mention.venue``) is the
    venue of any other deed told there: with two other countries named, it
    is no side. Of the meeting itself (the trigger is that meeting's noun:
    "attended the EU summit", "حضر قمة للاتحاد الأوروبي") it stays one."""
    bodies = [m for m in people if m.venue and m.kind == "igo"]
    if not bodies:
        return people
    out = [m for m in bodies if not _names_trigger(m, trig, ntext)]
    rest = [m for m in people if m not in out]
    return rest if len({m.code for m in rest if m.code}) >= 2 else people


def visited_places_out(
    people: list[Mention], trig: Hit, ntext: str, places: frozenset[str]
) -> list[Mention]:
    """agents33ar: a hospital, school or prison a visitor goes to
    (``context.VISITED_PLACES``: "زار وزير الصحة الأردني مستشفى البشير") is
    where the visit goes, not whom it meets: no side of the visit, though
    the same noun is the body struck in an attack ("قصفت طائرات مستشفى").
    Round 11 dropped the visit written right before the place ("زار
    مستشفى"); a subject between the verb and the place needs this."""
    if not places or trig.entry.value != "CONSULT" or trig.entry.extra[:1] != ("visit",):
        return people
    return [m for m in people if not (m.kind == "agent" and _place_noun(m, ntext, places))]


def _place_noun(m: Mention, ntext: str, places: frozenset[str]) -> bool:
    """Whether the mention's first word is one of ``places``, with the
    article or a clitic before it ("المستشفى", "والمدرسة")."""
    words = ntext[m.start : m.end].split()
    return bool(words) and any(words[0].endswith(p) for p in places)


def _names_trigger(m: Mention, trig: Hit, ntext: str) -> bool:
    """The mention and the trigger stand next to each other, at most a
    word apart ("قمة للاتحاد", "the SCO summit")."""
    gap = ntext[trig.end : m.start] if trig.end <= m.start else ntext[m.end : trig.start]
    return len(gap.split()) <= 1


def place_as_target(
    actors: list[Actor], mentions: list[Mention], trig: Hit, doc: DocumentView
) -> list[Actor]:
    """Troops that leave a place leave its country; strikes on a place hit
    it; aid sent to a place goes to its country: with all actors of one
    country, the first place of another country after the trigger is the
    other side ("Russia withdrew troops from Kherson in Ukraine", "aid to
    Gaza"). A place written as the scene ("killed in an attack in Jordan",
    ``context.SCENE_PREPOSITIONS``) tells where it happened, not whom it hit,
    and a place naming an agreement or talks ("withdrew from the Paris
    agreement", ``Mention.venue``) is left, not its country."""
    own = {a.code for a in actors}
    if len(own) != 1:
        return actors
    place = next(
        (
            m
            for m in mentions
            if m.location_only
            and not (m.venue or m.offshore)
            and m.start >= trig.end
            and m.code not in own
        ),
        None,
    )
    if place is None or not place.code or _scene(doc.ntext, place.start, doc.ctx):
        return actors
    return actors + [Actor(place.code)]


_SITE_REACH = 60  # characters from a deed's word to the site it struck


def site_owner_struck(side: list[Mention], mentions: list[Mention], trig: Hit) -> list[Mention]:
    """A deed of force on a site named by its owner's adjective ("صواريخ على
    قاعدة أمريكية في سوريا", "a US base in Syria"): the owner is whom it
    hit, and the state of the scene named after the site (a place behind
    "in", or the side filled in from the sentence's places) only where. The
    owner is the site's adjective after the trigger (before that place), of
    another state than the rest of the side."""
    if len(side) < 2 or not (side[-1].place or side[-1].kind == "pair"):
        return side
    scene = side[-1]
    end = scene.start if scene.place else trig.end + _SITE_REACH
    owner = next(
        (
            m
            for m in mentions
            if trig.end <= m.start < end
            and m.location_only
            and m.kind == "state_adj"
            and not (m.venue or m.offshore)
            and m.code
            and m.code != scene.code
        ),
        None,
    )
    if owner is None or owner.code in {m.code for m in side[:-1]}:
        return side
    return [*side[:-1], owner]


def _scene(ntext: str, start: int, ctx: Any) -> bool:
    """Whether the place at ``start`` follows a preposition of the scene,
    across words of direction and head nouns ("in northern Benin", "في بلدة
    شمال بنين", "در شهر حلب")."""
    # "in the port of Latakia": articles and "of" stand inside the phrase
    # each set asked on its own: their union was built for every place asked
    skip = (ctx.place_modifiers, ctx.location_heads, ctx.syntax.determiners, ctx.role_links)
    words = ntext[max(0, start - 60) : start].split()[-5:]
    for word in reversed(words):
        if word in ctx.scene_preps:
            return True
        if not any(word in kind for kind in skip):
            return False
    return False


# Words at most between a state named by a part of it and the verb that
# strikes it ("به شمال اسرائیل موشک شلیک کرد"); a farther one is where a
# movement or another clause went.
_PART_REACH = 4


def place_before_verb(
    actors: list[Actor], s: Sentence, trig: Hit, doc: DocumentView
) -> list[Actor]:
    """Where the verb ends its clause (``context.VERB_FINAL``), the place a
    withdrawal leaves, aid goes to or an attack strikes stands before the
    verb, behind a preposition of direction (``context.PLACE_SIDE_PREPOSITIONS``:
    "ارتش از نوار غزه عقب‌نشینی کرد", "قطر به غزه کمک کرد"): with all
    actors of one country, the last such place of another country in the
    trigger's clause is the other side. A place behind "in" ("در") is only
    the scene. A state named by a part of it ("به شمال اسرائیل موشک شلیک
    کرد", ``Mention.place``) is such a place too, as English "at northern
    Israel" and Arabic "على شمال إسرائيل" read, when no other state is named
    between it and the verb."""
    own = {a.code for a in actors}
    if len(own) != 1:
        return actors
    ntext, ctx = doc.ntext, doc.ctx
    skip = ctx.location_heads | ctx.place_modifiers
    between = False  # a state named after it, nearer the verb
    for m in reversed(s.mentions):
        if m.end > trig.start or m.venue or m.offshore or not m.code:
            continue
        if not m.location_only and (
            not m.place or between or len(ntext[m.end : trig.start].split()) > _PART_REACH
        ):
            between = between or m.code not in own
            continue
        if m.code in own:
            continue
        gap = ntext[m.end : trig.start]
        if CLAUSE_BREAKS & set(gap) or any(m.end <= t.start < trig.start for t in s.triggers):
            return actors
        words = ntext[max(s.start, m.start - 60) : m.start].split()
        before = next((w for w in reversed(words) if w not in skip), "")
        if before in ctx.place_side_preps or _object_marked_after(gap, ctx):
            return actors + [Actor(m.code)]
        return actors
    return actors


def _object_marked_after(gap: str, ctx: Any) -> bool:
    """Whether the object marker follows a place, or the list it ends ("روسیه
    شهر خارکیف را بمباران کرد", "خارکیف و اودسا را هدف قرار داد"): the place
    struck or taken is the verb's object."""
    rest = gap.split()
    while len(rest) > 1 and rest[0] in ctx.conjunctions:
        rest = rest[2:]
    return bool(rest) and rest[0] in ctx.object_markers


def place_visited(
    actors: list[Actor], mentions: list[Mention], trig: Hit, ntext: str
) -> list[Actor]:
    """The city a visitor arrives in is his host's ("the Egyptian minister
    arrived in Baghdad", "وارد پکن شد"): with all actors of one country, a
    place of another country written right after a visit's trigger (the
    trigger ends with its preposition, or nothing but spaces stand between)
    is the other side. Elsewhere a city is only where things happen."""
    own = {a.code for a in actors}
    if len(own) != 1:
        return actors
    place = next((m for m in mentions if m.location_only and m.start >= trig.end), None)
    if (
        place is None
        or not place.code
        or place.code in own
        or ntext[trig.end : place.start].strip()
    ):
        return actors
    return actors + [Actor(place.code)]
