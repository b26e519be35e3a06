"""English nouns for agents inside states, and named movements and parties.

Base forms are lower case; the matcher adds the plural and possessive
endings of the "noun" class ("protester" matches "protesters"). Irregular
plurals are listed as they are ("gunmen").
"""

from __future__ import annotations

AGENT_NOUNS: dict[str, tuple[str, ...]] = {
    "GOV": (
        "security cabinet",  # the government's, not its security forces
        "ministries",
        "authority",
        "authorities",
        "ministry",
        "interior ministry",
        "ministry of interior",
        "presidency",
        "regime",
        "junta",
        "governor",
        "mayor",
        "municipality",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "transitional government",
        "interim government",
    ),
    "MIL": (
        "reservists",
        "conscripts",
        "mercenaries",
        "mercenary",
        "drones",
        "military drones",
        "soldiers",
        "military personnel",
        "air strike",
        "airstrike",
        "drone strike",
        "missile strike",
        "warplane",
        "fighter jets",
        "gunboats",
        "special forces",
        "ground forces",
        "government forces",
        "army base",
        "army post",
        "military base",
        "military convoy",
        "troop",
        "paratroopers",
        "national guard",
        "military units",
        "military unit",
        # a republican or presidential guard is an army corps
        "republican guard",
        "presidential guard",
        "soldier",
        "troops",
        "army",
        "armed forces",
        "air force",
        "navy",
        "marines",
        "forces",
        "warplanes",
        "warships",
        "general",
        # agents23ar: the other officers' ranks before a name
        "colonel",
        "brigadier",
        "admiral",
        "commander",
        "defence forces",
        "defense forces",
        "peacekeepers",
        "navy ships",
    ),
    "COP": (
        # police as the target of force: "gunmen killed a policeman"
        "police officers",
        "policewoman",
        "traffic officer",
        "security officers",
        "security personnel",
        "counter-terrorism police",
        "anti-terrorism police",
        "interior ministry forces",
        "riot squad",
        "police",
        "policeman",
        "policemen",
        "police officer",
        "security forces",
        "security services",
        "security agents",
        "intelligence services",
        "intelligence agency",
        "intelligence",
        "border guards",
        "border police",
        "riot police",
        "gendarmes",
        "gendarmerie",
        "secret police",
        # agents106: a head of state's protective service, as Arabic
        # "الخدمة السرية" is read; main gave it its country's government
        "secret service",
    ),
    "JUD": (
        # officials of the judiciary, as "security officials" are of the police
        "judicial official",
        "judicial officials",
        "judicial authorities",
        "high court",
        "appeals court",
        "appeal court",
        "military court",
        "criminal court",
        "district court",
        "magistrate",
        "magistrates",
        "public prosecutor",
        "prosecution",
        "investigators",
        "court",
        "courts",
        "judge",
        "judges",
        "judiciary",
        "prosecutor",
        "prosecutors",
        "attorney general",
        "supreme court",
        "constitutional court",
        "tribunal",
    ),
    "LEG": (
        "parliament speaker",
        "deputies",
        "lawmaker",
        "legislator",
        "legislators",
        "parliamentarian",
        "mp",
        "mps",
        "senator",
        "congressman",
        "congresswoman",
        # members of parliament called the people's deputies (not the people)
        "people's representatives",
        "members of parliament",
        "member of parliament",
    ),
    "PTY": (
        "ruling party",
        "party",
        "parties",
        "ruling coalition",
    ),
    "OPP": (
        # rights defenders sentenced or detained
        "human rights defender",
        "human rights defenders",
        "human rights lawyer",
        "rights lawyer",
        "rights activist",
        "rights activists",
        # agents20: activists named by their sex are activists, not "women"
        "women activists",
        "women's rights activists",
        "female activists",
        "student activist",
        "student activists",
        "far-right leader",
        "far-left leader",
        "opposition politician",
        "opposition politicians",
        "opposition lawmaker",
        "opposition lawmakers",
        "opposition supporters",
        "opposition candidate",
        "government critic",
        "government critics",
        "pro-democracy activists",
        "pro-democracy activist",
        "opposition",
        "opposition party",
        "opposition parties",
        "opposition leader",
        "opposition coalition",
        "opposition activist",
        "opposition figures",
        "dissident",
        "dissidents",
        "activist",
        "activists",
    ),
    "REB": (
        # armed volunteers who fight for a side (Yemen's, Libya's): militias
        *("popular committees", "popular committee"),
        "insurgent group",
        "armed faction",
        "armed factions",
        "guerrillas",
        "guerrilla",
        "jihadist group",
        "islamist militants",
        "islamist fighters",
        "extremists",
        "rebel group",
        "rebel groups",
        "rebel fighters",
        # agents20: the opposition's fighters and forces are rebels
        "opposition fighters",
        "opposition forces",
        "armed opposition",
        # recall20ar: the opposition's gunmen, as Arabic "مسلحون معارضون"
        "opposition gunmen",
        "rebel",
        "rebels",
        "insurgent",
        "insurgents",
        "militant",
        "militants",
        "militia",
        "militias",
        "militiamen",
        "paramilitary",
        "paramilitaries",
        "armed group",
        "armed groups",
        "jihadist",
        "jihadists",
        "fighters",
        "terrorists",
        "separatists",
    ),
    "UAF": (
        "gunman",
        "gunmen",
        # masked men nobody names
        "masked men",
        "masked gunmen",
        "masked attackers",
        "attacker",
        "attackers",
        "assailant",
        "assailants",
        "bomber",
        "bombers",
        "suicide bomber",
        "unidentified gunmen",
        "unknown gunmen",
        # agents36ar: an unknown person is the unidentified doer, not a
        # civilian (Arabic "شخص مجهول", Persian "فرد ناشناس")
        "unknown man",
        "unknown men",
        "unknown person",
        "unidentified man",
        "unidentified men",
        "armed men",
        "armed man",
        "armed woman",
        # tribal and clan fighters no name tells apart ("armed tribesmen",
        # "tribal clashes in southern Libya")
        "armed tribesmen",
        "tribesmen",
        "tribal gunmen",
        "tribal fighters",
        "clan fighters",
        "tribal clashes",
        "clan clashes",
    ),
    "CVL": (
        # agents36ar: a lawyer pleads for a client and is arrested or tried
        # as one; no court (JUD), as Arabic "محامي" and Persian "وکیل"
        "lawyer",
        "lawyers",
        "defence lawyer",
        "defense lawyer",
        "human rights lawyer",
        # hunger strikers are prisoners or protesters, not workers on strike
        "hunger striker",
        "hunger strikers",
        # people sentenced, arrested or killed for who they are
        "foreigners",
        "foreign national",
        "foreign nationals",
        "dual national",
        "dual nationals",
        # "three British nationals": a state's people, as Arabic "مواطنين" and
        # Persian "شهروند" are read ("national" alone is an adjective)
        "nationals",
        "farmer",
        "shepherd",
        "shepherds",
        "citizen",
        # an unspecified individual of a country ("a Palestinian man")
        "man",
        "men",
        "woman",
        "boy",
        "girl",
        "teenager",
        "youth",
        "youths",
        "person",
        "victims",
        "survivors",
        "earthquake victims",
        "passers-by",
        "pedestrians",
        "tourist",
        "prisoners",
        "prisoner",
        "detainees",
        "detainee",
        "captives",
        "inmates",
        "crew",
        "crew members",
        "sailors",
        "seafarers",
        # the singulars ("killed a British sailor"): base forms take the plural
        "crew member",
        "sailor",
        "seafarer",
        "farmers",
        "shoppers",
        "voters",
        "bystanders",
        "residents",
        # tri30a: the border porters of Kurdistan, as Persian "کولبر"
        "porter",
        "porters",
        "kolbar",
        "kolbars",
        # aragents18: elders and chiefs of tribes and clans speak for their
        # people, not for the state ("met tribal elders")
        "tribal elders",
        "tribal leaders",
        "tribal chiefs",
        # agents27ar: a tribe's sheikh, as the Arabic "شيخ عشيرة"
        "tribal sheikh",
        "tribal sheikhs",
        "tribal sheik",
        "tribal sheiks",
        "tribal sheikhs",
        "clan elders",
        "clan leaders",
        "families",
        "citizens",
        "family members",
        "relatives",
        # agentsar110: a town's notables, as Arabic "الأعيان", "الوجهاء"
        "notables",
        "peasants",
        "herders",
        "motorists",
        "commuters",
        "fans",
        "civilian",
        "civilians",
        "protester",
        "protesters",
        "demonstrator",
        "demonstrators",
        # protesters are civilians whatever they protest against (the spec:
        # CVL); OPP is for the opposition's parties, figures and activists
        "anti-government protesters",
        "anti-government demonstrators",
        "villagers",
        "people",
        "crowd",
        "crowds",
        "passengers",
        "settlers",
        "worshippers",
        "mourners",
        "children",
        "women",
        "fishermen",
        "tourists",
        "pilgrims",
        "hostages",
        "hostage",  # "freed a Japanese hostage" (arrests12b)
        # people told as individuals by age (people11): the victims and
        # the detained ("a toddler", "a pensioner", "an elderly man")
        "child",
        "baby",
        "babies",
        "infant",
        "toddler",
        "youngster",
        "elderly man",
        "elderly woman",
        "elderly people",
        "old man",
        "old woman",
        "pensioner",
        "retiree",
    ),
    "REF": (
        # the displaced inside their own country; migrants, refugees and
        # asylum seekers are OWNED_NOUNS (their state is not the host's)
        "displaced people",
        "displaced persons",
    ),
    "LAB": (
        "labourer",
        "labourers",
        "laborer",
        "laborers",
        "labour union",
        "labor union",
        "labour unions",
        "labor unions",
        "trade unionists",
        "factory workers",
        "oil workers",
        "port workers",
        "transport workers",
        "civil servants",
        "public sector workers",
        "workers",
        # a worker kidnapped or killed (people11); "aid worker" and "health
        # workers" are longer entries of their own agents
        "worker",
        "union",
        "unions",
        "trade union",
        "trade unions",
        "strikers",
        "employees",
        "dockworkers",
        "miners",
        # trades named by their work
        "truckers",
        "truck drivers",
        "lorry drivers",
        "bus drivers",
        "taxi drivers",
        "street sweepers",
    ),
    "BUS": (
        # traders and shop owners fined, raided or robbed
        "merchant",
        "merchants",
        "shop owner",
        "shop owners",
        "shopkeeper",
        "shopkeepers",
        "store owner",
        "store owners",
        "trader",
        "vendor",
        "vendors",
        "street vendors",
        "businesswoman",
        "businesswomen",
        "factory owner",
        "factory owners",
        "shipbuilder",
        "carmaker",
        "automaker",
        "conglomerate",
        "chaebol",
        "shipping company",
        "shipping firm",
        "airline",
        "airlines",
        "oil company",
        "oil companies",
        "energy company",
        "energy firm",
        "tech company",
        "tech giant",
        "manufacturer",
        "manufacturers",
        "exporter",
        "businesses",
        "lender",
        "chipmaker",
        "contractor",
        "contractors",
        "entrepreneur",
        "entrepreneurs",
        "company",
        "companies",
        "firm",
        "firms",
        "businessmen",
        "business people",
        "investors",
        "bank",
        "banks",
        "corporation",
        "traders",
        "exporters",
        "employer",
        "employers' federation",
        "employers' union",
        "business owners",
        "chamber of commerce",
    ),
    "MED": (
        "cameraman",
        "cameramen",
        "photojournalists",
        "news agency",
        "television",
        "tv channel",
        "broadcasters",
        "newspapers",
        "editor",
        "editors",
        "photographer",
        "photojournalist",
        "correspondent",
        "journalist",
        "journalists",
        "reporter",
        "reporters",
        "media",
        "newspaper",
        "broadcaster",
        "blogger",
        "bloggers",
        "radio station",
        "radio stations",
        "television channel",
        "television channels",
        "tv channels",
        "news agencies",
        "news website",
        "news websites",
        "media outlet",
        "media outlets",
        "press agency",
        "columnist",
        "columnists",
    ),
    "EDU": (
        "professor",
        "researcher",
        "researchers",
        "lecturers",
        "pupils",
        "academic",
        "student",
        "students",
        "teacher",
        "teachers",
        "university",
        "universities",
        "professors",
        "academics",
        "schoolchildren",
    ),
    "REL": (
        "nun",
        "clergyman",
        "rabbi",
        "rabbis",
        "monks",
        "monk",
        "nuns",
        "mosque",
        "mosques",
        "imams",
        "bishops",
        "pastor",
        "religious leader",
        "prayer leader",
        "prayer leaders",
        "cleric",
        "clerics",
        "preacher",
        "preachers",
        "imam",
        "priest",
        "priests",
        "bishop",
        "church",
        "clergy",
        "religious leaders",
        "ayatollah",
    ),
    "CRM": (
        # the arrested as named by the police (CAMEO codes suspects as criminals)
        "suspect",
        "suspects",
        "suspected smugglers",
        "trafficker",
        "thief",
        "thieves",
        "robber",
        "robbers",
        "gang leader",
        "smuggling suspects",
        "bandits",
        "armed bandits",
        "bandit",
        "drug cartel",
        "drug cartels",
        "drug lord",
        "gang members",
        "gangsters",
        "traffickers",
        "human traffickers",
        "people smugglers",
        "kidnappers",
        "poachers",
        "smuggler",
        "smugglers",
        "gang",
        "gangs",
        "drug traffickers",
        "criminals",
        "cartel",
        "cartels",
        "pirates",
        # those a police report says it caught
        "drug dealers",
        "drug dealer",
        "smuggling ring",
        "smuggling network",
        "crime syndicate",
        "criminal gang",
        "criminal network",
        # tri30a: delinquents and thugs who rob or beat people, as Arabic
        # "منحرفون", "بلطجية" and Persian "اشرار", "اراذل و اوباش"
        "delinquents",
        "delinquent",
        "thugs",
        "thug",
        "hoodlums",
        "outlaws",
    ),
    "NGO": (
        # agents57fa: campaigners for the environment are civil society, not
        # the opposition (arrests12b read them OPP; Persian readers code them
        # NGO); of the country they are placed in (context.LOCAL_AGENT_HEADS)
        "environmentalist",
        "environmentalists",
        "environmental activist",
        "environmental activists",
        "climate activist",
        "climate activists",
        # agents36ar: the bar, lawyers' own body (Persian "کانون وکلا")
        "bar association",
        "bar associations",
        "aid worker",
        "aid workers",
        "humanitarian workers",
        "ngo",
        "ngos",
        "charity",
        "charities",
        "rights group",
        "rights groups",
        "human rights group",
        # an observatory, network or centre "for Human Rights" ("the Syrian
        # Observatory for Human Rights"): its head names the NGO
        "observatory for human rights",
        "network for human rights",
        "center for human rights",
        "centre for human rights",
        "organization for human rights",
        "organisation for human rights",
        "league for human rights",
        "association for human rights",
        "institute for human rights",
        "human rights organization",
        "human rights organisation",
        "human rights groups",
        "aid group",
        "aid groups",
        "aid agencies",
        "civil society",
        "red cross",
        "red crescent",
    ),
    "HLH": (
        "medical staff",
        "medical workers",
        "healthcare workers",
        "clinic",
        "clinics",
        "ambulance",
        "ambulances",
        "surgeons",
        "midwives",
        "doctor",
        "doctors",
        "physician",
        "physicians",
        "nurse",
        "nurses",
        "hospital",
        "hospitals",
        "medics",
        "paramedics",
        "health workers",
    ),
}

