"""English event triggers, by PLOVER type and mode (lower case).

Built from the PLOVER definitions of the 16 types, not from any corpus. The
matcher adds the endings of the affix class ("verb": -s, -es, -ed, -d,
-ing; "noun": -s, -es, 's), so a regular verb is listed once; irregular
forms, -ing forms of verbs in -e and doubled consonants are listed as they
are written. Multi-word forms are listed in each inflection.

``FRAME_TRIGGERS`` are verbs that make an event only with one of their
objects close after them ("sent troops" MOBILIZE, "sent weapons" AID, "lifted
the ban" CONCEDE); see ``extract/predicates.py``.
"""

from .actors import COUNTRY_NAMES as _COUNTRY_NAMES

VERB_TRIGGERS: dict[tuple[str, str], tuple[str, ...]] = {
    ("CONSULT", "meeting"): (
        "meet",
        "met",
        "hold talks",
        "held talks",
        "holding talks",
        "holds talks",
        "discuss",
        "confer",
        "conferred",
        "negotiate",
        "negotiating",
        "host",
        "hosted",
        "convene",
        "convened",
        "sat down with",
        "spoke with",
        "speaks with",
        "talked with",
        "mediate",
        "mediating",
    ),
    ("CONSULT", "visit"): ("visit", "toured"),
    ("CONSULT", "phone"): (
        "phoned",
        "spoke by phone",
        "spoke by telephone",
        "spoke on the phone",
        "held a phone call",
        "held a telephone call",
    ),
    ("AGREE", "sign"): ("sign", "signed", "ink", "inked", "ratify", "ratified"),
    ("AGREE", "agreement"): (
        "agree",
        "agreed",
        "agreeing",
        "accepted the invitation",
        "accept",
        "reached an agreement",
        "reached a deal",
        "reach an agreement",
        "reach a deal",
        "struck a deal",
        "strike a deal",
        "clinched a deal",
        "concluded an agreement",
        "agreed upon",
    ),
    ("COOPERATE", "cooperation"): (
        "cooperate",
        "cooperating",
        "co-operate",
        "co-operating",
        "collaborate",
        "collaborating",
        "partnered",
        "partnering",
    ),
    ("AID", "aid"): (
        "donate",
        "donating",
        "provide aid",
        "provided aid",
        "providing aid",
        "provide assistance",
        "provided assistance",
        "providing assistance",
        "send aid",
        "sent aid",
    ),
    ("SUPPORT", "praise"): (
        "welcome",
        "welcoming",
        "praise",
        "praising",
        "commend",
        "congratulate",
        "congratulating",
        "hail",
        "applaud",
        "laud",
        "thank",
    ),
    ("SUPPORT", "endorse"): (
        "support",
        "endorse",
        "endorsing",
        "backed",
        "backs",
        "reaffirmed support",
        "expressed support",
        "voiced support",
        "expressed solidarity",
        "stand with",
        "stood with",
        "stands with",
    ),
    ("REQUEST", "appeal"): (
        "urge",
        "urging",
        "call on",
        "called on",
        "calls on",
        "calling on",
        "call for",
        "called for",
        "calls for",
        "calling for",
        "ask",
        "request",
        "invite",
        "inviting",
        "demand",
        "appeal",
        "pressed",
        "plead",
        "pleaded",
        "implore",
        "implored",
        "sought",
        # english59: advice to do something is an appeal (Persian "توصیه کرد")
        *("advise", "advised", "advises", "advising"),
    ),
    ("CONCEDE", "release"): (
        "release",
        "releasing",
        "freed",
        "frees",
        "freeing",
        "pardon",
        "commute",
        "commuting",
        "lift sanctions",
        "lifted sanctions",
        "lifting sanctions",
        "lifts sanctions",
        "ease sanctions",
        "eased sanctions",
        "easing sanctions",
        "eases sanctions",
    ),
    ("CONCEDE", "apology"): (
        "apologise",
        "apologize",
        "apologised",
        "apologized",
        "apologising",
        "apologizing",
    ),
    ("ACCUSE", "criticise"): (
        "condemn",
        "criticise",
        "criticize",
        "criticising",
        "criticizing",
        "accuse",
        "accusing",
        "blame",
        "blaming",
        "denounce",
        "denouncing",
        "warn",
        "slam",
        "slammed",
        "slamming",
        "rebuke",
        "rebuking",
        "censure",
        "censuring",
        "deplore",
        "deploring",
        "lashed out at",
        "lashes out at",
        # recall63fa: slander laid on a side ("slandered the minister")
        "slandered",
        "slandering",
        "smeared",
    ),
    ("ACCUSE", "legal"): (
        "indict",
        "charged with",
        "sue",
        "sued",
        "suing",
        "filed a lawsuit",
        "files a lawsuit",
        "filed a complaint",
        "lodged a complaint",
    ),
    ("ACCUSE", "summon"): ("summon",),
    ("REJECT", "reject"): (
        "reject",
        "veto",
        "vetoed",
        "refuse",
        "refusing",
        "rule out",
        "ruled out",
        "rules out",
        "ruling out",
        "turn down",
        "turned down",
        "turns down",
        "turning down",
        "spurn",
        "oppose",
        "opposed",
        "opposes",
    ),
    ("THREATEN", "threat"): (
        "threaten",
        "issued an ultimatum",
        "vowed retaliation",
        "vowed revenge",
        "vowed to retaliate",
        "vows to retaliate",
        "vowed to respond",
        "vowed to avenge",
        "would respond decisively",
        "will respond decisively",
        "would respond firmly",
        "will respond firmly",
        "would respond forcefully",
        "will respond forcefully",
        "a crushing response",
        "a decisive response",
        "will not go unanswered",
        "would not go unanswered",
        "will pay a heavy price",
        "would pay a heavy price",
        "will pay dearly",
        "would pay dearly",
    ),
    ("PROTEST", "demonstrate"): (
        "demonstrate",
        "demonstrating",
        "rally",
        "rallied",
        "rallies",
        "rallying",
        "marched",
        "marching",
        "protest",
        "took to the streets",
        "take to the streets",
        "taking to the streets",
        "takes to the streets",
        "rioted",
        "rioting",
        "picketed",
        "picketing",
    ),
    ("PROTEST", "strike"): (
        "went on strike",
        "go on strike",
        "goes on strike",
        "going on strike",
        "staged a strike",
        "stage a strike",
        "walked out",
        "walk out",
        "walking out",
        "downed tools",
    ),
    ("PROTEST", "boycott"): ("boycott",),
    ("ACCUSE", "protest"): ("lodge a protest", "lodged a protest"),
    ("SANCTION", "sanction"): (
        "sanction",
        "impose sanctions",
        "imposed sanctions",
        "imposing sanctions",
        "imposes sanctions",
        "ban",
        "banned",
        "banning",
        "embargo",
        "blacklist",
        "declared persona non grata",
    ),
    ("SANCTION", "cut_ties"): (
        "sever",
        "cut ties",
        "cutting ties",
        "cuts ties",
        "expel",
        "expelled",
        "expelling",
        "broke off relations",
        "break off relations",
        "broke off diplomatic relations",
        "break off diplomatic relations",
        "broken off relations",
        "breaking off relations",
    ),
    ("MOBILIZE", "deploy"): (
        "deploy",
        "mobilise",
        "mobilize",
        "mobilising",
        "mobilizing",
        "placed on alert",
        "placed on high alert",
        "placed on heightened alert",
        "placed on combat readiness",
        "put on alert",
        "put on high alert",
        "put on combat readiness",
        "test-fired",
        "test-fires",
        "test-firing",
    ),
    ("COERCE", "seize"): (
        "seize",
        "seized",
        "seizing",
        "detain",
        "arrest",
        "deport",
        # handed to another state's justice (PLOVER COERCE: deport, extradite)
        "extradite",
        "extradited",
        "extraditing",
        "confiscate",
        "confiscating",
        "rounded up",
        "round up",
        "took into custody",
        "taken into custody",
        "jail",
        "imprison",
        "sentence",
        "sentencing",
        "convict",
        "cracked down",
        "crack down",
        "cracking down",
        "impose a curfew",
        "imposed a curfew",
        "declared martial law",
        "declared a state of emergency",
        # a siege laid on a town or its people (the town's country is the
        # side besieged: ``places.place_as_target``)
        "besiege",
        "besieged",
        "besieging",
        "laid siege to",
        "lay siege to",
        "laying siege to",
    ),
    ("COERCE", "raid"): ("raid",),
    # tri30a: a building stormed is a raid, coercive by the police or on a
    # judge's order, an attack by gunmen or a crowd (the common
    # agents.TYPE_BY_SOURCE rule), as Arabic "اقتحم" and Persian "یورش بردند"
    ("ASSAULT", "raid"): ("storm", "stormed", "storming"),
    ("ASSAULT", "attack"): (
        "attack",
        "strike",
        "struck",
        "striking",
        "bomb",
        "shell",
        "shelled",
        "shelling",
        "invade",
        "invading",
        "kill",
        "shot dead",
        "shoot",
        "shooting",
        "opened fire",
        "open fire",
        "opens fire",
        "ambush",
        "assassinate",
        "assassinating",
        "massacre",
        "massacring",
        "kidnap",
        "kidnapped",
        "kidnapping",
        "abduct",
        # a ship, plane or bus taken by force (pirates, gunmen)
        "hijack",
        "hijacked",
        "hijacking",
        "stabbed",
        "beheaded",
        "clash",
        "shot down",
        "blew up",
    ),
    ("RETREAT", "withdraw"): (
        "withdraw",
        "withdrew",
        "withdrawn",
        "pull out",
        "pulled out",
        "pulling out",
        "pulls out",
        "pull back",
        "pulled back",
        "pulling back",
        "pulls back",
        "retreat",
        "backed down",
        "back down",
        "backing down",
        "demobilise",
        "demobilize",
        "demobilising",
        "demobilizing",
        "disengage",
        "disengaging",
    ),
}

NOUN_TRIGGERS: dict[tuple[str, str], tuple[str, ...]] = {
    ("CONSULT", "meeting"): (
        "meeting",
        "talks",
        "negotiations",
        "consultations",
        "dialogue",
        "bilateral talks",
        "peace talks",
        "mediation",
        "round of talks",
    ),
    ("CONSULT", "summit"): ("summit",),
    ("CONSULT", "visit"): ("visit", "state visit", "official visit", "trip"),
    # condolences: an event only when offered to another state (events.py)
    ("SUPPORT", "condole"): ("condolences", "condolence message", "message of condolence"),
    ("CONSULT", "phone"): (
        "phone call",
        "telephone call",
        "phone conversation",
        "telephone conversation",
        # "in a conversation with the British foreign secretary": a talk
        # between two, as "در گفت‌وگو با", "في حديث مع"
        "conversation",
        "video call",
        "videoconference",
        "video conference",
    ),
    ("CONSULT", "press_conference"): ("joint press conference", "joint news conference"),
    ("AGREE", "sign"): (
        "signing",
        "memorandum of understanding",
        "mou",
        "roadmap",
        "accord",
        "ratification",
    ),
    ("AGREE", "agreement"): (
        "agreement",
        "joint statement",
        "joint declaration",
        "treaty",
        "pact",
        "deal",
        "ceasefire",
        "cease-fire",
        "truce",
        "armistice",
    ),
    ("COOPERATE", "cooperation"): (
        "strategic partnership",
        "comprehensive strategic partnership",
        "joint working group",
        "joint committee",
        "upgrade ties",
        "upgraded ties",
        "strengthen cooperation",
        "expand cooperation",
        "deepen cooperation",
        "boost cooperation",
        "exchange programme",
        "exchange program",
        "student exchange",
    ),
    ("AID", "aid"): (
        "aid",
        "assistance",
        "grant",
        "loan",
        "donation",
        "humanitarian aid",
        "military aid",
        "relief",
        "vaccines",
        "funding",
        "aid package",
        "aid shipment",
        "aid convoy",
        "airdrop",
        "arms deliveries",
        "weapons deliveries",
        "bailout",
        "bailout package",
        "rescue package",
        "credit line",
        "line of credit",
        "food aid",
        "emergency aid",
        "development aid",
    ),
    ("SUPPORT", "endorse"): ("support", "solidarity", "endorsement"),
    ("REQUEST", "appeal"): ("invitation", "appeal", "request", "demand", "plea"),
    ("CONCEDE", "release"): (
        "release",
        "sanctions relief",
        "pardon",
        "amnesty",
        "concession",
    ),
    # a swap is given by both sides: agreeing to it stays an agreement
    # (``agreed_content.MUTUAL_MODES``), and those swapped are no side
    ("CONCEDE", "exchange"): ("prisoner swap", "prisoner exchange"),
    ("CONCEDE", "apology"): ("apology",),
    ("ACCUSE", "criticise"): ("condemnation", "criticism", "accusation", "warning"),
    ("ACCUSE", "legal"): ("indictment", "lawsuit"),
    ("REJECT", "reject"): ("rejection", "veto", "refusal"),
    ("THREATEN", "threat"): ("threat", "ultimatum"),
    ("PROTEST", "demonstrate"): (
        "demonstration",
        "demonstrations",
        "street protests",
        "protest",
        "protest march",
        "rally",
        "sit-in",
        "riot",
        "march on",
    ),
    ("PROTEST", "strike"): (
        "general strike",
        "hunger strike",
        "nationwide strike",
        "national strike",
        "labour strike",
        "labor strike",
        "strike action",
        "hour strike",
        "day strike",
        "week strike",
        "walkout",
        "strikers",
    ),
    ("PROTEST", "boycott"): ("boycott",),
    ("ACCUSE", "protest"): ("formal protest", "diplomatic protest", "protest note"),
    ("SANCTION", "sanction"): (
        "sanctions",
        "embargo",
        "export controls",
        "travel ban",
        "visa ban",
        "expulsion",
    ),
    ("MOBILIZE", "exercise"): (
        "military exercise",
        "military exercises",
        "military drills",
        "drills",
        "war games",
        "naval exercises",
        "naval drills",
        "joint exercises",
        "joint drills",
        "air drills",
        "live-fire exercises",
        "combat readiness",
        "high alert",
        "heightened alert",
        "military buildup",
        "military build-up",
        "troop buildup",
        "troop build-up",
        "troop movements",
        "missile test",
        "missile launch",
        "deployment",
        "mobilisation",
        "mobilization",
    ),
    ("COERCE", "seize"): (
        "seizure",
        "detention",
        "police custody",
        "in the custody of",
        "arrest",
        "deportation",
        "extradition",
        "crackdown",
        "curfew",
        "martial law",
        "siege",
    ),
    ("COERCE", "raid"): ("raid",),
    ("ASSAULT", "attack"): (
        "airstrike",
        "air strike",
        "missile strike",
        "drone strike",
        "military strike",
        "attack",
        "shelling",
        "bombing",
        "invasion",
        "offensive",
        "ambush",
        "assassination",
        "massacre",
        "suicide bombing",
        "car bomb",
        "bomb blast",
        "clashes",
        "fighting",
        "gunfire",
        "abduction",
        "kidnapping",
    ),
    ("RETREAT", "withdraw"): (
        "withdrawal",
        "pullout",
        "pull-out",
        "pullback",
        "pull-back",
        "disengagement",
        "demobilisation",
        "demobilization",
    ),
}

FIXED_TRIGGERS: dict[tuple[str, str], tuple[str, ...]] = {
    ("AGREE", "sign"): ("signed a memorandum", "signed an agreement"),
    ("PROTEST", "demonstrate"): ("a march", "the march", "mass march"),
    ("PROTEST", "strike"): (
        "on strike",
        "striking workers",
        "striking miners",
        "striking doctors",
        "striking nurses",
        "striking teachers",
        "striking employees",
        "striking staff",
        "striking oil workers",
        "striking dockworkers",
        "striking dock workers",
        "striking port workers",
        "striking factory workers",
        "striking transport workers",
        "striking rail workers",
        "striking railway workers",
        "striking postal workers",
        "striking public sector workers",
        "striking health workers",
        "striking garment workers",
        "striking steelworkers",
        "striking civil servants",
        "striking union members",
        "striking drivers",
        "striking bus drivers",
        "striking truck drivers",
        "striking truckers",
        "striking pilots",
        "striking air traffic controllers",
        "striking junior doctors",
        "striking medical staff",
        "striking hospital staff",
        "striking midwives",
        "striking paramedics",
        "striking lecturers",
        "striking professors",
        "striking academics",
        "striking students",
        "striking farmers",
        "striking lawyers",
        "striking judges",
        "striking journalists",
        "striking bakers",
        "striking shopkeepers",
        "striking merchants",
    ),
}

NOT_TRIGGERS: tuple[str, ...] = (
    # swarms, no armies
    "locust invasion",
    "invasion of locusts",
    "locust attack",
    "locust attacks",
    "in exchange for",
    "in return for",
    "backing",
    "background",
    "backed by",
    # support26: the backing a deed is done with is no event of its own, as
    # Arabic "بدعم من" and Persian "با حمایت" are none
    "with the support of",
    "with support from",
    "freedom",
    "free trade",
    "meeting point",
    "strikes me",
    "supporters",
    "banner",
    "callous",
    "summit of",
    "arms deal",
    "arms deals",
    "deal with",
    "dealt with",
    "dealing with",
    "deals with",
    "big deal",
    "aid workers",
    "aid worker",
    "aid group",
    "aid groups",
    "aid agency",
    "aid agencies",
    "aid organisation",
    "aid organisations",
    "aid organization",
    "aid organizations",
    "first aid",
    "host country",
    "host nation",
    "host city",
    "released a statement",
    "released a report",
    "released a video",
    "released footage",
    "released figures",
    "released data",
    "released the results",
    "released its",
    "release a statement",
    "press release",
    "dismissed reports",
    "dismissed the reports",
    "dismissed claims",
    "dismissed the claims",
    "rally support",
    "rallied support",
    "rallying support",
    "market rally",
    "stock rally",
    "shares rallied",
    "stocks rallied",
    "striking a balance",
    "strike a balance",
    "struck a balance",
    "lucky strike",
    "sign of",
    "signs of",
    "sign language",
    "kill switch",
    "attack on freedom",
    "heart attack",
    "panic attack",
    "shooting star",
    "photo shoot",
    "trip to the",
    "opposed to",
    "protest vote",
    "visited by",
    "warning light",
    "the request of",
    "escape fighting",
    "escape the fighting",
    "fled fighting",
    "fled the fighting",
    "fleeing fighting",
    "fleeing the fighting",
    "flee fighting",
    "flee the fighting",
    "artillery shells",
    "mortar shells",
    "tank shells",
    "tropical storm",
    "a storm",
    "the storm",
    "winter storm",
    "storm surge",
    "dust storm",
    "storm season",
    "prison sentence",
    "prison sentences",
    "jail sentence",
    "jail sentences",
    "death sentence",
    "death sentences",
    "life sentence",
    "suspended sentence",
)

