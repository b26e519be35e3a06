"""The words of a language's ``Context`` that tell where: scenes, seats, towns, journeys.

A state or body named as where a deed happened, where someone goes or comes
from, or where a building stands is no side of the deed. Why apart from
``actor_context``: these cues are read by the steps that set places aside,
not by the actor scan; ``Context`` inherits them, so every step still reads
one value.
"""

from __future__ import annotations

from dataclasses import dataclass


# keyword-only: ``Context`` declares its required fields after these
@dataclass(frozen=True, kw_only=True)
class PlaceCues:
    """Cues of where a deed happened or someone went (no side of it)."""

    place_preps: frozenset[str] = frozenset()
    # "near the parliament building", "قرب مبنى البرلمان": a body named
    # after one (across a word or two) is where something happened
    near_preps: frozenset[str] = frozenset()
    # actors72: "in a stabbing at the university", "عند مستشفى برلين", "در
    # دانشگاه تهران": a building's body after a preposition of place is
    # where the deed was (``landmarks.seat_places``): the prepositions, the
    # clitic ones glued to the noun, the words that may stand between, and
    # the buildings
    seat_preps: frozenset[str] = frozenset()
    seat_clitics: frozenset[str] = frozenset()
    seat_fillers: frozenset[str] = frozenset()
    seat_nouns: frozenset[str] = frozenset()
    # mendC72: a person of the building before it ("أستاذ في جامعة",
    # "professor at"): his affiliation, no scene
    seat_affiliates: frozenset[str] = frozenset()
    # victims85: "in an area held by the Taliban", "بمنطقة يسيطر عليها": the
    # holder of the scene is no side (``held_areas.held_places``)
    holding_phrases: frozenset[str] = frozenset()
    held_area_nouns: frozenset[str] = frozenset()
    # parties59fa: "شهر موصل عراق", "Mosul, Iraq,": a town's state after it is
    # where (``town_states``): the marks between them, the marks that must
    # close the state, the words after it that make it a subject instead
    town_state_marks: frozenset[str] = frozenset()
    town_state_closers: frozenset[str] = frozenset()
    town_state_not_before: frozenset[str] = frozenset()
    scene_preps: frozenset[str] = frozenset()  # "killed in an attack in Jordan": where
    # victims57: "died in police custody", "در بازداشتگاه پلیس": who holds
    custody_nouns: frozenset[str] = frozenset()
    # places38ar: "appealed for peace in Sudan": where, no one asked (``scene_targets``)
    scene_place_preps: frozenset[str] = frozenset()
    # "به گزارش ایرنا از اهواز،": the lead of a report and the preposition
    # of the place it was filed from, a dateline (``home_country``)
    report_leads: frozenset[str] = frozenset()
    report_from: frozenset[str] = frozenset()
    held_places: frozenset[str] = frozenset()  # "بقصف معسكرات المسلحين": whose camps
    withdraw_from: frozenset[str] = frozenset()
    place_side_preps: frozenset[str] = frozenset()
    venue_nouns: frozenset[str] = frozenset()
    # sidesfa88: "رایزنی‌های تهران با مسکو": a word joining a venue capital
    # to another capital, which makes the two the talks' sides (``venue_pairs``)
    venue_pair_joiners: frozenset[str] = frozenset()
    # heads of a coast, its waters or sky ("ساحل", "the coast of"): the state
    # after one is where a ship or plane was, neither a side nor the home of
    # the agents the sentence names (``Mention.offshore``)
    offshore_heads: frozenset[str] = frozenset()
    # "خیابان", "شارع" before a street's name; "street", "square" after it
    # (``street_names``)
    street_heads: frozenset[str] = frozenset()
    street_heads_after: frozenset[str] = frozenset()
    # "مستشفى", "بیمارستان": places a visit goes to, no side of it
    # (``places.visited_places_out``)
    visited_places: frozenset[str] = frozenset()
    # falsehits62fa: a tour of a factory ("از کارخانه … بازدید کرد", "زار مصنعا")
    # is no meeting (``site_visits.site_visit``): the visit words that tour a
    # site, the sites, and the words that mark a site as what is toured ("از")
    site_visit_words: frozenset[str] = frozenset()
    site_nouns: frozenset[str] = frozenset()
    site_markers: frozenset[str] = frozenset()
    # "ambassador to", "سفير … لدى": where an envoy is posted is no side
    posting_links: frozenset[str] = frozenset()
    envoy_words: frozenset[str] = frozenset()
    # parties78fa: "در امور", "for", "الخاص ب": the state an envoy is for
    remit_links: frozenset[str] = frozenset()
    # sides41: "praised X in parliament", "در صحن مجلس": the assembly where
    # one speaks, not a side (``extract/assembly_venue``)
    assembly_preps: frozenset[str] = frozenset()
    assembly_session_words: frozenset[str] = frozenset()
    assembly_own_deeds: frozenset[str] = frozenset()
    assembly_object_preps: frozenset[str] = frozenset()  # "at", "ب": also the verb's object
    outside_preps: frozenset[str] = frozenset()  # "قبالة", "off": not in the country
    named_place_heads: frozenset[str] = frozenset()  # "باب المغاربة": a name, not a country
    # places108: "بتوقيت تونس", "به وقت تهران" (heads) and "Tehran time" (tails):
    # a clock's zone, no side (``time_zones.clock_zone``); mendB108: only
    # after a clock, the words of which are these (hours, days, day parts)
    time_zone_heads: frozenset[str] = frozenset()
    time_zone_tails: frozenset[str] = frozenset()
    time_zone_clocks: frozenset[str] = frozenset()
    time_zone_hours: frozenset[str] = frozenset()
    time_zone_days: frozenset[str] = frozenset()
    time_zone_day_parts: frozenset[str] = frozenset()
    # "مدينة": a town's head before its name and the country's adjective
    # ("في مدينة كيبيك الكندية"): the adjective tells where, not who
    town_name_heads: frozenset[str] = frozenset()
    border_heads: frozenset[str] = frozenset()  # "الحدود مع سوريا": the other side
    border_preps: frozenset[str] = frozenset()  # "مرز با": beside ``partner_preps``
    # "زرنج در مرز ایران": a town on another state's border (border_places)
    border_scene_preps: frozenset[str] = frozenset()
    travel_words: frozenset[str] = frozenset()  # "للسفر إلى سوريا": where one goes
    destination_preps: frozenset[str] = frozenset()  # "إلى", "to"
    # "بعد از", "after": a stop of a tour named before the next one
    # (``extract/itinerary``)
    itinerary_markers: frozenset[str] = frozenset()
    # "از", "from": where a visitor comes from, no host (``extract/itinerary``)
    origin_preps: frozenset[str] = frozenset()
    location_prefixes: tuple[str, ...] = ()
    sailing_words: frozenset[str] = frozenset()  # "sailed from Italy": the port left
    journey_words: frozenset[str] = frozenset()  # "returned from Germany to Russia"
    launch_words: frozenset[str] = frozenset()  # "fired from Gaza": the ground left
    launch_aims: frozenset[str] = frozenset()  # "fired … towards Israel": the state struck
    # codes91: words of direction ("إلى", "to", "عازم"): a bare state right
    # after them is where someone goes, no agent's country
    destination_markers: frozenset[str] = frozenset()
    # parties107: a bare preposition ("به") that is a direction only with a
    # verb of going right after the state ("به ایران بروند")
    destination_verb_preps: frozenset[str] = frozenset()
    destination_verbs: frozenset[str] = frozenset()
    # mendA107: a title that is also the participle of a verb of sending
    # ("فرستاده"), and the auxiliaries that make it the verb ("شد", "است")
    sent_participles: frozenset[str] = frozenset()
    participle_auxiliaries: frozenset[str] = frozenset()
    # codes91: words of return ("عودة", "returning"): before a word of
    # direction, the state after it is a home again
    destination_returns: frozenset[str] = frozenset()
    # mendC92: words that make a word of direction right after them none
    # ("according to", "بالإضافة إلى"), and conjunctions that carry a
    # destination to the state joined to it ("إلى تونس أو مصر")
    destination_not_after: frozenset[str] = frozenset()
    destination_joins: frozenset[str] = frozenset()
    # mendC92: words of a visit, a trip or travel: their destination is the host
    destination_hosts: frozenset[str] = frozenset()