# Round 13b (targets13b): aircraft, strikes from the air and guns that fire
# from afar are a state's armed forces when its adjective is written next to
# them ("Israeli jets struck", "a Russian air strike": that state's MIL, not
# the state as a whole), and of no country when none is: "an air strike
# killed eleven children in Yemen" names no Yemeni air force, and the
# victims' or the scene's country is not the attacker's (OWNED_NOUNS below).
# ---- doers14: an armed group nobody names ----
# "an armed group opened fire" tells of gunmen nobody identifies (UAF), not
# a rebel movement; "armed groups" and named groups stay among the rebels.
AGENT_NOUNS["UAF"] += ("an armed group", "unidentified armed group", "unknown armed group")

_FROM_AFAR: tuple[str, ...] = (
    "air strike",
    "airstrike",
    "drone strike",
    "missile strike",
    "warplane",
    "warplanes",
    "fighter jets",
    "drones",
    "military drones",
    "jet",
    "jets",
    "helicopter gunships",
    "attack helicopters",
    "military aircraft",
    "combat aircraft",
    "fighter planes",
    "artillery",
    "gunships",
    # agents27ar: tanks, armour and warships fire from afar too
    "tanks",
    "armoured vehicles",
    "armored vehicles",
    "warships",
)
AGENT_NOUNS["MIL"] = tuple(n for n in AGENT_NOUNS["MIL"] if n not in _FROM_AFAR)

# agents27ar: nouns the Arabic tables gained in the same round, for the
# parallel reports: jailers, investors, defectors, a constitutional council,
# parliamentary blocs; "think tanks" and storage tanks are no armour
_MORE_AGENT_NOUNS: dict[str, tuple[str, ...]] = {
    "COP": ("prison guard", "prison guards", "jailer", "jailers", "warder", "warders"),
    "BUS": ("investor",),
    "OPP": ("defector", "defectors"),
    "JUD": ("constitutional council",),
    "LEG": ("parliamentary bloc", "parliamentary blocs"),
}
for _agent, _nouns in _MORE_AGENT_NOUNS.items():
    AGENT_NOUNS[_agent] += tuple(n for n in _nouns if n not in AGENT_NOUNS[_agent])

# Ships and other owned things: an actor of its owner's sector (a
# "Greek-owned tanker" is GRC:BUS), with a country only when one is written
# next to it (a "cargo ship" seized at sea has none).
OWNED_NOUNS: dict[str, tuple[str, ...]] = {
    # A delegation is its state's envoys, its army's, its parliament's or its
    # businessmen, of the country written next to it only ("a Bahraini
    # delegation"): "the king received a delegation" says nothing of the
    # guests' country.
    "GOV": ("delegation", "official delegation", "government delegation"),
    "MIL": ("military delegation", "defence delegation", "defense delegation", *_FROM_AFAR),
    "LEG": ("parliamentary delegation", "congressional delegation"),
    "BUS": (
        "business delegation",
        "trade delegation",
        "shipowner",
        "oil tanker",
        "tanker",
        "cargo ship",
        "container ship",
        "merchant ship",
        "merchant vessel",
        "bulk carrier",
        "commercial vessel",
        "fishing boat",
        "fishing vessel",
    ),
    # Migrants, refugees and asylum seekers come from elsewhere: the coast
    # guard that rescues them, the state that hosts or deports them and the
    # place they are found tell nothing of theirs; only a country word next
    # to them does ("Syrian refugees") (ar-agents12).
    "REF": (
        "refugee",
        "refugees",
        "migrants",
        "migrant",
        "asylum seekers",
        "asylum-seekers",
    ),
}

# Nouns that are an agent only with a country adjective before them:
# "Saudi security detained activists" (its security forces), "Egyptian
# diplomacy condemned the attack" (its foreign ministry); alone they are
# security or diplomacy, no actor.
AGENT_NOUNS_WITH_COUNTRY: dict[str, tuple[str, ...]] = {
    "COP": ("security",),
    "GOV": ("diplomacy",),
    # actors17: a strike by guns or missiles from afar, or a raid, is a deed
    # of a state's armed forces: the state's adjective before its noun names
    # them as its doer ("Russian shelling killed four", "an Israeli raid
    # killed three"). Without one it names no one: rebels shell too.
    "MIL": (
        "shelling",
        "bombardment",
        "bombardments",
        "raid",
        "raids",
        "air raid",
        "air raids",
        "missile attack",
        "missile attacks",
        "drone attack",
        "drone attacks",
        # not "artillery fire": "artillery" is one of the forces from afar
        # (_FROM_AFAR), an army's without an adjective too
    ),
}

# "security" and "diplomacy" as the first word of a compound that names
# no actor ("Israeli security concerns", "Saudi security cooperation"), or
# one that is another body ("the Israeli security cabinet": AGENT_NOUNS).
_NOT_SECURITY_FORCES: tuple[str, ...] = tuple(
    f"{word} {what}"
    for word in ("security", "diplomacy")
    for what in (
        "concerns",
        "concern",
        "interests",
        "situation",
        "needs",
        "cooperation",
        "ties",
        "agreement",
        "pact",
        "guarantees",
        "arrangements",
        "threat",
        "threats",
        "zone",
        "fence",
        "barrier",
        "measures",
        "reasons",
        "grounds",
        "risk",
        "risks",
        "challenges",
        "policy",
        "efforts",
        "talks",
    )
)