# ---- Round 12b (senses12b): triggers in a non-political sense ----
# Words of a sentence that cancel a trigger of that (type, mode), or of the
# type ("*"): a side that "attacks" or "meets" another in a match, a referee
# who "threatens" a player, a prayer that "asks" God, pilgrims who arrive,
# a tour of a fair. Only words of sport, worship and fairs that carry no
# political sense: not "league" (the Arab League), "goal", "match",
# "race" (an arms race), "marathon" (marathon talks) or "worshippers"
# (who may be attacked).
_SPORT = (
    "referee",
    "yellow card",
    "red card",
    "striker",
    "goalkeeper",
    "midfielder",
    "first half",
    "second half",
    "half-time",
    "semi-final",
    "semifinal",
    "quarter-final",
    "quarterfinal",
    "world cup",
    "africa cup",
    "asian cup",
    "champions league",
    "premier league",
    "olympic",
    "football",
    "soccer",
    "basketball",
    "volleyball",
    "marathon runners",
    "tournament",
    "the pitch",
    "scored",
    "penalty kick",
    "grand prix",
    "formula one",
    # lead27: a friendly and its result ("will meet a Turkish club in a
    # friendly", "drew with its Iraqi counterpart"), as Arabic "لقاء ودي"
    *("in a friendly", "friendly match", "friendly game", "drew with", "football club"),
)
_PRAYER = (
    "asked god",
    "ask god",
    "asking god",
    "asks god",
    "prayed",
    "praying",
    "prays to",
    "the almighty",
)
_PILGRIMS = ("pilgrims", "pilgrimage", "hajj", "umrah")
_FAIR = ("expo", "exhibition", "trade fair", "the fair", "exhibitors")
VETO_WORDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("ASSAULT", "attack"): _SPORT,
    ("THREATEN", "*"): _SPORT,
    ("CONSULT", "*"): _SPORT,
    # pilgrims arrive or are received; officials who meet on the pilgrimage
    # do meet ("met to discuss the hajj")
    ("CONSULT", "arrival"): _PILGRIMS,
    ("CONSULT", "reception"): _PILGRIMS,
    ("CONSULT", "visit"): _FAIR,
    # fans may protest against a government: only a race or a match itself
    ("PROTEST", "*"): ("marathon runners", "grand prix", "formula one", "referee", "tournament"),
    ("RETREAT", "*"): _SPORT,
    ("REQUEST", "*"): _SPORT + _PRAYER,
    ("AGREE", "*"): _SPORT,
    ("SANCTION", "*"): _SPORT,
    ("MOBILIZE", "*"): _SPORT + _FAIR,
}

# Verbs of giving that mean aid only when the sentence names a sum of money.
MONEY_VERB_TRIGGERS: dict[tuple[str, str], tuple[str, ...]] = {
    ("AID", "aid"): (
        "provide",
        "provided",
        "providing",
        "allocate",
        "allocating",
        "give",
        "gave",
        "given",
        "giving",
        "commit",
        "committed",
        "offer",
        "extend",
        "pledge",
        "pledged",
        "pledging",
        "approve",
        "approved",
        "approving",
        "disburse",
        "disbursed",
        "earmark",
    ),
}
MONEY_NOUN_TRIGGERS: dict[tuple[str, str], tuple[str, ...]] = {
    ("AID", "aid"): ("package", "contribution", "commitment", "pledge", "tranche"),
}

_SEND = ("send", "sent", "sending", "sends", "dispatch", "dispatched", "dispatching")
_GIVE = (
    "deliver",
    "delivered",
    "delivering",
    "supply",
    "supplied",
    "supplying",
    "ship",
    "shipped",
    "shipping",
    "provide",
    "provided",
    "providing",
    "give",
    "gave",
    "given",
    "giving",
    "airlift",
    "airlifted",
    "airdropped",
    "hand over",
    "handed over",
    "handing over",
    "transfer",
    "transferred",
    "transferring",
)
_LAUNCH = ("launch", "launched", "launching", "began", "begin", "begun", "start", "started")
_RESTORE = (
    "resume",
    "resumed",
    "resuming",
    "restore",
    "restored",
    "restoring",
    "establish",
    "established",
    "establishing",
    "open",
    "opened",
    "opening",
    "reopen",
    "reopened",
    "reopening",
    "expand",
    "expanded",
    "expanding",
    "deepen",
    "deepened",
    "deepening",
    "strengthen",
    "strengthened",
    "strengthening",
    "boost",
    "boosted",
    "boosting",
    "enhance",
    "enhanced",
    "enhancing",
    "upgrade",
    "upgraded",
    "upgrading",
    "normalise",
    "normalised",
    "normalize",
    "normalized",
    "set up",
    "setting up",
    "launch",
    "launched",
    "launching",
)
_CUT = (
    "cut",
    "cuts",
    "cutting",
    "cut off",
    "sever",
    "severed",
    "severing",
    "break off",
    "broke off",
    "broken off",
    "breaking off",
    "suspend",
    "suspended",
    "suspending",
    "downgrade",
    "downgraded",
    "downgrading",
    "freeze",
    "froze",
    "frozen",
    "freezing",
    "halt",
    "halted",
    "halting",
    "closed",
    "closing",
    "seal",
    "sealed",
    "sealing",
    "shut",
    "shutting",
    "recall",
    "recalled",
    "recalling",
)
_LIFT = (
    "lift",
    "lifted",
    "lifting",
    "ease",
    "eased",
    "easing",
    "scrap",
    "scrapped",
    "scrapping",
    "remove",
    "removed",
    "removing",
    "relax",
    "relaxed",
    "relaxing",
    "drop",
    "dropped",
    "dropping",
    "waive",
    "waived",
    "waiving",
    "unfreeze",
    "unfroze",
    "unfrozen",
    "end",
    "ended",
    "ending",
)
_IMPOSE = (
    "impose",
    "imposed",
    "imposing",
    "slap",
    "slapped",
    "slapping",
    "introduce",
    "introduced",
    "introducing",
    "extend",
    "extended",
    "extending",
    "tighten",
    "tightened",
    "tightening",
)
_BLOCK = ("block", "blocked", "blocking", "blocks")
_FIRE = ("fire", "fired", "firing", "launch", "launched", "launching")
_WARN = ("warn", "warned", "warning", "warns")
_VOW = ("vow", "vowed", "vowing", "vows", "promise", "promised", "promising", "threatened")
_RECEIVE = ("receive", "received", "receiving", "receives")

# Verb → (verbs, objects): an event of the key's type only when one of the
# objects stands shortly after the verb (or before it in the passive).
FRAME_TRIGGERS: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]] = {
    ("AID", "aid"): (
        _SEND + _GIVE,
        (
            "weapons",
            "arms",
            "ammunition",
            "munitions",
            "shells",
            "missiles",
            "ballistic missile",
            "cruise missile",
            "tanks",
            "air defence",
            "air defense",
            "air defences",
            "air defenses",
            "patriot",
            "artillery",
            "fighter jets",
            "drones",
            "attack drones",
            "f-16s",
            "military equipment",
            "humanitarian",
            "aid",
            "supplies",
            "fuel",
            "food",
            "medicine",
            "medicines",
            "medical",
            "vaccines",
            "vaccine doses",
            "doses",
            "equipment",
            "tents",
            "relief",
            "grain",
            "wheat",
            "generators",
            "rice",
            "flour",
            "blankets",
            "drinking water",
            "tonnes of",
            "tons of",
            "shipment of",
            "shipments of",
            "aid convoy",
            "food parcels",
            "ventilators",
            "oxygen",
            "masks",
            "test kits",
            "rescue teams",
            "medical teams",
            "field hospital",
        ),
    ),
    ("MOBILIZE", "deploy"): (
        _SEND
        + (
            "move",
            "moved",
            "moving",
            "station",
            "stationed",
            "stationing",
            "mass",
            "massed",
            "massing",
            "rush",
            "rushed",
            "reinforce",
            "reinforced",
            # reservists called up (PLOVER MOBILIZE), not a player called up
            # to a squad: the object must be forces or reservists
            "call up",
            "called up",
            "calling up",
            "calls up",
        ),
        (
            "reservists",
            "reserve troops",
            "submarine",
            "submarines",
            "troops",
            "soldiers",
            "forces",
            "warships",
            "warship",
            "aircraft carrier",
            "carrier strike group",
            "bombers",
            "battalion",
            "battalions",
            "brigade",
            "brigades",
            "reinforcements",
            "peacekeepers",
            "naval vessels",
            "warplanes",
            "military aircraft",
            "military planes",
            "navy ships",
            "coast guard ships",
            "coast guard vessels",
            "marines",
            "paratroopers",
        ),
    ),
    ("MOBILIZE", "exercise"): (
        _LAUNCH
        + ("hold", "held", "holding", "conduct", "conducted", "conducting", "stage", "staged"),
        ("exercises", "drills", "manoeuvres", "maneuvers", "patrols", "joint patrol"),
    ),
    ("MOBILIZE", "test"): (
        _FIRE + ("test", "tested", "testing"),
        (
            "ballistic missile",
            "intercontinental ballistic missile",
            "icbm",
            "hypersonic missile",
            "cruise missile test",
            "nuclear test",
        ),
    ),
    ("ASSAULT", "attack"): (
        _FIRE + ("carry out", "carried out", "carrying out", "conduct", "conducted"),
        (
            "missiles",
            "ballistic missile",
            "cruise missile",
            "rockets",
            "rocket",
            "drones",
            "shells",
            "mortars",
            "mortar rounds",
            "artillery",
            "tear gas",
            "live ammunition",
            "rubber bullets",
            "warning shots",
            "water cannon",
            "water cannons",
            "flares",
            "offensive",
            "assault",
            "airstrikes",
            "air strikes",
            "strikes",
            # an attack noun before "strike" makes it a blow, not a walkout
            "airstrike",
            "air strike",
            "drone strike",
            "drone strikes",
            "missile strike",
            "missile strikes",
            "rocket strike",
            "rocket strikes",
            "military strike",
            "military strikes",
            "preemptive strike",
            "pre-emptive strike",
            "retaliatory strike",
            "retaliatory strikes",
            "raids",
            "bombing",
        ),
    ),
    ("COOPERATE", "cooperation"): (
        _RESTORE,
        (
            "flights",
            "direct flights",
            "exchange",
            "exchanges",
            "exchange programme",
            "exchange program",
            "diplomatic relations",
            "diplomatic ties",
            "relations",
            "ties",
            "cooperation",
            "co-operation",
            "partnership",
            "working group",
            "joint committee",
            "hotline",
            "embassy",
            "embassies",
            "consulate",
            "trade",
            "intelligence sharing",
            "border crossing",
            "border crossings",
            "border",
            "borders",
            "initiative",
            "joint initiative",
            "rail services",
            "train services",
            "bus services",
            "ferry services",
            "rail links",
            "air links",
            "visa-free travel",
            "mechanism",
            "framework",
            "forum",
            "task force",
            "programme",
            "program",
            "corridor",
            "military ties",
            "defence ties",
            "defense ties",
        ),
    ),
    ("SANCTION", "cut_ties"): (
        _CUT,
        (
            "relations",
            "ties",
            "diplomatic relations",
            "diplomatic ties",
            "cooperation",
            "aid",
            "military aid",
            "funding",
            "flights",
            "trade",
            "imports",
            "exports",
            "embassy",
            "consulate",
            "ambassador",
            "envoy",
            "accession talks",
            "gas supplies",
            "oil supplies",
            "assets",
            "border crossing",
            "border crossings",
            "border",
            "borders",
            "airspace",
        ),
    ),
    ("SANCTION", "sanction"): (
        _IMPOSE,
        (
            "sanctions",
            "tariffs",
            "tariff",
            "embargo",
            "ban",
            "restrictions",
            "export controls",
            "visa restrictions",
            "duties",
            "levies",
            "penalties",
            "curbs",
            "blockade",
        ),
    ),
    ("SANCTION", "suspend"): (
        ("suspend", "suspended", "suspending", "suspends", "expel", "expelled", "expelling"),
        (
            "membership",
            "from the bloc",
            "from the union",
            "from the organisation",
            "from the organization",
            "from the league",
            "from the alliance",
            "from the commonwealth",
            "from the council",
        ),
    ),
    ("SANCTION", "trade"): (
        (
            "restrict",
            "restricted",
            "restricting",
            "restricts",
            "limit",
            "limited",
            "limiting",
            "limits",
            "curb",
            "curbed",
            "curbing",
            "cut off",
            "halted",
            "halt",
        ),
        (
            "exports",
            "imports",
            "chip exports",
            "exports of",
            "imports of",
            "sales of",
            "shipments of",
            "trade with",
            "access to its market",
        ),
    ),
    ("CONCEDE", "ease"): (
        _LIFT,
        (
            "ban",
            "sanctions",
            "restrictions",
            "tariffs",
            "tariff",
            "embargo",
            "curbs",
            "blockade",
            "travel ban",
            "visa requirements",
            "export controls",
            "siege",
            "state of emergency",
            "curfew",
            "charges",
            "assets",
            "suspension",
        ),
    ),
    ("REJECT", "reject"): (
        _BLOCK + ("dismiss", "dismissed", "dismissing"),
        (
            "proposal",
            "resolution",
            "bill",
            "aid package",
            "package",
            "plan",
            "deal",
            "bid",
            "sale",
            "accession",
            "membership",
            "nomination",
            "motion",
            "draft",
            "offer",
            "request",
            "demand",
            "demands",
            "appeal",
            "ultimatum",
            "peace plan",
            "initiative",
            "funding",
            "statement",
            "joint statement",
            "declaration",
            "decision",
            "sanctions package",
            "deployment",
            "appointment",
            "candidacy",
            # accusations dismissed are rejected ("dismissed the accusations
            # as baseless", as "رفضت … الاتهامات")
            "accusation",
            "accusations",
            "allegation",
            "allegations",
        ),
    ),
    ("PROTEST", "block"): (
        _BLOCK + ("barricade", "barricaded", "occupied", "occupy"),
        (
            "road",
            "roads",
            "highway",
            "highways",
            "junction",
            "traffic",
            "bridge",
            "railway",
            "railway line",
            "streets",
            "intersection",
            "motorway",
            "square",
        ),
    ),
    ("PROTEST", "strike"): (
        _LAUNCH
        + ("stage", "staged", "staging", "call", "called", "calling", "hold", "held", "holding"),
        ("strike", "strikes", "walkout", "sit-in", "protest", "protests", "march", "rally"),
    ),
    ("THREATEN", "warning"): (
        _WARN,
        (
            "would",
            "could",
            "will",
            "unless",
            "if",
            "consequences",
            "countermeasures",
            "retaliation",
            "retaliate",
            "response",
            "not hesitate",
            "not tolerate",
            "not stand idly",
        ),
    ),
    ("THREATEN", "vow"): (
        _VOW,
        (
            "response",
            "crushing response",
            "retaliation",
            "revenge",
            "reprisal",
            "reprisals",
            "consequences",
            "countermeasures",
            "retribution",
            "punishment",
            "to retaliate",
            "to respond",
            "to avenge",
            "to punish",
            "to hit back",
            "to strike back",
        ),
    ),
    ("RETREAT", "withdraw"): (
        ("pull", "pulled", "pulling", "pulls", "move", "moved", "moving"),
        ("back", "out"),
    ),
    ("CONCEDE", "exchange"): (
        (
            "exchange",
            "exchanged",
            "exchanging",
            "swap",
            "swapped",
            "swapping",
            "hand over",
            "handed over",
            "return",
            "returned",
            "returning",
            "repatriate",
            "repatriated",
        ),
        (
            "prisoners",
            "prisoners of war",
            "captives",
            "detainees",
            "hostages",
            "bodies",
            "pows",
            "soldiers",
        ),
    ),
    ("ASSAULT", "capture"): (
        (
            "capture",
            "captured",
            "capturing",
            "recapture",
            "recaptured",
            "recapturing",
            "retook",
            "retake",
            "retaken",
            "overran",
            "overrun",
            "took control of",
            "seized control of",
            "seized",
            "seizing",
            "seize",
            "take control of",
            "taken control of",
        ),
        (
            "town",
            "city",
            "village",
            "villages",
            "area",
            "territory",
            "region",
            "base",
            "airport",
            "district",
            "province",
            "capital",
            "positions",
            "stronghold",
            "border crossing",
            "military base",
        ),
    ),
    ("COERCE", "restrict"): (
        ("strip", "stripped", "stripping", "strips", "revoke", "revoked", "revoking"),
        ("citizenship", "nationality", "passports", "accreditation", "press card"),
    ),
    ("COERCE", "censor"): (
        (
            "shut down",
            "shuts down",
            "shutting down",
            "closed down",
            "suspended",
            "suspends",
            "suspending",
            "took off the air",
            "taken off the air",
        ),
        (
            "newspaper",
            "newspapers",
            "radio station",
            "radio stations",
            "broadcasts",
            "broadcaster",
            "television channel",
            "tv channel",
            "news agency",
            "news website",
            "news websites",
            "internet",
            "mobile internet",
            "social media",
        ),
    ),
    ("ACCUSE", "charge"): (
        ("charge", "charged", "charging", "charges"),
        ("with",),
    ),
    # "was indicted on corruption charges", "indicted for fraud"
    ("ACCUSE", "indict"): (
        ("indict", "indicted", "indicting", "indicts"),
        ("on", "for", "over", "with", "in connection"),
    ),
    # "remanded the lawyer in custody for fifteen days"
    ("COERCE", "remand"): (
        ("remand", "remanded", "remanding", "remands"),
        ("custody", "detention", "prison", "jail"),
    ),
    # "referred five suspects to the prosecutor", "referred to trial"
    ("COERCE", "refer"): (
        ("refer", "referred", "referring", "refers"),
        (
            "prosecutor",
            "prosecution",
            "public prosecution",
            "trial",
            "criminal court",
            "military court",
            "state security court",
        ),
    ),
    ("ACCUSE", "legal"): (
        ("file", "filed", "filing", "files", "bring", "brought", "bringing", "lodge", "lodged"),
        ("case", "lawsuit", "complaint", "suit", "charges", "genocide case", "legal action"),
    ),
    ("CONSULT", "meeting"): (
        _RECEIVE,
        (
            "delegation",
            "counterpart",
            "envoy",
            "in audience",
            "visiting",
            "credentials",
            "minister",
            "foreign minister",
            "prime minister",
            "president",
            "ambassador",
            "king",
            "crown prince",
            "emir",
            "chancellor",
            "secretary",
            "secretary of state",
            "leader",
            "premier",
            "speaker",
            "@actor",  # a named person or country: "received William Ruto"
        ),
    ),
    # Round 13b (alleged): holding someone responsible is blaming him ("held
    # Iran responsible for the attack"); the deed named after it is what he is
    # blamed for, not a deed of the one who blames.
    ("ACCUSE", "criticise"): (
        ("held", "hold", "holds", "holding"),
        ("responsible", "fully responsible", "directly responsible"),
    ),
}

