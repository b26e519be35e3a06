"""The language's actor rules (``lang/<code>/context.py``, agents) read once.

``Context`` gathers the folded word lists and settings the actor scan and the
later steps need; ``context(lang)`` builds it once per language (cached), so
the language's data is read from its modules and never embedded in code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from types import ModuleType
from typing import Any

from diplowatch.extract.names import NameRules
from diplowatch.extract.syntax import Syntax
from diplowatch.extract.written import Folding
from diplowatch.lang import load
from diplowatch.lang.agent_fields import language_field, shared_field, shared_set
from diplowatch.text.normalize import normalize, normalize_phrase


@dataclass(frozen=True)
class Context:
    topic_preps: frozenset[str]
    location_preps: frozenset[str]
    head_nouns: frozenset[str]
    conjunctions: frozenset[str]
    home_candidates: tuple[str, ...]
    sector_scope: frozenset[str]
    title_words: frozenset[str]
    name_stopwords: frozenset[str]
    name_min_tokens: int
    titles_follow_country: bool
    negation_follows: bool
    role_links: frozenset[str]
    role_breaks: frozenset[str]
    location_heads: frozenset[str]
    people_suffixes: frozenset[str]
    role_agents: dict[str, str]
    institution_agents: dict[str, str]
    sent_agents: frozenset[str]
    stateless_agents: frozenset[str]
    home_body_agents: frozenset[str]
    state_place_preps: frozenset[str]
    place_modifiers: frozenset[str]
    place_articles: frozenset[str]
    agent_topic_preps: frozenset[str]
    possessives: frozenset[str]
    former_words: frozenset[str]
    former_after: frozenset[str]
    kin_words: frozenset[str]
    servant_titles: frozenset[str]
    finer_post_titles: frozenset[str]
    servant_links: frozenset[str]
    deputy_words: frozenset[str]
    title_qualifiers: frozenset[str]
    deputy_prefixes: frozenset[str]
    deputy_of_words: frozenset[str]
    served_after: frozenset[str]
    aide_titles: frozenset[str]
    patronymics: frozenset[str]
    igo_head_titles: frozenset[str]
    committee_words: frozenset[str]
    unit_words: frozenset[str]
    member_words: frozenset[str]
    bloc_words: frozenset[str]
    elect_after: frozenset[str]
    sponsor_markers: frozenset[str]
    sponsor_openers: frozenset[str]
    home_institutions: frozenset[str]
    not_party_to: dict[str, frozenset[str]]
    names: NameRules
    clause_punct: frozenset[str]
    source_openers: frozenset[str]
    subordinators: frozenset[str]
    title_gap_words: int
    title_gap_blockers: frozenset[str]
    syntax: Syntax
    object_markers: frozenset[str] = frozenset()
    reciprocals: frozenset[str] = frozenset()  # "each other": no co-doers
    clause_opening_words: frozenset[str] = frozenset()
    # "از", "on": the one asked follows them (lone_object)
    asked_of_markers: frozenset[str] = frozenset()
    # "پس از", "از سوی": no marker of the one asked there (requests67fa)
    asked_of_not_after: frozenset[str] = frozenset()
    asked_of_not_before: frozenset[str] = frozenset()
    addressee_preps: frozenset[str] = frozenset()  # "appealed to X": X is asked
    phrase_breaks: frozenset[str] = frozenset()
    # bystander101: words in a referred deed's phrase that make it the
    # referrer's own ("خود", "the two countries"), and the partner's "with"
    # (``extract/referred.py``)
    referred_own_words: frozenset[str] = frozenset()
    referred_partners: frozenset[str] = frozenset()
    # prepositions right before a noun: it heads their phrase, no object
    # the object marker after it could mark ("پس از دیدار با …، دوحه را ترک کرد")
    object_blockers: frozenset[str] = frozenset()
    # passive participles that may describe a noun of an object
    # ("نفتکش توقیف‌شده را آزاد کرد"), longest first
    object_participles: tuple[str, ...] = ()
    # a closed noun after its opener, complement of a verb of going on
    # ("به حمایت از … ادامه داد", ``closed._continued``)
    continued_openers: frozenset[str] = frozenset()
    continued_verbs: frozenset[str] = frozenset()
    support_verbs: frozenset[str] = frozenset()
    # verbs that call their noun object off ("سفر … را لغو کرد"): it is kept
    # (and negated, ``status.CANCELLED_CUES``) unless the verb undoes it
    cancel_verbs: frozenset[str] = frozenset()
    demonstratives: frozenset[str] = frozenset()
    # verbs of joining: "رانندگان هم به همین اعتصاب پیوستند" is a new part in the protest
    # a demonstrative points back to (``predicates.drop_anaphors``)
    joined_verbs: frozenset[str] = frozenset()
    # words that open a direct question, and the conjunctions that may lead
    # one ("…، فهل …؟", "…، اما آیا …؟", "…, but why …?"): a question set
    # off after a statement silences only itself (``predicates.drop_unreal``)
    question_openers: frozenset[str] = frozenset()
    question_leads: frozenset[str] = frozenset()
    topic_markers: frozenset[str] = frozenset()
    # nonevent98: aims read across one determiner ("برای رسیدن به چنین توافقی")
    aim_markers: frozenset[str] = frozenset()
    aim_determiners: frozenset[str] = frozenset()
    # conjunctions that carry a topic over to the next deed noun ("the issue
    # of protests and strikes"; ``predicates.drop_topics``)
    topic_joins: frozenset[str] = frozenset()
    # head nouns of a subject or kind whose deed noun is a topic, for nouns
    # only ("مسئله اخراج"; ``named_topic.named_as_topic``)
    topic_kind_heads: frozenset[str] = frozenset()
    # topic markers whose whole noun phrase is the topic ("discussed the
    # prisoner exchange deal"), across a few words (``named_topic``)
    topic_phrase_openers: frozenset[str] = frozenset()
    # mendB84: markers that make only talks a topic ("گزارشی از", "report
    # on") and the starts of those talks nouns; fears whose noun phrase is
    # the topic ("خوفا من", "for fear of") and the words that end that
    # phrase ("after", "بعد"; ``named_topic.named_as_topic``)
    report_topic_markers: frozenset[str] = frozenset()
    report_topic_nouns: frozenset[str] = frozenset()
    # frame89: post nouns and the prepositions that join a post to the talks
    # it holds ("نماینده روسیه در مذاکرات", "envoy to the talks"), and the
    # words of taking part that keep such talks held (``_post_in_talks``)
    talks_posts: frozenset[str] = frozenset()
    talks_post_preps: frozenset[str] = frozenset()
    talks_taking_part: frozenset[str] = frozenset()
    # mendE90: words of saying after the talks noun; what follows them is said
    talks_speech: frozenset[str] = frozenset()
    fear_markers: frozenset[str] = frozenset()
    fear_phrase_ends: frozenset[str] = frozenset()
    clause_breaks: tuple[str, ...] = ()
    # "while", "در حالی که", "بينما": the clause after it has its own participants
    contrast_breaks: tuple[str, ...] = ()
    needs_predicate: frozenset[str] = frozenset()
    # how a deed of force told with no side at all begins ("مورد حمله",
    # "هدف قرار", "انفجار"): attackers unknown (``unnamed_deed.unnamed_deed``)
    sideless_deeds: tuple[str, ...] = ()
    # how a bombing's noun begins ("تفجير", "انفجار", "bombing"): a deed a
    # state's army or police only announce (``announcers``)
    announced_bombings: tuple[str, ...] = ()
    # how a toll begins ("حصيلة", "شمار کشته‌شدگان", "death toll"): a bombing
    # named after it is told by its announcer (``announcers``)
    announced_tolls: tuple[str, ...] = ()
    # and those that stand so only as what a comment is about ("حمله")
    commented_sideless: tuple[str, ...] = ()
    # a seizure or arrest told in the passive with no side ("وتم حجز",
    # "بازداشت شدند"): the police did it (``unnamed_deed.unnamed_deed``)
    sideless_seizures: tuple[str, ...] = ()
    # words of taking captives ("اختطاف", "گروگان", "kidnap"): a deed the
    # held kinds of people commit too (``holders.authorities_first``)
    captive_taking: tuple[str, ...] = ()
    # words of accepting an invitation before its noun ("تلبية", "accepted"),
    # verbs of it after the object marker ("را پذیرفت"), and that marker
    # (``invitations.invited_last``)
    invitation_accepted: tuple[tuple[str, ...], tuple[str, ...], str] = ((), (), "")
    # words that make the deed after them a passive in a language whose
    # syntax lists none ("تم", "يتم"): ``side_order._told_actively``
    deed_passive_aux: frozenset[str] = frozenset()
    # verbs of doing that tell a deed actively through a clitic on its noun
    # ("قامت … باحتجاز"), and that clitic: ``holders.told_by_support``
    deed_active_supports: frozenset[str] = frozenset()
    deed_support_prefixes: frozenset[str] = frozenset()
    # nouns of other types that need one too ("توافق": a deal named, no agreeing)
    predicate_nouns: frozenset[str] = frozenset()
    # their verbs of reaching in every form ("نرسیدند", "برسند", "دست نیافتند")
    predicate_noun_verbs: frozenset[str] = frozenset()
    # words before them that make one being made ("امضای توافق", "آستانه توافق")
    predicate_noun_heads: frozenset[str] = frozenset()
    ongoing_predicates: frozenset[str] = frozenset()  # "ادامه دارد": the noun's deed goes on
    # "معرفی کرد": a verb of calling whose light verb is no deed noun's own
    calling_predicates: frozenset[str] = frozenset()
    comment_topic_links: frozenset[str] = frozenset()
    stance_predicates: frozenset[str] = frozenset()
    # alleged39: "بوقف", "end": a stance noun after them is stopped, not told
    stance_stoppers: frozenset[str] = frozenset()
    # prec43: the words of saying a refusal may take as its object (``silence``)
    silenced_objects: frozenset[str] = frozenset()
    # noevent45: the first-person "I beg" of courtesy (``courtesy``)
    courtesy_formulas: frozenset[str] = frozenset()
    # noevent45: the press as the subject of a talk noun (``press_talks``)
    talk_words: frozenset[str] = frozenset()
    press_subjects: frozenset[str] = frozenset()
    press_not_after: frozenset[str] = frozenset()
    # noevent51: "we", the writer, as the holder of a talk word (``writer_talks``)
    writer_talk_after: frozenset[str] = frozenset()
    writer_talk_before: frozenset[str] = frozenset()
    writer_talk_tails: frozenset[str] = frozenset()
    writer_talk_follows: frozenset[str] = frozenset()
    writer_voice_breaks: frozenset[str] = frozenset()
    # noevent51: the press as a talk's partner (``press_talks.drop_press_partners``)
    press_partners: frozenset[str] = frozenset()
    press_partner_prepositions: frozenset[str] = frozenset()
    # noevent51: markers of manner before a medium (``medium_manner``)
    medium_manner_markers: frozenset[str] = frozenset()
    medium_words: frozenset[str] = frozenset()
    medium_meeting_heads: frozenset[str] = frozenset()
    # noevent45: a running total's "since", units of years, counter nouns
    since_words: frozenset[str] = frozenset()
    year_units: frozenset[str] = frozenset()
    counter_nouns: frozenset[str] = frozenset()
    # prec43: an accusation's passive, whose subject is the accused (``lone_object``)
    accused_passives: frozenset[str] = frozenset()
    released_passives: frozenset[str] = frozenset()
    passive_subject_breaks: frozenset[str] = frozenset()
    passive_relatives: frozenset[str] = frozenset()
    # "ب", "و": a stance noun glued to them after an accusation is its charge
    alleged_content_prefixes: frozenset[str] = frozenset()
    # "که", "بانها": a clause an accusation opens holds what it alleges
    alleged_clause_openers: frozenset[str] = frozenset()
    # "carried out", "نفذت", "انجام داده": a deed said to be someone's doing
    deed_doing_words: frozenset[str] = frozenset()
    # verbs that tell an event noun as happening ("اجرا شد", "استمر"), the
    # words that may follow one at a clause's end, the words that end the
    # noun's phrase before it, and those after which a noun is no subject
    # (extract/closed.py)
    occurrence_verbs: frozenset[str] = frozenset()
    occurrence_after: frozenset[str] = frozenset()
    occurrence_stops: frozenset[str] = frozenset()
    occurrence_not_after: frozenset[str] = frozenset()
    occurrence_not_before: frozenset[str] = frozenset()  # mendA72: "continues to"
    # mendA70: closed nouns read only before a word that opens their sides
    # ("الحرب بين", "جنگ میان") or a side, not an adjective ("الدبلوماسية")
    closed_side_nouns: frozenset[str] = frozenset()
    closed_side_openers: frozenset[str] = frozenset()
    # mendD71: agent words that after a war noun are a figure's adjective
    closed_figure_agents: frozenset[str] = frozenset()
    # english72: the words a war noun may follow where modifiers come first
    # ("the war", "civil war"), and the "between … and" of its two sides
    closed_side_leads: frozenset[str] = frozenset()
    closed_pair_openers: frozenset[str] = frozenset()
    closed_pair_joiners: frozenset[str] = frozenset()
    means_openers: frozenset[str] = frozenset()  # "با تجمع …": a deed done, not asked
    occasion_openers: frozenset[str] = frozenset()  # "در تجمعی …": a protest held, not asked
    # occasion59fa: "در دیدار با …", "خلال لقائه …", "in a meeting with …":
    # a meeting held, in which a demand or a blame was made, not asked for
    meeting_openers: frozenset[str] = frozenset()
    meeting_sure_openers: frozenset[str] = frozenset()
    # parties81fa: "در اجلاس سران …", "خلال قمة …", "at the summit": a summit
    # named as where another deed was told (extract/summit_setting)
    summit_setting_openers: frozenset[str] = frozenset()
    meeting_partners: frozenset[str] = frozenset()
    meeting_not_openers: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    gap_openers: frozenset[str] = frozenset()  # "و بر …": a new verb phrase after "and"
    gap_closers: frozenset[str] = frozenset()  # verbs that close it as a light verb does
    gap_list_marks: frozenset[str] = frozenset()  # commas of a list inside that phrase
    may_particles: frozenset[str] = frozenset()
    imperfect_starts: tuple[str, ...] = ()
    # nonevent70: Arabic "أن" before an imperfect verb, and the words before
    # it that make it a time clause told as done ("قبل أن تنسحب")
    subjunctive_particles: frozenset[str] = frozenset()
    subjunctive_not_after: frozenset[str] = frozenset()
    verbal_noun_shapes: frozenset[str] = frozenset()
    that_clause_noun_shapes: frozenset[str] = frozenset()  # mendD71: "تفاعل", "فعل"
    root_slots: frozenset[str] = frozenset()  # the root's letters in those shapes
    # mendB70: conjunctions glued to a word before "أن"; a "that" clause's
    # own predicates after a verbal noun, and the words that open another clause
    subjunctive_lead_clitics: frozenset[str] = frozenset()
    that_clause_predicates: frozenset[str] = frozenset()
    verbal_noun_starts: tuple[str, ...] = ()  # "ت", "ن": "أن تبادل", "أن نشر"
    that_clause_breaks: frozenset[str] = frozenset()
    # mendB70: what is hoped glued to the hope ("عن أمله بتعزيز")
    wish_object_prefixes: frozenset[str] = frozenset()
    wish_not_objects: frozenset[str] = frozenset()  # mendD71: "بعد", "بين": no glued "ب"
    # noevent85: the mark of an infinitive a permission governs ("to shoot")
    permitted_verb_leads: frozenset[str] = frozenset()
    # mendA86: what ends a permission's reach ("ثم", "بعد", "and the") and
    # what tells a deed it governs done ("that killed")
    permission_stops: frozenset[str] = frozenset()
    permitted_deed_results: frozenset[str] = frozenset()
    driver_markers: frozenset[str] = frozenset()  # mendA86: "سيارة مستوطن", "driven by"
    subjunctive_verbs: frozenset[str] = frozenset()
    indicative_markers: frozenset[str] = frozenset()
    realized_modals: frozenset[str] = frozenset()
    have_subjunctives: frozenset[str] = frozenset()  # typesfa83: "داشته باشد" closing a noun
    have_trip_leads: frozenset[str] = frozenset()  # typesfa83: "به تهران رفت تا …": a visit
    own_demands: frozenset[str] = frozenset()  # typesfa85: "با تجمع … خواستار … شدند"
    demand_stops: frozenset[str] = frozenset()  # typesfa85: "خواستار آن است که …"
    postposed_modals: frozenset[str] = frozenset()  # "… لازم است": a deed noun's predicate
    # noevent81: "باید" over its whole verb-final clause, the words that end
    # that clause, and the leads of a deed told as past in it ("پس از")
    clause_obligations: frozenset[str] = frozenset()
    clause_verb_ends: frozenset[str] = frozenset()
    told_deed_leads: frozenset[str] = frozenset()
    # noevent81, mendA82: the Arabic verbs after "قد" whose outcome is a
    # possibility, the leads of that outcome, the words of cause and the
    # past times that keep a deed told (``may_clause``)
    may_outcome_verbs: frozenset[str] = frozenset()
    may_outcome_leads: frozenset[str] = frozenset()
    may_outcome_stops: frozenset[str] = frozenset()
    may_past_times: frozenset[str] = frozenset()
    story_work_words: frozenset[str] = frozenset()  # mendA82: "film", "الفيلم" (a plot's work)
    agreed_content_markers: frozenset[str] = frozenset()  # "با لغو … موافقت کرد"
    name_heads: frozenset[str] = frozenset()
    cited_agents: frozenset[str] = frozenset()
    name_bearing_agents: frozenset[str] = frozenset()
    placed_groups: frozenset[str] = frozenset()
    unknown_doers: frozenset[str] = frozenset()
    armed_branches: frozenset[str] = frozenset()
    # counted75ar: the agents of fighters a count may name before "the dead"
    fighter_agents: frozenset[str] = frozenset()
    subject_after_verb: bool = False
    people_words: frozenset[str] = frozenset()
    # an indefinite country adjective with no noun before it to qualify is
    # one person of the country (``countries._lone_person``): the openings
    # of a definite word, the endings of the accusative, the prepositions
    lone_person_definite: tuple[str, ...] = ()
    lone_person_endings: frozenset[str] = frozenset()
    lone_person_preps: frozenset[str] = frozenset()
    # the endings of a word an accusative adjective can qualify (agents44ar)
    lone_person_head_endings: tuple[str, ...] = ()
    lone_person_copulas: frozenset[str] = frozenset()
    # a definite masculine nisba that agrees with no noun before it
    # (nationals89): bare article openings, feminine endings, exceptions
    lone_person_bare_articles: frozenset[str] = frozenset()
    lone_person_feminine: tuple[str, ...] = ()
    lone_person_not_feminine: frozenset[str] = frozenset()
    lone_person_plurals: tuple[str, ...] = ()
    lone_person_nisba: tuple[str, ...] = ()
    # the feminine verb before a feminine word that heads its own phrase (mendD90)
    lone_person_verb_openings: tuple[str, ...] = ()
    lone_person_verb_endings: tuple[str, ...] = ()
    lone_person_not_verb_endings: tuple[str, ...] = ()
    # ... where adjectives come first: the article before it, the words
    # after it that end its phrase ("a Jordanian at the airport")
    lone_person_articles: frozenset[str] = frozenset()
    lone_person_followers: frozenset[str] = frozenset()
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
    # doers98: "by the group known as X", "توسط گروهی موسوم به X": the words
    # that name a group after its descriptor (``doers._after_marker``)
    naming_links: frozenset[str] = frozenset()
    # mendD99: a relative right before a naming link makes it a verb ("who
    # called Iran a threat"), no link (``doers._named_head``)
    naming_breaks: frozenset[str] = frozenset()
    # doers98: a title or state a person feigns or claims to be is no side
    # (``claimed_identity.claimed_out``)
    feigning_cues: frozenset[str] = frozenset()
    claimed_being_cues: frozenset[str] = frozenset()
    # mendD99: the word joining a feigned title to the body it is of
    # ("ضابط في الجيش الأردني", "officer of the army"; ``claimed_out``)
    title_complement_links: frozenset[str] = frozenset()
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
    # words between a support's noun and the protest it backs ("دعمه
    # للاحتجاجات", "support for the protests", ``backed_crowd``)
    backed_links: frozenset[str] = frozenset()
    # "به گزارش ایرنا از اهواز،": the lead of a report and the preposition
    # of the place it was filed from, a dateline (``home_country``)
    report_leads: frozenset[str] = frozenset()
    report_from: frozenset[str] = frozenset()
    held_places: frozenset[str] = frozenset()  # "بقصف معسكرات المسلحين": whose camps
    name_countries: frozenset[str] = frozenset()  # "كوريا" of "رفائيل كوريا"
    given_name_nouns: frozenset[str] = frozenset()  # "Dane" of "Dane Coleman"
    given_name_leads: frozenset[str] = frozenset()  # "a" of "a Dane"
    withdraw_from: frozenset[str] = frozenset()
    place_side_preps: frozenset[str] = frozenset()
    unknown_sides: bool = False
    lone_fill: bool = False
    nouns_refer_back: bool = False  # "the talks will be held …": the article's talks
    discussed_reach: int = 0  # "ناقش الطرفان … رفع الحظر": words to a discussed noun
    # readiness declared for a deed ("آمادگی خود را برای مذاکره … اعلام
    # کرد"): the deed after the marker is offered, no topic (``offered``)
    offer_words: frozenset[str] = frozenset()
    offer_markers: frozenset[str] = frozenset()
    offer_not_before: frozenset[str] = frozenset()
    offer_not_after: frozenset[str] = frozenset()
    offer_verbs: frozenset[str] = frozenset()
    offer_verbs_denied: frozenset[str] = frozenset()
    offer_reach: int = 0
    anaphors: frozenset[str] = frozenset()  # "سموه": a subject told in an earlier sentence
    pronoun_subjects: frozenset[str] = frozenset()  # "وی": the sentence before's subject
    oblique_preps: frozenset[str] = frozenset()  # "با": its phrase holds no subject
    list_governors: frozenset[str] = frozenset()  # "با": a list behind it does no deed
    list_breaks: frozenset[str] = frozenset()  # "جمله": "از جمله" governs no list
    partner_governors: frozenset[str] = frozenset()  # "با": a partner list's own
    coordination_openers: frozenset[str] = frozenset()  # "در هماهنگی با": co-actors follow
    claimed_deed_heads: frozenset[str] = frozenset()  # "مسئولیت": the deed after it was done
    claimed_deed_verbs: frozenset[str] = frozenset()  # "بر عهده گرفت": the claim's verb
    undertaking_heads: frozenset[str] = frozenset()  # "اقدام به": its light verb is the deed's
    oblique_breaks: frozenset[str] = frozenset()  # "این": opens a phrase of its own
    name_bad_starts: tuple[str, ...] = ()  # "بال…": no name begins so
    definite_starts: tuple[str, ...] = ()  # "ال…", "لل…": a definite noun
    # agentnull94: "ال…", "وال…": the article with no preposition glued to it
    # (``text.words.definite_chain``)
    article_starts: tuple[str, ...] = ()
    # bodies79: a ministry's name ("وزارت", "وزارة", "ministry"), the words of
    # its portfolio before a people noun ("ورزش و", "of"), the people nouns
    # that close a portfolio ("جوانان", "الأسرى", "women") and the endings of
    # a field's noun read from a people noun ("بازرگانی", "پزشکی")
    portfolio_heads: frozenset[str] = frozenset()
    portfolio_words: frozenset[str] = frozenset()
    portfolio_people: frozenset[str] = frozenset()
    portfolio_endings: frozenset[str] = frozenset()
    # endings a noun drops before its genitive ("متظاهرون", "نائبان")
    unbound_endings: tuple[str, ...] = ()
    about_preps: frozenset[str] = frozenset()  # "بشأن سوريا": what is talked about
    # sidesfa88: "درباره امنیت سوریه": a noun of a state's standing after a
    # preposition of topic; the state is the topic (``countries._about_topic``)
    about_topic_heads: frozenset[str] = frozenset()
    # mendC89: of those, the heads whose state is a topic only with a
    # partner named apart ("امنیت", "أمن": ``countries._about_topic``)
    about_topic_partner_heads: frozenset[str] = frozenset()
    # "در مورد": an about-preposition that opens a topic only after its word
    # ("مورد توافق" is "agreed upon")
    about_bound: frozenset[str] = frozenset()
    # parties62fa: "با هدف", "بهدف", "aimed at": what talks aim at, no side
    talk_aims: frozenset[str] = frozenset()
    # "درباره X که …، گفت‌وگو کرد": a relative clause's comma inside a topic
    topic_relatives: frozenset[str] = frozenset()
    topic_verb_words: int = 0
    # "به X هشدار داد …": the one warned told before the verb
    warned_markers: frozenset[str] = frozenset()
    warning_words: frozenset[str] = frozenset()
    topic_heads: frozenset[str] = frozenset()  # "مستقبل ليبيا", "the future of Libya"
    # precision81ar: "القضية الفلسطينية", "the Syrian crisis": a country
    # adjective on a topic's noun names what is talked of
    topic_adjective_heads: frozenset[str] = frozenset()
    neighbour_heads: frozenset[str] = frozenset()  # roles52: "همسایه افغانستان"
    # "آرای مردم", "إرادة الشعب": the people only described, no party
    described_people_heads: frozenset[str] = frozenset()
    # mendB82: the heads of those only after which a state's people are
    # described ("إرادة الليبيين"; not "مصالح", a target's interests)
    state_people_heads: frozenset[str] = frozenset()
    # "۲۰ نفر از معترضان": a head that only counts the people after "of"
    partitive_heads: frozenset[str] = frozenset()
    partitive_of: frozenset[str] = frozenset()
    # "البحث عن القتلى" after "مقتل 17 حوثيا": the counted men (counted_dead)
    counted_dead_nouns: frozenset[str] = frozenset()
    # mendB76: "قتل 17 حوثيا", "17 حوثيا قتلوا": the count is of the struck
    counted_struck_before: frozenset[str] = frozenset()
    counted_struck_after: frozenset[str] = frozenset()
    topic_nouns: frozenset[str] = frozenset()  # "initiative" of "initiative on Israel"
    # "blamed the attack on Iran": the state after the preposition is blamed
    blame_verbs: frozenset[str] = frozenset()
    blame_preps: frozenset[str] = frozenset()
    home_for_agents: bool = True
    # a full name right after a group's title names its holder, who is then
    # named by surname (``person_names._group_holders``; not Persian, whose
    # unwritten ezafe makes that name the group's owner)
    group_title_names: bool = False
    # home36fa: state bodies written bare ("ارتش", "مجلس") that are the
    # home country's in an article mostly about it (``participants``)
    home_bodies: frozenset[str] = frozenset()
    adjacent_coordinated: bool = True
    one_sided: frozenset[str] = frozenset()
    one_sided_nouns: tuple[str, ...] = ()
    one_sided_excluded: frozenset[str] = frozenset()
    venue_nouns: frozenset[str] = frozenset()
    # sidesfa88: "رایزنی‌های تهران با مسکو": a word joining a venue capital
    # to another capital, which makes the two the talks' sides (``venue_pairs``)
    venue_pair_joiners: frozenset[str] = frozenset()
    # missing91: "مذاکرات ایران و روسیه با مشارکت چین": words of taking part
    # before a third side of a deal's or meeting's noun, and the English
    # opener and possessive tail of "with China's participation" (``taking_part``)
    participation_links: frozenset[str] = frozenset()
    participation_openers: frozenset[str] = frozenset()
    participation_tails: frozenset[str] = frozenset()
    # heads of a coast, its waters or sky ("ساحل", "the coast of"): the state
    # after one is where a ship or plane was, neither a side nor the home of
    # the agents the sentence names (``Mention.offshore``)
    offshore_heads: frozenset[str] = frozenset()
    # "حزب‌الله که از سوی ایران حمایت می‌شود": opens a relative clause
    # whose passive verb names its own agent (``relative_clause_out.relative_agents_out``)
    passive_relative_openers: frozenset[str] = frozenset()
    # faparties94: "… حمله‌ای که طی آن … کشته شدند", "the attack in which …
    # were killed": opens a relative clause telling a deed's toll (``tolls``)
    toll_openers: frozenset[str] = frozenset()
    target_preps: frozenset[str] = frozenset()
    # "دعم مصر للبنان", "کمک کره به ایران", "support for": the marker of a
    # deed noun's target after its genitive doer (``genitive_source``)
    noun_target_markers: frozenset[str] = frozenset()
    # "protests against the police", "تظاهرات علیه نیروهای امنیتی": the
    # police or army after it are the crowd's counterpart, not bystanders
    # of its protest (``armed_protest.bystander_forces_out``)
    protest_counterparts: frozenset[str] = frozenset()
    # word openings that carry such a marker inside a mention ("للحكومة")
    noun_target_openings: frozenset[str] = frozenset()
    struck_preps: frozenset[str] = frozenset()  # "حمله به", "attack on": whom it struck
    # "اخیر", "مرگبار", "روز جمعه": words that may stand between a deed of
    # force's noun and that preposition (``victims_only._after_target_prep``)
    struck_qualifiers: frozenset[str] = frozenset()
    # "في", "of the": a word of belonging between a named force and the
    # body it belongs to (``parent_bodies``)
    part_of_links: frozenset[str] = frozenset()
    # "of the", "في": a word between workers and the firm that employs
    # them, and whether the firm may come first ("oil company workers";
    # ``employers``)
    employer_links: frozenset[str] = frozenset()
    employer_first: bool = False
    workplaces: frozenset[str] = frozenset()  # "کارخانه", "مصنع", "factory"
    # "خیابان", "شارع" before a street's name; "street", "square" after it
    # (``street_names``)
    street_heads: frozenset[str] = frozenset()
    street_heads_after: frozenset[str] = frozenset()
    # "هجوما", "حمله" before a suicide adjective ("انتحاريا", "انتحاری"):
    # no attacker beside a named movement (``group_bombers``)
    suicide_deed_nouns: frozenset[str] = frozenset()
    suicide_adjectives: frozenset[str] = frozenset()
    suicide_circumstances: frozenset[str] = frozenset()
    suicide_counters: frozenset[str] = frozenset()
    # "نیروهای", "قوات", "forces": a generic head whose modifier names its
    # agent ("نیروهای شورشی", "rebel forces"; ``force_heads``)
    force_heads: frozenset[str] = frozenset()
    # "گروهک", "تروریستی": words describing an armed group that may stand
    # between such a head and the group's name (``force_heads``)
    force_fillers: frozenset[str] = frozenset()
    # "که", "that": may stand between a reporting verb and the subject that
    # opens what is reported ("پنتاگون اعلام کرد (که) وزیر دفاع …"), whose
    # speaker is then no party (``sources.without_sources``); empty where the
    # subject follows the verb and the speaker does too (Arabic)
    report_subject_openers: frozenset[str] = frozenset()
    # "told", "به", "لوكالة": the word before a medium a statement is told to
    # (``sources.addressed_media``)
    addressee_markers: frozenset[str] = frozenset()
    # "striking": a participle of a deed of force that, right before working
    # people, tells their strike
    # (``nonevents.strikers_named``)
    strike_participles: frozenset[str] = frozenset()
    # "was", "were": before the participle it is a verb again
    strike_auxiliaries: frozenset[str] = frozenset()
    # "بلاده": the speaker's own country opening what he reports ("قال الوزير
    # إن بلاده تتوسط …"): the report points back to him (``sources._speakers``)
    own_country_subjects: frozenset[str] = frozenset()
    # "عن": after a medium that relays ("نقلت وكالة … عن الوزير قوله"), whom
    # it quotes: the medium's name ends there (``sources._cited_spans``)
    relay_preps: frozenset[str] = frozenset()
    # "مصادر أمنية": a source cue naming a kind of source, whose state
    # adjective right after it tells whose sources (``sources._source_owners``)
    owned_sources: frozenset[str] = frozenset()
    # "مصادر", "منابع": source nouns whose state adjective after them tells
    # whose sources they are (``sources.headed_owners``)
    source_heads: frozenset[str] = frozenset()
    # speakers79ar: "وكالة", "خبرگزاری", "news agency of": heads of a medium's
    # name whose state written after them is no side (``sources.medium_name_owners``)
    medium_name_heads: frozenset[str] = frozenset()
    # reporters73: "ارگان", "التابعة ل", "affiliated with": an apposition after
    # a medium cited as the source names its owner (``sources._cited_spans``)
    medium_appositions: frozenset[str] = frozenset()
    # parties64fa: "گزارش", "report" and "نشان می‌دهد که", "shows that": a
    # document framing what is told; its owner only reports it
    # (``document_frames.without_document_owners``)
    document_nouns: frozenset[str] = frozenset()
    document_frames: frozenset[str] = frozenset()
    # "متعلق به", "تابعة ل": a ship's owner named after it (``vessels``)
    vessel_owner_cues: frozenset[str] = frozenset()
    # "مستشفى", "بیمارستان": places a visit goes to, no side of it
    # (``places.visited_places_out``)
    visited_places: frozenset[str] = frozenset()
    # falsehits62fa: a tour of a factory ("از کارخانه … بازدید کرد", "زار مصنعا")
    # is no meeting (``site_visits.site_visit``): the visit words that tour a
    # site, the sites, and the words that mark a site as what is toured ("از")
    site_visit_words: frozenset[str] = frozenset()
    site_nouns: frozenset[str] = frozenset()
    site_markers: frozenset[str] = frozenset()
    # "بين": between a topic head and the states it names ("الأزمة بين قطر
    # والسعودية"): those states are what is talked about (``countries``)
    topic_links: frozenset[str] = frozenset()
    # "خواند", "دانست": a verb that judges the deed named as its object before
    # it ("X حمله به نفتکش را نقض قانون خواند"): X is no party to that deed
    judging_verbs: frozenset[str] = frozenset()
    # "زار", "visited", "عیادت" and "الجرحى", "the wounded", "مجروحان": who
    # visits the wounded of a deed is no side of it (``visitors``)
    visit_verbs: frozenset[str] = frozenset()
    visited_nouns: frozenset[str] = frozenset()
    # "عاد" (visited the sick, or returned) counts only right before the
    # visited noun; "آسیب دیدن" (be damaged) is no visit
    visit_verbs_adjacent: frozenset[str] = frozenset()
    not_visit_phrases: frozenset[str] = frozenset()
    # "هوجم", "اغتيل" and "تم", "جرى": a deed of force spelled in the passive
    # only, and the light verbs of a passive verbal noun (``struck_passive``)
    passive_force_forms: frozenset[str] = frozenset()
    passive_force_leads: frozenset[str] = frozenset()
    passive_lead_reciprocal: frozenset[str] = frozenset()
    passive_conjunctions: frozenset[str] = frozenset()
    # the damma of a voweled passive ("قُتل"), the imperfect's prefixes whose
    # damma is active too ("يُهاجم"), the alifs of derived forms whose passive
    # damma stands on the third letter ("استُهدف"), and English "in" after a
    # passive that names the deed on its own ("killed in an attack")
    passive_vowel_marks: frozenset[str] = frozenset()
    imperfect_prefixes: frozenset[str] = frozenset()
    derived_form_alifs: frozenset[str] = frozenset()
    passive_deed_openers: frozenset[str] = frozenset()
    # "قتل السفير في هجوم": a perfect of force written alike in both voices,
    # read as the passive when its one side is followed by "في" and a deed
    # of force (``struck_passive._undergone_in_deed``)
    ambiguous_force_verbs: frozenset[str] = frozenset()
    undergone_deed_openers: frozenset[str] = frozenset()
    undergone_deed_nouns: frozenset[str] = frozenset()
    undergone_side_articles: frozenset[str] = frozenset()
    # "محکوم شد": the same judgement in the passive, its judge after an
    # agent marker ("از سوی ترکیه"), its deed the subject before
    judged_passives: frozenset[str] = frozenset()
    # "ambassador to", "سفير … لدى": where an envoy is posted is no side
    posting_links: frozenset[str] = frozenset()
    envoy_words: frozenset[str] = frozenset()
    # parties78fa: "در امور", "for", "الخاص ب": the state an envoy is for
    remit_links: frozenset[str] = frozenset()
    # "درخواست", "طلب": a request rejected is the asker's, not its content's
    request_nouns: frozenset[str] = frozenset()
    # "احضار شد" + "به": the body an envoy is summoned to summoned him
    summoned_passives: frozenset[str] = frozenset()
    summoner_markers: frozenset[str] = frozenset()
    # mendB95: "استدعى السفير الأمريكي …", "The US ambassador summoned …":
    # an envoy who is the subject of an active summons summoned (summoned.py)
    summoner_after_verbs: frozenset[str] = frozenset()
    summoner_before_verbs: frozenset[str] = frozenset()
    # mendB95: "با درخواست مجدد ایران": one adjective between the request's
    # noun and its owner (request_owner.py)
    request_owner_adjectives: frozenset[str] = frozenset()
    # reversed94: "بناء على طلب من X", "به درخواست X", "at X's request",
    # "the request came from X": X asked (request_owner.py)
    request_owner_nouns: frozenset[str] = frozenset()
    request_owner_openers: frozenset[str] = frozenset()
    request_owner_links: frozenset[str] = frozenset()
    request_owner_possessives: frozenset[str] = frozenset()
    request_source_links: frozenset[str] = frozenset()
    # reversed98: a relative clause's verb, its doer the head or its
    # subject ("who invited him", "whom Iran expelled", "که او را"; relative_sides.py)
    clause_relatives: frozenset[str] = frozenset()
    object_clause_relatives: frozenset[str] = frozenset()
    resumed_objects: frozenset[str] = frozenset()
    resumed_obliques: frozenset[str] = frozenset()
    # mendA99: the relatives after which the head may be the doer, and the
    # words before "از آن" that make it no object ("پس از آن")
    head_doer_relatives: frozenset[str] = frozenset()
    resumed_oblique_stops: frozenset[str] = frozenset()
    partitives: frozenset[str] = frozenset()
    stance_nouns: frozenset[str] = frozenset()
    # "those who", "من", "کسانی که": whoever holds a stand (class_holders.py)
    class_holders: frozenset[str] = frozenset()
    # "hosts", "میزبان": hosting whose guests are a crowd (hosted.py)
    host_words: frozenset[str] = frozenset()
    # persian72: "تلفات … به آنان وارد شد": a harm inflicted, no entry (inflicted.py)
    inflicted_verbs: frozenset[str] = frozenset()
    inflicted_harms: frozenset[str] = frozenset()
    inflicted_on: frozenset[str] = frozenset()
    # mendE73: "وارد شدند" (entered) may enter a place; "وارد کرد" inflicts
    inflicted_intransitive: frozenset[str] = frozenset()
    hosted_crowds: frozenset[str] = frozenset()
    hosted_numbers: frozenset[str] = frozenset()  # "million", "ألف": whole words
    hosted_officials: frozenset[str] = frozenset()  # "minister": a guest received
    hosted_houses: frozenset[str] = frozenset()  # "خانواده سلطنتی": a ruling house
    class_holder_reach: int = 0
    # "از" before "کسانی که": the class is the main verb's object, an event
    class_object_marks: frozenset[str] = frozenset()
    # Arabic "من" + a verbal noun is a preposition: the verb takes "ي/ت/ن"
    class_verb_prefixes: tuple[str, ...] = ()
    # "on", "على", "به": whom a commented deed struck follows (extract/victims.py)
    deed_victim_markers: frozenset[str] = frozenset()
    # deed nouns whose next noun is whom they struck ("the killing of …",
    # "مقتل …", "کشته شدن …"): no marker opens the victims (``victims.py``)
    victim_first_deeds: frozenset[str] = frozenset()
    deed_clitics: frozenset[str] = frozenset()
    # "الجريمة", "crime": a noun that names a deed of force it does not
    # tell as one; a comment's victims are read after it too (``victims.py``)
    deed_crime_nouns: frozenset[str] = frozenset()
    object_relatives: frozenset[str] = frozenset()
    # left78: a relative pronoun opening an aside on the subject ("X, who had
    # gone to Seoul, met Y"; ``relative_aside.py``)
    subject_relatives: frozenset[str] = frozenset()
    # and, in a verb-final language, the verbs that close such an aside
    # before its comma (with the light verbs)
    subject_relative_closers: frozenset[str] = frozenset()
    # verbs whose subject may be a deed's noun and whose object is whom it
    # struck ("a bombing targeted …", "تفجير استهدف …"; ``victims_only.py``)
    striking_verbs: frozenset[str] = frozenset()
    content_openers: frozenset[str] = frozenset()
    # nonevent70: words of asking whose object is the reaction asked ("خواستار
    # محکومیت", "called for a condemnation"), the prefix glued to what is
    # asked ("طالبت … بإدانة") and the verbal nouns that head it ("باستخدام")
    asked_direct_words: frozenset[str] = frozenset()
    asked_content_prefixes: frozenset[str] = frozenset()
    asked_content_heads: frozenset[str] = frozenset()
    asked_content_not_before: frozenset[str] = frozenset()
    # common given names: an adjective of origin after one is a surname (``surnames.py``)
    given_names: frozenset[str] = frozenset()
    # kunya86: the words of a kunya ("أبو", "Abu"): the adjective of origin
    # after "kunya + name" is a nom de guerre's nisba, read by ``kunya.py``
    kunya_words: frozenset[str] = frozenset()
    # kunya86: a militant's titles before a kunya ("القيادي الجهادي"): his nisba is REB (``kunya.py``)
    kunya_militant_titles: frozenset[str] = frozenset()
    # nisba75ar: the endings that make a nisba adjective of a noun, the
    # article's forms a definite word opens with, and the nouns for a people
    # or a class whose adjective still names them (``nisba.py``)
    nisba_endings: tuple[str, ...] = ()
    definite_prefixes: tuple[str, ...] = ()
    nisba_people: frozenset[str] = frozenset()
    # openers of a complement clause with its own subject (``subclause_subject.py``):
    # free ("اینکه", "that"), or bound to a verb before them ("گفت که")
    subclause_openers: frozenset[str] = frozenset()
    verb_bound_openers: frozenset[str] = frozenset()
    # words that join a new clause to a finished one, bound to the verb that
    # ends it ("… ضعیف است و پلیس …"; ``subclause_subject.py``)
    clause_joiners: frozenset[str] = frozenset()
    clause_joining_marks: frozenset[str] = frozenset()
    saying_verbs: frozenset[str] = frozenset()
    # refusal79: verbs a complement "که" may follow that end no clause a
    # joiner or comma goes on from ("نشان می‌دهد که")
    showing_verbs: frozenset[str] = frozenset()
    verb_final: bool = False
    # lone43: the prepositions of a deed before whom it was done to ("از X
    # قدردانی کرد", "support for X"), the nouns whose genitive underwent
    # them ("آزادی X") and the word of that genitive ("of"; ``lone_object``)
    patient_preps: frozenset[str] = frozenset()
    patient_nouns: frozenset[str] = frozenset()
    patient_genitive_markers: frozenset[str] = frozenset()
    doer_predicates: frozenset[str] = frozenset()  # "خواستار شد": no passive
    dropped_subjects: bool = False  # "X اعلام کرد که … حمله کرده است": X did it
    passive_verbs: frozenset[str] = frozenset()
    # the passive's light verb as a noun ("هدف قرار گرفتن نفتکش"): its
    # genitive underwent the deed (``victims_only._struck_in_passive``)
    passive_nominals: frozenset[str] = frozenset()
    # heads and light verbs of a passive whose doer is the deed noun's
    # genitive ("مورد حمله X قرار گرفت"; ``genitive_agent.py``)
    genitive_agent_heads: frozenset[str] = frozenset()
    genitive_agent_verbs: frozenset[str] = frozenset()
    undergo_verbs: frozenset[str] = frozenset()
    # "when", "عندما", "هنگامی که" and the deeds a main clause tells its
    # victims underwent ("were killed", "قتل", "کشته شدند"): the subclause's
    # subject is the doer (``time_clause.subclause_doers_first``)
    time_conjunctions: frozenset[str] = frozenset()
    # a pronoun on a reported deed's object that points back to its speaker
    # ("أراضيها", "خاک این کشور"; ``reported_owner.speakers_struck``)
    owner_suffixes: tuple[str, ...] = ()
    owner_words: frozenset[str] = frozenset()
    # "attack", "strikes" after their doer in a phrase of the occasion opened
    # by "in" ("killed in an ISIS attack"; ``doers._modifies_deed``)
    doer_deed_nouns: frozenset[str] = frozenset()
    doer_deed_openers: frozenset[str] = frozenset()
    undergone_deeds: frozenset[str] = frozenset()
    receive_verbs: frozenset[str] = frozenset()
    # roles52: "واکنش … به انتقاد", "ردت … على انتقادات", "responded to"
    response_words: frozenset[str] = frozenset()
    response_preps: frozenset[str] = frozenset()
    response_phrase_ends: frozenset[str] = frozenset()
    responded_nouns: frozenset[str] = frozenset()
    giver_markers: frozenset[str] = frozenset()
    # roles52: "دعوة تلقاها من": a receiving verb right after the deed's noun
    received_relatives: frozenset[str] = frozenset()
    received_breaks: tuple[str, ...] = ()
    # reversed62: a preposition glued to the article ("للعائلات")
    glued_articles: tuple[str, ...] = ()
    sent_window: int = 3
    # agents70ar: counts and words of about between a sender and its troops
    sent_counts: frozenset[str] = frozenset()
    sent_verbs: frozenset[str] = frozenset()
    # mendA70: words before the verb of sending, and its clitic letters
    sent_leads: frozenset[str] = frozenset()
    sent_clitics: frozenset[str] = frozenset()
    partner_preps: frozenset[str] = frozenset()
    session_words: frozenset[str] = frozenset()  # "اجتمع", "جلسه": a body may meet alone
    # sides41: "praised X in parliament", "در صحن مجلس": the assembly where
    # one speaks, not a side (``extract/assembly_venue``)
    assembly_preps: frozenset[str] = frozenset()
    assembly_session_words: frozenset[str] = frozenset()
    assembly_own_deeds: frozenset[str] = frozenset()
    assembly_object_preps: frozenset[str] = frozenset()  # "at", "ب": also the verb's object
    # "رئيس": a bare head title in the construct state before an unknown noun
    # heads that body ("رئيس هيئة الانتخابات"), not a state
    body_heads: frozenset[str] = frozenset()
    head_state_nouns: frozenset[str] = frozenset()  # "رئيس البلاد": still the state's
    session_partners: frozenset[str] = frozenset()  # "مع", "با", "with": a session with someone
    session_agendas: frozenset[str] = frozenset()  # "با دستور کار": the agenda, no partner
    provision_labels: frozenset[str] = frozenset()  # "ماده", "Article": a law's article
    outside_preps: frozenset[str] = frozenset()  # "قبالة", "off": not in the country
    named_place_heads: frozenset[str] = frozenset()  # "باب المغاربة": a name, not a country
    # "مدينة": a town's head before its name and the country's adjective
    # ("في مدينة كيبيك الكندية"): the adjective tells where, not who
    town_name_heads: frozenset[str] = frozenset()
    border_heads: frozenset[str] = frozenset()  # "الحدود مع سوريا": the other side
    border_preps: frozenset[str] = frozenset()  # "مرز با": beside ``partner_preps``
    # "زرنج در مرز ایران": a town on another state's border (border_places)
    border_scene_preps: frozenset[str] = frozenset()
    # "-ing": a trigger opening the sentence so ends ("Accusing Iran, the
    # minister said …"): the clause after it is its subject's, no source
    opening_participles: frozenset[str] = frozenset()
    # "داعيا", "مطالبة": a participle opening a clause after a comma; its
    # doer is the subject of the clause before (extract/participle_subject)
    sharing_participles: frozenset[str] = frozenset()
    # targets81: openers of an adverbial between a verb of asking and whom
    # its form marks as asked ("طالب في بيانه السلطات", extract/lone_object)
    asked_gap_openers: frozenset[str] = frozenset()
    feminine_verb_prefixes: frozenset[str] = frozenset()  # "تطلب": she asks
    participle_leads: frozenset[str] = frozenset()  # "و": may stand before one
    # "وطالب", "كما دعا": a verb joined to an earlier one, whose subject it
    # carries when the group after it is marked as an object
    # (extract/carried_subject.py)
    carry_joins: frozenset[str] = frozenset()
    carry_leads: frozenset[str] = frozenset()
    # clauses62ar: joined clauses naming their own subject (``joined_clause.py``)
    verb_first_leads: frozenset[str] = frozenset()
    subject_clause_joiners: frozenset[str] = frozenset()
    clause_verbs: frozenset[str] = frozenset()
    # mendA92: a conjunction that after a comma opens a clause (``list_clause``)
    clause_comma_joiners: frozenset[str] = frozenset()
    object_endings: frozenset[str] = frozenset()  # "اللبنانيين": accusative
    feminine_verb_endings: frozenset[str] = frozenset()  # "دعت"
    feminine_noun_endings: frozenset[str] = frozenset()  # "الحكومة"
    feminine_state_endings: frozenset[str] = frozenset()  # "روسيا"
    # "باللوم على": fixed words between such a participle and whom it blames
    participle_frames: frozenset[str] = frozenset()
    # "ضمن", "while": a word opening an adverbial clause before a deed word;
    # "با", "مع": only before a verbal form (an ending or a verb after it)
    adverbial_openers: frozenset[str] = frozenset()
    verbal_openers: frozenset[str] = frozenset()
    verbal_endings: frozenset[str] = frozenset()  # "-ing", "ـها"
    verbal_verbs: frozenset[str] = frozenset()  # "کردن" after the noun
    # "گفت‌وگو با": a conversation's partner, beside ``partner_preps``
    interlocutor_preps: frozenset[str] = frozenset()
    travel_words: frozenset[str] = frozenset()  # "للسفر إلى سوريا": where one goes
    destination_preps: frozenset[str] = frozenset()  # "إلى", "to"
    # "بعد از", "after": a stop of a tour named before the next one
    # (``extract/itinerary``)
    itinerary_markers: frozenset[str] = frozenset()
    # "از", "from": where a visitor comes from, no host (``extract/itinerary``)
    origin_preps: frozenset[str] = frozenset()
    discussion_verbs: frozenset[str] = frozenset()  # "discussed Syria with …": Syria is the topic
    # "authorities detained …": the noun after the verb is the captive, not theirs
    capture_verbs: frozenset[str] = frozenset()
    # (noun ending, adjective ending) that cannot agree in case or number
    # ("مسلحون … فرنسيا": the adjective is another noun's)
    adjective_clashes: tuple[tuple[str, str], ...] = ()
    # tri29a: the ending of an indefinite noun in the accusative ("مهندسا"),
    # and words with that ending that are no such noun ("أيضا", "كما")
    accusative_endings: tuple[str, ...] = ()
    accusative_not_nouns: frozenset[str] = frozenset()
    # endings of verbs that end as that noun does ("غادروا": they left)
    accusative_verb_endings: tuple[str, ...] = ()
    # sides74: the possessive pronouns that end a noun as that ending does
    # ("رئيسها": its president), a possessed noun, never indefinite
    accusative_possessed_endings: tuple[str, ...] = ()
    agent_place_prefixes: frozenset[str] = frozenset()
    glued_prepositions: frozenset[str] = frozenset()
    # sides51: a preposition glued to a body after a definite title ("أشاد
    # وزير الداخلية بالشرطة"): the body is the verb's object, no genitive
    object_prepositions: frozenset[str] = frozenset()
    # words that open a phrase no verb's object stands in ("في تفجير")
    object_breaks: frozenset[str] = frozenset()
    # adjectives between an event noun and its genitive ("اعتصاب سراسری کارگران")
    event_noun_modifiers: frozenset[str] = frozenset()
    location_prefixes: tuple[str, ...] = ()
    name_clitics: frozenset[str] = frozenset()
    possessive_markers: tuple[str, ...] = ()
    possessive_clitics: tuple[str, ...] = ()  # "سربازانش": his/its soldiers
    # a reflexive written after the noun ("اتباع خود"): the subject's own
    possessives_after: frozenset[str] = frozenset()
    # "و سایر اعضای دولت", "وبقية المسؤولين": the others of the one just named
    others_of_named: frozenset[str] = frozenset()
    # "وتلك التابعة ل", "and those of": a demonstrative for the agent before
    those_of_named: frozenset[str] = frozenset()
    # "احتجاجاتهم", "their protests", "اعتراضات خود": a deed owned by its doer
    own_deed_marks: tuple[str, ...] = ()
    # "غارة شنتها": a deed done by the subject of its sentence (``onlookers._own_regret``)
    own_deed_verbs: frozenset[str] = frozenset()
    # "بيان", "statement": an aside after a state naming the body it spoke by
    statement_nouns: frozenset[str] = frozenset()
    # "في", "وفق", "in", "در": a word that opens a statement phrase naming the
    # body a state spoke by ("في بيان لوزارة الخارجية"; officials88)
    statement_openers: frozenset[str] = frozenset()
    # mendA89: the words that may link a statement noun to its body ("صادر عن",
    # "issued by", "از سوی"), the clitics the body may carry ("ل") and the
    # words before a state that make it an object ("on", "على", "به")
    statement_links: frozenset[str] = frozenset()
    statement_body_clitics: frozenset[str] = frozenset()
    statement_object_marks: frozenset[str] = frozenset()
    # mendE90: "كل" of "كل من", "بالنسبة" of "بالنسبة ل": the mark opens a subject
    statement_subject_leads: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    # "عازم", "وارد": a one-word trigger whose complement stands before its
    # light verb ("عازم پکن شد"); its verb ends at that light verb
    complement_first: frozenset[str] = frozenset()
    # victims71fa: "منجر به", "باعث" before a deed's infinitive, "به" closed
    # by "انجامید"/"منجر": the infinitive is a result, its victims after it
    result_links: frozenset[str] = frozenset()
    result_preps: frozenset[str] = frozenset()
    result_verbs: frozenset[str] = frozenset()
    # doer73fa: "که" before a result link: the result of the deed noun before it
    result_relatives: frozenset[str] = frozenset()
    first_person_verbs: frozenset[str] = frozenset()
    # colon57: "عامل", "المسؤول", "behind": a blame by a copula, the subject blamed
    blame_predicates: frozenset[str] = frozenset()
    # colon57: "نحن", "we" opening a quote: the deed told is the speaker's
    first_person_subjects: frozenset[str] = frozenset()
    # per event type, words the doer follows ("برصاص", "در حمله")
    doer_markers: dict[str, frozenset[str]] = field(default_factory=dict)
    # per event type, words that make a noun after them one referred to
    # ("violated the nuclear deal", "پایبندی ایران به توافق")
    reference_openers: dict[str, frozenset[str]] = field(default_factory=dict)
    # per head noun of a compound verb, its own light verbs ("وعده … را داد"):
    # after the object marker they carry the noun out (``predicates.is_object``)
    own_light_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    cause_openers: frozenset[str] = frozenset()  # "After X, …": X's own deed
    # "X باعث شد که Y …", "X prompted Y to …": X caused Y's deed, no side of it
    causative_links: frozenset[str] = frozenset()
    sides_markers: frozenset[str] = frozenset()  # "the agreement between X and Y"
    # "ابراز نگرانی کرد": an active verb's light verb; a passive's agent
    # marker before it belongs to another phrase (``doers.doers_first``)
    agentless_verbs: frozenset[str] = frozenset()
    # sides85: "حمله … به داعش نسبت داده شد": the words right after a deed's
    # doer that put the deed on it (``doers.doers_first``)
    doer_closers: frozenset[str] = frozenset()
    reason_openers: frozenset[str] = frozenset()  # "… over an attack by X": X's own deed
    because_openers: frozenset[str] = frozenset()  # "because of a US deal": no side
    charge_openers: frozenset[str] = frozenset()  # "arrested on charges of spying for X"
    # "accused of spying for X", "اتهم … بالتجسس", "به جاسوسی برای X متهم شد":
    # the words that open an accusation's own charge after / before its verb
    charge_after_accusing: frozenset[str] = frozenset()
    charge_not_opening: frozenset[str] = frozenset()  # "بالأمس": begins like a charge, is none
    charge_before_accusing: frozenset[str] = frozenset()
    charge_before_stops: frozenset[str] = frozenset()  # "را": the accused ends there
    charging_words: frozenset[str] = frozenset()  # "accus": words that take a charge
    charge_deed_words: frozenset[str] = frozenset()  # "انجام": doing the charged deed
    seat_titles: frozenset[str] = frozenset()  # "نماینده اصفهان": the town's MP
    army_honorifics: frozenset[str] = frozenset()  # "امیر سیاری": an officer, no emir
    # "آقای ظریف", "Mr Petro": a name that is also a word is the name after these
    name_honorifics: frozenset[str] = frozenset()
    person_frames_after: frozenset[str] = frozenset()  # "گفت": a surname before is a person
    person_frames_before: frozenset[str] = frozenset()  # "قال": a surname after is a person
    not_framed: frozenset[str] = frozenset()  # "مالکی": also others' surname
    # given names an honorific opens a full name with ("السيد علي …"), besides ``given_names``
    honorific_given: frozenset[str] = frozenset()
    # "نژاد" of "متقی‌نژاد": a surname's second part, folded to a word of its own
    surname_suffixes: frozenset[str] = frozenset()
    # states whose people are written family name first ("شی جین‌پینگ" → "آقای شی")
    family_first: frozenset[str] = frozenset()
    delegation_links: frozenset[str] = frozenset()  # "a delegation of the opposition"
    group_heads: frozenset[str] = frozenset()  # "دبیرکل" of a party: its leader
    # "ل": a glued preposition that makes an organisation its head's genitive
    # ("الأمين العام لحلف الناتو"), where before a state it is a break
    igo_genitive_prefixes: frozenset[str] = frozenset()
    # "ل" glued to a state after an agent noun: its owner ("الجيش الشعبي
    # لكوريا الشمالية"), never the other side it lent its code to (home49)
    owner_prefixes: frozenset[str] = frozenset()
    # "متعهد شد": a pledge verb that is the aid or cooperation it promises
    pledge_verbs: frozenset[str] = frozenset()
    # "به" before a verb-final pledge's content ("به تقویت روابط متعهد شدند")
    pledge_content_openers: frozenset[str] = frozenset()
    # "التابعة" (belonging to): a body after it owns the agent noun before it
    owner_links: frozenset[str] = frozenset()
    # "من", "of", "از": the one word that may stand between an agent noun and
    # the named movement whose members it names ("مسلحين من حماس")
    member_links: frozenset[str] = frozenset()
    # agents41fa: "از" right after a definite title or agent noun opens its
    # verb's complement ("رئیس جمهور از سپاه تقدیر کرد"), not its body; an
    # indefinite one (``indefinite_endings``: "نماینده‌ای از حماس") is a member
    verb_object_links: frozenset[str] = frozenset()
    # agents41fa: the first words of named groups whose country a state
    # written right after them replaces ("دولت سیزدهم عراق": Iraq's)
    country_after_heads: frozenset[str] = frozenset()
    # agents59ar: the first words of named groups one state's by name whose
    # country only an adjective right after them replaces ("الكونغرس
    # البيروفي"); a state noun there is an object ("أدان الكونغرس إيران")
    adjective_after_heads: frozenset[str] = frozenset()
    indefinite_endings: tuple[str, ...] = ()
    origin_links: frozenset[str] = frozenset()  # "من", "from": a people noun's home
    counted_origin_links: frozenset[str] = frozenset()  # "ثلاثة من تشاد": people
    sailing_words: frozenset[str] = frozenset()  # "sailed from Italy": the port left
    journey_words: frozenset[str] = frozenset()  # "returned from Germany to Russia"
    launch_words: frozenset[str] = frozenset()  # "fired from Gaza": the ground left
    launch_aims: frozenset[str] = frozenset()  # "fired … towards Israel": the state struck
    residence_words: frozenset[str] = frozenset()  # "المقيم في", "مقیم": where one lives
    residence_suffixes: frozenset[str] = frozenset()  # "US-based": where one is based
    residence_after: frozenset[str] = frozenset()  # "در فرانسه تحصیل کرده": lived or studied
    residence_verbs: frozenset[str] = frozenset()  # "الذي درس في": where one studied
    seat_words: frozenset[str] = frozenset()  # "مستقر": where a firm is based
    seat_heads: frozenset[str] = frozenset()  # "شرکت": heads a seat word may describe
    seat_reach: int = 0  # words back from a seat word to its head
    seat_nationality_before: int = 0  # words before the head its nationality may take
    seat_nationality_needed: bool = False  # a seat is set aside only for a foreign head
    origin_not_after: frozenset[str] = frozenset()  # "its", "the": a noun owned or known
    origin_departures: frozenset[str] = frozenset()  # "withdr", "سحب": "from" is the place left
    # names written after titles ("الرئيس … تبون"): a title after a titled
    # name begins another person (Persian writes "تبون، رئیس جمهور")
    names_follow_titles: bool = True
    # "along with", "as well as", "إلى جانب", "به همراه": the next actor acts too
    coactor_links: frozenset[str] = frozenset()
    # "several", "چند", "عدة": a quantity opening a list's next item after
    # its conjunction ("the army and several companies")
    item_quantifiers: frozenset[str] = frozenset()
    # "الشيخ", "President": between a title holder's mention and his name
    holder_name_leads: frozenset[str] = frozenset()
    describing_agents: frozenset[str] = frozenset()  # "کارگران معترض": one actor
    # guards64ar: a force's agent by the state it is of ("الحرس الوطني":
    # Tunisia's police, Saudi Arabia's army): phrase → (usual, {state: agent})
    agents_by_state: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    # "أشخاص متشددين": a noun for people of no kind, typed by the next noun
    generic_people: frozenset[str] = frozenset()
    # "أن", "that", "که": words that open a reported clause (``status.CLAUSE_OPENERS``)
    clause_openers: frozenset[str] = frozenset()
    # "ن": the ending that makes a verb its infinitive ("متهم کردن",
    # ``affixes.INFINITIVE_ENDINGS``), whose object follows it
    infinitive_endings: frozenset[str] = frozenset()
    home_not_after: frozenset[str] = frozenset()  # "این کشور": not the home country
    # "این کشور", "هذا البلد": the country just named (``this_country``)
    this_country_words: frozenset[str] = frozenset()
    this_country_before: frozenset[str] = frozenset()  # "the country's": before the agent
    this_country_against: frozenset[str] = frozenset()  # "علیه": a deed's other side between
    # actors62: "ضد", "مبارزه با", "the fight against": whom a joint effort
    # is against (``opposed.opposed_out``)
    opposed_markers: frozenset[str] = frozenset()
    foreign_words: frozenset[str] = frozenset()  # "خارجی", "foreign": of no country named
    # agents64fa: "اروپایی" → "EU", "غربی" → "": a region's agents, of a
    # bloc or of none, never of the one state the sentence names
    region_words: dict[str, str] = field(default_factory=dict)
    # "فعالان": heads of a stateless agent's noun that name people of the place
    local_agent_heads: frozenset[str] = frozenset()
    # condemners59: words of a reaction to a deed ("أدان", "condemned",
    # "محکوم"): an unknown doer told with them is not the reactor's
    reaction_words: frozenset[str] = frozenset()
    # adjdoer73: nouns of a deed of force or of the craft that does it
    # ("الغارات", "حمله", "strikes"): a state adjective on them is the doer's
    deed_adjective_heads: frozenset[str] = frozenset()
    # agentsar85: partitive words ("بينهم", "including", "از جمله"): a
    # nationality right after them is some held or struck people's only
    national_partitives: frozenset[str] = frozenset()
    # victims103: nouns of dying or being wounded ("مقتل", "کشته شدن",
    # "deaths of"): a side in their genitive is whom a deed struck
    toll_genitives: frozenset[str] = frozenset()
    # and the words that may stand between two victims it joins ("وأعوان من")
    toll_links: frozenset[str] = frozenset()
    # country87: words of where a group came from or lives ("قادمين من",
    # "coming from", "مقیم"): a state right after them is the group's origin,
    # read as the partitives are (no other agent's country)
    origin_markers: frozenset[str] = frozenset()
    # agentsar91: words of posts held abroad ("دبلوماسي", "بعثات", "diplomat",
    # "دیپلمات"): a place right after them is where they serve, not their
    # country (``participants._Sentence._placed_right_after``)
    abroad_posts: frozenset[str] = frozenset()
    # mendD92: seats of international bodies ("Brussels", "جنيف"): officials
    # there are as often the bodies' as the state's (``_placed_right_after``)
    igo_seats: frozenset[str] = frozenset()
    # mendD92: a bloc's name written after the party ("'s parliamentary
    # group"): the bloc is the legislature's (``mention_scan.bloc_named``)
    bloc_after: frozenset[str] = frozenset()
    # mendD92: words of saying right after such a place ("said", "إن"):
    # the officials tell of a deed (``_placed_right_after``)
    placed_speech: frozenset[str] = frozenset()
    # mendF93: subject pronouns after that word of saying ("they", "إنهم"):
    # the officials tell of their own deed (``_speakers_of``)
    speaker_pronouns: frozenset[str] = frozenset()
    # codes91: words of direction ("إلى", "to", "عازم"): a bare state right
    # after them is where someone goes, no agent's country
    destination_markers: frozenset[str] = frozenset()
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
    # doer76: a deed's noun whose owner is a group named by a word that is
    # an actor only there ("غارات التحالف", "حمله ائتلاف", "coalition
    # strikes"): ``deed_owner.deed_owners_only``; ``deed_owner_before`` when
    # the owner stands before the noun (English)
    deed_owner_heads: frozenset[str] = frozenset()
    deed_owner_before: bool = False
    deed_owner_possessives: tuple[str, ...] = ()  # "'s" between the owner and the noun
    this_country_sides: frozenset[str] = frozenset()  # "این کشور" alone: a side when governed
    this_country_side_preps: frozenset[str] = frozenset()  # "علیه این کشور": governs it
    this_country_clause_words: frozenset[str] = frozenset()  # "که": opens its clause
    home_not_before: frozenset[str] = frozenset()  # "کشور همسایه": another country
    home_adj_endings: tuple[str, ...] = ()  # "کشور اسلامی": an adjective names which
    lang: str = ""

    @cached_property
    def coordinators(self) -> Coordinators:
        """What joins two actors into one side of an event: conjunctions and
        links to a co-actor ("and", "along with", "إلى جانب", "به همراه").
        Kept on the context once read (speed74a: the steps asked it some
        60,000 times in 1,500 documents, each a look-up of three sets)."""
        return _coordinators(
            self.conjunctions, self.coactor_links, self.item_quantifiers, self.holder_name_leads
        )

    @cached_property
    def listed_names(self) -> Coordinators:
        """sides101: the conjunctions alone (no co-actor link), with the words
        that may stand before a titled person's name (``HOLDER_NAME_LEADS``):
        what joins the named leaders a meeting's noun lists."""
        leads = self.holder_name_leads
        return _coordinators(self.conjunctions, frozenset(), frozenset(), leads, True)

    @cached_property
    def joint_coordinators(self) -> Coordinators:
        """sides101: ``coordinators`` for the sides of a joint event, where a
        named leader, a comma and the next leader's title go on with one list
        ("… حسن روحانی، رئیس‌جمهور روسیه ولادیمیر پوتین و …"); in a directed
        deed the same words may open its object ("… ظریف، وزیر خارجه روسیه …
        را دعوت کرد"). mendD102: a titled person after a topic's word ("the
        fate of", "مصير", "درباره") is no side (``topic_leads``)."""
        leads, topics = self.holder_name_leads, self.topic_heads | self.about_preps
        return _coordinators(
            self.conjunctions, self.coactor_links, self.item_quantifiers, leads, True, topics
        )

    @cached_property
    def phrase_stops(self) -> frozenset[str]:
        """The prepositions and conjunctions that part a marker or a cue from
        the mention after it (a doer marker, ``doers._marker_across``; a
        feigning cue, ``claimed_identity``): one union per language, kept
        here once (doers and claimed_identity each joined the same eight)."""
        return frozenset().union(
            self.target_preps,
            self.topic_preps,
            self.partner_preps,
            self.about_preps,
            self.scene_preps,
            self.place_preps,
            self.location_preps,
            self.conjunctions,
        )