# Longer words or phrases that contain an agent noun but are not one.
NOT_AGENTS: tuple[str, ...] = (
    # agents27ar: tanks that hold thoughts, oil or water are no armour
    "think tanks",
    "think tank",
    "oil tanks",
    "fuel tanks",
    "storage tanks",
    "water tanks",
    # a ministry of citizen protection (Greece's), not citizens (people11)
    "Citizen Protection",
    "citizen protection",
    "general assembly",
    "general secretary",
    "secretary general",
    "secretary-general",
    "attorney",
    "in general",
    "party to",
    "third party",
    "third parties",
    "working party",
    "people's republic",
    "people's",
    "peoples",
    "court of arbitration",
    "union territory",
    "european union",
    "african union",
    "soviet union",
    "customs union",
    "world bank",
    "development bank",
    "central bank",
    "bank of",
    "security council",
    *_NOT_SECURITY_FORCES,
    "forces of",
    "market forces",
    "task force",
    "intelligence-sharing",
    "artificial intelligence",
    "business intelligence",
    "opposition to",
    "media reported",
    "state media",
    # "general" (the rank) and "military" (the army) inside other words
    "general strike",
    "general election",
    "general elections",
    "general manager",
    "military presence",
    "military base",
    "military bases",
    "military facility",
    "military facilities",
    "military site",
    "military sites",
    "military installation",
    "military installations",
    "military exercise",
    "military exercises",
    "military drills",
    "military aid",
    "military assistance",
    "military equipment",
    "military hardware",
    "military cooperation",
    "military pact",
    "military agreement",
    "military accord",
    "military alliance",
    "military ties",
    "military action",
    "military operation",
    "military operations",
    "military spending",
    "military budget",
    "military conflict",
    "military escalation",
    "military pressure",
    "military support",
    "military capabilities",
    "military infrastructure",
    "military parade",
    "military service",
    "military targets",
    "military target",
    "court of arbitration",
    "food court",
    "party congress",
    # seas, gulfs and peninsulas named after a country are no country
    "sea of japan",
    "south china sea",
    "east china sea",
    "gulf of oman",
    "gulf of mexico",
    "gulf of aden",
    "gulf of thailand",
    "gulf of guinea",
    "gulf of finland",
    "persian gulf",
    "arabian sea",
    "arabian peninsula",
    "indian ocean",
    "bay of bengal",
    "korean peninsula",
    "taiwan strait",
    "english channel",
    "irish sea",
    "sea of azov",
    "horn of africa",
    "niger river",
    "niger delta",
    "jordan river",
    "jordan valley",
    "lake chad",
    "congo river",
    "congo basin",
    "refugee camp",
    "refugee camps",
    "latin american",
    "latin america",
    "south american",
    "north american",
    "central american",
    "african american",
    "african americans",
    "asian american",
    "arab american",
    "new guinea",
    "turkish stream",
    "nord stream",
)

# Endings that turn a country adjective into its people ("Israelis"):
# such a plural standing alone is an actor of agent CVL.
PEOPLE_SUFFIXES: tuple[str, ...] = ("s",)

# Nouns of nationality that name a person, never qualify one ("a Frenchman",
# "two Dutchmen", "the Briton"): standing alone they are an actor of agent
# CVL, as "Israelis" is (lex64).
PEOPLE_WORDS: tuple[str, ...] = (
    "Briton",
    "Frenchman",
    "Frenchmen",
    "Englishman",
    "Englishmen",
    "Scotsman",
    "Welshman",
    "Irishman",
    "Irishmen",
    "Dutchman",
    "Dutchmen",
    "Dane",
    "Swede",
)

# Movements that fight across borders, with the countries they are rooted
# in: the one country of the places their sentence names is theirs only
# there ("Islamic State fighters in Mosul" are Iraq's insurgency; "ISIS
# claimed the bombing in Tehran" names no Iranian movement, and no country).
GROUP_HOMES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("Islamic State", "ISIS", "ISIL", "Daesh"), ("IRQ", "SYR", "AFG")),
}

