"""English cues for the status of an event."""

from diplowatch.lang.en.dates import MONTHS, WEEKDAYS

PLANNED_CUES: tuple[str, ...] = (
    "will",
    "is to",
    "are to",
    "is expected to",
    "are expected to",
    "plans to",
    "plan to",
    "is scheduled to",
    "are scheduled to",
    "scheduled",
    "next week",
    "next month",
    "next year",
    "upcoming",
    "forthcoming",
    "tomorrow",
    "later this",
    "is set to",
    "are set to",
    "intends to",
    "intend to",
    "shall",
    "would",
    "planning to",
    "is due to",
    "are due to",
    "is set to",
    "aims to",
    "aim to",
    "is poised to",
    "are poised to",
    "later this week",
    "later this month",
    "later this year",
    "next weekend",
    "in the coming days",
    "in the coming weeks",
    "would be held",
    "will be held",
    "is going to",
    "are going to",
    "was expected to",
    "were expected to",
    "is likely to",
    "are likely to",
    "to be held",
    "preparing to",
    "prepares to",
    # status12: the next round and the coming visit are still to come
    "next round",
    "coming visit",
    "coming talks",
    "will start",
    "will begin",
    "will resume",
    # nonevents13: what is about to happen, or is being worked towards, has
    # not happened ("is about to start an African tour", "are working to
    # conclude arms deals")
    "is about to",
    "are about to",
    "on the verge of",
    "is working to",
    "are working to",
    "is working on",
    "are working on",
    # status85: what is or was supposed to happen, or has no date yet ("the
    # aid was supposed to arrive", "no date has been set for the visit"), is
    # still ahead when told, not done
    *(f"{be} supposed to" for be in ("is", "are", "was", "were")),
    *(f"no date has {yet}been set for" for yet in ("", "yet ")),
    "no date has been fixed for",
)
# The future told in the relative clause after an event's noun (status12:
# "the summit, which will be held next month"; ``extract/status.held_later``):
# auxiliaries of the future, not time words.
HELD_LATER_CUES: tuple[str, ...] = (
    "will",
    "is to",
    "are to",
    "is expected to",
    "are expected to",
    "is scheduled to",
    "are scheduled to",
    "is due to",
    "are due to",
    "will be held",
    "is set to",
    "are set to",
)
# status67: the future verbs of being held, carried out or beginning that
# close a deed noun's clause ("the meeting of the foreign ministers of … will
# take place in Tehran"): the deed is still to come
# (``extract/closing_future.py``).
FUTURE_CLOSERS: tuple[str, ...] = (
    "will be held",
    "will take place",
    "will be carried out",
    "will be conducted",
    "will be signed",
    "will begin",
    "will start",
    "will be launched",
    "will take effect",
    "will come into force",
    "is scheduled to take place",
    "is expected to take place",
)
# The articles read past to the word before a deed noun's phrase: "after the
# meeting … will take place" is no subject (``extract/closing_future.py``).
FUTURE_CLOSER_ARTICLES: tuple[str, ...] = ("the", "a", "an")
# Words of time and place before a deed noun, besides
# ``context.OCCURRENCE_NOT_AFTER``, that make it no subject ("after the
# meeting", "during talks").
FUTURE_CLOSER_NOT_AFTER: tuple[str, ...] = (
    "after",
    "before",
    "following",
    "since",
    "during",
    "at",
    "from",
    "by",
    "until",
    "between",
)
# mendC67: words that end the deed noun's own clause before a future
# closer: a word of past time, a conjunction that opens a new clause (never
# one joining names, as "and" in "Iran and Turkey" does) and a finite past
# verb ("the meeting ended yesterday and the next round will take place",
# "was held … but the next one will be held", "went well so the next one
# …"): the future closes another clause (``extract/closing_future.py``).
FUTURE_CLOSER_GAP_STOPS: tuple[str, ...] = (
    "yesterday",
    "earlier",
    "last",
    "ago",
    "but",
    "so",
    "while",
    "whereas",
    "then",
    "was",
    "were",
    "had",
    "ended",
    "concluded",
    "finished",
    "went",
)
# planned98: a deed done at one time named by its noun, the subject of a
# clause a present verb of taking place closes ("the visit of the Iraqi
# foreign minister to Tehran takes place on Monday"), is told ahead
# (``extract/closing_future.closed_present``); not in a relative clause
# after the noun ("talks that take place in Doha"), nor with a word of now,
# habit or course in its clause ("the meeting usually takes place in May").
PRESENT_CLOSERS: tuple[str, ...] = ("takes place", "take place")
PRESENT_CLOSER_TYPES: tuple[str, ...] = ("CONSULT", "MOBILIZE", "AID", "RETREAT")
PRESENT_CLOSER_GAP_STOPS: tuple[str, ...] = ("that", "which", "who", "where", "when")
PRESENT_CLOSER_STOPS: tuple[str, ...] = (
    *("now", "currently", "today", "ongoing", "still", "as", "while", "whenever"),
    *("usually", "often", "always", "regularly", "every", "each", "annually", "normally"),
)
# mendC99: a present of manner or channel tells how a deed goes, not one
# ahead ("the delivery … takes place through the port"), unless a time ahead
# is named in the clause too (``PRESENT_CLOSER_AHEAD_TIMES``: "via Doha on Monday")
PRESENT_CLOSER_MANNERS: tuple[str, ...] = (
    *("through", "via", "in stages", "in phases", "gradually", "step by step"),
)
PRESENT_CLOSER_AHEAD_TIMES: tuple[str, ...] = (
    *("tomorrow", "next week", "next month", "on monday", "on tuesday", "on wednesday"),
    *("on thursday", "on friday", "on saturday", "on sunday", "in the coming days"),
)
# Words that put what follows them in their clause ahead: a draft, a text
# still being written, a preparation ("a draft resolution imposing an arms
# embargo", "still drafting an agreement"). What they govern is planned
# (``extract/status.py``).
AHEAD_CUES: tuple[str, ...] = (
    "draft resolution",
    "draft resolutions",
    "draft agreement",
    "draft accord",
    "draft deal",
    "draft treaty",
    "draft text",
    "drafting",
    "preparations for",
    "preparations to",
    "preparing for",
    "prepare for",
    "gearing up to",
    "gearing up for",
    "getting ready to",
    "getting ready for",
    "readying",
    # status16: readiness offers a deed still to come ("is ready to send
    # mobile hospitals", "expressed readiness to mediate"): not done
    "ready to",
    # habits24fa: "is ready for talks" offers them, no talks held
    "ready for",
    "readiness to",
    "readiness for",
    "willing to",
    "willingness to",
    "is prepared to",
    "are prepared to",
    "was prepared to",
    "were prepared to",
)
# Rescheduling an event gives it a new time: still to come, so planned
# ("the meeting was rescheduled for Monday"), on either side of it in its
# clause. Cancelling is its negation (NEGATION_CUES), and so is putting it
# off (``PUT_OFF_CUES``).
POSTPONED_CUES: tuple[str, ...] = ("rescheduled",)
# postponed86: an event postponed, delayed or put off did not take place when
# it was due ("the strike was postponed", "postponed the talks"): told as
# negated, as one called off is (``CANCELLED_CUES``), as the challenge gold
# codes it and an analyst reads it (a visit put off did not happen); as
# Arabic "تأجيل الإضراب" and Persian "نشست به تعویق افتاد" are read. Read as
# a calling off is, on either side of the deed in its clause
# (``extract/status.postponed``).
PUT_OFF_CUES: tuple[str, ...] = (
    "postponed",
    "postpones",
    "postpone",
    "postponing",
    "postponement of",
    "delayed",
    "delays",
    "deferred",
    "defers",
    "put off",
)
# An attempt is no deed when the sentence tells it failed ("tried to send
# aid ships but were blocked"): a trigger a few words after an ATTEMPT cue,
# with a FAILURE cue after that cue in its sentence, is negated.
ATTEMPT_CUES: tuple[str, ...] = (
    "tried to",
    "tries to",
    "trying to",
    "attempted to",
    "attempts to",
    "attempting to",
    "attempted",
    "sought to",
    "an attempt to",
    "attempt to",
)
FAILURE_CUES: tuple[str, ...] = (
    "in vain",
    "to no avail",
    "without success",
    "unsuccessfully",
    "but failed",
    "but were blocked",
    "but was blocked",
    "but were stopped",
    "but was stopped",
    "but were turned back",
    "but was turned back",
    "but were intercepted",
    "but was intercepted",
    "but were prevented",
    "but was prevented",
    "but were unable",
    "but was unable",
    "but could not",
    "failed",
    "was foiled",
    "were foiled",
    "was thwarted",
    "were thwarted",
)
# Verbs of denial: what they deny did not happen, right after them ("denied
# supplying missiles") or in the "that" clause they open ("denied that its
# forces shelled the village"; ``extract/status.py``). A denial is no rejection.
DENIAL_CUES: tuple[str, ...] = (
    "denied",
    "deny",
    "denies",
    "denying",
    "refuted",
    "refutes",
    "rejected claims",
    "rejected reports",
    "dismissed claims",
    "dismissed reports",
)
# denial29: one's part in a deed, as a denial names it (not responsibility:
# "denied responsibility for the attack" answers a claim of an attack that
# happened, as Arabic "نفى مسؤوليته عن الهجوم" keeps it reported)
_PART_DENIED = (
    *("involvement in", "any link to", "any links to", "any connection to"),
    *("its involvement in", "their involvement in"),
)
NEGATION_CUES: tuple[str, ...] = (
    # status24ar: the passive counterfactual ("would have been deported had
    # the court not intervened"): the deed was not done
    "would have been",
    "not",
    "never",
    "no",
    "did not",
    "didn't",
    "won't",
    "refrained from",
    "no plans to",
    "has no plans to",
    "no intention of",
    "called off",
    "dismissed reports of",
    "denied reports of",
    "dismissed claims of",
    "denied claims of",
    # one's part in a deed, named only to be denied ("denied any role in the
    # attack")
    "any role in",
    "any part in",
    "any involvement in",
    # denial29: one's part denied without "any" ("denied involvement in the
    # attack", "denies any link to the bombing"): the denier's deed is
    # denied, as "any role in" reads
    *(f"{d} {w}" for d in ("denied", "denies", "deny", "denying") for w in _PART_DENIED),
    "calls off",
    "cancelled",
    "canceled",
    "cancels",
    "failed to",
    "declined to",
    "refused to",
    "without",
    "nor",
    "not to",
    "never been",
    "has not",
    "have not",
    "had not",
    "was not",
    "were not",
    "is not",
    "are not",
    "hasn't",
    "haven't",
    "wasn't",
    "weren't",
    "isn't",
    "aren't",
    "doesn't",
    "don't",
    "did not",
    "does not",
    "do not",
    "will not",
    "would not",
    "could not",
)
# Verbs that attribute what the sentence reports to a source (", officials
# said."): mentions in that clause are sources, not parties (extract/sources.py).
ATTRIBUTION_CUES: tuple[str, ...] = (
    "said",
    "says",
    "told",
    "tells",
    "reported",
    "reports",
    "added",
    "stated",
    "quoted",
    "according to",
    "confirmed",
    "wrote",
    "noted",
    "announced",
    "said in a statement",
    # verbs of stating, explaining and stressing before what is reported
    # ("a spokesman explained that gunmen attacked …"); claims and
    # allegations only before "that" ("claimed responsibility" is a deed's)
    "explained",
    "stressed",
    "emphasised",
    "emphasized",
    "pointed out",
    "insisted",
    "argued",
    "asserted",
    "claimed that",
    "alleged that",
    "acknowledged that",
    "revealed that",
    "disclosed that",
    "tweeted",
    "as saying",
    # sides45: referring to a deed tells it ("the president referred to the
    # arrests of …"), as Arabic "أشار إلى" and Persian "اشاره کرد"
    "referred to",
    # parties46fa: verbs of belief in the third person ("US Navy experts
    # believe a tanker was hit"): the believer comments on the deed told
    # after it, as a speaker does, and takes no part in it ("I believe" is a
    # view of one's own: ``SPECULATION_CUES``)
    "believe",
    "believes",
)
# attribution65fa: the plural present "say" ("Israeli officials say Russia
# carried out the attack"), as Persian "می‌گویند": read only before a deed of
# force (``quoted_pool.quoted_pool``, ``extract/attributed.py``), since "to say"
# and "would say" are no report elsewhere
PRESENT_SAYING_CUES: tuple[str, ...] = ("say",)

