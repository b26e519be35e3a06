"""Agents (who inside a state acts) that hold in every language.

The codes are the spec's (``shared/spec/ONTOLOGY.md``, "Agents"), listed once
in ``diplowatch.model.AGENTS``. A person's role implies an agent, and so does
an institution; the per-language ``agents.py`` modules add the nouns (police,
protesters …) and named movements and parties.
"""

from __future__ import annotations

from typing import Any

# A person's role (``roles.ROLE_TITLES``, ``persons``) → the agent it implies.
ROLE_AGENTS: dict[str, str] = {
    "head_of_state": "GOV",
    "head_of_government": "GOV",
    "foreign_minister": "GOV",
    "minister": "GOV",
    "deputy_minister": "GOV",
    "ambassador": "GOV",
    "official": "GOV",
    "legislator": "LEG",
    "party_leader": "PTY",
    "business": "BUS",
}

# roles85: the roles of a finer post that a cabinet title chained to it
# gives way to (``context.FINER_POST_TITLES``: a deputy prime minister and
# foreign minister is one man, known by the finer post;
# ``extract/mention_scan._finer_office``).
FINER_POST_ROLES: frozenset[str] = frozenset({"foreign_minister"})

# roles85: the agents of a party a former office holder may now lead
# (``extract/mention_scan._former_now_leads``).
PARTY_AGENTS: frozenset[str] = frozenset({"PTY", "OPP"})

# An institution (``roles.INSTITUTIONS``) → the agent it implies.
INSTITUTION_AGENTS: dict[str, str] = {
    "central_bank": "GOV",
    "embassy": "GOV",
    "foreign_ministry": "GOV",
    "government": "GOV",
    "military": "MIL",
    "parliament": "LEG",
}

# Agents sent by the state named before them ("Russia withdrew troops from
# Kherson": Russia's troops), rather than belonging to the place where they
# act as police or protesters do ("police in Cairo").
SENT_AGENTS: frozenset[str] = frozenset({"MIL"})

# Institutions that act for their own country wherever they are (an embassy
# in Damascus is not Syria's): with no country written next to them they
# belong to the article's home country, like a bare title.
HOME_INSTITUTIONS: frozenset[str] = frozenset({"embassy", "foreign_ministry", "central_bank"})

# Agents that are the audience of what is said, not a party to the event
# ("told reporters", "در گفتگو با خبرنگاران", "في حديث للصحفيين").
# Migrants and smugglers travelling somewhere make no diplomatic visit.
NOT_PARTY_TO: dict[str, frozenset[str]] = {"CONSULT": frozenset({"MED", "REF", "CRM"})}

# Who may stand for each side of an event, for the rules below (a state named
# as a whole counts as its government).
CROWD: frozenset[str] = frozenset({"CVL", "OPP", "LAB", "EDU", "REF", "PTY", "REL", "HLH", "MED"})
AUTHORITIES: frozenset[str] = frozenset({"GOV", "LEG", "JUD", "COP", "MIL"})
COERCERS: frozenset[str] = frozenset({"GOV", "COP", "MIL", "JUD", "REB", "UAF", "CRM"})
ARMED: frozenset[str] = frozenset({"GOV", "MIL", "COP", "REB", "UAF", "CRM"})