# Named movements, armed groups and parties: name → (country or None, agent,
# date from which the movement holds power there, or None). From that date
# on it acts as the government (the spec: whoever holds power is GOV).
NAMED_GROUPS: dict[str, tuple[str | None, str, str | None]] = {
    "Hezbollah": ("LBN", "REB", None),
    "Hizbollah": ("LBN", "REB", None),
    "Hamas": ("PSE", "REB", None),
    "Islamic Jihad": ("PSE", "REB", None),
    "Taliban": ("AFG", "REB", "2021-08-15"),
    "Houthis": ("YEM", "REB", None),
    "Houthi": ("YEM", "REB", None),
    "Houthi rebels": ("YEM", "REB", None),
    "Ansar Allah": ("YEM", "REB", None),
    "Islamic State": (None, "REB", None),
    "ISIS": (None, "REB", None),
    "ISIL": (None, "REB", None),
    "Daesh": (None, "REB", None),
    "al-Qaeda": (None, "REB", None),
    "al Qaeda": (None, "REB", None),
    "Boko Haram": ("NGA", "REB", None),
    "al-Shabaab": ("SOM", "REB", None),
    "al-Shabab": ("SOM", "REB", None),
    "Rapid Support Forces": ("SDN", "REB", None),
    "RSF": ("SDN", "REB", None),
    "PKK": ("TUR", "REB", None),
    "Kurdistan Workers' Party": ("TUR", "REB", None),
    "YPG": ("SYR", "REB", None),
    "Syrian Democratic Forces": ("SYR", "REB", None),
    "SDF": ("SYR", "REB", None),
    "Hayat Tahrir al-Sham": ("SYR", "REB", "2024-12-08"),
    "HTS": ("SYR", "REB", "2024-12-08"),
    "Nusra Front": ("SYR", "REB", None),
    "Free Syrian Army": ("SYR", "REB", None),
    "Popular Mobilization Forces": ("IRQ", "MIL", None),
    "Popular Mobilisation Forces": ("IRQ", "MIL", None),
    "M23": ("COD", "REB", None),
    "Tigray People's Liberation Front": ("ETH", "REB", None),
    "TPLF": ("ETH", "REB", None),
    "Fano": ("ETH", "REB", None),
    "Arakan Army": ("MMR", "REB", None),
    "Baloch Liberation Army": ("PAK", "REB", None),
    "Jaish al-Adl": ("IRN", "REB", None),
    "AQAP": ("YEM", "REB", None),
    "al-Qaeda in the Arabian Peninsula": ("YEM", "REB", None),
    "Lashkar-e-Taiba": (None, "REB", None),
    "Jaish-e-Mohammed": (None, "REB", None),
    "Jaish-e-Muhammad": (None, "REB", None),
    "Janjaweed": ("SDN", "REB", None),
    "Peshmerga": ("IRQ", "MIL", None),
    "PJAK": ("IRN", "REB", None),
    "FARC": ("COL", "REB", None),
    "ELN": ("COL", "REB", None),
    "Wagner": ("RUS", "MIL", None),
    "Wagner Group": ("RUS", "MIL", None),
    "Muslim Brotherhood": ("EGY", "OPP", None),
    "Fatah": ("PSE", "PTY", None),
    "Likud": ("ISR", "PTY", None),
    "Democratic Party": ("USA", "PTY", None),
    "Republican Party": ("USA", "PTY", None),
    "Democrats": ("USA", "PTY", None),
    "Republicans": ("USA", "PTY", None),
    "Conservative Party": ("GBR", "PTY", None),
    "BJP": ("IND", "PTY", None),
    "Bharatiya Janata Party": ("IND", "PTY", None),
    "AKP": ("TUR", "PTY", None),
    "Justice and Development Party": ("TUR", "PTY", None),
    "CHP": ("TUR", "OPP", None),
    "Republican People's Party": ("TUR", "OPP", None),
    "PTI": ("PAK", "OPP", None),
    "Pakistan Tehreek-e-Insaf": ("PAK", "OPP", None),
    "ANC": ("ZAF", "PTY", None),
    "African National Congress": ("ZAF", "PTY", None),
    "ZANU-PF": ("ZWE", "PTY", None),
    "Ennahda": ("TUN", "PTY", None),
    "UGTT": ("TUN", "LAB", None),
    # agents20: unions named in full, whose "General" is no officer's rank
    "Tunisian General Labour Union": ("TUN", "LAB", None),
    "Tunisian General Labor Union": ("TUN", "LAB", None),
    "General Union of Tunisian Workers": ("TUN", "LAB", None),
    "General Federation of Iraqi Workers": ("IRQ", "LAB", None),
    "Mujahedin-e Khalq": ("IRN", "OPP", None),
    "MEK": ("IRN", "OPP", None),
    "Georgian Dream": ("GEO", "PTY", None),
    "United National Movement": ("GEO", "OPP", None),
    "Fidesz": ("HUN", "PTY", None),
    "Law and Justice": ("POL", "PTY", None),
    "Civic Platform": ("POL", "PTY", None),
    "National Rally": ("FRA", "OPP", None),
    "Rassemblement National": ("FRA", "OPP", None),
    "Alternative for Germany": ("DEU", "OPP", None),
    "AfD": ("DEU", "OPP", None),
    "Christian Democratic Union": ("DEU", "PTY", None),
    "Social Democrats": (None, "PTY", None),
    "Labour Party": ("GBR", "PTY", None),
    "Reform UK": ("GBR", "OPP", None),
    "Brothers of Italy": ("ITA", "PTY", None),
    "Communist Party of China": ("CHN", "PTY", None),
    "Chinese Communist Party": ("CHN", "PTY", None),
    "United Russia": ("RUS", "PTY", None),
    "Congress party": ("IND", "OPP", None),
    "Indian National Congress": ("IND", "OPP", None),
    "Pakistan Muslim League": ("PAK", "PTY", None),
    "PML-N": ("PAK", "PTY", None),
    "Pakistan Peoples Party": ("PAK", "PTY", None),
    "Awami League": ("BGD", "PTY", None),
    "Bangladesh Nationalist Party": ("BGD", "OPP", None),
    "Jamaat-e-Islami": ("BGD", "PTY", None),
    "National League for Democracy": ("MMR", "OPP", None),
    "NLD": ("MMR", "OPP", None),
    "National Unity Government": ("MMR", "OPP", None),
    "People's Defence Force": ("MMR", "REB", None),
    "Economic Freedom Fighters": ("ZAF", "OPP", None),
    "National Unity Platform": ("UGA", "OPP", None),
    "Yesh Atid": ("ISR", "OPP", None),
    "Shas": ("ISR", "PTY", None),
    "Hadash": ("ISR", "OPP", None),
    "Kataib Hezbollah": ("IRQ", "REB", None),
    "Asaib Ahl al-Haq": ("IRQ", "REB", None),
    "Popular Front for the Liberation of Palestine": ("PSE", "REB", None),
    "Al-Aqsa Martyrs' Brigades": ("PSE", "REB", None),
    "Qassam Brigades": ("PSE", "REB", None),
    "al-Qassam Brigades": ("PSE", "REB", None),
    "Ezzedine al-Qassam Brigades": ("PSE", "REB", None),
    "Islamic Revolutionary Guard Corps": ("IRN", "MIL", None),
    "IRGC": ("IRN", "MIL", None),
    # current news names only Iran's corps so
    "Revolutionary Guards": ("IRN", "MIL", None),
    "Revolutionary Guard": ("IRN", "MIL", None),
    "Revolutionary Guard Corps": ("IRN", "MIL", None),
    "Quds Force": ("IRN", "MIL", None),
    "Basij": ("IRN", "MIL", None),
    "Jama'at Nusrat al-Islam wal-Muslimin": (None, "REB", None),
    "JNIM": (None, "REB", None),
    "Islamic State West Africa Province": ("NGA", "REB", None),
    "ISWAP": ("NGA", "REB", None),
    "Islamic State Khorasan": ("AFG", "REB", None),
    "ISIS-K": ("AFG", "REB", None),
    "Tehrik-i-Taliban Pakistan": ("PAK", "REB", None),
    "Pakistani Taliban": ("PAK", "REB", None),
    "TTP": ("PAK", "REB", None),
    "Al-Shabaab": ("SOM", "REB", None),
    "Abu Sayyaf": ("PHL", "REB", None),
    "New People's Army": ("PHL", "REB", None),
    "Moro Islamic Liberation Front": ("PHL", "REB", None),
    "Allied Democratic Forces": ("COD", "REB", None),
    "CODECO": ("COD", "REB", None),
    "Sinaloa cartel": ("MEX", "CRM", None),
    "Jalisco New Generation Cartel": ("MEX", "CRM", None),
    "MS-13": (None, "CRM", None),
    "Polisario Front": ("ESH", "REB", None),
    "Polisario": ("ESH", "REB", None),
    "Sudan People's Liberation Movement-North": ("SDN", "REB", None),
    "SPLM-N": ("SDN", "REB", None),
    "Libyan National Army": ("LBY", "MIL", None),
    "International Committee of the Red Cross": (None, "NGO", None),
    "ICRC": (None, "NGO", None),
    "Amnesty International": (None, "NGO", None),
    "Human Rights Watch": (None, "NGO", None),
    "Medecins Sans Frontieres": (None, "NGO", None),
    "Doctors Without Borders": (None, "NGO", None),
    "MSF": (None, "NGO", None),
    "Syrian Observatory": (None, "NGO", None),
    "Save the Children": (None, "NGO", None),
    "Oxfam": (None, "NGO", None),
    "Norwegian Refugee Council": (None, "NGO", None),
    "Reporters Without Borders": (None, "NGO", None),
    "Committee to Protect Journalists": (None, "NGO", None),
    "International Court of Justice": ("UN", "JUD", None),
    "ICJ": ("UN", "JUD", None),
    # bodies of one state only: they carry its code with no adjective
    "Pentagon": ("USA", "MIL", None),
    "CIA": ("USA", "COP", None),
    "Central Intelligence Agency": ("USA", "COP", None),
    "FBI": ("USA", "COP", None),
    "Federal Bureau of Investigation": ("USA", "COP", None),
    "Mossad": ("ISR", "COP", None),
    "Shin Bet": ("ISR", "COP", None),
    "Shabak": ("ISR", "COP", None),
    "MI5": ("GBR", "COP", None),
    "MI6": ("GBR", "COP", None),
    "FSB": ("RUS", "COP", None),
    "State Duma": ("RUS", "LEG", None),
    "Duma": ("RUS", "LEG", None),
    "House of Commons": ("GBR", "LEG", None),
    "House of Lords": ("GBR", "LEG", None),
    "Bundestag": ("DEU", "LEG", None),
    "Knesset": ("ISR", "LEG", None),
    "Palestinian Authority": ("PSE", "GOV", None),
    "Saudi-led coalition": ("SAU", "MIL", None),
    # a military coalition led by a state fights as that state's armed
    # forces; a coalition led by a party ("Labour-led") is no such group
    "US-led coalition": ("USA", "MIL", None),
    "U.S.-led coalition": ("USA", "MIL", None),
    "American-led coalition": ("USA", "MIL", None),
    "US-led international coalition": ("USA", "MIL", None),
    "US-led military coalition": ("USA", "MIL", None),
    "Saudi-led military coalition": ("SAU", "MIL", None),
    "Saudi-led Arab coalition": ("SAU", "MIL", None),
    "Russian-led coalition": ("RUS", "MIL", None),
    # more movements and parties of the region and beyond
    "Forces of Freedom and Change": ("SDN", "OPP", None),
    "Fatah Alliance": ("IRQ", "PTY", None),
    "Sairoon": ("IRQ", "PTY", None),
    "Saraya al-Salam": ("IRQ", "REB", None),
    "Peace Brigades": ("IRQ", "REB", None),
    "Harakat al-Nujaba": ("IRQ", "REB", None),
    "Nujaba": ("IRQ", "REB", None),
    "Kataib Sayyid al-Shuhada": ("IRQ", "REB", None),
    "Badr Organization": ("IRQ", "PTY", None),
    "Islamic Action Front": ("JOR", "OPP", None),
    "Al-Wefaq": ("BHR", "OPP", None),
    "Syrian National Army": ("SYR", "REB", None),
    "ISKP": ("AFG", "REB", None),
    "Fatemiyoun": ("IRN", "MIL", None),
    "Fatemiyoun Brigade": ("IRN", "MIL", None),
    "Zainabiyoun": ("IRN", "MIL", None),
    "Zeinabiyoun": ("IRN", "MIL", None),
    "Revolutionary Armed Forces of Colombia": ("COL", "REB", None),
    "March 23 Movement": ("COD", "REB", None),
    "Lord's Resistance Army": ("UGA", "REB", None),
    "LRA": ("UGA", "REB", None),
    "Israeli Labor Party": ("ISR", "PTY", None),
    "Communist Party of Cuba": ("CUB", "PTY", None),
    "Workers' Party of Korea": ("PRK", "PTY", None),
    "Conservatives": ("GBR", "PTY", None),
    "Tories": ("GBR", "PTY", None),
    # a regime named by its capital
    "Assad regime": ("SYR", "GOV", None),
    "Tehran regime": ("IRN", "GOV", None),
    "Pyongyang regime": ("PRK", "GOV", None),
    # large companies known by name, with the country of their seat
    "Eni": ("ITA", "BUS", None),
    "TotalEnergies": ("FRA", "BUS", None),
    "BP": ("GBR", "BUS", None),
    "Shell": ("GBR", "BUS", None),
    "ExxonMobil": ("USA", "BUS", None),
    "Exxon Mobil": ("USA", "BUS", None),
    "Exxon": ("USA", "BUS", None),
    "Chevron": ("USA", "BUS", None),
    "Gazprom": ("RUS", "BUS", None),
    "Rosneft": ("RUS", "BUS", None),
    "Rosatom": ("RUS", "BUS", None),
    "Saudi Aramco": ("SAU", "BUS", None),
    "Aramco": ("SAU", "BUS", None),
    "Sonatrach": ("DZA", "BUS", None),
    "SABIC": ("SAU", "BUS", None),
    "QatarEnergy": ("QAT", "BUS", None),
    "Qatar Petroleum": ("QAT", "BUS", None),
    "ADNOC": ("ARE", "BUS", None),
    "Boeing": ("USA", "BUS", None),
    "Lockheed Martin": ("USA", "BUS", None),
    "Raytheon": ("USA", "BUS", None),
    "General Electric": ("USA", "BUS", None),
    "General Motors": ("USA", "BUS", None),
    "Siemens": ("DEU", "BUS", None),
    "Volkswagen": ("DEU", "BUS", None),
    "Toyota": ("JPN", "BUS", None),
    "Samsung": ("KOR", "BUS", None),
    "Hyundai": ("KOR", "BUS", None),
    "Huawei": ("CHN", "BUS", None),
    "Microsoft": ("USA", "BUS", None),
    "Google": ("USA", "BUS", None),
    "Tesla": ("USA", "BUS", None),
    "Vodafone": ("GBR", "BUS", None),
    "Nestle": ("CHE", "BUS", None),
    "Lafarge": ("FRA", "BUS", None),
    "Dassault": ("FRA", "BUS", None),
    "Thales": ("FRA", "BUS", None),
    "Glencore": ("CHE", "BUS", None),
    "Qatar Airways": ("QAT", "BUS", None),
    "Turkish Airlines": ("TUR", "BUS", None),
    "Saudia": ("SAU", "BUS", None),
    "EgyptAir": ("EGY", "BUS", None),
    "BAE Systems": ("GBR", "BUS", None),
    "Renault": ("FRA", "BUS", None),
}

# "the parties concerned", "all parties": the sides of a conflict, whoever they
# are, not political parties of the country that addresses them.
# "official" before an event's noun is an adjective ("arrived in Riyadh on
# an official visit"), not an official of no country standing beside the
# visitor (Arabic "رسمية" and Persian "رسمی" are no titles either).
NOT_AGENTS = NOT_AGENTS + tuple(
    f"official {noun}"
    for noun in (
        "visit",
        "visits",
        "trip",
        "tour",
        "talks",
        "ceremony",
        "reception",
        "invitation",
        "welcome",
        "funeral",
        "dinner",
    )
)
# agents23ar: "servant of the emir", a man's given name ("Abdul-Amir
# al-Saadi"), no emir
NOT_AGENTS = NOT_AGENTS + tuple(
    f"{servant}{sep}{title}"
    for servant in ("Abdul", "Abdel", "Abd al", "Abd el")
    for sep in (" ", "-")
    for title in ("Amir", "Emir")
)