# Words after an event in its clause that tell it as history, long before
# the news ("a ship they seized more than a year ago").
HISTORY_CUES: tuple[str, ...] = (
    "year ago",
    "years ago",
    "decade ago",
    "decades ago",
    "century ago",
    "last year",
    "in the 19",
    "in the 20th century",
    # a statement of principle, no deed ("rejects violence in all its forms")
    "in all its forms",
    "in all forms",
    "in all its manifestations",
)

# Natural hazards: a sentence about one has no attack unless an armed actor
# is named ("an earthquake struck southern Turkey, killing 40 people").
DISASTER_CUES: tuple[str, ...] = (
    # accidents62: deaths by a fire, a collapse, drowning, suffocation, an
    # industrial blast or ordnance left from an old war have no attacker
    "in a fire",
    "a fire at",
    "fire broke out",
    "caught fire",
    "blaze",
    "building collapsed",
    "house collapsed",
    "roof collapsed",
    "bridge collapsed",
    "mine collapsed",
    "collapsed building",
    "drowned",
    "capsized",
    "suffocation",
    "suffocated",
    "fireworks",
    "chemical plant",
    "old landmine",
    "unexploded ordnance",
    "unexploded",
    "left over from",
    "leftover",
    "remnants of war",
    # types38fa: an explosion of gas or a boiler is an accident until a
    # doer is named
    "gas explosion",
    "gas leak",
    "boiler explosion",
    "earthquake",
    "quake",
    "tsunami",
    "flood",
    "floods",
    "flooding",
    "flash floods",
    "landslide",
    "landslides",
    "mudslide",
    "cyclone",
    "typhoon",
    "hurricane",
    "tornado",
    "storm",
    "wildfire",
    "wildfires",
    "bushfire",
    "avalanche",
    "heatwave",
    "heat wave",
    "volcanic eruption",
    "lightning",
    "building collapse",
    "plane crash",
    "bus crash",
    "car crash",
    "train crash",
    "road accident",
    "traffic accident",
    "stampede",
    "outbreak",
    "epidemic",
    # status12: a disease's dead are no attack's
    "pandemic",
    "covid",
    "covid-19",
    "coronavirus",
    "disease",
    "patients",
    "infected",
    "infections",
)
# noevent85: someone hit or run over by a vehicle ("a pedestrian was killed
# when a car hit him", "struck by a truck"): the vehicle kills, no attack
# unless an attack word is named ("in a ramming attack": ``ATTACK_CUES``), as
# Arabic "دهسته سيارة" and Persian "زیر گرفته شد" are read.
DISASTER_CUES = DISASTER_CUES + (
    *(
        f"{verb} by a {vehicle}"
        for verb in ("hit", "struck", "run over", "knocked down")
        for vehicle in ("car", "truck", "bus", "vehicle", "lorry", "van", "train")
    ),
    # mendA86: only one person as the object: "a truck hit a crowd" or
    # "ran over pedestrians" is as often a ramming
    *(
        f"a {vehicle} {verb} {whom}"
        for vehicle in ("car", "truck", "bus", "vehicle", "lorry", "van", "train")
        for verb in ("hit", "struck", "ran over", "knocked down")
        for whom in (
            *("him", "her", "a pedestrian", "a man", "a woman", "a boy", "a girl"),
            *("a child", "a cyclist", "a motorcyclist", "an old man", "an old woman"),
        )
    ),
)