class Coordinators(frozenset[str]):
    """Conjunctions and co-actor links (``context.COACTOR_LINKS``) in one set:
    what joins two actors into one side. It still tells the links apart: set
    off by a comma, a link opens an aside that the next comma closes. It
    also holds the quantities that may open a list's next item after its
    conjunction (``context.ITEM_QUANTIFIERS``: "and several", "و چند"), the
    words that may stand between a titled mention and its holder's name
    (``name_leads``, ``context.HOLDER_NAME_LEADS``: "الشيخ", "President") and
    whether a named leader, a comma and the next leader's title go on with a
    list (``titled_lists``: among a joint event's sides only), and the words
    after which a titled person is what a joint event is about, no side of
    it (``topic_leads``, mendD102: ``TOPIC_HEADS`` and ``ABOUT_PREPOSITIONS``,
    "the fate of", "مصير", "درباره")."""

    coactor_links: frozenset[str]
    quantifiers: frozenset[str]
    name_leads: frozenset[str]
    titled_lists: bool
    topic_leads: frozenset[str]

    def __new__(
        cls,
        conjunctions: frozenset[str],
        coactor_links: frozenset[str],
        quantifiers: frozenset[str] = frozenset(),
        name_leads: frozenset[str] = frozenset(),
        titled_lists: bool = False,
        topic_leads: frozenset[str] = frozenset(),
    ) -> Coordinators:
        made = super().__new__(cls, conjunctions | coactor_links)
        made.coactor_links = coactor_links
        made.quantifiers = quantifiers
        # matched word by word: "رئیس‌جمهور" is folded to two words
        made.name_leads = frozenset(w for lead in name_leads for w in lead.split())
        made.titled_lists = titled_lists
        made.topic_leads = topic_leads
        return made