NOT_AGENTS = NOT_AGENTS + (
    "parties concerned",
    "concerned parties",
    "parties involved",
    "involved parties",
    "relevant parties",
    "all parties",
    "all the parties",
)

# --- agents12b: settlers ----------------------------------------------------
# Settlers in the occupied territories are Israeli civilians wherever the
# sentence places them, as in Arabic ("Jewish settlers attacked Palestinian
# farmers near Nablus": ISR:CVL against PSE:CVL, not unidentified attackers).
NAMED_GROUPS.update(
    {
        "settler": ("ISR", "CVL", None),
        "settlers": ("ISR", "CVL", None),
        "Jewish settlers": ("ISR", "CVL", None),
        "Israeli settlers": ("ISR", "CVL", None),
    }
)

# --- roles14: North Korea's state news agency -------------------------------
# "Korean Central News Agency" names North Korea's agency although its
# adjective alone reads as South Korea's: PRK's media.
NAMED_GROUPS.update(dict.fromkeys(("Korean Central News Agency", "KCNA"), ("PRK", "MED", None)))
# --- aragents14: bodies of force by their kind ---
# Air defences are the armed forces that fire them ("Syrian air defences
# shot down a missile"); the Arabic "الدفاعات الجوية" is listed alike.
AGENT_NOUNS["MIL"] = AGENT_NOUNS["MIL"] + (
    "air defences",
    "air defenses",
    "air defence",
    "air defense",
    "air-defence",
    "air-defense",
)
# Religious and ethnic minorities named as people are civilians ("detained
# hundreds of Uighurs", "attacked Coptic Christians"), as in Arabic.
AGENT_NOUNS["CVL"] = AGENT_NOUNS["CVL"] + (
    "Uighurs",
    "Uyghurs",
    "Rohingya",
    "Yazidis",
    "Copts",
    "Coptic Christians",
    "Christians",
)
# --- end aragents14 ---

# --- faactors18: people the news names by what they do ---------------------
# Rioters are the crowd of a protest (civilians); monarchists are an
# opposition; seminaries are religious bodies, as in Persian and Arabic.
AGENT_NOUNS["CVL"] = AGENT_NOUNS["CVL"] + ("rioters",)
AGENT_NOUNS["OPP"] = AGENT_NOUNS["OPP"] + ("monarchists",)
AGENT_NOUNS["REL"] = AGENT_NOUNS["REL"] + ("seminaries", "seminary")
# --- end faactors18 ---

# senses19: the members of a body written after its possessive ("the police
# said its officers arrested", "the army said its men killed"): that body's
# own, of its agent; of a state, their own agent ("Russia withdrew its
# forces": its army).
MEMBER_NOUNS: dict[str, tuple[str, ...]] = {
    "": tuple(
        f"{owner} {noun}"
        for owner in ("its", "their")
        for noun in ("men", "members", "personnel", "agents", "staff")
    ),
    "MIL": ("its forces", "their forces"),
    "COP": ("its officers", "their officers"),
}

# Iraqi Kurdistan's ruling parties, named in full: not the US "Democratic
# Party" their names contain (Arabic "الحزب الديمقراطي الكردستاني" reads them
# as Iraqi parties).
NAMED_GROUPS.update(
    dict.fromkeys(
        (
            "Kurdistan Democratic Party",
            "KDP",
            "Patriotic Union of Kurdistan",
            "PUK",
        ),
        ("IRQ", "PTY", None),
    )
)

# agents25fa: groups of people that rally or are detained as themselves
# (as Persian "هنرمندان", "جانبازان", "بهائیان" read): civilians; entrepreneurs
# and bakers are business.
AGENT_NOUNS["CVL"] = AGENT_NOUNS["CVL"] + (
    "artists",
    "war veterans",
    "veterans",
    "tenants",
    "shareholders",
    "Baha'is",
    "Bahais",
    "dervishes",
    "fuel porters",
)
AGENT_NOUNS["BUS"] = AGENT_NOUNS["BUS"] + ("entrepreneurs", "bakers")

# support26: bombers only the United States flies are its air force
# wherever the sentence names another state ("B-52 bombers flew near Iran":
# USA:MIL, not Iran's); as Arabic and Persian read them.
NAMED_GROUPS.update(
    dict.fromkeys(
        ("B-52", "B-52s", "B52", "B52s", "B-1B", "B-1Bs", "B-2", "B-2s"), ("USA", "MIL", None)
    )
)

# agents27fa: the agent nouns Persian gained this round, as English reads
# them: pharmacists and dentists are health workers ("داروسازان",
# "دندانپزشکان"); the private sector is business ("بخش خصوصی").
AGENT_NOUNS["HLH"] = AGENT_NOUNS["HLH"] + ("pharmacists", "dentists")
AGENT_NOUNS["BUS"] = AGENT_NOUNS["BUS"] + ("private sector",)
# Plainclothes agents are the security forces' ("لباس شخصی‌ها", "عناصر
# بلباس مدني"), not unknown attackers; the "resistance" factions of Gaza and
# Lebanon are armed movements ("گروه‌های مقاومت", "فصائل المقاومة").
AGENT_NOUNS["COP"] = AGENT_NOUNS["COP"] + (
    "plainclothes agents",
    "plainclothes officers",
    "plainclothes police",
    "plainclothes security forces",
    "plain-clothes agents",
    "plain-clothes officers",
    "plain-clothes police",
)
AGENT_NOUNS["REB"] = AGENT_NOUNS["REB"] + ("resistance factions", "resistance groups")
# agents27fa: armed movements of the region Persian and Arabic name that the
# English names lacked.
NAMED_GROUPS.update(
    {
        "Jaish al-Islam": ("SYR", "REB", None),
        "Ahrar al-Sham": ("SYR", "REB", None),
        "Ansar Beit al-Maqdis": ("EGY", "REB", None),
        "Ansar Bayt al-Maqdis": ("EGY", "REB", None),
        "Popular Front for the Liberation of Palestine": ("PSE", "REB", None),
        "PFLP": ("PSE", "REB", None),
        "Jundallah": ("IRN", "REB", None),
        "Haqqani network": ("AFG", "REB", "2021-08-15"),
    }
)
# noside27: "media" before a noun of an activity is a noun used as an
# adjective ("the media campaign against the army", "a media blackout"): it
# says the thing is done in the media, it names no journalist and no outlet
# as a side (Arabic "الحملة الإعلامية", Persian "کارزار رسانه‌ای" read alike).
# Bodies ("media outlets", "media organisations") stay media.
NOT_AGENTS = (
    NOT_AGENTS
    + tuple(
        f"media {noun}"
        for stem in (
            "campaign",
            "escalation",
            "blackout",
            "war",
            "attack",
            "offensive",
            "frenzy",
            "storm",
            "blitz",
            "onslaught",
            "incitement",
            "report",
            "leak",
            "appearance",
            "statement",
            "message",
        )
        for noun in (stem, f"{stem}s")
    )
    + (
        "media coverage",
        "media hype",
        "media silence",
        "media propaganda",
        "media rhetoric",
        "media discourse",
        "media attention",
        "media scrutiny",
        "media disinformation",
    )
)

# noside27: a language is no state. "French-language", "the Arabic
# language", "said in French", "a speech in Russian" name the tongue of what
# is said, never a side or the country of whoever speaks (Arabic
# "بالفرنسية", Persian "به زبان فرانسوی" read alike). "in French" alone is
# left: "killed in French strikes" names the striker.
_LANGUAGES: tuple[str, ...] = (
    "English",
    "French",
    "Arabic",
    "Persian",
    "Farsi",
    "Turkish",
    "Russian",
    "German",
    "Spanish",
    "Italian",
    "Hebrew",
    "Chinese",
    "Mandarin",
    "Japanese",
    "Korean",
    "Kurdish",
    "Urdu",
    "Portuguese",
    "Dutch",
    "Swedish",
    "Greek",
    "Ukrainian",
    "Pashto",
    "Dari",
    "Hindi",
)
NOT_AGENTS = NOT_AGENTS + tuple(
    phrase
    for lang in _LANGUAGES
    for phrase in (
        f"{lang} language",
        f"{lang}-language",
        f"{lang}-speaking",
        *(
            f"{word} in {lang}"
            for word in (
                "said",
                "says",
                "spoke",
                "speaking",
                "wrote",
                "written",
                "tweeted",
                "posted",
                "speech",
                "message",
                "statement",
                "video",
                "letter",
                "remarks",
            )
        ),
    )
)

# noside27: a news agency whose name holds a country's name is a medium of
# that country, not the country itself ("told Agence France-Presse" names
# no France that takes part), as Persian "خبرگزاری فرانسه" reads.
NAMED_GROUPS.update(
    dict.fromkeys(("Agence France-Presse", "Agence France Presse"), ("FRA", "MED", None))
)
NAMED_GROUPS.update(
    {
        "Deutsche Presse-Agentur": ("DEU", "MED", None),
        "Islamic Republic News Agency": ("IRN", "MED", None),
        "Saudi Press Agency": ("SAU", "MED", None),
        "Qatar News Agency": ("QAT", "MED", None),
        "Kuwait News Agency": ("KWT", "MED", None),
        "Emirates News Agency": ("ARE", "MED", None),
        "Syrian Arab News Agency": ("SYR", "MED", None),
        "Iraqi News Agency": ("IRQ", "MED", None),
        "Voice of America": ("USA", "MED", None),
    }
)