# sides23: type -> (who acts, whom it is against): a crowd protests against
# the authorities, so when both are named the crowd comes first, wherever
# the sentence names the authorities ("قمع الاحتجاجات", "the protests the
# security forces dispersed", "اعتراضاتی که نیروهای امنیتی با آن مقابله
# کردند"). Legislators who protest are a crowd of their own, so they stay.
# The same for the police and the courts in an arrest or a sentence: they
# take the people held, whichever the sentence names first ("معترضان در
# بازداشت پلیس هستند", "remain in police custody"). Not armed men (rebels
# seize police posts) nor a state named as a whole. A crowd that detains
# policemen is read the other way round (rare in the news; a test records it).
CROWD_FIRST: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "PROTEST": (CROWD, AUTHORITIES - {"LEG"}),
    "COERCE": (frozenset({"COP", "JUD"}), CROWD | {"NGO", "BUS"}),
    # release26: the authorities who let people go release them, whichever
    # is named first ("این فعال به دستور دادستان آزاد شد", "أفرج عن الناشط
    # بأمر من المدعي العام", "was released on the prosecutor's orders"); so
    # does another state named as a whole, as its government ("أفرج عن
    # صيادين إيرانيين في الهند": India let them go)
    "CONCEDE": (frozenset({"COP", "JUD", "GOV", "MIL"}), CROWD | {"NGO", "BUS"}),
    # direction109: aid and rescue go from the authorities, the forces or an
    # aid body to the civilians or refugees, whichever the sentence names
    # first ("العائلات المتضررة ستتلقى مساعدات توزعها الوزارة", "خانواده‌های
    # زلزله‌زده گفتند ارتش به آنها کمک غذایی رساند", "aid was handed to
    # the flood victims by the ministry"): the people helped are the
    # recipients, not the givers (the readers code the giver first).
    "AID": (frozenset({"GOV", "COP", "MIL", "NGO"}), frozenset({"CVL", "REF"})),
}
# slots37fa: modes of a ``CROWD_FIRST`` type in which a state named as a
# whole is only whom the deed is done to, never its doer as a government: an
# apology is made by the one who apologises ("a firm apologised to Iran",
# "اعتذرت الشركة لإيران", "یک شرکت ژاپنی از ایران عذرخواهی کرد"), not by
# the state it is made to, while a foreign state that lets people go acts.
# Officials and forces still come first ("عذرخواهی از کشاورزان از سوی دولت").
# direction109: agents of a ``CROWD_FIRST`` rule read only at or after the
# deed's noun (``implied._AFTER_NOUN_ONLY``: a crowd may itself detain
# policemen) that come first wherever they are named: a court passes the
# sentence on those it tries ("سه متهم را دادگاه به زندان محکوم کرد",
# "المتهمون الذين قضت المحكمة بسجنهم", "the activists whom the court
# sentenced"); no crowd sentences a court. mendA109: only in the modes a
# court acts in (its sentence, a jailing: "معترضانی که دادگاه زندانی کرده
# بود"), never where a crowd may seize a judge or a court's files, and not
# where the crowd is the verb's subject ("دانشجویان یک قاضی را بازداشت
# کردند"; ``implied.crowd_first``). Agents, then modes.
CROWD_FIRST_ANYWHERE: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "COERCE": (frozenset({"JUD"}), frozenset({"sentence", "arrest", "jail", "remand"})),
}
# mendA109: crowd-first types in which a crowd that is the subject of the
# deed stays first (``extract/crowd_subject``): civilians may give or rescue
# ("تبرع المواطنون بالدم للجنود", "مردم به سربازان زخمی خون اهدا کردند",
# "citizens donated money to the Red Crescent"); the helped named first
# otherwise still go after their givers.
CROWD_FIRST_UNLESS_SUBJECT: frozenset[str] = frozenset({"AID"})
# direction109: nor is a state named as a whole the giver of aid named
# after civilians ("Iranian citizens sent aid to Afghanistan": Afghanistan
# receives it); in a rescue ("rescued by Italy") it is the rescuer.
CROWD_FIRST_NO_WHOLE_MODES: dict[str, frozenset[str]] = {
    "CONCEDE": frozenset({"apology"}),
    "AID": frozenset({"aid"}),
}

# The side news leaves understood (ACLED and POLECAT code it): protesters are
# civilians and protest against the government, arrests are made by the
# police, attacks whose authors are not named are by unidentified attackers.
# type -> ((agent added, group of which none takes part), ...)
IMPLIED_AGENTS: dict[
    str, tuple[tuple[str, frozenset[str]] | tuple[str, frozenset[str], str], ...]
] = {
    "PROTEST": (("CVL", CROWD), ("GOV", AUTHORITIES)),
    "COERCE": (("COP", COERCERS),),
    # the unknown attackers are of where it happened, never of the victims
    # ("two Filipino sailors were killed in the attack")
    "ASSAULT": (("UAF", ARMED, "place"),),
}

