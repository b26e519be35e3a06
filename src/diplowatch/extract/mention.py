"""The actor mention: one country, body or person named in the text.

``Mention`` is what the actor scan hands to participants, parties and doers;
it lives alone so that every step reading mentions can import it without
importing the scan that makes them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter

NAMED = {"state", "igo", "person"}
# Titles held by one person, after which a name is written; collective ones
# ("النواب", "officials") are not followed by a name.
PERSONAL_ROLES = {
    "head_of_state",
    "head_of_government",
    "party_leader",
    "foreign_minister",
    "minister",
    "deputy_minister",
    "ambassador",
}


# Slotted: a mention has 35 fields, more than an instance's shared-key
# dictionary holds, so each one built a dictionary of its own (2 µs, six
# times the slotted build; an article builds ~60). No attribute outside the
# fields is ever set on one.
@dataclass(slots=True)
class Mention:
    start: int
    end: int
    code: str
    kind: str
    strong: bool
    role: str | None = None
    name: str | None = None
    name_latin: str | None = None
    location_only: bool = False
    name_span: tuple[int, int] | None = None  # in normalised text; mapped back for display
    agent: str | None = None
    former: bool = False  # a person out of office on the article's date
    in_power: str | None = None  # a movement that governs from this ISO date on
    home_bound: bool = False  # a title or mission with no country: the home country's
    source: bool = False  # names who reports the event ("…, officials said"): no party
    unplaced: bool = False  # an owned thing ("a cargo ship"): no country from the sentence
    place: bool = False  # a state named as where something happens ("in Bahrain")
    topic: bool = False  # a state named as what is talked about ("about Syria"): no party
    venue: bool = False  # a place naming an event ("مذاکرات وین", "the Vienna talks")
    # a state whose coast, waters or sky is named ("ساحل عمان"), or a place
    # off it, named after it or across its border, or where one travels
    # ("قبالة", "باب المغاربة", "الحدود مع سوريا", "للسفر إلى سوريا")
    offshore: bool = False
    # mendC92: a bare state named only as where someone goes ("إلى قطر",
    # "heading to Italy"): a side only when no agent is left for it
    # (``selected_sides.select``)
    destination: bool = False
    # mendB99: a state where the one person named before it lives or studied
    # ("دانشجوی فرانسوی که در ایران تحصیل می‌کند"): no side, and not his
    # home, but the home of other agents with none (the police who hold him)
    lived: bool = False
    # places108, mendB108: the zone of a clock time ("بتوقيت تركيا", "Turkey
    # time"): no side; the home of agents with none only where the sentence
    # names no other country (``time_zones.zones_elsewhere``)
    zone: bool = False
    prefix: str = ""  # clitics glued before the first word ("و" of "والإمارات")
    possessed: bool = False  # an agent noun with a possessive clitic ("نیروهایش"): its owner's
    reflexive: bool = False  # possessed by a reflexive after it ("اتباع خود"): the subject's own
    # a title written with its possessive whose owner is a state, not a body
    # ("Iran said its foreign minister", "وزير خارجيتها"): that state's office
    office_of_owner: bool = False
    # its name is written with the article contracted after "ل" ("للأمير …")
    contracted: bool = False
    members: bool = False  # "عناصرها", "its men": the owner's members, of the owner's agent
    dateline: bool = False  # named in the dateline ("ANKARA, Turkey (AP) —"): where, by whom
    # the country of the doer before its verb, for a noun with none that the
    # sentence places nowhere ("Egyptian police arrested protesters")
    fallback: str = ""
    # the code it would have had, when its own was only borrowed from the one
    # state its sentence names (``participants._Sentence._country``); None
    # when its code came from the text around it. An event with that state on
    # its other side gives it this one back (``participants.counterpart_lent``).
    borrowed_alt: str | None = None
    # a named movement with no country given the one country of the places
    # its sentence names ("Islamic State fighters in Raqqa"): where it
    # fights, which is not its country when it is the doer of the attack
    # there ("the Islamic State claimed the attack in Berlin")
    scene_placed: bool = False
    # the countries a movement that fights across borders is rooted in
    # (``GROUP_HOMES``): the scene's country is its own only there; None
    # when the language data lists none (any one scene is its country)
    homes: tuple[str, ...] | None = None
    # a named government body written as one of its state's names ("رژیم
    # صهیونیستی", "the Kremlin"): the state's government, its name no unit's
    # (``lexicon._state_alias``, ``participants.unit``)
    state_alias: bool = False
    # the sponsor of an armed group ("militias backed by Iran"): no side of
    # the group's deeds, nor the country of an agent named without one
    sponsor: bool = False
    # the armed group a sponsor backs: a side of its deeds even with no
    # country written ("نیروهای مورد حمایت ایران یک نفتکش را تصرف کردند")
    backed: bool = False
    # troops a state threatens, refuses or agrees to send ("هددت مصر بإرسال
    # … جندي", ``participants._threatened``): the state's, a side of the
    # sending only, not of the threat or the consent (mendB72)
    unsent: bool = False
    # a state's mission abroad ("سفارة إسرائيل"): its state is not the one
    # country the people near it are of (``participants._named_codes``)
    mission: bool = False

    def __eq__(self, other: object) -> bool:
        """Equal field by field, as the dataclass's own ``__eq__``, but told
        apart by the span first: mentions are looked for in lists by the
        hundred per sentence (``m in out``), and the generated method builds
        two tuples of all the fields for every comparison."""
        if not isinstance(other, Mention) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.start == other.start and self.end == other.end and _FIELDS(self) == _FIELDS(other)
        )


# every field of a mention, in order: what two equal mentions share
_FIELDS = attrgetter(*(f.name for f in fields(Mention)))
