"""Passes over the mentions a scan made: lists, groups and shared titles.

Coordinated names share a title ("وزيرا خارجية مصر والأردن"), a country
written inside a group's name is not a party of its own, and a state listed
beside others is a participant even when its word is ambiguous. These read
the whole list of mentions, so they run after the scan.
"""

from __future__ import annotations

import re

from diplowatch.extract.actor_context import Context
from diplowatch.extract.agent_groups import NON_STATE_ARMED, STATE_BODIES
from diplowatch.extract.lexicon import STATE_ALIAS
from diplowatch.extract.mention import PERSONAL_ROLES, Mention
from diplowatch.extract.scan import Hit
from diplowatch.extract.titles import TITLE_KINDS, Pending
from diplowatch.text.punctuation import COMMAS
from diplowatch.text.words import words_after


def group_country_out(text: str, mentions: list[Mention]) -> list[Mention]:
    """A country written right after a named movement of that country
    ("انصارالله یمن", "حزب‌الله لبنان") says whose movement it is; it is no
    second actor beside it (it took the first two sides' place from the
    partner: "… انصارالله یمن با وزیر خارجه سوئد دیدار کرد")."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "group"
            and m.kind == "state"
            and m.code
            and m.code == prev.code
            and not (m.agent or m.role)
            and not text[prev.end : m.start].strip()
        ):
            continue
        out.append(m)
    return out


# The kinds of a pair ``listed_with_states`` reads: one a state, the other a
# state or a capital.
_LISTED_KINDS = frozenset(("state", "capital"))


def listed_with_states(
    text: str, hits: list[Hit], ambiguous: frozenset[str], conj: frozenset[str]
) -> frozenset[int]:
    """Starts of ambiguous state names coordinated with a plain state or
    capital ("ترکیه و آذربایجان", "وقعت جورجيا وأوكرانيا", "Moscow and
    Kyiv"): listed with a state, the name is the state, not the province or
    the word it also spells."""
    out: set[int] = set()
    for a, b in zip(hits, hits[1:], strict=False):
        kinds = (a.entry.kind, b.entry.kind)
        if b.start < a.end or "state" not in kinds or not _LISTED_KINDS.issuperset(kinds):
            continue  # no state beside a state or capital: the gap is not read (speed70a)
        gap = text[a.end : b.start].strip()
        if not (gap in conj or (gap == "" and b.prefix[:1] in conj)):
            continue
        for one, other in ((a, b), (b, a)):
            if (
                one.entry.kind == "state"
                and text[one.base_start : one.base_end] in ambiguous
                and other.entry.kind in ("state", "capital")
                and text[other.base_start : other.base_end] not in ambiguous
            ):
                out.add(one.start)
    return frozenset(out)


def before_title(text: str, hits: list[Hit], ambiguous: frozenset[str]) -> frozenset[int]:
    """Starts of ambiguous country adjectives written right before a title,
    an institution or an agent noun ("the Polish president", "Congolese
    troops"): there the word is the country's, not the verb or the region
    it also spells. Only where titles follow their country
    (``TITLES_FOLLOW_COUNTRY``): in Arabic a word before a title closes the
    phrase before ("تحفيزا ماليا لعناصر الشرطة" is money, not Mali)."""
    out: set[int] = set()
    for a, b in zip(hits, hits[1:], strict=False):
        if (
            a.entry.kind == "state_adj"
            and text[a.base_start : a.base_end] in ambiguous
            and b.entry.kind in TITLE_KINDS
            and b.start > a.end
            and not text[a.end : b.start].strip()
        ):
            out.add(a.start)
    return frozenset(out)


# Actors that may stand as a subject right before the object they act on.
_SUBJECT_KINDS = frozenset(("state", "capital", "igo", "person"))


def object_of_state(
    text: str, hits: list[Hit], ambiguous: frozenset[str], ctx: Context
) -> frozenset[int]:
    """Starts of ambiguous state names written as the object right after a
    plain actor that is the subject: marked by the object marker where the
    language has one ("ارمنستان آذربایجان را متهم کرد"), else right after
    the subject of a verb that comes first ("هددت روسيا جورجيا"). An object
    of one state is the state, not the province or the word it also spells;
    after a noun it is a word again ("کمک مالی را", "مردم آذربایجان را")."""
    if not (ctx.object_markers or ctx.subject_after_verb):
        return frozenset()
    out: set[int] = set()
    for a, b in zip(hits, hits[1:], strict=False):
        if (
            b.start < a.end
            or b.entry.kind != "state"
            or text[b.base_start : b.base_end] not in ambiguous
            or a.entry.kind not in _SUBJECT_KINDS
            or text[a.base_start : a.base_end] in ambiguous
            or text[a.end : b.start].strip(" " + COMMAS)
            or b.prefix
        ):
            continue
        marker = text[b.end : b.end + 12].split()[:1]
        if ctx.object_markers and not (marker and marker[0] in ctx.object_markers):
            continue
        out.add(b.start)
    return frozenset(out)


def modifies(text: str, prev_m: Mention, hit: Hit, ctx: Context) -> bool:
    """The country word before a title is its country: right before it or
    with its possessive ("Iraqi police", "Japan's foreign minister"); an
    adjective also across a few plain words ("French far-right leader",
    "Greek-owned oil tanker") but not across "-backed" and the like, which
    name a sponsor ("Russian-backed separatists")."""
    if not prev_m.code or prev_m.location_only:
        return False
    gap = text[prev_m.end : hit.start].split()
    marks = ctx.possessive_markers
    if not gap or (len(gap) == 1 and gap[0] in marks):
        return True
    possessive = gap[0] in marks or text.endswith(marks, 0, prev_m.end)
    if prev_m.kind != "state_adj" and not possessive:
        return False
    words = [w for w in gap if w not in marks]
    return (
        len(words) <= ctx.title_gap_words
        and all(_PLAIN.fullmatch(w) for w in words)
        and not any(w in ctx.name_stopwords or w in ctx.title_gap_blockers for w in words)
    )


_PLAIN = re.compile(r"-?[^\W\d_][\w'-]*")


# Country words that stand before a title as its country ("Chinese", "US").
_ATTRIBUTIVE = frozenset({"state_adj", "state"})


def coordinated_before(text: str, mentions: list[Mention], ctx: Context) -> list[Mention]:
    """The last mention and the country adjectives coordinated with it
    ("Chinese and Russian warships": both navies); a state's name used as
    one counts too ("US and British forces", "UK and French troops")."""
    out = [mentions[-1]]
    for m in reversed(mentions[:-1]):
        gap = text[m.end : out[-1].start].strip()
        if m.kind not in _ATTRIBUTIVE or out[-1].kind != "state_adj" or gap not in ctx.conjunctions:
            break
        if m.kind == "state" and not gap.isalpha():
            break  # "imports from Japan, the Chinese ministry said": a list of one
        if m.role or m.agent:
            break
        out.append(m)
    return out


def owner_of(text: str, prev_m: Mention, group: Mention, hit: Hit, ctx: Context) -> bool:
    """A country written as the owner of its own movement or party."""
    return (
        prev_m.kind in ("state", "state_adj")
        and prev_m.code == group.code
        and not prev_m.role
        and not prev_m.agent
        and ctx.titles_follow_country
        and modifies(text, prev_m, hit, ctx)
    )


# Kinds of name that share a title when coordinated (besides the same kind).
_LISTED_TOGETHER = {"state", "igo"}


def shares_title(
    text: str, linked: Mention, mention: Mention, mentions: list[Mention], ctx: Context
) -> bool:
    """A country coordinated right after one that took a title ("of Brazil
    and China") holds the same title; a state and an organisation are
    listed together too ("representatives of Iran and the EU"), also with
    the conjunction glued to the name ("وزراء خارجية مصر والأردن")."""
    kinds = {mention.kind, linked.kind}
    gap = text[linked.end : mention.start].strip()
    return (
        bool(mentions)
        and mentions[-1] is linked
        and (len(kinds) == 1 or kinds == _LISTED_TOGETHER)
        and not mention.role
        and not mention.agent
        and (gap in ctx.conjunctions or _glued_title_list(gap, linked, mention, ctx))
    )


def _glued_title_list(gap: str, linked: Mention, mention: Mention, ctx: Context) -> bool:
    """A state after a titled state with the conjunction written on its name
    ("وزراء خارجية مصر والأردن"): only an office spreads so (an agent noun's
    country is often followed by the other side: "بين باكستان وأفغانستان")."""
    return (
        not gap
        and mention.prefix[:1] in ctx.conjunctions
        and bool(linked.role)
        and linked.kind == mention.kind == "state"
    )


def _gap_is_conj(text: str, a: Mention, b: Mention, conj: frozenset[str]) -> bool:
    gap = text[a.end : b.start].strip()
    return b.start >= a.end and (gap == "" or gap in conj)


def _same_definiteness(text: str, prev: Mention, mention: Mention, ctx: Context) -> bool:
    """Whether an adjective agrees in definiteness with the one before it,
    as adjectives of one noun must where the language has an article:
    "الجيش الإسرائيلي فلسطينيا" (the Israeli army … a Palestinian) lists no
    second army; the indefinite adjective is a person of its own."""
    article = ctx.names.folding.article
    words = text[prev.start : prev.end].split()
    if not article or not words:
        return True
    last = words[-1]
    if last[:1] in ctx.conjunctions:
        last = last[1:]
    return last.startswith(article) == mention.prefix.endswith(article)


def share_title(text: str, prev: Mention, mention: Mention, ctx: Context) -> None:
    """ "اللجنة الليبية الإيطالية", "the US and British forces": every
    adjective of a list belongs to the title before it."""
    if prev.kind not in ("state_adj", "person") or not prev.agent:
        return
    listed = (
        prev.kind == "state_adj"
        and _gap_is_conj(text, prev, mention, ctx.conjunctions)
        and _same_definiteness(text, prev, mention, ctx)
    )
    if listed or _name_between(text, prev, mention, ctx):
        mention.agent = mention.agent or prev.agent
        mention.role = mention.role or prev.role
        mention.strong = True


def _name_between(text: str, prev: Mention, mention: Mention, ctx: Context) -> bool:
    """agents23ar: a person's office, his name, then a bare adjective glued
    to the conjunction ("الرئيسان الأوغندي يويري موسيفيني والكيني أوهورو
    كيناتا"): the adjective stands for the same office of another state, the
    noun left out as it is said once. Only a person's title, only plain
    words between (a name; none where the name is the mention's own), none
    that opens a clause or a phrase."""
    if prev.role not in PERSONAL_ROLES or mention.prefix[:1] not in ctx.conjunctions:
        return False
    words = text[prev.end : mention.start].split()
    return (
        (bool(words) or prev.kind == "person")
        and len(words) <= 4
        and all(
            _PLAIN.fullmatch(w) and w not in ctx.name_stopwords and w not in ctx.title_gap_blockers
            for w in words
        )
    )


def weak_lists(text: str, mentions: list[Mention], conj: frozenset[str]) -> None:
    """A country listed right after a topic or place ("in America, Canada
    and Europe") is a topic or place too."""
    for prev, m in zip(mentions, mentions[1:], strict=False):
        if (
            m.kind in ("state", "igo")
            and prev.kind in ("state", "igo")
            and not prev.strong
            and m.strong
            and not m.role
            and not m.agent
            and (
                _gap_is_conj(text, prev, m, conj)
                # "حلف شمال الأطلسي (الناتو)": the same name again
                or (m.code == prev.code and text[prev.end : m.start].strip() in ("(", "-"))
            )
        ):
            m.strong = False
            m.topic = m.topic or prev.topic  # "about Syria and Iraq"


def shared_complement(text: str, mentions: list[Mention], conj: frozenset[str]) -> None:
    """Agent nouns coordinated before one with a country share its country
    ("مسؤولي وجنود أفغانستان", "دولتمردان و نظامیان افغانستان", "officials
    and soldiers of Afghanistan"): the country written after the list
    completes every noun of it. Only within one camp (two bodies of a state,
    or two groups of its people): across camps the nouns are often the two
    sides ("the police and Palestinian protesters"), and a personal title
    before a list names its own holder."""
    for prev, m in zip(mentions, mentions[1:], strict=False):
        if (
            prev.kind == "agent"
            and not prev.code
            and m.kind in ("state", "state_adj")
            and m.code
            and _same_camp(prev.agent, m.agent)
            and not {prev.role, m.role} & PERSONAL_ROLES
            and _joined(text, prev, m, conj)
        ):
            prev.code = m.code


def others_of_named(
    text: str, mentions: list[Mention], conj: frozenset[str], others: frozenset[str]
) -> None:
    """An agent noun of no country joined to an actor by "and the other …"
    ("روحانی و سایر اعضای دولت", "وزير الخارجية وبقية المسؤولين", "the
    minister and other officials"; ``context.OTHERS_OF_NAMED``): the
    others are of the same body as the one named, so they take his country,
    not that of the place named after them ("… در وین", "… في فيينا")."""
    for prev, m in zip(mentions, mentions[1:], strict=False):
        if (
            m.kind == "agent"
            and not m.code
            and prev.code
            and not (prev.location_only or prev.place or prev.topic or prev.source)
            and _same_camp(prev.agent or "GOV", m.agent)
            and _others_between(text, prev, m, conj, others)
        ):
            m.code = prev.code


def those_of_named(
    text: str, mentions: list[Mention], conj: frozenset[str], those: frozenset[str]
) -> None:
    """A state named after a demonstrative that stands for the agent noun
    before it ("أجهزة المخابرات الأمريكية وتلك التابعة لكوريا الجنوبية",
    "Iraqi troops and those of Syria"; ``context.THOSE_OF_NAMED``) is that
    state's body of the same kind: it takes the agent, as the same noun
    written again would give it. The mention then begins at the
    demonstrative, so the two stand joined by the conjunction as a list."""
    for prev, m in zip(mentions, mentions[1:], strict=False):
        if (
            m.kind == "state"
            and m.code
            and not (m.agent or m.role)
            and prev.agent
            and m.code != prev.code
            and _demonstrative_between(text, prev, m, conj, those)
        ):
            m.agent = prev.agent
            m.start = _after_conjunction(text, prev.end, conj)


def _after_conjunction(text: str, pos: int, conj: frozenset[str]) -> int:
    """Where the word after the conjunction that follows ``pos`` begins
    (the conjunction written apart or glued to that word)."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    end = pos
    while end < len(text) and not text[end].isspace():
        end += 1
    if text[pos:end] in conj:
        pos = end
        while pos < len(text) and text[pos].isspace():
            pos += 1
        return pos
    return pos + 1  # a conjunction glued to the demonstrative


def _demonstrative_between(
    text: str, a: Mention, b: Mention, conj: frozenset[str], those: frozenset[str]
) -> bool:
    """Only a conjunction (apart or glued) and a phrase of ``those`` (with
    the preposition glued to ``b``) stand between ``a`` and ``b``."""
    if b.start < a.end or not those:
        return False
    gap = " ".join(text[a.end : b.start].split())
    first, _, rest = gap.partition(" ")
    if first in conj:
        gap = rest
    elif first[:1] in conj:
        gap = gap[1:]
    else:
        return False
    return " ".join(f"{gap} {b.prefix}".split()) in those or gap in those


_COMMAS_TO_SPACE = str.maketrans(dict.fromkeys(COMMAS, " "))


def _others_between(
    text: str, a: Mention, b: Mention, conj: frozenset[str], others: frozenset[str]
) -> bool:
    """Only a conjunction and a word for "other" (and the title of the body
    ``b`` names) stand between ``a`` and ``b`` (the conjunction glued to
    it, "وسائر", or to ``b``), or the word for "other" follows ``b`` ("و
    مقامات دیگر")."""
    if b.start < a.end or not others:
        return False
    words = text[a.end : b.start].translate(_COMMAS_TO_SPACE).split()
    if not words:
        after = words_after(text, b.end, 1)
        return b.prefix[:1] in conj and bool(after) and after[0] in others
    if words[0] in conj:
        words = words[1:]
    elif words[0][:1] in conj and words[0][1:] in others:
        words[0] = words[0][1:]
    else:
        return False
    if not words:
        after = words_after(text, b.end, 1)
        return bool(after) and after[0] in others
    # "و دیگر مقامات دولت", "وسائر أعضاء الحكومة": the title the body's
    # mention does not span may stand after the word for "other"
    return words[0] in others and len(words) <= 2


def _same_camp(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    return (a in STATE_BODIES) == (b in STATE_BODIES) and not {a, b} & NON_STATE_ARMED


def _joined(text: str, a: Mention, b: Mention, conj: frozenset[str]) -> bool:
    """``a`` and ``b`` joined by a conjunction written apart or glued to ``b``."""
    gap = text[a.end : b.start].strip()
    return b.start >= a.end and (gap in conj or (not gap and b.prefix[:1] in conj))


# Offices of a state: a holder named as a movement's or party's own
# ("زعيم حزب العمال", "the leader of the Labour Party") leads the party.
_STATE_OFFICES = frozenset(
    {"head_of_state", "head_of_government", "foreign_minister", "minister", "deputy_minister"}
)


def title_words(text: str, pending: Pending) -> str:
    """The title as listed, without the clitics glued before it."""
    return text[pending.hit.base_start : pending.hit.base_end]


def group_role(role: str | None, group: Mention) -> str | None:
    """The role of a title's holder who belongs to a named group: a state's
    office becomes the party leadership (agent PTY stays the group's),
    unless the group is a state's own body ("وزیر خارجه رژیم صهیونیستی")."""
    if role in _STATE_OFFICES and group.agent in NON_STATE_ARMED:
        return None  # "زعيم تنظيم داعش", "Taliban leader": no party's leader
    if role in _STATE_OFFICES and group.agent not in STATE_BODIES:
        return "party_leader"
    if role == "head_of_state" and group.agent in ("LEG", "JUD"):
        # agents40ar: "رئيس البرلمان الأوروبي", an international body's
        # parliament: its head is the body's official, no state's head;
        # partiesfa109: nor is a court's ("رئيس ديوان المظالم")
        return "official"
    return role or None


def _group(hit: Hit, text: str) -> Mention:
    """A named movement or party: its own country and agent."""
    agent, in_power, *homes = hit.entry.extra
    m = Mention(hit.start, hit.end, hit.entry.value, "group", True, agent=agent, prefix=hit.prefix)
    m.in_power = in_power
    m.homes = homes[0] if homes else None
    m.state_alias = STATE_ALIAS in homes[1:]
    m.name = text[hit.base_start : hit.base_end]
    m.name_span = (hit.base_start, hit.base_end)
    m.contracted = hit.entry.contracted
    return m


# The commas after which an adjective starts a new noun phrase.
_CLAUSE_COMMAS = frozenset(",،")


def movement_named_before(text: str, mentions: list[Mention], hit: Hit, code: str) -> bool:
    """A named movement of the person's country stands right before the name,
    with at most its country adjective and a comma between. A news agency
    that reports ("KCNA said Kim …") has no members among those it names.
    An adjective after the comma opens the next noun phrase, not the
    movement's ("…, linked to the Guards, Iranian troops shelled", mendF73)."""
    for m in reversed(mentions):
        if m.kind == "group":
            return (
                m.code == code
                and not m.source
                and m.agent != "GOV"  # a government's office is no movement
                and 0 <= hit.start - m.end <= 25
                and not (
                    hit.entry.kind == "state_adj" and _CLAUSE_COMMAS & set(text[m.end : hit.start])
                )
            )
        if m.kind != "state_adj" or m.code != code:
            return False
    return False


def honoured(text: str, hit: Hit, ctx: Context) -> bool:
    """An honorific stands right before the hit ("آقای ظریف", "السيد
    ظريف", "Mr. Petro"): a name that is also an ordinary word is the name
    there. Not a given name ("آقای عباس …", ``context.GIVEN_NAMES`` and
    ``HONORIFIC_GIVEN_NAMES``): the honorific then opens another man's full
    name, and the listed office holder is not meant."""
    return (
        bool(ctx.name_honorifics)
        and _surname_alone(text, hit, ctx)
        and after_honorific(text, hit.start, ctx)
    )


def _surname_alone(text: str, hit: Hit, ctx: Context) -> bool:
    """Whether the hit is a surname written alone: no given name of anyone
    (``context.GIVEN_NAMES``, ``HONORIFIC_GIVEN_NAMES``), no ending making
    another surname of it ("رحمانی"), no second part of a compound surname
    after it ("متقی‌نژاد", a ZWNJ folded to a space)."""
    name = text[hit.base_start : hit.base_end]
    if name in ctx.given_names or name in ctx.honorific_given or hit.end != hit.base_end:
        return False
    after = text[hit.end : hit.end + 12].split(maxsplit=1)
    return not (text[hit.end : hit.end + 1] == " " and after and after[0] in ctx.surname_suffixes)


def framed(text: str, hit: Hit, ctx: Context) -> bool:
    """names48fa: a listed surname that is also a word is the person's where
    only a person fits the words around it: a subject right before a verb of
    saying or a diplomatic frame ("ظریف گفت", "ظریف در دیدار با …",
    ``context.PERSON_FRAMES_AFTER``) where it opens its clause, or right
    after a verb of saying that
    opens its clause ("قال ظريف", ``PERSON_FRAMES_BEFORE``). News names the
    person so after the first mention, and a sentence read alone has no
    earlier full name to learn it from. Never a form the language lists as
    also another's (``NOT_FRAMED``: "مالکی" is also an Iranian surname)."""
    name = text[hit.base_start : hit.base_end]
    if hit.prefix or name in ctx.not_framed or not _surname_alone(text, hit, ctx):
        return False
    before = text[max(0, hit.start - 16) : hit.start].split()
    if before and before[-1] in ctx.person_frames_before:
        return True
    # the subject opens its clause: nothing, a mark or "و" before it ("نکته
    # ظریف در دیدار با …" is a delicate point)
    opens = not before or not before[-1][-1].isalnum() or before[-1] in ctx.conjunctions
    after = " ".join(text[hit.end : hit.end + 40].split()[:4]) + " "
    return opens and any(after.startswith(f + " ") for f in ctx.person_frames_after)


def after_honorific(text: str, start: int, ctx: Context) -> bool:
    """Whether an honorific ("آقای", "السيد", "Mr.") is the word right before ``start``."""
    words = text[max(0, start - 16) : start].rstrip().rstrip(".").split()
    return bool(words) and words[-1] in ctx.name_honorifics


def _titled(text: str, hit: Hit, pending: Pending | None) -> bool:
    """A title stands right before the hit ("الوزير ظريف"); an agent noun is
    no title ("رجل ظريف" is a nice man)."""
    return (
        pending is not None
        and pending.hit.entry.kind != "agent"
        and 0 <= hit.start - pending.hit.end <= 2
    )