# agents22fa: understood agents that are always the place's own, even when
# all those they took are foreigners: police arrest where they serve ("two
# Iranian citizens were arrested in Stockholm": Swedish police) and courts
# sentence where they sit, where the unknown attackers of foreigners are of
# no known country (extract/implied.py).
SCENE_AGENTS: frozenset[str] = frozenset({"COP", "JUD"})

# The understood sides above that receive the act (the government a crowd
# protests against); every other understood side is its doer and comes first,
# so "a bomb killed seven" reads attackers – victims, "he was arrested" police –
# him (the PLOVER export's actor and recipient are the first two actors).
IMPLIED_RECIPIENTS: frozenset[tuple[str, str]] = frozenset({("PROTEST", "GOV"), ("ASSAULT", "GOV")})

# (type, mode) -> rules as in IMPLIED_AGENTS, where the kind of deed names
# its understood author better than the type: a prison sentence is passed
# by a court, not by the police who arrest ("three activists were
# sentenced" → a court of the place). Read before IMPLIED_AGENTS.
IMPLIED_BY_MODE: dict[tuple[str, str], tuple[tuple[Any, ...], ...]] = {
    # agents70fa: a town, a province or a capital an armed movement takes
    # ("طالبان شهر زرنج را تصرف کردند", "the Taliban captured Kunduz"; not
    # Arabic, lang/ar/agents.py) is taken from the state that held it: its
    # government is understood as whom the capture is against. Only beside
    # the one named taker ("lone"): not where the state (named whole), its
    # government or its forces are named, nor beside unidentified armed men
    # (who board a ship), and only a known state's ("coded": rebels who take
    # a town of no country named leave no government of no country); its
    # unnamed takers are unidentified attackers, as in any attack
    # (IMPLIED_AGENTS)
    ("ASSAULT", "capture"): (
        ("UAF", ARMED, "place"),
        ("GOV", AUTHORITIES | {"UAF"}, "lone", "coded"),
    ),
    ("COERCE", "sentence"): (("JUD", COERCERS),),
    # goods, ships or land seized by a side the text does not name: no one is
    # understood (the police would be a guess), the seizer stays unnamed
    ("COERCE", "confiscate"): (),
    # recall70fa: a war told going on ("جنگ در قندوز ادامه دارد", "تتواصل
    # الحرب بين …") is fought between sides, not by unidentified attackers:
    # only the sides named take part
    ("ASSAULT", "fight"): (),
    # a state or its government that boycotts talks, a conference or a vote
    # acts itself ("Iran boycotted the talks"): no crowd is understood, and
    # the state is no government protested against
    ("PROTEST", "boycott"): (("CVL", CROWD | AUTHORITIES), ("GOV", AUTHORITIES)),
    # extra37: workers who strike are against their employer ("عمال المصنع
    # أضربوا", "کارگران شرکت اعتصاب کردند", "the dockers went on strike"):
    # with workers among its sides no government is understood as whom it
    # is against; a strike of teachers, students or a whole town still is
    ("PROTEST", "strike"): (("CVL", CROWD), ("GOV", AUTHORITIES | {"LAB"})),
    # senses23: a crowd that storms a building ("protesters stormed the
    # parliament") is the raid's doer: no police are understood beside it
    ("COERCE", "raid"): (("COP", COERCERS | {"CVL"}),),
    # agents27fa: a prisoner put to death ("was executed", "اعدام شد", "أعدم")
    # dies by the sentence of a court of the place, not at the hands of
    # unidentified attackers; a state, a force or a group named as the doer
    # ("داعش ده نفر را اعدام کرد") leaves none understood
    ("ASSAULT", "execute"): (("JUD", COERCERS),),
    # parties57fa: foreigners let go where they were held ("ده ماهیگیر ایرانی
    # در پاکستان آزاد شدند", "أفرج عن صيادين إيرانيين في باكستان", "were
    # released in Pakistan") are let go by that state, as ``CROWD_FIRST``
    # reads a state named beside a release: the state as a whole (agent
    # None), since which of its bodies held them the sentence does not
    # tell. "foreign": only where the sentence names the place and it is
    # none of the named sides' countries (the place of a domestic release,
    # or of a kidnapping whose victims are read as of that country, adds
    # no side the sentence tells); never beside a named authority or armed
    # group that let them go
    ("CONCEDE", "release"): (
        (None, frozenset({"GOV", "COP", "JUD", "MIL", "REB", "UAF", "CRM"}), "place", "foreign"),
    ),
}