@cache
def _coordinators(
    conjunctions: frozenset[str],
    coactor_links: frozenset[str],
    quantifiers: frozenset[str],
    name_leads: frozenset[str] = frozenset(),
    titled_lists: bool = False,
    topic_leads: frozenset[str] = frozenset(),
) -> Coordinators:
    return Coordinators(
        conjunctions, coactor_links, quantifiers, name_leads, titled_lists, topic_leads
    )


def _words(data: ModuleType | None, name: str) -> frozenset[str]:
    """A word list of a data module, folded like the text it is matched against."""
    return frozenset(normalize_phrase(w) for w in getattr(data, name, ()))


def _sorted_words(data: ModuleType | None, name: str) -> tuple[str, ...]:
    """A folded word list in a fixed order, for ``str.startswith``/``endswith`` tuples."""
    return tuple(sorted(_words(data, name)))


def _syntax(data: ModuleType | None) -> Syntax:
    """The clause-level cues (verbs, negation, modality) of the language,
    read in two halves so that each reader stays short."""
    return Syntax(**_syntax_clauses(data), **_syntax_shapes(data))


def _syntax_clauses(data: ModuleType | None) -> dict[str, Any]:
    """The cues of clauses: verbs, negation, modality, speech and purpose."""
    return dict(
        determiners=_words(data, "DETERMINERS"),
        verb_markers=_words(data, "VERB_MARKERS"),
        infinitive=_words(data, "INFINITIVE_MARKERS"),
        passive_aux=_words(data, "PASSIVE_AUXILIARIES"),
        frame_window=getattr(data, "FRAME_WINDOW", 0),
        clause_breaks=frozenset(getattr(data, "CLAUSE_PUNCTUATION", ())),
        agent_markers=_words(data, "AGENT_MARKERS"),
        negation_gap=_words(data, "NEGATION_GAP_WORDS"),
        negation_closers=_words(data, "NEGATION_CLOSERS"),
        inability_links=_words(data, "INABILITY_LINKS"),
        threat_conditions=_words(data, "THREAT_CONDITIONS"),
        course_words=_words(data, "COURSE_WORDS"),
        relatives=_words(data, "RELATIVE_PRONOUNS"),
        speculative=_words(data, "SPECULATIVE_MODALS"),
        speech_openers=_words(data, "SPEECH_OPENERS"),
        subordinators=_words(data, "SUBORDINATORS"),
        planned_before_verbs=getattr(data, "PLANNED_BEFORE_VERBS", False),
        future_times=_words(data, "FUTURE_TIME_CUES"),
        purpose_cues=_words(data, "PURPOSE_CUES"),
    )


