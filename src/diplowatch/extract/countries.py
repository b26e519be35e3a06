"""Country mentions: names, adjectives, capitals and offices of a place.

A country word is a participant, the home of a title before it, a place,
or part of a name or a topic; the rules here tell which, and who holds a
named office on a date (``holding``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache
from typing import NamedTuple

from diplowatch import lang as lang_data
from diplowatch.extract.actor_context import Context
from diplowatch.extract.asked_nouns import country_inside_asked
from diplowatch.extract.counts import counted, counted_or_others, is_measure
from diplowatch.extract.described import described_at
from diplowatch.extract.home_country import _dateline, _next_word, people_form
from diplowatch.extract.lexicon import OF_STATE, POSSESSED, WITH_COUNTRY, lexicon
from diplowatch.extract.mention import Mention
from diplowatch.extract.ranked import ranked_name_opens
from diplowatch.extract.scan import Hit, scan
from diplowatch.extract.sending import sending_word, uncounted
from diplowatch.extract.time_zones import clock_zone
from diplowatch.extract.titles import (
    DEPUTY_OF,
    KIN_AGENT,
    SOLE_OFFICES,
    Pending,
    new_head_between,
    previous_word,
    relative_of,
    sponsor_opened,
    verb_object_after,
)
from diplowatch.lang import offices
from diplowatch.text.punctuation import (
    CLAUSE_BREAKS,
    CLAUSE_OPENING_MARKS,
    EDGE_PUNCT,
    NAME_BREAKS,
    PERCENT_SIGNS,
    PHRASE_BREAK_MARKS,
    SENTENCE_STOPS,
    TITLE_BREAKS,
)
from diplowatch.text.words import definite_chain, longer_than, padded


@lru_cache(maxsize=4096)
def holding(people: tuple[str, ...], on: date | None) -> offices.Holding:
    """The office a name stands for on the article's date: of several people
    sharing the name, one in office that day, else the latest in office.
    Without a date nobody is called former. Kept per (name, date): an
    article names the same people again and again, and each answer reads
    all their terms (a ``Holding`` is frozen, so it is safely shared)."""
    held = [offices.resolve(p, on) for p in people]
    best = min(held, key=lambda h: (h.former, h.upcoming, -_first_day(h.start)))
    if on is None:
        # an undated article names people as they were when it was written
        best = replace(best, former=False, upcoming=False)
    return best


def _first_day(start: str) -> int:
    return offices.date_bounds(start)[0].toordinal()


def country_mention(
    text: str,
    hit: Hit,
    pending: Pending | None,
    last_end: int,
    ctx: Context,
    on: date | None = None,
) -> tuple[Mention, bool]:
    """A state, organisation, person or place mention, taking the pending
    title's role and agent when it is the title's country (then True)."""
    # 1. the word before it (a location head, a glued preposition)
    prev = _word_before(text, hit, ctx)
    # 2. the mention, with the pending title's office when it is its country
    after_title = _after_title(text, hit, pending, ctx)
    mention = _office_mention(text, hit, pending, after_title, on, ctx)
    # 3. a father's name inside a name, a relative of an office holder
    _private_person(text, hit, pending, after_title, mention, ctx)
    # 4. by its kind: a place, an adjective, a topic or a venue
    _read_by_kind(text, hit, pending, after_title, mention, prev, last_end, ctx)
    # 5. a place off the country or named after it
    kind = hit.entry.kind
    if not after_title and kind in _ELSEWHERE_KINDS and _outside_or_named(text, hit, prev, ctx):
        # "قبالة السواحل الليبية", "باب المغاربة", "on the border with Syria":
        # a place off the country or named after it, so neither a party nor
        # the home of the agents the sentence names
        mention.location_only, mention.strong, mention.agent = True, False, None
        mention.offshore = mention.venue = True
    elif not after_title and kind in _ELSEWHERE_KINDS and clock_zone(text, hit, ctx):
        # places108, mendB108: "الساعة 23:30 بتوقيت تركيا", "11 p.m. Turkey
        # time": whose clock it is, no side, but maybe the home of the agents
        # named with none (the police), so marked as a place lived in
        mention.location_only, mention.strong, mention.agent = True, False, None
        mention.lived = mention.zone = True
    elif not after_title and kind in _ELSEWHERE_KINDS and _lived_in(text, hit, prev, ctx):
        # mendB99: where one person lives or studied is no side, but where
        # a deed done to him by agents of no country is done
        mention.location_only, mention.strong, mention.agent = True, False, None
        mention.lived = True
    return mention, after_title


def _sailed_from(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """A state a ship sailed from ("أبحرت من إيطاليا", "sailed from Italy",
    "از ایتالیا حرکت کرد"): the port it left, never a side of what befell
    the ship on its way (``context.SAILING_WORDS`` right before "from" or,
    in a verb-final language, right after the state)."""
    if not ctx.sailing_words or prev not in ctx.origin_links:
        return False
    before = previous_word(text, hit.start - len(prev) - 1)
    return before in ctx.sailing_words or _next_word(text, hit.end) in ctx.sailing_words


# Words read after a state of origin for the rest of its route: the
# destination's preposition, a name of two or three words, the verb of going.
_ROUTE_WORDS = 6
# What ends a route's clause: the clause breaks and the ends of a sentence.
_ROUTE_ENDS = CLAUSE_BREAKS | SENTENCE_STOPS


def _journeyed_from(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """A state someone set off from on a route told whole: "from" the state,
    a destination after it, and a verb of going (``context.JOURNEY_WORDS``)
    before "from" or, in a verb-final language, after the destination
    ("returned from Germany to Russia", "عاد من ألمانيا إلى روسيا", "از آلمان
    به روسیه برگشت"). The state left is the place of the journey only: a
    man arrested on arrival was not arrested by it, and it is no home of his.
    A state entered straight from ("از ایران وارد فرودگاه استکهلم شد") is
    left alone: the readers code it as the home of whoever came. The route
    is read no further than its clause: a verb past a comma ("arms from Iran
    to Yemen, the envoy who returned said") is another clause's."""
    if not ctx.journey_words or prev not in ctx.origin_links:
        return False
    after = _route_after(text, hit.end)
    if not after or after[0] not in ctx.destination_preps:
        return False
    if ctx.verb_final and any(w in ctx.journey_words for w in after[1:]):
        return True
    start = hit.start - len(prev) - 1
    first = previous_word(text, start)
    second = previous_word(text, start - len(first) - 1) if first else ""
    return first in ctx.journey_words or second in ctx.journey_words


def _route_after(text: str, end: int) -> list[str]:
    """The words after a state of origin that may tell the rest of its
    route, up to the first clause break or end of sentence: a destination
    or a verb past one belongs to another clause."""
    span = text[end : end + 120]
    cut = next((i for i, ch in enumerate(span) if ch in _ROUTE_ENDS), len(span))
    return [w.strip(EDGE_PUNCT) for w in span[:cut].split()][:_ROUTE_WORDS]


def _resident_in(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """A state where someone lives or is based ("الداعية المقيم في الولايات
    المتحدة", "روحانی مقیم آمریکا", "the US-based cleric", "exiled in
    London"): where a person only named in the sentence lives, neither a side
    nor his home (``context.RESIDENCE_WORDS`` right before the state or
    before its preposition of place, ``RESIDENCE_SUFFIXES`` glued after it),
    and a foreign firm's seat (``_seated``). One person's study or life told
    by a clause is ``_lived_in``'s."""
    if ctx.residence_suffixes and text.startswith(longer_than(ctx.residence_suffixes, -1), hit.end):
        return True
    if not prev or not (ctx.residence_words or ctx.seat_words):
        return False
    start = hit.start
    if prev in ctx.place_articles:  # "who lives in the United States"
        start = text.rfind(prev, 0, start)
        prev = previous_word(text, start)
    if prev in ctx.residence_words:
        return True
    if prev in ctx.seat_words:
        return _seated(text, start - len(prev) - 1, ctx)
    if prev not in ctx.location_preps and prev not in ctx.place_preps:
        return False
    pos = start - len(prev) - 1
    word = previous_word(text, pos)
    if word in ctx.seat_words:
        return _seated(text, pos - len(word) - 1, ctx)
    return word in ctx.residence_words


# faparties98: how many words after a verb-final language's noun of living or
# study its verb may take to show it plural ("زندگی می‌کنند", "تحصیل کرده اند").
_LIVED_VERB_WORDS = 3


def _lived_in(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """A state where one person lives or studied, told in a verb-final
    clause ("این دیپلمات که در فرانسه تحصیل کرده است", "که در کانادا زندگی
    می‌کند": ``context.RESIDENCE_AFTER`` right after the state and its
    preposition of place before it; Arabic's verbs, ``_studied_in``): the
    place of his life, neither a side nor his home, but where a deed done
    to him is done (mendB99: ``Mention.lived``, the home of the police that
    hold him, ``participants._resident_of``). Only of one person: a plural verb
    ("که در لبنان زندگی می‌کنند") tells of a crowd, who may act against the
    state they live in."""
    if _studied_in(text, hit, prev, ctx):
        return True
    if not ctx.residence_after or prev not in ctx.location_preps:
        return False
    if _next_word(text, hit.end) not in ctx.residence_after:
        return False
    after = text[hit.end : hit.end + 60].split()[1 : 1 + _LIVED_VERB_WORDS]
    return not any(_plural_verb(w.strip(EDGE_PUNCT), ctx.lang) for w in after)


def _studied_in(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """A state where one person studies, told by a verb of study before its
    preposition of place ("الدبلوماسي الذي درس في فرنسا",
    ``context.RESIDENCE_VERBS``; not right before the state: "درس العراق")."""
    if not ctx.residence_verbs or not (prev in ctx.location_preps or prev in ctx.place_preps):
        return False
    return previous_word(text, hit.start - len(prev) - 1) in ctx.residence_verbs


def _plural_verb(word: str, lang: str) -> bool:
    """A verb of the third person plural (``context.PLURAL_VERB_WORDS`` and
    ``PLURAL_VERB_ENDINGS``: "می‌کنند", "کردند", "کرده‌اند", "اند", mendB99:
    "دارند"); "می‌کند" and "خواند" are singular."""
    words, endings = _plural_verb_forms(lang)
    return word in words or word.endswith(endings)


@cache
def _plural_verb_forms(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A language's plural verb words and endings, as written (not folded)."""
    data = lang_data.load(lang, "context") if lang else None
    words = frozenset(getattr(data, "PLURAL_VERB_WORDS", ()))
    return words, tuple(getattr(data, "PLURAL_VERB_ENDINGS", ()))


def _seated(text: str, pos: int, ctx: Context) -> bool:
    """Whether the seat word ending before ``pos`` ("مستقر" in "شرکتی اسرائیلی
    مستقر در لندن") is where a foreign company, outlet or body is based: a
    head of ``context.SEAT_HEADS`` in the same noun phrase (within
    ``SEAT_REACH`` words, no clause break) that has its own nationality (a
    state's adjective next to it, no other agent noun between). A firm with
    no nationality of its own ("یک شرکت مستقر در امارات", "شركة نفطية مقرها
    في العراق") is of the state it is based in; forces and envoys stationed
    somewhere ("نیروهای آمریکایی مستقر در سوریه") serve their home or their
    host there."""
    end = pos
    for _ in range(ctx.seat_reach):
        word = previous_word(text, pos)
        if not word or word in CLAUSE_BREAKS:
            return False
        pos = len(text[:pos].rstrip()) - len(word)
        if word in ctx.seat_heads:
            return _foreign_head(text, _phrase_start(text, pos, ctx), pos, end, ctx)
    return False


def _phrase_start(text: str, head: int, ctx: Context) -> int:
    """Where the seat head's noun phrase may open: up to
    ``SEAT_NATIONALITY_BEFORE`` words before it (English "an Israeli
    shipping firm"), none where the adjective follows the head."""
    start = head
    for _ in range(ctx.seat_nationality_before):
        word = previous_word(text, start)
        if not word or word in CLAUSE_BREAKS:
            break
        start = len(text[:start].rstrip()) - len(word)
    return max(start, 0)


def _foreign_head(text: str, start: int, head: int, end: int, ctx: Context) -> bool:
    """Where ``SEAT_NATIONALITY_NEEDED`` (ar, en): whether no agent noun
    stands between the seat head at ``head`` and ``end`` and a state's
    adjective stands in ``text[start:end]`` (after the head in Arabic,
    before it in English). Persian keeps any head (mendC84: the check
    there lowered a held-out measure)."""
    if not ctx.seat_nationality_needed:
        return True  # Persian: round 83's reading (the head check measured worse)
    hits = scan(text[start:end], lexicon(ctx.lang))
    offset = head - start
    if any(h.entry.kind == "agent" and h.start > offset for h in hits):
        return False
    return any(h.entry.kind == "state_adj" for h in hits)


def _near_state(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """A state named right after a preposition of nearness, or one word
    after it ("قرب ليبيا", "بالقرب من ليبيا", "near Libya"): where a boat
    sank or migrants were rescued is off that state, not in it; a town
    near which something happened ("قرب بنغازي") is still in its state."""
    if not ctx.near_preps or not prev:
        return False
    if prev in ctx.near_preps:
        return True
    return previous_word(text, hit.start - len(prev) - 1) in ctx.near_preps


def _word_before(text: str, hit: Hit, ctx: Context) -> str:
    """The word before a country mention: a location head, the previous word,
    or a preposition glued to it."""
    prev = _location_head_before(text, hit, ctx) or previous_word(text, hit.start)
    if hit.prefix and hit.prefix[-1] in ctx.glued_prepositions and not prev:
        prev = hit.prefix
    return prev


def _private_person(
    text: str,
    hit: Hit,
    pending: Pending | None,
    after_title: bool,
    mention: Mention,
    ctx: Context,
) -> None:
    """Clear the office of a father named inside a son's name, and of an
    office holder's relative (a private person)."""
    if _names_father(text, hit, ctx):
        # "الأمير متعب بن عبدالله بن عبدالعزيز": the father's name inside
        # another man's name (``context.PATRONYMIC_WORDS``) gives the son
        # his state, not the father's office or name
        if not (after_title and pending is not None and pending.role):
            mention.role = mention.agent = None
        mention.name = mention.name_latin = None
        mention.name_span = None
        mention.former = False
    kind = hit.entry.kind
    if kind == "person" and relative_of(text, hit, pending, after_title, ctx):
        # "ابنة ترامب", "پسر اردوغان", "Erdogan's son": a private person of
        # the office holder's country, holding no office of his
        mention.role, mention.agent, mention.former = None, KIN_AGENT, False


class _Read(NamedTuple):
    """A country mention being read by its kind, with what the readers of
    the kinds look at around it (one bundle, so that every kind's reader
    takes the same one argument and the kinds can be a table). A named
    tuple, not a frozen dataclass: it is made for every country word, and a
    frozen dataclass sets each field through ``object.__setattr__``."""

    text: str
    hit: Hit
    pending: Pending | None
    after_title: bool
    mention: Mention
    prev: str
    last_end: int
    ctx: Context


def _read_by_kind(
    text: str,
    hit: Hit,
    pending: Pending | None,
    after_title: bool,
    mention: Mention,
    prev: str,
    last_end: int,
    ctx: Context,
) -> None:
    """Mark a country mention by its kind and the word before it: a place,
    a venue, a topic, or an adjective read by ``_state_adj``. Each kind
    reads its own signs (``_KIND_READERS``); other kinds (a person, an
    office) are not marked here."""
    reader = _KIND_READERS.get(hit.entry.kind)
    if reader is not None:
        reader(_Read(text, hit, pending, after_title, mention, prev, last_end, ctx))


def _agent_of_place(r: _Read) -> bool:
    """A town or capital right after a title with an agent of its own other
    than the government ("دادگاه انقلاب مشهد", "Basra police"): the agent
    of the place's country, so the place stays a side, unmarked."""
    return r.after_title and r.mention.agent not in (None, "GOV")


def _mark_place(r: _Read) -> None:
    """A town or capital read as a place: where, not who; maybe the venue
    of an event held there ("مذاکرات وین")."""
    r.mention.location_only = True
    r.mention.strong = False
    r.mention.venue = _names_event(r.text, r.hit, r.prev, r.ctx)


def _read_city(r: _Read) -> None:
    """A town is a place unless it is a title's: the home of its agent, or
    the seat of an office of the town ("محافظ البصرة", "شهردار تهران")."""
    if _agent_of_place(r):
        return
    if r.after_title and _office_of_place(r.text, r.hit, r.pending, r.ctx):
        # a representative of a town sits for it in parliament ("نماینده
        # اصفهان"; of a capital he speaks for the state: "نماینده تهران")
        pending = r.pending
        if pending is not None and (
            r.text[pending.hit.base_start : pending.hit.base_end] in r.ctx.seat_titles
        ):
            r.mention.role = "legislator"
            r.mention.agent = r.ctx.role_agents.get("legislator")
        return
    _mark_place(r)


def _read_capital(r: _Read) -> None:
    """A capital names its state ("Tehran said") unless written as a place
    (``_capital_is_place``: after "in", as a dateline, as a venue)."""
    if _agent_of_place(r) or _town_body(r):
        return
    if _capital_is_place(r.text, r.hit, r.prev, r.ctx):
        _mark_place(r)


def _town_body(r: _Read) -> bool:
    """A town's own body before its capital ("شورای شهر تهران", the city
    council of Tehran): the word before the capital is a place's head
    ("شهر", city) but the last word of the title itself, so the capital is
    the seat of that body, a side of its state, not where something
    happens (agents45fa)."""
    pending = r.pending
    return (
        r.after_title
        and pending is not None
        and r.prev in r.ctx.location_heads
        and r.text[pending.hit.end : r.hit.start] == " "
    )


def _read_adjective(r: _Read) -> None:
    """A country adjective: an actor, a place or the people (``_state_adj``);
    a head noun right before it may be the title's own ("خفر السواحل")."""
    pending = r.pending
    own_head = r.after_title and pending is not None and 0 <= r.hit.start - pending.hit.end <= 1
    _state_adj(r.text, r.hit, r.mention, r.prev, r.after_title, own_head, r.last_end, r.ctx)


def _read_state(r: _Read) -> None:
    """A state not after a title may be where ("police in Egypt", "strikes
    in southern Lebanon"), a topic or a place after a preposition."""
    if r.after_title:
        return
    if _counted_from(r.text, r.hit, r.prev, r.ctx):
        # "ثلاثة من تشاد", "three from Chad": people of that state
        r.mention.agent = "CVL"
        r.mention.strong = True
        return
    if _in_place(r.text, r.hit, r.prev, r.ctx):
        r.mention.location_only = True
        r.mention.strong = False
    else:
        _read_topic_or_place(r)


def _counted_from(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """A number, then a word of origin (``context.ORIGIN_LINKS``), then a
    state's bare name ("احتجزت الشرطة ثلاثة من تشاد", "three from Chad",
    "أربعة آخرين من النيجر"; "سه نفر از چاد" reads as a people noun
    already): the number counts
    people of that state, civilians as its people adjective would be, not
    the state acting (agents39ar). A share ("40% من") counts no people."""
    if prev not in ctx.counted_origin_links or hit.prefix:
        return False
    at = text.rfind(prev, max(0, hit.start - 40), hit.start)  # the word right before
    before = text[max(0, at - 24) : at].split()
    if at < 0 or not before or any(sign in before[-1] for sign in PERCENT_SIGNS):
        return False
    return counted_or_others(text, at, ctx.lang)


def _read_igo(r: _Read) -> None:
    """An organisation not after a title may be the body whose meeting it is
    ("خلال قمة منظمة شنغهاي", "در حاشیه نشست گروه بیست", "the SCO summit";
    ``places.venue_bodies_out``), a topic or a place after a preposition."""
    if r.after_title:
        return
    if _names_event(r.text, r.hit, r.prev, r.ctx):
        r.mention.venue = True
    else:
        _read_topic_or_place(r)


# Words at most between a verb of blame and the preposition naming whom it
# blames ("blamed last week's deadly attack on Iran").
_BLAME_GAP = 6

#: The marks stripped from the word after a country before it is compared
#: with the object markers ("را،").
_PHRASE_BREAKS = "".join(sorted(PHRASE_BREAK_MARKS))


def _blamed_on(r: _Read) -> bool:
    """The state is whom a verb of blame before it blames ("blamed the
    attack on Iran", ``context.BLAME_VERBS`` and ``BLAME_PREPOSITIONS``):
    a side, not the place the deed was aimed at."""
    ctx = r.ctx
    if r.prev not in ctx.blame_preps or not ctx.blame_verbs:
        return False
    lead = r.text[max(0, r.hit.start - 120) : r.hit.start]
    words = lead.split()[:-1][-_BLAME_GAP - 1 :]
    if any(not w[-1:].isalnum() for w in words[1:]):
        words = words[max(i for i, w in enumerate(words) if not w[-1:].isalnum()) + 1 :]
    return any(w in ctx.blame_verbs for w in words)


def _read_topic_or_place(r: _Read) -> None:
    """A state or organisation after a topic's noun or a preposition of
    topic or place is no side: what a noun is about, or where; whom a verb
    of blame blames stays one (``_blamed_on``)."""
    mention, ctx = r.mention, r.ctx
    prev = _across_directions(r.text, r.hit, r.prev, ctx)
    if _blamed_on(r):
        return
    if _after_topic_head(r.text, r.hit, ctx) or _about_topic(r.text, r.hit, prev, ctx):
        # "مستقبل ليبيا", "پرونده هسته‌ای ایران", "the future of Libya": what
        # a noun is about, never a side
        mention.strong = False
        mention.topic = True
    elif prev in ctx.topic_preps or prev in ctx.location_heads or prev in ctx.about_preps:
        # "بشأن سوريا", "عضو في حلف الناتو": a topic or a venue; "a court in
        # Bahrain", "في باكستان", "southern Lebanon": where something happens
        mention.strong = False
        mention.place = (
            prev in ctx.location_preps or prev in ctx.location_heads or prev in ctx.place_preps
        )
        mention.offshore = prev in ctx.offshore_heads
        mention.topic = prev in ctx.about_preps or (
            # "the initiative on Israel", not "the attack on Israel"
            prev in ctx.topic_preps
            and previous_word(r.text, r.hit.start - len(prev) - 1) in ctx.topic_nouns
        )


def _about_topic(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """The hit is the genitive of a noun of a state's standing
    (``context.ABOUT_TOPIC_HEADS``: "امنیت", "روابط") that a preposition of
    topic opens ("درباره امنیت سوریه", "در مورد روابط ایران"): what is
    talked about, as "درباره سوریه" is (sidesfa88: the state stood as a
    strong side and pushed out the partner written as a people's name,
    "با روس‌ها"). Not those nouns alone: "امنیت عراق" may be Iraq's own
    doing (``TOPIC_HEADS``). A state's security
    (``ABOUT_TOPIC_PARTNER_HEADS``) only where the clause names a partner
    before (``_partner_before``): "حذرت إيران بشأن أمن إسرائيل" warns
    Israel, and "در این دیدار در مورد امنیت اسرائیل گفت‌وگو شد" may hold
    Israel's only mention as a side (mendC89)."""
    if prev not in ctx.about_topic_heads:
        return False
    start = hit.start - len(prev) - 1
    about = previous_word(text, start)
    if about not in ctx.about_preps:
        return False
    if prev not in ctx.about_topic_partner_heads:
        return True
    at = text.rfind(about, 0, start)
    return _partner_before(text[: at if at >= 0 else start], ctx)


def _partner_before(lead: str, ctx: Context) -> bool:
    """The clause before the preposition of topic names a partner with a word
    of company ("با آمریکایی‌ها", "مع الروس", "with the Russians"), so the
    talks have their sides apart from the topic's state."""
    words = lead[-160:].split()
    stops = CLAUSE_BREAKS | SENTENCE_STOPS
    for w in reversed(words):
        if w in ctx.partner_preps or w in ctx.interlocutor_preps:
            return True
        if any(c in stops for c in w):
            return False
    return False


def _across_directions(text: str, hit: Hit, prev: str, ctx: Context) -> str:
    """The preposition of place before the words of direction that open the
    state's phrase ("في شمال العراق", "في شمال شرق سوريا": as "في العراق",
    where, not who), else ``prev``; a direction with no preposition before it
    ("غارات على شمال سوريا") stays as it is (extra31)."""
    if prev not in ctx.place_modifiers:
        return prev
    start = text.rfind(prev, 0, hit.start)
    for _ in range(2):
        before = previous_word(text, start)
        if before in ctx.location_preps:
            return before
        if before not in ctx.place_modifiers:
            break
        start = text.rfind(before, 0, start)
    return prev


# Each kind of country mention's reader (``_read_by_kind``).
_KIND_READERS: dict[str, Callable[[_Read], None]] = {
    "city": _read_city,
    "capital": _read_capital,
    "state_adj": _read_adjective,
    "state": _read_state,
    "igo": _read_igo,
}


# Heads of a state or government: a title that, before a region's or town's
# name, heads that place only.
_STATE_HEADS = frozenset({"head_of_state", "head_of_government"})
_ELSEWHERE_KINDS = frozenset({"state", "state_adj", "capital", "city"})


def _outside_or_named(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """The country is written after a preposition of "off"/"across from"
    (``context.OUTSIDE_PREPOSITIONS``), maybe through a place noun ("قبالة
    السواحل الليبية"), after the head of a place name (``context.
    NAMED_PLACE_HEADS``: "باب المغاربة", "شارع سوريا"), as the partner of
    a border ("الحدود مع سوريا", "the border with Syria"), or as where one
    travels (``context.TRAVEL_WORDS``: "للسفر إلى سوريا"; no visit's host:
    its words are no travel words)."""
    if prev in ctx.outside_preps or prev in ctx.named_place_heads:
        return True
    if hit.entry.kind == "state" and _near_state(text, hit, prev, ctx):
        return True
    if _sailed_from(text, hit, prev, ctx) or _resident_in(text, hit, prev, ctx):
        return True
    if _journeyed_from(text, hit, prev, ctx):
        return True
    # the word after a border noun: a partner preposition, or one only of
    # borders where the language's is no partner word (``BORDER_PREPOSITIONS``)
    if " " in prev:  # a two-word head: "border with"
        head, _, last = prev.rpartition(" ")
        return head in ctx.border_heads and (last in ctx.partner_preps or last in ctx.border_preps)
    if prev in ctx.location_heads:
        words = ctx.outside_preps
    elif prev in ctx.destination_preps:
        words = ctx.travel_words  # "للسفر إلى سوريا", "on his way to Paris"
    elif prev in ctx.partner_preps or prev in ctx.border_preps:
        return _after_border_head(text, hit.start - len(prev) - 1, ctx)
    else:
        return False
    return bool(words) and previous_word(text, hit.start - len(prev) - 1) in words


def _after_border_head(text: str, pos: int, ctx: Context) -> bool:
    """A border noun ends right before ``pos``: one word ("الحدودية مع",
    "border with") or a head of two ("border area with",
    ``context.BORDER_HEADS`` entries with a space)."""
    word = previous_word(text, pos)
    if word in ctx.border_heads:
        return True
    before = previous_word(text, pos - len(word) - 1) if word else ""
    return f"{before} {word}" in ctx.border_heads


@lru_cache(maxsize=8)
def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    """The last word (after the last space) of each of ``phrases``."""
    return frozenset(p.rsplit(" ", 1)[-1] for p in phrases)


def _after_topic_head(text: str, hit: Hit, ctx: Context) -> bool:
    """The hit follows a noun that names a topic (``context.TOPIC_HEADS``,
    up to four words, a clitic glued to the first allowed: "لمستقبل ليبيا",
    "under the flag of Panama"), maybe through a link word
    (``context.TOPIC_LINKS``: "الأزمة بين قطر والسعودية")."""
    if not ctx.topic_heads or hit.prefix:
        return False
    words = text[max(0, hit.start - 40) : hit.start].split()[-5:]
    if words and words[-1] in ctx.topic_links:
        # "الأزمة بين قطر والسعودية": the two the crisis is between (extra31)
        words = words[:-1]
    words = words[-4:]
    # every phrase tried ends with the last word (or, alone, that word less
    # its clitic): where no head ends so, none is tried (most country words)
    ends = _last_words(ctx.topic_heads)
    if not words or (words[-1] not in ends and words[-1][1:] not in ends):
        return False
    for n in (1, 2, 3, 4):
        if len(words) < n:
            break
        first, rest = words[-n], words[len(words) - n + 1 :]
        for head in (first, first[1:] if first[:1] in ctx.name_clitics else first):
            if " ".join([head, *rest]) in ctx.topic_heads:
                return True
    return False


def _after_neighbour_head(text: str, hit: Hit, ctx: Context) -> bool:
    """The hit follows a word naming a state's neighbours
    (``context.NEIGHBOUR_HEADS``: "همسایه افغانستان", "جوار ليبيا",
    "neighbours of Afghanistan"): a topic, and no title's country."""
    heads = ctx.neighbour_heads
    if not heads or hit.prefix:
        return False
    words = text[max(0, hit.start - 30) : hit.start].split()[-2:]
    return bool(words) and (words[-1] in heads or " ".join(words) in heads)


def _across_preposition(text: str, hit: Hit, pending: Pending, ctx: Context) -> bool:
    """Whether a preposition stands between a noun that is an agent only
    with a country (``lexicon.WITH_COUNTRY``) or an owned noun, whose
    country is only the one written next to it ("غارات جوية على لبنان",
    agents25ar), and the country word after it, or is glued to the country
    word ("على جنوب لبنان", "بسوريا")."""
    extra = pending.hit.entry.extra
    if WITH_COUNTRY not in extra and extra != ("owned",):
        return False
    # each set asked on its own: their union was built at every country word
    preps = (
        ctx.target_preps,
        ctx.location_preps,
        ctx.place_preps,
        ctx.topic_preps,
        ctx.scene_preps,
    )
    between = set(text[pending.hit.end : hit.start].split())
    if between and any(not between.isdisjoint(words) for words in preps):
        return True
    first = hit.prefix[:1]
    return first in ctx.glued_prepositions or first in ctx.conjunctions


def _left_from(text: str, start: int, end: int, ctx: Context) -> bool:
    """A word of leaving or sending away a few words before the people noun
    or right after the state (``context.ORIGIN_DEPARTURES``: "withdrew 2,000
    troops from Syria", "سحب 2000 جندي من سوريا", "سرباز از سوریه خارج
    کرد"): "from" then names the place they leave, not their home."""
    words = text[max(0, start - 60) : start].split()[-6:] + text[end : end + 40].split()[:3]
    return any(stem in word for word in words for stem in ctx.origin_departures)


def possessed_title(text: str, hit: Hit, ctx: Context) -> bool:
    """A title glued to a possessive clitic ("رئيسها"; "رئيسه" as written)
    or listed with its possessive ("رئیسش", "its chief", "وزير خارجيتها")."""
    if POSSESSED in hit.entry.extra:
        return True  # "رئيسه", "قائده" as written (``written``)
    clitics, ending = ctx.possessive_clitics, text[hit.base_end : hit.end]
    # a bare "ه" may be a folded feminine ("قنصلة"): only ``written`` tells
    return hit.entry.kind == "role" and ending in clitics and ending != ctx.names.folding.letter


def possessed_noun(text: str, hit: Hit, ctx: Context) -> bool:
    """A noun for people glued to a possessive clitic ("مقاتليه", "قواتهم",
    "نیروهایش"): its owner is named before it (``mention_scan``)."""
    clitics = ctx.possessive_clitics
    return (
        hit.entry.kind == "agent"
        and bool(clitics)
        and hit.end > hit.base_end
        and text[hit.base_end : hit.end].endswith(clitics)
    )


def reflexive_noun(text: str, hit: Hit, ctx: Context) -> bool:
    """A noun for people followed by a reflexive possessive
    (``context.POSSESSIVES_AFTER``: "اتباع خود", its own nationals, as
    English "its nationals"): the subject's own, named before it in its
    clause (``participants``)."""
    words = ctx.possessives_after
    return hit.entry.kind == "agent" and bool(words) and _next_word(text, hit.end) in words


def _owned(text: str, hit: Hit, ctx: Context) -> bool:
    """The title or noun carries its owner's mark (a possessive or a
    reflexive after it): its owner is named before it, not after."""
    return (
        possessed_title(text, hit, ctx)
        or possessed_noun(text, hit, ctx)
        or reflexive_noun(text, hit, ctx)
    )


def _after_title(text: str, hit: Hit, pending: Pending | None, ctx: Context) -> bool:
    """The hit is the country of the pending title: close after it, with no
    break between (``_close_after``), unless it is rather the verb's object;
    else linked to it some other way (``_linked_title``). A body that is one
    state's, a preposition or a conjunction between settle it first."""
    if pending is not None:
        if _not_the_titles(text, hit, pending, ctx) or _after_neighbour_head(text, hit, ctx):
            # roles52: "وزرای خارجه کشورهای همسایه افغانستان": the state
            # whose neighbours they are is not the title's
            return False
        if country_inside_asked(text, pending.hit, hit.start, ctx.lang):
            return False  # "حث … الحكومة على مقاطعة البضائع الفرنسية": what is asked
        if pending.hit.entry.extra[:1] == (OF_STATE,):
            return _adjective_of_body(hit, pending, ctx)
        if _struck_place_between(text, hit, pending, ctx):
            return False
        if OF_STATE in pending.hit.entry.extra and (
            hit.start - pending.hit.end > 1 or _closed_title(text, hit, pending, ctx)
        ):
            # a title that names its state ("المستشار الألماني", "خادم الحرمين
            # الشريفين") takes another only right after it ("رهبر انقلاب
            # کوبا"): further on, a country word is a topic or place ("…
            # مع المستشار الألماني الأزمة السورية")
            return False
        if _across_preposition(text, hit, pending, ctx):
            # "شن الاحتلال غارات جوية على جنوب لبنان": a noun that is an agent
            # only with a country ("غارة روسية", "حمله هوایی روسیه", "الأمن
            # السعودي") takes none behind a preposition: that is where it struck
            return False
        if _glued_head_of_body(text, hit, pending, ctx):
            return True  # "الأمين العام لحلف الناتو": the alliance's own head
        if _coordinated_state(text, hit, pending, ctx):
            return False  # "اتهمت الحكومة المعارضة وتركيا": two accused, not Turkey's opposition
        if _across_charge(text, hit, pending, ctx):
            return False  # "للصحفي تهمة التجسس لصالح إسرائيل": Israel is the charge
        if _close_after(text, hit, pending, ctx):
            # "اتهم الجيش إيران": the army, then whom it accused
            return not _object_after_definite(
                text, hit, pending, ctx
            ) and not _object_after_unbound(text, hit, pending, ctx)
    return _linked_title(text, hit, pending, ctx)


def _not_the_titles(text: str, hit: Hit, pending: Pending, ctx: Context) -> bool:
    """The hit is someone after a preposition ("فتحت الشرطة النار على
    عراقي": the one shot, not the police's), or the title's owner is named
    before it ("قالت إيران إن وزير خارجيتها سيزور الرياض", "قال حزب الله إن
    مقاتليه هاجموا موقعا إسرائيليا"): a country after it is where he goes or
    what they struck. An adjective right after the title stays its own
    ("طبيبه البريطاني")."""
    if _noun_after_preposition(text, hit, ctx):
        return True
    if _unagreeing_after_title(text, hit, pending, ctx):
        return True  # "اعتقلت الشرطة الكرواتي": the one held (nationals89)
    if _accusative_object(text, hit, ctx):
        return True  # "قتل جنود إسرائيليون فلسطينيا": the one killed (agents44ar)
    if _marked_object(text, hit, pending, ctx):
        return True  # "فرمانده سنتکام ایران را تهدید کرد": Iran is the one threatened
    return (
        hit.entry.kind != "person"
        and bool(text[pending.hit.end : hit.start].split())
        and _owned(text, pending.hit, ctx)
    )


def _glued_head_of_body(text: str, hit: Hit, pending: Pending, ctx: Context) -> bool:
    """A head's title (``context.GROUP_HEAD_TITLES``, ``IGO_HEAD_TITLES``)
    right before an organisation glued to a genitive preposition
    (``context.IGO_GENITIVE_PREFIXES``: "الأمين العام لحلف الناتو", "الأمين
    العام لجامعة الدول العربية"): a definite title takes its body's name
    with "ل" as "للناتو" is read, so the organisation is the title's; before
    a state the same "ل" still names a host ("المبعوث الأمريكي لسوريا")."""
    if hit.entry.kind != "igo" or pending.claimed or hit.prefix not in ctx.igo_genitive_prefixes:
        return False
    if text[pending.hit.end : hit.start].strip():
        return False
    title = text[pending.hit.base_start : pending.hit.base_end]
    return title in ctx.group_heads or title in ctx.igo_head_titles


def _struck_place_between(text: str, hit: Hit, pending: Pending, ctx: Context) -> bool:
    """A noun of a strike that names its doer only by a country
    (``WITH_COUNTRY``: "بمباران", "قصف") with a place noun between it and the
    country ("بمباران فرودگاه دمشق", the bombing of Damascus airport): the
    country is the struck place's, not the doer's."""
    if WITH_COUNTRY not in pending.hit.entry.extra:
        return False
    return any(w in ctx.location_heads for w in text[pending.hit.end : hit.start].split())


def _adjective_of_body(hit: Hit, pending: Pending, ctx: Context) -> bool:
    """A body that is one state's (``OF_STATE``: "شن الاحتلال غارات على جنوب
    لبنان") takes another country only from an adjective right after it
    ("الاحتلال الأمريكي"): any other country word near it is where it acts.
    Where a state's name after a noun is its genitive (Persian, mendD109:
    "وزارت آموزش و پرورش عراق" is Iraq's, not Iran's) the name does too."""
    gap = hit.start - pending.hit.end
    first = hit.prefix[:1]
    glued = first in ctx.glued_prepositions or first in ctx.conjunctions
    kinds = ("state_adj", "state") if ctx.state_genitive_after else ("state_adj",)
    return not pending.claimed and hit.entry.kind in kinds and not glued and gap <= 1


def _close_after(text: str, hit: Hit, pending: Pending, ctx: Context) -> bool:
    """The country word is close after an unclaimed title with nothing
    between that ends the title's phrase: a genitive or adjective names the
    title's state, while a role break, a clause break, a clashing ending, a
    count, a charge or a sponsor opens a new phrase. Where the language
    links title and country by a word (``role_links``), only that word may
    stand between."""
    if pending.claimed or hit.entry.kind == "city" or hit.start - pending.hit.end > 25:
        # "صحيفة نيويورك تايمز": a name, not the title's country; a title
        # far back is read no further (and its long gap never sliced)
        return False
    gap = text[pending.hit.end : hit.start]
    close = (
        # "سفير … لدى كوريا", "ambassador to Korea": the host, not his state
        not ctx.role_breaks & set(gap.split() + [hit.prefix])
        # "به نوشته روزنامه هاآرتص، لبنان …", "the newspaper said, Lebanon …": a
        # clause break ends the title; only a name may follow it across a comma
        # ("رئیس جمهور، ابراهیم رئیسی"), not across a colon ("… رهبر انقلاب گزارش
        # داد: آیت‌الله خامنه‌ای")
        and not (NAME_BREAKS if hit.entry.kind == "person" else TITLE_BREAKS) & set(gap)
        and not _clashes(text, pending.hit, hit, ctx)
        and not _counted_between(text, pending.hit.end, hit, ctx)
        and not _charge_between(gap, ctx)
        # "militias backed by Iran", "گروه‌های مورد حمایت ترکیه": the
        # sponsor is not the group's country
        and not sponsor_opened(text, hit.start, ctx.sponsor_openers)
    )
    if close and ctx.role_links:
        return gap.strip() in ctx.role_links
    return close


def _linked_title(text: str, hit: Hit, pending: Pending | None, ctx: Context) -> bool:
    """A country tied to a title across words that are no plain genitive:
    a served person, a counterpart's place, an agent's or an office's
    place. Each is a construction of its own, tried in turn."""
    return (
        _served_person(text, hit, pending, ctx)  # "an adviser to Trump": Trump's adviser
        # "his counterparts in Britain": Britain's minister
        or _counterpart_in(text, hit, pending, ctx)
        # "المحكمة الابتدائية بتونس": the court of Tunisia
        or _placed_agent(text, hit, pending, ctx)
        # "محافظ البصرة", "رئيس بلدية إسطنبول": Iraq's, Turkey's
        or _office_of_place(text, hit, pending, ctx)
        # "جندي من تشاد", "a soldier from Chad": a Chadian soldier
        or _people_from(text, hit, pending, ctx)
    )


def _people_from(text: str, hit: Hit, pending: Pending | None, ctx: Context) -> bool:
    """People named by a noun with no title, then a word of origin
    (``context.ORIGIN_LINKS``) and a state's name ("جندي من تشاد", "a
    soldier from Chad", "سربازی از چاد"): the state is their home, as in
    "جندي تشادي", not a side of its own that the sentence's verb then
    takes as doer or target. Only an indefinite noun: after a definite or
    owned one ("سحب القوات من سوريا", "withdrew its troops from Chad",
    ``context.ORIGIN_NOT_AFTER``) the state is more often the place left."""
    if pending is None or pending.claimed or pending.role or not ctx.origin_links:
        return False
    noun = pending.hit
    if noun.entry.kind != "agent" or hit.entry.kind != "state" or hit.prefix:
        return False
    between = text[noun.end : hit.start].strip()
    if between not in ctx.origin_links and between not in ctx.origin_markers:
        return False  # country87: "مهربين قادمين من ليبيا", "smugglers coming from Libya"
    if possessed_noun(text, noun, ctx) or previous_word(text, noun.start) in ctx.origin_not_after:
        return False
    if _left_from(text, noun.start, hit.end, ctx):
        return False
    if verb_object_after(text, pending, hit, ctx):
        return False  # "پلیس از اسرائیل انتقاد کرد": whom it criticised (home49)
    words = text[noun.start : noun.end].split()
    return not (ctx.definite_starts and words and words[-1].startswith(ctx.definite_starts))


def _coordinated_state(text: str, hit: Hit, pending: Pending, ctx: Context) -> bool:
    """A state's or capital's name joined by a conjunction to the title or
    agent noun before it ("المعارضة المسلحة وتركيا", "the rebels and
    Turkey") is a second side, never the noun's country: a genitive joins a
    noun to its owner, a conjunction joins two equals. Only a conjunction
    glued to the name (Arabic "و"): one written apart may join two titles
    of one owner ("وزیران خارجه و دفاع ..."), which the scan reads
    elsewhere. Only names: an adjective after a conjunction still
    qualifies both nouns ("الجيش العراقي والأمريكي")."""
    if hit.entry.kind not in ("state", "capital"):
        return False
    gap = text[pending.hit.end : hit.start].split()
    return hit.prefix[:1] in ctx.conjunctions or (bool(gap) and gap[-1] in ctx.conjunctions)


def _across_charge(text: str, hit: Hit, pending: Pending, ctx: Context) -> bool:
    """A charge opened between the title and the country ("the journalist,
    on charges of spying for Israel", "للصحفي تهمة التجسس لصالح إسرائيل"):
    the state is what he is said to have done with or for, not his own. Only
    the whole phrases of ``CHARGE_OPENERS``: a bare "of" or a preposition
    glued to a noun also names whose one is or where one works."""
    gap = f" {text[pending.hit.end : hit.start]} "
    return any(map(gap.__contains__, padded(ctx.charge_openers)))


def _closed_title(text: str, hit: Hit, pending: Pending, ctx: Context) -> bool:
    """A title that names its state and ends in the definite article ("مرشد
    الثورة", "المرشد الإيراني") takes no state's name after it as its
    genitive: that name opens the verb's object ("انتقد المرشد الإيراني
    الولايات المتحدة"); where the language marks no article (Persian "رهبر
    انقلاب کوبا") nothing changes."""
    if not ctx.definite_starts or hit.entry.kind not in ("state", "capital"):
        return False
    words = text[pending.hit.start : pending.hit.end].split()
    return bool(words) and words[-1].startswith(ctx.definite_starts)


def _object_after_definite(text: str, hit: Hit, pending: Pending | None, ctx: Context) -> bool:
    """A state's or capital's name right after a title or agent noun that
    ends in the definite article is no genitive of it: a head in the
    construct state takes no article ("جيش إيران" is Iran's army, "قوات
    إيران" its forces), so after "الجيش", "الحكومة" or "القوات المسلحة" the
    name opens the verb's object ("اتهم الجيش إيران", "انتقدت الحكومة
    طهران"). Only where the language marks the article on the noun
    (``context.DEFINITE_STARTS``), and only names without the article:
    "السعودية" is Saudi Arabia and the adjective "Saudi" that agrees with
    "الشرطة"; adjectives ("الجيش الإيراني") are not touched (aragents18)."""
    if pending is None or not ctx.definite_starts or hit.prefix:
        return False
    if hit.entry.kind not in ("state", "capital"):
        return False
    if text[hit.start : hit.end].startswith(ctx.definite_starts):
        return False  # "الشرطة السعودية": a name with the article is also an adjective
    gap = text[pending.hit.end : hit.start].split()
    if definite_chain(gap, ctx.article_starts):
        return True  # "انتقدت محكمة العدل الدولية إسرائيل": the chain closed before
    if not new_head_between(gap, ctx):
        return False
    words = text[pending.hit.start : pending.hit.end].split()
    return bool(words) and words[-1].startswith(ctx.definite_starts)


def _object_after_unbound(text: str, hit: Hit, pending: Pending, ctx: Context) -> bool:
    """A state's or capital's bare name right after an agent noun that keeps
    the ending a noun drops in the construct state (``context.UNBOUND_ENDINGS``:
    "متظاهرون", "مسلحين", "نائبان"): "Israel's protesters" is "متظاهرو
    إسرائيل", so in "انتقد متظاهرون إسرائيل" the name is the verb's object,
    not the noun's country. Only an ending glued to a listed stem: a noun
    listed whole with the same letters ("برلمان", "سكان") takes its genitive
    unchanged ("برلمان كوسوفو")."""
    if not ctx.unbound_endings or hit.prefix or hit.entry.kind not in ("state", "capital"):
        return False
    if text[pending.hit.end : hit.start].strip() or pending.hit.entry.kind not in ("agent", "role"):
        return False
    if text[hit.start : hit.end].startswith(ctx.definite_starts):
        return False  # "السعودية" may be the adjective that agrees with it
    noun = pending.hit
    return noun.end > noun.base_end and text[noun.base_end : noun.end] in ctx.unbound_endings


def _charge_between(gap: str, ctx: Context) -> bool:
    """Whether a charge opens between a title and a country ("اعتقلت رجلا
    بتهمة التجسس لصالح إسرائيل"): the country is what the accused is
    charged with serving, not the accused's own."""
    padded = f" {gap} "
    return any(f" {opener} " in padded for opener in ctx.charge_openers)


def _served_person(text: str, hit: Hit, pending: Pending | None, ctx: Context) -> bool:
    """A named person after a servant title and a link word
    (``context.SERVANT_LINKS``: "an adviser to Trump", "a spokesman for
    Erdogan"): the man served, whose state the title holder serves; the
    link would otherwise part them like "ambassador to"."""
    if pending is None or pending.claimed or not pending.serves or hit.entry.kind != "person":
        return False
    gap = text[pending.hit.end : hit.start].split()
    return len(gap) == 1 and gap[0] in ctx.servant_links


def _counterpart_in(text: str, hit: Hit, pending: Pending | None, ctx: Context) -> bool:
    """A counterpart and a state right after a preposition of place ("his
    counterparts in Britain", "همتایانش در بریتانیا", "نظرائه في بريطانيا"):
    the state is the counterpart's, not where the talks happen."""
    if pending is None or pending.claimed or pending.hit.entry.kind != "counterpart":
        return False
    if hit.entry.kind != "state":
        return False
    gap = text[pending.hit.end : hit.start].split()
    if hit.prefix and not gap:
        last = hit.prefix[-1:]  # "نظرائه ببريطانيا"
        return last in ctx.location_preps or last in ctx.state_place_preps
    if len(gap) != 1:
        return False
    return gap[0] in ctx.location_preps or gap[0] in ctx.state_place_preps


def _counted_between(text: str, end: int, hit: Hit, ctx: Context) -> bool:
    """A number counts a noun between the title and the adjective: the
    adjective is that noun's ("افراد مسلح دو گردشگر فرانسوی را ربودند",
    "اعتقلت الشرطة خمسة أشخاص سوريين"), not the title's country."""
    return hit.entry.kind == "state_adj" and counted_gap(text, end, hit.start, ctx)


def counted_gap(text: str, end: int, start: int, ctx: Context) -> bool:
    """A number counts a noun written between ``end`` and ``start`` (or the
    word at ``start``): what follows belongs to that noun, not the one
    before ("پلیس یک عضو طالبان را بازداشت کرد": the police, then a member)."""
    # an age or a span ("نوجوان ۱۲ ساله فلسطینی") is no count of another noun
    words = [(end + m.start(), end + m.end()) for m in re.finditer(r"\S+", text[end:start])]
    if not words:
        return False
    nexts = [s for s, _ in words[1:]] + [start]
    return any(
        counted(text, after, ctx.lang) and not is_measure(text, s, e, ctx.lang)
        for (s, e), after in zip(words, nexts, strict=True)
    )


def _clashes(text: str, title: Hit, hit: Hit, ctx: Context) -> bool:
    """A country adjective whose ending cannot agree with the noun's
    (``context.ADJECTIVE_CLASHES``): "خطف مسلحون سائحا فرنسيا" (gunmen,
    nominative plural; French, accusative singular) describes the tourist,
    so the kidnappers take no country from their captive."""
    if hit.entry.kind != "state_adj" or not ctx.adjective_clashes:
        return False
    noun, adjective = text[title.start : title.end], text[hit.start : hit.end]
    return any(noun.endswith(a) and adjective.endswith(b) for a, b in ctx.adjective_clashes)


def _office_of_place(text: str, hit: Hit, pending: Pending | None, ctx: Context) -> bool:
    """A title written right before a province or town, nothing between
    (the construct state, the Persian ezafe) or only a title's link ("of"):
    the office of that place, held in its country ("محافظ البصرة",
    "استاندار خوزستان", "the governor of Basra"). Not a noun for a group
    ("صحيفة نيويورك تايمز" is a name), not across a preposition ("السفير في
    بغداد" serves there)."""
    links = ctx.role_links or frozenset({""})
    return (
        pending is not None
        and not pending.claimed
        and pending.hit.entry.kind == "role"
        and hit.entry.kind == "city"
        and not hit.prefix
        and text[pending.hit.end : hit.start].strip() in links
    )


_HEADS = frozenset({"head_of_state", "head_of_government"})


def _heads_servant(
    role: str | None, held: offices.Holding, after_title: bool, pending: Pending | None
) -> bool:
    """A lesser title written before a sitting head's name ("وزیر خارجه
    رئیسی", "وزير خارجية بوتين", "سخنگوی بایدن"): the title's holder serves
    the head's state; the name is the head's, not his. A candidate's title
    (PTY: "المرشح الرئاسي ترامب") is the head's own."""
    return (
        after_title
        and pending is not None
        and pending.agent == held.agent
        and bool(role)
        and role not in _HEADS
        and held.role in _HEADS
        and not held.former
    )


def _definite(text: str, hit: Hit, ctx: Context) -> bool:
    """A title written with the definite article ("المستشارة"), where the
    language marks it on the noun (``context.DEFINITE_STARTS``), and not
    ending in a link to whom it serves ("المتحدث باسم")."""
    title = text[hit.start : hit.end]
    return (
        bool(ctx.definite_starts)
        and title.startswith(ctx.definite_starts)
        and title.split()[-1] not in ctx.servant_links
    )


def _names_father(text: str, hit: Hit, ctx: Context) -> bool:
    """A known person's name right after a word for "son of" ("بن", "bin"):
    the father named inside his son's name."""
    return hit.entry.kind == "person" and previous_word(text, hit.start) in ctx.patronymics


# Institutions that stand abroad: "متظاهرون هاجموا سفارة إسرائيل" names
# no Israelis (subject50ar).
MISSIONS = frozenset({"embassy"})


def _office_mention(
    text: str,
    hit: Hit,
    pending: Pending | None,
    after_title: bool,
    on: date | None,
    ctx: Context | None = None,
) -> Mention:
    """The mention with its title's role and agent, or a named person's own office."""
    e = hit.entry
    held = holding(e.extra[0], on) if e.kind == "person" else None
    code, role, agent = _code_role_agent(text, hit, pending, after_title, held, on, ctx)
    if _igo_head(text, hit, pending, role, ctx):
        # "رئيس البرلمان الأوروبي", "the president of the European
        # Commission": an organisation's head (``context.IGO_HEAD_TITLES``)
        # is its senior official; "the G7 leaders" are its states' heads
        role = "official"
    if after_title and hit.entry.kind == "city" and role in _STATE_HEADS:
        # "رئيس إقليم كردستان", "رئيس حكومة ولاية غزنة": the head of a
        # region or town is an official of its state, not its head
        role = "official"
    # A country named after its title spans the title too ("وزرای خارجه گروه
    # هفت"), so a list "A, B and the foreign ministers of C" stays one list.
    # (the line is read only after a title: ``find`` in place, no slice)
    same_line = (
        after_title and pending is not None and text.find("\n", pending.hit.start, hit.start) < 0
    )
    start = pending.hit.start if same_line and pending is not None else hit.start
    mention = Mention(start, hit.end, code, e.kind, True, role=role or None, agent=agent)
    mention.prefix = pending.hit.prefix if start != hit.start and pending else hit.prefix
    mention.mission = bool(after_title and pending and pending.hit.entry.value in MISSIONS)
    if held is not None and _name_is_holders(text, pending, after_title, held, role, on, ctx):
        mention.name = text[hit.base_start : hit.base_end]
        mention.name_span = (hit.base_start, hit.base_end)
        mention.contracted = hit.entry.contracted
        mention.name_latin = held.name_latin or None
        mention.former = held.former and not (after_title and pending and pending.role)
    return mention


def _code_role_agent(
    text: str,
    hit: Hit,
    pending: Pending | None,
    after_title: bool,
    held: offices.Holding | None,
    on: date | None,
    ctx: Context | None,
) -> tuple[str, str | None, str | None]:
    """The mention's code, role and agent: its title's, or, for a named
    person (``held``), his own office where no title gives a role or his
    own office is the higher one; the title written before a name tells
    the office otherwise."""
    role: str | None = pending.role if after_title and pending else None
    agent: str | None = pending.agent if after_title and pending else None
    if held is None:
        return hit.entry.value, role, agent
    if not (after_title and role):
        # someone out of office keeps the role but is not the state's voice
        return held.code, held.role, None if held.former else held.agent
    if _higher_own_office(text, hit, pending, held, role, on, ctx):
        # a prince's or a senior official's title before a sitting head's
        # name ("الأمير تميم بن حمد"): his own office is the higher one
        return held.code, held.role, agent
    return held.code, role, agent


def _higher_own_office(
    text: str,
    hit: Hit,
    pending: Pending | None,
    held: offices.Holding,
    role: str | None,
    on: date | None,
    ctx: Context | None,
) -> bool:
    """A general title ("official": a prince's, a senior official's) written
    right before a sitting head's name: the head's own office is the one he
    acts in."""
    return (
        pending is not None
        and role == "official"
        and pending.hit.entry.value == "official"  # its own title, not a chain's
        # "مستشار ترامب" is Trump's adviser, not Trump; "المستشارة ميركل" is Merkel
        and (not pending.serves or (ctx is not None and _definite(text, pending.hit, ctx)))
        and pending.agent == held.agent  # no candidate's (PTY) title
        and not text[pending.hit.end : hit.start].strip()
        # a head of government only on a known date: undated, the latest
        # holder's office is no guide ("الأمير محمد بن سلمان" in 2015)
        and (held.role == "head_of_state" or (on is not None and held.role in _HEADS))
        and not held.former
    )


def _igo_head(
    text: str, hit: Hit, pending: Pending | None, role: str | None, ctx: Context | None
) -> bool:
    """An organisation after a deputy's or head's title of its own
    (``context.IGO_HEAD_TITLES``): the title names its head, an official."""
    return (
        hit.entry.kind == "igo"
        and role in DEPUTY_OF
        and pending is not None
        and ctx is not None
        and text[pending.hit.base_start : pending.hit.base_end] in ctx.igo_head_titles
    )


def _name_is_holders(
    text: str,
    pending: Pending | None,
    after_title: bool,
    held: offices.Holding,
    role: str | None,
    on: date | None,
    ctx: Context | None,
) -> bool:
    """The name written is the mention's own, not the name of the head it
    serves: "مستشار ترامب", "an adviser to Trump" name the master, not the
    adviser ("Kremlin spokesman Peskov" keeps his own)."""
    served = (
        after_title
        and pending is not None
        and pending.serves
        # "المستشارة أنجيلا ميركل": a definite title before a name is his own
        and not (ctx is not None and _definite(text, pending.hit, ctx))
    )
    if not (served and held.role in SOLE_OFFICES):
        served = on is not None and _heads_servant(role, held, after_title, pending)
    return not (served and held.role in SOLE_OFFICES)


def _location_head_before(text: str, hit: Hit, ctx: Context) -> str:
    """A head noun of two words right before the hit ("آب‌های", "حریم
    هوایی", "coast of"), which the one word before cannot show: the second
    word alone ("هوایی", "of") is no head ("حمله هوایی ایران" is Iran's).
    The head of a place's name counts too ("gulf of": "the Gulf of
    Finland" is no side, ``context.NAMED_PLACE_HEADS``)."""
    last = previous_word(text, hit.start)
    if not last.isalnum() or last not in _head_ends(ctx.location_heads, ctx.named_place_heads):
        return ""
    pos = text.rfind(last, 0, hit.start)
    pair = f"{previous_word(text, pos)} {last}"
    return pair if pair in ctx.location_heads or pair in ctx.named_place_heads else ""


@cache
def _head_ends(*heads: frozenset[str]) -> frozenset[str]:
    """The last words of the heads of two words or more: a pair "word
    ``last``" is one of them only if ``last`` (one token, no space) is
    among these, so the word before it is looked up only then (the check
    runs for every country word; few stand after a head's second word)."""
    return frozenset(h.rsplit(" ", 1)[1] for group in heads for h in group if " " in h)


def _capital_is_place(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """A capital written as a place (after "in", "the capital", as a dateline), not a state."""
    return (
        prev in ctx.location_preps
        or prev in ctx.location_heads  # "العاصمة لندن", "فرودگاه استکهلم", "the Kabul airport"
        or previous_word(text, hit.start - len(prev) - 1)
        in ctx.location_heads  # "میدان آزادی تهران"
        or hit.prefix.endswith(ctx.location_prefixes)
        or _dateline(text, hit)
        or _names_event(text, hit, prev, ctx)
        or _near_or_amid(text, hit, prev, ctx)
    )


def _near_or_amid(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """A capital after a word of direction (``context.PLACE_MODIFIERS``: "وسط
    دمشق", "شمال أنقرة", "central Damascus") or of nearness (``NEAR_PREPOSITIONS``,
    maybe through "من": "قرب أنقرة", "بالقرب من دمشق"): a part of the town or
    its outskirts, where a deed happened; a government is never "central" or
    "near" (place84). A state there stays as ``_read_topic_or_place`` reads it
    ("غارات على شمال سوريا": the side struck)."""
    if prev in ctx.place_modifiers or prev in ctx.near_preps:
        return True
    return bool(ctx.near_preps) and previous_word(text, hit.start - len(prev) - 1) in ctx.near_preps


def _names_event(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """The place names an event held there ("مذاکرات وین", "قمة الرياض", and
    where modifiers come first "the Vienna talks"): only where the talks were,
    so neither a party nor the home of the agents the sentence names."""
    if prev in ctx.venue_nouns:
        return True
    # a plural ending written apart is a word of its own ("رایزنی های وین")
    before = previous_word(text, hit.start - len(prev) - 1)
    if f"{before} {prev}" in ctx.venue_nouns:
        return True
    return ctx.titles_follow_country and _next_word(text, hit.end) in ctx.venue_nouns


def _state_adj(
    text: str,
    hit: Hit,
    mention: Mention,
    prev: str,
    after_title: bool,
    own_head: bool,
    last_end: int,
    ctx: Context,
) -> None:
    """A country adjective: an actor after a title or head noun, a place, or the people."""
    mention.strong = after_title or prev in ctx.head_nouns or (0 <= hit.start - last_end <= 1)
    following = _next_word(text, hit.end)
    # a head word that ends the title itself ("خفر السواحل الإيطالي",
    # "coast guard") is no place (``own_head``)
    # the head noun follows the adjective only where adjectives come first
    # (English "the Laotian capital"); in "القوات الإسرائيلية مدينة رفح" the
    # next word opens the object
    head_after = ctx.titles_follow_country and following in ctx.location_heads
    town = not after_title and _after_town_name(text, hit, last_end, ctx)
    people = (
        people_form(text, hit, ctx.people_suffixes)
        or text[hit.base_start : hit.base_end] in ctx.people_words
    )
    if (prev in ctx.location_heads and not own_head) or head_after or town:
        # "العاصمة الصينية", "the Laotian capital": a place
        mention.location_only = True
        mention.strong = False
        mention.offshore = (prev in ctx.offshore_heads and not own_head) or (
            head_after and following in ctx.offshore_heads
        )
    elif not after_title and not people and _topic_adjective(prev, following, ctx):
        # "بحث القضية الفلسطينية", "discussed the Palestinian issue": what is
        # talked of, never a side (as "قضية فلسطين", TOPIC_HEADS); a people
        # form is a noun, so a topic's word after it is its verb
        # ("Palestinians file a complaint", mendB82)
        mention.strong = False
        mention.topic = True
    elif not after_title and (
        people
        # where adjectives follow their noun, one right after a number has
        # none: "دو آمریکایی" (two Americans), "یک بریتانیایی"
        or (not ctx.titles_follow_country and counted(text, hit.start, ctx.lang))
        or _lone_person(text, hit, prev, last_end, ctx)
    ):
        # "Israelis", "الكوريين", "ایرانیان": the people of the country
        mention.agent = "CVL"
        mention.strong = True
        if described_at(text, hit.start, ctx.state_people_heads, ctx.name_clitics):
            # "احترام إرادة الليبيين", "بأخلاق الليبيين": only described
            # (not "مصالح الأمريكيين", the interests a threat targets: mendB82)
            mention.strong = False
            mention.topic = True


def _topic_adjective(prev: str, following: str, ctx: Context) -> bool:
    """The adjective stands on a noun of a topic (``context.TOPIC_ADJECTIVE_HEADS``):
    the noun before it where adjectives follow ("الأزمة الليبية", with a
    clitic: "للقضية"), the noun after it where they come first ("the
    Palestinian issue")."""
    heads = ctx.topic_adjective_heads
    if not heads:
        return False
    return following in heads if ctx.titles_follow_country else prev in heads


def _lone_person(text: str, hit: Hit, prev: str, last_end: int, ctx: Context) -> bool:
    """An indefinite country adjective with no noun to qualify is one person
    of that country (agents38ar), a civilian as its plural is. Arabic: an
    adjective agrees with its noun in definiteness, so one right after a
    preposition ("الرصاص على إندونيسي"), or in the accusative or joined by a
    conjunction right after a definite word ("احتجزت الشرطة الكندية أردنيا",
    "من السنغال ومغربي"), is a noun; the nominative after a definite word
    stays an adjective, mostly a predicate ("الحل سوري"). English: one after
    "a" that no noun follows ("detained a Jordanian at the airport").
    Persian "یک اردنی" is counted (``counted``). A definite masculine one
    that agrees with no noun before it is one too (``_definite_person``)."""
    if ctx.lone_person_articles:
        return prev in ctx.lone_person_articles and _no_noun_after(text, hit, ctx)
    if _definite_masculine(text, hit, ctx):
        return _definite_person(text, hit, prev, last_end, ctx)
    if not ctx.lone_person_definite or hit.prefix.endswith(ctx.lone_person_definite):
        return False
    if prev in ctx.lone_person_preps or _accusative_noun(text, hit, prev, ctx):
        return True
    ending = text[hit.base_end : hit.end]
    joined = hit.prefix[:1] in ctx.conjunctions and len(hit.prefix) == 1
    return (ending in ctx.lone_person_endings or joined) and prev.startswith(
        ctx.lone_person_definite
    )


def _definite_masculine(text: str, hit: Hit, ctx: Context) -> bool:
    """A country adjective with the bare article and no ending ("الفرنسي",
    "والكرواتي"): the masculine singular, which can qualify only a definite
    masculine singular noun (nationals89; ``LONE_PERSON_BARE_ARTICLES``); a
    broken plural ("الروس") is the people (``LONE_PERSON_NISBA_ENDINGS``)."""
    return (
        hit.entry.kind == "state_adj"
        and hit.prefix in ctx.lone_person_bare_articles
        and hit.end == hit.base_end
        and bool(ctx.lone_person_nisba)
        and text[hit.base_start : hit.base_end].endswith(ctx.lone_person_nisba)
    )


def _feminine_definite(word: str, ctx: Context) -> bool:
    """A definite word with a feminine ending ("الشرطة", "العراقية"), which
    a masculine adjective cannot qualify (``LONE_PERSON_FEMININE_ENDINGS``)."""
    return (
        bool(ctx.lone_person_feminine)
        and word.startswith(ctx.lone_person_definite)
        and word.endswith(ctx.lone_person_feminine)
        and word not in ctx.lone_person_not_feminine
    )


def _definite_person(text: str, hit: Hit, prev: str, last_end: int, ctx: Context) -> bool:
    """A definite masculine country adjective (``_definite_masculine``) right
    after a preposition ("أفرجت الشرطة عن الفرنسي"), or right after an actor
    word that is definite and feminine ("اعتقلت الشرطة الكرواتي", "الشرطة
    العراقية الكرواتي") or an indefinite plural ("خطف مسلحون الكرواتي"), has no noun to qualify: it names one person of that
    country, a civilian (nationals89). "الجانب الفرنسي" and "وزير الخارجية
    الفرنسي" (the construct's masculine head) stay adjectives: the word
    before is masculine, or no actor word ends right before. Nor does a
    feminine word that is a genitive ("المتحدث باسم الخارجية الإيراني"):
    it must head its own phrase (``_heads_own_phrase``, mendD90)."""
    if prev in ctx.lone_person_preps:
        return True
    if not 0 <= hit.start - last_end <= 1:
        return False
    plural = not prev.startswith(ctx.lone_person_definite) and prev.endswith(
        ctx.lone_person_plurals
    )
    if ctx.lone_person_plurals and plural:
        return True
    return _feminine_definite(prev, ctx) and _heads_own_phrase(text, hit.start, ctx)


def _heads_own_phrase(text: str, end: int, ctx: Context) -> bool:
    """The definite feminine words right before ``end`` head their own
    phrase: before the first of them stands nothing, a break, or a verb
    agreeing with it in the feminine ("اعتقلت الشرطة", "وتحتجز الشرطة";
    ``LONE_PERSON_FEMININE_VERB_OPENINGS`` / ``_ENDINGS``). After a noun or
    a preposition ("باسم الخارجية", "لدى الأمم المتحدة") they are its
    genitive, and a masculine nisba after them qualifies that phrase's
    head, the spokesman or ambassador (mendD90)."""
    words = text[:end].split()
    while words and _feminine_definite(words[-1], ctx):
        words.pop()
    if not words or not words[-1][-1:].isalpha():
        return True
    word = words[-1]
    if word.endswith(ctx.lone_person_not_verb_endings):
        return False
    return word.startswith(ctx.lone_person_verb_openings) or word.endswith(
        ctx.lone_person_verb_endings
    )


def _unagreeing_after_title(text: str, hit: Hit, pending: Pending, ctx: Context) -> bool:
    """The title is one definite feminine word ("الشرطة") and only its
    definite feminine adjectives stand between: a definite masculine country
    adjective after it agrees with nothing there, so it is not the title's
    (nationals89; ``_definite_person``); nor after an indefinite plural
    (``_indefinite_plural``). A construct's title ("وزير الخارجية") has a
    masculine head the adjective qualifies."""
    if not _definite_masculine(text, hit, ctx):
        return False
    title = text[pending.hit.start : pending.hit.end].split()
    gap = text[pending.hit.end : hit.start].split()
    if len(title) != 1:
        return False
    if not gap and _indefinite_plural(pending.hit, title[0], ctx):
        return True  # "خطف مسلحون الكرواتي": the gunmen are no Croats
    return all(_feminine_definite(w, ctx) for w in (*title, *gap)) and _heads_own_phrase(
        text, hit.start, ctx
    )


def _indefinite_plural(title_hit: Hit, word: str, ctx: Context) -> bool:
    """A title word with no clitic or article that ends in the plural's "ن"
    (``LONE_PERSON_INDEFINITE_PLURALS``: "مسلحون", "مسؤولين"): it is
    indefinite and takes no genitive, so no definite adjective qualifies it
    (nationals89)."""
    return (
        not title_hit.prefix
        and not word.startswith(ctx.lone_person_definite)
        and word.endswith(ctx.lone_person_plurals)
    )


def _accusative_noun(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """An indefinite country adjective in the accusative after a word that
    cannot be its noun is a noun itself, one person (agents44ar): an
    adjective agrees with its noun in case and definiteness, so "تونسيا"
    qualifies only an indefinite accusative ("طفلا") or is the adverb of a
    participle ("المدعومة أمريكيا"); after a verb, an adverb of time or a
    nominative ("اعتقلت الشرطة أمس تونسيا", "قتل جنود إسرائيليون
    فلسطينيا") it is the object. Those possible heads end in one of
    ``LONE_PERSON_HEAD_ENDINGS``; a word with the article is read by
    ``_lone_person`` as before."""
    if not _bare_accusative(text, hit, ctx):
        return False
    if not prev or prev.startswith(ctx.lone_person_definite) or prev in ctx.lone_person_copulas:
        return False  # "ليس تونسيا": the predicate of a copula
    return prev.isalpha() and not prev.endswith(ctx.lone_person_head_endings)


def _bare_accusative(text: str, hit: Hit, ctx: Context) -> bool:
    """A country adjective with no clitic or article and the accusative
    ending ("تونسيا"), in a language whose data lists the endings of the
    words it can qualify (agents44ar)."""
    if not ctx.lone_person_head_endings or hit.entry.kind != "state_adj" or hit.prefix:
        return False
    return text[hit.base_end : hit.end] in ctx.lone_person_endings


def _accusative_object(text: str, hit: Hit, ctx: Context) -> bool:
    """An indefinite accusative country adjective is no adjective of the
    title before it when it cannot agree with the title's last word: that
    word is definite ("جنود الاحتلال فلسطينيا") or has none of the endings
    of an indefinite accusative (``_accusative_noun``); it is the object,
    one person of that country (agents44ar)."""
    if not _bare_accusative(text, hit, ctx):
        return False
    prev = previous_word(text, hit.start)
    return prev.startswith(ctx.lone_person_definite) or _accusative_noun(text, hit, prev, ctx)


def _marked_object(text: str, hit: Hit, pending: Pending, ctx: Context) -> bool:
    """A state's or capital's name followed by the object marker
    (``context.OBJECT_MARKERS``, Persian "را", after a space or a ZWNJ) is
    the verb's direct object, so no genitive of the title before it:
    "فرمانده سنتکام ایران را تهدید کرد" threatens Iran (aftertitle61fa).
    Adjectives ("فرمانده ایرانی") and names stay the title's own, and a
    name with no marker after it ("فرمانده نیروی دریایی ارتش ایران") too.
    Only after a title that opens its clause (its subject): after an agent
    noun or a title further on ("حکومت ایران را متهم کردند", "مردم ایران
    را"), the whole phrase with its country is the object."""
    if not ctx.object_markers or hit.entry.kind not in ("state", "capital"):
        return False
    if pending.hit.entry.kind != "role" or not _subject_title(text, pending.hit.start, ctx):
        return False
    rest = text[hit.end : hit.end + 12].lstrip(" \u200c")
    word = rest.split(maxsplit=1)[0] if rest.split() else ""
    return word.rstrip(_PHRASE_BREAKS) in ctx.object_markers


def _subject_title(text: str, start: int, ctx: Context) -> bool:
    """Whether the title at ``start`` opens its clause, alone or after the
    rank and name of its holder ("سرتیپ X فرمانده پلیس", ``ranked_name_opens``)."""
    if _opens_clause(text, start, ctx):
        return True
    before = text[max(0, start - 80) : start]
    lead = max(0, start - 80)
    return ranked_name_opens(
        before, ctx.lang, lambda head: _opens_clause(text, lead + len(head), ctx)
    )


def _opens_clause(text: str, start: int, ctx: Context) -> bool:
    """Whether a title starts its clause: nothing before it but a mark of
    punctuation that ends a sentence, the text's start or a word of
    ``context.CLAUSE_OPENING_WORDS`` ("یک"). Not a comma: a title after
    it is an apposition or follows an adverbial ("، سفیر اتیوپی را احضار
    کرد"), and the phrase is the object."""
    before = text[max(0, start - 40) : start].rstrip(" \u200c")
    if not before or before[-1] in CLAUSE_OPENING_MARKS:
        return True
    last = before.split()[-1]
    return last in ctx.clause_opening_words


def _noun_after_preposition(text: str, hit: Hit, ctx: Context) -> bool:
    """An indefinite country adjective right after a preposition is a noun,
    one person of the country (``_lone_person``), so it is no adjective of a
    title or agent noun before it (agents39ar): in "فتحت الشرطة النار على
    عراقي" the man shot is Iraqi, the police are not."""
    if hit.entry.kind != "state_adj" or not ctx.lone_person_definite:
        return False
    if hit.prefix.endswith(ctx.lone_person_definite) and not _definite_masculine(text, hit, ctx):
        return False  # "عن الفرنسي" is a person too (nationals89)
    return previous_word(text, hit.start) in ctx.lone_person_preps


def _no_noun_after(text: str, hit: Hit, ctx: Context) -> bool:
    """Whether the adjective ends its phrase: a mark or a word of
    ``LONE_PERSON_FOLLOWERS`` (a preposition, a relative pronoun) comes next."""
    rest = text[hit.end : hit.end + 2]
    if not rest.strip() or rest[:1] in ".,;:!?)":
        return True
    return _next_word(text, hit.end).lower() in ctx.lone_person_followers


def _after_town_name(text: str, hit: Hit, last_end: int, ctx: Context) -> bool:
    """The adjective follows a town's head and a name of one or two words the
    lexicon does not know (``context.TOWN_NAME_HEADS``: "في مدينة كيبيك
    الكندية", "ببلدة روبيه الفرنسية"): it tells where the town is, as after
    a known town, so a gunman there is of that country, and the country is
    no side of its own (agents36ar)."""
    if not ctx.town_name_heads:
        return False
    pos = hit.start
    for _ in range(3):
        word = previous_word(text, pos)
        if not word.isalpha():
            return False
        pos = text.rfind(word, 0, pos)
        if pos < last_end:
            return False  # a name the lexicon knows: read there
        if word in ctx.town_name_heads:
            return pos < hit.start - len(word) - 1  # a name stands between
    return False


def _placed_agent(text: str, hit: Hit, pending: Pending | None, ctx: Context) -> bool:
    """An agent noun, a word or two describing it, then a place written with
    a preposition of place glued to it (``context.AGENT_PLACE_PREFIXES``):
    the agent acts there ("المحكمة الابتدائية بتونس", "النقابة الأساسية
    بالقيروان"). Without the describing word the preposition is more often
    the verb's ("نددت الحكومة بإسرائيل"). deploy71ar: troops (``SENT_AGENTS``)
    with a preposition of place, destination or origin in the gap
    (``LOCATION_PREPOSITIONS``, ``DESTINATION_PREPOSITIONS``,
    ``ORIGIN_PREPOSITIONS``) are where they are sent or withdrawn from, not
    of that place: "ستنشر تركيا 200 جندي في قاعدة بالدوحة"
    sends Turkish troops to a base in Doha, as "في الدوحة" does, and
    ``fill_codes`` gives them their sender (or the place, where none is
    named). Only after a verb of sending (``_sent_troops``): soldiers killed
    "في هجوم بسوريا" and other agents there ("متشددين في صبراتة بليبيا",
    "المتمردين في اشتباكات بالهند") are the place's own, left as they were."""
    if pending is None or pending.claimed or pending.hit.entry.kind != "agent":
        return False
    if hit.entry.kind not in ("state", "capital", "city") or not hit.prefix:
        return False
    gap = text[pending.hit.end : hit.start].split()
    return (
        hit.prefix[-1:] in ctx.agent_place_prefixes
        and 1 <= len(gap) <= 2
        and all(w.isalpha() for w in gap)
        and not (
            set(gap) & (ctx.location_preps | ctx.destination_preps | ctx.origin_preps)
            and _sent_troops(text, pending, ctx)
        )
    )


# Characters read before troops for the verb that sends them (a clause's few words).
_SENT_REACH = 200


def _sent_troops(text: str, pending: Pending, ctx: Context) -> bool:
    """Troops (``SENT_AGENTS``) a verb of sending (``SENT_VERBS``, maybe
    after a clitic of ``SENT_CLITICS``: "لنشر", not any first letter:
    ``sending.sending_word``, mendD71) stands shortly before, in their
    clause (``SENT_AGENT_WINDOW`` words, the count and its words of about
    left out: "تستعد تركيا لنشر حوالي 200 جندي"): forces sent somewhere,
    whose country is their sender's, not the place's (deploy71ar)."""
    if pending.agent not in ctx.sent_agents or not ctx.sent_verbs:
        return False
    before = text[max(0, pending.hit.start - _SENT_REACH) : pending.hit.start]
    cut = max(before.rfind(c) for c in CLAUSE_BREAKS | SENTENCE_STOPS)
    words = uncounted(before[cut + 1 :].split(), ctx.sent_counts)
    return any(sending_word(w, ctx.sent_verbs, ctx.sent_clitics) for w in words[-ctx.sent_window :])


def _in_place(text: str, hit: Hit, prev: str, ctx: Context) -> bool:
    """A country after a preposition of place (``context.STATE_PLACE_PREPOSITIONS``),
    maybe through a word of direction ("in northern Syria") or an article
    (``context.PLACE_ARTICLES``: "in the Philippines", "in the southern
    Philippines", as "in Mexico" reads)."""
    preps = ctx.state_place_preps
    if not preps or text.startswith(ctx.possessive_markers, hit.end):
        return False
    if prev in preps:
        return True
    start = hit.start
    if prev in ctx.place_modifiers:
        start = text.rfind(prev, 0, start)
        prev = previous_word(text, start)
        if prev in preps:
            return True
    if prev in ctx.place_articles:
        start = text.rfind(prev, 0, start)
        prev = previous_word(text, start)
    return prev in preps