# nonevent106: a technical fault and a collision ("a technical fault caused
# a fuel truck to explode", "the collision of two trains"): the deaths are an
# accident's, as Arabic "عطب فني" and Persian "نقص فنی" are read.
DISASTER_CUES = DISASTER_CUES + (
    *("technical fault", "technical failure", "mechanical failure", "mechanical fault"),
    *("collision", "collided"),
)

# accidents62: words of someone's use of force that keep an attack in a
# sentence that also names a disaster cue ("a car bomb exploded near a
# fireworks warehouse", "gunmen set fire to a bus").
ATTACK_CUES: tuple[str, ...] = (
    "bomb",
    "bombs",
    "bomber",
    "bombing",
    "car bomb",
    "suicide",
    "booby-trapped",
    "explosive device",
    "planted",
    "gunmen",
    "militants",
    "terrorist",
    "terrorists",
    "attack",
    "attacks",
    "attacked",
    "set fire to",
    "set ablaze",
    "torched",
    "arson",
    "shelling",
    "airstrike",
    "air strike",
    # mendA106: the plural and the other strikes from the air ("concern
    # about the airstrikes and the floods" blames someone)
    *("airstrikes", "air strikes", "drone strike", "drone strikes"),
    *("missile strike", "missile strikes"),
    # mendA106: "a drone bombed the factory", "a missile hit the base"
    *("bombed", "missile", "missiles"),
    "deliberately",
    # sides70ar: a shooting is someone's use of force ("killed in a
    # shooting at a cafe"), as Arabic "الرصاص" is
    *("shooting", "shootings", "gunfire", "opened fire"),
    # bahman87: the verb "storm" is someone's raid ("tried to storm the
    # embassy"), not the weather's disaster cue "storm"
    *("to storm", "storm the"),
    # bahman87: an outbreak of fighting is people's, not a disease's
    *(
        f"outbreak of {what}"
        for what in ("violence", "fighting", "clashes", "hostilities", "unrest", "riots")
    ),
)
# mendA70: words that call a shooting an accident ("killed in a shooting
# accident", "was accidentally shot"): no one's attack
# (``victims_only.attack_told``).
ACCIDENT_CUES: tuple[str, ...] = (
    *("accident", "accidents", "accidental", "accidentally", "hunting accident"),
)
# Words that open a reported clause ("said on Monday that the president will
# visit …"): a date before them dates the saying, not a planned event after them.
CLAUSE_OPENERS: tuple[str, ...] = ("that",)

# What a condition opens has not happened ("if Israel bombs its facilities",
# "in the event of an attack"): a trigger a few words after one is no report.
CONDITIONAL_CUES: tuple[str, ...] = (
    # precision59: a habit told by "whenever" is no one event ("whenever
    # teachers went on strike, the police arrested them"), as Arabic "كلما"
    # and Persian "هرگاه", "هر بار که"
    "whenever",
    "every time",
    # the counterfactual: "otherwise he would have agreed" (not "but for",
    # whose own phrase tells what did happen)
    "otherwise he would have",
    "otherwise she would have",
    "otherwise it would have",
    "otherwise they would have",
    "if",
    "even if",
    "unless",
    "in case",
    "in the event of",
    "in the event that",
    # on a condition ("provided that the troops withdraw")
    "provided that",
    "on condition that",
    "on the condition that",
    # prec25fa: contingent on ("holding it is subject to the council's approval")
    "subject to",
    "contingent on",
    "contingent upon",
    "conditional on",
    "conditional upon",
    # senses22: what "you" or "one" can do ("you can criticise the government",
    # "one can expect them to lift the sanctions"); not "we can", which an
    # official says of what is reported ("we can confirm reports of …")
    "you can",
    "you cannot",
    "you can't",
    "one can",
    "one cannot",
    # noev37ar: what one fears has not happened ("officials fear new
    # bombings"), as Arabic "يخشى … من تفجيرات" and "مخاوف من"; not the bare
    # noun "fear" ("fled in fear after the militants attacked"), nor a
    # feared doer ("the much-feared guards arrested two sailors")
    "fear that",
    "fear new",
    "fear further",
    "fear more",
    "fears of new",
    "feared that",
    "fearing that",
)

# plans15: what must or should happen is no report of it ("both sides must
# stop the fighting"): a deed a few words after one of these, and one joined
# to that deed by "and" ("… and withdraw their forces";
# ``extract/hypothetical.hypothetical_starts``).
OBLIGATION_CUES: tuple[str, ...] = (
    "must",
    "should",
    "ought to",
    # modal18: obligation told by "have to"/"need to" ("Hamas needs to release
    # the hostages", "Washington has to negotiate with Tehran"); "had to" is
    # left out: it often tells what was done ("troops had to withdraw")
    "has to",
    "have to",
    "needs to",
    "need to",
    "is required to",
    "are required to",
    "is obliged to",
    "are obliged to",
    # senses17: a right or a permission ("officials have the right to
    # request more information if …"): what one may do is not what one did
    "have the right to",
    "has the right to",
    "had the right to",
    "reserves the right to",
    "reserve the right to",
    "is entitled to",
    "are entitled to",
    # typesfa85: the right told as someone's ("it is their right to demand
    # higher wages"), as Persian "حق شماست … خواستار … شوید" and Arabic "من
    # حقهم أن يطالبوا": a demand one may make, none made
    *(f"{whose} right to" for whose in ("my", "our", "your", "his", "her", "their")),
)

# Pronouns right after a verb of saying that point back to the speaker ("the
# army said it killed ten militants", "… said that its forces shelled …"): the
# speaker tells its own deed and takes part in it (extract/quote_opening.py).
BOUND_COMPLEMENTIZER_CUES: tuple[str, ...] = (
    "it",
    "its",
    "they",
    "their",
    "we",
    "our",
    "he",
    "she",
    "that it",
    "that its",
    "that they",
    "that their",
    "that we",
    "that our",
    "that he",
    "that she",
)