def _syntax_shapes(data: ModuleType | None) -> dict[str, Any]:
    """The cues of word shapes and phrases: gerunds, participles,
    prepositions, conjunctions and the words around a town."""
    return dict(
        gerund_markers=_words(data, "GERUND_MARKERS"),
        context_preps=_words(data, "CONTEXT_PREPOSITIONS"),
        deed_context_preps=_words(data, "DEED_CONTEXT_PREPOSITIONS"),
        modifiers_before=getattr(data, "MODIFIERS_BEFORE_NOUNS", True),
        participle_complements=_words(data, "PARTICIPLE_COMPLEMENTS"),
        quantifiers=_words(data, "QUANTIFIERS"),
        participle_endings=_sorted_words(data, "PARTICIPLE_ENDINGS"),
        past_participle_endings=_sorted_words(data, "PAST_PARTICIPLE_ENDINGS"),
        gerund_endings=_sorted_words(data, "GERUND_ENDINGS"),
        clause_conjunctions=_words(data, "CLAUSE_CONJUNCTIONS"),
        subject_conjunctions=_words(data, "SUBJECT_CONJUNCTIONS"),
        request_openers=_words(data, "REQUEST_OPENERS"),
        release_nouns=_words(data, "RELEASE_NOUNS"),
        dotted_abbreviations=_sorted_words(data, "DOTTED_ABBREVIATIONS"),
        object_preps=_words(data, "OBJECT_BREAK_PREPOSITIONS"),
        passive_be=_words(data, "PASSIVE_BE"),
        object_pronouns=_sorted_words(data, "VERB_OBJECT_PRONOUNS"),
        town_leads=_words(data, "TOWN_OBJECT_LEADS"),
        town_followers=_words(data, "TOWN_OBJECT_FOLLOWERS"),
        town_subject_after=_words(data, "TOWN_SUBJECT_AFTER"),
        town_before_verb=getattr(data, "TOWN_OBJECT_BEFORE_VERB", False),
        town_owner_marks=_sorted_words(data, "TOWN_OWNER_MARKS"),
    )