# Round-6 wording (the same families as in ar and fa): views exchanged,
# counsel taken, a joint commission launched.
VERB_TRIGGERS[("CONSULT", "meeting")] += (
    "exchanged views",
    "exchange views",
    "exchanging views",
    "consulted with",
    "consulted",
)
_verbs, _objects = FRAME_TRIGGERS[("COOPERATE", "cooperation")]
FRAME_TRIGGERS[("COOPERATE", "cooperation")] = (
    _verbs,
    (*_objects, "joint commission", "joint economic commission"),
)
# tri29b: a joint body named with its field between ("launched a joint
# investment committee", "set up a joint border security commission"), as
# Arabic "لجنة مشتركة للاستثمار" and Persian "کمیته مشترک سرمایه‌گذاری" are read.
_FIELDS = (
    *("investment", "trade", "economic", "security", "military", "border", "technical"),
    *("ministerial", "coordination", "consular", "energy", "water", "border security"),
)
FRAME_TRIGGERS[("COOPERATE", "cooperation")] = (
    FRAME_TRIGGERS[("COOPERATE", "cooperation")][0],
    (
        *FRAME_TRIGGERS[("COOPERATE", "cooperation")][1],
        *(
            f"joint {field} {body}"
            for field in _FIELDS
            for body in ("committee", "commission", "working group", "council")
        ),
    ),
)

# Round-8 legal and police wording (PLOVER COERCE): a suspect held by a
# court's order ("remanded in custody", "placed in pretrial detention");
# an opportunity seized is no seizure.
VERB_TRIGGERS[("COERCE", "seize")] += (
    "remanded in custody",
    "remanded into custody",
    "remanded in detention",
    "pretrial detention",
    "pre-trial detention",
    "taken into custody",
)

# ---- Round 11: anonymity clauses and visits to places ----
# A source that "asked not to be named" or "declined to be identified"
# requests and refuses nothing; touring a factory, fair or prison is no
# meeting with the place's government.
NOT_TRIGGERS += (
    "asked not to be named",
    "asked not to be identified",
    "asked that his name not be",
    "asked that her name not be",
    "asked for anonymity",
    "requested anonymity",
    "declined to be named",
    "declined to be identified",
    "refused to be named",
    "refused to be identified",
    "declined to give his name",
    "declined to give her name",
    # declining to comment refuses nothing, a request for comment asks for
    # nothing but words
    *(
        f"{refuse} to {comment}"
        for refuse in ("refused", "refuses", "refuse", "refusing", "declined", "declines")
        for comment in ("comment", "answer questions", "elaborate")
    ),
    "request for comment",
    "requests for comment",
    "condition of anonymity",
    *(
        f"{verb} {art}{place}"
        for verb in ("visited", "visits", "toured", "tours")
        for art in ("a ", "the ")
        for place in (
            "factory",
            "plant",
            "prison",
            "fair",
            "exhibition",
            "museum",
            "hospital",
            "school",
            "university",
            "refinery",
            "farm",
            "mine",
            "port",
            "site",
        )
    ),
)

NOT_TRIGGERS += (
    "seized the opportunity",
    "seize the opportunity",
    "seizing the opportunity",
    "seized the chance",
    "seize the chance",
    "seized the initiative",
    "seize the initiative",
    "seized the moment",
    "seize the moment",
    "seized on",
    "seize on",
    "seized upon",
)

# Round-9 visits and receptions. An official or a delegation arriving in a
# country or its capital is on a visit ("the Egyptian foreign minister
# arrived in Baghdad"); goods, refugees or a storm that arrive are not. The
# visitor is the subject, written before the verb: GUARD_WINDOW looks that
# far back. A guest or a delegation welcomed is received (PLOVER CONSULT);
# a decision or a plan welcomed stays SUPPORT.
GUARD_WINDOW = (3, 0)
# a rule: (phrases, object words[, words searched after the phrase])
_Rule = (
    tuple[tuple[str, ...], tuple[str, ...]]
    | tuple[tuple[str, ...], tuple[str, ...], int]
    | tuple[tuple[str, ...], tuple[str, ...], int, int]
    | tuple[tuple[str, ...], tuple[str, ...], int, int, str]
)
GUARDED_VERB_TRIGGERS: dict[tuple[str, str], tuple[_Rule, ...]] = {
    ("CONSULT", "arrival"): (
        (
            (
                "arrived in",
                "arrives in",
                "arrive in",
                "arriving in",
                "landed in",
                # a visit announced ("is due to arrive in"): the visitor stands
                # before the announcing words, out of the guard's reach from "arrive"
                "due to arrive in",
                "expected to arrive in",
                "scheduled to arrive in",
                "set to arrive in",
            ),
            (
                "delegation",
                "minister",
                "president",
                "premier",
                "chancellor",
                "emir",
                "sultan",
                "crown prince",
                "envoy",
                "secretary",
                "ambassador",
            ),
        ),
    ),
}
FRAME_TRIGGERS[("CONSULT", "reception")] = (
    ("welcome", "welcomed", "welcomes", "welcoming"),
    ("delegation", "delegations", "visiting", "guest", "guests", "visitor", "visitors"),
)
# Round-9 recall, the same families as in Persian and Arabic (PLOVER
# CONCEDE release, SUPPORT, ASSAULT, COERCE restrict): an acquittal sets
# the accused free; a suicide bomber blowing himself up; gatherings banned
# and the internet cut. Defending a right or a stand was tried and left out
# in all three languages: mostly one's own ("defended its decision").
VERB_TRIGGERS[("CONCEDE", "release")] += ("acquitted", "acquits", "acquit")
NOUN_TRIGGERS[("CONCEDE", "release")] = (
    *NOUN_TRIGGERS.get(("CONCEDE", "release"), ()),
    "acquittal",
)
VERB_TRIGGERS[("ASSAULT", "bombing")] = (
    *VERB_TRIGGERS.get(("ASSAULT", "bombing"), ()),
    "blew himself up",
    "blew herself up",
    "blew themselves up",
)
NOUN_TRIGGERS[("COERCE", "restrict")] = (
    *NOUN_TRIGGERS.get(("COERCE", "restrict"), ()),
    "banned gatherings",
    "ban on gatherings",
    "banned all gatherings",
    "internet shutdown",
    "internet blackout",
    "shut down the internet",
    "cut internet access",
)
# Round-11 recall, the same families as in Arabic and Persian (PLOVER
# COERCE, ASSAULT, CONSULT): protesters dispersed, someone led away by
# force, shots fired at someone, a tour named by its region.
# "cooperate in fighting illegal migration", "fighting terrorism": to fight a
# scourge is to combat it, no armed clash (Arabic "مكافحة", Persian "مبارزه
# با" are no triggers either).
NOT_TRIGGERS += tuple(
    f"{fight} {scourge}"
    for fight in ("fighting", "fight", "combating", "combat")
    for scourge in (
        "terrorism",
        "terror",
        "corruption",
        "crime",
        "organized crime",
        "organised crime",
        "illegal migration",
        "illegal immigration",
        "migration",
        "poverty",
        "extremism",
        "radicalism",
        "drug trafficking",
        "human trafficking",
        "trafficking",
        "smuggling",
        "money laundering",
        "piracy",
        "the pandemic",
        "the virus",
        "the coronavirus",
        "covid",
        "climate change",
        "inflation",
        "hunger",
        "disease",
        "wildfires",
        "fires",
        "unemployment",
        "cybercrime",
    )
)
# "X called Y by phone": a call; "called" alone is also a demand ("called on",
# "called for") or a name ("so-called"), so the phone must be written.
FRAME_TRIGGERS[("CONSULT", "phone")] = (
    ("called", "calls", "calling", "rang"),
    ("by phone", "by telephone", "on the phone"),
)
FRAME_TRIGGERS[("COERCE", "disperse")] = (
    ("disperse", "dispersed", "dispersing", "disperses"),
    ("protesters", "demonstrators", "crowd", "crowds", "rally", "sit-in", "marchers", "protest"),
)
FRAME_TRIGGERS[("ASSAULT", "shoot")] = (
    _FIRE,
    ("shots", "bullets", "live rounds", "gunshots"),
)
VERB_TRIGGERS[("COERCE", "seize")] += ("led away", "dragged away")
NOUN_TRIGGERS[("CONSULT", "visit")] = (
    *NOUN_TRIGGERS.get(("CONSULT", "visit"), ()),
    "regional tour",
    "gulf tour",
    "maghreb tour",
    "african tour",
    "asian tour",
    "european tour",
    "latin american tour",
    "middle east tour",
)

# ---- Round 12 (fa-nouns12): event nouns closed by a verb of occurrence ----
# "Russia's support for the Syrian government continues": a verb that only
# says the deed goes on or took effect (context.OCCURRENCE_VERBS) closes the
# noun's phrase and tells its event as happening. "support for" named in
# passing ("calls for support for Ukraine", "support for the bill") is none:
# the phrase hides the plain "support" either way (extract/closed.py).
CLOSED_NOUN_TRIGGERS: dict[tuple[str, str], tuple[str, ...]] = {
    ("SUPPORT", "endorse"): ("support for",),
    # "Israel's blockade of Gaza continues"; imposed, it is the frame's
    ("SANCTION", "sanction"): ("blockade of",),
}


# ---- status12: a court's sentence and other senses ----
# "condemned to death", "condemned to life in prison": a court's sentence
# (COERCE), not a condemnation; a ship's voyages are no visits.
FIXED_TRIGGERS[("COERCE", "seize")] = (
    *FIXED_TRIGGERS.get(("COERCE", "seize"), ()),
    *(
        f"{aux}condemned to {penalty}"
        for aux in ("", "was ", "were ", "has been ", "have been ")
        for penalty in ("death", "life", "life in prison", "life imprisonment", "prison", "hang")
    ),
)
# ---- doers14: a sentence is passed by a court ----
# "three activists were sentenced", "condemned to death": the deed is the
# court's, so it has its own mode ("sentence"), whose understood author is a
# court (xx agents.IMPLIED_BY_MODE), not the police who arrest.
_SENTENCE_WORDS = ("sentence", "sentencing", "convict")
VERB_TRIGGERS[("COERCE", "seize")] = tuple(
    w for w in VERB_TRIGGERS[("COERCE", "seize")] if w not in _SENTENCE_WORDS
)
VERB_TRIGGERS[("COERCE", "sentence")] = _SENTENCE_WORDS
FIXED_TRIGGERS[("COERCE", "sentence")] = tuple(
    w for w in FIXED_TRIGGERS[("COERCE", "seize")] if "condemned to" in w
)
FIXED_TRIGGERS[("COERCE", "seize")] = tuple(
    w for w in FIXED_TRIGGERS[("COERCE", "seize")] if "condemned to" not in w
)
# Goods, ships or land seized: a mode of its own, whose unnamed author is
# not understood to be the police (xx agents.IMPLIED_BY_MODE).
_CONFISCATE_WORDS = ("seize", "seized", "seizing", "confiscate", "confiscating")
VERB_TRIGGERS[("COERCE", "seize")] = tuple(
    w for w in VERB_TRIGGERS[("COERCE", "seize")] if w not in _CONFISCATE_WORDS
)
VERB_TRIGGERS[("COERCE", "confiscate")] = _CONFISCATE_WORDS
NOUN_TRIGGERS[("COERCE", "confiscate")] = ("seizure",)
NOUN_TRIGGERS[("COERCE", "seize")] = tuple(
    w for w in NOUN_TRIGGERS[("COERCE", "seize")] if w != "seizure"
)
# Shots aimed at someone ("gunmen fired on the coast guard") are an attack.
VERB_TRIGGERS[("ASSAULT", "attack")] += (
    "fired on",
    "fires on",
    "firing on",
    "fired at",
    "fires at",
)

# A danger named ("poses a threat to shipping", "the terror threat level") is
# no threat made; tourists' and pilgrims' visits are no diplomatic visits.
NOT_TRIGGERS += (
    "maiden voyage",
    "naval voyage",
    "naval voyages",
    *(
        f"{verb} {art}{adj}threat"
        for verb in ("poses", "pose", "posed", "posing", "constitutes", "represents")
        for art in ("a ", "an ", "no ", "")
        for adj in (
            "",
            "serious ",
            "direct ",
            "grave ",
            "real ",
            "major ",
            "growing ",
            "existential ",
        )
        if not (art == "an " and adj[:1] not in "aeiou")
    ),
    "threat level",
    "security threat",
    "security threats",
    "terrorist threat",
    "terror threat",
    "tourist visits",
    "visits by tourists",
    "pilgrims' visits",
    "visits by pilgrims",
)

# ---- coactors13: a tour of several hosts ----
# "began a tour of Tanzania, Mozambique and Madagascar", "a three-nation tour
# to the Gulf states": each host is a visit (extract/split_sides.split); a
# tour of a place of one's own country names no second state and gives none.
NOUN_TRIGGERS[("CONSULT", "visit")] = (
    *NOUN_TRIGGERS.get(("CONSULT", "visit"), ()),
    "tour of",
    "tour to",
    "three-nation tour",
    "two-nation tour",
    "four-nation tour",
)

# ---- nonevents13: figures of speech and standing dangers ----
# "Room to manoeuvre" is a figure of speech, not an exercise; a danger to an
# abstract good ("would endanger the economy", "threatens regional
# stability") is no threat an actor makes.
NOT_TRIGGERS += (
    *(
        f"{room} {to} {move}"
        for room in ("room", "little room", "no room", "space")
        for to in ("to", "for")
        for move in ("manoeuvre", "maneuver", "manoeuvres", "maneuvers")
    ),
    *(
        f"{verb} {art}{good}"
        for verb in ("threaten", "threatens", "threatened", "threatening")
        for art in ("", "the ")
        for good in (
            "stability",
            "regional stability",
            "security",
            "regional security",
            "peace",
            "regional peace",
            "world peace",
            "economy",
            "world economy",
            "global economy",
            "region",
            "lives",
            "the lives",
            "future",
        )
        if not (art == "the " and good == "the lives")
    ),
)

# Candidates who leave an election race make no retreat of a state's forces
# ("two candidates withdrew from the presidential race").
VETO_WORDS[("RETREAT", "*")] = VETO_WORDS[("RETREAT", "*")] + (
    "candidacy",
    "presidential race",
    "electoral race",
    "election race",
    "leadership race",
    "from the race",
    "out of the race",
    "from the election",
    "from the elections",
    "from the ballot",
    "from the primary",
    "from the primaries",
)
# Deaths in a transport accident are no attack ("killed when a train
# derailed", "a plane crash killed 60"): the vehicle's mishap is what kills.
VETO_WORDS[("ASSAULT", "*")] = (
    *VETO_WORDS.get(("ASSAULT", "*"), ()),
    "derailed",
    "derailment",
    "plane crash",
    "helicopter crash",
    "air crash",
    "bus crash",
    "car crash",
    "train crash",
    "road accident",
    "traffic accident",
    "car accident",
    "bus accident",
    "train accident",
    "collision between",
    "capsized",
    # a gas blast, a bus falling into a valley
    "gas explosion",
    "gas truck",
    "gas tanker",
    "fuel tanker",
    "gas cylinder",
    "gas leak",
    "bus fell",
    "bus plunged",
)


# ---- nonevents14: words in another sense ----
# An attack in words ("launched a scathing attack on the opposition",
# "verbal attacks") is criticism, never force.
VETO_WORDS[("ASSAULT", "*")] = (
    *VETO_WORDS.get(("ASSAULT", "*"), ()),
    *(
        f"{adjective} {attack}"
        for adjective in (
            "scathing",
            "verbal",
            "sharp",
            "blistering",
            "stinging",
            "withering",
            "bitter verbal",
            "rhetorical",
            "personal",
        )
        for attack in ("attack", "attacks")
    ),
)
# A clash in words ("a verbal clash between lawmakers") is no fight either,
# as Arabic "اشتباك كلامي" and Persian "درگیری لفظی" already read.
VETO_WORDS[("ASSAULT", "*")] += tuple(
    f"{adjective} {clash}"
    for adjective in ("verbal", "rhetorical", "war of")
    for clash in ("clash", "clashes", "words")
    if (adjective == "war of") == (clash == "words")
)
# A thing "open to negotiation" or "worth discussing" is a judgement, no
# meeting.
NOT_TRIGGERS += (
    *(
        f"{judge} {talk}"
        for judge in ("worth", "up for", "open to", "subject to")
        for talk in (
            "negotiation",
            "negotiations",
            "negotiating",
            "discussion",
            "discussing",
            "talks",
        )
    ),
    "negotiable",
)
# A degree certificate, a diploma or a book signed is no agreement between
# actors ("signed her degree certificate", "signed copies of his memoir").
VETO_WORDS[("AGREE", "*")] = (
    *VETO_WORDS.get(("AGREE", "*"), ()),
    "degree certificate",
    # not "diploma" after a determiner, the start of "a diplomat"
    "graduation certificate",
    "school diploma",
    "university diploma",
    "diplomas",
    "autograph",
    "book signing",
    *(
        f"copies of {own} {book}"
        for own in ("his", "her", "their", "the")
        for book in ("book", "new book", "memoir", "memoirs", "novel")
    ),
)
# --- farecall14: who was behind a deed of force ----------------------------
# "British officials said Iran was behind the attack", "India is behind the
# Quetta bombing": the speaker blames that side (PLOVER ACCUSE: accuse,
# blame); the deed itself is only alleged (mode "allege",
# extract/nonevents.UNREAL_MODES). Only the copula before "behind" makes
# the blame: "the group behind the attack" names no one blamed, and a
# relative clause ("those who were behind the attack") blames no one named.
_BEHIND_DEEDS = (
    "attack",
    "attacks",
    "bombing",
    "bombings",
    "blast",
    "explosion",
    "assassination",
    "killing",
    "killings",
    "strike",
    "strikes",
    "drone attack",
    "cyberattack",
    "cyber attack",
    "kidnapping",
    "sabotage",
)


def _copula_blame(head: str) -> tuple[str, ...]:
    """ "was {head} the attack", "were {head} these bombings": a side said to
    be behind or responsible for a deed of force (the copula makes the blame)."""
    copulas = ("was", "were", "is", "are", "had been", "has been", "have been")
    return tuple(
        f"{be} {head} the {this}{deed}"
        for be in copulas
        for this in ("", "recent ")
        for deed in _BEHIND_DEEDS
    ) + tuple(
        f"{be} {head} {this} {deed}"
        for be in copulas
        for this in ("this", "that", "these", "those", "last week's", "the latest")
        for deed in _BEHIND_DEEDS
    )