# arabic72: regret and sorrow over a deed ("expressed regret over the killing
# of …") are no deed of force: who voices them is no doer of it — unless the
# deed is its own (mendB72: "its strike", or an armed body regrets:
# "The Israeli army expressed regret over …"; ``onlookers.after_onlooker``).
# Bare "regretted"/"regrets" too (mendE73): "Jordan regretted the killing of
# …"; "Russia regretted its decision" stays its own (``OWN_DEED_MARKS``).
REGRET_CUES: tuple[str, ...] = (
    *("regret over", "regret at", "regret for", "regrets over", "regretted", "regrets"),
    *("sorrow over", "sorrow at", "sadness over", "sadness at", "grief over", "saddened by"),
)

# Words of those who only look into or grieve over a deed named after them
# ("police are investigating the attack", "offered condolences over the
# bombing"): they take no part in it (extract/onlookers.py).
ONLOOKER_CUES: tuple[str, ...] = (
    "investigating",
    "investigate",
    "investigates",
    "investigated",
    "investigation into",
    "investigation of",
    "investigations into",
    "inquiry into",
    "probe into",
    "probing",
    "condolences",
    "condoled",
    "mourned",
    "mourning",
    "mourns",
    "mourn",
    # Who asks that a deed's doers be held to account, tried or punished
    # ("called for accountability for those who killed protesters") is no
    # party to that deed either.
    "accountability for",
    "accountable",
    "prosecute",
    "prosecution of",
    "punish",
    "punishment of",
    "trial of",
    "justice for",
    # Who only comments on, reacts to or describes a deed named after these
    # ("Commenting on the attack, the minister said …", "described the
    # attack as barbaric") keeps his own reaction but is no party to it.
    "commenting on",
    "comment on",
    "comments on",
    "reacting to",
    "reaction to",
    "in reaction to",
    "responding to",
    "asked about",
    "when asked about",
    "described",
    "describes",
    "describing",
    # "called the attack on the tanker a violation": the one who names a deed
    # so is no party to it; "called the" alone, as a phone call ("called the
    # president") is followed by no deed
    "called the",
    "calls the",
)

# A hope or a wish is no report: what follows it in its clause has not
# happened ("expressed hope that the two sides would resume talks").
WISH_CUES: tuple[str, ...] = (
    "hope",
    "hopes",
    "hoped",
    "hoping",
    "expressed hope",
    "expressed the hope",
    "expressed his hope",
    "expressed her hope",
    "wish",
    "wishes",
    "wished",
    # habits24fa: wanting ("Iran wants to resume negotiations"); not bare
    # "wanted" ("wanted for the bombing")
    "want to",
    "wants to",
    "wanted to",
    "would like to",
)

# Words before an event in its clause that recall it as done before the news
# ("had previously expelled", "the ship, which had been sanctioned"):
# background, no new event.
RECAP_CUES: tuple[str, ...] = (
    "previously",
    "had previously",
    # status12: "had earlier pulled out", "had once expelled"
    "had earlier",
    "had once",
    "had long",
    "formerly",
    "which had",
    "which had been",
    "who had",
    "who had been",
    # an era opening the clause ("During the Cold War, …"); after the deed it
    # may name what the deed is about ("apologised for abuses during the war")
    "during the revolution",
    "during the cold war",
    "during world war",
    "during the first world war",
    "during the second world war",
    "during the iran-iraq war",
    "during the colonial era",
)
# noevent91: a span of recent years opening the deed's clause ("In recent
# years the authorities have arrested hundreds of activists") sums up deeds
# done over years, no one deed; only before the deed, so "the deadliest
# attack in recent years" stays told.
RECAP_CUES += tuple(
    f"{prep} {span}"
    for prep in ("in", "over", "during")
    for span in ("recent years", "the past few years", "the last few years", "past years")
)
# mendB92: the same spans without "few" ("Over the past years Iran and Iraq
# have signed several agreements"); "over the years" is a background cue.
RECAP_CUES += tuple(
    f"{prep} {span}"
    for prep in ("in", "over", "during")
    for span in ("the past years", "the last years", "the past several years")
) + tuple(f"{prep} the last several years" for prep in ("in", "over", "during"))

# A habit, a statistic or an era on either side of an event in its clause: a
# general statement or history, no new event ("guns kill thousands every
# year", "during the Cold War").
BACKGROUND_CUES: tuple[str, ...] = (
    "every year",
    "each year",
    "annually",
    "routinely",
    "repeatedly",
    "in the past",
    "over the years",
    "over the decades",
    "for decades",
    "in recent decades",
    "in past decades",
    "over the past decades",
    "in the 1950s",
    "in the 1960s",
    "in the 1970s",
    "in the 1980s",
    "in the 1990s",
    "in the 80s",
    "in the 90s",
    # prec26ar: a running total since a war broke out ("15,000 people have
    # been killed since the outbreak of the insurgency") or by a tally: no
    # one deed. Not "since the start of": "… of the year" may date real deeds
    "since the outbreak of",
    "according to a tally",
)

# Words of a claim of responsibility for a deed of force ("the Islamic State
# claimed responsibility", "Boko Haram claimed the attack"): the armed group
# named next to them did the sentence's attacks (extract/claims.py).
CLAIM_CUES: tuple[str, ...] = tuple(
    f"{verb} {what}"
    for verb in ("claimed", "claiming", "claims", "claim", "has claimed", "have claimed")
    for what in (
        "responsibility",
        "credit",
        "the attack",
        "the attacks",
        "the bombing",
        "the bombings",
        "the blast",
        "the assault",
        "the killing",
        "the killings",
        "the kidnapping",
        "the abduction",
        "the ambush",
        "the raid",
        "the assassination",
        "the explosion",
    )
) + ("took responsibility for", "accepted responsibility for", "claimed it")

# actors17: an attack blamed on an armed group ("a bombing that officials
# blamed on the Islamic State") names its doer as a claim does: the armed
# group right after the blame's words (extract/claims.py; only armed
# movements and gunmen, so "blamed on Iran" names no doer here).
CLAIM_CUES += (
    "blamed on",
    "blamed it on",
    "blamed them on",
    "blaming it on",
    "was blamed on",
    "were blamed on",
)


# status12: a guess opens what might happen, not what did ("Turkey could reach a
# deal to withdraw", "perhaps the two sides will meet"):
# a trigger a few words after one is no report (``extract/hypothetical.hypothetical``).
SPECULATION_CUES: tuple[str, ...] = (
    "possibly",
    "perhaps",
    "could",
    "might",
    "may well",
    "it is possible that",
    "it is likely that",
    "speculated that",
)


# nonevents14: a schedule or timetable of events lists what is still to come
# ("published a calendar of strikes", "a timetable for the talks").
AHEAD_CUES += (
    "calendar of",
    "schedule of",
    "schedule for",
    "timetable of",
    "timetable for",
)
# senses23: what a day comes on the eve of is still to come ("on the eve of
# talks between Egypt and Jordan, Shoukry said …"): the meeting is not held.
AHEAD_CUES += ("on the eve of", "the eve of", "eve of")