def _name_rules(data: ModuleType | None, lang: str) -> NameRules:
    """How proper names are told from ordinary words (capitals, neighbours)."""
    return NameRules(
        capitalised=getattr(data, "NAMES_CAPITALISED", False),
        by_neighbours=_words(data, "NAMES_BY_NEIGHBOURS"),
        function_words=_words(data, "NAME_FUNCTION_WORDS") | _words(data, "NAME_STOPWORDS"),
        articles=_sorted_words(data, "NAME_ARTICLES"),
        conjunctions=_words(data, "CONJUNCTIONS"),
        folding=_folding(data, lang),
    )


def _folding(data: ModuleType | None, lang: str) -> Folding:
    """The one-word titles and nouns for people listed with the letter the
    normaliser folds (``context.FOLDED_LETTER``), those whose form without
    it is listed too (feminines of a listed masculine) and the listed
    homographs (``written``)."""
    letter = getattr(data, "FOLDED_LETTER", "")
    if not letter:
        return Folding()
    words = {
        phrase
        for table in (getattr(load(lang, "roles"), "ROLE_TITLES", {}), _agent_nouns(lang))
        for phrases in table.values()
        for phrase in phrases
        if " " not in phrase
    }
    folded = {w for w in words if w.endswith(letter)}
    return Folding(
        folded=frozenset(normalize_phrase(w) for w in folded),
        feminines=frozenset(normalize_phrase(w) for w in folded if w[: -len(letter)] in words),
        homographs=_words(data, "FOLDED_HOMOGRAPHS"),
        letter=getattr(data, "CLITIC_LETTER", ""),
        feminine=letter,
        article=normalize_phrase(getattr(data, "HOMOGRAPH_ARTICLE", "")),
    )


def _agent_nouns(lang: str) -> dict[str, tuple[str, ...]]:
    return dict(language_field(lang, "AGENT_NOUNS"))


def _own_words(lang: str, name: str) -> frozenset[str]:
    """A word list of the language's agents table, folded like the text."""
    return frozenset(normalize_phrase(w) for w in language_field(lang, name))


