"""English event triggers, by PLOVER type and mode (lower-case base forms)."""

VERB_TRIGGERS: dict[tuple[str, str], tuple[str, ...]] = {
    ("CONSULT", "meeting"): ("meet", "met", "hold talks", "held talks", "discuss", "confer", "negotiate", "host", "hosted", "receive", "received"),
    ("CONSULT", "visit"): ("visit",),
    ("CONSULT", "phone"): ("phoned", "spoke by phone", "spoke by telephone"),
    ("AGREE", "sign"): ("sign", "signed", "ink", "inked"),
    ("AGREE", "agreement"): ("agree", "agreed", "accepted the invitation", "accept"),
    ("COOPERATE", "cooperation"): ("cooperate", "co-operate", "partner"),
    ("AID", "aid"): ("donate", "grant", "granted", "pledge", "pledged", "provide aid", "provided aid", "provide assistance"),
    ("SUPPORT", "praise"): ("welcome", "praise", "commend", "congratulate", "hail"),
    ("SUPPORT", "endorse"): ("support", "endorse", "back", "backed"),
    ("REQUEST", "appeal"): ("urge", "call on", "called on", "calls on", "ask", "request", "invite", "demand", "appeal"),
    ("CONCEDE", "release"): ("release", "free", "freed", "lift sanctions", "lifted sanctions", "ease sanctions", "eased sanctions"),
    ("CONCEDE", "apology"): ("apologise", "apologize", "apologised", "apologized"),
    ("ACCUSE", "criticise"): ("condemn", "criticise", "criticize", "accuse", "blame", "denounce", "warn", "slam", "slammed"),
    ("ACCUSE", "summon"): ("summon",),
    ("REJECT", "reject"): ("reject", "veto", "vetoed", "refuse", "refused", "dismiss"),
    ("THREATEN", "threat"): ("threaten",),
    ("PROTEST", "demonstrate"): ("protest", "demonstrate", "rally", "rallied", "boycott"),
    ("SANCTION", "sanction"): ("sanction", "impose sanctions", "imposed sanctions", "ban", "banned", "embargo"),
    ("SANCTION", "cut_ties"): ("sever", "cut ties", "expel", "expelled", "suspend", "recall", "recalled"),
    ("MOBILIZE", "deploy"): ("deploy", "mobilise", "mobilize"),
    ("COERCE", "seize"): ("seize", "seized", "detain", "arrest", "deport", "confiscate"),
    ("ASSAULT", "attack"): ("attack", "strike", "struck", "bomb", "shell", "invade"),
    ("RETREAT", "withdraw"): ("withdraw", "withdrew", "pull out", "pulled out", "retreat"),
}

NOUN_TRIGGERS: dict[tuple[str, str], tuple[str, ...]] = {
    ("CONSULT", "meeting"): ("meeting", "talks", "negotiations", "consultations", "dialogue", "bilateral talks"),
    ("CONSULT", "summit"): ("summit",),
    ("CONSULT", "visit"): ("visit", "state visit", "official visit", "trip"),
    ("CONSULT", "phone"): ("phone call", "telephone call", "phone conversation", "video call"),
    ("CONSULT", "press_conference"): ("joint press conference",),
    ("AGREE", "sign"): ("signing", "memorandum of understanding", "mou", "roadmap", "accord"),
    ("AGREE", "agreement"): ("agreement", "deal", "joint statement", "joint declaration", "treaty"),
    ("COOPERATE", "cooperation"): (
        "strategic partnership", "comprehensive strategic partnership", "joint working group",
        "joint committee", "upgrade ties", "upgraded ties", "strengthen cooperation",
        "expand cooperation", "deepen cooperation", "boost cooperation",
    ),
    ("AID", "aid"): ("aid", "assistance", "grant", "loan", "donation", "humanitarian aid", "relief", "vaccines", "funding"),
    ("SUPPORT", "endorse"): ("support", "solidarity", "endorsement"),
    ("REQUEST", "appeal"): ("invitation", "appeal", "request", "call"),
    ("CONCEDE", "release"): ("release", "sanctions relief"),
    ("ACCUSE", "criticise"): ("condemnation", "criticism", "accusation", "warning"),
    ("REJECT", "reject"): ("rejection", "veto"),
    ("THREATEN", "threat"): ("threat", "ultimatum"),
    ("PROTEST", "demonstrate"): ("demonstration", "protests", "boycott", "strike action"),
    ("SANCTION", "sanction"): ("sanctions", "embargo", "export controls", "travel ban"),
    ("MOBILIZE", "exercise"): ("military exercise", "military exercises", "military drills", "drills", "war games"),
    ("COERCE", "seize"): ("seizure", "detention", "arrest", "deportation"),
    ("ASSAULT", "attack"): ("airstrike", "air strike", "missile strike", "attack", "shelling", "invasion"),
    ("RETREAT", "withdraw"): ("withdrawal", "pullout"),
}

FIXED_TRIGGERS: dict[tuple[str, str], tuple[str, ...]] = {
    ("AGREE", "sign"): ("signed a memorandum", "signed an agreement"),
}

NOT_TRIGGERS: tuple[str, ...] = (
    "backing", "background", "backed by", "freedom", "free trade", "meeting point", "strikes me",
    "supporters", "banner", "callous", "summit of",
)