# senses17: a plan, a proposal or an initiative names the deed it is for
# ("discussed a plan for the deployment of peacekeepers"): the deed right
# after it is its content, not reported (``extract/hypothetical.POSSIBILITY_SPAN``).
POSSIBILITY_CUES: tuple[str, ...] = (
    "plan for",
    "plan for the",
    "plans for",
    "plans for the",
    "proposal for",
    "proposal for the",
    "proposals for",
    "initiative for",
    "initiative for the",
    # prec25fa: a need or a necessity names the deed needed, not one done
    # ("stressed the need for talks with Riyadh")
    "need for",
    "need for a",
    "need for new",
    "necessity of",
    "necessity of a",
    # nonevent70: a deed proposed ("proposed to withdraw foreign forces"), as
    # Arabic "اقترح أن تنسحب" and Persian "پیشنهاد کرد که … خارج شوند" read
    "proposed to",
    "proposes to",
    "propose to",
    "proposing to",
)

# faextra17: who reacts to a deed named right after these ("the ministry,
# in response to the attack on the tanker, said …") is no party to it; only
# the noun right after binds, so a reply told later ("in response to the
# killing, the army shelled …") keeps its doer (extract/reacted.py).
# "in reaction to" and "reacting to" are onlooker cues already.
REACTED_CUES: tuple[str, ...] = (
    "in response to",
    "responding to",
    "in a response to",
)

# reporter106: who voices concern over a deed named right after these
# ("Amnesty voiced concern over the arrest of activists by Egyptian
# police") neither did it nor suffered it: read as a reaction's word
# (extract/reacted.py), binding only the noun right after.
CONCERN_CUES: tuple[str, ...] = tuple(
    f"{noun} {about}"
    for noun in ("concern", "concerns", "concerned", "alarm", "alarmed")
    for about in ("over", "about", "at", "regarding")
)

# bystander101: who refers to a deed or a meeting named right after these
# ("The envoy, referring to the talks between Iran and the US, said …")
# only tells of it and is no side of it, where the phrase names its sides
# (extract/referred.py). Remarks referred to are REFERENCE_CUES.
REFERRING_CUES: tuple[str, ...] = (
    "referring to",
    "in reference to",
    "in a reference to",
    "in an apparent reference to",
    "alluding to",
)


# faextra18: the medium a speaker talks through ("said in an interview with
# CNN", "speaking to Reuters") is the channel of the statement, never a
# party to what is said (extract/sources.py).
CHANNEL_CUES: tuple[str, ...] = tuple(
    f"{opener} {article}".strip()
    for opener in (
        "in an interview with",
        "in an interview on",
        "in an exclusive interview with",
        "in an interview published by",
        "in comments to",
        "in remarks to",
        "speaking to",
        "in a report by",
        "writing in",
    )
    for article in ("", "the")
)

# ---- senses19: a deed told of nobody (extract/nobody.py) ----
# A quantifier that makes the clause's doer or undergoer none: "no
# journalist was beaten", "none of its soldiers were killed", "not a single
# protester was arrested" tell that the deed did not happen.
NEGATIVE_QUANTIFIERS: tuple[str, ...] = (
    "no",
    "none of",
    "not a single",
    "not one",
    "nobody",
    "no one",
    "neither",
)
# "any" is "no" only under a negation just before it ("did not send any
# troops", "has not received any aid"); elsewhere it is "whichever" ("any
# attack will be answered").
NEGATED_QUANTIFIERS: tuple[str, ...] = ("any",)
# Phrases that begin like a quantifier and are none: a count ("no fewer
# than 20 were killed"), a comment ("no doubt", "no secret") or a time.
NOT_QUANTIFIERS: tuple[str, ...] = (
    "no fewer",
    "no less",
    "no more than",
    "no doubt",
    "no secret",
    "no matter",
    "no sooner",
    "no later",
    "no earlier",
    "no longer than",
    "not one but",
)
# After these a quantifier tells how a deed was done, not that it was not:
# "arrested with no warrant", "struck without any warning".
QUANTIFIER_FREE_WORDS: tuple[str, ...] = ("without", "with")


# lead21: a deed judged unlikely is a guess too ("an analyst said Iran is
# unlikely to return to talks"), and "may" before the verb of a deed noun
# ("the talks may resume"; "may" alone is also the month, so only with the
# verbs that tell a deed noun's course).
SPECULATION_CUES += (
    "unlikely to",
    "it is unlikely that",
    "may resume",
    "may be resumed",
    "may take place",
    "may be held",
    "may begin",
    "may start",
)


# lead21: being unable to do a deed is failing at it ("the two sides were
# unable to reach an agreement"; ``extract/status.unable``).
FAILURE_CUES += ("unable", "did not manage", "failed")


# lead21: the medium may be named by its kind alone ("in an interview with a
# newspaper"): the indefinite article leads it as the definite one does.
# ("told" stays a verb of saying: its speaker is the doer of what he says.)
CHANNEL_CUES += tuple(
    f"{opener} {article}"
    for opener in ("in an interview with", "in an exclusive interview with", "speaking to")
    for article in ("a", "an")
)

# senses22: a question asked ("in reply to a question whether Washington
# supports an Israeli strike") reports nothing it asks about: what follows
# the cue in its clause is no event (``extract/hypothetical.hypothetical``).
QUESTION_CUES: tuple[str, ...] = ("whether",)
# consist26: a promise not made ("made no promise to send medicine", "did not
# promise to send"): the deed promised is negated, as Arabic "لم تعد بإرسال"
# and Persian "وعده‌ای برای ارسال … نداد" are read.
NEGATION_CUES += tuple(
    f"{neg} {noun} to"
    for neg in ("made no", "gave no", "makes no", "did not make any", "did not give any")
    for noun in ("promise", "pledge", "commitment")
) + tuple(
    f"{neg} {verb} to"
    for neg in ("did not", "didn't", "has not", "have not")
    for verb in ("promise", "pledge", "commit", "promised", "pledged", "committed")
)


