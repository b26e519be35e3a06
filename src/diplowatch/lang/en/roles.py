"""English titles that mark a person's role, words for "counterpart" and "both sides",
and institutions that stand for their state.

Matching is case-insensitive, so titles are listed once in lower case.  Longer phrases
win over shorter ones ("deputy foreign minister" is a deputy minister).
"""

from __future__ import annotations

# lead29: the head of a party named by its kind, not by its name: a party
# leader, of the opposition when the party is (``TITLE_AGENTS``).
_PARTY_KINDS = ("", "opposition ", "main opposition ", "ruling ", "governing ")
_PARTY_HEADS = tuple(
    f"{head} of {det} {kind}party"
    for head in ("leader", "head", "chairman", "chief")
    for det in ("a", "an", "the")
    for kind in _PARTY_KINDS
    if det == "the" or (det == "an") == kind.startswith("o")
)

# role -> title phrases
ROLE_TITLES: dict[str, tuple[str, ...]] = {
    "ambassador": (
        "ambassador",
        "ambassadors",
        "ambassador-designate",
        "charge d'affaires",
        "chargé d'affaires",
        "consul general",
        "consul-general",
        "consul",
        "permanent representative",
        "high commissioner to",
    ),
    "business": (
        "ceo",
        "chief executive",
        "chief executive officer",
        "chairman of the board",
        "chairwoman of the board",
        "managing director",
        "businessman",
        "businesswoman",
        "business leaders",
        "founder",
        "president of the chamber of commerce",
        "tycoon",
        # roles85: a billionaire or magnate is a business person, not the state
        "billionaire",
        "magnate",
    ),
    "deputy_minister": (
        "deputy minister",
        "vice minister",
        "vice-minister",
        "deputy foreign minister",
        "vice foreign minister",
        "assistant foreign minister",
        "assistant minister",
        "deputy secretary of state",
        "under secretary",
        "under-secretary",
        "undersecretary",
        "assistant secretary of state",
        "minister of state",
        "state secretary",
        "secretary of state for",
        "parliamentary vice-minister",
    ),
    "foreign_minister": (
        "foreign minister",
        "foreign ministers",
        "minister of foreign affairs",
        "minister for foreign affairs",
        "foreign affairs minister",
        "secretary of state",
        "foreign secretary",
        "external affairs minister",
        "minister of external affairs",
        "minister of foreign affairs and international cooperation",
        "top diplomat",
        "chief diplomat",
    ),
    "head_of_government": (
        "prime minister",
        "prime ministers",
        "premier",
        "chancellor",
        "head of government",
        "first minister",
        "taoiseach",
    ),
    "head_of_state": (
        "president",
        "presidents",
        "king",
        "queen",
        "emir",
        "amir",
        "sultan",
        "supreme leader",
        "leader",
        "head of state",
        "emperor",
        "custodian of the two holy mosques",
        "governor-general",
    ),
    "legislator": (
        "speaker",
        # legislators62ar: a bloc's head in parliament, not its party's
        "head of the parliamentary bloc of",
        "leader of the parliamentary bloc of",
        "speaker of parliament",
        "speaker of the house",
        "parliament speaker",
        "lawmaker",
        "lawmakers",
        "legislator",
        "legislators",
        "mp",
        "mps",
        "member of parliament",
        "senator",
        "senators",
        "congressman",
        "congresswoman",
        "representative",
        "parliamentary delegation",
        "chairman of the foreign affairs committee",
        "chair of the foreign relations committee",
    ),
    "minister": (
        "minister",
        "ministers",
        # a deputy prime minister sits in the cabinet; he heads no government
        "deputy prime minister",
        "deputy prime ministers",
        "first deputy prime minister",
        "deputy premier",
        "vice premier",
        "vice-premier",
        "defence minister",
        "defense minister",
        "defense secretary",
        "interior minister",
        "finance minister",
        "treasury secretary",
        "economy minister",
        "trade minister",
        "commerce secretary",
        "commerce minister",
        "industry minister",
        "energy minister",
        "oil minister",
        "health minister",
        "agriculture minister",
        "transport minister",
        "education minister",
        "culture minister",
        "tourism minister",
        "justice minister",
        "minister of",
        "secretary of",
    ),
    "official": (
        # next in line or second in office: senior officials, not the head
        "vice president",
        "vice-president",
        "crown prince",
        # candidates for office stand for their party (TITLE_AGENTS)
        "presidential candidate",
        "presidential nominee",
        "Republican candidate",
        "Democratic candidate",
        "Republican nominee",
        "Democratic nominee",
        "Republican presidential candidate",
        "Democratic presidential candidate",
        "Republican presidential nominee",
        "Democratic presidential nominee",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokespeople",
        "envoy",
        "special envoy",
        "special representative",
        "high representative",
        "secretary-general",
        "secretary general",
        "deputy secretary-general",
        "director-general",
        "director general",
        "adviser",
        "advisor",
        "national security adviser",
        "national security advisor",
        "chief negotiator",
        "head of delegation",
        "governor of the central bank",
        "central bank governor",
        "governor",
        "commissioner",
        "high commissioner",
        # agents44fa: an IGO's special rapporteur is its official, as Persian
        # "گزارشگر ویژه" and Arabic "المقرر الخاص"
        "special rapporteur",
        "chief of staff",
        "army chief",
        "intelligence chief",
        "official",
        "officials",
        "diplomat",
        "diplomats",
        "senior official",
        "administrator",
        # titles that name their own agent (TITLE_AGENTS)
        "chief of general staff",
        "chief of the general staff",
        "army chief of staff",
        "chief of army staff",
        "chief of defence staff",
        "chief of defense staff",
        "chairman of the joint chiefs of staff",
        "commander of the ground forces",
        "air force commander",
        "navy commander",
        "military spokesman",
        "army spokesman",
        "defence chief",
        "defense chief",
        "military chief",
        "police chief",
        "chief of police",
        "police commissioner",
        "head of police",
        "national police chief",
        "spy chief",
        "head of intelligence",
        "intelligence director",
        "director of national intelligence",
        "head of the security service",
        "chief justice",
        "head of the union",
        "trade union leader",
        "trade union leaders",
        "university president",
        "president of the university",
        "rector",
        "head of the journalists syndicate",
        "head of the journalists' syndicate",
        "head of the press syndicate",
        "head of the chamber of commerce",
    ),
    "party_leader": (
        "party leader",
        "leader of the party",
        "opposition leader",
        "leader of the opposition",
        "party chairman",
        "party chairwoman",
        "party chief",
        "general secretary of the party",
        # lead29: the head "of a party" named by its kind ("the leader of an
        # opposition party"): "leader" alone is a head of state's title
        *_PARTY_HEADS,
    ),
}