def _agent_fields(lang: str) -> dict[str, Any]:
    """Agent tables: the language's people words and the shared (``xx``) agent codes."""
    return {
        "people_suffixes": _own_words(lang, "PEOPLE_SUFFIXES"),
        "people_words": _own_words(lang, "PEOPLE_WORDS"),
        "lone_person_definite": tuple(sorted(_own_words(lang, "LONE_PERSON_DEFINITE"))),
        "lone_person_endings": _own_words(lang, "LONE_PERSON_ENDINGS"),
        "lone_person_preps": _own_words(lang, "LONE_PERSON_PREPOSITIONS"),
        "lone_person_head_endings": tuple(sorted(_own_words(lang, "LONE_PERSON_HEAD_ENDINGS"))),
        "lone_person_copulas": _own_words(lang, "LONE_PERSON_COPULAS"),
        "lone_person_bare_articles": _own_words(lang, "LONE_PERSON_BARE_ARTICLES"),
        "lone_person_feminine": tuple(sorted(_own_words(lang, "LONE_PERSON_FEMININE_ENDINGS"))),
        "lone_person_not_feminine": _own_words(lang, "LONE_PERSON_NOT_FEMININE"),
        "lone_person_plurals": tuple(sorted(_own_words(lang, "LONE_PERSON_INDEFINITE_PLURALS"))),
        "lone_person_nisba": tuple(sorted(_own_words(lang, "LONE_PERSON_NISBA_ENDINGS"))),
        "lone_person_verb_openings": tuple(
            sorted(_own_words(lang, "LONE_PERSON_FEMININE_VERB_OPENINGS"))
        ),
        "lone_person_verb_endings": tuple(
            sorted(_own_words(lang, "LONE_PERSON_FEMININE_VERB_ENDINGS"))
        ),
        "lone_person_not_verb_endings": tuple(
            sorted(_own_words(lang, "LONE_PERSON_NOT_VERB_ENDINGS"))
        ),
        "lone_person_articles": _own_words(lang, "LONE_PERSON_ARTICLES"),
        "lone_person_followers": _own_words(lang, "LONE_PERSON_FOLLOWERS"),
        "describing_agents": _own_words(lang, "DESCRIBING_AGENT_NOUNS"),
        "agents_by_state": {
            normalize_phrase(phrase): (usual, dict(by_state))
            for phrase, (usual, by_state) in language_field(lang, "AGENTS_BY_STATE").items()
        },
        "generic_people": _own_words(lang, "GENERIC_PEOPLE_HEADS"),
        "role_agents": dict(shared_field("ROLE_AGENTS")),
        "institution_agents": dict(shared_field("INSTITUTION_AGENTS")),
        "sent_agents": shared_set("SENT_AGENTS"),
        # a language may add its own (``agents.STATELESS_AGENTS``)
        "stateless_agents": shared_set("STATELESS_AGENTS")
        | frozenset(language_field(lang, "STATELESS_AGENTS")),
        "home_body_agents": shared_set("HOME_BODY_AGENTS"),
        "home_institutions": shared_set("HOME_INSTITUTIONS"),
        "not_party_to": dict(shared_field("NOT_PARTY_TO")),
        "cited_agents": shared_set("CITED_AGENTS"),
        "name_bearing_agents": shared_set("NAME_BEARING_AGENTS"),
        "placed_groups": shared_set("PLACED_GROUP_AGENTS"),
        "unknown_doers": shared_set("UNKNOWN_DOER_AGENTS"),
        "armed_branches": shared_set("ARMED_BRANCHES"),
        "fighter_agents": shared_set("FIGHTER_AGENTS"),
    }