# mend38: types only an office can do ("imposed sanctions"): their doer
# named by a former office did it in that office and keeps its agent
# (extract/in_office.py), where a former holder's word is his own.
IN_OFFICE_TYPES: frozenset[str] = frozenset({"SANCTION"})

# agents70ar: a deployment, an alert or an exercise is done by the forces
# that move (PLOVER MOBILIZE; the readers of every tune set code the troops
# alone: "السلطات ستنشر نحو 3800 جندي من الجيش" GBR:MIL, "the governor
# ordered the National Guard to watch the exercises" USA:MIL). The
# government, ruler or spokesman of the same state named beside its own
# forces ordered or told the move and is no side of it
# (extract/forces_own.py); a government with no forces of its own named
# beside it ("دولت آمریکا … سه هزار نیرو اعزام می‌کند") keeps the event.
DEPLOYMENT_TYPES: frozenset[str] = frozenset({"MOBILIZE"})
# mendA70: the types whose event is the sending or withdrawing of troops: a
# count may stand between the state and the troops it sends only where no
# trigger of another type comes before them ("Turkey threatened to send
# about 3,000 troops": a threat, not Turkey's army; ``participants._near``)
SENDING_TYPES: frozenset[str] = frozenset({"MOBILIZE", "RETREAT"})
DEPLOYED_FORCES: frozenset[str] = frozenset({"MIL", "COP"})
DEPLOYMENT_ORDERERS: frozenset[str] = frozenset({"GOV"})
# ... and the civilians of that state named beside them (the crowd the police
# deploy at, the people an exercise alarms: "زادت من مخاوف الناس", gold
# USA:MIL alone) are where or why the forces move, no side either: no gold
# deployment of the tune sets has civilians beside forces.
DEPLOYMENT_BYSTANDERS: frozenset[str] = frozenset({"CVL"})

# mend38: (type, mode) rules above that stand only while the sentence names
# no actor of the agent given: a strike by workers is against their employer
# unless a government actor is named ("… در اعتراض به سخنان وزیر کار
# اعتصاب کردند", "strikers defied the minister"), when the government the
# strike is against stays understood, as before the rule, even if the named
# official is read as no side of it.
MODE_RULES_UNLESS_NAMED: dict[tuple[str, str], str] = {("PROTEST", "strike"): "GOV"}

# agents39fa: (type, agent of a side) -> the mode whose rules it takes when
# its own mode has none: workers who rally or demonstrate ("کارگران کارخانه
# در شوش تجمع کردند", "عمال المصنع تظاهروا", "plant workers rallied") protest
# against their employer as strikers do, so no government is understood and
# the town's state stays whole, unless a government actor is named (above).
MODE_OF_SIDE: dict[tuple[str, str], str] = {("PROTEST", "LAB"): "strike"}

# Types in which a state named as a whole acts only in the doer's place
# (first): one named after the arrested ("a French journalist was arrested
# on arriving in Egypt") is where it happened or whose national was taken,
# so the understood police are still added (extract/implied.py).
DOER_FIRST_TYPES: frozenset[str] = frozenset({"COERCE"})