# Titles whose holder is another agent than their role implies: an
# opposition leader leads a party (role) but acts for the opposition (agent).
TITLE_AGENTS: dict[str, str] = {
    "presidential candidate": "PTY",
    "presidential nominee": "PTY",
    "Republican candidate": "PTY",
    "Democratic candidate": "PTY",
    "Republican nominee": "PTY",
    "Democratic nominee": "PTY",
    "Republican presidential candidate": "PTY",
    "Democratic presidential candidate": "PTY",
    "Republican presidential nominee": "PTY",
    "Democratic presidential nominee": "PTY",
    "opposition leader": "OPP",
    "leader of the opposition": "OPP",
    **{title: "OPP" for title in _PARTY_HEADS if "opposition" in title},
    "army chief": "MIL",
    "intelligence chief": "COP",
    "chief of general staff": "MIL",
    "chief of the general staff": "MIL",
    "army chief of staff": "MIL",
    "chief of army staff": "MIL",
    "chief of defence staff": "MIL",
    "chief of defense staff": "MIL",
    "chairman of the joint chiefs of staff": "MIL",
    "commander of the ground forces": "MIL",
    "air force commander": "MIL",
    "navy commander": "MIL",
    "military spokesman": "MIL",
    "army spokesman": "MIL",
    "defence chief": "MIL",
    "defense chief": "MIL",
    "military chief": "MIL",
    "police chief": "COP",
    "chief of police": "COP",
    "police commissioner": "COP",
    "head of police": "COP",
    "national police chief": "COP",
    "spy chief": "COP",
    "head of intelligence": "COP",
    "intelligence director": "COP",
    "director of national intelligence": "COP",
    "head of the security service": "COP",
    "chief justice": "JUD",
    "head of the union": "LAB",
    "trade union leader": "LAB",
    "trade union leaders": "LAB",
    "university president": "EDU",
    "president of the university": "EDU",
    "rector": "EDU",
    "head of the journalists syndicate": "MED",
    "head of the journalists' syndicate": "MED",
    "head of the press syndicate": "MED",
    "head of the chamber of commerce": "BUS",
}

# "counterpart": the actor is the other side of the meeting.
COUNTERPART_WORDS: tuple[str, ...] = ("counterpart", "counterparts")