_BEHIND = _copula_blame("behind")
FIXED_TRIGGERS[("ACCUSE", "allege")] = _BEHIND
NOT_TRIGGERS += tuple(f"{who} {p}" for who in ("who", "that", "which") for p in _BEHIND)
# --- end farecall14 ---
# --- fa17: a side stated to be responsible for a deed of force -------------
# "Israel says Iran was responsible for the attack on the tanker": the same
# blame as "was behind the attack" (Persian "ایران عامل حمله … بوده است",
# Arabic "إيران هي المسؤولة عن الهجوم"). Only the copula makes the blame
# ("the unit responsible for the attack" names no one blamed); a relative
# clause ("those who were responsible for the attack") names no one.
_RESPONSIBLE = _copula_blame("responsible for")
FIXED_TRIGGERS[("ACCUSE", "allege")] += _RESPONSIBLE
NOT_TRIGGERS += tuple(f"{who} {p}" for who in ("who", "that", "which") for p in _RESPONSIBLE)
# --- end fa17 ---
# --- senses14b: dialogue as a value or a skill, not talks held ---
# "a culture of dialogue with the opposition", "dialogue skills": a general
# remark on talking, no talks between anyone.
NOT_TRIGGERS += (
    "culture of dialogue",
    "culture of negotiation",
    "language of dialogue",
    "art of dialogue",
    "dialogue skills",
    "skills of dialogue",
)
# --- end senses14b ---

# What struck, after "by" or "in" in a passive (strike25).
_PASSIVE_WEAPONS: tuple[str, ...] = (
    *("drone", "drones", "missile", "missiles", "rocket", "rockets", "mortar", "mortars"),
    *("airstrike", "airstrikes", "air strike", "air strikes", "artillery", "shelling"),
    *("gunfire", "sniper", "shrapnel", "bullet", "bullets", "grenade", "shell", "shells"),
)

# Round 15 (farecall15), as the Persian "… را هدف گرفتند": a strike told by
# "targeted" with the weapon as its subject, within GUARD_WINDOW's words
# before it ("Houthi drones targeted Saudi oil facilities", "Israeli
# warplanes targeted …"); only then, since a policy or a sanction "targets"
# people or a market too.
GUARDED_VERB_TRIGGERS[("ASSAULT", "attack")] = (
    *GUARDED_VERB_TRIGGERS.get(("ASSAULT", "attack"), ()),
    (
        ("targeted", "targets", "targeting"),
        (
            *("drone", "drones", "missile", "missiles", "rocket", "rockets", "warplanes"),
            *("jets", "airstrike", "airstrikes", "air strike", "air strikes", "artillery"),
            *("shelling", "bomb", "bombs", "bomber", "gunmen", "suicide bomber"),
            # strike25: armed forces as the subject ("Israeli forces targeted
            # a house", "army helicopters targeted …")
            *("forces", "troops", "army", "soldiers", "militants", "fighters"),
            *("aircraft", "helicopter", "helicopters", "tanks", "snipers", "warships"),
        ),
    ),
    # strike25: a strike told in the passive with its weapon after "by"
    # ("the embassy was targeted by a drone", "a base was hit by rockets",
    # "two soldiers were wounded by sniper fire"), as Persian "با پهپاد هدف
    # قرار گرفت" and Arabic "أصيب … برصاص"; only with a weapon named: a
    # market is "hit by sanctions", a boy "injured by a car"
    (
        ("targeted by", "hit by", "wounded by", "injured by", "wounded in", "injured in"),
        _PASSIVE_WEAPONS,
        3,
    ),
)

# ---- senses15: detention named as a place or a span of time ----
# "detention centres", "after three months of detention": the arrest places
# or dates what is told, it is not told ("taken into custody", "placed in
# pretrial detention" stay arrests). A danger is no threat made: "refugees
# face the threat of deportation".
NOT_TRIGGERS += (
    "detention centre",
    "detention centres",
    "detention center",
    "detention centers",
    "detention facility",
    "detention facilities",
    "detention camp",
    "detention camps",
    "days of detention",
    "weeks of detention",
    "months of detention",
    "years of detention",
    "period of detention",
    "face the threat of",
    "faces the threat of",
    "facing the threat of",
    "faced the threat of",
)


# ---- senses17: a polite apology ----
# An apology to customers for a delay or a fault ("the airline apologised to
# passengers for the inconvenience") is courtesy, no concession between
# actors.
VETO_WORDS[("CONCEDE", "apology")] = (
    *VETO_WORDS.get(("CONCEDE", "apology"), ()),
    "for the inconvenience",
    "for any inconvenience",
    "for the delay",
    "for the delays",
    "for the disruption",
    "for the outage",
    "to passengers",
    "to its customers",
    "to customers",
)


# ---- farecall17b: a deed judged unacceptable ----
# "said the strike on Syria was unacceptable", "called the settlements
# totally unacceptable": the speaker criticises the deed (PLOVER ACCUSE), as
# Persian "غیرقابل قبول است" and Arabic "وصفه بغير المقبول" read. Only with a
# copula or "as"/"called" in the present or past: "would be unacceptable"
# is a condition, no criticism made.
_UNACCEPTABLE = tuple(
    f"{adverb}{word}"
    for adverb in ("", "totally ", "completely ", "absolutely ", "simply ", "utterly ")
    for word in ("unacceptable", "not acceptable")
)
FIXED_TRIGGERS[("ACCUSE", "criticise")] = (
    *FIXED_TRIGGERS.get(("ACCUSE", "criticise"), ()),
    *(f"{be} {word}" for be in ("is", "was", "are", "were", "as") for word in _UNACCEPTABLE),
    *(f"called it {word}" for word in _UNACCEPTABLE),
)

# fatypes18b: positions or towns pounded by guns or forces ("Azerbaijani
# artillery pounded Armenian positions"), PLOVER ASSAULT, only with the
# weapon or the force as its subject: a storm or a market is pounded too.
GUARDED_VERB_TRIGGERS[("ASSAULT", "attack")] = (
    *GUARDED_VERB_TRIGGERS.get(("ASSAULT", "attack"), ()),
    (
        ("pounded", "pounding", "pounds"),
        (
            *("artillery", "drones", "missiles", "rockets", "warplanes", "jets", "shells"),
            *("forces", "troops", "army", "military", "gunboats", "mortars"),
        ),
    ),
)

# ---- modal18: a deed demanded of a named side ----
# "Russia must withdraw its troops, the UN chief said": one side says another
# must or should do something, a demand (PLOVER REQUEST: demand, urge) by the
# speaker of the side named right before the modal; the deed itself is not
# done (``status.OBLIGATION_CUES``). Its sides are read in
# ``extract/demanded.demanded_of`` (mode ``demand``): with no state named
# right before it, or no speaker, there is no event.
FIXED_TRIGGERS[("REQUEST", "demand")] = ("must", "should")


# Beaten: only with people who are beaten by force as the object, before it
# in the passive ("a journalist was beaten by police", "police beat
# protesters"): PLOVER ASSAULT; not a team or forecast beaten.
FRAME_TRIGGERS[("ASSAULT", "beat")] = (
    ("beat", "beaten", "beating", "beats", "clubbed"),
    (
        "protesters",
        "demonstrators",
        "journalist",
        "journalists",
        "reporter",
        "reporters",
        "detainees",
        "prisoners",
        "activist",
        "activists",
        "students",
        "worshippers",
        "detainee",
        "prisoner",
        "civilians",
    ),
)

# ---- parallel19: the same event read alike in ar/fa/en ----
# Support stated with the possessive ("Qatar expressed its support for the
# Palestinian people"), as "expressed support" and Arabic "أعربت عن دعمها"
# and Persian "از حمایت خود … خبر داد" are read: PLOVER SUPPORT.
VERB_TRIGGERS[("SUPPORT", "endorse")] += (
    "expressed its support",
    "expressed their support",
    "expressed his support",
    "voiced its support",
    "voiced their support",
    "reaffirmed its support",
    "reiterated its support",
    "reiterated their support",
)
# One missile fired at a target ("the Houthis fired a missile at Israel")
# is an attack as missiles fired are; "at" or "towards" names the target,
# so a missile fired into the sea (a test) stays out.
VERB_TRIGGERS[("ASSAULT", "attack")] += tuple(
    f"{verb} a missile {to}"
    for verb in ("fired", "fires", "launched", "launches")
    for to in ("at", "towards", "toward")
)
# Forces brought to a higher state of alert ("the Iraqi army raised its
# alert level in Kirkuk"), as "placed on high alert" and Arabic "رفع حالة
# التأهب" are read: PLOVER MOBILIZE.
VERB_TRIGGERS[("MOBILIZE", "deploy")] += tuple(
    f"{verb} {whose} {level}"
    for verb in ("raised", "raises", "raising", "heightened", "increased")
    for whose in ("its", "their", "the")
    for level in ("alert level", "level of alert", "state of alert", "alert status")
)
# A walkout named with its strikers' possessive ("Egyptian workers ended
# their strike"), as Arabic "أنهى العمال إضرابهم" and Persian "به اعتصاب خود
# پایان دادند" are read: PLOVER PROTEST (strike), not an air strike; an
# open-ended or indefinite strike is a walkout too. The plural ("coordinated
# their strikes on the militants") stays the blows it was read as.
NOUN_TRIGGERS[("PROTEST", "strike")] += (
    "their strike",
    "open-ended strike",
    "indefinite strike",
)
NOUN_TRIGGERS[("ASSAULT", "attack")] = (
    *NOUN_TRIGGERS.get(("ASSAULT", "attack"), ()),
    "their strikes",
)
# Weapon systems handed over ("Russia delivered S-400 missile systems to
# Turkey"): military aid, as weapons and missiles sent already are and as
# Persian "سامانه‌های موشکی … تحویل داد" is read.
FRAME_TRIGGERS[("AID", "aid")] = (
    FRAME_TRIGGERS[("AID", "aid")][0],
    (
        *FRAME_TRIGGERS[("AID", "aid")][1],
        "missile systems",
        "missile system",
        "air defence systems",
        "air defense systems",
    ),
)

# ---- types20: coverage of the PLOVER modes, read alike in ar/fa/en ----
# Torture in the active and the passive ("security forces tortured the
# detainees", "were tortured in custody"): PLOVER ASSAULT, as Arabic "عذّبت"
# and Persian "شکنجه کردند" are read.
VERB_TRIGGERS[("ASSAULT", "attack")] += ("tortured", "torturing", "tortures")
# Fighters giving up their own weapons ("the rebels handed over their
# weapons to the army", "laid down their arms"): disarmament, PLOVER
# RETREAT, as Arabic "سلم المتمردون أسلحتهم" and Persian "سلاح‌های خود را
# تحویل دادند" are read; weapons handed to another side are aid.
VERB_TRIGGERS[("RETREAT", "surrender")] = tuple(
    f"{verb} {whose} {arms}"
    for verb in (
        "handed over",
        "hand over",
        "will hand over",
        "laid down",
        "lay down",
        "surrendered",
        "gave up",
    )
    for whose in ("their", "its")
    for arms in ("weapons", "arms", "heavy weapons")
)
# A website or an app blocked ("authorities blocked access to Instagram"):
# censorship, PLOVER COERCE, as Arabic "حجبت … موقع" and Persian "دسترسی به
# … را مسدود کردند" are read.
FRAME_TRIGGERS[("COERCE", "block")] = (
    _BLOCK,
    (
        "access to instagram",
        "access to facebook",
        "access to twitter",
        "access to telegram",
        "access to whatsapp",
        "access to youtube",
        "access to tiktok",
        "access to social media",
        "access to the internet",
        "access to websites",
        "access to news websites",
        "websites",
        "news websites",
    ),
)
# Arms sales suspended or halted ("Canada suspended arms sales to Turkey"):
# an arms embargo, PLOVER SANCTION, as Persian "فروش تسلیحات … را متوقف
# کرد" is read.
FRAME_TRIGGERS[("SANCTION", "arms_sales")] = (
    ("suspended", "suspends", "halted", "halts", "froze", "freezes", "stopped", "stops"),
    ("arms sales", "arms exports", "weapons sales", "weapons exports", "arms deliveries"),
)
# An operation launched against an armed group or a state ("the army will
# launch an operation against the Taliban"): PLOVER ASSAULT, as "launched an
# offensive" is and as Arabic "شن عملية ضد" and Persian "عملیاتی علیه …
# آغاز کرد" are read; an operation not aimed "against" someone is not.
FRAME_TRIGGERS[("ASSAULT", "operation")] = (
    _LAUNCH + ("launches", "starts", "begins"),
    (
        "an operation against",
        "a military operation against",
        "an offensive against",
        "a ground operation against",
        "operations against",
    ),
)
# Demonstrations banned ("the authorities banned demonstrations in
# Baghdad"): a restriction on people, PLOVER COERCE, as Arabic "حظرت …
# المظاهرات" and Persian "تظاهرات … را ممنوع کردند" are read.
FRAME_TRIGGERS[("COERCE", "ban_protest")] = (
    ("banned", "bans", "banning", "prohibited", "outlawed"),
    ("demonstrations", "protests", "rallies", "gatherings", "marches"),
)
# tri31ag: one demonstration banned too ("police banned a demonstration in
# Tunis"), as Arabic "منعت الشرطة مظاهرة" and Persian "یک تظاهرات را ممنوع
# کرد" are read
FRAME_TRIGGERS[("COERCE", "ban_protest")] = (
    FRAME_TRIGGERS[("COERCE", "ban_protest")][0],
    (*FRAME_TRIGGERS[("COERCE", "ban_protest")][1], "demonstration", "protest", "rally", "march"),
)
# A diplomat declared unwelcome with the person named between ("Iran
# declared the German ambassador persona non grata"): an expulsion, PLOVER
# SANCTION, as "declared persona non grata" is and as Arabic "شخصا غير مرغوب
# فيه" and Persian "عنصر نامطلوب" are read.
FIXED_TRIGGERS[("SANCTION", "cut_ties")] = (
    *FIXED_TRIGGERS.get(("SANCTION", "cut_ties"), ()),
    "persona non grata",
)
# Flogging ("the Taliban flogged two men in public"): corporal punishment,
# force on bodies, PLOVER ASSAULT, as Persian "شلاق زدند" and Arabic
# "جلدت" are read.
VERB_TRIGGERS[("ASSAULT", "attack")] += ("flogged", "flogging", "flogs")
# A drill in the singular ("conducted a missile drill"): a military
# exercise, PLOVER MOBILIZE, as "drills" is and as Arabic "مناورة صاروخية"
# and Persian "رزمایش موشکی" are read.
NOUN_TRIGGERS[("MOBILIZE", "exercise")] += (
    "missile drill",
    "military drill",
    "naval drill",
    "air defence drill",
    "air defense drill",
    "joint drill",
)
# Fire exchanged between two sides ("Iran and Pakistan exchanged fire on the
# border"): an armed clash, PLOVER ASSAULT, as Arabic "تبادلت … إطلاق النار"
# and Persian "با یکدیگر تیراندازی کردند" are read, not an exchange of
# prisoners.
VERB_TRIGGERS[("ASSAULT", "attack")] += (
    "exchanged fire",
    "exchange fire",
    "exchanging fire",
    "exchanges fire",
)
# A plan or an offer not to be accepted ("Hamas will not accept the
# American plan"): a refusal, PLOVER REJECT, as Arabic "لن تقبل" and Persian
# "نخواهد پذیرفت" are read, not an agreement denied.
VERB_TRIGGERS[("REJECT", "reject")] += (
    "will not accept",
    "won't accept",
    "would not accept",
    "does not accept",
    "do not accept",
    "did not accept",
    "refuses to accept",
    "refused to accept",
)
# A border crossing reopened ("Egypt reopened the Rafah
# crossing"): a restriction lifted, PLOVER CONCEDE, as Arabic "أعادت … فتح
# معبر رفح" and Persian "گذرگاه … را بازگشایی کرد" are read.
FRAME_TRIGGERS[("CONCEDE", "reopen")] = (
    ("reopened", "reopens", "reopening", "will reopen"),
    ("crossing", "border crossing", "crossings", "border crossings"),
)

# Hostages taken or being held ("gunmen took 12 workers hostage", "is
# holding dozens of women hostage"): PLOVER ASSAULT (abduct), as Arabic
# "احتجز … رهائن" and Persian "به گروگان گرفت" are read; "took" alone takes
# anything (talks, power, a town). Not "held": "freed those held hostage
# since 2014" tells the release, the captivity is its background.
GUARDED_VERB_TRIGGERS[("ASSAULT", "abduct")] = (
    *GUARDED_VERB_TRIGGERS.get(("ASSAULT", "abduct"), ()),
    (("took", "take", "takes", "taking", "holding"), ("hostage", "hostages"), 8),
)

# A toll left behind ("the blast left five police wounded", "the raid left
# ten soldiers dead"): the deed's casualties, PLOVER ASSAULT, as Arabic
# "أسفر … عن مقتل" and Persian "… کشته بر جای گذاشت" are read; "left" alone
# departs or remains, so the toll word must follow within the clause.
GUARDED_VERB_TRIGGERS[("ASSAULT", "kill")] = (
    *GUARDED_VERB_TRIGGERS.get(("ASSAULT", "kill"), ()),
    (("left", "leaving", "leaves"), ("dead", "wounded", "injured"), 6),
)
# A toll told in its own clause ("the minister left Baghdad after five police
# were wounded") is no toll left behind: "left" departed.
GUARD_NOT_OBJECTS: tuple[str, ...] = tuple(
    f"{be} {toll}"
    for be in ("was", "were", "is", "are", "been", "be")
    for toll in ("dead", "wounded", "injured")
)

# Support given in money or arms ("provided financial support to",
# "military support for the army") is material help, PLOVER AID, as Arabic
# "دعم مالي/عسكري" and Persian "حمایت مالی/نظامی کرد" are read; the longer
# phrase hides the plain "support" (verbal SUPPORT).
NOUN_TRIGGERS[("AID", "aid")] = (
    *NOUN_TRIGGERS.get(("AID", "aid"), ()),
    "financial support",
    "military support",
)
# A deed or a side described by a word of blame ("described the remarks
# as baseless", "branded NATO's move provocative"): criticism, PLOVER
# ACCUSE, as Persian "را «بی‌اساس» خواند" and Arabic "وصف … بأنها
# استفزازية" are read. Not "called": it also phones ("called his
# counterpart to discuss the illegal sanctions") and asks ("called for").
_BLAME_WORDS = (
    "baseless",
    "unfounded",
    "illegal",
    "provocative",
    "irresponsible",
    "cruel",
    "immature",
    "hostile",
    "aggressive",
    "destabilising",
    "destabilizing",
    "inhumane",
    "barbaric",
    "hypocritical",
    "unjust",
    "racist",
    "shameful",
    "absurd",
    "ridiculous",
    "reckless",
    "criminal",
)
GUARDED_VERB_TRIGGERS[("ACCUSE", "criticise")] = (
    *GUARDED_VERB_TRIGGERS.get(("ACCUSE", "criticise"), ()),
    (
        ("described", "describes", "branded", "brands", "termed", "labelled", "labeled"),
        _BLAME_WORDS,
        10,
    ),
)