# named32: other spellings of the region's armed movements, parties and
# bodies, read as their usual names above are and as Arabic and Persian
# name them (lang/ar, lang/fa ``NAMED_GROUPS``). "PPP" (also purchasing
# power parity, public-private partnership) and "MIT" (a university) stay out.
NAMED_GROUPS.update(
    {
        **dict.fromkeys(("Hizbullah", "Hizballah", "Hezbullah"), ("LBN", "REB", None)),
        **dict.fromkeys(
            (
                "Quds Brigades",
                "al-Quds Brigades",
                "Al-Quds Brigades",
                "Saraya al-Quds",
                "al-Aqsa Martyrs Brigades",
                "Al-Aqsa Martyrs Brigades",
                "Izz ad-Din al-Qassam Brigades",
                "Izz al-Din al-Qassam Brigades",
                "Palestinian Islamic Jihad",
            ),
            ("PSE", "REB", None),
        ),
        **dict.fromkeys(("People's Protection Units", "Syrian Kurdish YPG"), ("SYR", "REB", None)),
        **dict.fromkeys(
            ("al-Qaida", "al Qaida", "Al-Qaida", "Al Qaida", "Al-Qaeda", "Al Qaeda"),
            (None, "REB", None),
        ),
        **dict.fromkeys(
            ("ISKP", "IS-K", "ISIS-Khorasan", "Islamic State Khorasan Province"),
            ("AFG", "REB", None),
        ),
        **dict.fromkeys(
            ("Tehrik-e-Taliban Pakistan", "Tehreek-e-Taliban Pakistan"), ("PAK", "REB", None)
        ),
        **dict.fromkeys(("Jabhat al-Nusra", "al-Nusra Front"), ("SYR", "REB", None)),
        **dict.fromkeys(
            (
                "PMF",
                "Hashd al-Shaabi",
                "Hashed al-Shaabi",
                "Popular Mobilization Units",
                "Popular Mobilisation Units",
            ),
            ("IRQ", "MIL", None),
        ),
        **dict.fromkeys(("Kata'ib Hezbollah", "Kataeb Hezbollah"), ("IRQ", "REB", None)),
        **dict.fromkeys(
            (
                "People's Mujahedin",
                "People's Mojahedin",
                "People's Mujahedin Organization of Iran",
                "Mujahedin-e-Khalq",
                "Mojahedin-e Khalq",
                "PMOI",
            ),
            ("IRN", "OPP", None),
        ),
        "LNA": ("LBY", "MIL", None),
        **dict.fromkeys(("MHP", "Nationalist Movement Party"), ("TUR", "PTY", None)),
        **dict.fromkeys(
            (
                "HDP",
                "Peoples' Democratic Party",
                "DEM Party",
                "Peoples' Equality and Democracy Party",
            ),
            ("TUR", "OPP", None),
        ),
        **dict.fromkeys(
            ("Baath Party", "Ba'ath Party", "Baath party", "Ba'ath party"), ("SYR", "PTY", None)
        ),
        **dict.fromkeys(("Sadrist movement", "Sadrist Movement", "Sadrists"), ("IRQ", "PTY", None)),
        **dict.fromkeys(
            (
                "Amal movement",
                "Amal Movement",
                "Free Patriotic Movement",
                "Lebanese Forces party",
                "Lebanese Forces Party",
            ),
            ("LBN", "PTY", None),
        ),
        **dict.fromkeys(("Islah party", "Islah Party"), ("YEM", "PTY", None)),
        **dict.fromkeys(
            ("Hezb-e-Islami", "Hezb-i-Islami", "Hezb-e Islami", "Hizb-i-Islami"),
            ("AFG", "PTY", None),
        ),
        **dict.fromkeys(
            (
                "Grand National Assembly",
                "Grand National Assembly of Turkey",
                "Turkish Grand National Assembly",
            ),
            ("TUR", "LEG", None),
        ),
        **dict.fromkeys(
            ("National Intelligence Organization", "National Intelligence Organisation"),
            ("TUR", "COP", None),
        ),
    }
)
# named32: Pakistan's Inter-Services Intelligence, and a ministry of
# intelligence (Iran's MOIS), are security services (COP), as Arabic
# "وزارة الاستخبارات" and Persian "وزارت اطلاعات" are read: one actor, not a
# ministry (GOV) beside an intelligence service
NAMED_GROUPS.update(dict.fromkeys(("ISI", "Inter-Services Intelligence"), ("PAK", "COP", None)))
AGENT_NOUNS["COP"] += ("ministry of intelligence",)
# named32: West Bank brigades of recent years, other spellings of the
# Houthis and Islamic Jihad, Afghanistan's armed resistance to the Taliban,
# Yemen's southern separatists. "the lion's den" (one lion) stays an idiom.
NAMED_GROUPS.update(
    {
        **dict.fromkeys(
            ("Lions' Den", "Jenin Brigade", "Jenin Battalion", "Jenin Brigades", "PIJ"),
            ("PSE", "REB", None),
        ),
        **dict.fromkeys(("Ansarullah", "Ansar-Allah"), ("YEM", "REB", None)),
        "National Resistance Front": ("AFG", "REB", None),
        "Southern Transitional Council": ("YEM", "REB", None),
    }
)
# named32: the Kashmiri movements based in Pakistan are Pakistan's, as
# Persian "لشکر طیبه", "جیش محمد" and Arabic "لشكر طيبة" are read
NAMED_GROUPS.update(
    dict.fromkeys(
        ("Lashkar-e-Taiba", "Lashkar-e-Toiba", "Jaish-e-Mohammed", "Jaish-e-Muhammad"),
        ("PAK", "REB", None),
    )
)
# named32: Iraq's Shiite ruling bloc, the Kurdistan Region's government,
# Pakistan's Jamiat Ulema-e-Islam and Israel's Otzma Yehudit, as Arabic and
# Persian name them
NAMED_GROUPS.update(
    {
        "Coordination Framework": ("IRQ", "PTY", None),
        **dict.fromkeys(("Kurdistan Regional Government", "KRG"), ("IRQ", "GOV", None)),
        **dict.fromkeys(("Jamiat Ulema-e-Islam", "JUI-F"), ("PAK", "PTY", None)),
        "Otzma Yehudit": ("ISR", "PTY", None),
    }
)

# agents33fa: the singulars of groups listed in the plural only, as Persian
# "یک کارمند", "یک هنرمند", "یک معدنچی" and Arabic "موظف", "فنان" are read
# (the matcher adds the plural ending to a base form, never the reverse).
# Not "baker": a surname as often.
AGENT_NOUNS["LAB"] += ("employee", "miner", "trucker", "street sweeper")
AGENT_NOUNS["EDU"] += ("researcher",)
AGENT_NOUNS["CVL"] += ("artist", "tenant")
# agents44fa: the users of a network are civilians, not its media ("social
# media users criticised …"), as Persian "کاربران شبکه‌های اجتماعی"
AGENT_NOUNS["CVL"] += ("social media users", "internet users")
AGENT_NOUNS["BUS"] += ("money changer", "entrepreneur")
AGENT_NOUNS["CRM"] += ("hoarder",)
# A seat of government named for the government that sits there ("the White
# House condemned", "the Kremlin rejected") is the presidency or cabinet acting
# (GOV), as Persian "کاخ سفید" is read; the capital city itself stays the bare
# state.
NAMED_GROUPS.update(
    dict.fromkeys(("White House",), ("USA", "GOV", None))
    | dict.fromkeys(("Kremlin", "the Kremlin"), ("RUS", "GOV", None))
    | dict.fromkeys(
        ("Élysée", "Elysee", "Élysée Palace", "Elysee Palace", "Quai d'Orsay"), ("FRA", "GOV", None)
    )
    | dict.fromkeys(("Downing Street", "Whitehall"), ("GBR", "GOV", None))
    | dict.fromkeys(("Blue House",), ("KOR", "GOV", None))
    | dict.fromkeys(("Zhongnanhai",), ("CHN", "GOV", None))
    | dict.fromkeys(("Kantei",), ("JPN", "GOV", None))
)


# agents38ar: the force of an international body in the singular ("the
# African Union force in Darfur", "a convoy of the UN force") is that
# body's armed forces (the spec: "UN:MIL"); a peacekeeping or multinational
# force named by its kind is armed forces. Bare "force" stays out: it is
# mostly the use of force.
_BODY_FORCE_NAMES: dict[str, tuple[str, ...]] = {
    "AU": ("African Union", "AU"),
    "UN": ("UN", "U.N.", "United Nations"),
    "EU": ("EU", "European Union"),
    "NATO": ("NATO",),
}
NAMED_GROUPS.update(
    {
        f"{name} {head}": (code, "MIL", None)
        for code, names in _BODY_FORCE_NAMES.items()
        for name in names
        for head in ("force", "peacekeeping force", "mission force")
    }
    | {
        f"force of the {name}": (code, "MIL", None)
        for code, names in _BODY_FORCE_NAMES.items()
        for name in names
    }
)
# named groups match as written (capitalised); the lower-case kinds are
# nouns of the armed forces, as "peacekeepers" is, of the country the
# sentence gives
AGENT_NOUNS["MIL"] += ("peacekeeping force", "multinational force", "multi-national force")


# agents38ar: a country adjective after "a" that no noun follows is one
# person of the country, a civilian as its plural is ("police detained a
# Jordanian at the airport", "guards shot an Indonesian by the port"); "a
# Jordanian man" is read by its noun (extract/countries._lone_person). The words that
# end its phrase: prepositions and a relative pronoun; not "and" ("a Turkish
# and Iraqi convoy" shares its noun).
LONE_PERSON_ARTICLES: tuple[str, ...] = ("a", "an")
LONE_PERSON_FOLLOWERS: tuple[str, ...] = (
    *("in", "at", "on", "near", "outside", "inside", "after", "during", "from", "for"),
    *("with", "without", "by", "who", "whom", "whose"),
)

# agents40ar: the parliament of an international body is that body's
# legislature ("the European Parliament condemned …"), as a state's is (LEG),
# as the Arabic "البرلمان الأوروبي" is read.
_BODY_PARLIAMENTS: dict[str, tuple[str, ...]] = {
    "EU": ("European Parliament",),
    "ARABLEAGUE": ("Arab Parliament",),
    "AU": ("Pan-African Parliament",),
}
NAMED_GROUPS.update(
    {name: (code, "LEG", None) for code, names in _BODY_PARLIAMENTS.items() for name in names}
)
# agents40ar: the coast guard written as one word ("the Greek coastguard")
# is the agent its two-word spelling is. mend40b: police (COP), as Arabic
# "خفر السواحل" and Persian "گارد ساحلی" are: it polices a state's waters
# (``ONTOLOGY.md``: COP police and security forces; MIL armed forces).
AGENT_NOUNS["COP"] += ("coast guard", "coast guard vessels", "coast guards")
AGENT_NOUNS["COP"] += ("coastguard", "coastguards", "coastguard vessels")

