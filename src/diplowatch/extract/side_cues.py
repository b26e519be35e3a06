"""The words of a language's ``Context`` that tell the sides of a deed.

Who did a deed and to whom: doers and their markers, objects and victims,
passives and their agents, relative and joined clauses, sources and
requests. Why apart from ``actor_context``: these cues are read by the steps
that give an event its sides, not by the scan that finds an actor's mention;
``Context`` inherits them, so every step still reads one value.
"""

from __future__ import annotations

from dataclasses import dataclass, field


# keyword-only: ``Context`` declares its required fields after these
@dataclass(frozen=True, kw_only=True)
class SideCues:
    """Cues of a deed's sides (doers, objects, victims, clauses, sources)."""

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
    clause_breaks: tuple[str, ...] = ()
    # "while", "در حالی که", "بينما": the clause after it has its own participants
    contrast_breaks: tuple[str, ...] = ()
    # ", and", "، و", " و ": may open a clause with its own verb and subject
    # (``coordinated_clause``)
    clause_coordinators: tuple[str, ...] = ()
    # "ت" of "وأدانت": a verb after the coordinator that shows its subject;
    # one without it ("وقتل جنود") may be an unvowelled passive (mendA110)
    clause_subject_endings: tuple[str, ...] = ()
    # "آنها", "them": a clause naming a side by one refers back to another
    clause_back_pronouns: frozenset[str] = frozenset()
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
    # prec43: an accusation's passive, whose subject is the accused (``lone_object``)
    accused_passives: frozenset[str] = frozenset()
    released_passives: frozenset[str] = frozenset()
    passive_subject_breaks: frozenset[str] = frozenset()
    passive_relatives: frozenset[str] = frozenset()
    # "carried out", "نفذت", "انجام داده": a deed said to be someone's doing
    deed_doing_words: frozenset[str] = frozenset()
    # doers98: "by the group known as X", "توسط گروهی موسوم به X": the words
    # that name a group after its descriptor (``doers._after_marker``)
    naming_links: frozenset[str] = frozenset()
    # mendD99: a relative right before a naming link makes it a verb ("who
    # called Iran a threat"), no link (``doers._named_head``)
    naming_breaks: frozenset[str] = frozenset()
    # words between a support's noun and the protest it backs ("دعمه
    # للاحتجاجات", "support for the protests", ``backed_crowd``)
    backed_links: frozenset[str] = frozenset()
    unknown_sides: bool = False
    lone_fill: bool = False
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
    # "آرای مردم", "إرادة الشعب": the people only described, no party
    described_people_heads: frozenset[str] = frozenset()
    # gov108: "تشکیل دولت", "form a government": a government still to be
    # formed, no side (``formed_government``)
    forming_words: frozenset[str] = frozenset()
    forming_fillers: frozenset[str] = frozenset()
    formed_nouns: frozenset[str] = frozenset()
    formed_after_verbs: frozenset[str] = frozenset()
    # mendA108: "formation of" (a link only after a forming noun, not "form
    # of government"); a formation reacted to ("welcomed") has happened
    forming_links: frozenset[str] = frozenset()
    forming_link_heads: frozenset[str] = frozenset()
    formation_reactions: frozenset[str] = frozenset()
    forming_leads: frozenset[str] = frozenset()
    # mendF108: "after the formation" (a filler after the lead); "کمیته ای"
    # (an ending after a ZWNJ, no modifier of its own)
    forming_lead_fillers: frozenset[str] = frozenset()
    forming_detached_endings: frozenset[str] = frozenset()
    # mendB82: the heads of those only after which a state's people are
    # described ("إرادة الليبيين"; not "مصالح", a target's interests)
    state_people_heads: frozenset[str] = frozenset()
    # "۲۰ نفر از معترضان": a head that only counts the people after "of"
    partitive_heads: frozenset[str] = frozenset()
    partitive_of: frozenset[str] = frozenset()
    # agents106: "ستة أشخاص من أفراد العصابة": members named between "of" and the group
    partitive_members: frozenset[str] = frozenset()
    # partiesfa111: "دو تن از هشت فعال": a count between "of" and the group
    partitive_counts: frozenset[str] = frozenset()
    # mendC106: "اعضای خانواده یک مامور پلیس": a family between members and
    # the one whose family it is (kin_groups)
    kin_group_members: frozenset[str] = frozenset()
    kin_group_nouns: frozenset[str] = frozenset()
    # "البحث عن القتلى" after "مقتل 17 حوثيا": the counted men (counted_dead)
    counted_dead_nouns: frozenset[str] = frozenset()
    # mendB76: "قتل 17 حوثيا", "17 حوثيا قتلوا": the count is of the struck
    counted_struck_before: frozenset[str] = frozenset()
    counted_struck_after: frozenset[str] = frozenset()
    # "blamed the attack on Iran": the state after the preposition is blamed
    blame_verbs: frozenset[str] = frozenset()
    blame_preps: frozenset[str] = frozenset()
    one_sided: frozenset[str] = frozenset()
    one_sided_nouns: tuple[str, ...] = ()
    one_sided_excluded: frozenset[str] = frozenset()
    # missing91: "مذاکرات ایران و روسیه با مشارکت چین": words of taking part
    # before a third side of a deal's or meeting's noun, and the English
    # opener and possessive tail of "with China's participation" (``taking_part``)
    participation_links: frozenset[str] = frozenset()
    participation_openers: frozenset[str] = frozenset()
    participation_tails: frozenset[str] = frozenset()
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
    # "هجوما", "حمله" before a suicide adjective ("انتحاريا", "انتحاری"):
    # no attacker beside a named movement (``group_bombers``)
    suicide_deed_nouns: frozenset[str] = frozenset()
    suicide_adjectives: frozenset[str] = frozenset()
    suicide_circumstances: frozenset[str] = frozenset()
    suicide_counters: frozenset[str] = frozenset()
    # "که", "that": may stand between a reporting verb and the subject that
    # opens what is reported ("پنتاگون اعلام کرد (که) وزیر دفاع …"), whose
    # speaker is then no party (``sources.without_sources``); empty where the
    # subject follows the verb and the speaker does too (Arabic)
    report_subject_openers: frozenset[str] = frozenset()
    # "told", "به", "لوكالة": the word before a medium a statement is told to
    # (``sources.addressed_media``)
    addressee_markers: frozenset[str] = frozenset()
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
    # mend106: "its offices", "دفتر این سازمان", "مكاتب المنظمة": a teller
    # taken up again as what the deed strikes (``sources._taken_up``)
    teller_anaphors: frozenset[str] = frozenset()
    # mendD106: "منظمة", "سازمان", "organisation": another of the teller's
    # kind before the anaphor is what it takes up (``sources._taken_up``)
    teller_kinds: frozenset[str] = frozenset()
    # reporters73: "ارگان", "التابعة ل", "affiliated with": an apposition after
    # a medium cited as the source names its owner (``sources._cited_spans``)
    medium_appositions: frozenset[str] = frozenset()
    # parties64fa: "گزارش", "report" and "نشان می‌دهد که", "shows that": a
    # document framing what is told; its owner only reports it
    # (``document_frames.without_document_owners``)
    document_nouns: frozenset[str] = frozenset()
    document_frames: frozenset[str] = frozenset()
    # "خواند", "دانست": a verb that judges the deed named as its object before
    # it ("X حمله به نفتکش را نقض قانون خواند"): X is no party to that deed
    judging_verbs: frozenset[str] = frozenset()
    # reporter106: "ابراز نگرانی" closing a clause whose deed noun follows
    # "از", "نسبت به" ("X از بازداشت فعالان ابراز نگرانی کرد"): X voices
    # concern over the deed and is no party to it (``concerned``)
    concern_closers: frozenset[str] = frozenset()
    concern_openers: frozenset[str] = frozenset()
    # mendB106: the voicer's own thing in the deed's phrase ("سفارتها",
    # "سفارت خود", "its embassy"): he is its target (``concern_own``)
    concern_own_words: frozenset[str] = frozenset()
    # "و", "and": a list of deeds after a concern (``reacted._listed_after``)
    concern_list_links: frozenset[str] = frozenset()
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
    # mendE111: "بود،", "کرد،": a verb and a comma that close a "که" clause
    clause_closers: frozenset[str] = frozenset()
    object_clause_relatives: frozenset[str] = frozenset()
    resumed_objects: frozenset[str] = frozenset()
    resumed_obliques: frozenset[str] = frozenset()
    # mendA99: the relatives after which the head may be the doer, and the
    # words before "از آن" that make it no object ("پس از آن")
    head_doer_relatives: frozenset[str] = frozenset()
    # missing105: a relative clause on a text a side issued ("بیانیه گروه
    # هفت، که …", "the G7 statement, which …"): the issuer did what it tells
    # (authored_clause.py); en links the issuer after the noun ("of", "by")
    authored_nouns: frozenset[str] = frozenset()
    authored_clause_relatives: frozenset[str] = frozenset()
    authored_owner_links: frozenset[str] = frozenset()
    # mendA105: a preposition with a pronoun for the text after a first verb
    # ("الذي اتهمت فيه"): the side after it is the clause's own subject
    authored_clause_resumptives: frozenset[str] = frozenset()
    resumed_oblique_stops: frozenset[str] = frozenset()
    partitives: frozenset[str] = frozenset()
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
    # swap106: "أثار … انتقادات من", "sparked criticism from": read before the noun
    arouse_verbs: frozenset[str] = frozenset()
    arouse_breaks: frozenset[str] = frozenset()  # "بعد": another phrase's noun
    # roles52: "واکنش … به انتقاد", "ردت … على انتقادات", "responded to"
    response_words: frozenset[str] = frozenset()
    response_preps: frozenset[str] = frozenset()
    response_phrase_ends: frozenset[str] = frozenset()
    responded_nouns: frozenset[str] = frozenset()
    giver_markers: frozenset[str] = frozenset()
    # mendA109: "به", "برای" before whom a crowd gives (``crowd_subject``)
    recipient_markers: frozenset[str] = frozenset()
    # roles52: "دعوة تلقاها من": a receiving verb right after the deed's noun
    received_relatives: frozenset[str] = frozenset()
    received_breaks: tuple[str, ...] = ()
    sent_window: int = 3
    # agents70ar: counts and words of about between a sender and its troops
    sent_counts: frozenset[str] = frozenset()
    sent_verbs: frozenset[str] = frozenset()
    # mendA70: words before the verb of sending, and its clitic letters
    sent_leads: frozenset[str] = frozenset()
    sent_clitics: frozenset[str] = frozenset()
    partner_preps: frozenset[str] = frozenset()
    session_words: frozenset[str] = frozenset()  # "اجتمع", "جلسه": a body may meet alone
    session_partners: frozenset[str] = frozenset()  # "مع", "با", "with": a session with someone
    session_agendas: frozenset[str] = frozenset()  # "با دستور کار": the agenda, no partner
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
    # "authorities detained …": the noun after the verb is the captive, not theirs
    capture_verbs: frozenset[str] = frozenset()
    # sides51: a preposition glued to a body after a definite title ("أشاد
    # وزير الداخلية بالشرطة"): the body is the verb's object, no genitive
    object_prepositions: frozenset[str] = frozenset()
    # words that open a phrase no verb's object stands in ("في تفجير")
    object_breaks: frozenset[str] = frozenset()
    # adjectives between an event noun and its genitive ("اعتصاب سراسری کارگران")
    event_noun_modifiers: frozenset[str] = frozenset()
    # "احتجاجاتهم", "their protests", "اعتراضات خود": a deed owned by its doer
    own_deed_marks: tuple[str, ...] = ()
    # "غارة شنتها": a deed done by the subject of its sentence (``onlookers._own_regret``)
    own_deed_verbs: frozenset[str] = frozenset()
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
    cause_openers: frozenset[str] = frozenset()  # "After X, …": X's own deed
    # bystander104: "…, after X's visit": X dates the deed, no side of it
    closing_after_openers: frozenset[str] = frozenset()
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
    # "أن", "that", "که": words that open a reported clause (``status.CLAUSE_OPENERS``)
    clause_openers: frozenset[str] = frozenset()
    # "ن": the ending that makes a verb its infinitive ("متهم کردن",
    # ``affixes.INFINITIVE_ENDINGS``), whose object follows it
    infinitive_endings: frozenset[str] = frozenset()
    # actors62: "ضد", "مبارزه با", "the fight against": whom a joint effort
    # is against (``opposed.opposed_out``)
    opposed_markers: frozenset[str] = frozenset()
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
    # doer76: a deed's noun whose owner is a group named by a word that is
    # an actor only there ("غارات التحالف", "حمله ائتلاف", "coalition
    # strikes"): ``deed_owner.deed_owners_only``; ``deed_owner_before`` when
    # the owner stands before the noun (English)
    deed_owner_heads: frozenset[str] = frozenset()
    deed_owner_before: bool = False
    deed_owner_possessives: tuple[str, ...] = ()  # "'s" between the owner and the noun
    # swap107, mendB107: a request noun's genitive asker
    # (``extract/request_genitive.py``): the nouns, the words between noun
    # and asker, the prepositions that open it ("of"), the glued prepositions
    # that make the side after no genitive ("لل"); an invitation's nouns, and
    # the verbs, the announcements after and the destination markers that
    # make its genitive the guest
    asker_genitive_nouns: frozenset[str] = frozenset()
    asker_genitive_links: frozenset[str] = frozenset()
    asker_genitive_openers: frozenset[str] = frozenset()
    asker_glued_starts: tuple[str, ...] = ()
    invited_genitive_nouns: frozenset[str] = frozenset()
    inviting_act_verbs: frozenset[str] = frozenset()
    inviting_act_after: frozenset[str] = frozenset()
    invited_destination_markers: frozenset[str] = frozenset()
