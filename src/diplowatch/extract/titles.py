"""Titles and title chains: who holds an office named in the text.

A title ("وزير الخارجية", "the foreign minister") waits for the country or
name that completes it; the rules here tell whether a title is a former or a
deputy's, a body's head, a relative's, or part of a chain of titles
("رئيس لجنة الأمن القومي في البرلمان"), and what is left when nothing
completes it (``_orphan``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from diplowatch.extract.actor_context import Context
from diplowatch.extract.agent_groups import NON_STATE_ARMED
from diplowatch.extract.counts import counted
from diplowatch.extract.mention import NAMED, Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.punctuation import COMMAS, GLUED_PHRASE_ENDS
from diplowatch.text.words import ends_with_word, last_token

# Offices one person holds alone at a time: a sitting holder of one of them
# named right before the title of another is not its holder.
SOLE_OFFICES = frozenset({"head_of_state", "head_of_government", "foreign_minister"})
# Offices a head of state or government does not hold beside his own: such a
# title after his name is his guest's ("استقبل الرئيس السيسي وزير الدفاع
# الأمريكي", "… نائب رئيس الوزراء العراقي").
_LESSER_OFFICES = frozenset({"minister", "deputy_minister", "ambassador"})
# Offices of the executive: their holders are not written with a seat in
# the legislature beside them.
EXECUTIVE_ROLES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "minister"})


def other_office(
    person: Mention,
    role: str,
    former_title: bool = False,
    own_country: bool = False,
    names_follow_titles: bool = False,
) -> bool:
    """Whether a title written right after a named person is someone else's:
    he sits in another sole office ("الرئيس الكوري لي جاي ميونغ وزير الخارجية
    الياباني" is the president, then the Japanese minister), or heads a state
    or government and the title is a minister's or an ambassador's with
    another country's word (``own_country``; Arabic puts the guest right after the
    host's name: "استقبل الرئيس … تبون وزيرة الدفاع الفرنسية", while "الأمير
    محمد بن نايف وزير الداخلية" is one man)."""
    if person.former:
        # "الرئيس الأمريكي السابق باراك أوباما رئيس الوزراء الكندي": a sitting
        # office after a former holder's name is another man's
        return not former_title and role in SOLE_OFFICES | _LESSER_OFFICES
    if former_title and not own_country:
        # "احمدی‌نژاد، رئیس‌جمهور پیشین ایران": a former office of his own
        # state written after a sitting holder's name is his past one (the
        # lexicon knows him in office; the text says he has left it)
        return False
    if names_follow_titles and own_country and person.role and person.code:
        # a titled man's name, then a title with another country's word:
        # his guest or partner ("ولي العهد السعودي الأمير محمد بن سلمان
        # المستشارة الألمانية", "قائد الجيش الباكستاني … السفير الأمريكي")
        return True
    if role == "legislator" and person.role in EXECUTIVE_ROLES:
        # "التقى قيس سعيد رئيس البرلمان": a sitting president or minister
        # does not also chair or sit in the parliament; the seat is his guest's
        return True
    if person.role not in SOLE_OFFICES or person.role == role:
        return False
    heads = person.role in ("head_of_state", "head_of_government")
    return role in SOLE_OFFICES or (heads and own_country and role in _LESSER_OFFICES)


def former_and(text: str, mentions: list[Mention], hit: Hit, ctx: Context) -> bool:
    """Whether a title joined by "and" to a former office just named is the
    same man's present one ("the former French president and leader of the
    Republicans", "رئيس الوزراء السابق وزعيم حزب …"): only "former" between,
    or nothing where the former office's own words hold it ("نخست وزیر
    اسبق بریتانیا و رهبر حزب …", agents43ar)."""
    last = mentions[-1] if mentions else None
    if last is None or not last.former or not last.role or last.kind == "person":
        return False
    gap = text[last.end : hit.start].split()
    joined = hit.prefix[:1] in ctx.conjunctions or (bool(gap) and gap[-1] in ctx.conjunctions)
    words = [w for w in gap if w not in ctx.conjunctions]
    formers = ctx.former_after | ctx.former_words
    if not words:
        words = [w for w in text[last.start : last.end].split() if w in formers]
    return joined and bool(words) and all(w in formers for w in words)


def former_before(text: str, hit: Hit, ctx: Context) -> bool:
    """Whether "former" stands right before the title or one word before it,
    the title's country adjective as a rule ("former prime minister", "former
    French president"); a word that is not all letters ("minister's") between
    them ends the title's phrase."""
    words = text[max(0, hit.start - 40) : hit.start].split()[-2:]
    if not words or any(not w.isalpha() for w in words):
        return bool(words) and words[-1] in ctx.former_words
    return bool(ctx.former_words & set(words))


def former_after(text: str, hit: Hit, ctx: Context) -> bool:
    """Whether "former" follows the title, after at most its country
    adjective ("الرئيس الفرنسي السابق", "وزیر خارجه سابق"), or stands inside
    a title the scan read across it ("نماینده سابق مجلس")."""
    inside = text[hit.start : hit.end].split()[1:-1]
    return bool(ctx.former_after & set(_phrase_words(text[hit.end : hit.end + 40], 2) + inside))


def _phrase_words(rest: str, most: int) -> list[str]:
    """The first ``most`` words of ``rest`` up to the first one that ends in
    punctuation, that one kept without it: "، الرئيس الإيراني السابق،" ends
    the apposition at its comma, yet its last word is still "السابق"."""
    out: list[str] = []
    for word in rest.split()[:most]:
        bare = word.rstrip(GLUED_PHRASE_ENDS)
        out.append(bare)
        if bare != word:
            break
    return out


# a president's son or wife speaks for nobody's office: a private person
KIN_AGENT = "CVL"


# A body's head by agent, where a bare "head"/"president" title ("رئیس",
# "رئيس") would make him a state's: a party's is its leader, a legislature's
# a legislator, any other body's (a union, an association, a court) an official.
# Citizens and refugees have no head with an office.
_BODY_HEADS = {
    "PTY": "party_leader",
    "OPP": "party_leader",
    "LEG": "legislator",
    "CVL": "",
    "REF": "",
}


# A deputy of a head ("نائب خادم الحرمين الشريفين", "معاون رهبر", "the
# deputy emir") is not the head: a head of state's deputy is a senior
# official, a head of government's sits in the cabinet.
DEPUTY_OF = {"head_of_state": "official", "head_of_government": "minister"}
# deputy84: a minister's deputy ("معاون وزیر امورخارجه", "the foreign
# minister's deputy") is a deputy minister (``deputy_role`` only; the heads
# above are what other rules ask ``DEPUTY_OF`` for).
_DEPUTY_ROLES = {**DEPUTY_OF, "foreign_minister": "deputy_minister", "minister": "deputy_minister"}


def deputy_role(text: str, hit: Hit, role: str, ctx: Context) -> str:
    """The role of a head's title that names whom a deputy or aide serves:
    right after a deputy word (``context.DEPUTY_WORDS``), or after one and
    a word of his brief ("معاون حقوقی رئیس جمهور", ``TITLE_QUALIFIERS``),
    glued to a genitive "ل" ("النائب الثاني لرئيس مجلس الوزراء",
    ``DEPUTY_GENITIVE_PREFIXES``, ``DEPUTY_OF_WORDS``), or whose possessive
    a deputy follows ("the president's legal deputy"); the deputy is no
    head: a head of state's is an official, a head of government's a
    minister, a minister's a deputy minister (an aide who is no deputy, an
    official). The title's own role otherwise."""
    if role not in _DEPUTY_ROLES or hit.entry.kind != "role":
        return role
    if hit.prefix and hit.prefix not in ctx.deputy_prefixes | ctx.owner_prefixes:
        return role  # "لرئيس", "للرئيس" (deputy84, mendC84): the head served, "ل" glued
    deputies = ctx.deputy_words | ctx.deputy_of_words if hit.prefix else ctx.deputy_words
    before = previous_word(text, hit.start)
    if before in ctx.title_qualifiers:
        before = previous_word(text, len(text[: hit.start].rstrip()) - len(before))
    if before in deputies:
        return _DEPUTY_ROLES[role]
    aide = _served_by_next(text, hit, ctx) or _served_through(text, hit, ctx)
    if aide:  # a deputy prime minister sits in the cabinet; an adviser does not
        return _DEPUTY_ROLES[role] if aide in ctx.deputy_words else "official"
    return role


def _served_through(text: str, hit: Hit, ctx: Context) -> str:
    """The aide's title that stands before the head's title with a link to
    whom he serves, at most two words (its article, its country) between:
    "an adviser to the Iraqi president", "a deputy of the prime minister"
    (``context.AIDE_TITLES``, ``SERVANT_LINKS``); "" if none. Not an
    envoy's: "an envoy to the president" is sent to him."""
    if not ctx.aide_titles:
        return ""
    words = text[max(0, hit.start - 60) : hit.start].split()[-5:]
    for i in range(len(words) - 1, max(len(words) - 4, 0), -1):
        if words[i] in ctx.servant_links:
            return words[i - 1] if words[i - 1] in ctx.aide_titles else ""
        if not words[i].replace("'", "").replace("’", "").isalnum() or words[i] in ctx.conjunctions:
            return ""
    return ""


def deputy_brief(text: str, hit: Hit, ctx: Context) -> bool:
    """Whether a body's or an agent's noun is a word of a deputy's brief
    written right after his title ("معاون پارلمانی رئیس جمهور", the
    president's deputy for parliament, ``context.TITLE_QUALIFIERS`` after
    ``DEPUTY_WORDS``): it names what he deals with, not a side; read as one,
    it gave the deputy's event a parliament."""
    return (
        hit.entry.kind in ("institution", "agent")
        and not hit.prefix
        and text[hit.start : hit.end] in ctx.title_qualifiers
        and previous_word(text, hit.start) in ctx.deputy_words
    )


def _served_by_next(text: str, hit: Hit, ctx: Context) -> str:
    """The deputy's or aide's word that follows the head's title and its
    possessive ending, after at most one word of his brief: "the
    president's legal deputy", "the prime minister's adviser"; "" if none."""
    rest = text[hit.end : hit.end + 40]
    ending = next((e for e in ctx.served_after if rest.startswith(e)), "")
    if not ending:
        return ""
    words = _phrase_words(rest[len(ending) :], 2)
    if words and words[0] in ctx.title_qualifiers:
        words = words[1:]
    return words[0] if words and words[0] in ctx.deputy_words | ctx.servant_titles else ""


def head_of_body(role: str, agent: str | None) -> str:
    """The role of the head of a body of ``agent`` named by a state's title:
    "رئيس جمعية أولياء التلاميذ" heads an association, not the state."""
    if role == "official" and agent == "LEG":
        return "legislator"  # "سخنگوی کمیسیون امنیت ملی": a member who speaks for it
    if role not in ("head_of_state", "head_of_government") or agent in (None, "GOV"):
        return role
    return _BODY_HEADS.get(agent, "official")


def former_member(text: str, hit: Hit, ctx: Context) -> bool:
    """Whether a member noun with "former" ("عضو سابق", "former member",
    ``context.MEMBER_WORDS``) stands right before a body or agent noun with
    no title of its own, only short words ("of the", "في") and at most one
    other between: "عضو سابق مجلس خبرگان", "a former member of the Iranian
    parliament" name a man who has left the body."""
    if not ctx.member_words:
        return False
    words = text[max(0, hit.start - 50) : hit.start].split()[-5:]
    if ctx.member_words.isdisjoint(words):
        return False  # most titles: no member noun before them, no pair to read
    formers = ctx.former_words | ctx.former_after
    for i in range(len(words) - 1):
        pair = {words[i], words[i + 1]}
        if pair & formers and pair & ctx.member_words:
            return sum(len(x) > 3 for x in words[i + 2 :]) <= 1
    return False


def kin_before(text: str, hit: Hit, ctx: Context, floor: int = 0) -> bool:
    """Whether a kinship noun ("son", "نجل", "پسر") stands right before the
    title, at most one short word ("of the") between them, after ``floor``
    (a named kinsman's end: "داماد ترامپ با ولیعهد" is no crown prince's kin)."""
    if not ctx.kin_words:
        return False
    after = text[hit.end : hit.end + 24].split()[:2]
    if len(after) == 2 and after[0] in ("'s", "’s") and after[1].strip(",.;:") in ctx.kin_words:
        return True  # "the president's son"
    words = text[max(floor, hit.start - 40) : hit.start].split()[-4:]
    if ctx.kin_words.isdisjoint(words):
        return False  # most titles: no kinship noun before them
    # between them only short words and, where the country adjective comes
    # first, at most one other ("the son of the Turkish president"; "پسر
    # احمد شاه مسعود" is the son of a man whose name holds a title word)
    others = 1 if ctx.titles_follow_country else 0
    return any(
        w in ctx.kin_words
        and sum(len(x) > 3 for x in words[i + 1 :]) <= others
        and not ctx.conjunctions & set(words[i + 1 :])
        for i, w in enumerate(words)
    )


def relative_of(
    text: str, hit: Hit, pending: Pending | None, after_title: bool, ctx: Context
) -> bool:
    """Whether the named person is only the kin of the one a person hit names:
    a kinship noun before him or his title ("ابنة ترامب", "پسر اردوغان",
    "نجل الرئيس أردوغان") or after his possessive ("Erdogan's son")."""
    if kin_before(text, hit, ctx):
        return True
    return after_title and pending is not None and kin_before(text, pending.hit, ctx)


def sponsor_opened(text: str, pos: int, openers: frozenset[str]) -> bool:
    """The words right before ``pos`` name what an armed group is to a
    sponsor named at ``pos`` ("loyal to", "backed by", "وابسته به",
    ``context.SPONSOR_OPENERS``)."""
    if not openers:
        return False
    return ends_with_word(text[max(0, pos - 30) : pos].rstrip(), openers)


@lru_cache(maxsize=8192)
def previous_word(text: str, pos: int) -> str:
    """The token right before ``pos`` (punctuation counts as a token). Kept
    per (text, position): the rules ask it for the same word again and again
    (about half of the ~180 questions an article's reading asks are repeats;
    the text's hash is computed once per string, so a look-up is cheap)."""
    return last_token(text[max(0, pos - 40) : pos].rstrip())


# Slotted (speed70a): one is made for every title, institution or agent
# noun of an article, and its fields are read at every hit after it.
@dataclass(slots=True)
class Pending:
    """A title, institution or agent noun waiting for the country it belongs to."""

    hit: Hit
    role: str
    agent: str | None
    claimed: bool = False
    home_bound: bool = False
    former: bool = False
    fallback: str = ""  # see Mention.fallback
    serves: bool = False  # an adviser's, aide's, envoy's title: he serves whom it names


def title_of(
    hit: Hit, last_role: str, ctx: Context, last_agent: str | None = None
) -> tuple[str, str | None]:
    """(role, agent) a title-like hit stands for. A counterpart mirrors the
    last titled person, agent included ("the army chief met his Pakistani
    counterpart": another army chief, MIL, not a minister)."""
    e = hit.entry
    if e.kind == "role":  # a title may name its agent ("opposition leader": OPP)
        return e.value, e.extra[0] if e.extra and e.extra[0] else ctx.role_agents.get(e.value)
    if e.kind == "institution":
        return "", ctx.institution_agents.get(e.value)
    if e.kind == "agent":
        return "", e.value
    if not last_role:
        return "", last_agent or "GOV"
    return last_role, last_agent or ctx.role_agents.get(last_role)  # counterpart


def _home_bound(hit: Hit, ctx: Context) -> bool:
    """Titles and missions abroad act for their own country, not the place."""
    kind = hit.entry.kind
    return kind in ("role", "counterpart") or (
        kind == "institution" and hit.entry.value in ctx.home_institutions
    )


def _chained(
    text: str,
    first: Hit,
    second: Hit,
    words: int = 1,
    letters: int = 4,
    conj: frozenset[str] = frozenset(),
) -> bool:
    """Two titles written one after the other (at most one short word between;
    a title and a group may have two: "الأمين العام المساعد لـ…").

    Two agent nouns are two actors ("police … protesters"), and a number
    between two nouns counts the second ("پلیس ۲۰ معترض")."""
    gap = text[first.end : second.start].split()
    if first.entry.kind == second.entry.kind == "agent" or any(map(str.isdigit, "".join(gap))):
        return False
    if second.prefix[:1] in conj:
        return False  # "الحكومة والاتحاد العام للشغل": two actors, not one title
    if "agent" in (first.entry.kind, second.entry.kind) and any(w in conj for w in gap):
        # "between the army and rebels", "ارتش و شورشیان", "پلیس و سپاه
        # پاسداران" (sides51: an agent noun and the group after it): two actors
        return False
    return (
        second.start >= first.end
        and len(gap) <= words
        and len("".join(gap)) <= letters
        and all(w.isalnum() for w in gap)
    )


def across_committee(
    text: str, first: Hit, second: Hit, ctx: Context, words: frozenset[str] | None = None
) -> bool:
    """A title and a legislature with a committee's name between them ("رئیس
    کمیسیون امنیت ملی و سیاست خارجی مجلس", ``context.COMMITTEE_WORDS``): one
    person, a member of the legislature who heads or speaks for the committee.
    So a title and a force with the name of one of its units between them
    (``words``: ``context.UNIT_WORDS``, "رئیس سازمان عقیدتی سیاسی ارتش"),
    the unit's noun maybe the title's own last word ("رئیس سازمان")."""
    gap = text[first.end : second.start].split()
    words = ctx.committee_words if words is None else words
    own = text[first.start : first.end].split()[-1:]
    return (
        bool(gap)
        and (gap[0] in words or bool(own and own[0] in words))
        and len(gap) <= 8
        and not any(c.isdigit() or c in '.:;«»"()' for c in "".join(gap))
        and listed_name(gap, ctx.conjunctions)
        and second.prefix[:1] not in ctx.conjunctions
    )


def listed_name(gap: list[str], conj: frozenset[str]) -> bool:
    """Whether the commas of a committee's name (``gap``, its words) are
    those of a list of its fields, each glued to the field before it and
    the last field joined by a conjunction ("کمیسیون آموزش، تحقیقات و
    فناوری", "کمیسیون برنامه، بودجه و محاسبات"; roles74): a comma of any
    other kind ends the title's phrase. No comma: nothing to check."""
    if not any(c in COMMAS for c in "".join(gap)):
        return True
    if any(w[:1] in COMMAS or w.strip(COMMAS) != w.rstrip(COMMAS) for w in gap):
        return False  # a comma standing apart, or inside a word
    last = max(i for i, w in enumerate(gap) if w[-1] in COMMAS)
    return last > 0 and any(w in conj for w in gap[last + 1 :])


def _orphan(pending: Pending) -> Mention:
    """A title or agent noun no country was written next to ("police", "the
    minister"): its country is found later from the sentence or article."""
    hit = pending.hit
    return Mention(
        hit.start,
        hit.end,
        "",
        "agent",
        True,
        role=pending.role or None,
        agent=pending.agent,
        home_bound=pending.home_bound,
        unplaced=hit.entry.extra == ("owned",),
        former=pending.former,
        prefix=hit.prefix,
        fallback=pending.fallback,
    )


_BODY_KINDS = frozenset({"agent", "institution"})


def members_of(text: str, pending: Pending, group: Hit, ctx: Context) -> bool:
    """Whether an agent noun or institution with no title (a body or people: "الجيش",
    "police", "ارتش") may be the named movement after it: only written
    right before it ("مسلحو حماس", "لحركة") or across words of membership
    and heads of movements' names (``context.MEMBER_LINKS``: "مسلحين من
    تنظيم داعش", "قائد عسكري بجماعة الحوثي", "fighters of Hamas", "افراد
    گروه طالبان"). Any other word between heads a phrase of its own, whose
    complement the movement is, and the agent noun is another actor, most
    often the doer: "قصف الجيش مواقع داعش", "police raided Hamas offices",
    "ارتش مواضع داعش را بمباران کرد". A title ("الأمين العام المساعد
    لـ…") and a language with no such list keep the looser reading."""
    if pending.role or pending.hit.entry.kind not in _BODY_KINDS or not ctx.member_links:
        return True
    if _definite_before_name(text, pending.hit, group, ctx):
        return False  # "اتهمت الشرطة حماس": the police, then whom they accused
    links, glued = ctx.member_links, ctx.glued_prepositions
    return all(
        w in links or (w[:1] in glued and w[1:] in links)
        for w in text[pending.hit.end : group.start].split()
    )


def verb_object_after(text: str, pending: Pending, group: Hit, ctx: Context) -> bool:
    """Whether the named group after a title or agent noun is its verb's
    complement, not its body: Persian puts "از" before whom one criticises,
    thanks or asks ("رئیس جمهور از سپاه تقدیر کرد", "ارتش از حزب‌الله انتقاد
    کرد"), so a definite title or noun with only that word before the group
    is an actor of its own (``context.VERB_OBJECT_LINKS``). An indefinite or
    counted one is a member ("نماینده‌ای از حماس", "جنگجویانی از داعش", "یک
    نماینده از حماس"): its ending (``INDEFINITE_ENDINGS``) or the number
    before it tells."""
    gap = text[pending.hit.end : group.start].split()
    if len(gap) != 1 or gap[0] not in ctx.verb_object_links:
        return False
    hit = pending.hit
    if hit.end > hit.base_end and text[hit.base_end : hit.end].endswith(ctx.indefinite_endings):
        return False
    return not counted(text, hit.start, ctx.lang)


def _definite_before_name(text: str, body: Hit, name: Hit, ctx: Context) -> bool:
    """A noun ending in the definite article with a movement's bare name
    right after it: no construct ("مسلحو حماس" is indefinite), so the name
    opens the verb's object ("اتهمت الشرطة حماس"). Not a name written with
    the article, which may be an adjective ("الميليشيات الحوثية"), nor one
    behind a glued preposition (aragents18)."""
    if not ctx.definite_starts or name.prefix or text[body.end : name.start].strip():
        return False
    if text[name.start : name.end].startswith(ctx.definite_starts):
        return False
    words = text[body.start : body.end].split()
    return bool(words) and words[-1].startswith(ctx.definite_starts)


def two_definite_bodies(text: str, old: Hit, hit: Hit, ctx: Context) -> bool:
    """Two bodies side by side, the first an institution or title ending in
    the definite article: no chain of one office ("المتحدث باسم الحكومة" is
    one), since a definite head takes no genitive; the second body is the
    verb's object ("دعا البرلمان الحكومة إلى الاستقالة", aragents18; "التقى
    رئيس البرلمان وفدا": the speaker met a delegation, he heads none), and
    so is a body with a preposition glued to it (``object_prepositions``:
    "أشاد وزير الداخلية بالشرطة", sides51)."""
    if old.entry.kind not in ("institution", "role") or hit.entry.kind not in _BODY_KINDS:
        return False
    if not ctx.definite_starts:
        return False
    if hit.prefix:
        # "أشاد وزير الداخلية بالشرطة": after a whole construct title, a
        # preposition opens the verb's object ("النائب بمجلس" is one MP)
        whole = len(text[old.start : old.end].split()) > 1
        return whole and hit.prefix in ctx.object_prepositions and _definite_end(text, old, ctx)
    if not new_head_between(text[old.end : hit.start].split(), ctx):
        return False
    return _definite_end(text, old, ctx)


def _definite_end(text: str, old: Hit, ctx: Context) -> bool:
    """Whether the title or body ``old`` ends in a definite word: a whole
    phrase, which takes no genitive after it."""
    words = text[old.start : old.end].split()
    return bool(words) and words[-1].startswith(ctx.definite_starts)


# offices of the executive, a deputy minister's too (``apart_offices``)
_EXECUTIVE_OR_DEPUTY = EXECUTIVE_ROLES | {"deputy_minister"}


def apart_offices(first: str, second: str) -> bool:
    """Two offices no one holds at once: a seat in the legislature and an
    office of the executive (``EXECUTIVE_ROLES``, a deputy minister's too),
    or an ambassador's post and any other. A man may well be "نائب رئيس
    مجلس الوزراء وزير الداخلية" (deputy prime minister and minister of the
    interior), so two executive titles stay one man's."""
    if first == second:
        return False
    if "ambassador" in (first, second):
        return True
    pair = {first, second}
    return "legislator" in pair and bool(pair & _EXECUTIVE_OR_DEPUTY)


def second_holder(text: str, old: Hit, hit: Hit, role: str, ctx: Context) -> bool:
    """Whether the title ``hit``, right after the title ``old``, names a
    second person though the two look like one chain, when the two offices
    are ones no man holds together (``apart_offices``; "ولي العهد نائب رئيس
    مجلس الوزراء وزير الداخلية" is one man). Two ways: "and" alone between
    them ("نماینده مجلس و وزیر کشور", where "و" is a word of its own), or,
    where nouns take the article, nothing between and ``old`` whole (a
    construct ending in a definite word: "رئيس الكنيست"), which takes no
    genitive, so the next title opens a new noun phrase (after the verb, its
    object: "استقبل رئيس الكنيست وزير الخارجية الألماني")."""
    if old.entry.kind != "role" or hit.entry.kind != "role" or hit.prefix:
        return False
    if not apart_offices(old.entry.value, role):
        return False
    gap = text[old.end : hit.start].split()
    if len(gap) == 1 and gap[0] in ctx.conjunctions:
        return True
    whole = len(text[old.start : old.end].split()) > 1 and _definite_end(text, old, ctx)
    return not gap and bool(ctx.definite_starts) and whole


def new_head_between(gap: list[str], ctx: Context) -> bool:
    """Nothing stands between a definite title and the word after it, or one
    bare noun, with neither the article nor a glued letter (agents39ar): the
    title is whole, so that noun heads a new phrase, of which the word after
    it is the genitive ("انتقد رئيس البرلمان قرار الحكومة": the government's
    decision; "قرار فرنسا": France's), not the title's body or country."""
    if not gap:
        return True
    if len(gap) != 1 or not gap[0].isalpha() or len(gap[0]) < 3:
        return False
    word = gap[0]
    glued = ctx.glued_prepositions | ctx.conjunctions  # "باسم", "لدى": the title's own link
    return not word.startswith(ctx.definite_starts) and word[0] not in glued


def owned_by(text: str, owned: Hit, owner: Hit, ctx: Context) -> bool:
    """A word of belonging (``context.OWNER_LINKS``: "التابعة", "belonging")
    and maybe a preposition stand alone between an agent noun and the body
    that owns it ("قوات الأمن التابعة للسلطة الفلسطينية", "سفينتان تابعتان
    للبحرية اليابانية")."""
    if not ctx.owner_links or owner.start < owned.end:
        return False
    words = text[owned.end : owner.start].split()
    return 1 <= len(words) <= 2 and words[0] in ctx.owner_links and all(w.isalpha() for w in words)


def typed_by_next(text: str, old: Pending, hit: Hit, ctx: Context) -> bool:
    """A noun for people of no kind (``agents.GENERIC_PEOPLE_HEADS``:
    "أشخاص", "موقوفا", "مشتبه بهم") right before an agent noun of armed men
    or criminals (``NON_STATE_ARMED``) that describes them ("خمسة أشخاص متشددين", "13 موقوفا
    متشددا"): one actor, of the describing noun's agent (agents23ar)."""
    return (
        old.hit.entry.kind == "agent"
        and hit.entry.kind == "agent"
        and hit.entry.value in NON_STATE_ARMED
        and old.agent != hit.entry.value
        and not text[old.hit.end : hit.start].strip()
        and text[old.hit.base_start : old.hit.base_end] in ctx.generic_people
    )


def made_of_next(text: str, old: Pending, hit: Hit, ctx: Context) -> bool:
    """A delegation (an owned noun of the government, ``agents.OWNED_NOUNS``,
    with no title of its own) followed by a word of membership
    (``context.DELEGATION_LINKS``: "of", "از", "من") and an agent noun of
    another agent: the delegation is made of those people and is one actor
    of theirs ("a delegation of the opposition", "هیئتی از مخالفان",
    "وفدا من الفصائل"), not the state's envoys beside them (gov29fa)."""
    if not ctx.delegation_links or old.role or old.claimed or old.agent != "GOV":
        return False
    if old.hit.entry.extra != ("owned",) or hit.entry.kind != "agent":
        return False
    if hit.entry.value in (None, "GOV"):
        return False
    words = text[old.hit.end : hit.start].split()
    return 1 <= len(words) <= 3 and all(w in ctx.delegation_links for w in words)


def _describes(text: str, old: Pending, hit: Hit, ctx: Context) -> bool:
    """A noun for people that is also an adjective or participle
    (``agents.DESCRIBING_AGENT_NOUNS``: "معترض" protesting, "زندانی"
    jailed) written right after an agent noun describes it: "کارگران
    معترض" are protesting workers, one actor, not workers and protesters."""
    return (
        old.hit.entry.kind == "agent"
        and hit.entry.kind == "agent"
        and not text[old.hit.end : hit.start].strip()
        and text[hit.base_start : hit.base_end] in ctx.describing_agents
    )


def names_body(text: str, old: Pending, hit: Hit, ctx: Context) -> bool:
    """Whether an agent noun is the name of the party noun written right
    before it ("حزب الفلاحين", "رئيس حزب کشاورزان": a farmers' party, not
    farmers). Only where nouns come first, and only after a party noun in
    the construct state: after a definite one ("دعا الحزب المواطنين") the
    noun is the verb's object."""
    if old.claimed or old.agent not in ctx.name_bearing_agents or ctx.titles_follow_country:
        return False
    if text[old.hit.end : hit.start].strip() or hit.prefix[:1] in ctx.conjunctions:
        return False
    head = text[old.hit.start : old.hit.end].split()[-1]
    return not head.startswith(ctx.definite_starts)


# Agents of the people a ministry serves, whom its portfolio may name
# ("وزارت ورزش و جوانان", "وزارة الأسرى"); the state's own arms and branches
# named after it ("وزارت دفاع", "وزارت دادگستری") keep their reading.
_PORTFOLIO_AGENTS = frozenset({"CVL", "REF", "LAB", "BUS", "MED", "EDU", "HLH", "REL"})


def names_portfolio(text: str, old: Pending, hit: Hit, ctx: Context) -> bool:
    """Whether a people noun closes the name of the ministry before it
    (``context.PORTFOLIO_HEADS``): "وزارت ورزش و جوانان", "وزارة الأسرى",
    "the ministry of women's affairs" name whom the ministry serves, and
    "وزارت بازرگانی", "… آموزش پزشکی" a field read as a merchant or a
    doctor (``PORTFOLIO_ENDINGS``); the ministry is the government's, as
    its minister is (agents78ar). Only portfolio words may stand between
    (``PORTFOLIO_WORDS``), and no "و" glued to the noun (another side)."""
    if old.agent != "GOV" or old.hit.entry.kind != "agent":
        return False  # claimed or not: "Afghanistan's ministry of women"
    if text[old.hit.base_start : old.hit.base_end] not in ctx.portfolio_heads or hit.prefix:
        return False
    agent = hit.entry.value if hit.entry.kind == "agent" else None
    if hit.entry.kind == "role":
        agent = ctx.role_agents.get(hit.entry.value or "")
    if agent not in _PORTFOLIO_AGENTS:
        return False
    gap = text[old.hit.end : hit.start].replace("،", " ، ").split()
    if len(gap) > 6 or any(w not in ctx.portfolio_words for w in gap):
        return False
    return (
        text[hit.start : hit.end] in ctx.portfolio_people
        or text[hit.base_end : hit.end] in ctx.portfolio_endings
    )


TITLE_KINDS = frozenset(("role", "institution", "counterpart", "agent"))
_PLACE_KINDS = NAMED | {"state_adj", "capital", "city"}