# Types in which a state named as a whole stands for one agent of it (a
# language's own table replaces this one): none by default — the spec codes
# a state acting as a whole with no agent.
WHOLE_STATE_AGENTS: dict[str, str] = {}

# (type, mode) -> (type, agents whose act it becomes when they act first):
# a crowd that "protests" demonstrates; a court that condemns sentences;
# troops or a fleet that travel somewhere deploy.
TYPE_BY_SOURCE: dict[tuple[str, str], tuple[str, frozenset[str]]] = {
    ("ACCUSE", "protest"): ("PROTEST", CROWD - {"MED", "PTY"}),
    ("ACCUSE", "condemn"): ("COERCE", frozenset({"JUD"})),
    ("CONSULT", "visit"): ("MOBILIZE", frozenset({"MIL"})),
    # a raid on a home or an office by the police or on a judge's order is
    # a coercive raid (PLOVER COERCE), by gunmen an attack
    ("ASSAULT", "raid"): ("COERCE", frozenset({"COP", "JUD"})),
}

# lead21: rules of TYPE_BY_SOURCE that hold for an agent's forces or bodies
# only, not for one of its office-holders: troops or a fleet that travel
# deploy, an army chief who visits a country meets its hosts ("The Iranian
# army chief visited Syria", as Arabic "زار رئيس أركان الجيش" reads).
FORCES_ONLY: frozenset[tuple[str, str]] = frozenset({("CONSULT", "visit")})

# Agents that keep no country of their own when the text names none:
# international NGOs ("Amnesty International said") are not of the country
# they report on.
STATELESS_AGENTS: frozenset[str] = frozenset({"NGO"})

# agents64ar: bodies of a state's own political life (the opposition,
# parties, parliament, unions) named bare ("أحزاب المعارضة", "the
# opposition parties") with no country of their own are the country of a
# sentence whose every named country is one: as a title is (a parliament,
# police or protesters deal with their own state), they act at home
# ("طلبت أحزاب المعارضة من رئيس مجلس نواب الشعب …"). Not where the sentence
# names another state ("دعمها للشعب السوري … الدولة التونسية"): the bare
# body may be of either.
HOME_BODY_AGENTS: frozenset[str] = frozenset({"OPP", "PTY", "LEG", "LAB"})

# Types that, between agents of one country, are another type: sanctions are
# between states; a ban or cut at home is a restriction (COERCE).
DOMESTIC_TYPES: dict[str, str] = {"SANCTION": "COERCE"}

# Agents that are cited rather than acting when a reporting verb comes right
# before them ("ذكرت صحيفة", "reported the newspaper", "به گزارش خبرگزاری").
CITED_AGENTS: frozenset[str] = frozenset({"MED"})

# bystander105: agents that tell what others did, named after an
# announcement opener ("طبق اعلام عفو بین‌الملل، …", "as announced by Human
# Rights Watch, …"; ``status.ANNOUNCER_CUES``): the media and rights groups
# report deeds and take no part in them, so they are dropped there. Other
# announcers (an army, a ministry) often tell their own deed and stay.
TELLING_AGENTS: frozenset[str] = frozenset({"MED", "NGO"})

# Bodies whose own name may be made of agent nouns ("حزب العمال", "حزب
# الفلاحين", "حزب کشاورزان": a workers' or farmers' party): an agent noun
# written right after such a body's noun, or after its leader's title, names
# the body and is no second actor nor the leader's agent.
NAME_BEARING_AGENTS: frozenset[str] = frozenset({"PTY"})

# Named movements that belong to where they fight: one written with no
# country takes the country of the places its sentence names, when they are
# all of one ("قادة داعش في الموصل", "Islamic State fighters in Raqqa":
# Iraq's, Syria's insurgents). The spec takes an agent's country from a named
# place; a party or an NGO keeps none.
PLACED_GROUP_AGENTS: frozenset[str] = frozenset({"REB"})