# ---- recall20ar: the same events as the Arabic of round 20 ----
# Control of a town wrested or regained by force ("Syrian forces wrested
# control of the town of Qusayr", Arabic "انتزعت القوات السيطرة على بلدة"):
# taken territory, as "seized control of" is read.
FRAME_TRIGGERS[("ASSAULT", "capture")] = (
    (
        *FRAME_TRIGGERS[("ASSAULT", "capture")][0],
        "wrested control of",
        "wrest control of",
        "regained control of",
    ),
    FRAME_TRIGGERS[("ASSAULT", "capture")][1],
)
# A bullet fired at or into someone ("fired a bullet into the head of"),
# the singular of the shots above (Arabic "أطلق رصاصة على").
FRAME_TRIGGERS[("ASSAULT", "shoot")] = (
    FRAME_TRIGGERS[("ASSAULT", "shoot")][0],
    (*FRAME_TRIGGERS[("ASSAULT", "shoot")][1], "a bullet"),
)
# Cooperation begun in a field ("began military cooperation", "بدأ البلدان
# تعاونا عسكريا"); support that is money or arms is AID above (recall20fa).
NOUN_TRIGGERS[("COOPERATE", "cooperation")] += ("military cooperation", "security cooperation")


# lead21: protesters who gather or assemble demonstrate ("hundreds of
# protesters gathered outside parliament"), as Arabic "تجمع المحتجون" and
# Persian "معترضان تجمع کردند" are read; people or leaders who gather do not.
GUARDED_VERB_TRIGGERS[("PROTEST", "demonstrate")] = (
    *GUARDED_VERB_TRIGGERS.get(("PROTEST", "demonstrate"), ()),
    (
        ("gathered", "gather", "gathers", "assembled", "massed"),
        ("protesters", "protestors", "demonstrators"),
    ),
)


# lead21: a strike its workers hold is a walkout, not a blow ("the strike by
# oil workers entered its third day", "the teachers' strike continued"), as
# Arabic "إضراب عمال النفط" and Persian "اعتصاب کارگران نفت" are read: the
# working people it names right before or after it tell which.
_STRIKERS: tuple[str, ...] = (
    "workers",
    "oil workers",
    "factory workers",
    "teachers",
    "doctors",
    "nurses",
    "truckers",
    "truck drivers",
    "drivers",
    "miners",
    "employees",
    "staff",
    "dockers",
    "dockworkers",
    "students",
    "shopkeepers",
    "merchants",
    "bazaar merchants",
    "farmers",
    "lawyers",
    "pilots",
    "civil servants",
    "unions",
    "union",
)
NOUN_TRIGGERS[("PROTEST", "strike")] += tuple(
    form
    for who in _STRIKERS
    for form in (
        f"{who}' strike" if who.endswith("s") else f"{who}'s strike",
        f"{who} strike",
        f"strike by {who}",
        f"strike by the {who}",
        f"strike of {who}",
        f"strike of the {who}",
    )
)

# Round 22: loans in their commercial sense (a bank's or a household's
# credit: "families took loans from commercial banks", "consumer loans")
# are no aid; not "bank loan", which a World Bank loan holds.
NOT_TRIGGERS += tuple(
    f"{kind} {loan}"
    for kind in ("commercial", "consumer", "mortgage", "home", "housing", "personal")
    for loan in ("loan", "loans")
) + ("loans from commercial banks", "loans from banks", "microloans", "micro-loans")
# A party's meeting of its own organs ("a party meeting", "a meeting of its
# executive bureau") is its internal business, no talks between sides.
NOT_TRIGGERS += (
    "party meeting",
    "party meetings",
    *(
        f"meeting of {whose} {organ}"
        for whose in ("its", "the party's")
        for organ in ("executive bureau", "politburo", "political bureau", "cadres")
    ),
)
# Rejection voiced of a deed, not of a proposal ("his rejection of the
# violence", "its rejection of the use of chemical weapons") denounces it, as
# Arabic "رفضه لأعمال العنف" is read (ACCUSE).
FIXED_TRIGGERS[("ACCUSE", "condemn")] = (
    *FIXED_TRIGGERS.get(("ACCUSE", "condemn"), ()),
    *(
        f"rejection of {deed}"
        for deed in (
            "the violence",
            "violence",
            "the use of",
            "any use of",
            "attempts",
            "the attempts",
        )
    ),
)

# senses22: a conference "hosted by the university" is a place lent, no
# visitor received, as Persian "به میزبانی دانشگاه" is read.
NOT_TRIGGERS += tuple(
    f"hosted by {the} {host}"
    for the in ("the", "a")
    for host in ("university", "faculty", "school", "museum", "seminary")
)

# coverage23: relations raised to the level of ambassadors ("raised their
# diplomatic relations to ambassador level"), as "upgraded ties" is (PLOVER
# COOPERATE); the level closes the phrase, not a sum or a price raised
GUARDED_VERB_TRIGGERS[("COOPERATE", "cooperation")] = (
    *GUARDED_VERB_TRIGGERS.get(("COOPERATE", "cooperation"), ()),
    (("raise", "raised", "raising", "raises"), ("ambassador level", "ambassadorial level"), 7),
)
# coverage23: a diplomat thrown or kicked out ("Iraq threw out the Turkish
# ambassador"): an expulsion, PLOVER SANCTION, as "expelled" and Arabic
# "طرد" and Persian "اخراج کرد" are read; not a case or a vote thrown out
GUARDED_VERB_TRIGGERS[("SANCTION", "cut_ties")] = (
    *GUARDED_VERB_TRIGGERS.get(("SANCTION", "cut_ties"), ()),
    (
        tuple(f"{v} out" for v in ("threw", "throw", "throws", "thrown", "throwing", "kicked"))
        + ("kick out", "kicks out", "kicking out"),
        ("ambassador", "ambassadors", "diplomat", "diplomats", "envoy", "envoys", "attache"),
        4,
    ),
)
# recall23fa: a side's conduct named by a word of blame ("the inhumane
# treatment of migrants by Polish officials", "the hostile policies of the
# United States") is criticism of that side by whoever tells it, with no
# verb of calling, as Persian "رفتار غیرانسانی" and Arabic "السياسات
# العدائية" are read. Not attacks ("a barbaric attack" is the attack told)
# nor "criminal acts", often the deed itself.
_CONDUCT_BLAME = (
    *("provocative", "irresponsible", "hostile", "aggressive", "inhumane", "barbaric"),
    *("hypocritical", "unjust", "racist", "shameful", "reckless", "destabilising"),
    "destabilizing",
)
_CONDUCTS = (
    *("behaviour", "behavior", "actions", "acts", "policies", "policy", "conduct"),
    *("treatment", "practices", "measures", "remarks", "statements", "moves", "stance"),
)
NOUN_TRIGGERS[("ACCUSE", "criticise")] = (
    *NOUN_TRIGGERS.get(("ACCUSE", "criticise"), ()),
    *(f"{w} {c}" for w in _CONDUCT_BLAME for c in _CONDUCTS),
)
# accuse34: "denunciation" is a condemnation ("expressed its denunciation
# of the attack"), as Arabic "استنكار" and "تنديد".
NOUN_TRIGGERS[("ACCUSE", "criticise")] += ("denunciation",)
# senses23: a candidate who withdraws leaves a race, no force retreats
# ("three candidates withdrew from the election", "withdrew his candidacy"),
# as Arabic "انسحب … من الانتخابات" and Persian "کناره‌گیری کرد" are read.
NOT_TRIGGERS += (
    tuple(
        f"{who} {verb}"
        for who in ("candidate", "candidates", "contender", "contenders", "nominee")
        for verb in ("withdrew", "withdraws", "withdrawing", "has withdrawn", "have withdrawn")
    )
    + tuple(
        f"{verb} from the {race}"
        for verb in ("withdrew", "withdraw", "withdraws", "withdrawn", "withdrawing")
        for race in ("race", "election", "elections", "presidential race", "presidential election")
    )
    + tuple(
        f"{verb} {whose} candidacy"
        for verb in ("withdrew", "withdraw", "withdraws", "withdrawn", "withdrawing")
        for whose in ("his", "her", "their")
    )
)

# prec25fa: a threat turned into an opportunity ("turned the threat into an opportunity") is a
# danger overcome, no threat made
VETO_WORDS[("THREATEN", "*")] = (
    *VETO_WORDS.get(("THREATEN", "*"), ()),
    "into an opportunity",
    "into opportunities",
    "into opportunity",
)
# prec25ar: a death or an injury by a machine or a fall ("crushed to death in
# a garbage truck", "injured after falling into a well") is an accident, no
# attack.
VETO_WORDS[("ASSAULT", "*")] = (
    *VETO_WORDS[("ASSAULT", "*")],
    "crushed to death",
    "electrocuted",
    "into a well",
    "into an abandoned well",
)
# types25fa: a legislature voting on the clauses of a domestic budget bill
# ("agreed to the added clause of note 2 of the budget bill") makes no
# agreement between actors (PLOVER AGREE), as Persian "تبصره", "لایحه بودجه".
VETO_WORDS[("AGREE", "agreement")] = (
    *VETO_WORDS.get(("AGREE", "agreement"), ()),
    *("budget bill", "the single article", "added clause"),
)
# consist26: people put to death ("executed three protesters", "were executed
# by firing squad") are killed, PLOVER ASSAULT (CAMEO 1823), as Persian
# "اعدام کرد" and Arabic "أعدم" are read; a plan or an order executed is not,
# so the verb needs a person as its object. A person sent into exile ("exiled
# the opposition leader", "was forced into exile") is expelled, PLOVER COERCE
# (CAMEO 174), as Persian "تبعید کرد" and Arabic "نفي إلى المنفى".
FRAME_TRIGGERS[("ASSAULT", "execute")] = (
    ("executed", "execute", "executes", "executing", "hanged"),
    (
        *FRAME_TRIGGERS[("ASSAULT", "beat")][1],
        *("prisoners", "inmates", "dissident", "dissidents", "man", "men", "woman"),
        *("women", "people", "persons", "convicts", "spies", "opponents"),
        # exec58: soldiers, hostages or captives a group puts to death ("ISIS
        # executed three Iraqi soldiers"), as "اعدام کرد" and "أعدم" read them
        *("soldiers", "hostages", "captives", "policemen", "civilians", "villagers"),
    ),
)
# exec58: the frame's object may stand a few words on, so a plan, an order or
# an operation executed "to protect civilians" or "to free the hostages" is
# named as what was executed and cancels the reading
VETO_WORDS[("ASSAULT", "execute")] = tuple(
    f"{verb} {det}{thing}"
    for verb in ("executed", "execute", "executes", "executing")
    for det in ("a ", "an ", "the ", "its ", "their ", "")
    for thing in ("plan", "plans", "order", "orders", "operation", "operations", "warrant")
    + ("search warrant", "contract", "deal", "strategy", "project", "program", "programme")
    + ("mission", "decision", "policy", "agreement", "attack", "raid")
)
VERB_TRIGGERS[("COERCE", "deport")] = (
    *VERB_TRIGGERS.get(("COERCE", "deport"), ()),
    *("was exiled", "were exiled", "exiled him", "exiled her", "exiled them"),
    *("forced into exile", "sent into exile", "sent him into exile", "sent them into exile"),
)
# A threat of force told in the future first person of a side ("we will
# retaliate against Israel", "will retaliate against any attack"), as Persian
# "علیه اسرائیل تلافی خواهیم کرد" and Arabic "سنرد على" are read.
VERB_TRIGGERS[("THREATEN", "threat")] += (
    *("will retaliate", "would retaliate", "shall retaliate", "will strike back"),
    *("would strike back", "will hit back", "would hit back"),
)
# the active verb before the exiled person ("exiled the opposition leader")
FRAME_TRIGGERS[("COERCE", "deport")] = (
    ("exiled", "exiles", "exiling"),
    (
        *("opposition", "dissident", "dissidents", "activist", "activists", "cleric"),
        *("clerics", "journalist", "journalists", "leader", "leaders", "figure", "figures"),
    ),
)
# nonevent27: a bounty or a reward set on a wanted man ("offered a reward of
# $10 million for information on …") is a price on a head, no help one side
# gives another (PLOVER AID), as Arabic "مكافأة" and Persian "جایزه".
VETO_WORDS[("AID", "*")] = (*VETO_WORDS.get(("AID", "*"), ()), "reward", "bounty")
# nonevent27: figures of speech of force: character assassination and a
# thing held hostage ("holding the economy hostage", "took the nuclear deal
# hostage") tell no attack (PLOVER ASSAULT), as Arabic "اغتيال معنوي",
# "تأخذ الاقتصاد رهينة" and Persian "ترور شخصیت", "اقتصاد را به گروگان
# گرفته" are read.
_HELD_THINGS = (
    "the economy",
    "the country's economy",
    "the deal",
    "the nuclear deal",
    "the talks",
    "the negotiations",
    "diplomacy",
    "foreign policy",
    "the budget",
    "the election",
    "the elections",
    "the country",
    "the political process",
)
NOT_TRIGGERS += (
    "character assassination",
    "character assassinations",
    *(
        f"{hold} {thing} hostage"
        for hold in ("hold", "holds", "holding", "held", "take", "takes", "taking", "took", "taken")
        for thing in _HELD_THINGS
    ),
)
# fptypes29fa: declining to give details refuses nothing, as declining to
# comment (PLOVER REJECT is about policy): "declined to give details",
# "refused to provide further details", as Persian "از ارائه جزئیات خودداری
# کرد" and Arabic "رفض الإدلاء بتفاصيل".
NOT_TRIGGERS += tuple(
    f"{refuse} to {give} {more}details"
    for refuse in ("refused", "refuses", "refuse", "refusing", "declined", "declines", "declining")
    for give in ("give", "provide", "disclose", "reveal", "release", "offer", "share")
    for more in ("", "further ", "more ", "any ", "any further ", "additional ")
)

# accuse29: displeasure voiced at a side ("Egypt voiced its protest over the
# ambassador's remarks", "Jordan expressed its anger at the visit", "China
# expressed strong displeasure with the decision"): criticism (PLOVER
# ACCUSE), as Arabic "أعربت عن استيائها من" and Persian "نارضایتی خود را …
# ابراز کرد" are read; a protest voiced is no demonstration. The stance is
# the verb's object: "voiced" with a listed stance word, in every form.
_VOICED = (
    *("expressed", "expresses", "expressing", "express"),
    *("voiced", "voices", "voicing", "voice"),
    *("registered", "registers", "conveyed", "conveys"),
)
_OWNERS = ("", "its ", "his ", "her ", "their ")
_DEGREES = ("", "strong ", "deep ", "great ", "grave ", "serious ", "sharp ")
_DISPLEASURE = (
    *("displeasure", "anger", "outrage", "dismay", "indignation", "protest"),
    # english59: concern voiced over a deed is a reproach of its doer, as
    # Persian "ابراز نگرانی" is read (a criticism at most, never the deed)
    *("concern", "concerns"),
    *("discontent", "dissatisfaction", "disapproval", "resentment", "fury", "disgust"),
)
VERB_TRIGGERS[("ACCUSE", "criticise")] += tuple(
    f"{verb} {owner}{degree}{stance}"
    for verb in _VOICED
    for owner in _OWNERS
    for degree in _DEGREES
    for stance in _DISPLEASURE
)

# accuse29: a side called by an insult ("called Trump a liar", "described
# Assad as a murderer", "branded the president a dictator"): name-calling is
# criticism (PLOVER ACCUSE), as Arabic "وصفه بالكاذب" and Persian "او را
# دروغگو خواند" are read; praise is none. "Called" also phones and asks
# ("called his counterpart after a terrorist attack"): with it only nouns
# that are no modifier of another noun count, right after an article.
_INSULTS = (
    *("liar", "dictator", "murderer", "war criminal", "tyrant", "thug", "butcher"),
    *("traitor", "puppet", "clown", "hypocrite", "fascist", "racist", "thief", "crook"),
    *("despot", "killer", "mercenary", "warmonger", "fraud", "coward", "nazi"),
)
_MODIFIERS = ("terrorist", "criminal", "rogue state", "terrorist state", "terrorist group")
# accuse34: a state or a government called by a name of shame ("called
# Israel a terrorist state", "calls the government a criminal regime"), as
# Arabic "وصف … بالدولة الإرهابية" and Persian "… را رژیم تروریستی خواند":
# the whole noun phrase, never the modifier alone ("called the attack a
# terrorist act" names the deed, not a side).
_STATE_INSULTS = (
    *("terrorist state", "terrorist regime", "rogue state", "criminal regime"),
    *("apartheid state", "apartheid regime", "illegitimate regime", "puppet regime"),
)
GUARDED_VERB_TRIGGERS[("ACCUSE", "criticise")] += (
    (
        ("called", "calls", "calling"),
        tuple(f"{a} {w}" for a in ("a", "an", "the") for w in (*_INSULTS, *_STATE_INSULTS)),
        6,
    ),
    (
        ("described", "describes", "describing", "branded", "brands", "branding"),
        tuple(f"{a} {w}" for a in ("a", "an", "as a", "as an") for w in (*_INSULTS, *_MODIFIERS)),
        8,
    ),
    (
        ("labelled", "labeled", "labelling", "labeling", "termed", "dubbed"),
        tuple(f"{a} {w}" for a in ("a", "an", "as a", "as an") for w in (*_INSULTS, *_MODIFIERS)),
        8,
    ),
)

# tri29a: one deed told in Arabic, Persian and English reads the same.
# Arson and thrown bombs ("set fire to the council building", "torched a
# school", "threw a grenade at a patrol"), as Arabic "أضرم النار", "أحرق",
# "ألقى قنبلة" and Persian "به آتش کشیدند", "نارنجک پرتاب کردند": PLOVER ASSAULT.
VERB_TRIGGERS[("ASSAULT", "attack")] = (
    *VERB_TRIGGERS[("ASSAULT", "attack")],
    *("set fire to", "sets fire to", "setting fire to", "set ablaze", "torched", "torching"),
    *("threw a grenade", "threw grenades", "hurled a grenade", "hurled grenades"),
    *("threw a bomb", "threw bombs", "hurled a bomb", "threw a petrol bomb", "threw petrol bombs"),
)
# troops that leave a country ("French troops left Niger", "the forces will
# leave"), as Arabic "غادرت القوات" and Persian "نیروها … را ترک کردند":
# PLOVER RETREAT; the forces named just before the verb
GUARDED_VERB_TRIGGERS[("RETREAT", "withdraw")] = (
    *GUARDED_VERB_TRIGGERS.get(("RETREAT", "withdraw"), ()),
    (
        ("left", "has left", "have left", "will leave", "would leave"),
        ("troops", "forces", "soldiers", "peacekeepers", "fighters", "militants", "rebels"),
        0,
    ),
)
# denial29: "meeting" is also the verb's -ing form ("denied meeting the
# Israeli ambassador", "is meeting Putin today"), as "attacking" and
# "visiting" are listed; after a determiner it stays the noun ("at a
# meeting", ``extract/syntax.as_nouns``), read as a verb only after a verb
# marker (``context.VERB_MARKERS``) or its subject.
VERB_TRIGGERS[("CONSULT", "meeting")] += ("meeting",)
# tri29b: a counterpart called with no "by phone" ("the Egyptian president
# called his French counterpart"): a phone call (PLOVER CONSULT), as Arabic
# "اتصل … بنظيره" and Persian "با همتای خود تماس گرفت" are read. Only a
# counterpart a few words after: "called for", "called on" and "called X a
# liar" name no call.
GUARDED_VERB_TRIGGERS[("CONSULT", "phone")] = (
    *GUARDED_VERB_TRIGGERS.get(("CONSULT", "phone"), ()),
    (("called", "calls", "rang", "telephoned"), ("counterpart", "counterparts"), 4),
)