# Phrases that refer back to the document's main pair of actors.
BOTH_SIDES_WORDS: tuple[str, ...] = (
    "the two sides",
    "both sides",
    "the two countries",
    "both countries",
    "the two nations",
    "both nations",
    "the two governments",
    "both governments",
    "the two leaders",
    "both leaders",
    "the two parties",
    "the two neighbours",
    "the two neighbors",
    "both neighbours",
    "both neighbors",
    "the two rivals",
    "the warring parties",
    "the warring sides",
)

# Institutions that stand for their state; the state comes from an adjacent country word.
INSTITUTIONS: dict[str, tuple[str, ...]] = {
    "central_bank": ("central bank", "reserve bank", "federal reserve", "monetary authority"),
    "embassy": ("embassy", "consulate", "consulate general", "permanent mission", "mission to"),
    "foreign_ministry": (
        "foreign ministry",
        "ministry of foreign affairs",
        "state department",
        "foreign office",
        "ministry of external affairs",
        "department of foreign affairs",
    ),
    "government": (
        "government",
        "administration",
        "cabinet",
        "presidency",
        "presidential office",
        "authorities",
        "royal court",
        # gov34: the palace named for the government that sits there, as
        # Persian "ارگ" and Arabic "القصر الرئاسي"
        "presidential palace",
        "national security council",
    ),
    "military": (
        "military",
        "army",
        "armed forces",
        "defence ministry",
        "defense ministry",
        "ministry of defence",
        "ministry of defense",
        "navy",
        "air force",
        "irgc",
    ),
    "parliament": (
        "parliament",
        "congress",
        "senate",
        "house of representatives",
        "national assembly",
        "majlis",
        "legislature",
    ),
}


# --- agents12b: delegations of the press ---------------------------------
# A delegation named by its trade meets officials as the parliamentary one
# does ("met a Tunisian media delegation"): its members are the media (MED), and, as people
# with a title, a party to the meeting, unlike the press that only reports
# an interview (``xx/agents.NOT_PARTY_TO``).
_PRESS_DELEGATIONS: tuple[str, ...] = (
    "media delegation",
    "press delegation",
    "delegation of journalists",
    "delegation of reporters",
)
ROLE_TITLES["official"] = ROLE_TITLES["official"] + _PRESS_DELEGATIONS
TITLE_AGENTS.update(dict.fromkeys(_PRESS_DELEGATIONS, "MED"))

# --- agents12b: titles of one state's office --------------------------------
# A title only one state's office bears, with no country word in it: the
# holder is that state's ("the Custodian of the Two Holy Mosques called the
# Egyptian president": the Saudi king). extract/lexicon.py attaches the state.
_ONE_STATE_TITLES: tuple[str, ...] = ("custodian of the two holy mosques",)

# --- roles14: members of the two US parties ---------------------------------
# "a Republican senator", "Democratic lawmakers": the parties' names are the
# United States' own, so the title is that state's even where no country is
# written (rather than the article's home or the object's country).
_US_PARTY_LEGISLATORS: tuple[str, ...] = tuple(
    f"{party} {title}"
    for party in ("republican", "democratic", "gop")
    for title in (
        "senator",
        "senators",
        "congressman",
        "congresswoman",
        "congressmen",
        "lawmaker",
        "lawmakers",
        "legislator",
        "legislators",
        "representative",
    )
)

# --- faactors18: the Leader of Iran's revolution ----------------------------
# "the Leader of the Islamic Revolution" names the office of one state,
# Iran's Leader, with no country word in it. Not bare "Supreme Leader"
# (North Korea's Kim is one too).
_IRAN_LEADER_TITLES: tuple[str, ...] = (
    "leader of the islamic revolution",
    "supreme leader of the islamic revolution",
    "islamic revolution leader",
)

# senses19: titles after a possessive ("the parliament said its speaker will
# visit Moscow", "the union said its chief met"): the owner's head, named
# before it — a body's own (of its agent), a state's office only when a
# state owns it (``mention_scan``, ``participants``).
POSSESSED_TITLES: dict[str, tuple[str, ...]] = {
    "head_of_state": tuple(
        f"{owner} {title}"
        for owner in ("its", "their")
        for title in ("head", "president", "leader", "chairman", "speaker", "emir", "king")
    ),
    "official": tuple(
        f"{owner} {title}"
        for owner in ("its", "their")
        for title in ("chief", "director", "spokesman", "spokeswoman", "spokesperson", "commander")
    ),
    "ambassador": ("its ambassador", "their ambassador"),
    # agents20: a state's ministers after its possessive ("Iran said its
    # foreign minister would visit Riyadh"): the owner's cabinet
    "foreign_minister": tuple(
        f"{owner} {title}"
        for owner in ("its", "their")
        for title in ("foreign minister", "top diplomat", "foreign secretary")
    ),
    "head_of_government": tuple(
        f"{owner} {title}" for owner in ("its", "their") for title in ("prime minister", "premier")
    ),
    "minister": tuple(
        f"{owner} {kind} minister"
        for owner in ("its", "their")
        for kind in ("defence", "defense", "interior", "finance", "oil", "energy", "health")
    ),
}