# Context fields that are one folded word list of ``context.py`` each.
_WORD_FIELDS = {
    "topic_preps": "TOPIC_PREPOSITIONS",
    "location_preps": "LOCATION_PREPOSITIONS",
    "head_nouns": "ACTOR_HEAD_NOUNS",
    "conjunctions": "CONJUNCTIONS",
    "statement_nouns": "STATEMENT_NOUNS",
    "statement_openers": "STATEMENT_OPENERS",
    "statement_links": "STATEMENT_LINKS",
    "statement_body_clitics": "STATEMENT_BODY_CLITICS",
    "statement_object_marks": "STATEMENT_OBJECT_MARKS",
    "statement_subject_leads": "STATEMENT_SUBJECT_LEADS",
    "sector_scope": "SECTOR_SCOPE_CUES",
    "title_words": "SECTOR_TITLE_WORDS",
    "name_stopwords": "NAME_STOPWORDS",
    "role_links": "ROLE_COUNTRY_LINKS",
    "role_breaks": "ROLE_BREAK_WORDS",
    "location_heads": "LOCATION_HEAD_NOUNS",
    "state_place_preps": "STATE_PLACE_PREPOSITIONS",
    "place_modifiers": "PLACE_MODIFIERS",
    "place_articles": "PLACE_ARTICLES",
    "agent_topic_preps": "AGENT_TOPIC_PREPOSITIONS",
    "possessives": "POSSESSIVE_PRONOUNS",
    "former_words": "FORMER_WORDS",
    "former_after": "FORMER_AFTER_WORDS",
    "kin_words": "KIN_WORDS",
    "servant_titles": "SERVANT_TITLES",
    "finer_post_titles": "FINER_POST_TITLES",
    "servant_links": "SERVANT_LINKS",
    "deputy_words": "DEPUTY_WORDS",
    "title_qualifiers": "TITLE_QUALIFIERS",
    "deputy_prefixes": "DEPUTY_GENITIVE_PREFIXES",
    "deputy_of_words": "DEPUTY_OF_WORDS",
    "served_after": "SERVED_POSSESSIVES",
    "aide_titles": "AIDE_TITLES",
    "patronymics": "PATRONYMIC_WORDS",
    "igo_head_titles": "IGO_HEAD_TITLES",
    "committee_words": "COMMITTEE_WORDS",
    "unit_words": "UNIT_WORDS",
    "portfolio_heads": "PORTFOLIO_HEADS",
    "portfolio_words": "PORTFOLIO_WORDS",
    "portfolio_people": "PORTFOLIO_PEOPLE",
    "portfolio_endings": "PORTFOLIO_ENDINGS",
    "member_words": "MEMBER_WORDS",
    "bloc_words": "BLOC_WORDS",
    "elect_after": "ELECT_AFTER_WORDS",
    "sponsor_markers": "SPONSOR_MARKERS",
    "sponsor_openers": "SPONSOR_OPENERS",
    "source_openers": "SOURCE_OPENERS",
    "subordinators": "SUBORDINATORS",
    "title_gap_blockers": "TITLE_GAP_BLOCKERS",
    "object_markers": "OBJECT_MARKERS",
    "reciprocals": "RECIPROCALS",
    "clause_opening_words": "CLAUSE_OPENING_WORDS",
    "asked_of_markers": "ASKED_OF_MARKERS",
    "asked_of_not_after": "ASKED_OF_NOT_AFTER",
    "asked_of_not_before": "ASKED_OF_NOT_BEFORE",
    "addressee_preps": "REQUEST_ADDRESSEE_PREPOSITIONS",
    "phrase_breaks": "PHRASE_BREAKS",
    "referred_own_words": "REFERRED_OWN_WORDS",
    "referred_partners": "REFERRED_PARTNERS",
    "object_blockers": "OBJECT_BLOCKERS",
    "continued_openers": "CONTINUED_OPENERS",
    "continued_verbs": "CONTINUED_VERBS",
    "support_verbs": "SUPPORT_VERBS",
    "cancel_verbs": "CANCEL_VERBS",
    "demonstratives": "DEMONSTRATIVES",
    "joined_verbs": "JOINED_VERBS",
    "question_openers": "QUESTION_OPENERS",
    "question_leads": "QUESTION_LEADS",
    "topic_markers": "TOPIC_MARKERS",
    "aim_markers": "AIM_MARKERS",
    "aim_determiners": "AIM_DETERMINERS",
    "topic_joins": "TOPIC_JOINS",
    "topic_kind_heads": "TOPIC_KIND_HEADS",
    "topic_phrase_openers": "TOPIC_PHRASE_OPENERS",
    "report_topic_markers": "REPORT_TOPIC_MARKERS",
    "report_topic_nouns": "REPORT_TOPIC_NOUNS",
    "talks_posts": "TALKS_POSTS",
    "talks_post_preps": "TALKS_POST_PREPS",
    "talks_taking_part": "TALKS_TAKING_PART",
    "talks_speech": "TALKS_SPEECH",
    "fear_markers": "FEAR_MARKERS",
    "fear_phrase_ends": "FEAR_PHRASE_ENDS",
    "offer_words": "OFFER_WORDS",
    "offer_markers": "OFFER_MARKERS",
    "offer_not_before": "OFFER_NOT_BEFORE",
    "offer_not_after": "OFFER_NOT_AFTER",
    "offer_verbs": "OFFER_VERBS",
    "offer_verbs_denied": "OFFER_VERBS_DENIED",
    "light_verbs": "LIGHT_VERBS",
    "clause_obligations": "CLAUSE_OBLIGATION_CUES",
    "clause_verb_ends": "CLAUSE_VERB_ENDS",
    "told_deed_leads": "TOLD_DEED_LEADS",
    "may_outcome_verbs": "MAY_OUTCOME_VERBS",
    "may_outcome_leads": "MAY_OUTCOME_LEADS",
    "may_outcome_stops": "MAY_OUTCOME_STOPS",
    "may_past_times": "MAY_PAST_TIMES",
    "story_work_words": "STORY_WORK_WORDS",
    "gap_openers": "GAP_OPENERS",
    "gap_closers": "GAP_CLOSERS",
    "gap_list_marks": "GAP_LIST_MARKS",
    "may_particles": "MAY_PARTICLES",
    "subjunctive_particles": "SUBJUNCTIVE_PARTICLES",
    "subjunctive_not_after": "SUBJUNCTIVE_NOT_AFTER",
    "verbal_noun_shapes": "VERBAL_NOUN_SHAPES",
    "that_clause_noun_shapes": "THAT_CLAUSE_NOUN_SHAPES",
    "subjunctive_lead_clitics": "SUBJUNCTIVE_LEAD_CLITICS",
    "that_clause_predicates": "THAT_CLAUSE_PREDICATES",
    "that_clause_breaks": "THAT_CLAUSE_BREAKS",
    "wish_object_prefixes": "WISH_OBJECT_PREFIXES",
    "wish_not_objects": "WISH_NOT_OBJECTS",
    "permitted_verb_leads": "PERMITTED_VERB_LEADS",
    "permission_stops": "PERMISSION_STOPS",
    "permitted_deed_results": "PERMITTED_DEED_RESULTS",
    "driver_markers": "DRIVER_MARKERS",
    "subjunctive_verbs": "SUBJUNCTIVE_VERBS",
    "indicative_markers": "INDICATIVE_MARKERS",
    "realized_modals": "REALIZED_MODALS",
    "have_subjunctives": "HAVE_SUBJUNCTIVES",
    "have_trip_leads": "HAVE_TRIP_LEADS",
    "own_demands": "OWN_DEMANDS",
    "demand_stops": "DEMAND_STOPS",
    "postposed_modals": "POSTPOSED_MODALS",
    "agreed_content_markers": "AGREED_CONTENT_MARKERS",
    "name_heads": "NAME_HEADS",
    "place_preps": "PLACE_PREPOSITIONS",
    "near_preps": "NEAR_PREPOSITIONS",
    "seat_preps": "SEAT_PREPOSITIONS",
    "seat_clitics": "SEAT_CLITICS",
    "seat_fillers": "SEAT_FILLERS",
    "naming_links": "NAMING_LINKS",
    "naming_breaks": "NAMING_BREAKS",
    "feigning_cues": "FEIGNING_CUES",
    "claimed_being_cues": "CLAIMED_BEING_CUES",
    "title_complement_links": "TITLE_COMPLEMENT_LINKS",
    "seat_nouns": "SEAT_NOUNS",
    "seat_affiliates": "SEAT_AFFILIATES",
    "holding_phrases": "HOLDING_PHRASES",
    "held_area_nouns": "HELD_AREA_NOUNS",
    "town_state_marks": "TOWN_STATE_MARKS",
    "town_state_closers": "TOWN_STATE_CLOSERS",
    "town_state_not_before": "TOWN_STATE_NOT_BEFORE",
    "scene_preps": "SCENE_PREPOSITIONS",
    "custody_nouns": "CUSTODY_NOUNS",
    "scene_place_preps": "SCENE_PLACE_PREPOSITIONS",
    "backed_links": "BACKED_PROTEST_LINKS",
    "report_leads": "REPORT_PLACE_LEADS",
    "report_from": "REPORT_PLACE_FROM",
    "held_places": "HELD_PLACE_NOUNS",
    "name_countries": "COUNTRY_WORDS_IN_NAMES",
    "given_name_nouns": "GIVEN_NAME_NOUNS",
    "given_name_leads": "GIVEN_NAME_NOUN_LEADS",
    "withdraw_from": "WITHDRAW_FROM",
    "place_side_preps": "PLACE_SIDE_PREPOSITIONS",
    "passive_verbs": "PASSIVE_VERBS",
    "passive_nominals": "PASSIVE_NOMINALS",
    "genitive_agent_heads": "GENITIVE_AGENT_HEADS",
    "genitive_agent_verbs": "GENITIVE_AGENT_VERBS",
    "undergo_verbs": "UNDERGO_VERBS",
    "time_conjunctions": "TIME_CONJUNCTIONS",
    "owner_words": "OWNER_WORDS",
    "doer_deed_nouns": "DOER_DEED_NOUNS",
    "doer_deed_openers": "DOER_DEED_OPENERS",
    "undergone_deeds": "UNDERGONE_DEEDS",
    "receive_verbs": "RECEIVE_VERBS",
    "response_words": "RESPONSE_WORDS",
    "response_preps": "RESPONSE_PREPOSITIONS",
    "response_phrase_ends": "RESPONSE_PHRASE_ENDS",
    "responded_nouns": "RESPONDED_NOUNS",
    "giver_markers": "GIVER_MARKERS",
    "received_relatives": "RECEIVED_RELATIVES",
    "venue_nouns": "VENUE_NOUNS",
    "venue_pair_joiners": "VENUE_PAIR_JOINERS",
    "participation_links": "PARTICIPATION_LINKS",
    "participation_openers": "PARTICIPATION_OPENERS",
    "participation_tails": "PARTICIPATION_TAILS",
    "offshore_heads": "OFFSHORE_HEAD_NOUNS",
    "passive_relative_openers": "PASSIVE_RELATIVE_OPENERS",
    "toll_openers": "TOLL_OPENERS",
    "target_preps": "TARGET_PREPOSITIONS",
    "noun_target_markers": "NOUN_TARGET_MARKERS",
    "protest_counterparts": "PROTEST_COUNTERPARTS",
    "noun_target_openings": "NOUN_TARGET_OPENINGS",
    "struck_preps": "STRUCK_PREPOSITIONS",
    "struck_qualifiers": "STRUCK_QUALIFIERS",
    "part_of_links": "PART_OF_LINKS",
    "employer_links": "EMPLOYER_LINKS",
    "workplaces": "WORKPLACE_NOUNS",
    "street_heads": "STREET_HEADS",
    "street_heads_after": "STREET_HEADS_AFTER",
    "suicide_deed_nouns": "SUICIDE_DEED_NOUNS",
    "suicide_adjectives": "SUICIDE_ADJECTIVES",
    "suicide_circumstances": "SUICIDE_CIRCUMSTANCES",
    "suicide_counters": "SUICIDE_COUNTERS",
    "force_heads": "GENERIC_FORCE_HEADS",
    "force_fillers": "ARMED_GROUP_DESCRIBERS",
    "report_subject_openers": "REPORT_SUBJECT_OPENERS",
    "addressee_markers": "ADDRESSEE_MARKERS",
    "strike_participles": "STRIKE_PARTICIPLES",
    "strike_auxiliaries": "STRIKE_AUXILIARIES",
    "own_country_subjects": "OWN_COUNTRY_SUBJECTS",
    "relay_preps": "RELAY_PREPOSITIONS",
    "owned_sources": "OWNED_SOURCES",
    "source_heads": "SOURCE_HEADS",
    "medium_name_heads": "MEDIUM_NAME_HEADS",
    "medium_appositions": "MEDIUM_APPOSITIONS",
    "document_nouns": "DOCUMENT_NOUNS",
    "document_frames": "DOCUMENT_FRAMES",
    "vessel_owner_cues": "VESSEL_OWNER_CUES",
    "visited_places": "VISITED_PLACES",
    "site_visit_words": "SITE_VISIT_WORDS",
    "site_nouns": "SITE_NOUNS",
    "site_markers": "SITE_MARKERS",
    "topic_links": "TOPIC_LINKS",
    "judging_verbs": "JUDGING_VERBS",
    "visit_verbs": "VISIT_VERBS",
    "visited_nouns": "VISITED_NOUNS",
    "visit_verbs_adjacent": "VISIT_VERBS_ADJACENT",
    "not_visit_phrases": "NOT_VISIT_PHRASES",
    "passive_force_forms": "PASSIVE_FORCE_FORMS",
    "passive_force_leads": "PASSIVE_FORCE_LEADS",
    "passive_lead_reciprocal": "PASSIVE_LEAD_RECIPROCAL",
    "passive_deed_openers": "PASSIVE_DEED_OPENERS",
    "ambiguous_force_verbs": "AMBIGUOUS_FORCE_VERBS",
    "undergone_deed_openers": "UNDERGONE_DEED_OPENERS",
    "undergone_deed_nouns": "UNDERGONE_DEED_NOUNS",
    "undergone_side_articles": "UNDERGONE_SIDE_ARTICLES",
    "judged_passives": "JUDGED_PASSIVES",
    "posting_links": "POSTING_LINKS",
    "envoy_words": "ENVOY_WORDS",
    "remit_links": "REMIT_LINKS",
    "request_nouns": "REQUEST_NOUNS",
    "summoned_passives": "SUMMONED_PASSIVES",
    "summoner_markers": "SUMMONER_MARKERS",
    "summoner_after_verbs": "SUMMONER_AFTER_VERBS",
    "summoner_before_verbs": "SUMMONER_BEFORE_VERBS",
    "request_owner_adjectives": "REQUEST_OWNER_ADJECTIVES",
    "request_owner_nouns": "REQUEST_OWNER_NOUNS",
    "request_owner_openers": "REQUEST_OWNER_OPENERS",
    "request_owner_links": "REQUEST_OWNER_LINKS",
    "request_owner_possessives": "REQUEST_OWNER_POSSESSIVES",
    "request_source_links": "REQUEST_SOURCE_LINKS",
    "clause_relatives": "CLAUSE_RELATIVES",
    "object_clause_relatives": "OBJECT_CLAUSE_RELATIVES",
    "resumed_objects": "RESUMED_OBJECTS",
    "resumed_obliques": "RESUMED_OBLIQUES",
    "head_doer_relatives": "HEAD_DOER_RELATIVES",
    "resumed_oblique_stops": "RESUMED_OBLIQUE_STOPS",
    "partitives": "PARTITIVES",
    "stance_nouns": "STANCE_NOUNS",
    "class_holders": "CLASS_HOLDERS",
    "host_words": "HOST_WORDS",
    "inflicted_verbs": "INFLICTED_VERBS",
    "inflicted_harms": "INFLICTED_HARMS",
    "inflicted_on": "INFLICTED_ON",
    "inflicted_intransitive": "INFLICTED_INTRANSITIVE",
    "hosted_crowds": "HOSTED_CROWDS",
    "hosted_numbers": "HOSTED_CROWD_NUMBERS",
    "hosted_officials": "HOSTED_OFFICIAL_TITLES",
    "hosted_houses": "HOSTED_CROWD_HOUSES",
    "class_object_marks": "CLASS_OBJECT_MARKS",
    "deed_victim_markers": "DEED_VICTIM_MARKERS",
    "victim_first_deeds": "VICTIM_FIRST_DEEDS",
    "deed_clitics": "DEED_CLITICS",
    "deed_crime_nouns": "DEED_CRIME_NOUNS",
    "object_relatives": "OBJECT_RELATIVES",
    "subject_relatives": "SUBJECT_RELATIVES",
    "subject_relative_closers": "SUBJECT_RELATIVE_CLOSERS",
    "striking_verbs": "STRIKING_VERBS",
    "content_openers": "CONTENT_OPENERS",
    "asked_direct_words": "ASKED_DIRECT_WORDS",
    "asked_content_prefixes": "ASKED_CONTENT_PREFIXES",
    "asked_content_heads": "ASKED_CONTENT_HEADS",
    "asked_content_not_before": "ASKED_CONTENT_NOT_BEFORE",
    "given_names": "GIVEN_NAMES",
    "kunya_words": "KUNYA_WORDS",
    "kunya_militant_titles": "KUNYA_MILITANT_TITLES",
    "nisba_people": "NISBA_PEOPLE",
    "subclause_openers": "SUBCLAUSE_OPENERS",
    "verb_bound_openers": "VERB_BOUND_OPENERS",
    "clause_joiners": "CLAUSE_JOINERS",
    "clause_joining_marks": "CLAUSE_JOINING_MARKS",
    "saying_verbs": "SAYING_VERBS",
    "showing_verbs": "SHOWING_VERBS",
    "partner_preps": "PARTNER_PREPOSITIONS",
    "session_words": "SESSION_WORDS",
    "body_heads": "BODY_HEAD_TITLES",
    "head_state_nouns": "HEAD_STATE_NOUNS",
    "session_partners": "SESSION_PARTNERS",
    "session_agendas": "SESSION_AGENDAS",
    "provision_labels": "PROVISION_LABELS",
    "outside_preps": "OUTSIDE_PREPOSITIONS",
    "named_place_heads": "NAMED_PLACE_HEADS",
    "town_name_heads": "TOWN_NAME_HEADS",
    "border_heads": "BORDER_HEADS",
    "border_preps": "BORDER_PREPOSITIONS",
    "border_scene_preps": "BORDER_SCENE_PREPOSITIONS",
    "opening_participles": "OPENING_PARTICIPLE_ENDINGS",
    "sharing_participles": "SUBJECT_SHARING_PARTICIPLES",
    "asked_gap_openers": "ASKED_GAP_OPENERS",
    "feminine_verb_prefixes": "FEMININE_VERB_PREFIXES",
    "participle_leads": "SHARING_PARTICIPLE_LEADS",
    "carry_joins": "CARRIED_SUBJECT_JOINS",
    "carry_leads": "CARRIED_SUBJECT_LEADS",
    "verb_first_leads": "VERB_FIRST_CLAUSE_LEADS",
    "subject_clause_joiners": "SUBJECT_CLAUSE_JOINERS",
    "clause_verbs": "CLAUSE_VERBS",
    "clause_comma_joiners": "CLAUSE_COMMA_JOINERS",
    "object_endings": "OBJECT_CASE_ENDINGS",
    "feminine_verb_endings": "FEMININE_VERB_ENDINGS",
    "feminine_noun_endings": "FEMININE_NOUN_ENDINGS",
    "feminine_state_endings": "FEMININE_STATE_ENDINGS",
    "participle_frames": "PARTICIPLE_OBJECT_FRAMES",
    "adverbial_openers": "ADVERBIAL_OPENERS",
    "verbal_openers": "VERBAL_ADVERBIAL_OPENERS",
    "verbal_endings": "VERBAL_NOUN_ENDINGS",
    "verbal_verbs": "VERBAL_NOUN_VERBS",
    "interlocutor_preps": "INTERLOCUTOR_PREPOSITIONS",
    "travel_words": "TRAVEL_WORDS",
    "destination_preps": "DESTINATION_PREPOSITIONS",
    "itinerary_markers": "ITINERARY_MARKERS",
    "origin_preps": "ORIGIN_PREPOSITIONS",
    "discussion_verbs": "DISCUSSION_VERBS",
    "capture_verbs": "CAPTURE_VERBS",
    "agent_place_prefixes": "AGENT_PLACE_PREFIXES",
    "glued_prepositions": "GLUED_PREPOSITIONS",
    "object_prepositions": "OBJECT_PREPOSITIONS",
    "object_breaks": "OBJECT_BREAKS",
    "event_noun_modifiers": "EVENT_NOUN_MODIFIERS",
    "name_clitics": "NAME_CLITICS",
    "auxiliaries": "AUXILIARIES",
    "complement_first": "COMPLEMENT_FIRST",
    "result_links": "RESULT_LINKS",
    "result_preps": "RESULT_PREPOSITIONS",
    "result_verbs": "RESULT_VERBS",
    "result_relatives": "RESULT_RELATIVES",
    "first_person_verbs": "FIRST_PERSON_VERBS",
    "blame_predicates": "BLAME_PREDICATES",
    "first_person_subjects": "FIRST_PERSON_SUBJECTS",
    "anaphors": "ANAPHORIC_SUBJECTS",
    "pronoun_subjects": "PRONOUN_SUBJECTS",
    "oblique_preps": "OBLIQUE_PREPOSITIONS",
    "list_governors": "LIST_GOVERNORS",
    "list_breaks": "LIST_GOVERNOR_BREAKS",
    "partner_governors": "PARTNER_GOVERNORS",
    "coordination_openers": "COORDINATION_OPENERS",
    "claimed_deed_heads": "CLAIMED_DEED_HEADS",
    "claimed_deed_verbs": "CLAIMED_DEED_VERBS",
    "undertaking_heads": "UNDERTAKING_HEADS",
    "oblique_breaks": "OBLIQUE_BREAKS",
    "about_preps": "ABOUT_PREPOSITIONS",
    "about_topic_heads": "ABOUT_TOPIC_HEADS",
    "about_topic_partner_heads": "ABOUT_TOPIC_PARTNER_HEADS",
    "about_bound": "ABOUT_PREPOSITIONS_BOUND",
    "talk_aims": "TALK_AIM_OPENERS",
    "topic_relatives": "TOPIC_RELATIVE_OPENERS",
    "warned_markers": "WARNED_MARKERS",
    "warning_words": "WARNING_WORDS",
    "topic_heads": "TOPIC_HEADS",
    "topic_adjective_heads": "TOPIC_ADJECTIVE_HEADS",
    "neighbour_heads": "NEIGHBOUR_HEADS",
    "described_people_heads": "DESCRIBED_PEOPLE_HEADS",
    "state_people_heads": "STATE_PEOPLE_DESCRIBED_HEADS",
    "partitive_heads": "PARTITIVE_HEADS",
    "partitive_of": "PARTITIVE_OF",
    "counted_dead_nouns": "COUNTED_DEAD_NOUNS",
    "counted_struck_before": "COUNTED_STRUCK_BEFORE",
    "counted_struck_after": "COUNTED_STRUCK_AFTER",
    "topic_nouns": "TOPIC_NOUNS",
    "blame_verbs": "BLAME_VERBS",
    "blame_preps": "BLAME_PREPOSITIONS",
    "cause_openers": "CAUSE_OPENERS",
    "causative_links": "CAUSATIVE_LINKS",
    "sides_markers": "SIDES_MARKERS",
    "agentless_verbs": "AGENTLESS_VERBS",
    "doer_closers": "DOER_CLOSERS",
    "reason_openers": "REASON_OPENERS",
    "because_openers": "BECAUSE_OPENERS",
    "charge_openers": "CHARGE_OPENERS",
    "charge_after_accusing": "CHARGE_AFTER_ACCUSING",
    "charge_not_opening": "CHARGE_NOT_OPENING",
    "charge_before_accusing": "CHARGE_BEFORE_ACCUSING",
    "charge_before_stops": "CHARGE_BEFORE_STOPS",
    "charging_words": "CHARGING_WORDS",
    "charge_deed_words": "CHARGE_DEED_WORDS",
    "ongoing_predicates": "ONGOING_PREDICATES",
    "calling_predicates": "CALLING_PREDICATES",
    "comment_topic_links": "COMMENT_TOPIC_LINKS",
    "stance_predicates": "STANCE_PREDICATES",
    "stance_stoppers": "STANCE_STOPPERS",
    "silenced_objects": "SILENCED_OBJECTS",
    "courtesy_formulas": "COURTESY_FORMULAS",
    "talk_words": "TALK_WORDS",
    "press_subjects": "PRESS_SUBJECTS",
    "press_not_after": "PRESS_SUBJECT_NOT_AFTER",
    "writer_talk_after": "WRITER_TALK_AFTER",
    "writer_talk_before": "WRITER_TALK_BEFORE",
    "writer_talk_tails": "WRITER_TALK_TAILS",
    "writer_talk_follows": "WRITER_TALK_FOLLOWS",
    "writer_voice_breaks": "WRITER_VOICE_BREAKS",
    "press_partners": "PRESS_PARTNERS",
    "press_partner_prepositions": "PRESS_PARTNER_PREPOSITIONS",
    "medium_manner_markers": "MEDIUM_MANNER_MARKERS",
    "medium_words": "MEDIUM_WORDS",
    "medium_meeting_heads": "MEDIUM_MEETING_HEADS",
    "since_words": "SINCE_WORDS",
    "year_units": "YEAR_UNITS",
    "counter_nouns": "COUNTER_NOUNS",
    "accused_passives": "ACCUSED_PASSIVES",
    "released_passives": "RELEASED_PASSIVES",
    "passive_subject_breaks": "PASSIVE_SUBJECT_BREAKS",
    "passive_relatives": "PASSIVE_RELATIVES",
    "alleged_content_prefixes": "ALLEGED_CONTENT_PREFIXES",
    "alleged_clause_openers": "ALLEGED_CLAUSE_OPENERS",
    "deed_doing_words": "DEED_DOING_WORDS",
    "occurrence_verbs": "OCCURRENCE_VERBS",
    "closed_side_nouns": "CLOSED_SIDE_NOUNS",
    "closed_side_openers": "CLOSED_SIDE_OPENERS",
    "closed_figure_agents": "CLOSED_FIGURE_AGENTS",
    "closed_side_leads": "CLOSED_SIDE_LEADS",
    "closed_pair_openers": "CLOSED_PAIR_OPENERS",
    "closed_pair_joiners": "CLOSED_PAIR_JOINERS",
    "occurrence_after": "OCCURRENCE_AFTER",
    "occurrence_stops": "OCCURRENCE_STOPS",
    "predicate_nouns": "PREDICATE_NOUNS",
    "predicate_noun_verbs": "PREDICATE_NOUN_VERBS",
    "predicate_noun_heads": "PREDICATE_NOUN_HEADS",
    "occurrence_not_after": "OCCURRENCE_NOT_AFTER",
    "occurrence_not_before": "OCCURRENCE_NOT_BEFORE",
    "means_openers": "MEANS_OPENERS",
    "occasion_openers": "OCCASION_OPENERS",
    "meeting_openers": "MEETING_OPENERS",
    "meeting_sure_openers": "MEETING_SURE_OPENERS",
    "summit_setting_openers": "SUMMIT_SETTING_OPENERS",
    "meeting_partners": "MEETING_PARTNERS",
    "meeting_not_openers": "MEETING_NOT_OPENERS",
    "seat_titles": "SEAT_TITLES",
    "army_honorifics": "ARMY_HONORIFICS",
    "name_honorifics": "NAME_HONORIFICS",
    "person_frames_after": "PERSON_FRAMES_AFTER",
    "person_frames_before": "PERSON_FRAMES_BEFORE",
    "not_framed": "NOT_FRAMED",
    "honorific_given": "HONORIFIC_GIVEN_NAMES",
    "surname_suffixes": "SURNAME_SUFFIXES",
    "delegation_links": "DELEGATION_LINKS",
    "group_heads": "GROUP_HEAD_TITLES",
    "igo_genitive_prefixes": "IGO_GENITIVE_PREFIXES",
    "owner_prefixes": "OWNER_PREFIXES",
    "pledge_verbs": "PLEDGE_VERBS",
    "pledge_content_openers": "PLEDGE_CONTENT_OPENERS",
    "owner_links": "OWNER_LINKS",
    "member_links": "MEMBER_LINKS",
    "verb_object_links": "VERB_OBJECT_LINKS",
    "country_after_heads": "COUNTRY_AFTER_GROUP_HEADS",
    "adjective_after_heads": "ADJECTIVE_AFTER_GROUP_HEADS",
    "origin_links": "ORIGIN_LINKS",
    "counted_origin_links": "COUNTED_ORIGIN_LINKS",
    "sailing_words": "SAILING_WORDS",
    "journey_words": "JOURNEY_WORDS",
    "launch_words": "LAUNCH_WORDS",
    "launch_aims": "LAUNCH_AIMS",
    "residence_words": "RESIDENCE_WORDS",
    "residence_suffixes": "RESIDENCE_SUFFIXES",
    "residence_after": "RESIDENCE_AFTER",
    "residence_verbs": "RESIDENCE_VERBS",
    "seat_words": "SEAT_WORDS",
    "seat_heads": "SEAT_HEADS",
    "origin_not_after": "ORIGIN_NOT_AFTER",
    "origin_departures": "ORIGIN_DEPARTURES",
    "home_not_after": "HOME_NOUN_NOT_AFTER",
    "this_country_words": "THIS_COUNTRY_WORDS",
    "this_country_before": "THIS_COUNTRY_BEFORE",
    "this_country_against": "THIS_COUNTRY_AGAINST",
    "opposed_markers": "OPPOSED_MARKERS",
    "foreign_words": "FOREIGN_WORDS",
    "local_agent_heads": "LOCAL_AGENT_HEADS",
    "reaction_words": "REACTION_WORDS",
    "deed_adjective_heads": "DEED_ADJECTIVE_HEADS",
    "national_partitives": "NATIONAL_PARTITIVES",
    "toll_genitives": "TOLL_GENITIVE_NOUNS",
    "toll_links": "TOLL_GENITIVE_LINKS",
    "origin_markers": "ORIGIN_MARKERS",
    "abroad_posts": "ABROAD_POSTS",
    "igo_seats": "IGO_SEATS",
    "bloc_after": "BLOC_AFTER",
    "placed_speech": "PLACED_SPEECH",
    "speaker_pronouns": "SPEAKER_PRONOUNS",
    "destination_markers": "DESTINATION_MARKERS",
    "destination_returns": "DESTINATION_RETURNS",
    "destination_not_after": "DESTINATION_NOT_AFTER",
    "destination_joins": "DESTINATION_JOINS",
    "destination_hosts": "DESTINATION_HOSTS",
    "deed_owner_heads": "DEED_OWNER_HEADS",
    "this_country_sides": "THIS_COUNTRY_SIDES",
    "this_country_side_preps": "THIS_COUNTRY_SIDE_PREPOSITIONS",
    "this_country_clause_words": "THIS_COUNTRY_CLAUSE_WORDS",
    "home_not_before": "HOME_NOUN_NOT_BEFORE",
    "coactor_links": "COACTOR_LINKS",
    "item_quantifiers": "ITEM_QUANTIFIERS",
    "holder_name_leads": "HOLDER_NAME_LEADS",
    "assembly_preps": "ASSEMBLY_VENUE_PREPOSITIONS",
    "assembly_session_words": "ASSEMBLY_SESSION_WORDS",
    "assembly_own_deeds": "ASSEMBLY_OWN_DEEDS",
    "assembly_object_preps": "ASSEMBLY_OBJECT_PREPOSITIONS",
    "patient_preps": "PATIENT_PREPOSITIONS",
    "patient_nouns": "PATIENT_NOUNS",
    "patient_genitive_markers": "PATIENT_GENITIVE_MARKERS",
    "doer_predicates": "DOER_PREDICATES",
}