# targets40en: people too vague to be a side anywhere else ("the public
# sector", "supporters of the deal", voters' promises) are the side an appeal
# is aimed at: "urged the public to stay home", "called on Muslims to pray".
# They count only within ``ASKING_REACH`` words after a verb of asking
# (``ASKING_BEFORE``; ``extract/asked_nouns``).
ASKED_AGENT_NOUNS: dict[str, tuple[str, ...]] = {
    "CVL": (
        *("the public", "members of the public", "the electorate", "electorate"),
        *("muslims", "supporters", "his supporters", "her supporters", "their supporters"),
        *("parents", "consumers", "travellers", "travelers", "the faithful"),
    ),
}
ASKING_BEFORE: tuple[str, ...] = (
    *("urged", "urge", "urges", "urging", "implored", "implores", "appealed", "appeals"),
    *("called", "calls", "calling", "asked", "asks", "asking", "encouraged", "encourages"),
)
ASKING_REACH = 4
ASKED_FILLERS: tuple[str, ...] = ("all",)
# mend40b: a preposition or a noun of the content between the verb and the
# noun makes the noun what is asked for, not whom ("urged protection of
# Muslims in …", "called for an end to attacks on Muslims"); "on", "to" and
# "upon" right after the verb name the one asked ("called on Muslims",
# "appealed to the public").
ASKED_BLOCKERS: tuple[str, ...] = (
    *("for", "of", "on", "upon", "about", "to", "against", "with", "at", "from", "by"),
    *("protection", "protect", "defend", "defence", "defense", "support", "safety"),
)
ASKED_OPENERS: tuple[str, ...] = ("on", "to", "upon")
# The word after the one asked: what the appeal asks ("to", "not to", "for")
# or where they are ("in", "across"); another word makes "public" qualify a
# noun ("the public sector", "the public broadcaster").
ASKED_NEXT: tuple[str, ...] = ("to", "not", "for", "in", "across", "around", "of", "and", "on")

# agents41fa: the nouns Persian news was given this round, in English:
# wholesalers (BUS), military advisers (MIL), and the scientists who speak
# for public health in an epidemic (HLH, as physicians are).
for _agent, _nouns in {
    "BUS": ("wholesaler", "wholesalers"),
    "MIL": ("military adviser", "military advisers", "military advisor", "military advisors"),
    "HLH": (
        *("epidemiologist", "epidemiologists", "virologist", "virologists"),
        *("infectious disease specialists", "infectious disease experts"),
    ),
}.items():
    AGENT_NOUNS[_agent] += tuple(n for n in _nouns if n not in AGENT_NOUNS[_agent])

# agents43fa: a hospital someone is taken to ("the injured were taken to a
# hospital") is where he goes, not a health body that takes part in what
# befell him: no HLH side, as Persian "انتقال به بیمارستان" is read. A
# hospital struck ("shelled a hospital") stays a side.
NOT_AGENTS = NOT_AGENTS + tuple(
    f"{verb} to {article}{place}"
    for verb in ("taken", "rushed", "transferred", "moved", "admitted", "brought", "evacuated")
    for article in ("", "a ", "the ", "a nearby ", "local ")
    for place in ("hospital", "hospitals", "clinic")
)

# agents45ar: the word classes Arabic was given this round, in English:
# dealers in contraband (arms, drugs) are criminals as traffickers are,
# customs officers are the police service "customs" is in Arabic
# ("الجمارك").
for _agent, _nouns in {
    "CRM": tuple(
        f"{goods} {dealer}"
        for goods in ("arms", "weapons", "gun", "drug")
        for dealer in ("dealer", "dealers", "peddler", "peddlers", "runner", "runners")
        if f"{goods} {dealer}" not in ("drug dealer", "drug dealers")
    ),
    "COP": ("customs officers", "customs officer", "customs police", "customs guards"),
}.items():
    AGENT_NOUNS[_agent] += tuple(n for n in _nouns if n not in AGENT_NOUNS[_agent])

# agents45ar: a day named after a body ("Police Day", "Army Day") is a date
# of the calendar, not the body as a side of what is said on it, as Arabic
# "عيد الشرطة" and Persian "روز پلیس" are read.
NOT_AGENTS = NOT_AGENTS + tuple(
    f"{body} day"
    for body in ("police", "army", "armed forces", "labour", "labor", "teachers'", "teachers")
)

# agents45ar: services named by what they are, as Arabic reads them: a
# federal office or agency of a state is its government, a ring named by
# its crime criminal; the US National Security Agency is named as the CIA.
for _agent, _nouns in {
    "GOV": ("federal office", "federal agency"),
    "CRM": (
        *("trafficking network", "trafficking networks", "trafficking ring"),
        *("trafficking rings", "theft ring", "counterfeiting ring"),
    ),
}.items():
    AGENT_NOUNS[_agent] += tuple(n for n in _nouns if n not in AGENT_NOUNS[_agent])
NAMED_GROUPS.setdefault("National Security Agency", ("USA", "COP", None))

# agents45fa: a town's or province's elected council is its local
# government, as "municipality" and "mayor" are (Persian "شورای شهر",
# Arabic "المجلس البلدي").
AGENT_NOUNS["GOV"] += (
    "city council",
    "municipal council",
    "town council",
    "provincial council",
    "village council",
)

# agents46ar: an indefinite person with the relative pronoun, whose clause
# tells a deed of force ("police arrested a man who attacked passers-by"),
# a verb of trying that may come between (no other word: "a man who was
# attacked" is the victim); ``extract/indefinite_doer.py``.
INDEFINITE_DOERS: tuple[str, ...] = tuple(
    f"a {noun} who" for noun in ("man", "woman", "person", "youth", "gunman", "suspect", "teenager")
)
INDEFINITE_DOER_LINKS: tuple[str, ...] = ("tried", "had", "attempted", "allegedly", "to")
# the words right after the verb that make it a passive ("shot by police")
INDEFINITE_DOER_PASSIVE: tuple[str, ...] = ("by",)

# agents46ar: a divided state whose bare name and adjective the gazetteer
# gives to one half: (its twin, the shared stems, the marks of the listed
# half's own forms); an article naming only the twin means it by the bare
# forms too (``extract/divided_states.py``).
DIVIDED_STATES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "KOR": ("PRK", ("korea",), ("south", "republic", "seoul", "rok")),
}

# agents48ar: the agent nouns the Arabic list of round 48 added, as English
# writes them (``lang/ar/agents._AGENTS_48``): local councils and electoral
# councils, parliamentary committees, a unit's commander, a jihadist
# group's emir, owners of a trade's shops, faculty,
# humanitarian and rights bodies, health centres, forgers.
_AGENTS_48: dict[str, tuple[str, ...]] = {
    "GOV": ("local council", "local councils", "mayors"),
    "LEG": (
        *("parliamentary committee", "parliamentary committees", "parliamentary commission"),
        "parliamentary panel",
    ),
    "MIL": ("paratroopers", "battalion commander", "division commander", "brigade commander"),
    "REB": ("emir of the group", "the group's emir", "emirs of the group", "emir of Islamic State"),
    "BUS": (
        *("bakery owners", "bakers", "restaurant owners", "factory owners", "business owners"),
        *("generator owners", "industrialists", "exporters"),
    ),
    "EDU": ("faculty members", "dean of the faculty"),
    "NGO": (
        *("aid organisations", "aid organizations", "aid groups", "humanitarian organisations"),
        *("humanitarian organizations", "humanitarian groups", "rights organisations"),
        "rights organizations",
    ),
    "HLH": (
        *("health centre", "health center", "health centres", "health centers"),
        *("medical centre", "medical center", "medical centres", "medical centers"),
        *("medical teams", "medical team", "pharmacists"),
    ),
    "CRM": ("forgers", "counterfeiters", "embezzlers"),
}
for _agent, _nouns in _AGENTS_48.items():
    AGENT_NOUNS[_agent] += tuple(n for n in _nouns if n not in AGENT_NOUNS[_agent])
# Bodies only one state has, named without its adjective (as Arabic
# ``_STATE_BODIES_48``).
NAMED_GROUPS.update(
    {
        **dict.fromkeys(("Al-Azhar", "al-Azhar", "Al Azhar"), ("EGY", "REL", None)),
        "Grand Imam of Al-Azhar": ("EGY", "REL", None),
        "Al-Azhar University": ("EGY", "EDU", None),
        "Coptic Church": ("EGY", "REL", None),
        "Coptic Orthodox Church": ("EGY", "REL", None),
        "Council of Senior Scholars": ("SAU", "REL", None),
        **dict.fromkeys(("Maronite patriarch", "Maronite Patriarch"), ("LBN", "REL", None)),
        "Guardian Council": ("IRN", "GOV", None),
        # partiesfa109: Iran's bodies of names no other state's bear, as
        # Persian ``_IRAN_ONLY_BODIES`` (mendD109: not the "Board of
        # Grievances", also Jordan's and the Palestinians' ombudsman, and
        # written as where a suit is brought)
        **dict.fromkeys(
            ("Expediency Council", "Expediency Discernment Council", "Assembly of Experts"),
            ("IRN", "GOV", None),
        ),
        **dict.fromkeys(
            ("Ministry of Agriculture Jihad", "Agriculture Jihad Ministry"), ("IRN", "GOV", None)
        ),
        **dict.fromkeys(
            ("Plan and Budget Organization", "Plan and Budget Organisation"), ("IRN", "GOV", None)
        ),
        "Sovereign Council": ("SDN", "GOV", None),
        "Sovereignty Council": ("SDN", "GOV", None),
        "Dawa Party": ("IRQ", "PTY", None),
    }
)

# agents59fa: a candidate's campaign as a body (its team, headquarters,
# office, staff) is a political organisation (PTY), as Persian "ستاد
# انتخاباتی" and Arabic "فريق الحملة الانتخابية" are. Not a bare "campaign"
# nor "election campaign": also a military drive and the weeks before a
# vote ("during the election campaign"), no side.
AGENT_NOUNS["PTY"] += tuple(
    f"{kind}campaign {body}"
    for kind in ("", "election ", "presidential ", "re-election ")
    for body in ("team", "headquarters", "office", "offices", "staff", "staffers", "aides")
)

# agents59fa: soldiers who rule are the government (the spec: "whoever
# holds power is GOV (a junta …)"), as "junta" already is: "Myanmar's
# ruling military" and "military rulers" were read as the armed forces.
AGENT_NOUNS["GOV"] += (
    *("ruling military", "military rulers", "military ruler", "ruling generals"),
    *("ruling military council", "military council", "coup leaders", "coup leader"),
    *("junta leaders", "junta leader", "military government", "military regime"),
)

# ranks62fa: land ranks written before a personal name ("Brigadier General
# X", "Colonel X"): such an officer's own trip is a visit, not his forces
# sent (extract/ranked.py); admirals are left out (a fleet's voyage).
PERSON_RANKS: tuple[str, ...] = ("general", "colonel", "brigadier")