# tri29b: ambassadors exchanged ("Turkey and Egypt will exchange
# ambassadors"): ties raised (PLOVER COOPERATE), as Arabic "تبادل السفراء" is
# read.
VERB_TRIGGERS[("COOPERATE", "cooperation")] = (
    *VERB_TRIGGERS.get(("COOPERATE", "cooperation"), ()),
    *("exchange ambassadors", "exchanged ambassadors", "exchanging ambassadors"),
)
# tri29b: an office holder travelling to a state ("the Iranian foreign
# minister will travel to Oman"): a visit (PLOVER CONSULT), as Arabic "يتوجه
# وزير الخارجية إلى" and Persian "به عمان سفر می‌کند" are read. Only with a
# title just before: people told not to travel, pilgrims travelling, are no
# visit.
GUARDED_VERB_TRIGGERS[("CONSULT", "visit")] = (
    *GUARDED_VERB_TRIGGERS.get(("CONSULT", "visit"), ()),
    (
        ("travel to", "travels to", "traveled to", "travelled to", "travelling to", "traveling to"),
        ("minister", "president", "king", "emir", "envoy", "delegation", "chancellor", "premier"),
    ),
)

# tri30a: working people who strike, told with the verb ("truck drivers in
# Iran will strike next week", "teachers struck on Sunday over pay"), walk
# out, as Arabic "سيضرب سائقو الشاحنات" and Persian "اعتصاب خواهند کرد" are
# read: PLOVER PROTEST, not a blow. Only with the strikers written just
# before (GUARD_WINDOW): "Israel will strike" or "drones struck" stay blows.
GUARDED_VERB_TRIGGERS[("PROTEST", "strike")] = (
    *GUARDED_VERB_TRIGGERS.get(("PROTEST", "strike"), ()),
    (
        (
            *("strike", "strikes", "struck", "striking"),
            *("will strike", "to strike", "are striking", "were striking", "began striking"),
        ),
        (*_STRIKERS, "drivers", "truckers", "bakers", "judges", "journalists", "medics"),
    ),
)

# tri30a: journalists or reporters thrown out of a country ("Iran expelled
# two German journalists") are deported, not diplomats expelled (PLOVER
# COERCE), as Arabic "طردت إيران صحفيين" is read.
# Only with the journalists within a few words after the verb.
GUARDED_VERB_TRIGGERS[("COERCE", "deport")] = (
    *GUARDED_VERB_TRIGGERS.get(("COERCE", "deport"), ()),
    (
        ("expelled", "expel", "expels", "expelling"),
        (
            *("journalist", "journalists", "reporter", "reporters"),
            *("correspondent", "correspondents"),
        ),
        4,
    ),
)

# request35fa: a reprisal announced as on its way ("an appropriate response to
# Iran is coming") promises harm (PLOVER THREATEN), as "vowed a response" does.
GUARDED_VERB_TRIGGERS[("THREATEN", "threat")] = (
    *GUARDED_VERB_TRIGGERS.get(("THREATEN", "threat"), ()),
    (
        ("is coming", "was coming", "is on its way", "was on its way", "are coming"),
        ("response",),
        0,
    ),
)

# request35fa: every option, or the military one, kept on the table ("all
# options are on the table", Arabic "كل الخيارات على الطاولة", Persian "گزینه
# نظامی روی میز است") holds force over the other side (PLOVER THREATEN). Not
# Arabic "الخيار العسكري مطروح": its fixed phrase put the target first.
FIXED_TRIGGERS[("THREATEN", "threat")] = (
    *FIXED_TRIGGERS.get(("THREATEN", "threat"), ()),
    *(
        f"{option} {be}on the table"
        for option in ("all options", "every option", "military option", "military options")
        for be in ("are ", "is ", "remain ", "remains ", "were ", "was ", "")
    ),
)

# noev36ar: a meeting or a visit one is deprived of ("deprived of visits by
# their families") did not take place: no meeting (PLOVER CONSULT), as
# Arabic "الحرمان من زيارة" and Persian "از ملاقات … محروم" are not read.
NOT_TRIGGERS += tuple(
    f"{deprived} of {talk}"
    for deprived in ("deprived", "deprivation")
    for talk in ("visits", "family visits", "meeting", "meetings", "a visit", "visiting")
)
# "denied visits" is a deprivation too, but "denied meeting the envoy" is a
# denial of a meeting (negated, ``denial29``): only visits follow "denied".
NOT_TRIGGERS += ("denied visits", "denied family visits", "denied a visit")

# noev37fa: a deal only referred to, as a thing that already stands ("the
# return to the deal", "opponents of the agreement", "under the accord"),
# is no agreement reached in the sentence, as Persian "بازگشت به توافق",
# "مخالفان توافق" and Arabic bare "الاتفاق" are read.
NOT_TRIGGERS += tuple(
    f"{head} {the}{deal}"
    for head in (
        *("return to", "returning to", "withdrawal from", "exit from", "under", "within"),
        *("opponents of", "critics of", "supporters of", "goals of", "implementation of"),
        *("violation of", "violations of", "revival of", "parties to", "text of"),
    )
    for the in ("the ", "this ", "that ")
    for deal in ("deal", "agreement", "accord", "nuclear deal", "nuclear agreement")
)
# types38fa: a place named by the deed it saw ("visited the site of the
# attack", "one of the hotbeds of the protests") points at a known attack or
# unrest; it tells none.
NOT_TRIGGERS += tuple(
    f"{site} of {the}{deed}"
    for site in ("site", "scene", "hotbed", "hotbeds")
    for the in ("", "the ")
    for deed in ("attack", "attacks", "bombing", "explosion", "blast", "shooting")
    + ("protest", "protests", "unrest", "demonstrations")
)
# trip38fa: a visit named as the time of another deed ("coinciding with the
# visit of …, a tanker was attacked") dates that deed; the sentence does not
# report the visit, as Persian "همزمان با سفر" and Arabic "تزامنا مع زيارة"
# are read. A visit on whose eve something is said stays planned (senses23).
NOT_TRIGGERS += tuple(
    f"{when} {the}{visit}"
    for when in ("coinciding with", "coincided with", "coincides with", "coincide with")
    for the in ("the ", "a ")
    for visit in ("visit", "visits", "trip", "trips", "tour")
)
# Each of one's trips ("every trip the minister makes costs …") is a habit,
# no visit told, as Persian "در هر سفر" is read.
NOT_TRIGGERS += tuple(
    f"{each} {visit}" for each in ("every", "each") for visit in ("trip", "visit", "journey")
)

# ---- prec39: opinions, oaths, fundraising and debates read as deeds ----
# An opinion poll tells what a share of people think ("a poll found 60
# percent back the deal"): no one backs, rejects, blames or asks anyone.
_POLLS = ("opinion poll", "poll found", "poll showed", "polls show", "survey found")
for _key in (("SUPPORT", "*"), ("REJECT", "*"), ("ACCUSE", "*"), ("REQUEST", "*"), ("AGREE", "*")):
    VETO_WORDS[_key] = (*VETO_WORDS.get(_key, ()), *_POLLS)
# An oath of office binds one to an office, not to another actor.
VETO_WORDS[("AGREE", "*")] = (
    *VETO_WORDS.get(("AGREE", "*"), ()),
    "sworn in",
    "swearing-in",
    "swearing in",
    "oath of office",
    "took the oath",
    "take the oath",
)
# Money raised is collected, not given to anyone: no aid.
VETO_WORDS[("AID", "*")] = (
    *VETO_WORDS.get(("AID", "*"), ()),
    "raise funds",
    "raised funds",
    "raising funds",
    "donation drive",
)
# Attacks traded in a debate are words.
VETO_WORDS[("ASSAULT", "*")] = (
    *VETO_WORDS.get(("ASSAULT", "*"), ()),
    "televised debate",
    "presidential debate",
    "debate stage",
    "during the debate",
)
# An attack foiled or thwarted did not happen. These vetoes, like the ones
# above, hold for the whole sentence (``vetoes.vetoed``), so only phrases
# that name the foiling of a deed: "a poll" (often an election), "in the
# debate", "fundraising" (donor conferences pledge aid) and a bare
# "foiled" were dropped after the round-39 review.
VETO_WORDS[("ASSAULT", "*")] = (
    *VETO_WORDS.get(("ASSAULT", "*"), ()),
    *(
        f"{verb} {what}"
        for verb in ("foiled", "thwarted", "foil", "thwart")
        for what in ("a", "an")
    ),
    "foiled attack",
    "foiled plot",
)

# types39ar: the rarer types told with the words Arabic and Persian use.
# Warships under way ("the aircraft carrier USS Lincoln sailed to the
# Gulf", "a British destroyer headed for the Black Sea"): a navy sent
# towards a sea is a show of force (PLOVER MOBILIZE), as Arabic "توجهت
# حاملة الطائرات" and Persian "ناو … حرکت کرد" are read; not a bare
# "carrier", also an airline.
_WARSHIPS = (
    *("aircraft carrier", "carrier strike group", "strike group", "destroyer", "destroyers"),
    *("warship", "warships", "frigate", "frigates", "submarine", "submarines", "battleship"),
    *("naval vessels", "navy ships"),
)
GUARDED_VERB_TRIGGERS[("MOBILIZE", "deploy")] = (
    *GUARDED_VERB_TRIGGERS.get(("MOBILIZE", "deploy"), ()),
    (
        (*("sailed", "sailing", "steamed", "steaming", "headed", "heading"),),
        _WARSHIPS,
        2,
        6,
    ),
)
# Homes and buildings demolished ("the army demolished the home of …"):
# property destroyed by a power (PLOVER COERCE), as Arabic "هدمت … منزل"
# and Persian "خانه … را تخریب کردند" are read.
_DEMOLISHED = (
    *("home", "homes", "house", "houses", "building", "buildings", "structures"),
    *("mosque", "school", "shelters", "shops", "village"),
)
GUARDED_VERB_TRIGGERS[("COERCE", "demolish")] = (
    (
        (*("demolished", "demolish", "demolishes", "demolishing", "razed", "bulldozed"),),
        _DEMOLISHED,
        5,
    ),
    (("demolition of", "demolitions of"), _DEMOLISHED, 4),
)
# An embassy opened or opened again ("the UAE reopened its embassy in
# Syria"): ties set up (PLOVER COOPERATE), as Arabic "أعادت فتح سفارتها"
# and Persian "سفارت … را بازگشایی کرد" are read; the embassy is the
# opener's own ("the embassy opened an exhibition" opens a show).
GUARDED_VERB_TRIGGERS[("COOPERATE", "embassy")] = (
    (
        ("reopened", "reopen", "reopens", "reopening", "will open"),
        ("its embassy", "an embassy", "its consulate", "a consulate", "their embassies"),
        3,
        0,
    ),
    # a bare "opened" also opens a show or a talk: only with the embassy
    # right after it
    (("opened",), ("its embassy", "an embassy", "its consulate", "a consulate"), 2, 0),
)
# A combat mission or a military presence ended by those who held it ("the
# army ended its combat mission in Iraq"): a withdrawal (PLOVER RETREAT), as
# Arabic "أنهت القوات مهمتها القتالية" and Persian "مأموریت رزمی … را
# پایان داد" are read.
GUARDED_VERB_TRIGGERS[("RETREAT", "withdraw")] += (
    (
        ("ended", "ends", "will end", "concluded"),
        ("combat mission", "military mission", "military presence", "combat operations"),
        4,
        0,
    ),
)
# Diplomatic representation cut ("downgraded its diplomatic representation
# in Iran"), as ties downgraded are (PLOVER SANCTION).
GUARDED_VERB_TRIGGERS[("SANCTION", "cut_ties")] += (
    (("downgraded", "downgrade", "downgrades"), ("representation",), 3, 0),
    # reduced or lowered: a law may reduce women's representation too
    (
        ("reduced", "lowered", "reduce", "lower"),
        ("diplomatic representation", "its representation", "their representation"),
        3,
        0,
    ),
)
# Forces on the highest alert ("put on maximum alert"), as "high alert" and
# Arabic "حالة الاستعداد القصوى" are read (PLOVER MOBILIZE).
NOUN_TRIGGERS[("MOBILIZE", "exercise")] += ("maximum alert", "full alert", "highest alert")
# A cell or a ring broken up ("police dismantled a smuggling network") and
# an arms cache found by troops or the police ("found an arms cache"):
# PLOVER COERCE, as Arabic "تفكيك خلية" and "عثرت على مخبأ للأسلحة" and
# Persian "شبکه … را متلاشی کرد" are read; not a bomb or a plant dismantled.
GUARDED_VERB_TRIGGERS[("COERCE", "dismantle")] = (
    (
        ("dismantled", "dismantle", "dismantles", "dismantling", "broke up", "busted"),
        ("cell", "cells", "network", "ring", "gang", "gangs"),
        5,
        0,
    ),
)
GUARDED_VERB_TRIGGERS[("COERCE", "confiscate")] = (
    (
        ("found", "discovered", "uncovered", "seized"),
        ("arms cache", "weapons cache", "arms depot", "cache of weapons", "cache of arms"),
        4,
        0,
    ),
)
# An objection raised ("Egypt objected to the draft"): a proposal opposed
# (PLOVER REJECT), as Arabic "اعترضت … على" and Persian "با … مخالفت کرد"
# are read.
VERB_TRIGGERS[("REJECT", "reject")] += ("objected to", "objects to", "objecting to")
# A deed called a breach ("called the decision a breach of the treaty",
# "which it described as a violation of"): blame (PLOVER ACCUSE), as Arabic
# "اعتبرت … انتهاكا" and Persian "… را نقض … خواند" are read.
GUARDED_VERB_TRIGGERS[("ACCUSE", "criticise")] += (
    (
        ("called", "calls", "described", "considered", "deemed", "branded"),
        ("a breach of", "a violation of", "a flagrant violation", "a blatant violation"),
        8,
        0,
    ),
)
# types41fa: a deed that "will be met with" a response or force ("any
# incursion will be met with a strong response") promises harm (PLOVER
# THREATEN), as Persian "… با پاسخ … روبرو خواهد شد" and Arabic "سيقابل
# برد" are read; "met with" in the passive is no meeting ("the plan was met
# with criticism").
_MET_WITH = tuple(f"{will} be met with" for will in ("will", "would", "shall"))
GUARDED_VERB_TRIGGERS[("THREATEN", "threat")] = (
    *GUARDED_VERB_TRIGGERS.get(("THREATEN", "threat"), ()),
    (_MET_WITH, ("response", "retaliation", "reprisal", "force"), 4, 0),
)
# mend41a: a response called good ("will be met with a positive response")
# is welcome, no harm promised: no object of a threat's guard.
_WELCOMING = ("positive", "favourable", "favorable", "warm", "good", "encouraging")
GUARD_NOT_OBJECTS += tuple(
    f"{q} {n}" for q in _WELCOMING for n in ("response", "responses", "reaction", "reactions")
)
NOT_TRIGGERS += tuple(f"{be} met with" for be in ("be", "was", "were", "been", "is", "are"))

# recall44fa: a town fallen to its takers ("Kunduz fell to the Taliban"):
# territory taken by force, ASSAULT capture as "seized control of" above
# and Persian "به دست طالبان افتاد", Arabic "سقطت بيد". "fell to" alone is
# any fall ("prices fell to a low", "it fell to the minister to say"), so
# an armed side must follow within three words.
_TAKERS = (
    *("taliban", "militants", "rebels", "insurgents", "jihadists", "fighters"),
    *("forces", "troops", "army", "islamic state", "isis", "al-shabaab"),
)
GUARDED_VERB_TRIGGERS[("ASSAULT", "capture")] = (
    *GUARDED_VERB_TRIGGERS.get(("ASSAULT", "capture"), ()),
    (("fell to", "falls to", "fallen to", "fall to", "falling to"), _TAKERS, 3),
)
# The number of a country's diplomats cut ("Russia reduced the number of
# US diplomats to five"), PLOVER SANCTION (reduce relations, expel
# diplomats), as Persian "تعداد دیپلمات‌ها را کاهش داد" and Arabic "قلصت
# عدد الدبلوماسيين"; a cut in prices or staff at large is none.
GUARDED_VERB_TRIGGERS[("SANCTION", "cut_ties")] = (
    *GUARDED_VERB_TRIGGERS[("SANCTION", "cut_ties")],
    (
        ("reduced", "reduces", "reduce", "cut", "cuts", "slashed", "slashes"),
        ("diplomats", "diplomatic staff", "embassy staff", "diplomatic mission"),
        6,
    ),
)

# verbs48fa: ties cut told in the passive ("Diplomatic relations between
# Chile and Bolivia were severed"), PLOVER SANCTION, as Persian "روابط
# دیپلماتیک دو کشور قطع شد" and Arabic "قطعت العلاقات" are read; the
# relations stand before the verb. "was cut" alone is power or aid cut.
_CUT_PASSIVE = tuple(
    f"{aux} {verb}"
    for aux in ("was", "were", "have been", "has been", "had been", "will be")
    for verb in ("cut", "severed", "broken off", "cut off")
)
GUARDED_VERB_TRIGGERS[("SANCTION", "cut_ties")] += (
    (_CUT_PASSIVE, ("relations", "ties", "diplomatic relations", "diplomatic ties"), 0, 6),
)
# verbs48ar: the English of the Arabic verbs read this round. A vote cast
# against a draft (Arabic "صوت … ضد", Persian "علیه … رای داد") rejects it;
# people set free are released ("أخلى سبيل", "آزاد کرد"); suspects
# apprehended are arrested ("قبض على"); work coordinated with another side
# ("نسق مع", "با … هماهنگ کرد") is cooperation.
VERB_TRIGGERS[("REJECT", "reject")] += (
    *("voted against", "votes against", "vote against", "voting against"),
)
VERB_TRIGGERS[("CONCEDE", "release")] += ("set free",)
VERB_TRIGGERS[("COERCE", "seize")] += ("apprehended", "apprehend")
VERB_TRIGGERS[("COOPERATE", "cooperation")] += (
    *("coordinated with", "coordinates with", "coordinate with", "coordinating with"),
)
# deeds49: sanctions, a ban or restrictions suspended or frozen, and a state
# exempted from them ("suspended sanctions on Syria", "exempted Iraq from
# sanctions on Iran"), are a concession (PLOVER CONCEDE, ease) as lifted or
# waived ones are, as Arabic "علق العقوبات" and Persian "تحریم‌ها را تعلیق
# کرد"; "suspended" before anything else (membership, ties, talks) keeps its
# readings.
FRAME_TRIGGERS[("CONCEDE", "ease")] = (
    (
        *FRAME_TRIGGERS[("CONCEDE", "ease")][0],
        *("suspend", "suspended", "suspending", "suspends", "froze", "freezes", "freezing"),
        *("exempt", "exempted", "exempting", "exempts"),
    ),
    FRAME_TRIGGERS[("CONCEDE", "ease")][1],
)