# Attackers the text does not name ("gunmen", "a suicide bomber"): they take
# the country of where they struck, never that of whom they struck ("gunmen
# killed two Filipino sailors" names no Filipino gunmen).
# Criminals (pirates, smugglers, kidnappers) are as nameless: pirates who
# hijacked a Chinese ship are not Chinese.
UNKNOWN_DOER_AGENTS: frozenset[str] = frozenset({"UAF", "CRM"})

# precision78ar: a state named as a whole beside its own civilians as the
# struck of a deed of force ("الاعتداء الذي استهدف مدينة نيس الفرنسية …
# أسفر عن مقتل 84 شخصا", "the Paris attacks killed 130 people"; FRA:None,
# FRA:CVL) is where it struck, not its doer: no state strikes its own
# people as a whole (``extract/place_doer.own_people_doer_out``). Its
# agents are those struck (``OWN_STRUCK_AGENTS``); the modes of the deeds a
# state does to its own people as a whole, by its courts, stay
# (``STATE_DEED_MODES``: "نفذت السعودية حكم الإعدام على 47 شخصا").
OWN_STRUCK_AGENTS: frozenset[str] = frozenset({"CVL"})
STATE_DEED_MODES: frozenset[str] = frozenset({"execute"})

# victims94: people of a country struck in a deed of force and named before
# the state itself ("لقي شخصان مصرعهما … في مقهى وسط مدينة … سويسرا",
# "wounded in a shooting at a bar in the Philippines"; [CHE:CVL, CHE:None]) were read
# as the doers who struck their own state, which is only where they were
# struck (``extract/place_doer.own_people_first_place_out``). The classes of
# people such a deed strikes, not who strikes as a whole: civilians,
# workers, pupils and teachers, medics, clerics, journalists, refugees and
# firms or their ships.
PEOPLE_STRUCK_AGENTS: frozenset[str] = frozenset(
    {"CVL", "LAB", "EDU", "HLH", "REL", "MED", "REF", "BUS"}
)

# The armed branches a named government acts through: its forces or police
# named before it ("قوات حكومة الوفاق", "نیروهای دولت", "government forces")
# are that branch, not the government itself.
ARMED_BRANCHES: frozenset[str] = frozenset({"MIL", "COP"})

# counted75ar: the men who fight for a body, whose dead a report counts and
# then names bare ("مقتل 17 حوثيا … البحث عن القتلى": the dead are those
# Houthis; ``extract/counted_dead.py``). Not unnamed attackers (UAF): counted,
# they are as often who killed ("7 أشخاص قتلوا على يد 3 مهاجمين … هوية
# الضحايا"), nor officials or criminals.
FIGHTER_AGENTS: frozenset[str] = frozenset({"MIL", "COP", "REB"})

# lead21: (type) -> agents whose act of that type inside their own country
# is no event of it: money a parliament allots at home is a budget, no aid
# ("مجلس … اعتبار … به وزارت نفت اختصاص داد", "the parliament allocated
# $2 million to the fisheries agency"); to another state it is aid
# ("Congress approved $1 billion in aid to Ukraine"). ``extract/implied.
# at_home_no_event``.
DOMESTIC_NON_EVENTS: dict[str, frozenset[str]] = {"AID": frozenset({"LEG"})}

# agents67ar: captives ("الأسرى", "اسرا", "captives": prisoners of war, or
# the Palestinians Israel holds) who strike or protest, or for whom a crowd
# protests, are against whoever holds them, not against their own state:
# the crowd stays understood, no government of their country is (a hunger
# strike of "الأسرى الفلسطينيون" is no protest against Palestine's
# government). The mode is given by a side of the protest named by one of
# a language's ``agents.CAPTIVE_NOUNS`` (extract/captives.py).
CAPTIVES_MODE = "captives"
IMPLIED_BY_MODE[("PROTEST", CAPTIVES_MODE)] = (("CVL", CROWD),)
