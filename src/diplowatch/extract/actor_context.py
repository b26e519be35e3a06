"""The language's actor rules (``lang/<code>/context.py``, agents) read once.

``Context`` gathers the folded word lists and settings the actor scan and the
later steps need; ``context(lang)`` builds it once per language (cached), so
the language's data is read from its modules and never embedded in code.

This module keeps the value and its loader: ``Context`` with the cues of an
actor's mention and the indexes derived from it, and ``context``, the one
place that asks the registry for the language's data modules (``load``). The
rest lives by job: the cues of a deed's sides, of deeds not told and of
places are bases ``Context`` inherits (``side_cues``, ``nonevent_cues``,
``place_cues``); the readers are ``context_words`` (the tables naming each
field's data name in ``context.py`` and how it is read, for ``Context`` and
its ``Syntax``) and ``context_agents`` (the agents tables); ``coordinators``
holds the derived ``Coordinators`` set.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from types import ModuleType

from diplowatch.extract.context_agents import agent_fields, agent_nouns
from diplowatch.extract.context_words import context_fields, folded_words, sorted_words, syntax
from diplowatch.extract.coordinators import Coordinators, coordinators_of
from diplowatch.extract.names import NameRules
from diplowatch.extract.nonevent_cues import NoneventCues
from diplowatch.extract.place_cues import PlaceCues
from diplowatch.extract.side_cues import SideCues
from diplowatch.extract.syntax import Syntax
from diplowatch.extract.written import Folding
from diplowatch.lang import load
from diplowatch.text.normalize import normalize_phrase


@dataclass(frozen=True)
class Context(SideCues, NoneventCues, PlaceCues):
    """The language's actor cues in one frozen value: the words of an actor's
    mention here, those of a deed's sides, of deeds not told and of places in
    the bases it inherits (``side_cues``, ``nonevent_cues``, ``place_cues``)."""

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
    # mendD109: a state's name right after a body's noun is its genitive
    # ("وزارت آموزش و پرورش عراق", Iraq's ministry), not only its adjective
    state_genitive_after: bool = False
    reciprocals: frozenset[str] = frozenset()  # "each other": no co-doers
    clause_opening_words: frozenset[str] = frozenset()
    imperfect_starts: tuple[str, ...] = ()
    name_heads: frozenset[str] = frozenset()
    cited_agents: frozenset[str] = frozenset()
    telling_agents: frozenset[str] = frozenset()
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
    # doers98: a title or state a person feigns or claims to be is no side
    # (``claimed_identity.claimed_out``)
    feigning_cues: frozenset[str] = frozenset()
    claimed_being_cues: frozenset[str] = frozenset()
    # mendD99: the word joining a feigned title to the body it is of
    # ("ضابط في الجيش الأردني", "officer of the army"; ``claimed_out``)
    title_complement_links: frozenset[str] = frozenset()
    name_countries: frozenset[str] = frozenset()  # "كوريا" of "رفائيل كوريا"
    given_name_nouns: frozenset[str] = frozenset()  # "Dane" of "Dane Coleman"
    given_name_leads: frozenset[str] = frozenset()  # "a" of "a Dane"
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
    # precision81ar: "القضية الفلسطينية", "the Syrian crisis": a country
    # adjective on a topic's noun names what is talked of
    topic_adjective_heads: frozenset[str] = frozenset()
    neighbour_heads: frozenset[str] = frozenset()  # roles52: "همسایه افغانستان"
    home_for_agents: bool = True
    # a full name right after a group's title names its holder, who is then
    # named by surname (``person_names._group_holders``; not Persian, whose
    # unwritten ezafe makes that name the group's owner)
    group_title_names: bool = False
    # officials111: a name set off by commas after a state's title ("وزير
    # خارجية النرويج، بورج براند،") is its holder's (``person_names._apposed_name``)
    apposed_title_names: bool = False
    # home36fa: state bodies written bare ("ارتش", "مجلس") that are the
    # home country's in an article mostly about it (``participants``)
    home_bodies: frozenset[str] = frozenset()
    adjacent_coordinated: bool = True
    # "في", "of the": a word of belonging between a named force and the
    # body it belongs to (``parent_bodies``)
    part_of_links: frozenset[str] = frozenset()
    # "of the", "في": a word between workers and the firm that employs
    # them, and whether the firm may come first ("oil company workers";
    # ``employers``)
    employer_links: frozenset[str] = frozenset()
    employer_first: bool = False
    workplaces: frozenset[str] = frozenset()  # "کارخانه", "مصنع", "factory"
    # "نیروهای", "قوات", "forces": a generic head whose modifier names its
    # agent ("نیروهای شورشی", "rebel forces"; ``force_heads``)
    force_heads: frozenset[str] = frozenset()
    # "گروهک", "تروریستی": words describing an armed group that may stand
    # between such a head and the group's name (``force_heads``)
    force_fillers: frozenset[str] = frozenset()
    # "متعلق به", "تابعة ل": a ship's owner named after it (``vessels``)
    vessel_owner_cues: frozenset[str] = frozenset()
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
    # reversed62: a preposition glued to the article ("للعائلات")
    glued_articles: tuple[str, ...] = ()
    # "رئيس": a bare head title in the construct state before an unknown noun
    # heads that body ("رئيس هيئة الانتخابات"), not a state
    body_heads: frozenset[str] = frozenset()
    head_state_nouns: frozenset[str] = frozenset()  # "رئيس البلاد": still the state's
    # agents104: a noun of statehood between a head's title and its country
    # ("رئيس جمهورية جيبوتي"): the country is still the title's own
    state_style_nouns: frozenset[str] = frozenset()
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
    # direction111: "أن", "كان": the noun after one is the next verb's subject
    subject_openers: frozenset[str] = frozenset()
    # mendE111: "عليهم", "لديه": a preposition with a pronoun right after the
    # verb takes up the noun before it, no subject (``subject_openers``)
    subject_opener_breaks: frozenset[str] = frozenset()
    name_clitics: frozenset[str] = frozenset()
    # officials111: "لدى", "في": the link between an envoy's title and his
    # posting, after which his name is written (``person_names._past_posting``)
    envoy_post_links: frozenset[str] = frozenset()
    # mendB111: "ب": a clitic glued to an envoy's posting ("السفير الألماني
    # بتونس، …"); read as one only where a name set off by commas follows
    envoy_post_clitics: frozenset[str] = frozenset()
    # mendB111: ordinary words no name set off by commas after a title holds
    # ("، مرة أخرى،", "، بلهجة غاضبة،"; ``person_names._name_like``)
    apposed_name_stopwords: frozenset[str] = frozenset()
    # mendB111: "عبد", "أبو": the next word of the name carries the article
    name_article_openers: frozenset[str] = frozenset()
    possessive_markers: tuple[str, ...] = ()
    possessive_clitics: tuple[str, ...] = ()  # "سربازانش": his/its soldiers
    # a reflexive written after the noun ("اتباع خود"): the subject's own
    possessives_after: frozenset[str] = frozenset()
    # "و سایر اعضای دولت", "وبقية المسؤولين": the others of the one just named
    others_of_named: frozenset[str] = frozenset()
    # "وتلك التابعة ل", "and those of": a demonstrative for the agent before
    those_of_named: frozenset[str] = frozenset()
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
    home_not_after: frozenset[str] = frozenset()  # "این کشور": not the home country
    # "این کشور", "هذا البلد": the country just named (``this_country``)
    this_country_words: frozenset[str] = frozenset()
    this_country_before: frozenset[str] = frozenset()  # "the country's": before the agent
    this_country_against: frozenset[str] = frozenset()  # "علیه": a deed's other side between
    foreign_words: frozenset[str] = frozenset()  # "خارجی", "foreign": of no country named
    # agents64fa: "اروپایی" → "EU", "غربی" → "": a region's agents, of a
    # bloc or of none, never of the one state the sentence names
    region_words: dict[str, str] = field(default_factory=dict)
    # "فعالان": heads of a stateless agent's noun that name people of the place
    local_agent_heads: frozenset[str] = frozenset()
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
    # codes106: "said", "إن", "گفت" right after a place: the teller's place
    teller_speech: frozenset[str] = frozenset()
    this_country_sides: frozenset[str] = frozenset()  # "این کشور" alone: a side when governed
    this_country_side_preps: frozenset[str] = frozenset()  # "علیه این کشور": governs it
    this_country_clause_words: frozenset[str] = frozenset()  # "که": opens its clause
    home_not_before: frozenset[str] = frozenset()  # "کشور همسایه": another country
    home_adj_endings: tuple[str, ...] = ()  # "کشور اسلامی": an adjective names which
    lang: str = ""

    @cached_property
    def closing_verbs(self) -> frozenset[str]:
        """The verbs that close a verb-final clause: light verbs and the
        phrase breaks that are no conjunction or object marker. Read once
        (diffread71 F4: ``concerned`` built it anew for every deed of force,
        ``own_clause`` for every contrast clause)."""
        return self.light_verbs | (self.phrase_breaks - self.conjunctions - self.object_markers)

    @cached_property
    def coordinators(self) -> Coordinators:
        """What joins two actors into one side of an event: conjunctions and
        links to a co-actor ("and", "along with", "إلى جانب", "به همراه").
        Kept on the context once read (speed74a: the steps asked it some
        60,000 times in 1,500 documents, each a look-up of three sets)."""
        return coordinators_of(
            self.conjunctions, self.coactor_links, self.item_quantifiers, self.holder_name_leads
        )

    @cached_property
    def listed_names(self) -> Coordinators:
        """sides101: the conjunctions alone (no co-actor link), with the words
        that may stand before a titled person's name (``HOLDER_NAME_LEADS``):
        what joins the named leaders a meeting's noun lists."""
        leads = self.holder_name_leads
        return coordinators_of(self.conjunctions, frozenset(), frozenset(), leads, True)

    @cached_property
    def joint_coordinators(self) -> Coordinators:
        """sides101: ``coordinators`` for the sides of a joint event, where a
        named leader, a comma and the next leader's title go on with one list
        ("… حسن روحانی، رئیس‌جمهور روسیه ولادیمیر پوتین و …"); in a directed
        deed the same words may open its object ("… ظریف، وزیر خارجه روسیه …
        را دعوت کرد"). mendD102: a titled person after a topic's word ("the
        fate of", "مصير", "درباره") is no side (``topic_leads``)."""
        leads, topics = self.holder_name_leads, self.topic_heads | self.about_preps
        return coordinators_of(
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


def _name_rules(data: ModuleType | None, lang: str) -> NameRules:
    """How proper names are told from ordinary words (capitals, neighbours)."""
    return NameRules(
        capitalised=getattr(data, "NAMES_CAPITALISED", False),
        by_neighbours=folded_words(data, "NAMES_BY_NEIGHBOURS"),
        function_words=folded_words(data, "NAME_FUNCTION_WORDS")
        | folded_words(data, "NAME_STOPWORDS"),
        articles=sorted_words(data, "NAME_ARTICLES"),
        conjunctions=folded_words(data, "CONJUNCTIONS"),
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
        for table in (getattr(load(lang, "roles"), "ROLE_TITLES", {}), agent_nouns(lang))
        for phrases in table.values()
        for phrase in phrases
        if " " not in phrase
    }
    folded = {w for w in words if w.endswith(letter)}
    return Folding(
        folded=frozenset(normalize_phrase(w) for w in folded),
        feminines=frozenset(normalize_phrase(w) for w in folded if w[: -len(letter)] in words),
        homographs=folded_words(data, "FOLDED_HOMOGRAPHS"),
        letter=getattr(data, "CLITIC_LETTER", ""),
        feminine=letter,
        article=normalize_phrase(getattr(data, "HOMOGRAPH_ARTICLE", "")),
    )


@cache
def context(lang: str) -> Context:
    """The language's actor cues, gathered from its data modules in one value.

    Cached like ``lexicon``: gathering folds about a hundred word lists, and
    every document of a language reads the same frozen value.
    """
    data = load(lang, "context")
    return Context(
        **context_fields(data),
        **agent_fields(lang),
        syntax=syntax(data),
        names=_name_rules(data, lang),
        clause_openers=folded_words(load(lang, "status"), "CLAUSE_OPENERS"),
        infinitive_endings=folded_words(load(lang, "affixes"), "INFINITIVE_ENDINGS"),
        lang=lang,
    )