# nonevent27: a habit or a standing policy ("Iran has always supported the
# resistance", "usually rejects") tells what a side does in general, no deed
# of the day, as "every year" and "routinely" above (``extract/history.
# _recalled``), as Arabic "لطالما" (Persian "همواره" is left out: see
# ``lang/fa/status.py``).
BACKGROUND_CUES += (
    "always",
    "usually",
    "traditionally",
    "historically",
    "habitually",
    "time and again",
)
# topics50: a deed told as what usually happens ("Israel strikes Syria almost
# daily", "kidnappings are common in the north") is a habit, no event.
BACKGROUND_CUES += (
    *("often", "frequently", "regularly", "almost daily", "nearly daily"),
    *("almost every day", "nearly every day", "on a daily basis", "on a regular basis"),
    *("are common", "is common", "are commonplace", "is commonplace", "are frequent"),
    *("are rife", "is rife", "are a daily occurrence", "is a daily occurrence"),
)
# nonevent111: a deed told as what happens at times or in many cases ("the
# authorities sometimes refuse visas", "in many cases activists are
# arrested") is a habit, no one deed, as Persian "گاهی" and Arabic "أحيانا".
# Not "at times" ("at times of crisis").
# mendA111: they tell a habit of their own clause only
# (``extract/occasion``): a case cue a relative clause follows names known
# cases, and a relative, a conjunction after a comma, a verb of saying, a
# colon, quote marks or a semicolon between cue and deed, or a day in the
# deed's clause, keep the cue from it ("police on Monday arrested ten
# students who sometimes chanted slogans").
OCCASION_CUES: tuple[str, ...] = (
    *("sometimes", "occasionally", "from time to time", "every now and then", "now and then"),
)
OCCASION_CASE_CUES: tuple[str, ...] = (
    *("in many cases", "in most cases", "in some cases", "in numerous cases"),
)
BACKGROUND_CUES += OCCASION_CUES + OCCASION_CASE_CUES
OCCASION_RELATIVES: tuple[str, ...] = ("who", "whom", "whose", "which", "that", "where")
OCCASION_CONJUNCTIONS: tuple[str, ...] = ("and", "but", "while", "whereas", "yet")
# noevent91: a deed told as done many times ("Turkey has accused Greece
# several times of violating its airspace") is a tally of deeds, no one
# deed, as "repeatedly" above. Not "for the second time": a deed done once
# more is told.
REPETITION_CUES: tuple[str, ...] = (
    *("several times", "many times", "numerous times", "multiple times", "more than once"),
    *("on several occasions", "on many occasions", "on numerous occasions"),
    *("on multiple occasions", "again and again", "time after time"),
)
BACKGROUND_CUES += REPETITION_CUES
# mendB92: a repetition word tells one deed done several times, no habit,
# where its clause names one day ("Israeli jets struck the airport several
# times on Monday"; ``extract/history.habit_cues``), as the older
# "repeatedly" and "time and again" above; and it is a multiplier, no
# repetition at all, before a comparative ("a force many times larger than
# before", "several times the size of").
REPETITION_CUES += ("repeatedly", "time and again")
MULTIPLIER_AFTER: tuple[str, ...] = (
    *("more", "less", "fewer", "larger", "bigger", "greater", "higher", "lower"),
    *("smaller", "stronger", "weaker", "faster", "longer", "heavier", "wider", "deadlier"),
    *("the size", "the number", "the amount", "the level", "the rate", "the cost"),
    # not "as" alone: "struck several times as the truce collapsed"
    *("as much", "as many", "as large", "as big", "as high", "as great", "as strong"),
)
# mendF93: a weekday after a word of recurrence or of a span's start is no
# one day ("several times every Monday", "each Friday", "since Monday";
# ``extract/history.habit_cues``); a day noun between is skipped.
ONE_DAY_NOT_AFTER: tuple[str, ...] = ("every", "each", "since")
ONE_DAY_NOUNS: tuple[str, ...] = ("day",)

# nonevent27: an opinion given as one's own ("in my view", "I think") is no
# report of what it names: a deed a few words after it is a view, as a
# guess is (``extract/hypothetical.hypothetical``). Third persons ("the
# minister believes") are left out: what a side holds another did is its
# accusation; so is a hedge ("it seems that"): a report told with care is
# still a report.
SPECULATION_CUES += (
    "in my view",
    "in my opinion",
    "i think",
    "i believe",
)

# nonevent27: words that name a thing by its title or name ("a report
# entitled «…»", "the book '…'", "an operation code-named '…'"): a deed word inside the quoted title that follows names a book, a
# conference or a campaign, and tells no deed (``extract/nonevents.in_title``),
# as Arabic "بعنوان" and Persian "با عنوان" are read. Slogans are left out:
# a campaign under the slogan "Boycott …" is a deed of its own.
TITLE_CUES: tuple[str, ...] = (
    "entitled",
    "titled",
    "under the title",
    "dubbed",
    "named",
    "called",
    "known as",
    "codenamed",
    "code-named",
    "book",
    "article",
    "film",
    "documentary",
    "headline",
    "headlined",
)
# requests28: an agreement the sides are close to has not been reached ("are
# close to an agreement", "came closer to a deal", "nearing a ceasefire"):
# it is at most planned, as Arabic "قريبتان من التوصل إلى اتفاق" and Persian
# "به توافق نزدیک شده‌اند" are read. Only after a verb of being or moving:
# "a businessman close to the president" is near a person, not a plan.
PLANNED_CUES += tuple(
    f"{verb} {near}"
    for verb in (
        *("is", "are", "was", "were", "be", "been", "being", "remain", "remains", "came"),
        *("come", "comes", "coming", "got", "get", "gets", "getting", "moved", "move"),
        *("moves", "moving", "edged", "edging", "inched", "inching", "drew", "draw", "now"),
    )
    for near in ("close to", "closer to", "very close to", "so close to")
) + ("nearing", "are near", "is near", "were near", "was near")

# tri30b: an event called off after it is named ("the visit … was
# cancelled", "the summit has been called off") is negated, as "cancelled
# the visit" is (``NEGATION_CUES``) and as Arabic "ألغيت الزيارة" and
# Persian "سفر … لغو شد" are read.
CANCELLED_CUES: tuple[str, ...] = tuple(
    f"{aux} {verb}"
    for aux in ("was", "were", "has been", "have been", "had been", "is", "are")
    for verb in ("cancelled", "canceled", "called off", "scrapped")
)
# status50: a deed halted, suspended, stopped or shelved ("the prisoner
# exchange was halted", "talks have been suspended") is not going on: it is
# told as negated as one called off is, as Arabic "توقفت المفاوضات" and
# Persian "مذاکرات متوقف شد" are (``extract/status.halted``: after its deed
# noun, no comma between). Only the passive with its auxiliary: "resumed
# after being halted" tells the resumption, and "X suspended aid to Y" is a
# sanction of its own (its verb is the trigger). A deed that failed or
# collapsed is not listed: failed talks were held (``unable``).
HALTED_AFTER_CUES: tuple[str, ...] = tuple(
    f"{aux} {verb}"
    for aux in ("was", "were", "has been", "have been", "had been", "is", "are")
    for verb in ("halted", "suspended", "stopped", "shelved", "abandoned")
)

# consult34fa: the chance or the prospect of a deal names a deed not (yet)
# done ("the chances of reaching an agreement have grown", "prospects for a
# deal"), as Persian "فرصت رسیدن به توافق" and Arabic "فرص التوصل إلى
# اتفاق" are read. Not "opportunity to": "had the opportunity to meet the
# leader" tells a meeting that was held.
POSSIBILITY_CUES = POSSIBILITY_CUES + tuple(
    f"{chance} {link}{article}".strip()
    for chance in ("chance", "chances", "prospect", "prospects", "odds")
    for link in ("of", "for", "of reaching", "for reaching", "of striking", "of achieving")
    for article in ("", " a", " an", " the")
)

# nonevent105: a deed ruled out ("there is no room for talks", "no place
# for retreat") is named, not done, as Arabic "لا مجال للتراجع" and Persian
# "جایی برای مذاکره نیست" are read.
RULED_OUT_CUES: tuple[str, ...] = tuple(
    f"no {room} for{article}"
    for room in ("room", "place", "space")
    for article in ("", " a", " an", " any", " the")
)

# consult34fa: remarks referred to ("referring to the leader's remarks in
# his meeting with poets, the official said …"): the meeting they were made
# at is only where they were said (``extract/hypothetical.REFERENCE_SPAN``), as
# Persian "با اشاره به بیانات" and Arabic "مشيرا إلى تصريحات" are read.
REFERENCE_CUES: tuple[str, ...] = tuple(
    f"{ref} {remarks}"
    for ref in ("referring to", "in reference to", "citing", "recalling")
    for remarks in ("the remarks", "remarks", "the statements", "statements", "the speech")
)