# ranks62fa: the admirals' ranks, which with the land ranks may stand in
# apposition after a title ("the defence minister, Admiral X"): its holder.
NAVAL_RANKS: tuple[str, ...] = ("admiral",)

# guards64ar: a force whose agent is its state's. A "national guard" is
# mostly an army's (the US, Saudi Arabia: MIL, as listed above); Tunisia's
# and Venezuela's are gendarmeries (COP). Phrase → (the agent listed,
# {state: its agent}) (``extract/state_agents.py``).
AGENTS_BY_STATE: dict[str, tuple[str, dict[str, str]]] = {
    "national guard": ("MIL", {"TUN": "COP", "VEN": "COP"}),
}

# agents67ar: the branches of a state named by their power ("the executive
# branch", "the legislative authorities"), singular and plural, so that
# "the executive and legislative branches" is the government and the
# parliament (``extract/shared_head.py`` reads the modifier before a head).
AGENT_NOUNS["GOV"] += ("executive branch", "executive branches", "executive authorities")
AGENT_NOUNS["LEG"] += (
    *("legislative branch", "legislative branches", "legislative authorities"),
    "legislative authority",
)
AGENT_NOUNS["JUD"] += ("judicial branch", "judicial branches")

# agents67ar: captives held by a foe: a protest of theirs, or for them, is
# against whoever holds them (``xx/agents.CAPTIVES_MODE``); "prisoners",
# mostly jailed by their own state, are not listed.
CAPTIVE_NOUNS: tuple[str, ...] = ("captives", "captive", "prisoners of war", "pows")

# A person named after an honorific whom no list knows ("Mr. Talebi"), the
# object of a verb of arrest or sentence written within ``HELD_REACH``
# words before the honorific, is the civilian held (round 68,
# ``extract/held_persons``).
HELD_VERBS: tuple[str, ...] = (
    "arrested",
    "detained",
    "sentenced",
    "jailed",
    "imprisoned",
    # mendD68: no "summoned": a summoned envoy is no civilian held
    "executed",
    "abducted",
    "kidnapped",
    "convicted",
)
# mendD68: the object right after the verb ("arrested Mr. Talebi"); a
# reach of three crossed "by" ("The man arrested by Mr. Talebi") and
# other objects ("Police who arrested him told Mr. Talebi to leave").
HELD_REACH = 1
HELD_CLAUSE_STOPS: tuple[str, ...] = ("by",)
# objects96: a person named at a clause's start, then one of these right
# before a verb of arrest, is its passive subject ("Ali Karimi was
# arrested"); a verb of saying ends the walk ("Ali Karimi said …").
HELD_PASSIVE_MARKS: tuple[str, ...] = ("was", "were", "been")
HELD_PASSIVE_STOPS: tuple[str, ...] = ("said", "says", "told")
# mendD97: a name ending in a possessive is the complement of the noun
# after it, not the one held ("Police arrested Ali Karimi's killer").
HELD_NAME_POSSESSIVES: tuple[str, ...] = ("'s", "’s")
# target111: names joined into a list, all held by one verb ("Ali Karimi and
# Maryam Rezaei were sentenced"): as fa (``extract/held_persons``).
HELD_NAME_JOINERS: tuple[str, ...] = ("and",)

# objects96: common given names, as Arabic and Persian list theirs: one in
# the object slot of a verb of arrest opens the full name of a person held
# ("Police arrested Ali Rezaei", ``extract/held_persons``). Names that are
# also common English words ("Said", "Mark", "Will") are left out. Not
# ``context.GIVEN_NAMES``: English reads no surname nisba after one ("Abu
# Omar Tunisian" is a Tunisian militant, kunya86).
HELD_GIVEN_NAMES: tuple[str, ...] = (
    *("Mohamed", "Mohammed", "Muhammad", "Ahmed", "Ahmad", "Ali", "Hassan", "Hussein"),
    *("Hossein", "Mahmoud", "Mustafa", "Mostafa", "Omar", "Khaled", "Ibrahim", "Youssef"),
    *("Reza", "Mehdi", "Hamid", "Majid", "Javad", "Fatima", "Fatemeh", "Maryam"),
)
# mendD97: no "Abbas": English names the Palestinian president by it alone,
# often as a modifier ("Hamas arrested Abbas loyalists"), and the text is
# read lower-cased, so no capital tells a surname after it.

# agents70fa: people named by their art or their sport are civilians, as
# artists are (agents25fa), and converts to Christianity as the other
# religious minorities. Not "actor" (also a state or regional actor) nor
# "writer" (also the writer of a letter).
AGENT_NOUNS["CVL"] = AGENT_NOUNS["CVL"] + (
    *("singer", "singers", "musician", "musicians", "composer", "rapper"),
    *("filmmaker", "filmmakers", "film director", "film directors", "documentary maker"),
    *("actress", "poet", "poets", "athlete", "athletes", "wrestler", "wrestlers"),
    *("footballer", "footballers", "Christian converts"),
)

# bodies73: the National Council of Resistance of Iran is the exiled
# opposition's council (IRN:OPP, as the MEK above), not a state body: read
# word by word, "Council" and "Iran" made it Iran's government (GOV).
NAMED_GROUPS.update(
    dict.fromkeys(
        ("National Council of Resistance of Iran", "National Council of Resistance", "NCRI"),
        ("IRN", "OPP", None),
    )
)

# roles74: a protest one makes with one's own body: policemen or soldiers
# named before it are its strikers, not whom it is against
# (extract/armed_protest.py): "the police commander went on hunger strike".
SELF_PROTEST_WORDS: tuple[str, ...] = ("hunger strike",)

# doer76: the bare coalition is an actor only as the owner of a deed's noun
# right after it ("coalition strikes", "the coalition's raid",
# ``extract/deed_owner.py``): elsewhere it is as often a party list or an
# alliance ("the ruling coalition"). As the coalitions named in full, of no
# one country.
DEED_OWNER_GROUPS: dict[str, tuple[str | None, str, str | None]] = {
    "coalition": (None, "MIL", None),
}

# mendB76: a deed that ends or breaks a protest, told beside a hunger
# strike: the armed men named with it broke it up, they are not its strikers
# ("soldiers broke up a hunger strike"); extract/armed_protest.py.
SELF_PROTEST_BREAKERS: tuple[str, ...] = (
    "broke up", "break up", "ended", "end", "crushed", "dispersed", "suppressed",
    "stopped", "broke", "quashed", "foiled",
)  # fmt: skip

# bystander105: "known in the media as", "what the media dubbed": the media
# named a case, they take no part in it ("three defendants in the case known
# in the media as the Zeitoun cell").
NOT_AGENTS = NOT_AGENTS + (
    "known in the media as",
    "dubbed by the media",
    "what the media dubbed",
    "what the media called",
)

# sides108: those the police sought ("arrested five wanted men",
# "fugitives") are criminals, as Arabic "مفتش عنهم" and "المطلوبين" are read.
# Not singular "fugitive" (mendC108): mostly a modifier ("Ukraine's fugitive
# former president", "a fugitive businessman"), it took the man's own side.
AGENT_NOUNS["CRM"] += ("fugitives", "wanted men", "wanted persons", "wanted suspects")
# sides108: "suspicious parties" who did a deed are its unidentified doers,
# as Arabic "أطراف مشبوهة" and "أطراف مجهولة". Not "unknown parties"
# (mendC108): as often political parties little known ("leaders of unknown
# parties").
AGENT_NOUNS["UAF"] += ("suspicious parties", "unidentified parties")
# sides108: staff hired through contractors are workers, as Persian
# "کارکنان شرکتی" and "کارکنان پیمانکاری" are read.
AGENT_NOUNS["LAB"] += tuple(
    n
    for n in ("contract workers", "contract staff", "contractor staff")
    if n not in AGENT_NOUNS["LAB"]
)
# sides108: the press a speaker addresses ("criticised X before reporters")
# is no side of what is said. Not a crowd or supporters (mendC108): "fired
# in front of a crowd" is where the shots struck, and an audience is often
# taken up again as the addressee ("thanked them").
NOT_AGENTS = NOT_AGENTS + tuple(
    f"{where} {audience}"
    for where in ("before", "in front of")
    for audience in ("reporters", "journalists")
)

# agentsar109: the members of a ring named before ("dismantled a drug
# smuggling ring … arrested three members of the ring"): the ring's people
# (``extract/ring_members.py``); a ring noun must be among the words of an
# earlier criminal or militant mention.
RING_MEMBER_PHRASES: tuple[str, ...] = tuple(
    f"{member} of {det} {head}"
    for member in ("members", "member")
    for det in ("the", "this")
    for head in ("ring", "cell", "gang", "network")
)
RING_NOUNS: tuple[str, ...] = ("ring", "rings", "cell", "cells", "gang", "gangs", "network")
RING_MEMBER_LINKS: tuple[str, ...] = ("of",)
# mendC109: a head the phrase goes on to name is another ring ("members of
# the network of human rights lawyers", "the ring's leadership"); "the
# network" is also a broadcaster, an alliance, a social network: only a
# network named before is its antecedent, never a ring or a gang.
RING_HEAD_MODIFIERS: tuple[str, ...] = ("of", "'s", "’s")
RING_OWN_HEADS: tuple[str, ...] = ("network",)


# agentsfa109: protesters struck by a hand no side names were struck by the
# security forces, not by unidentified attackers (extract/protest_victims.py).
PROTESTER_NOUNS: tuple[str, ...] = (
    *("protester", "protesters", "protestor", "protestors"),
    *("demonstrator", "demonstrators", "marchers"),
)
# mendG109 (diffread74 F2, F7): "marcher" as its plural; the means no
# policeman uses on a crowd; the seizing of protesters (``protest_victims``)
PROTESTER_NOUNS += ("marcher",)
PROTESTER_MEANS: tuple[str, ...] = (
    *("explosion", "explosions", "blast", "blasts", "bomb", "bombs", "bombing", "bomber"),
    *("explosive", "explosives", "suicide", "knife", "stabbed", "stabbing", "stampede"),
    *("car", "truck", "lorry", "vehicle"),
)
PROTESTER_SEIZING: tuple[str, ...] = (
    *("abducted", "abduct", "abducting", "abduction", "kidnapped", "kidnap"),
    *("kidnapping", "seized", "hostage"),
)

# mendB110: civilian objects (the law of war's buildings and places, Arabic
# "الأعيان المدنية") are no people: no side, though "civilian" alone is.
NOT_AGENTS = NOT_AGENTS + ("civilian objects", "civilian object")