# topics50: a danger is no threat made. "the threat of terrorism" and "the
# threat posed by Iran" name what may befall someone, not a threat a side
# issued ("Iran issued a threat against Israel" stays).
NOT_TRIGGERS += (
    *("threat of terrorism", "threats of terrorism", "threat of terror", "threats of terror"),
    *("threat posed by", "threats posed by", "threat posed to", "threats posed to"),
)

# accuse51fa: criticism told in other words, as Persian "شماتت/ملامت کرد",
# "به تمسخر گرفت" (PLOVER ACCUSE): a reproach ("reproached
# Israel", "chided Washington"), mockery done to a side ("mocked",
# "ridiculed"; not "mock", also the adjective of a drill). "Questioned" is
# left out (it also tells an interrogation), and so is "cast doubt on" (it
# also tells doubt about prospects, as Arabic "شكك في").
# (the verbs themselves are in accuse51ar's list below; "ridiculing" here.
# The bare "reproach" stays out: "beyond reproach".)
VERB_TRIGGERS[("ACCUSE", "criticise")] += ("ridiculing",)
# ... and a side or its deed called by a name of shame or a mistake ("called
# the United States a sponsor of terrorism", "called the decision a strategic
# mistake"), as Persian "حامی تروریسم خواند", "اشتباه راهبردی دانست".
_SHAME_NAMES = (
    *("sponsor of terrorism", "state sponsor of terrorism", "great satan", "mistake"),
    *("grave mistake", "big mistake", "serious mistake", "strategic mistake", "historic mistake"),
)
GUARDED_VERB_TRIGGERS[("ACCUSE", "criticise")] += (
    (
        ("called", "calls", "calling"),
        tuple(f"{a} {w}" for a in ("a", "an", "the") for w in _SHAME_NAMES),
        8,
    ),
)
# ... and a side claimed to have taken part in a deed of force ("Israel
# claimed Iran was involved in the attack"), as Persian "مدعی دخالت ایران در
# این حمله" and Arabic "ادعت إسرائيل تورط إيران في الهجوم": the copula makes
# the blame, as in "was behind the attack"; a relative clause names no one.
_INVOLVED = _copula_blame("involved in")
FIXED_TRIGGERS[("ACCUSE", "allege")] += _INVOLVED
NOT_TRIGGERS += tuple(f"{who} {p}" for who in ("who", "that", "which") for p in _INVOLVED)
# accuse51ar: more of how English news writes criticism (PLOVER ACCUSE), as
# Arabic "انتقد بشدة", "شن هجوما لاذعا على" and Persian "به شدت انتقاد کرد"
# are read: "castigated", "hit out at", "took aim at" (in words; a gun's aim
# is taken "at a crowd" by soldiers, whose deed is read by its own words).
VERB_TRIGGERS[("ACCUSE", "criticise")] += (
    *("castigate", "castigating", "lashing out at", "lash out at"),
    *("hit out at", "hits out at", "hitting out at"),
    *("took aim at", "takes aim at", "taking aim at"),
    # words of scorn and reproach; forms whose bare stem is also a noun or an
    # adjective ("a blast", "a mock trial", "not his fault", "beyond
    # reproach", "to ridicule") only as written
    *("lambast", "lambasting", "excoriate", "excoriating", "berate", "berating"),
    *("chide", "chided", "chiding", "scold", "scolding", "upbraid", "upbraiding"),
    *("deride", "deriding", "decry", "decried", "decries", "decrying", "pilloried"),
    *("blasted", "mocked", "ridiculed", "faulted", "reproached"),
    *("assail", "assailing"),
    *("pointed the finger at", "points the finger at", "pointing the finger at"),
)
# A deed called a crime ("called the sanctions a crime against humanity"):
# blame, as Arabic "وصفت … العقوبات بأنها جريمة" and the breach above.
GUARDED_VERB_TRIGGERS[("ACCUSE", "criticise")] += (
    (
        ("called", "calls", "described", "branded", "termed", "labelled", "labeled"),
        ("a crime against", "a war crime", "crimes against humanity", "a crime of"),
        8,
        0,
    ),
)
# A verbal attack by its adjective ("launched a scathing attack on Iran"):
# words, no force, as Arabic "شن هجوما لاذعا على".
FIXED_TRIGGERS[("ACCUSE", "criticise")] += tuple(
    f"{adj} {noun}"
    for adj in ("scathing", "blistering", "stinging", "withering", "verbal")
    for noun in ("attack on", "attacks on", "criticism of", "broadside against", "tirade against")
)

# misses53ar: a deed called a provocation or a conspiracy ("called the
# appointment a provocation to the people"): blame (PLOVER ACCUSE), as
# Arabic "اعتبر … استفزازا / مؤامرة" and Persian "… را توطئه خواند" are read.
GUARDED_VERB_TRIGGERS[("ACCUSE", "criticise")] += (
    (
        ("called", "calls", "described", "considered", "deemed", "branded"),
        ("a provocation", "a blatant provocation", "a conspiracy"),
        8,
        0,
    ),
)
# misses53ar: a cell or a ring "taken down" by the police or the army
# ("troops took down a cell of five"): an arrest, as "broke up a ring" above
# and Arabic "الإطاحة بخلية" are read.
GUARDED_VERB_TRIGGERS[("COERCE", "dismantle")] += (
    (("took down", "taken down", "takes down"), ("cell", "cells", "network", "ring", "gang"), 5, 0),
)
# misses53ar: a vow to crush or hunt down a named enemy ("vowed to crush the
# insurgents", "pledged to hunt down those responsible"): force promised
# (PLOVER THREATEN), as Arabic "تعهد بالقضاء على هؤلاء المجرمين" is read;
# a vow to wipe out poverty or corruption harms no one, so the enemy must
# follow.
GUARDED_VERB_TRIGGERS[("THREATEN", "threat")] = (
    *GUARDED_VERB_TRIGGERS.get(("THREATEN", "threat"), ()),
    (
        tuple(
            f"{vow} to {harm}"
            for vow in ("vowed", "vows", "pledged", "pledges", "promised", "promises")
            for harm in ("crush", "wipe out", "eliminate", "destroy", "hunt down", "annihilate")
        ),
        (
            *("insurgents", "insurgency", "militants", "terrorists", "rebels", "criminals"),
            *("those responsible", "the perpetrators", "the attackers", "Islamic State"),
            *("Boko Haram", "the Houthis", "the Taliban", "al-Shabaab", "the militia"),
        ),
        4,
        0,
    ),
)
# misses53ar: a clandestine crossing foiled by the coast guard ("the coast
# guard foiled an illegal migration attempt by 18 people"): the migrants
# are stopped and held (PLOVER COERCE), as Arabic "أحبطت … عملية اجتياز
# للحدود خلسة" is read; an attack foiled stays no attack.
GUARDED_VERB_TRIGGERS[("COERCE", "seize")] = (
    *GUARDED_VERB_TRIGGERS.get(("COERCE", "seize"), ()),
    (
        ("foiled", "foils", "thwarted", "thwarts"),
        (
            *("illegal migration", "illegal emigration", "irregular migration"),
            *("illegal crossing", "clandestine crossing", "illegal border crossing"),
        ),
        5,
        0,
    ),
)
# falsehits54: a collision or a vehicle that overturned told by what the
# vehicles did ("killed when two trains collided", "the lorry overturned"),
# as Arabic "اصطدام قطاري" and Persian "برخورد دو قطار" are read. Not bare
# "overturned": a court overturns a verdict.
VETO_WORDS[("ASSAULT", "*")] += (
    *("collided", "head-on collision"),
    *(
        f"{vehicle} overturned"
        for vehicle in ("bus", "lorry", "truck", "car", "vehicle", "minibus")
    ),
)
# noevent55fa: a deal named only as a goal, a chance or what something
#   stands in the way of ("an obstacle on the road to an agreement", "the
#   prospects for a deal") is no agreement reached; "reached an agreement"
#   stays.
NOT_TRIGGERS += tuple(
    f"{goal} {prep} {det}{deal}"
    for goal in (
        "road",
        "path",
        "obstacle",
        "obstacles",
        "chance",
        "chances",
        "prospect",
        "prospects",
        "hopes",
    )
    for prep in ("to", "of", "for")
    for det in ("an ", "a ", "the ", "")
    for deal in ("agreement", "deal", "accord")
)

# types57fa: a side's conduct called wrong or failed ("the wrong policies of
# the government", "its failed policies") is criticism of that side, as
# Persian "سیاست‌های غلط" and Arabic "السياسات الخاطئة" are read; only
# before a word of conduct ("wrong data", "a failed test" blame no side).
NOUN_TRIGGERS[("ACCUSE", "criticise")] += tuple(
    f"{w} {c}" for w in ("wrong", "misguided", "failed") for c in _CONDUCTS
)
# types57fa: someone held in prison ("has been in prison since 2018",
# "remains in jail") is detained (PLOVER COERCE), as "imprisoned" is read
# and Persian "در زندان به سر می‌برد", Arabic "يقبع في السجن". Mode "held":
# a release in the same sentence ("freed the fishermen who had been in
# prison") is the news, the holding its background.
FIXED_TRIGGERS[("COERCE", "held")] = tuple(
    f"{held} in {place}"
    for held in ("remains", "remain", "remained", "been", "languishing", "languishes")
    for place in ("prison", "jail", "detention")
)
VETO_WORDS[("COERCE", "held")] = ("freed", "released", "release of", "releasing")

# ---- accuse57: blame told without a verb of blaming ----
# - More words of blame after "described/branded/termed … as" ("described
#   the plan as illegitimate", "branded the attack brutal", "termed the
#   government incompetent", "described the vote as a farce"), as Persian
#   "را نامشروع/بی‌رحمانه/ناکارآمد خواند" and Arabic "وصفه بالمهزلة".
GUARDED_VERB_TRIGGERS[("ACCUSE", "criticise")] += (
    (
        ("described", "describes", "branded", "brands", "termed", "labelled", "labeled"),
        ("illegitimate", "brutal", "incompetent", "a farce", "a sham", "a disgrace"),
        10,
    ),
)

# ---- politics63ar: a deed held a farce, a scandal or a reckless venture ----
# - "considered/deemed/called the appointments a scandal", "called the
#   initiative a reckless gamble": the speaker criticises the deed's doer
#   (PLOVER ACCUSE), as Arabic "اعتبر … فضيحة/مغامرة" and Persian "را
#   رسوایی/مضحکه خواند" are read.
GUARDED_VERB_TRIGGERS[("ACCUSE", "criticise")] += (
    (
        ("considered", "considers", "deemed", "deems", "called", "calls"),
        ("a farce", "a fiasco", "a scandal", "a reckless gamble", "a reckless adventure"),
        10,
    ),
)

# --- types59fa: a breach told in someone's words ---
# A side said to have broken a deal, a law or rights ("Araghchi said the
# United States had violated the deal"): the speaker blames it (PLOVER
# ACCUSE, mode "breach"), as Persian "گفت آمریکا برجام را نقض کرده است" and
# Arabic "قال … إن إيران انتهكت الاتفاق" are read. Only inside reported
# speech (the narrator's own "Iran has breached its commitments" is no one's
# blame: ``events``), with what is broken named after the verb; not a
# ceasefire (its breach is mostly fire).
BREACHED_OBJECTS: tuple[str, ...] = (
    *("deal", "agreement", "accord", "resolution", "commitments", "obligations", "law"),
    *("laws", "human rights", "terms", "treaty", "charter", "sovereignty", "contract"),
)
GUARDED_VERB_TRIGGERS[("ACCUSE", "breach")] = (
    *GUARDED_VERB_TRIGGERS.get(("ACCUSE", "breach"), ()),
    (
        ("violated", "violates", "breached", "breaches", "is violating", "are violating"),
        BREACHED_OBJECTS,
        6,
        0,
    ),
)
# --- end types59fa ---

# --- types62fa ---
# Warships escorting shipping ("two destroyers escorted the tankers through
# the strait"): forces deployed to guard it (PLOVER MOBILIZE), as Persian
# "ناو … نفتکش را اسکورت کرد" is read. Only with the ships escorted or a
# warship named near the verb: police escorting a convoy or a shipment of
# vaccine move no forces. Active forms only, as in Persian: "the tanker,
# escorted by the carrier, was hit" names its escort after "by".
_ESCORTED_SHIPS = (
    *("tanker", "tankers", "oil tankers", "ships", "vessels", "merchant ships"),
    *("commercial ships", "cargo ships", "shipping"),
)
GUARDED_VERB_TRIGGERS[("MOBILIZE", "deploy")] = (
    *GUARDED_VERB_TRIGGERS[("MOBILIZE", "deploy")],
    (("escorted", "escorting", "escorts"), (*_WARSHIPS, *_ESCORTED_SHIPS, "navy"), 4, 8),
)
# "escorted by": the passive, whose doer is not read (above)
NOT_TRIGGERS = (*NOT_TRIGGERS, "escorted by", "being escorted", "been escorted")
# A side said to be responsible for a harm that is no single deed of force
# ("Gantz said the Lebanese government is responsible for this
# escalation", "Lukashenko is responsible for the situation of the
# migrants"): the speaker blames it, as fa17 reads "was responsible for the
# attack" and Persian "مسئول این فاجعه است"; with the copula only, as there.
# Not "the crisis", which goes on into tasks ("the crisis response plan").
_HARMS = (
    *("situation", "catastrophe", "disaster", "escalation", "bloodshed"),
    *("deaths", "casualties", "instability", "chaos", "suffering"),
)
_HELD_FOR = tuple(
    f"{be} responsible for {this} {harm}"
    for be in ("was", "were", "is", "are", "had been", "has been", "have been")
    for this in ("the", "this", "that", "these")
    for harm in _HARMS
)
FIXED_TRIGGERS[("ACCUSE", "allege")] += _HELD_FOR
NOT_TRIGGERS += tuple(f"{who} {p}" for who in ("who", "that", "which") for p in _HELD_FOR)
# --- end types62fa ---

# --- types64fa ---
# A side said to be in coordination with another ("We are in close
# coordination with Britain, Israel and Romania", "Jordan remains in constant
# coordination with Egypt"): coordinating now, PLOVER COOPERATE, as
# "coordinating with" is read (verbs48ar) and as Persian "در هماهنگی نزدیک با
# … هستیم" and Arabic "على تنسيق وثيق مع". The copula right before it makes
# it the clause's predicate; a fronted adverb ("In coordination with Britain,
# the United States will respond") tells no coordination of its own.
_IN_COORDINATION = tuple(
    f"in {how}coordination"
    for how in ("", "close ", "constant ", "continuous ", "full ", "direct ", "permanent ")
)
GUARDED_VERB_TRIGGERS[("COOPERATE", "cooperation")] += (
    (
        _IN_COORDINATION,
        ("is", "are", "am", "was", "were", "remain", "remains", "remained", "been"),
        0,
        2,
    ),
)
# --- end types64fa ---


# recall64ar: protesters who pelt someone with eggs, tomatoes or stones
# ("protesters pelted the candidate with eggs") demonstrate (PLOVER
# PROTEST), as Arabic "رشقوها بالبيض" and Persian "تخم‌مرغ پرتاب کردند" are
# read; the thing thrown must follow the verb.
GUARDED_VERB_TRIGGERS[("PROTEST", "demonstrate")] = (
    *GUARDED_VERB_TRIGGERS.get(("PROTEST", "demonstrate"), ()),
    (
        ("pelted", "pelt", "pelting", "pelts"),
        ("eggs", "tomatoes", "stones", "rocks", "bottles", "shoes"),
        8,
    ),
)


# --- blame64: a deed of force said to be a state's work --------------------
# "Britain said the attack on the tanker was the work of Iran": the speaker
# blames that state as "was behind the attack" does (PLOVER ACCUSE, the
# deed only alleged), as Persian "حمله … کار ایران بوده است" reads. Only
# with a state named right after "the work of" and a deed of force
# (``_BEHIND_DEEDS``) up to eight words before: "the work of the
# committee" or "the work of Iran's diplomats" on a treaty blames no one.
_WORK_OF = tuple(
    f"{be} the {work} of {name}"
    for names in _COUNTRY_NAMES.values()
    for name in names
    for be in ("was", "were", "is", "are")
    for work in ("work", "handiwork")
)
GUARDED_FIXED_TRIGGERS: dict[tuple[str, str], tuple[_Rule, ...]] = {
    ("ACCUSE", "allege"): ((_WORK_OF, _BEHIND_DEEDS, 0, 8),),
}
# --- end blame64 ---

# recall67fa: a side that says it will respond to an attack, an aggression or
# sanctions ("will respond to any attack", "would respond to the new
# sanctions") promises harm in return (PLOVER THREATEN), as "will retaliate",
# Persian "به هرگونه حمله پاسخ خواهد داد" and Arabic "سترد على أي هجوم" are
# read. The hostile deed must follow within three words: "would respond to
# questions about the attack" answers a question. A strike only as a deed of
# arms (mendB67): "would respond to the strike by teachers" meets a labour
# strike, no threat. A two-word strike may end further on than the three
# words ("to the Israeli air strikes").
_ARMED_STRIKES = tuple(
    f"{arm} {strike}"
    for arm in ("air", "military", "missile", "drone")
    for strike in ("strike", "strikes")
)
GUARDED_VERB_TRIGGERS[("THREATEN", "threat")] = (
    *GUARDED_VERB_TRIGGERS.get(("THREATEN", "threat"), ()),
    (
        ("will respond", "would respond", "shall respond"),
        (
            *("attack", "attacks", "aggression", "incursion", "provocation", "provocations"),
            *("sanctions", "violation", "violations", "threat", "threats"),
            *("airstrike", "airstrikes"),
        ),
        3,
        0,
    ),
    (("will respond", "would respond", "shall respond"), _ARMED_STRIKES, 5, 0),
)

# senses71fb: blood and organs donated are no aid between parties, as
# Persian "اهدای خون" and Arabic "التبرع بالدم". mendC71: no "blood bank":
# a state's money to rebuild one is aid.
VETO_WORDS[("AID", "*")] = (
    *VETO_WORDS.get(("AID", "*"), ()),
    *("donate blood", "donated blood", "donating blood", "blood donation", "blood donations"),
    *("blood drive", "organ donation", "organ donor", "donated organs"),
    *("donate organs", "donated his organs", "donated her organs"),
)