# prec38ar: a stance in the present simple in a relative clause on a named
# side ("the movement, which demands …", "a leader who calls for …")
# describes that side, no call made that day (``extract/standing.py``).
# Not "that": it is also a complementizer ("told Israel that it rejects").
STANDING_RELATIVES: dict[str, tuple[str, ...]] = {"who": (), "which": ()}
STANDING_PRESENT_ENDINGS: tuple[str, ...] = ("s",)
STANDING_NOW_WORDS: tuple[str, ...] = ("today", "now", "yesterday", "tonight", "again")

# real42: a danger to an abstract good right after the verb or noun of
# threatening ("threatens regional peace", "a threat to the economy") is no
# threat an actor makes (``extract/endangered.py``).
ENDANGERED_GOODS: tuple[str, ...] = (
    *("peace", "security", "stability", "economy", "livelihoods", "lives", "health"),
    *("future", "unity", "prosperity"),
)

# nonevent72fa: a danger or a hardship right before the verb of threatening
# ("hunger threatens millions", "a food crisis threatens Afghanistan") is what
# threatens, no side making a threat (``extract/endangered.py``).
DANGER_SUBJECTS: tuple[str, ...] = (
    *("hunger", "famine", "poverty", "drought", "crisis", "insecurity", "disease"),
    *("pandemic", "virus", "inflation", "unemployment", "danger", "floods", "terrorism"),
)

# noevent51: what a law, a bill or a deal provides ("the bill stipulates that
# landlords be jailed", "a clause providing for the release of prisoners")
# is a rule, no deed done: a trigger up to twenty words on in its clause
# tells no event (``extract/hypothetical.hypothetical``). Not bare "provides"
# ("provides weapons" is aid).
PROVISION_CUES: tuple[str, ...] = (
    *("stipulates", "stipulating", "stipulate", "stipulated that"),
    *("provides that", "providing that", "provides for", "providing for"),
)
# subjunctive71: the mandative subjunctive ("Russia proposed that Turkey
# withdraw its troops", "it is essential that Moscow release them") names
# what a side should do, as a law's provision does; as Persian "پیشنهاد کرد
# که … خارج کند" and Arabic "اقترح أن تنسحب" are read. Only words whose
# "that" clause is always mandative: not "suggested"/"insisted that", which
# also report ("insisted that Israel struck first").
PROVISION_CUES = PROVISION_CUES + (
    *(f"{verb} that" for verb in ("proposed", "proposes", "propose", "proposing")),
    *(f"{verb} that" for verb in ("recommended", "recommends", "recommend", "recommending")),
    *(f"{need} that" for need in ("essential", "necessary", "imperative", "vital")),
)
# nonevent74ar: what is recommended as a noun ("the committee recommended a
# meeting with the delegation", "recommended holding talks") is advice, as
# its "that" clause is: no deed done; Arabic "أوصت اللجنة بعقد اجتماع" alike.
PROVISION_CUES = PROVISION_CUES + tuple(
    f"{verb} {what}"
    for verb in ("recommended", "recommends", "recommend", "recommending")
    for what in ("a", "an", "the", "holding", "more", "closer", "regular")
)
# noevent85: what a law, a deal or a side allows or forbids ("the law allows
# police to shoot", "a deal that permits the lifting of sanctions", "Ankara
# allowed US jets to launch strikes", "the law forbids police to arrest
# journalists") is a deed that may or may not be done, none told: as a
# provision, over the verb phrase it governs (eight words), as Arabic
# "يسمح"/"يحظر" are read.
PERMISSION_CUES: tuple[str, ...] = (
    *("allows", "allow", "allowing", "allowed", "permits", "permitting", "permitted"),
    *("authorizes", "authorises", "authorizing", "authorising", "entitles", "empowers"),
    *("forbids", "forbidding", "forbade", "prohibits", "prohibiting"),
)

# status67: a deed noun told as imminent is still to come ("an imminent
# attack", "an attack was imminent"), as Arabic "وشيك" and Persian
# "قریب‌الوقوع" are read; only the noun the word qualifies
# (``extract/closing_future.told_imminent``).
IMMINENT_CUES: tuple[str, ...] = ("imminent",)
# mendC67: a negation between the noun and "imminent", or by the cue ("the
# attack was not imminent", "no imminent attack"), denies the deed is near:
# it plans nothing (``extract/closing_future.told_imminent``).
IMMINENT_NEGATIONS: tuple[str, ...] = ("not", "no", "never", "isn't", "wasn't", "aren't", "weren't")
# mendC67: verbs of being held that, between a plan cue in a meeting noun's
# relative clause and a later deed, keep the cue the meeting's own ("the
# meeting, which is to be held next week to discuss the attack": a purpose,
# not the planned deed; ``extract/status.relative_deed_after``).
RELATIVE_HELD_VERBS: tuple[str, ...] = ("be held", "take place", "convene", "begin", "start")

# english72: verbs whose "that" clause is mandative only when its verb is in
# the bare form ("the union insisted that the government withdraw the bill",
# "Russia suggested that Turkey withdraw its troops", "demanded that the
# ambassador be expelled"): what is to be done, no deed done. The same verbs
# report before an indicative verb ("insisted that Israel struck first",
# "suggested that the US supports …"), so the verb's shape decides
# (``extract/hypothetical._mandative``); "demanded/urged/asked that" were read
# as a request's content already. mendA72: no cue of the lexicon (the longer
# phrase hid the attribution cue "insisted", and the speaker became a side):
# read beside the cues (``extract/hope_clause.bounds_of``).
MANDATIVE_PHRASES: tuple[str, ...] = tuple(
    f"{verb} that"
    for stem in ("insist", "suggest", "demand")
    for verb in (stem, f"{stem}s", f"{stem}ed", f"{stem}ing")
)

# future79fa: the noun "will" (a resolve) is no future auxiliary:
# "against the will of the people, the army arrested …", "showed the
# political will to …" read the deed after it planned. After an article, a
# possessive or the adjectives it takes it is the noun; as the longer phrase
# the blocker hides the auxiliary inside it. Not "goodwill", one word the
# whole-word cue never matched.
_NOUN_WILL = tuple(
    f"{before} will"
    for before in (
        *("the", "a", "political", "good", "ill", "free", "own", "popular"),
        *("his", "her", "its", "their", "our", "my", "your"),
    )
)
NOT_CUES: tuple[str, ...] = _NOUN_WILL
# mendB86 (review85, finding 6): "supposed to have" + a participle is
# epistemic, a deed held to have been done ("Iran is supposed to have
# attacked …"), no plan: the longer phrase hides the "supposed to" cue.
NOT_CUES += tuple(f"{be} supposed to have" for be in ("is", "are", "was", "were"))
# The will to do a deed offers it, as "willingness to" and "readiness to"
# do: still to come ("showed the political will to negotiate").
PLANNED_CUES += tuple(f"{will} to" for will in _NOUN_WILL)
# future79fa: "unwilling to" denies the readiness "willing to" offers
# ("Iran is unwilling to meet …"): the deed after it is negated, as "is not
# willing to meet" is; the longer word held no cue and read it reported.
NEGATION_CUES += ("unwilling to",)

# noevent83, mendB84: a deed one acts "for fear of" has not happened; it
# is read in the noun phrase after the fear only (``context.FEAR_MARKERS``),
# not as a cue whose reach took the deed told next ("fled for fear of a new
# attack after militants attacked the village").

