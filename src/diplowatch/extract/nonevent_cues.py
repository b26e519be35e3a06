"""The words of a language's ``Context`` that tell a deed named from a deed told.

Topics, talks and the press, modals, subjunctives and permissions, offers,
predicates and occasions: what makes a deed's word no event of its own. Why
apart from ``actor_context``: these cues are read by the non-event and status
steps, not by the actor scan; ``Context`` inherits them, so every step still
reads one value.
"""

from __future__ import annotations

from dataclasses import dataclass, field


# keyword-only: ``Context`` declares its required fields after these
@dataclass(frozen=True, kw_only=True)
class NoneventCues:
    """Cues of a deed named but not told as done (topics, modals, occasions)."""

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
    needs_predicate: frozenset[str] = frozenset()
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
    # mend106: "of", "من", "از" between a counter noun and the deed it counts
    counter_links: frozenset[str] = frozenset()
    # nonevent105: counts written in words, their clitics, and the counts
    # written after the noun ("قمة اقتصادية واحدة")
    running_count_words: frozenset[str] = frozenset()
    running_count_clitics: frozenset[str] = frozenset()
    running_counts_after: frozenset[str] = frozenset()
    # mendB105: an ordinal or superlative before "since" ("the first since
    # 2019", "نخستین حمله از سال"): one deed measured against the past
    since_firsts: frozenset[str] = frozenset()
    # nonevent106: words of concern, no accusation when the clause names
    # a disaster alone (``disaster_concern``)
    concern_words: frozenset[str] = frozenset()
    concern_not_disasters: frozenset[str] = frozenset()
    since_first_endings: frozenset[str] = frozenset()
    # "ب", "و": a stance noun glued to them after an accusation is its charge
    alleged_content_prefixes: frozenset[str] = frozenset()
    # "که", "بانها": a clause an accusation opens holds what it alleges
    alleged_clause_openers: frozenset[str] = frozenset()
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
    # mendB105: what bounds a deed ruled out (``hypothetical._ruled_out``)
    ruled_out_stops: frozenset[str] = frozenset()
    ruled_out_glued: frozenset[str] = frozenset()
    driver_markers: frozenset[str] = frozenset()  # mendA86: "سيارة مستوطن", "driven by"
    subjunctive_verbs: frozenset[str] = frozenset()
    indicative_markers: frozenset[str] = frozenset()
    realized_modals: frozenset[str] = frozenset()
    have_subjunctives: frozenset[str] = frozenset()  # typesfa83: "داشته باشد" closing a noun
    have_trip_leads: frozenset[str] = frozenset()  # typesfa83: "به تهران رفت تا …": a visit
    own_demands: frozenset[str] = frozenset()  # typesfa85: "با تجمع … خواستار … شدند"
    demand_stops: frozenset[str] = frozenset()  # typesfa85: "خواستار آن است که …"
    postposed_modals: frozenset[str] = frozenset()  # "… لازم است": a deed noun's predicate
    # nonevent111: "باید", "يجب", "should" after a deed noun, and the verbs of
    # its taking place they govern ("مذاکرات … باید آغاز شود", "talks should
    # begin"): the deed is obliged to happen, not told (``modal_subject``);
    # the words before a noun that make it a deed told, no subject ("پس از")
    obliged_occurrence_cues: frozenset[str] = frozenset()
    obliged_occurrences: frozenset[str] = frozenset()
    occurrence_subject_leads: frozenset[str] = frozenset()
    # mendA111: only a vague plea ("as soon as possible", "هر چه سریع‌تر")
    # with no time named, or a negated obligation ("should not", "لا يجب",
    # "نباید"), is no event; a dated one is a plan (``modal_subject``)
    obliged_vague_times: frozenset[str] = frozenset()
    obliged_negations: frozenset[str] = frozenset()
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
    topic_nouns: frozenset[str] = frozenset()  # "initiative" of "initiative on Israel"
    # "striking": a participle of a deed of force that, right before working
    # people, tells their strike
    # (``nonevents.strikers_named``)
    strike_participles: frozenset[str] = frozenset()
    # "was", "were": before the participle it is a verb again
    strike_auxiliaries: frozenset[str] = frozenset()
    # "بين": between a topic head and the states it names ("الأزمة بين قطر
    # والسعودية"): those states are what is talked about (``countries``)
    topic_links: frozenset[str] = frozenset()
    stance_nouns: frozenset[str] = frozenset()
    # nonevent70: words of asking whose object is the reaction asked ("خواستار
    # محکومیت", "called for a condemnation"), the prefix glued to what is
    # asked ("طالبت … بإدانة") and the verbal nouns that head it ("باستخدام")
    asked_direct_words: frozenset[str] = frozenset()
    asked_content_prefixes: frozenset[str] = frozenset()
    asked_content_heads: frozenset[str] = frozenset()
    asked_content_not_before: frozenset[str] = frozenset()
    provision_labels: frozenset[str] = frozenset()  # "ماده", "Article": a law's article
    discussion_verbs: frozenset[str] = frozenset()  # "discussed Syria with …": Syria is the topic
    # per event type, words that make a noun after them one referred to
    # ("violated the nuclear deal", "پایبندی ایران به توافق")
    reference_openers: dict[str, frozenset[str]] = field(default_factory=dict)
    # per head noun of a compound verb, its own light verbs ("وعده … را داد"):
    # after the object marker they carry the noun out (``predicates.is_object``)
    own_light_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    # "متعهد شد": a pledge verb that is the aid or cooperation it promises
    pledge_verbs: frozenset[str] = frozenset()
    # "به" before a verb-final pledge's content ("به تقویت روابط متعهد شدند")
    pledge_content_openers: frozenset[str] = frozenset()