def _word_fields(data: ModuleType | None) -> dict[str, Any]:
    """The Context fields that are plain word lists (``_WORD_FIELDS``)."""
    return {name: _words(data, table) for name, table in _WORD_FIELDS.items()}


def _settings(data: ModuleType | None) -> dict[str, Any]:
    """The language's switches and counts, and the lists kept raw or ordered."""
    return {**_switches(data), **_raw_letters(data), **_phrase_maps(data), **_ordered_lists(data)}


def _raw_letters(data: ModuleType | None) -> dict[str, Any]:
    """Letter lists kept raw: normalising would erase the vowel signs and
    fold the alifs that tell a voweled passive (``extract/struck_passive``)."""
    return {
        "passive_vowel_marks": frozenset(getattr(data, "PASSIVE_VOWEL_MARKS", ())),
        "imperfect_prefixes": frozenset(getattr(data, "IMPERFECT_PREFIXES", ())),
        "derived_form_alifs": frozenset(getattr(data, "DERIVED_FORM_ALIFS", ())),
        "root_slots": frozenset(getattr(data, "ROOT_SLOTS", ())),
        "verbal_noun_starts": tuple(getattr(data, "VERBAL_NOUN_STARTS", ())),
        "passive_conjunctions": frozenset(getattr(data, "PASSIVE_CONJUNCTIONS", ())),
        # longest first: a word is cut at the longest form it opens with
        "nisba_endings": _longest_first(data, "NISBA_ENDINGS"),
        "definite_prefixes": _longest_first(data, "DEFINITE_PREFIXES"),
    }


def _longest_first(data: ModuleType | None, name: str) -> tuple[str, ...]:
    """A folded word list, longest first (for ``str.startswith`` cuts)."""
    return tuple(sorted(_words(data, name), key=lambda w: (-len(w), w)))


def _switches(data: ModuleType | None) -> dict[str, Any]:
    """The language's switches, counts and lists kept raw, with its word lists."""
    return {
        "home_candidates": tuple(getattr(data, "HOME_CANDIDATES", ())),
        "family_first": frozenset(getattr(data, "FAMILY_FIRST_CODES", ())),
        "titles_follow_country": getattr(data, "TITLES_FOLLOW_COUNTRY", False),
        "negation_follows": getattr(data, "NEGATION_FOLLOWS_TRIGGER", False),
        "name_min_tokens": getattr(data, "NAME_MIN_TOKENS", 2)
        if getattr(data, "NAMES_FOLLOW_TITLES", True)
        else 0,
        "names_follow_titles": getattr(data, "NAMES_FOLLOW_TITLES", True),
        "clause_punct": frozenset(getattr(data, "CLAUSE_PUNCTUATION", ())),
        "title_gap_words": getattr(data, "TITLE_GAP_WORDS", 0),
        "seat_reach": getattr(data, "SEAT_REACH", 0),
        "seat_nationality_before": getattr(data, "SEAT_NATIONALITY_BEFORE", 0),
        "seat_nationality_needed": getattr(data, "SEAT_NATIONALITY_NEEDED", False),
        "class_holder_reach": getattr(data, "CLASS_HOLDER_REACH", 0),
        "class_verb_prefixes": tuple(getattr(data, "CLASS_VERB_PREFIXES", ())),
        "needs_predicate": frozenset(getattr(data, "NEEDS_PREDICATE", ())),
        "subject_after_verb": getattr(data, "SUBJECT_AFTER_VERB", False),
        "deed_owner_before": getattr(data, "DEED_OWNER_BEFORE", False),
        "deed_owner_possessives": tuple(getattr(data, "DEED_OWNER_POSSESSIVES", ())),
        "unknown_sides": getattr(data, "UNKNOWN_SIDES", False),
        # a lone actor of the article's main pair meets the other one only
        # where the sentence names it: a whole party never comes from outside
        # its sentence ("the minister stressed cooperation" after a meeting
        # names no partner; readers of real articles judged the partner the
        # article is about wrong there). ``context.LONE_PAIR_FILL`` may allow it.
        "lone_fill": getattr(data, "LONE_PAIR_FILL", False),
        "nouns_refer_back": getattr(data, "JOINT_NOUNS_REFER_BACK", False),
        "discussed_reach": getattr(data, "DISCUSSED_OBJECT_REACH", 0),
        "offer_reach": getattr(data, "OFFER_REACH", 0),
        "home_for_agents": getattr(data, "HOME_FOR_AGENTS", True),
        "group_title_names": getattr(data, "GROUP_TITLE_NAMES", False),
        "employer_first": getattr(data, "EMPLOYER_BEFORE_STAFF", False),
        "adjacent_coordinated": getattr(data, "ADJACENT_COORDINATED", True),
        "verb_final": getattr(data, "VERB_FINAL", False),
        "dropped_subjects": getattr(data, "DROPPED_SUBJECT_IS_SPEAKER", False),
        "topic_verb_words": getattr(data, "TOPIC_VERB_WORDS", 0),
        **_side_lists(data),
        **_switch_words(data),
    }


def _side_lists(data: ModuleType | None) -> dict[str, Any]:
    """The lists that tell how many sides a deed has: the one-sided types
    and nouns, and the troops counted after a verb of sending."""
    return {
        "one_sided": frozenset(getattr(data, "ONE_SIDED_TYPES", ())),
        "one_sided_nouns": tuple(getattr(data, "ONE_SIDED_NOUNS", ())),
        "one_sided_excluded": _words(data, "ONE_SIDED_EXCLUDED"),
        "sent_window": getattr(data, "SENT_AGENT_WINDOW", 3),
        "sent_counts": _words(data, "SENT_COUNT_WORDS"),
        "sent_verbs": _words(data, "SENT_VERBS"),
        "sent_leads": _words(data, "SENT_LEADS"),
        "sent_clitics": _words(data, "SENT_CLITICS"),
    }


def _switch_words(data: ModuleType | None) -> dict[str, tuple[str, ...]]:
    """Word lists read as normalised text, so they match normalised sentences."""
    return {
        "name_bad_starts": tuple(normalize(w).text for w in getattr(data, "NAME_BAD_STARTS", ())),
        "received_breaks": tuple(
            normalize(w).text for w in getattr(data, "RECEIVED_PHRASE_BREAKS", ())
        ),
        "glued_articles": tuple(normalize(w).text for w in getattr(data, "GLUED_ARTICLES", ())),
        "sideless_deeds": tuple(normalize(w).text for w in getattr(data, "SIDELESS_DEEDS", ())),
        "announced_bombings": tuple(
            normalize(w).text for w in getattr(data, "ANNOUNCED_BOMBINGS", ())
        ),
        "announced_tolls": tuple(normalize(w).text for w in getattr(data, "ANNOUNCED_TOLLS", ())),
        "sideless_seizures": tuple(
            normalize(w).text for w in getattr(data, "SIDELESS_SEIZURES", ())
        ),
        "captive_taking": tuple(normalize(w).text for w in getattr(data, "CAPTIVE_TAKING", ())),
        "commented_sideless": tuple(
            normalize(w).text for w in getattr(data, "COMMENTED_SIDELESS_DEEDS", ())
        ),
        "clause_breaks": tuple(normalize(w).text for w in getattr(data, "CLAUSE_BREAKS", ())),
        "contrast_breaks": tuple(normalize(w).text for w in getattr(data, "CONTRAST_BREAKS", ())),
    }


def _phrase_maps(data: ModuleType | None) -> dict[str, Any]:
    """Phrases normalised as whole phrases, keyed by type or noun, or paired."""
    return {
        "doer_markers": {
            etype: frozenset(normalize_phrase(w) for w in words)
            for etype, words in getattr(data, "DOER_MARKERS", {}).items()
        },
        "reference_openers": {
            etype: frozenset(normalize_phrase(w) for w in words)
            for etype, words in getattr(data, "REFERENCE_OPENERS", {}).items()
        },
        "own_light_verbs": {
            normalize_phrase(noun): frozenset(normalize_phrase(w) for w in verbs)
            for noun, verbs in getattr(data, "OWN_LIGHT_VERBS", {}).items()
        },
        "region_words": {
            normalize_phrase(w): code for w, code in getattr(data, "REGION_WORDS", {}).items()
        },
        "adjective_clashes": tuple(
            (normalize_phrase(a), normalize_phrase(b))
            for a, b in getattr(data, "ADJECTIVE_CLASHES", ())
        ),
    }


def _ordered_lists(data: ModuleType | None) -> dict[str, Any]:
    """Word lists kept as sets or sorted longest first for prefix tests."""
    return {
        "deed_passive_aux": _words(data, "DEED_PASSIVE_AUXILIARIES"),
        "deed_active_supports": _words(data, "DEED_ACTIVE_SUPPORTS"),
        "deed_support_prefixes": frozenset(getattr(data, "DEED_SUPPORT_PREFIXES", ())),
        "invitation_accepted": (
            tuple(normalize(w).text for w in getattr(data, "INVITATION_ACCEPTED_BEFORE", ())),
            tuple(normalize(w).text for w in getattr(data, "INVITATION_ACCEPTED_AFTER", ())),
            normalize(getattr(data, "INVITATION_OBJECT_MARKER", "")).text,
        ),
        "home_bodies": _words(data, "HOME_STATE_BODIES"),
        "location_prefixes": _sorted_words(data, "LOCATION_PREFIXES"),
        "possessive_markers": _sorted_words(data, "POSSESSIVE_MARKERS"),
        "possessive_clitics": _sorted_words(data, "POSSESSIVE_CLITICS"),
        "object_participles": _sorted_words(data, "OBJECT_PARTICIPLES"),
        "possessives_after": _words(data, "POSSESSIVES_AFTER"),
        "others_of_named": _words(data, "OTHERS_OF_NAMED"),
        "those_of_named": _words(data, "THOSE_OF_NAMED"),
        "own_deed_marks": _sorted_words(data, "OWN_DEED_MARKS"),
        "own_deed_verbs": _words(data, "OWN_DEED_VERBS"),
        "imperfect_starts": _sorted_words(data, "IMPERFECT_STARTS"),
        "definite_starts": _sorted_words(data, "DEFINITE_STARTS"),
        "article_starts": _sorted_words(data, "ARTICLE_STARTS"),
        "unbound_endings": _sorted_words(data, "UNBOUND_ENDINGS"),
        "home_adj_endings": _sorted_words(data, "HOME_NOUN_ADJECTIVE_ENDINGS"),
        "indefinite_endings": _sorted_words(data, "INDEFINITE_ENDINGS"),
        "accusative_endings": _sorted_words(data, "ACCUSATIVE_NOUN_ENDINGS"),
        "owner_suffixes": _sorted_words(data, "OWNER_SUFFIXES"),
        "accusative_not_nouns": _words(data, "ACCUSATIVE_NOT_NOUNS"),
        "accusative_verb_endings": _sorted_words(data, "ACCUSATIVE_VERB_ENDINGS"),
        "accusative_possessed_endings": _sorted_words(data, "ACCUSATIVE_POSSESSED_ENDINGS"),
    }


@cache
def context(lang: str) -> Context:
    """The language's actor cues, gathered from its data modules in one value.

    Cached like ``lexicon``: gathering folds about a hundred word lists, and
    every document of a language reads the same frozen value.
    """
    data = load(lang, "context")
    return Context(
        **_word_fields(data),
        **_settings(data),
        **_agent_fields(lang),
        syntax=_syntax(data),
        names=_name_rules(data, lang),
        clause_openers=_words(load(lang, "status"), "CLAUSE_OPENERS"),
        infinitive_endings=_words(load(lang, "affixes"), "INFINITIVE_ENDINGS"),
        lang=lang,
    )