# mendD87: a put-off with a target time after it in its clause ("postponed
# until next Tuesday", "to March 15") sets a new date: the deed is planned
# (``extract/put_off.py``); bare or open-ended ("indefinitely", "until after
# the elections") it is negated. A relative or "but" between the deed and the
# put-off tells the deed's history ("the visit, which had been postponed
# twice, took place"). A denied put-off ("was not postponed") is none.
PUT_OFF_TARGETS: tuple[str, ...] = ("to", "until", "till", "for")
PUT_OFF_TIMES: tuple[str, ...] = (
    "next",
    "tomorrow",
    *WEEKDAYS,
    # each month's full name: the longest of its spellings in the date data
    *(max((w for w, m in MONTHS["gregorian"].items() if m == n), key=len) for n in range(1, 13)),
)
PUT_OFF_OPEN: tuple[str, ...] = ("indefinitely", "a later date", "further notice", "a date to be")
PUT_OFF_HISTORY: tuple[str, ...] = ("which", "that", "but", "although")
NOT_CUES += tuple(
    f"{n} {c}" for n in ("not", "never") for c in ("postponed", "delayed", "deferred", "put off")
)
# status88: a verb of containing, negated right before it ("does not contain
# an apology", "did not include a pledge of aid"): the deed it names is
# missing, so negated (``extract/lacked.py``); as Arabic "لم يتضمن" and
# Persian "شامل … نیست" read.
LACKING_CUES: tuple[str, ...] = (
    "include",
    "contain",
    "includes",
    "contains",
    "included",
    "contained",
)
LACKING_NEGATIONS: tuple[str, ...] = (
    "not",
    "never",
    "didn't",
    "doesn't",
    "don't",
    "won't",
    "n't",
)
# mendB89: words that open a clause of their own between the verb of
# containing and a later deed ("did not include Iran and ended with an
# agreement"): the deed is no longer the verb's object. mendF90: no "and",
# which joins a second object as often ("guarantees and a prisoner swap"); a
# clause after it is told by the mention before it ("Iran and ended").
LACKING_CLAUSE_OPENERS: tuple[str, ...] = ("but", "that", "which", "who", "whom", "while")
# mendF90: the word right before the deed is its possessor ("Russia's
# withdrawal", "Iran and its allies' withdrawal"): the stretch is the deed's.
LACKING_POSSESSIVES: tuple[str, ...] = ("'s", "s'", "\u2019s", "s\u2019")
# status88: links of addition: the deed right after one is the same verb's
# object as the deed before it, and planned where that one is ("will attend
# a NATO meeting on May 25 as well as the G7 summit"; ``extract/added.py``).
ADDITIVE_LINKS: tuple[str, ...] = tuple(
    f"{link}{article}"
    for link in ("in addition to", "as well as", "along with")
    for article in ("", " the", " a", " an")
)
# mendB89: an added deed told by a clause of its own (a relative right after
# it: "as well as the attack that Russia launched") or by a past time in its
# clause ("as well as the talks it held last week") was done, not planned.
ADDED_OWN_CLAUSE: tuple[str, ...] = ("that", "which", "who")
ADDED_PAST_TIMES: tuple[str, ...] = (
    *("yesterday", "last night", "last week", "last month", "last year", "recently"),
    *("earlier this week", "earlier this month", "earlier this year", "ago"),
)
# mendF90: a past time after a word of the deed's topic is the topic's ("a
# summit about the treaty signed last year"; ``extract/added.py``).
ADDED_TIME_STOPS: tuple[str, ...] = ("about", "regarding", "concerning")

# nonevent96: what a side is known for ("the blogger, known for his criticism
# of the government", "notorious for attacking") is a standing trait, no deed
# of the day (``extract/hypothetical.REPUTATION_SPAN``: the deed right after the
# cue or after one possessive).
REPUTATION_CUES: tuple[str, ...] = (
    *("known for", "well known for", "well-known for", "best known for"),
    *("famous for", "renowned for", "notorious for", "noted for"),
)

# nonevent96: the head of an unreal apodosis ("if he were president, he
# would have recalled the ambassador"): after a condition in its sentence
# the deed it governs is supposed, not done (``extract/apodosis.py``);
# mendB97: without one it gives way to the bare modal it holds ("Iran might
# have attacked", a guess). Not bare "would" ("if attacked, we would respond"
# is a threat).
APODOSIS_CUES: tuple[str, ...] = (
    *("would have", "would not have", "could have", "might have", "would've"),
)
# mendB97: words that open an unreal condition of their own, for an apodosis
# after them ("Without Iranian help, Syria would have fallen"), and the
# inverted auxiliary that opens a conditional sentence ("Had Iran not
# intervened, Iraq would have attacked"; read only as the sentence's first
# word: ``extract/apodosis.py``).
APODOSIS_CONDITIONS: tuple[str, ...] = ("without", "but for")
APODOSIS_INVERSIONS: tuple[str, ...] = ("had",)

# mendA97: what a report or a study warns may come ("the report warns that
# Iran will attack …") is its forecast, no deed done nor threatened; the
# verb of warning is no trigger there (``triggers.NOT_TRIGGERS``, senses96).
SPECULATION_CUES += tuple(
    f"{report} {warn} that"
    for report in ("report", "study")
    for warn in ("warns", "warned", "has warned")
)

# bystander105: "as announced by X", "per a statement from X": X tells what
# is reported. ``sources._announced`` drops X only where it is a medium or a
# rights group (``agents.TELLING_AGENTS``) and leaves any other announcer as
# it is: who announces often tells his own deed ("as announced by the Israeli
# army, its soldiers arrested …"). mend106 (review105a F8): each also with
# "the", so that with no comma after the name (``sources._source_end``)
# the name right after the cue is reached ("as announced by the Committee to
# Protect Journalists three reporters were killed …").
ANNOUNCER_CUES: tuple[str, ...] = tuple(
    cue + article
    for cue in (
        "as announced by",
        "as stated by",
        "as reported by",
        "per a statement from",
        "per a statement by",
    )
    for article in ("", " the")
)


# status108: a verb of securing in a purpose phrase names the deed right
# after it as an aim, still to come ("to ensure the safe withdrawal of its
# diplomats", "to secure the release of"; ``extract/aimed.py``).
AIM_CUES: tuple[str, ...] = ("to ensure", "to guarantee", "to secure")
# mendG108 (diffread73 F5): the coordinating word that joins the deed to a
# gap word as a second aim ("to ensure the safety and withdrawal of").
AIM_JOINERS: tuple[str, ...] = ("and",)
# ... but not after a word of success or help: "helped to secure the
# release", "managed to secure a ceasefire" tell the deed achieved; nor
# after a word of failure (mendD108, review108c F8): "failed to secure",
# "tried in vain to secure" tell it not achieved, which is no aim.
AIM_NOT_AFTER: tuple[str, ...] = (
    *("helped", "help", "helps", "helping", "managed", "manages", "able", "succeeded"),
    *("failed", "fail", "fails", "failing", "failure", "vain", "unable"),
)
# mendD108 (review108c F6): a word of safety, going on or "no" between the
# cue and the deed makes the deed the thing secured ("to ensure the safety
# of the withdrawing troops"; ``extract/aimed.py``).
AIM_GAP_WORDS: tuple[str, ...] = (
    *("security", "safety", "continuation", "continued", "repetition", "no"),
)