# --- titles of one state's office, by state and role ------------------------
# Each title above names its holder's state with no country word in it.
# extract/lexicon.py (``role_titles``) adds it to its role's titles where it
# is not there yet and attaches the state (``OF_STATE``).
TITLES_OF_STATE: dict[tuple[str, str], tuple[str, ...]] = {
    ("SAU", "head_of_state"): _ONE_STATE_TITLES,
    ("USA", "legislator"): _US_PARTY_LEGISLATORS,
    ("IRN", "head_of_state"): _IRAN_LEADER_TITLES,
    # names48fa: the secretary of Iran's security council, whose name no
    # other state's council bears in the news (as Persian "دبیر شورای عالی
    # امنیت ملی")
    ("IRN", "official"): ("secretary of the Supreme National Security Council",),
}

# senses23: a minister whose portfolio names civil society ("the minister of
# civil society") is a member of the government, not an NGO: the whole title
# is one entry, longer than the agent noun inside it.
ROLE_TITLES["minister"] += (
    "minister of civil society",
    "minister for civil society",
    "civil society minister",
    "minister of state for civil society",
    "minister for relations with civil society",
    "minister of relations with civil society",
)

# lead29: "leader" after the group it leads ("a union leader", "a student
# leader", "a tribal leader") is that group's head, of its agent, not a head
# of state, as "trade union leader" and "opposition leader" above. The
# plurals stay the agent nouns they are ("tribal leaders", ``agents``).
_GROUP_LEADERS: dict[str, tuple[str, ...]] = {
    "LAB": ("union", "labour", "labor"),
    "EDU": ("student",),
    "CVL": ("tribal", "community", "protest"),
    "REL": ("religious",),
    "REB": ("rebel", "militant", "insurgent"),
}
_GROUP_LEADER_TITLES = {
    f"{group} {leader}": agent
    for agent, groups in _GROUP_LEADERS.items()
    for group in groups
    for leader in ("leader",)
}
ROLE_TITLES["official"] = ROLE_TITLES["official"] + tuple(_GROUP_LEADER_TITLES)
TITLE_AGENTS.update(_GROUP_LEADER_TITLES)

# agents59fa: whoever runs or speaks for a candidate's campaign ("the
# campaign manager", "a campaign spokesman") acts for a political
# organisation (PTY), as Persian "سخنگوی ستاد انتخاباتی" does.
_CAMPAIGN_HEADS = {
    f"{kind}campaign {head}": "PTY"
    for kind in ("", "election ", "presidential ", "re-election ")
    for head in (
        "manager",
        "chairman",
        "chair",
        "chief",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    )
}
ROLE_TITLES["official"] = ROLE_TITLES["official"] + tuple(_CAMPAIGN_HEADS)
TITLE_AGENTS.update(_CAMPAIGN_HEADS)

# agents81ar: a candidate named by the camp he runs for ("the far-right
# candidate", "the Socialist candidate", "the conservative candidate")
# stands for a party (PTY), as "Republican candidate" already did; the
# title comes before the name, so a name known for another office (a former
# prime minister running again) does not lend that office's GOV. Not
# "independent candidate" (mendC82): an independent runs for no party.
_CANDIDATE_CAMPS: tuple[str, ...] = (
    "far-right",
    "right-wing",
    "left-wing",
    "far-left",
    "centrist",
    "conservative",
    "Socialist",
    "socialist",
    "liberal",
)
_CANDIDATE_TITLES: tuple[str, ...] = tuple(
    f"{camp} {noun}"
    for camp in _CANDIDATE_CAMPS
    for noun in ("candidate", "presidential candidate")
)
ROLE_TITLES["official"] = ROLE_TITLES["official"] + _CANDIDATE_TITLES
TITLE_AGENTS.update(dict.fromkeys(_CANDIDATE_TITLES, "PTY"))