# arabic72: a ceasefire named in a sentence about an accident ("three
# soldiers died in a traffic accident a day after the ceasefire") is a
# time's mark, no agreement reported. mendB72: only a ceasefire named after
# a time's word (``TIME_MARK_LEADS``): the accident's words vetoed every
# agreement of their sentence ("agreed to a ceasefire, hours after a car
# crash killed two soldiers").
TIME_MARK_LEADS: tuple[str, ...] = ("after", "before", "since", "following")
TIMED_VETO_WORDS: dict[tuple[str, str], tuple[str, ...]] = {}
TIMED_VETO_WORDS[("AGREE", "agreement")] = (
    *("traffic accident", "car accident", "road accident", "bus accident", "train accident"),
    *("plane crash", "helicopter crash", "car crash", "bus crash", "shooting accident"),
)

# english72: the war noun told as going on ("the war between government
# forces and the Taliban continues", "the civil war in Yemen goes on"),
# read as armed clashes as Persian "جنگ … ادامه دارد" and Arabic "تتواصل
# الحرب بين …" are since recall70fa (PLOVER ASSAULT, fight). Its own mode:
# a war with no side named understands no attacker, so only a war whose two
# sides stand in its phrase is read; a figure's adjective before it ("trade
# war", "war of words") keeps it out (``context.CLOSED_SIDE_LEADS``).
CLOSED_NOUN_TRIGGERS[("ASSAULT", "fight")] = ("war",)

# english72: a bare town as the object of a verb of seizing ("the Taliban
# captured Kunduz", "Iraqi forces retook Mosul", "rebels seized Goma") is
# territory taken by force, as "captured the city of Kunduz" is; the town's
# hit stands for the object (``extract/syntax.TOWN_OBJECT``), read only in
# the active with the town as the whole object (``context.TOWN_OBJECT_LEADS``,
# ``TOWN_OBJECT_FOLLOWERS``): not "captured Kandahar airport" (the airport's
# own frame), "seized Tehran's assets" or "captured Kabul residents".
FRAME_TRIGGERS[("ASSAULT", "capture")] = (
    FRAME_TRIGGERS[("ASSAULT", "capture")][0],
    (*FRAME_TRIGGERS[("ASSAULT", "capture")][1], "@town"),
)

# ---- nonevent74ar: a decree or an executive order signed ----
# A head of state signing a decree, an executive order or a bill into law
# acts alone: no agreement between actors (PLOVER AGREE), as a book or a
# degree certificate signed (above); Arabic "توقيع … مرسوما", Persian "فرمان
# اجرایی … را امضا کرد" alike. What the order does (a ban) is read on its own.
# mendB76: only as the signed object, within four words after the verb in
# its clause ("signed an executive order", "signed the bill into law"); "a
# pact signed days after a presidential decree" is an agreement.
OBJECT_VETO_REACH: tuple[int, int] = (4, 0)
OBJECT_VETO_WORDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("AGREE", "sign"): ("executive order", "presidential order", "decree", "decrees", "into law"),
}
# left78: a decree after a word of time frames the deed ("signed an
# agreement after a royal decree", "days before the decree"): no object of it.
OBJECT_VETO_FRAMES: tuple[str, ...] = ("after", "before", "following", "since")
# ---- recall75fa: a reprisal said to be given ----
# A response named as a reprisal by its adjective and told as to be given or
# delivered ("a collective response will be given to Iran", "we will give a
# coordinated response to the attack") promises harm in return (PLOVER
# THREATEN), as "an appropriate response is coming" (request35fa) and Persian
# "پاسخی جمعی به ایران داده می‌شود" are read. Not an apt answer ("the
# questions will be given an appropriate response"): only adjectives of force
# or of allies acting together.
_REPRISAL_RESPONSES = tuple(
    f"{how} response"
    for how in (
        *("collective", "coordinated", "firm", "harsh", "tough", "military"),
        *("decisive", "strong", "crushing", "forceful", "severe"),
    )
)
GUARDED_VERB_TRIGGERS[("THREATEN", "threat")] += (
    (
        tuple(
            f"{will} {verb}"
            for will in ("will", "would")
            for verb in ("be given", "be delivered", "give", "deliver")
        ),
        _REPRISAL_RESPONSES,
        4,
        4,
    ),
)

# recall75ar: the arms themselves found by troops or the police ("police
# found weapons and ammunition in his car", "discovered explosives in the
# flat"): a seizure (PLOVER COERCE), as the cache above and Arabic "عثرت على
# أسلحة" / Persian "سلاح و مهمات کشف کردند". Not a bomb found (an attack
# foiled) nor traces of explosives (evidence).
GUARDED_VERB_TRIGGERS[("COERCE", "confiscate")] += (
    (
        ("found", "discovered", "uncovered"),
        ("weapons", "ammunition", "explosives", "firearms", "rifles", "pistols", "guns"),
        4,
        0,
    ),
)
GUARD_NOT_OBJECTS += ("traces of explosives", "explosive traces", "weapons of mass destruction")
# mendB76: chemical weapons found by inspectors are evidence of their use,
# and weapons told as used ("found chemical weapons were used", "found the
# weapons had been used") are the means of a deed, not arms seized.
GUARD_NOT_OBJECTS += (
    *("chemical weapons", "weapons were used", "weapons was used", "weapons had been used"),
    *("weapons have been used", "firearms were used", "explosives were used"),
)
# senses77: a mountain's top ("the summit of Everest", "the mountain's
# summit") is no summit meeting; "the summit of the Arab League" stays one.
NOT_TRIGGERS += (
    *("summit of mount", "summit of mt", "summit of everest", "summit of the mountain"),
    *("summit of the hill", "mountain summit", "mountain's summit", "everest summit"),
    *("summit of kilimanjaro", "summit of k2", "highest summit"),
)

# types78fa: a place cleared of armed men ("troops began an operation to
# clear the city of Taliban fighters", "a clearing operation against
# militants") is fighting them (PLOVER ASSAULT, a military offensive), as
# Persian "عملیات پاکسازی از وجود طالبان" and Arabic "تطهير المدينة من
# الميليشيات". Only with the armed men named right after: a clearing also
# removes mines, rubble or a backlog.
# mendC79: a place cleared "of" holds what was removed right after "of",
# a determiner or a nationality adjective at most before it ("of the
# militants", "of Kurdish rebels"); "cleared the town of debris left by
# fighters" is no fighting: the words after "of" are read two deep, not five.
_CLEARED_ARMED = (
    *("militants", "insurgents", "rebels", "taliban", "fighters", "militias"),
    "terrorists",
)
GUARDED_VERB_TRIGGERS[("ASSAULT", "attack")] += (
    (
        (
            *("clearing operation", "clearing operations", "clearance operation"),
            "clearance operations",
        ),
        _CLEARED_ARMED,
        5,
        0,
    ),
    (
        (
            *("cleared the city of", "cleared the town of", "clear the city of"),
            *("clear the town of", "cleared the area of"),
        ),
        _CLEARED_ARMED,
        2,
        0,
    ),
)

# ---- left78: "meet" a response or a requirement is no meeting ----
# "Any attack will meet a swift response", "would meet the
# criteria", "failed to meet the deadline", "met fierce resistance": the
# verb encounters or satisfies its object, no side meets another (PLOVER
# CONSULT), as Arabic "سيقابل برد" and Persian "با پاسخ … مواجه خواهد شد"
# hold no meeting verb. A response met may carry an adjective of force; the
# requirements are written with a determiner or none. "met with the
# minister" stays a meeting, and so does "meet with a response team": "with"
# is read before a bare response only where the noun is no team's.
_MEET_FORMS = ("meet", "meets", "met", "meeting")
_FORCEFUL = (
    *("swift ", "firm ", "strong ", "decisive ", "harsh ", "crushing ", "fierce "),
    *("stiff ", "tough ", "resolute ", "forceful ", "severe ", "military ", "quick "),
    *("immediate ", "appropriate ", "proportionate ", "determined ", "robust "),
)
_MET_RESPONSES = ("response", "reaction", "resistance", "retaliation", "reprisal")
_MET_HARM = ("resistance", "retaliation", "reprisal")
_MET_REQUIREMENTS = (
    *("deadline", "criteria", "requirement", "requirements"),
    *("standard", "standards", "target", "targets", "expectations", "needs"),
    *("conditions", "obligations", "goals", "commitments", "threshold", "costs"),
)
_MET_RESPONSE_PHRASES = (
    *(
        f"{det}{how}{noun}"
        for det in ("a ", "an ", "")
        for how in _FORCEFUL
        for noun in _MET_RESPONSES
    ),
    *(f"{det}{noun}" for det in ("a ", "an ", "") for noun in _MET_RESPONSES),
)
NOT_TRIGGERS += tuple(
    f"{meet} {phrase}" for meet in _MEET_FORMS for phrase in _MET_RESPONSE_PHRASES
)
# not "met with": "will be met with a strong response" is types41fa's threat,
# whose phrase a longer veto here would hide
NOT_TRIGGERS += tuple(
    f"{meet} with {det}{how}{noun}"
    for meet in _MEET_FORMS
    if meet != "met"
    for det in ("a ", "an ", "")
    for how in _FORCEFUL
    for noun in _MET_RESPONSES
)
NOT_TRIGGERS += tuple(
    f"{meet} with {noun}" for meet in _MEET_FORMS if meet != "met" for noun in _MET_HARM
)
NOT_TRIGGERS += tuple(
    f"{meet} {det}{noun}"
    for meet in _MEET_FORMS
    for det in ("", "the ", "its ", "their ", "his ", "her ", "our ", "all ", "all the ")
    for noun in _MET_REQUIREMENTS
)
# A deed that "will meet" a response promises harm, as one that "will be met
# with" it does (types41fa's ``_MET_WITH``): the whole phrase is the trigger,
# the longest match over the meeting's veto above.
VERB_TRIGGERS[("THREATEN", "threat")] += tuple(
    f"{will} meet {phrase}"
    for will in ("will", "would", "shall")
    for phrase in _MET_RESPONSE_PHRASES
    if not phrase.endswith(("reaction", "resistance"))
)

# adjective80: "offensive" and "attack" before a noun of arms, craft or
# capability name what the thing is for ("offensive weapons", "attack
# helicopters", "attack drones"), not a deed (PLOVER ASSAULT needs one), as
# Persian "قایق‌های تهاجمی" and Arabic "طائرات هجومية". Buying or deploying
# them is read by its own verb.
_ARMS_NOUNS = (
    *("weapon", "weapons", "missile", "missiles", "helicopter", "helicopters"),
    *("boat", "boats", "drone", "drones", "aircraft", "submarine", "submarines"),
    *("jet", "jets", "craft", "capability", "capabilities", "arms", "systems"),
)
NOT_TRIGGERS += tuple(f"{adj} {noun}" for adj in ("offensive", "attack") for noun in _ARMS_NOUNS)

# ---- precision81fa: prices and capacities set free ----
# Prices or capacities set free ("the liberalisation of fuel prices", "freed
# up capacity") are an economy's reform, no captive released to another side
# (PLOVER CONCEDE), as Persian "آزادسازی قیمت" and "آزاد کردن ظرفیت‌ها".
# Phrases that block only the trigger they begin with (mendB82): as a
# sentence's veto they also dropped a release told beside the reform ("Iran
# freed two sailors a day after it moved to free prices"); "price
# liberalisation" holds no trigger, so it needs no entry.
NOT_TRIGGERS += tuple(
    f"{verb} {what}"
    for verb in ("frees", "freed", "freeing")
    for what in ("up capacity", "prices", "the prices")
)


# noevent85: a deed noun qualified as daily or as the known repeated kind
# ("the mosque sees daily raids", "a strike against the repeated attacks on
# doctors") names a practice, no one deed, as Arabic "اقتحامات يومية" and
# Persian "حملات روزانه" are read: the phrase hides the trigger. Not
# "repeated strikes" after a verb of launching ("launched repeated strikes
# on Monday" tells strikes done): only "daily" and "the repeated"; not
# clashes, daily fighting going on.
_PRACTICE_NOUNS = (
    *("raids", "attacks", "assaults", "incursions", "arrests"),
    *("threats", "violations", "air strikes", "airstrikes"),
)
NOT_TRIGGERS = NOT_TRIGGERS + (
    *(f"{daily} {noun}" for noun in _PRACTICE_NOUNS for daily in ("daily", "almost daily")),
    # mendA86: "the repeated" only after a preposition, a grievance ("a
    # strike against the repeated attacks"): after a verb ("carried out the
    # repeated raids on Monday") it names deeds done
    *(
        f"{prep} the repeated {noun}"
        for prep in ("against", "over", "of", "about", "to", "by", "from", "amid", "after")
        for noun in _PRACTICE_NOUNS
    ),
)

# senses96: a report or a study that warns ("the report warns that sea
# levels …") foresees a danger and threatens or blames no one, as Arabic
# "حذر تقرير" and Persian "این گزارش هشدار می‌دهد".
NOT_TRIGGERS += tuple(
    f"{report} {warn} {that}"
    for report in (
        "report",
        "the report",
        "a report",
        "new report",
        "study",
        "the study",
        "a study",
        "new study",
    )
    for warn in ("warns", "warned", "has warned", "warning")
    # mendA97: only where what is warned of follows; "a UN report warns
    # Israel against …" names the side warned
    for that in ("that", "of")
)

# recall66: a state summoning its own ambassador ("France summoned its
# ambassador in Canberra home for consultations") calls him home: PLOVER
# SANCTION (reduce relations), as "recalled its ambassador" and Arabic
# "استدعت سفيرها" already read; summoning another state's envoy stays ACCUSE.
_OWN_ENVOYS = tuple(
    f"{whose} {envoy}"
    # mendR97: not "their", as often the other side's envoy ("Ankara summoned
    # their ambassador"; review96a finding 11)
    for whose in ("its",)
    for envoy in ("ambassador", "ambassadors", "envoy", "envoys")
)
GUARDED_VERB_TRIGGERS[("SANCTION", "cut_ties")] = (
    *GUARDED_VERB_TRIGGERS.get(("SANCTION", "cut_ties"), ()),
    # outlets67: "phrase" keeps the envoy in the verb's phrase
    (("summoned", "summons", "summon", "summoning"), _OWN_ENVOYS, 2, GUARD_WINDOW[0], "phrase"),
)
VETO_WORDS[("ACCUSE", "summon")] = (
    *VETO_WORDS.get(("ACCUSE", "summon"), ()),
    *(f"{verb} {envoy}" for verb in ("summoned", "summons", "summon") for envoy in _OWN_ENVOYS),
)

# --- senses104: words in another sense ---
# A receiving verb whose object is cases, casualties, a flight, news or a
# crowd of pilgrims, refugees or tourists ("the hospital received ten
# wounded soldiers", "the airport received its first flight", "the kingdom
# will receive millions of pilgrims") admits or hosts and holds no meeting,
# as Arabic "استقبل المستشفى … حالات": only within five words after the verb
# in its clause, and not after a delegation or its head ("received a
# delegation of pilgrims", "received the head of the refugee agency").
_RECEIVED_NOT_GUESTS = (
    *("wounded", "injured", "casualties", "patients", "cases", "flight", "flights", "news"),
    *("pilgrims", "refugees", "displaced", "migrants", "tourists", "visitors", "thousands"),
    *("millions", "shipment", "shipments", "applications", "complaints"),
)
_RECEIVED_GUESTS = (
    *("delegation", "delegations", "head", "heads", "director", "chief", "envoy"),
    *("ambassador", "representatives", "representative", "leader", "leaders"),
    # mendS104: a commissioner, a minister or an agency received first ("received
    # UN High Commissioner for Refugees Filippo Grandi")
    *("commissioner", "minister", "secretary", "president", "agency", "counterpart"),
)
# mendS104: a preposition within two words before the word makes it no object
# ("received Putin off the flight", "after his flight", "Commissioner for
# Refugees")
_RECEIVED_IN = ("off", "on", "after", "aboard", "for", "from", "at", "upon", "by")
CONFINED_VETO_WORDS: dict[tuple[str, str], tuple[dict[str, tuple[str, ...] | int], ...]] = {
    ("CONSULT", "meeting"): (
        {
            "stems": ("receiv",),
            "words": _RECEIVED_NOT_GUESTS,
            "stops": _RECEIVED_GUESTS,
            "reach": 5,
            "leads": _RECEIVED_IN,
        },
    ),
}
# --- end senses104 ---


# --- recognise109: a state, a government or its independence recognised ---
# "Sweden recognised the State of Palestine", "its recognition of the new
# government": a state recognising another's statehood or government
# (PLOVER SUPPORT, endorse), as Persian "… را به رسمیت شناخت" and Arabic
# "اعترفت … بدولة" are read. The verb also acknowledges a fact or a merit
# ("recognised that …", "recognised the need for …"): only with a state, a
# government, its independence or sovereignty, or a state's name within
# three words after it (the object, right after the verb or its article).
# The noun only with its owner ("its recognition of"), as the Arabic
# "اعترافها": a bare "recognition of" is often a topic with no doer.
# mendE109 (review109d F2, F3): a bare state's name after the verb is as
# often a merit, a threat or a list ("recognised Qatar's mediation efforts",
# "recognized Iran as a threat", "recognised Palestine along with Spain"):
# only an explicit state word is the object now.
_RECOGNISED_STATES = ("state", "government", "republic", "independence", "sovereignty")
# mendE109 (F3): the state word owning what is recognised ("recognized the
# government's mistakes") is no state recognised: vetoed with the clause.
_OWNED_STATES = ("government's", "state's", "republic's", "government’s", "state’s")
_RECOGNISE = tuple(
    f"{stem}{ending}" for stem in ("recognis", "recogniz") for ending in ("e", "es", "ed", "ing")
)
GUARDED_VERB_TRIGGERS[("SUPPORT", "endorse")] = (
    *GUARDED_VERB_TRIGGERS.get(("SUPPORT", "endorse"), ()),
    (_RECOGNISE, _RECOGNISED_STATES, 3, 0),
)
GUARDED_FIXED_TRIGGERS[("SUPPORT", "endorse")] = (
    *GUARDED_FIXED_TRIGGERS.get(("SUPPORT", "endorse"), ()),
    (("its recognition of", "their recognition of"), _RECOGNISED_STATES, 4, 0),
)
# A clause after the verb acknowledges a fact about the state named, no
# recognition ("officials recognise China is a partner", "recognised that
# Iran had complied"): a finite verb or "that" within three words after it.
CONFINED_VETO_WORDS[("SUPPORT", "endorse")] = (
    *CONFINED_VETO_WORDS.get(("SUPPORT", "endorse"), ()),
    {
        "stems": ("recogni",),
        "words": ("that", *("is", "was", "are", "were", "has", "had", "have"), *_OWNED_STATES),
        "stops": (),
        "reach": 3,
    },
)
# --- end recognise109 ---


# mendG109 (diffread74 F3): "recognised" right before the state word is its
# adjective ("the internationally recognised government", "the UN-recognised
# government", "Yemen's recognized government"): a government described, no
# state recognising it. The verb takes its object with an article or an
# owner ("recognised the government", "recognised Kosovo's government"), so
# a bare state word right after it is the adjective's noun.
NOT_TRIGGERS += tuple(
    f"{verb} {noun}"
    for verb in ("recognised", "recognized")
    for noun in ("government", "governments", "state", "states", "republic")
)
