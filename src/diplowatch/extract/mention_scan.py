"""The left-to-right scan that turns actor hits into mentions.

``MentionScan`` keeps the title waiting for its country or name and the
mentions made so far; ``actors.find_mentions`` feeds it the hits in order.
A later country or title may claim the mention before it (a title after a
name, a group's members), which is why the scan keeps state.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from diplowatch.extract.actor_context import Context
from diplowatch.extract.agent_groups import FORCE_AGENTS, STATE_FORCES
from diplowatch.extract.countries import (
    MISSIONS,
    counted_gap,
    country_mention,
    possessed_noun,
    possessed_title,
    reflexive_noun,
)
from diplowatch.extract.counts import counted
from diplowatch.extract.home_country import _next_word, opens_dateline
from diplowatch.extract.landmarks import near_before
from diplowatch.extract.lexicon import FAMILY_NAME, MEMBERS, WITH_COUNTRY, own_state
from diplowatch.extract.mention import NAMED, PERSONAL_ROLES, Mention
from diplowatch.extract.mention_lists import (
    _group,
    _titled,
    coordinated_before,
    framed,
    group_role,
    honoured,
    modifies,
    movement_named_before,
    owner_of,
    share_title,
    shares_title,
    title_words,
)
from diplowatch.extract.own_terms import own_other_term
from diplowatch.extract.scan import Hit
from diplowatch.extract.titles import (
    EXECUTIVE_ROLES,
    KIN_AGENT,
    Pending,
    _chained,
    _describes,
    _home_bound,
    _orphan,
    across_committee,
    deputy_brief,
    deputy_role,
    former_after,
    former_and,
    former_before,
    former_member,
    head_of_body,
    kin_before,
    made_of_next,
    members_of,
    names_body,
    names_portfolio,
    other_office,
    owned_by,
    previous_word,
    second_holder,
    sponsor_opened,
    title_of,
    two_definite_bodies,
    typed_by_next,
    verb_object_after,
)
from diplowatch.lang.xx.agents import FINER_POST_ROLES, PARTY_AGENTS
from diplowatch.text.normalize import normalize_phrase
from diplowatch.text.punctuation import CLAUSE_BREAKS, SENTENCE_ENDS
from diplowatch.text.words import any_between, longer_than

# Kinds of mention that name an organisation or movement, whose head a
# possessed title may be ("أعلن الاتحاد الأفريقي أن رئيسه").
BODY_KINDS = frozenset({"igo", "group"})
# Words of a title between a person and the regime or seat naming his state
# ("رئیس ستاد کل ارتش", "of the").
_ALIAS_TITLE_WORDS = 6
# Bodies of other branches the holders of ``EXECUTIVE_ROLES`` do not head
# beside their office (the supreme command of the army and a party's lead
# they may well hold).
EXECUTIVE_APART = frozenset({"LEG", "JUD"})
# Forces whose units a title may head across the unit's name (``_in_unit``)
# are ``STATE_FORCES``.
# Cabinet offices: the portfolio after the title ("وزير شؤون اللاجئين",
# "minister for refugees") is no body its holder acts as (agents78ar).
CABINET_ROLES = frozenset({"minister", "deputy_minister", "foreign_minister"})
# A bloc head's title before a named party ("رئيس كتلة حركة النهضة") names
# its head in parliament: his seat (LEG), not the party (legislators62ar)
LEGISLATORS_PARTIES = frozenset({"PTY"})
# agentsar91: the most letters read between a title and its party for a bloc word
_BLOC_GAP = 40


def _chained_role(
    old: Pending, hit: Hit, role: str, agent: str | None, marks: tuple[bool, bool]
) -> tuple[str, str | None]:
    """The role and agent of a chain of titles ("المتحدث باسم وزير
    الخارجية", "نائب رئيس الوزراء"): one person, named by the first title
    of the chain, acting for the body the chain ends with ("سخنگوی پلیس",
    "رهبران کنگره", "المتحدث باسم الشرطة"); a committee's chair or
    spokesman sits in the legislature. ``marks``: whether the chain ends
    in a committee, and whether ``hit`` is a finer post (``_finer_office``)."""
    committee, finer = marks
    body = hit.entry.kind in ("institution", "agent") and agent is not None
    if body and old.role in CABINET_ROLES and old.hit.entry.kind == "role":
        # "وزير شؤون الأسرى", "وزير الصحة والسكان": a minister's portfolio
        # names whom he serves, not whom he acts as; he is the cabinet's
        return old.role, old.agent
    if finer:
        return role, agent or old.agent
    role = old.role or role
    agent = agent if body else old.agent or agent
    if body:
        role = head_of_body(role, agent)
    if committee:
        role = "legislator"
    return role, agent


def _finer_office(old: Pending, hit: Hit, role: str, text: str, ctx: Context) -> bool:
    """Whether the title ``hit`` names a finer office of the same man than
    the title ``old`` it is chained to (roles85): the plain minister's role
    of a deputy prime minister (``context.FINER_POST_TITLES``: "نائب رئيس
    الوزراء", "معاون نخست وزیر", "Deputy Prime Minister") gives way to his
    portfolio (``FINER_POST_ROLES``). mendC86: only those titles; another
    minister's ("Interior Minister and Foreign Minister") is a second man."""
    return (
        old.hit.entry.kind == "role"
        and hit.entry.kind == "role"
        and role in FINER_POST_ROLES
        and text[old.hit.start : old.hit.end] in ctx.finer_post_titles
    )


@dataclass
class MentionScan:
    """Per-call state of ``find_mentions``: what came before decides what a hit is."""

    text: str
    ctx: Context
    ambiguous: frozenset[str]
    on: date | None
    cue_ends: set[int]
    listed: frozenset[int] = frozenset()  # ambiguous names listed with a state
    starts: frozenset[int] = frozenset()  # where actor hits begin
    countries: dict[int, str] = field(default_factory=dict)  # country words' starts → codes
    persons: frozenset[int] = frozenset()  # where listed persons' names begin
    mentions: list[Mention] = field(default_factory=list)
    pending: Pending | None = None
    last_role: str = ""  # a counterpart has the role of the person it mirrors
    last_agent: str | None = None  # … and that person's agent
    last_end: int = -1
    linked: Mention | None = None  # the last country that took the title before it
    words: frozenset[int] = frozenset()  # where the lexicon's words begin
    verbs: tuple[int, ...] = ()  # where the words of events begin ("met"), in order
    verb_forms: tuple[int, ...] = ()  # … those of them in a verb's form ("أدانوا")

    def release(self) -> None:
        """The pending title found no country: it becomes a mention of its own
        (a representative of no one named is a member of parliament)."""
        pending = self.pending
        if pending is not None and not pending.claimed and pending.hit.entry.kind != "counterpart":
            if WITH_COUNTRY in pending.hit.entry.extra:
                return  # "الأمن" with no country adjective is security, no actor
            orphan = _orphan(pending)
            self._retitle_orphan(orphan, pending)
            extra = pending.hit.entry.extra
            # "قوات الاحتلال": Israel's, wherever it acts; "المستشارة الألمانية",
            # a title written with its state's adjective: that state's
            orphan.code = own_state(extra) or orphan.code
            orphan.place = self._orphan_place(pending)
            # "نیروهایش" (its forces): the named actor's own, as after "its"
            hit = pending.hit
            # "أنصار المعارضة", "supporters of the opposition": the body they
            # follow is named, as a state after them is (``_from_neighbours``);
            # it takes no part, its supporters are the one side (sides28)
            if hit.entry.kind == "agent" and sponsor_opened(
                self.text, hit.start, self.ctx.sponsor_openers
            ):
                orphan.source = orphan.sponsor = True
            orphan.reflexive = reflexive_noun(self.text, hit, self.ctx)
            orphan.possessed = orphan.reflexive or possessed_noun(self.text, hit, self.ctx)
            orphan.office_of_owner = hit.entry.kind == "role" and self._possessed_title(hit)
            self._one_man_of_former(orphan, pending)
            self.mentions.append(orphan)

    def _one_man_of_former(self, orphan: Mention, pending: Pending) -> None:
        """A title of no country joined by "and" to a former office just
        named ("رئيس الوزراء البريطاني الأسبق ورئيس حزب «المحافظين»", "the
        former British prime minister and leader of the Conservatives") is
        the same man's present office (``former_and``): one mention, with
        the present title's role and agent and the former one's country
        (agents43ar). The former office alone made him a second, stateless
        side of no agent."""
        if orphan.code or pending.former or not orphan.agent:
            return
        if former_and(self.text, self.mentions, pending.hit, self.ctx):
            orphan.code = self.mentions.pop().code

    def _retitle_orphan(self, orphan: Mention, pending: Pending) -> None:
        """A title that found no country may mean another office. A
        representative of no one named sits in parliament ("برخی نمایندگان
        در …", "۲۹ نماینده …،"). An army honorific
        (``context.ARMY_HONORIFICS``: "امیر سیاری") that is also a
        monarch's title names an officer of the armed forces when no state is
        written with it: an emir is always named with his state ("امیر قطر")."""
        if pending.role == "official" and self._bare_seat_title(pending.hit):
            orphan.role = "legislator"
            orphan.agent = self.ctx.role_agents.get("legislator")
        elif (
            pending.role == "head_of_state"
            and self.text[pending.hit.base_start : pending.hit.base_end] in self.ctx.army_honorifics
        ):
            orphan.role = None
            orphan.agent = "MIL"

    def _orphan_place(self, pending: Pending) -> bool:
        """ "8 مقاعد في مجلس النواب": a body named as the place of something
        (attackers are never the place: "قتل جنديان في هجوم إرهابي", nor a
        deed's own noun that names its doer, "في غارة جوية")."""
        hit = pending.hit
        return (
            hit.entry.kind != "role"
            and pending.agent != "UAF"
            and not self._owned_deed(hit)
            and (previous_word(self.text, hit.start) in self.ctx.place_preps or self._near(hit))
        )

    def _near(self, hit: Hit) -> bool:
        """A preposition of nearness (``context.NEAR_PREPOSITIONS``) at most
        two words before ``hit`` ("near the parliament building", "قرب مبنى
        البرلمان", "در نزدیکی ساختمان پارلمان"): the body is a landmark."""
        return near_before(self.text, hit.start, self.ctx) is not None

    def _owned_deed(self, hit: Hit) -> bool:
        """An owned noun that is also a word of the lexicon's events ("غارة
        جوية", an air strike): the deed itself, whose doer it names, never
        the place where something happens ("قتل عشرة في غارة جوية")."""
        return hit.entry.extra == ("owned",) and hit.start in self.words

    def _owned(self, hit: Hit, role: str, agent: str | None) -> bool:
        """A title or body's members written with a possessive ("رئيسه",
        "رئیسش", "عناصرها", "its men"): its owner is named before it, so it
        waits for no country after it ("عناصرها من تونس وليبيا" are the
        battalion's, from there) and is a mention of its own at once, whose
        owner ``participants`` finds (``Mention.possessed``). A title is so
        read only after a body ("أعلن البرلمان أن رئيسه"); after a state
        ("نيجيريا التي حذر رئيسها محمد بخاري") it is that state's title and
        waits for its name as any other."""
        members = MEMBERS in hit.entry.extra
        if not members and not (self._possessed_title(hit) and self._body_before(hit)):
            return False
        self.release()
        self.pending = None
        self.mentions.append(
            Mention(
                hit.start,
                hit.end,
                "",
                "agent",
                True,
                role=role or None,
                agent=agent or None,
                prefix=hit.prefix,
                possessed=True,
                members=members,
            )
        )
        self.last_end = hit.end
        return True

    def _body_before(self, hit: Hit) -> bool:
        """The mention right before ``hit``, in its sentence, is a body, an
        organisation or a movement, not a state as a whole."""
        if not self.mentions:
            return False
        prev = self.mentions[-1]
        if any(c in self.text[prev.end : hit.start] for c in SENTENCE_ENDS):
            return False
        return bool(prev.code) and (prev.agent is not None or prev.kind in BODY_KINDS)

    def _possessed_title(self, hit: Hit) -> bool:
        """A title glued to a possessive clitic ("رئيسها"; "رئيسه" as
        written) or listed with its possessive ("رئیسش", "its chief")."""
        return possessed_title(self.text, hit, self.ctx)

    def _bare_seat_title(self, hit: Hit) -> bool:
        """A seat title (``context.SEAT_TITLES``: "نمایندگان") that ends its
        noun phrase: the next word is a preposition, conjunction, verb or
        object marker (``ROLE_BREAK_WORDS``, ``PHRASE_BREAKS``), or
        punctuation follows, or a number counts it ("۲۹ نماینده"). "نماینده
        ولی فقیه", "نمایندگان قوه مجریه", "نماینده خود" name whom they
        represent."""
        ctx, text = self.ctx, self.text
        if text[hit.base_start : hit.base_end] not in ctx.seat_titles:
            return False
        if counted(text, hit.start, ctx.lang):
            return True  # "۲۹ نماینده": members counted by a number
        rest = text[hit.end : hit.end + 30]
        if not rest[:1].isspace():
            return not rest[:1].isalnum()
        words = rest.split()
        if words and self._event_word_at(hit.end + len(rest) - len(rest.lstrip())):
            return True  # "از نمایندگان خواستند استعفا دهند": the verb follows
        if not words:
            return True
        first = words[0]
        return first in ctx.role_breaks or first in ctx.phrase_breaks or first in ctx.conjunctions

    def _event_word_at(self, start: int) -> bool:
        """A word of the lexicon's events begins at ``start``."""
        i = bisect_left(self.verbs, start)
        return i < len(self.verbs) and self.verbs[i] == start

    def new_sentence(self) -> None:
        """A sentence ended: the pending title found no country in it."""
        self.release()
        self.pending = None
        self.linked = None

    def title(self, hit: Hit) -> None:
        """A title, institution or agent noun waits for its country (or joins a chain)."""
        text, ctx, e = self.text, self.ctx, hit.entry
        if deputy_brief(text, hit, ctx):
            return  # "معاون پارلمانی": the deputy's brief, no parliament
        role, agent = title_of(hit, self.last_role, ctx, self.last_agent)
        served = deputy_role(text, hit, role, ctx)
        if served != role:
            self._deputy_before(hit, served, agent)
        role = self._head_of_unknown(hit, served)
        if self._owned(hit, role, agent):
            return
        old = self.pending
        # 1. a noun that names or describes the title before it adds nothing
        if old is not None and e.kind == "agent" and names_body(text, old, hit, ctx):
            return  # "حزب الفلاحين", "رئيس حزب کشاورزان": the party's name
        if old is not None and names_portfolio(text, old, hit, ctx):
            return  # "وزارت ورزش و جوانان", "وزارة الأسرى": the ministry's portfolio
        if old is not None and typed_by_next(text, old, hit, ctx):
            old.agent = e.value  # "أشخاص متشددين": militants
            return
        if old is not None and _describes(text, old, hit, ctx):
            return  # "کارگران معترض" (protesting workers): the workers only
        if old is not None and made_of_next(text, old, hit, ctx):
            # "a delegation of the opposition" is the opposition, who take
            # the country written after them ("هیئتی از بازرگانان ترکیه‌ای")
            self.pending = old = None
        if old is not None and self._finer_post_of_holder(old, hit, role):
            return  # "UAE Deputy Prime Minister and Foreign Minister": one man
        # 2. owned by or chained to the title before it, else that one is released
        role, agent, chained_former, chained_serves = self._join_previous(hit, old, role, agent)
        # 3. the title now waiting: a former holder's or a kin's is no office's voice
        pending, role, agent = self._new_pending(hit, role, agent, chained_former, chained_serves)
        # 4. a mention right before it may take it at once
        self._claim_by_previous(hit, pending, role, agent)
        self.last_end = hit.end

    def _deputy_before(self, hit: Hit, role: str, agent: str | None) -> None:
        """The title waiting before a head's title that names whom a deputy
        serves, when it is a word that is a deputy only before "ل" and the
        head ("النائب الثاني لرئيس مجلس الوزراء", ``DEPUTY_OF_WORDS``; alone
        "النائب" is a member of parliament): it is that deputy, of the
        head's state and branch, not a legislator."""
        old = self.pending
        if old is None or old.claimed or not hit.prefix:
            return
        if self.text[old.hit.start : old.hit.end] in self.ctx.deputy_of_words:
            old.role, old.agent = role, agent

    def _head_of_unknown(self, hit: Hit, role: str) -> str:
        """A bare head title (``context.BODY_HEAD_TITLES``) in the construct
        state before a noun the lexicon does not know ("رئيس هيئة الانتخابات
        التونسية", "رئيس اتحاد الكرة المصري") heads that body: an official,
        not the head of the state whose adjective closes the phrase. A
        country, a known body or title after it, or a noun of the state
        itself ("رئيس البلاد", ``HEAD_STATE_NOUNS``) keeps the head of state."""
        ctx, text = self.ctx, self.text
        if role != "head_of_state" or hit.prefix or not ctx.body_heads:
            return role
        if text[hit.base_start : hit.base_end] not in ctx.body_heads:
            return role
        rest = text[hit.end : hit.end + 40]
        word = rest.split()[0] if rest[:1] == " " and rest.split() else ""
        # a known body noun after it is still a body of its own ("رئيس هيئة
        # النزاهة", "رئيس لجنة الانتخابات": ``COMMITTEE_WORDS``, ``UNIT_WORDS``)
        known = (
            hit.end + 1 in self.starts
            and word not in ctx.committee_words
            and word not in ctx.unit_words
        )
        if not word.isalpha() or known or word in ctx.head_state_nouns:
            return role
        return "official"

    def _join_previous(
        self, hit: Hit, old: Pending | None, role: str, agent: str | None
    ) -> tuple[str, str | None, bool, bool]:
        """``title``'s role and agent when it is owned by or chained to the
        title before it (``old``), with the chain's former and servant marks;
        any other title before it is released."""
        # read before _heads_other_branch may free the title before
        owned = old is not None and self._owned_by_next(old, hit)
        committee = old is not None and self._in_committee(old, hit, agent)
        unit = old is not None and self._in_unit(old, hit, agent)
        if old is not None and self._heads_other_branch(old, hit, agent):
            # "قيس سعيد رئيس البرلمان": the head title was read as the
            # minister's or president's own, but the body it heads is another
            # branch's; it begins his guest's title instead
            old.claimed = False
        if owned and old is not None:
            # "قوات الشرطة التابعة لوزارة الداخلية": the police, of the
            # ministry's state; the owner is no actor of its own
            return old.role, old.agent, False, False
        if (
            old is not None
            and not second_holder(self.text, old.hit, hit, role, self.ctx)
            and self._chains_to(old, hit, committee or unit)
        ):
            finer = _finer_office(old, hit, role, self.text, self.ctx)
            role, agent = _chained_role(old, hit, role, agent, (committee, finer))
            return role, agent, old.former, old.serves
        self.release()
        return role, agent, False, False

    def _owned_by_next(self, old: Pending, hit: Hit) -> bool:
        """An unclaimed agent noun before an agent or institution that owns
        it ("قوات الشرطة التابعة لوزارة الداخلية", ``owned_by``)."""
        return (
            not old.claimed
            and old.hit.entry.kind == "agent"
            and hit.entry.kind in ("agent", "institution")
            and owned_by(self.text, old.hit, hit, self.ctx)
        )

    def _in_committee(self, old: Pending, hit: Hit, agent: str | None) -> bool:
        """A title chained across a committee word to a legislature's body
        (``across_committee``): its holder sits in the legislature."""
        ctx = self.ctx
        return (
            bool(ctx.committee_words)
            and agent == ctx.role_agents.get("legislator")
            and hit.entry.kind in ("institution", "agent")
            and across_committee(self.text, old.hit, hit, ctx)
        )

    def _in_unit(self, old: Pending, hit: Hit, agent: str | None) -> bool:
        """A head's title chained across the name of a unit (``context.
        UNIT_WORDS``) to the force it belongs to ("رئیس سازمان عقیدتی سیاسی
        ارتش", "رئيس هيئة التوجيه المعنوي في الجيش"): its holder heads a
        part of that force and acts as it (support26). Not across a
        preposition of place ("… في الجيش"), which names where the body is."""
        if (
            agent not in STATE_FORCES
            or old.hit.entry.kind != "role"
            or hit.entry.kind not in ("institution", "agent")
        ):
            return False  # most titles: the words between are not read (speed70a)
        gap = set(self.text[old.hit.end : hit.start].split())
        return not gap & self.ctx.location_preps and across_committee(
            self.text, old.hit, hit, self.ctx, self.ctx.unit_words
        )

    def _heads_other_branch(self, old: Pending, hit: Hit, agent: str | None) -> bool:
        """Whether the title ``old``, taken at once by the executive officer
        named right before it, heads a body of another branch (a parliament,
        a court: ``EXECUTIVE_APART``) written right after it. A sitting
        president or minister does not also chair the parliament or a court,
        so "التقى قيس سعيد رئيس البرلمان" names the speaker as his guest."""
        prev_m = self.mentions[-1] if self.mentions else None
        if not old.claimed or prev_m is None or prev_m.kind != "person" or prev_m.former:
            return False
        if prev_m.role not in EXECUTIVE_ROLES or agent not in EXECUTIVE_APART:
            return False
        text, ctx = self.text, self.ctx
        return (
            old.hit.entry.kind == "role"
            and hit.entry.kind == "institution"
            and not text[prev_m.end : old.hit.start].strip(" ،,")
            and _chained(text, old.hit, hit, conj=ctx.conjunctions)
            and not ctx.role_breaks & set(text[old.hit.end : hit.start].split())
        )

    def _chains_to(self, old: Pending, hit: Hit, committee: bool) -> bool:
        """Whether ``hit`` continues the chain of titles ``old`` begins
        ("المتحدث باسم وزير الخارجية"): one person, not two actors."""
        text, ctx, e = self.text, self.ctx, hit.entry
        return (
            not old.claimed
            and old.hit.entry.kind != "agent"  # "الشرطة … الحكومة": two actors
            # "امیرش وزیر خارجه قطر را": a title with its possessive ends its
            # phrase (its owner is before it); a title after it is another man
            and not possessed_title(text, old.hit, ctx)
            # "دعا البرلمان الحكومة": a definite body has no genitive after it
            and not two_definite_bodies(text, old.hit, hit, ctx)
            # "انتقد السيناتور الجمهوري الحكومة": a title with its state
            # in its words is whole; a body after it is the verb's object
            and not (own_state(old.hit.entry.extra) and e.kind in ("institution", "agent"))
            # "رهبر معظم انقلاب نخست‌وزیر ژاپن را پذیرفت": nor is a title of
            # another state after it one of its chain, but the next person
            and not self._other_state_title(old, hit)
            # "The president met opposition leaders": a word of the lexicon
            # (a verb of the event) between two titles ends the first (gov29fa)
            and not any_between(self.verbs, old.hit.end, hit.start)
            # "في البرلمان وزير المالية": where nouns come first, a title after
            # a body begins another person ("Pentagon spokesman" is one)
            and (
                ctx.titles_follow_country or old.hit.entry.kind != "institution" or e.kind != "role"
            )
            and (
                _chained(text, old.hit, hit, conj=ctx.conjunctions)
                and not ctx.role_breaks & set(text[old.hit.end : hit.start].split())
                or committee
                or self._qualified_chain(old, hit)
            )
        )

    def _qualified_chain(self, old: Pending, hit: Hit) -> bool:
        """A deputy's or aide's title, one word of his brief, then the head
        he serves ("معاون حقوقی رئیس جمهور", "المستشار القانوني لرئيس
        الجمهورية"): one person, the deputy. The brief's word is longer than
        ``_chained`` allows, and it is read only after such a title
        (``context.TITLE_QUALIFIERS``): without the chain the head's title
        named the deputy the head of state."""
        text, ctx = self.text, self.ctx
        gap = text[old.hit.end : hit.start].split()
        if len(gap) != 1 or gap[0] not in ctx.title_qualifiers or hit.entry.kind != "role":
            return False
        first = {text[old.hit.start : old.hit.end], text[old.hit.base_start : old.hit.base_end]}
        deputies = ctx.deputy_words | ctx.servant_titles
        if hit.prefix in ctx.deputy_prefixes:
            deputies |= ctx.deputy_of_words  # "النائب الثاني لرئيس الوزراء"
        return bool(first & deputies)

    def _other_state_title(self, old: Pending, hit: Hit) -> bool:
        """Whether ``old`` is a title of one state's office (its state in
        its words, ``TITLES_OF_STATE``) and ``hit`` a title whose own country,
        another one, is written right after it: two officials of two states."""
        own = own_state(old.hit.entry.extra)
        return own != "" and hit.entry.kind == "role" and self._country_after(hit, own)

    def _new_pending(
        self,
        hit: Hit,
        role: str,
        agent: str | None,
        chained_former: bool,
        chained_serves: bool,
    ) -> tuple[Pending, str, str | None]:
        """The title ``title`` leaves waiting, and its role and agent (a
        kin's title is a private person's)."""
        text, ctx = self.text, self.ctx
        pending = self.pending = Pending(hit, role, agent, home_bound=_home_bound(hit, ctx))
        pending.serves = chained_serves or text[hit.base_start : hit.base_end] in ctx.servant_titles
        if (
            chained_former
            or (role and (former_before(text, hit, ctx) or former_after(text, hit, ctx)))
            or (not role and agent and former_member(text, hit, ctx))
        ):
            # "former prime minister Imran Khan", "الرئيس الفرنسي السابق",
            # "نماینده سابق مجلس", "a former member of the Assembly": no
            # longer the state's (or the body's) voice
            pending.agent = None
            pending.former = True
        named = self.mentions[-1].end if self.mentions and self.mentions[-1].name else 0
        if role and kin_before(text, hit, ctx, named):
            # "نجل الرئيس", "پسر رئیس‌جمهور", "the son of the president": the
            # title is his father's; he is a private person
            role, agent = pending.role, pending.agent = "", KIN_AGENT
        return pending, role, agent

    def _finer_post_of_holder(self, old: Pending, hit: Hit, role: str) -> bool:
        """A finer post of the same cabinet (``_finer_office``) joined by
        "and" alone to a title a mention right before has taken ("UAE Deputy
        Prime Minister and Foreign Minister"): the same man's second post,
        which gives him its role (roles85; where no mention took the first
        title, the chain of titles does it: ``_chained_role``)."""
        prev_m = self.mentions[-1] if self.mentions else None
        gap = self.text[old.hit.end : hit.start].split()
        if not old.claimed or prev_m is None or prev_m.role != old.role or hit.prefix:
            return False
        if len(gap) != 1 or gap[0] not in self.ctx.conjunctions or not gap[0].isalpha():
            return False
        if not _finer_office(old, hit, role, self.text, self.ctx):
            return False
        if len(self.text[prev_m.end : old.hit.start].strip(" ،,")) > 2:
            return False  # only a space or "'s" between the holder and his title
        prev_m.role = old.role = self.last_role = role
        return True

    def _country_after(self, hit: Hit, code: str | None) -> bool:
        """A country word other than ``code`` begins right after the title
        ("وزيرة الدفاع الفرنسية", "سفير الصين"), or after a noun of
        statehood there ("رئيس جمهورية جيبوتي", ``STATE_STYLE_NOUNS``):
        either way the title names its own country."""
        starts = [hit.end + 1, hit.end + 2]
        style = _next_word(self.text, hit.end)
        if style and style in self.ctx.state_style_nouns:
            # "جمهورية مصر العربية" is one country word: it is read first
            starts += [s + 1 + len(style) for s in starts]
        after = (self.countries.get(s) for s in starts)
        return any(c is not None and c != code for c in after)

    def _other_country(self, hit: Hit, code: str) -> bool:
        """The title names a country other than ``code``: after it, or in its
        own words ("المستشارة الألمانية")."""
        own = own_state(hit.entry.extra)
        return self._country_after(hit, code) or (own != "" and own != code)

    def _claim_by_previous(self, hit: Hit, pending: Pending, role: str, agent: str | None) -> None:
        """A name, group or country written just before the title is its holder."""
        prev_m = self.mentions[-1] if self.mentions else None
        if prev_m is None:
            return
        if self._own_term_after(prev_m, hit, pending, role, agent):
            # agents96: "محمد الناصر رئيس مجلس نواب الشعب": another office
            # the table lists for him, so his, read with the title's agent
            pending.claimed = True
            prev_m.role, prev_m.agent = role, None if pending.former else agent
            prev_m.former = pending.former
            self.last_role, self.last_agent = role, prev_m.agent  # whom a counterpart mirrors
            return
        # 1. a person named right before it holds it
        if self._holds_title(prev_m, hit, pending, role):
            # "محمد جواد ظريف وزير الخارجية": the named person's title (not
            # when he holds another office: "الرئيس … السيسي وزير الخارجية
            # الياباني" names a second person)
            pending.claimed = True
            if pending.former and not prev_m.former:
                # "Mahmoud Ahmadinejad, Iran's former president": out of office
                prev_m.role, prev_m.agent, prev_m.former = role or prev_m.role, None, True
        elif self._seat_beside_executive(prev_m, hit, role):
            # "التقى قيس سعيد رئيس البرلمان": the speaker he meets, with no
            # country of its own, sits in his parliament
            pending.fallback = prev_m.code
        # 2. "Trump's adviser": the title serves the named man's state
        if self.ctx.titles_follow_country and self._serves_named(prev_m, hit, pending):
            # "Trump's adviser", "Putin's foreign minister": the title's holder
            # serves the named man's state; the named man is no actor here
            prev_m.role, prev_m.agent, prev_m.former = role or None, agent, False
            prev_m.name = prev_m.name_latin = None
            prev_m.name_span = None
            pending.claimed = True
        # 3. a group or a country word before it (English word order)
        self._claim_by_modifier(prev_m, hit, pending, role, agent)

    def _own_term_after(
        self, prev_m: Mention, hit: Hit, pending: Pending, role: str, agent: str | None
    ) -> bool:
        """A title right after a listed person's name (a comma or "the" at most) that
        is another of his own terms in his state (``own_terms``), naming no
        other country: the text says which of his offices he holds."""
        return (
            prev_m.kind == "person"
            # "الرئيس إبراهيم رئيسي رئيس السلطة القضائية": a name titled
            # before is that office's man, and the title after his guest's
            and (prev_m.name_span or (prev_m.start, 0))[0] == prev_m.start
            and own_other_term(prev_m, role, agent)
            and all(
                w in self.ctx.syntax.determiners
                for w in _apposition_words(self.text[prev_m.end : hit.start])
            )
            and not self._other_country(hit, prev_m.code)
            and not self._heads_object(hit)
        )

    def _heads_object(self, hit: Hit) -> bool:
        """The title after a name heads the verb's object, not the name's
        apposition (mendE97): a person's name ("استقبل السيسي وزير الدفاع
        محمد زكي": the guest's title) or the object marker ("اردوغان نخست
        وزیر را … فراخواند") follows it, its country words aside."""
        text, ctx = self.text, self.ctx
        at = hit.end
        for _ in range(3):
            while at < len(text) and text[at] == " ":
                at += 1
            if at not in self.countries:
                break
            at = text.find(" ", at)  # a country word ("التركي", "ایران") is the title's
            if at < 0:
                return False
        word = _next_word(text, at - 1) if at else ""
        return at in self.persons or word in ctx.given_names or word in ctx.object_markers

    def _holds_title(self, prev_m: Mention, hit: Hit, pending: Pending, role: str) -> bool:
        """Whether the person named right before ``hit`` holds that title."""
        ctx, e = self.ctx, hit.entry
        return (
            prev_m.kind == "person"
            and e.kind != "counterpart"
            # a body or a people noun with no office ("دعا السيسي البرلمان
            # إلى", "از روحانی مجلس …") is no man's title: the verb's object
            and bool(role or e.kind == "role")
            and self._bare_gap(prev_m, hit, pending)
            # the kin of an office holder ("ابنة ترامب") holds no title after him
            and not (prev_m.agent == KIN_AGENT and prev_m.name)
            # a man titled before his name takes no people noun after it as
            # his title: "رئيس الحكومة … العثماني النقابات" names the unions
            and not (ctx.names_follow_titles and e.kind == "agent" and prev_m.role)
            and not other_office(
                prev_m,
                role,
                pending.former,
                self._other_country(hit, prev_m.code),
                ctx.names_follow_titles,
            )
        )

    def _bare_gap(self, prev_m: Mention, hit: Hit, pending: Pending) -> bool:
        """Nothing but a comma between a name and the title after it, or the
        word "former" of that title ("Ahmadinejad, former president of
        Iran"), where the title is read as former, or the deputy's word (and
        brief) that made the head's title his."""
        if hit.prefix[:1] in self.ctx.conjunctions:
            # agents104: "… محمود عباس ورئيس جمهورية اليمن": a title glued to
            # "and" adds the list's next man, as "و" written apart does
            return False
        words = self.text[prev_m.end : hit.start].strip(" ،,").split()
        deputy = [w for w in (w.strip("«»") for w in words) if w]
        if deputy and deputy[0] in self.ctx.deputy_words and pending.role != hit.entry.value:
            # "«عراقچی» معاون سیاسی وزیر امور خارجه": the deputy's word and
            # his brief before a head's title read as his (``deputy_role``)
            return set(deputy[1:]) <= self.ctx.title_qualifiers
        return not words or (pending.former and set(words) <= self.ctx.former_words)

    def _seat_beside_executive(self, prev_m: Mention, hit: Hit, role: str) -> bool:
        """A seat in the legislature (``role`` legislator) written right after
        a named executive officer of a known state, with no country of its
        own: another person of that officer's state (``other_office``)."""
        return (
            role == "legislator"
            and prev_m.kind == "person"
            and prev_m.role in EXECUTIVE_ROLES
            and bool(prev_m.code)
            and not self.text[prev_m.end : hit.start].strip(" ،,")
            and not self._other_country(hit, prev_m.code)
        )

    def _serves_named(self, prev_m: Mention, hit: Hit, pending: Pending) -> bool:
        """Whether ``hit`` is a title glued to a man's name ("Trump's adviser",
        "a Trump adviser"): its holder serves him."""
        text, e = self.text, hit.entry
        return (
            prev_m.kind == "person"
            and bool(prev_m.name)
            and e.kind == "role"
            and (
                text[prev_m.end : hit.start].strip() in ("'s", "’s")
                # "a Trump adviser": a servant title glued after the name
                or (pending.serves and not text[prev_m.end : hit.start].strip())
            )
        )

    def _claim_by_modifier(
        self, prev_m: Mention, hit: Hit, pending: Pending, role: str, agent: str | None
    ) -> None:
        """Where titles follow their country ("Iraqi police", "Houthi forces"),
        the group or country word right before the title takes it."""
        text, ctx, e = self.text, self.ctx, hit.entry
        if (
            ctx.titles_follow_country  # "Houthi forces"; Arabic puts the noun first
            and prev_m.kind == "group"
            and e.kind == "agent"
            and text[prev_m.end : hit.start].strip() == ""
        ):
            pending.claimed = True  # "Houthi forces", "Hamas militants": the group
        elif ctx.titles_follow_country and self._past_its_title(prev_m, hit):
            pending.fallback = prev_m.code  # "Egyptian police arrested protesters"
        elif ctx.titles_follow_country and modifies(text, prev_m, hit, ctx):
            # "South Korean President", "Japan's foreign minister", "Iraqi police",
            # "French far-right leader", "Russian and Ukrainian officials"
            self._take_by_adjective(prev_m, hit, pending, role, agent)

    def _take_by_adjective(
        self, prev_m: Mention, hit: Hit, pending: Pending, role: str, agent: str | None
    ) -> None:
        """The title ``hit`` goes with the adjective ``prev_m`` before it: it
        heads the adjective's body or names whom a group is made of, the
        mentions coordinated before it take its role and agent, and it is
        kept for a later "counterpart". Apart from ``_claim_by_modifier``,
        which only decides whether the adjective takes the title at all."""
        text, e = self.text, hit.entry
        if self._heads_body(prev_m, hit, agent):
            # "the chief of staff of the Israeli army", "the president of
            # the European Parliament": the title heads the body the
            # adjective it took qualifies, and acts as that body
            prev_m.role = head_of_body(prev_m.role or "", agent) or None
            prev_m.agent = agent
        elif self._members_after_head(prev_m, hit, agent):
            # "a delegation of Turkish businessmen": the noun after the
            # adjective names whom the group is made of
            prev_m.agent = agent
        self._coordinated_take(pending, role, agent)
        if (
            agent
            and e.kind in ("agent", "institution")
            and not text[prev_m.end : hit.start].strip()
        ):
            # "Algerian army and security forces": the adjective and its
            # noun are one mention, so what is coordinated after it joins it
            prev_m.end = hit.end
        pending.claimed = True
        prev_m.mission = prev_m.mission or e.value in MISSIONS  # "the Israeli embassy"
        if role and e.kind != "counterpart":  # "Turkey's army chief … his counterpart"
            self.last_role, self.last_agent = role, None if pending.former else agent
        elif agent and not self.last_role and not pending.former:
            self.last_agent = agent  # "Turkish commanders … their counterparts": MIL

    def _coordinated_take(self, pending: Pending, role: str, agent: str | None) -> None:
        """The mentions coordinated before a title taken by an adjective
        take its role and agent ("Russian and Ukrainian officials"); a
        former title marks them former instead of giving its agent."""
        for m in coordinated_before(self.text, self.mentions, self.ctx):
            own = group_role(role, m) if m.kind == "group" else role  # "Hezbollah leader"
            m.role = m.role or own or None
            if pending.former:
                m.former = True  # "former French president": not the state's voice
            else:
                m.agent = m.agent or agent
            m.strong = True

    def _heads_body(self, prev_m: Mention, hit: Hit, agent: str | None) -> bool:
        """A title written before the country adjective it took ("the chief
        of staff of the Israeli …") whose adjective qualifies a body
        right after it ("… army"): the title is the body's head. Where
        titles follow their country only; a body of the government changes
        nothing."""
        if hit.entry.kind not in ("institution", "agent") or agent in (None, "GOV"):
            return False
        if prev_m.kind != "state_adj" or not prev_m.role or prev_m.former:
            return False
        if self.text[prev_m.end : hit.start].strip():
            return False
        # the mention spans its title before the adjective: a country word
        # begins inside it, after its start
        return any(prev_m.start < at < prev_m.end for at in self.countries)

    def _members_after_head(self, prev_m: Mention, hit: Hit, agent: str | None) -> bool:
        """A group noun with no title written before the country adjective
        it took ("a delegation of Turkish …") whose adjective qualifies a
        noun for people right after it ("… businessmen"): that noun names
        the group's members, whose agent the group takes."""
        if hit.entry.kind != "agent" or agent is None or agent == prev_m.agent:
            return False
        if prev_m.kind != "state_adj" or prev_m.role or prev_m.former:
            return False
        if self.text[prev_m.end : hit.start].strip():
            return False
        return any(prev_m.start < at < prev_m.end for at in self.countries)

    def _past_its_title(self, prev_m: Mention, hit: Hit) -> bool:
        """An adjective that already took a title is not also the country of
        a noun written after that title and a verb: "Egyptian police arrested
        protesters" (a chain "Iraqi police chief" or a list "Iraqi police
        and soldiers" still shares it). Officials let go of it only across a
        verb of capture (``context.CAPTURE_VERBS``: "Russian authorities
        detained opposition leader …"): after other verbs their next noun is
        what they say ("Iranian officials said protesters …" are Iranian).
        One person's office lets go of it across any verb: he holds no
        second title, so the noun after his verb is another party of his
        state ("the Kenyan president urged parliament")."""
        if prev_m.agent is None or self.last_end < prev_m.end:
            return False
        if not modifies(self.text, prev_m, hit, self.ctx):
            return False
        gap = self.text[self.last_end : hit.start].split()
        if (
            prev_m.agent not in FORCE_AGENTS
            and prev_m.role not in PERSONAL_ROLES
            and not self.ctx.capture_verbs.intersection(gap)
        ):
            return False
        # "Hezbollah's secretary general": a possessive is no verb between
        marks = self.ctx.possessive_markers
        return any(w not in self.ctx.conjunctions and w not in marks for w in gap)

    def group(self, hit: Hit) -> None:
        """A named movement or party; a title or agent noun before it is its own."""
        text, ctx, pending = self.text, self.ctx, self.pending
        group = _group(hit, text)
        if pending is not None:
            self._claimed_by_pending(pending, hit, group)
        self.release()
        self.pending = None
        if self._headed_by_named(pending, hit, group) or self._alias_of_person(hit, group):
            self.mentions[-1].end = self.last_end = hit.end  # he spans his title
            return  # "حسن نصرالله دبیرکل حزب‌الله": the title and group say who he is
        if self._former_now_leads(pending, group):
            return  # "Former President X, leader of party Y": the party's leader now
        if self.mentions and owner_of(text, self.mentions[-1], group, hit, ctx):
            self.mentions.pop()  # "Lebanon's Hezbollah", "Yemen's Houthi rebels": the group
        if group.agent in ctx.cited_agents and not group.role:
            # a named news agency or broadcaster reports or is told; its
            # head, named by a title, may act ("the head of the BBC met …")
            group.source = True
        if bloc_named(text, hit, group, ctx):
            group.agent = ctx.role_agents.get("legislator") or group.agent
        self.mentions.append(group)
        self.last_end = hit.end

    def _claimed_by_pending(self, pending: Pending, hit: Hit, group: Mention) -> None:
        """The title or agent noun waiting before a named group, when it is
        the group's own: the group itself ("شورشیان حوثی"), its head ("leader
        of Hamas") or a legislator of its committee; the pending is then
        claimed and gives the group its role or agent."""
        text, ctx = self.text, self.ctx
        if self._doer_after(pending, hit):
            return  # "یک روزنامه‌نگار از سوی دادگاه انقلاب": the court's victim, no member
        if verb_object_after(text, pending, hit, ctx):
            return  # "رئیس جمهور از سپاه تقدیر کرد": whom he praised, no body of his
        if WITH_COUNTRY in pending.hit.entry.extra or pending.claimed:
            return  # "قصف نظام دمشق": a noun of a country's forces takes no group
        if possessed_title(text, pending.hit, ctx):
            return  # "its prime minister met the Hamas leader": its owner's, before it
        if pending.hit.entry.kind == "agent" and counted_gap(text, pending.hit.end, hit.start, ctx):
            return  # "پلیس یک عضو طالبان": a counted member between, the police apart
        if pending.hit.entry.kind == "agent" and (
            (
                _chained(text, pending.hit, hit, conj=ctx.conjunctions)
                and members_of(text, pending, hit, ctx)
            )
            or owned_by(text, pending.hit, hit, ctx)
        ):
            pending.claimed = True  # "شورشیان حوثی", "مسلحو حماس": the group itself
            if group.agent == "GOV" and pending.agent in ctx.armed_branches:
                group.agent = pending.agent  # "قوات حكومة الوفاق": the government's army
            elif bloc_body(text, pending, group, ctx, hit.start):
                group.agent = pending.agent  # "الكتلة البرلمانية لحركة النهضة": its legislators
        elif _chained(
            text, pending.hit, hit, words=2, letters=12, conj=ctx.conjunctions
        ) and members_of(text, pending, hit, ctx):
            self._head_of_group(pending, hit, group)
        elif (
            pending.role
            and group.agent == ctx.role_agents.get("legislator")
            and across_committee(text, pending.hit, hit, ctx)
        ):
            # "رئیس کمیسیون اقتصادی مجلس شورای اسلامی": a legislator
            group.role = "legislator"
            pending.claimed = True

    def _head_of_group(self, pending: Pending, hit: Hit, group: Mention) -> None:
        """A title right before a group heads it ("الأمين العام لحزب الله",
        "leader of Hamas"): a title of state ("زعيم", "leader") heads the
        party, not a state."""
        text, ctx = self.text, self.ctx
        group.role = group_role(pending.role, group)
        if group.agent == "PTY" and title_words(text, pending) in ctx.group_heads:
            group.role = "party_leader"  # a party's secretary-general leads it
        if bloc_head(text, pending, group, ctx, hit.start):
            group.agent = ctx.role_agents.get("legislator") or group.agent
        pending.claimed = True
        if (
            group.agent == "GOV"
            and not group.role
            and pending.agent in ctx.armed_branches
            and not hit.prefix
            and not text[pending.hit.end : hit.start].strip()
        ):
            # "ارتش رژیم صهیونیستی": the regime's army (not "وزارة
            # الدفاع بحكومة الوفاق", a ministry of the government)
            group.agent = pending.agent
        elif group.state_alias and pending.agent:
            # "رئیس ستاد ارتش رژیم صهیونیستی": a state named by its regime
            # or seat; the title's body is that state's (parties42fa)
            group.agent = pending.agent
        if former_and(text, self.mentions, pending.hit, ctx):
            self.mentions.pop()  # "الرئيس الفرنسي السابق وزعيم حزب …": one man

    def _former_now_leads(self, pending: Pending | None, group: Mention) -> bool:
        """Whether the party ``group``, headed by the title ``pending``, is led
        by the former office holder named right before that title, set off by
        a comma or joined by "and" ("Former French President Nicolas
        Sarkozy, leader of the Republicans", "الرئيس التونسي السابق المنصف
        المرزوقي، رئيس حزب …", "… رئیس جمهور سابق فرانسه و رهبر حزب …"). He
        acts as the party's leader, not as the state he once led nor as no
        one (roles85); the party is no second actor. His own state stays
        (a party name may be another state's: "Republicans"). A bare gap is
        left alone: in Arabic the title after a name may open the verb's
        object ("استقبل … رئيس حزب …")."""
        last = self.mentions[-1] if self.mentions else None
        if pending is None or last is None or group.agent not in PARTY_AGENTS:
            return False
        if "party_leader" not in (group.role, pending.role):
            return False
        if last.kind != "person" or not last.former or not last.name:
            return False
        text, ctx = self.text, self.ctx
        gap = text[last.end : pending.hit.start].split()
        marks = [w for w in gap if w in ctx.conjunctions]
        if len(marks) != len(gap) or not (marks or pending.hit.prefix[:1] in ctx.conjunctions):
            return False
        self._drop_former_title(last)
        last.role, last.agent, last.former = "party_leader", group.agent, False
        last.code = last.code or group.code
        last.end = self.last_end = group.end
        return True

    def _drop_former_title(self, person: Mention) -> None:
        """Drop the former office's title written right before ``person``
        ("Former French President", "الرئيس التونسي السابق"): it named him,
        and he now acts as another office's holder (``_former_now_leads``)."""
        before = self.mentions[-2] if len(self.mentions) > 1 else None
        if before is None or before.name or not before.former or before.role != person.role:
            return
        gap = self.text[before.end : person.start].split()  # "President", "السابق"
        if before.code == person.code and len(gap) <= 3 and all(w.isalpha() for w in gap):
            self.mentions.pop(-2)

    def _alias_of_person(self, hit: Hit, group: Mention) -> bool:
        """Whether a state named by its regime or seat (``state_alias``)
        ends the title of the known person of that state right before it
        ("X رئیس ستاد ارتش رژیم صهیونیستی", "X of the Kremlin"): it tells
        whose he is, and is no second actor of his side (parties42fa)."""
        last = self.mentions[-1] if self.mentions else None
        if not group.state_alias or last is None or last.kind != "person":
            return False
        gap = self.text[last.end : hit.start]
        return (
            last.code == group.code
            and not last.former
            and len(gap.split()) <= _ALIAS_TITLE_WORDS
            and not (CLAUSE_BREAKS | SENTENCE_ENDS) & set(gap)
        )

    def _headed_by_named(self, pending: Pending | None, hit: Hit, group: Mention) -> bool:
        """Whether a named group of the known person right before it is
        written with a title heading it that the scan saw as no title: one
        in the group's own entry ("حسین سلامی فرمانده کل سپاه", "حسن نصرالله
        دبیرکل حزب‌الله") or a word of heading between ("حسين سلامي قائد
        الحرس الثوري"; ``context.GROUP_HEAD_TITLES``). The group tells who
        he is, and is no second actor of his side (it would take the place
        of the partner he meets)."""
        if pending is not None or not self.mentions or not group.code:
            return False
        last, text, heads = self.mentions[-1], self.text, self.ctx.group_heads
        if last.kind != "person" or not last.name or last.code not in ("", group.code):
            return False
        gap = " ".join(_apposition_words(text[last.end : hit.start]))
        if gap:
            return gap in heads and hit.prefix[:1] not in self.ctx.conjunctions
        own = " ".join(text[hit.start : hit.end].split())
        return any(own.startswith(h + " ") for h in heads)

    def _doer_after(self, pending: Pending, hit: Hit) -> bool:
        """Whether only a marker of the doer ("by", "از سوی", "من قبل",
        ``context.AGENT_MARKERS``) stands between the noun waiting and the
        group: the group did something to the noun's people ("a journalist
        … by the Revolutionary Court"); they are not its members."""
        gap = " ".join(self.text[pending.hit.end : hit.start].split())
        return bool(gap) and gap in self.ctx.syntax.agent_markers

    def skipped(self, hit: Hit) -> bool:
        """A name that is also a word, or an ambiguous country word with no cue."""
        e = hit.entry
        if e.kind == "person" and e.extra[1] and not self._named_person(hit):
            return True  # a name that is also a word ("ظريف") counts after a title only
        if (
            e.kind == "person"
            and FAMILY_NAME in e.extra[2:]
            and not honoured(self.text, hit, self.ctx)
        ):
            return True  # a family name alone ("آقای بنت") counts after an honorific only
        base = self.text[hit.base_start : hit.base_end]
        # "کشور مالی" is Mali; "این کشور دوشنبه" is still Monday
        if base not in self.ambiguous:
            return False
        if e.kind not in ("state", "state_adj"):
            # "كابل (رويترز) -": a capital opening the dateline is the place
            return not (e.kind in ("capital", "city") and opens_dateline(self.text, hit))
        return not (
            hit.start - 1 in self.cue_ends
            or hit.start - 2 in self.cue_ends
            or hit.start in self.listed
        )

    def _named_person(self, hit: Hit) -> bool:
        """A name that is also a word is a person's after a title ("الوزير
        ظريف") or an honorific ("آقای ظریف", ``mention_lists.honoured``), or
        where only a person fits the words around it ("ظریف گفت",
        ``mention_lists.framed``)."""
        return (
            _titled(self.text, hit, self.pending)
            or honoured(self.text, hit, self.ctx)
            or framed(self.text, hit, self.ctx)
        )

    def given_name(self, hit: Hit) -> bool:
        """A noun of nationality that is also a given name
        (``context.GIVEN_NAME_NOUNS``) is the name where no determiner or
        number leads it (``context.GIVEN_NAME_NOUN_LEADS``): "Dane Coleman
        said" is no Dane; "a Dane", "the Dane" and "two Danes" (a plural is
        no given name) are persons of the country (mendG95). The scan's text
        is lower-cased, so the case of the next word cannot tell."""
        ctx = self.ctx
        if self.text[hit.start : hit.end] not in ctx.given_name_nouns:
            return False
        return previous_word(self.text, hit.start) not in ctx.given_name_leads

    def name_part(self, hit: Hit) -> bool:
        """A country word that is also a given name or surname
        (``context.COUNTRY_WORDS_IN_NAMES``) continuing a person's name after
        a title: "الرئيس رفائيل كوريا" (title + given name + surname),
        "السيناتور تشاد وولف" (title + given name + surname). Right before a
        word of descent (``context.PATRONYMIC_WORDS``) it is a given name
        with no title too: "تركي بن عبدالله" is a man, not Turkey (precision59)."""
        text, ctx = self.text, self.ctx
        if hit.prefix or text[hit.base_start : hit.base_end] not in ctx.name_countries:
            return False
        if _next_word(text, hit.end) in ctx.patronymics:
            return True
        last = self.mentions[-1] if self.mentions else None
        pending = self.pending
        titled = (
            pending is not None
            and pending.hit.entry.kind == "role"
            and pending.hit.end == self.last_end
        ) or (last is not None and bool(last.role) and last.end == self.last_end)
        gap = text[self.last_end : hit.start].split()
        if not titled or len(gap) > 2 or not all(w.isalpha() for w in gap):
            return False
        if any(self.last_end < w < hit.start for w in self.words):
            return False  # "the president visited Georgia": a verb is no given name
        given = [w for w in gap if w not in ctx.former_after and w not in ctx.former_words]
        if given:
            return len(given) == 1 and given[0] not in ctx.name_stopwords
        after = _next_word(text, hit.end)
        return bool(after) and after not in ctx.name_stopwords and hit.end + 1 not in self.starts

    def place(self, hit: Hit) -> None:
        """A state, organisation, person or place, with what is written around it."""
        text, ctx, e = self.text, self.ctx, hit.entry
        title = None if self._verb_after_agent(hit) else self.pending
        mention, claimed = country_mention(text, hit, title, self.last_end, ctx, self.on)
        self._from_neighbours(hit, mention, claimed)
        pending = self.pending
        if claimed and pending is not None:
            pending.claimed = True
            if pending.former:
                mention.former, mention.agent = True, None
            elif e.kind == "person" and former_and(text, self.mentions, pending.hit, ctx):
                # "رئيس الحكومة الأسبق ورئيس حزب «البديل» مهدي جمعة": one man,
                # named by his present title (agents43ar), as with a group
                self.mentions.pop()
        elif e.kind in NAMED or e.kind == "state_adj":
            released = len(self.mentions)
            self.release()
            if mention.sponsor and len(self.mentions) > released:
                self.mentions[-1].backed = True  # "militias backed by Iran"
            if e.kind == "state_adj" and self.mentions:
                share_title(text, self.mentions[-1], mention, ctx)
        linked = self.linked
        shared = linked is not None and shares_title(text, linked, mention, self.mentions, ctx)
        if shared and linked is not None:
            # "the foreign ministers of Brazil and China": both hold the title
            mention.role, mention.agent = linked.role, linked.agent
        self.linked = mention if claimed or shared else None
        office_of_place = bool(
            claimed and pending is not None and e.kind == "city" and mention.role
        )
        if self._kin_of_named(hit, mention):
            pass  # "جرد کوشنر، داماد ترامپ": Trump only tells who Kushner is
        elif self._completes_title(hit, mention, claimed):
            self.mentions[-1].end = hit.end  # "باقری رئیس ستاد … ایران": his
        elif not self._joins_movement(hit, mention, claimed):
            self._keep_placed(hit, mention, claimed, office_of_place)
        if e.kind in NAMED or e.kind == "state_adj":
            self.pending = None
        self.last_end = hit.end

    def _verb_after_agent(self, hit: Hit) -> bool:
        """A verb (a trigger in a verb's form) stands between the pending
        agent noun and the country word: the noun is the verb's subject and
        its phrase ended before the verb ("طلاب أدانوا إسرائيل", "متظاهرون
        هاجموا سفارة إسرائيل"), so the country is no genitive of it but the
        other side. The noun keeps a code of its own (an adjective before
        the verb, a place, the dateline) or none (subject50ar). Not a country
        behind a preposition ("هجوم انتحاري استهدف مسجدا بباكستان"): the
        place the agent acted in, read as before, nor in a verb-final
        language, where a verb ends its clause ("ناوهای تازه وارد ایران")."""
        pending, ctx = self.pending, self.ctx
        if pending is None or pending.claimed or ctx.verb_final:
            return False
        if hit.prefix[:1] in ctx.glued_prepositions:
            return False
        before = previous_word(self.text, hit.start)
        if before in ctx.location_preps or before in ctx.place_preps:
            return False
        return any_between(self.verb_forms, pending.hit.end, hit.start)

    def _keep_placed(
        self, hit: Hit, mention: Mention, claimed: bool, office_of_place: bool
    ) -> None:
        """Keep ``mention`` and remember the role (or, before any title, the
        agent) that the counterparts named later mirror."""
        self.mentions.append(mention)
        if office_of_place:
            # "نماینده اهواز: … بازداشت": the town still places the
            # other agents of its sentence
            where = Mention(hit.start, hit.end, hit.entry.value, "city", False, location_only=True)
            self.mentions.append(where)
        if mention.role:
            self.last_role, self.last_agent = mention.role, mention.agent
        elif claimed and mention.agent and not self.last_role and not mention.former:
            # "قادة عسكريون أتراك … نظراءهم الروس": no title yet, so the
            # counterparts mirror the officers of a body, MIL
            self.last_agent = mention.agent

    def _completes_title(self, hit: Hit, mention: Mention, claimed: bool) -> bool:
        """The country written right after a title that the known person
        before it took ("محمد باقری رئیس ستاد کل نیروهای مسلح ایران",
        "رئيس الأركان … الإيراني"): it completes his title, in apposition,
        and is no second actor of his side (it would take the place of the
        partner he meets). Only his own country, or one he has none of."""
        pending, e = self.pending, hit.entry
        if claimed or pending is None or not pending.claimed or not self.mentions:
            return False
        last = self.mentions[-1]
        if e.kind not in ("state", "state_adj") or mention.role or last.kind != "person":
            return False
        if not last.name or last.code not in ("", mention.code) or last.end > pending.hit.start:
            return False
        text, ctx = self.text, self.ctx
        if not (
            _chained(text, pending.hit, hit, conj=ctx.conjunctions)
            or (pending.former and self._only_former(text[pending.hit.end : hit.start]))
        ):
            return False
        if ctx.conjunctions & {hit.prefix[:1], pending.hit.prefix[:1]}:
            return False  # "… وقائد الجيش الليبي": another man, his own title
        if ctx.role_breaks & set(text[pending.hit.end : hit.start].split()):
            return False
        if not self._apposed(last, pending.hit):
            return False
        last.code = last.code or mention.code
        return True

    def _apposed(self, last: Mention, title: Hit) -> bool:
        """Only punctuation or a determiner stands between the named person
        and the title after him: the title tells who he is."""
        gap = self.text[last.end : title.start]
        words = _apposition_words(gap)
        former = self.ctx.former_words if last.former else frozenset()
        return all(w in self.ctx.syntax.determiners or w in former for w in words)

    def _only_former(self, gap: str) -> bool:
        """Only "former" (and "of") between a former title and its country
        ("رئیس‌جمهور پیشین ایران", "former president of Iran")."""
        words = gap.split()
        ctx = self.ctx
        return len(words) <= 2 and all(
            w in ctx.former_after or w in ctx.former_words or w in ctx.location_preps for w in words
        )

    def _kin_of_named(self, hit: Hit, mention: Mention) -> bool:
        """The named person is the kin by whom the mention before him is
        described ("Jared Kushner, Trump's son-in-law", "جرد کوشنر، داماد
        ترامپ"): an apposition, not an actor of its own."""
        if not (mention.name and mention.agent == KIN_AGENT and self.mentions):
            return False
        prev = self.mentions[-1]
        between = self.text[prev.end : hit.start]
        words = "".join(" " if c in '،,«»"()' else c for c in between).split()
        if not words:  # "Jared Kushner, Trump's son-in-law"
            after = self.text[hit.end : hit.end + 24].split()[:2]
            return (
                len(after) == 2
                and after[0] in ("'s", "’s")
                and after[1].strip(",.;:") in self.ctx.kin_words
            )
        return words[0] in self.ctx.kin_words and len(words) <= 3

    def _from_neighbours(self, hit: Hit, mention: Mention, claimed: bool) -> None:
        """A sponsor marker, an office before a name or a place before an adjective."""
        self._sponsor_marked(hit, mention, claimed)
        self._office_before_name(hit, mention)
        self._place_before_adjective(hit, mention, claimed)

    def _sponsor_marked(self, hit: Hit, mention: Mention, claimed: bool) -> None:
        """A mention marked as a sponsor ("Rwanda-backed rebels", "militias
        loyal to Iran", "الميليشيات الموالية لإيران"): it is named, it takes
        no part in the event."""
        text = self.text
        # a title the country claims opens the phrase: "القوات الموالية
        # للرئيس اليمني" names the president, whom they follow, as a sponsor
        opens = self.pending.hit.start if claimed and self.pending is not None else hit.start
        openers = self.ctx.sponsor_openers
        if (
            text.startswith(longer_than(self.ctx.sponsor_markers, -1), hit.end)
            or sponsor_opened(text, hit.start, openers)
            or (opens != hit.start and sponsor_opened(text, opens, openers))
        ):
            mention.source = mention.sponsor = True

    def _office_before_name(self, hit: Hit, mention: Mention) -> None:
        """A person's name right after an office of the same country ("وزير
        الخارجية الإيراني عباس عراقجي") takes the office's role and agent:
        the office written before the name is the person's."""
        text, mentions, pending = self.text, self.mentions, self.pending
        prev_m = mentions[-1] if mentions else None
        if hit.entry.kind == "person" and self._own_term_before(hit, mention):
            return
        if hit.entry.kind != "person" or prev_m is None or not prev_m.role:
            return  # most country words: nothing between is read (speed70a)
        # "French presidential candidate Emmanuel Macron": the title the
        # adjective claimed stands between them
        title = text[pending.hit.start : pending.hit.end] if pending and pending.claimed else ""
        between = text[prev_m.end : hit.start].strip()
        if prev_m.code == mention.code and (
            between in ("", title)
            # "الرئيس الأمريكي السابق باراك أوباما", "… المنتخب جو بايدن"
            or set(between.split()) <= self.ctx.former_after | self.ctx.elect_after
        ):
            gap = text[prev_m.end : hit.start].strip()
            # … a former title kept by the adjective stays former
            former = bool(gap) and prev_m.former
            mention.role, mention.agent, mention.former = prev_m.role, prev_m.agent, former
        elif (
            prev_m.code in ("", mention.code)
            and not _apposition_words(text[prev_m.end : hit.start])
            and own_other_term(mention, prev_m.role, prev_m.agent)
        ):
            # agents96: "رئيس مجلس نواب الشعب، محمد الناصر": a comma between,
            # and the office one of his own terms (``own_terms``)
            mention.role, mention.agent, mention.former = prev_m.role, prev_m.agent, False

    def _own_term_before(self, hit: Hit, mention: Mention) -> bool:
        """A title still waiting for its country, then a comma and a listed
        person's name ("رئيس مجلس نواب الشعب، محمد الناصر"), where the title
        is another of his own terms (``own_terms``): it is his, so he takes
        its role and agent and it names no second man (agents96)."""
        pending = self.pending
        if pending is None or pending.claimed or not pending.role or pending.former:
            return False
        gap = self.text[pending.hit.end : hit.start] if pending.hit.end <= hit.start else "-"
        if _apposition_words(gap) or not any(c in gap for c in "،,"):
            return False  # right after it, the title is read as his already
        if not own_other_term(mention, pending.role, pending.agent):
            return False
        if self._governed_title(pending.hit):
            return False
        mention.role, mention.agent, mention.former = pending.role, pending.agent, False
        pending.claimed = True
        return True

    def _governed_title(self, hit: Hit) -> bool:
        """A title a preposition governs ("talks with the prime minister",
        "دیدار با نخست وزیر"), or in a clause a subordinator opens ("After
        meeting the foreign minister, Netanyahu said"): a fronted phrase
        names whom the man after the comma met, not him (mendE97)."""
        ctx = self.ctx
        lead = self.text[max(0, hit.start - 80) : hit.start]
        for mark in CLAUSE_BREAKS | SENTENCE_ENDS:
            lead = lead.rpartition(mark)[2]
        words = lead.split()
        while words and words[-1] in ctx.syntax.determiners:
            words.pop()
        if words and words[-1] in ctx.list_governors:
            return True
        return any(w in ctx.syntax.subordinators for w in words)

    def _place_before_adjective(self, hit: Hit, mention: Mention, claimed: bool) -> None:
        """A country adjective right after a place ("ولاية لويزيانا الأمريكية",
        "Kobani, the Syrian town") only locates the place: no actor."""
        mentions = self.mentions
        if (
            hit.entry.kind == "state_adj"
            and not claimed
            and mentions
            and mentions[-1].location_only
            and 0 <= hit.start - mentions[-1].end <= 1
        ):
            mention.location_only, mention.strong, mention.agent = True, False, None
            # "الحدود السورية التركية": a second adjective of one border or coast
            mention.offshore = mentions[-1].offshore

    def _names_party_country(self, hit: Hit, claimed: bool) -> bool:
        """A country adjective right after a named group of no country of its
        own (``NAMED_GROUPS`` entries with none: a name many countries' parties
        share) is the group's country, with only a space between."""
        last = self.mentions[-1] if self.mentions else None
        return (
            hit.entry.kind == "state_adj"
            and not claimed
            and last is not None
            and last.kind == "group"
            and not last.code
            and not last.source
            and self.text[last.end : hit.start] == " "
        )

    def _country_after_group(self, hit: Hit, claimed: bool) -> bool:
        """A state written right after a named group whose name opens with a
        word of ``context.COUNTRY_AFTER_GROUP_HEADS`` is the group's country:
        "دولت سیزدهم" is Iran's government, "دولت سیزدهم عراق" Iraq's. A
        state marked as the object ("دولت سیزدهم عربستان را … متهم کرد",
        ``context.OBJECT_MARKERS``) is whom the group acts on (mend41b). An
        adjective alone replaces the country of a group whose first word is
        in ``context.ADJECTIVE_AFTER_GROUP_HEADS`` ("الكونغرس البيروفي"; the
        state noun after it is the object: "أدان الكونغرس إيران")."""
        last = self.mentions[-1] if self.mentions else None
        if last is None or last.kind != "group" or claimed:
            return False
        after = self.text[hit.end : hit.end + 12].split(maxsplit=1)
        head = self.text[last.start : last.end].split(" ", 1)[0]
        by_state = head in self.ctx.country_after_heads and hit.entry.kind in ("state", "state_adj")
        by_adjective = head in self.ctx.adjective_after_heads and hit.entry.kind == "state_adj"
        return (
            (by_state or by_adjective)
            and self.text[last.end : hit.start] == " "
            and not (after and after[0] in self.ctx.object_markers)
        )

    def _joins_movement(self, hit: Hit, mention: Mention, claimed: bool) -> bool:
        """A person or adjective of the movement named just before belongs to it."""
        if self._names_party_country(hit, claimed) or self._country_after_group(hit, claimed):
            # "الحزب الجمهوري الأمريكي", "الحزب الديمقراطي التونسي": a party
            # whose name is shared across countries takes the adjective's
            self.mentions[-1].code = mention.code
            return True
        if not (
            hit.entry.kind in ("person", "state_adj")
            and not claimed  # "حزب النهضة … الحكومة التونسية": the title's country
            and movement_named_before(self.text, self.mentions, hit, mention.code)
        ):
            return False
        # "الأمين العام لحزب الله اللبناني، حسن نصر الله": the movement, its
        # country adjective and its man are one participant
        group = next(m for m in reversed(self.mentions) if m.kind == "group")
        group.role = group.role or mention.role
        return True


# Marks that set off an apposition ("باقری، رئیس ستاد …", "Haniyeh - head of …").
_APPOSITION_MARKS = frozenset("،,-–—()")


def _apposition_words(gap: str) -> list[str]:
    """The words between a named person and what follows, its marks of
    apposition read as spaces."""
    return "".join(" " if c in _APPOSITION_MARKS else c for c in gap).split()


def _bloc_word_between(text: str, pending: Pending, ctx: Context, start: int) -> bool:
    """Whether a bloc word (``BLOC_WORDS``) stands in the title's words or
    between the title and the party's name at ``start`` (within ``_BLOC_GAP``)."""
    words = normalize_phrase(title_words(text, pending)).split()
    words += normalize_phrase(
        text[pending.hit.end : min(start, pending.hit.end + _BLOC_GAP)]
    ).split()
    return not ctx.bloc_words.isdisjoint(words)


def bloc_body(text: str, pending: Pending, group: Mention, ctx: Context, start: int) -> bool:
    """Whether a legislators' noun naming a parliamentary bloc ("الكتلة
    البرلمانية لحركة النهضة", "نمایندگان فراکسیون حزب …") stands for the
    named party: the bloc sits in parliament, so it is the legislature's
    (LEG) of the party's country, as its head is (``bloc_head``); main read
    it as the party (agentsar91)."""
    if group.agent not in LEGISLATORS_PARTIES or pending.agent != ctx.role_agents.get("legislator"):
        return False
    return _bloc_word_between(text, pending, ctx, start)


def bloc_named(text: str, hit: Hit, group: Mention, ctx: Context) -> bool:
    """mendD92: whether a bloc word with no title heads a named party right
    before it ("كتلة حزب الدعوة", ``BLOC_WORDS``) or names it right after
    it, past a possessive (English, ``BLOC_AFTER``: "the Labour Party's
    parliamentary bloc", "the Ennahda party's parliamentary group"): the
    bloc sits in parliament and is the legislature's (LEG), as its head is
    (``bloc_head``); main read it the party's."""
    if group.agent not in LEGISLATORS_PARTIES:
        return False
    if not ctx.bloc_words.isdisjoint(text[max(0, hit.start - 20) : hit.start].split()[-1:]):
        return True
    if not ctx.bloc_after:
        return False
    after = normalize_phrase(text[hit.end : hit.end + 40]).split()
    if after and after[0].endswith(tuple(ctx.possessive_markers)):
        after = after[1:]  # "'s", or the party's own noun with it ("Ennahda party's")
    return any(after[: len(p.split())] == p.split() for p in ctx.bloc_after)


def bloc_head(text: str, pending: Pending, group: Mention, ctx: Context, start: int) -> bool:
    """Whether a legislator's title naming a parliamentary bloc
    (``context.BLOC_WORDS``: "رئيس كتلة حركة النهضة", "رئیس فراکسیون حزب
    …", "head of the … party's parliamentary bloc") stands before a named
    party: the bloc sits in parliament, so its head is a legislator (LEG) of
    the party's country, not the party. A bare member ("النائب عن حزب …") is
    left to the party: the annotation is split on him (legislators62ar).
    The bloc word may also stand between the title and the party (``start``,
    where the party's name begins): "نواب كتلة حركة النهضة", "النائب عن
    كتلة نداء تونس", "نمایندگان فراکسیون حزب …" are the bloc's legislators
    (agentsar91; main read them PTY with the legislator's role)."""
    if group.role != "legislator" or group.agent not in LEGISLATORS_PARTIES:
        return False
    return _bloc_word_between(text, pending, ctx, start)