# ranks60fa: the head of America's Central Command ("the commander of
# CENTCOM", "the CENTCOM commander") holds an office of its forces (MIL,
# role official), as Arabic "قائد القيادة المركزية" and Persian "فرمانده
# سنتکام" are read: his visit to a capital is a visit, not a deployment.
_CENTCOM_HEADS: tuple[str, ...] = tuple(
    f"{head} {body}"
    for head, body in (
        *(("commander of", b) for b in ("CENTCOM", "US Central Command", "U.S. Central Command")),
        *((b, "commander") for b in ("CENTCOM", "US Central Command", "U.S. Central Command")),
        ("head of", "CENTCOM"),
    )
)
ROLE_TITLES["official"] = ROLE_TITLES["official"] + _CENTCOM_HEADS
TITLE_AGENTS.update(dict.fromkeys(_CENTCOM_HEADS, "MIL"))
TITLES_OF_STATE[("USA", "official")] = TITLES_OF_STATE.get(("USA", "official"), ()) + _CENTCOM_HEADS

# aftertitle61fa: the heads of the IRGC and its arms ("the IRGC commander",
# "the commander of the Revolutionary Guards", "the Quds Force commander")
# hold offices of Iran's state forces (MIL, role official, Iran's), as the
# Persian "فرمانده کل سپاه" is read.
_IRGC_BODIES: tuple[str, ...] = (
    *("IRGC", "Revolutionary Guards", "Revolutionary Guard", "Revolutionary Guard Corps"),
    *("Islamic Revolutionary Guard Corps", "Quds Force", "IRGC Navy", "IRGC Aerospace Force"),
)
_IRGC_HEADS: tuple[str, ...] = (
    *(f"{body} commander" for body in _IRGC_BODIES),
    *(f"commander of the {body}" for body in _IRGC_BODIES),
    *(f"head of the {body}" for body in _IRGC_BODIES),
)
ROLE_TITLES["official"] = ROLE_TITLES["official"] + _IRGC_HEADS
TITLE_AGENTS.update(dict.fromkeys(_IRGC_HEADS, "MIL"))
TITLES_OF_STATE[("IRN", "official")] = TITLES_OF_STATE.get(("IRN", "official"), ()) + _IRGC_HEADS

# roles68: whoever speaks for a defence ministry ("the Pentagon spokesman",
# "a Defense Department spokeswoman") is a ministry's spokesman, GOV as
# ONTOLOGY.md reads ministries and spokespeople, where the ministry's name
# made him MIL; the ministry itself, reporting operations, stays MIL and a
# "military spokesman" stays MIL.
_DEFENCE_MINISTRIES: tuple[str, ...] = (
    *("Pentagon", "Defense Department", "Defence Department", "Defense Ministry"),
    *("Defence Ministry", "defense ministry", "defence ministry"),
)
_DEFENCE_SPOKESMEN: tuple[str, ...] = (
    # mendD68: "spokesperson" and "press secretary" too ("A Pentagon
    # spokesperson", "the Pentagon press secretary")
    *(
        f"{body} {who}"
        for body in _DEFENCE_MINISTRIES
        for who in ("spokesman", "spokeswoman", "spokesperson", "press secretary")
    ),
    *(
        f"{who} for the {body}"
        for body in _DEFENCE_MINISTRIES
        for who in ("spokesman", "spokeswoman", "spokesperson")
    ),
)
ROLE_TITLES["official"] = ROLE_TITLES["official"] + _DEFENCE_SPOKESMEN
TITLE_AGENTS.update(dict.fromkeys(_DEFENCE_SPOKESMEN, "GOV"))
# The Pentagon is the United States' own: its spokesman is the USA's.
_PENTAGON_SPOKESMEN: tuple[str, ...] = tuple(t for t in _DEFENCE_SPOKESMEN if "Pentagon" in t)
TITLES_OF_STATE[("USA", "official")] = (
    TITLES_OF_STATE.get(("USA", "official"), ()) + _PENTAGON_SPOKESMEN
)

# mendD109: the head of Iran's Expediency Council is its official, no head of
# state, and one actor with the name written beside him ("The chairman of the
# Expediency Council, X, visited …"), as the Guards' heads above
_EXPEDIENCY_HEADS: tuple[str, ...] = tuple(
    f"{head} of the {body}"
    for head in ("chairman", "head")
    for body in ("Expediency Council", "Expediency Discernment Council")
)
ROLE_TITLES["official"] = ROLE_TITLES["official"] + _EXPEDIENCY_HEADS
TITLE_AGENTS.update(dict.fromkeys(_EXPEDIENCY_HEADS, "GOV"))
TITLES_OF_STATE[("IRN", "official")] = TITLES_OF_STATE[("IRN", "official")] + _EXPEDIENCY_HEADS
