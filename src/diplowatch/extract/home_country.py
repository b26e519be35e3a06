"""The article's home country and its datelines.

An article written from a country leaves bare titles ("the minister") and
"our country" to it; a dateline ("ANKARA, Turkey (AP) —") tells where it
was written, not who took part.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from diplowatch.extract.actor_context import Context
from diplowatch.extract.going import gone_to
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit
from diplowatch.text.segment import dateline_spans

_TOKEN = re.compile(r"[^\W\d_][\w'-]*")


def home_code(mentions: list[Mention], ctx: Context, *, text: str, ours: bool = False) -> str:
    """The country an article is written from, or "" when nothing tells: the
    most mentioned of the language's ``context.HOME_CANDIDATES`` (a Persian
    outlet writes from Iran or Afghanistan). Bare titles ("the minister")
    and "our country" belong to it. A text that names none of them and
    does not speak of "our country" (``ours``) gives no home: the spec's
    code is null when the text at hand does not tell. A state named only
    as where someone goes (``going.gone_to``, with ``text``: "از مرز به
    ایران بروند") tells no more where the article is written from than
    whose its officials are (parties107)."""
    named = [m for m in mentions if m.code in ctx.home_candidates]
    # mendA107 (review107b F2): … yet when nothing else names a candidate,
    # the state gone to is where its hosts' bare titles belong
    counts = Counter(m.code for m in named if not (text and _gone_to(text, m, ctx)))
    if not counts:
        counts = Counter(m.code for m in named)
    if not counts and not ours:
        return ""  # nothing in the text tells: titles and agents stay without a country
    if not ctx.home_candidates:
        return ""
    return max(ctx.home_candidates, key=lambda c: (counts[c], -ctx.home_candidates.index(c)))


def _gone_to(text: str, m: Mention, ctx: Context) -> bool:
    """Whether the state ``m`` is named only as where someone goes: a
    country's name only; a town, capital or building gone to ("به مشهد
    رفتند", "به بهارستان رفته‌اند") is inside the country it names
    (mendA107; review107b F3)."""
    if m.kind != "state":
        return False
    preps, going = ctx.destination_verb_preps, ctx.destination_verbs
    return gone_to(text, (m.start, m.end), ctx.destination_markers, preps, going)


def dateline_code(text: str, mentions: list[Mention]) -> str:
    """The country of the dateline place ("سيول - واس:", "BAGHDAD, May 3",
    "عبدالله البرقاوي- سبق- الرياض:"), or "". Police, protesters and other
    agents named with no country act there unless the sentence names
    another place."""
    for m in mentions[:3]:
        if m.kind in ("capital", "city") and m.location_only and m.start < 200:
            line_start = text.rfind("\n", 0, m.start) + 1
            if text[line_start : m.start].strip(" \t\"'«(") == "" or m.dateline:
                return "" if _foreign_story(m, mentions) else m.code
    return ""


def _foreign_story(dateline: Mention, mentions: list[Mention]) -> bool:
    """The dateline is only the outlet's desk ("تهران- ایرنا- معترضان سراسر
    میانمار …"): the text never names its country again and names others.
    Its police and protesters are then not the dateline's (agents22fa)."""
    rest = [m for m in mentions if m is not dateline and m.code and not m.dateline]
    return bool(rest) and all(m.code != dateline.code for m in rest)


def mark_datelines(text: str, mentions: list[Mention]) -> None:
    """Mentions inside a dateline ("ANKARA, Turkey (AP) —", "تهران- ایرنا-",
    ``text.segment.dateline_spans``) name where and by whom the news was
    written: the places become places and the outlets sources, never
    parties. A span counts as a dateline only when it names a city or an
    outlet (a parenthesis or dashes alone also open ordinary sentences);
    one of pieces joined by commas ("TABRIZ, Iran -") only when it opens
    with a city ("Jason Rezaian, an Iranian-American reporter -" is no
    dateline)."""
    spans = dateline_spans(text[:_DATELINE_REACH]) if mentions else []
    for a, b in spans:
        inside = [m for m in mentions if a <= m.start and m.end <= b]
        if not any(m.kind in _DATELINE_PLACES or m.agent == "MED" for m in inside):
            continue
        if _comma_joined(text[a:b]) and not _opens_with_city(text, a, inside):
            continue
        for m in inside:
            m.dateline = True
            if m.kind in _DATELINE_PLACES or m.kind == "state":
                m.location_only, m.strong = True, False
            else:
                m.source = True


_DATELINE_PLACES = ("capital", "city")


def _comma_joined(span: str) -> bool:
    """A dateline of pieces joined by commas, with no outlet in brackets."""
    return "(" not in span and bool(set(span) & {",", "\u060c"})


def _opens_with_city(text: str, start: int, inside: list[Mention]) -> bool:
    """Whether the first mention of a dateline is a city opening it."""
    return (
        bool(inside)
        and inside[0].kind in _DATELINE_PLACES
        and not text[start : inside[0].start].strip(" \t\"'\u00ab(")
    )


def mark_report_places(text: str, mentions: list[Mention], ctx: Context) -> None:
    """The place a report was filed from, named in its lead ("به گزارش
    ایرنا از اهواز،", ``context.REPORT_PLACE_LEADS`` and
    ``REPORT_PLACE_FROM``), is a dateline as "اهواز- ایرنا-" is: police
    and protesters the text places nowhere act there, and the outlet named
    before it is a source. Only a city or a capital closing the lead's
    clause, near the text's start."""
    if not (ctx.report_leads and ctx.report_from):
        return
    for m in mentions[:4]:
        if m.kind not in _DATELINE_PLACES or m.start >= _DATELINE_REACH:
            continue
        lead = _report_lead(text, m, ctx)
        if lead < 0:
            continue
        for x in mentions:
            if lead <= x.start < m.start:
                x.dateline, x.source = True, True
        m.dateline = True
        m.location_only, m.strong = True, False
        return


def _report_lead(text: str, m: Mention, ctx: Context) -> int:
    """Where the report's lead opens whose place ``m`` is, or -1: ``m``
    stands right after the lead's preposition on its line (a head noun
    such as "شهر" may come between), and a comma closes the lead after it."""
    start = text.rfind("\n", 0, m.start) + 1
    line = text[start : m.start]
    words = line.split()
    while words and words[-1] in ctx.location_heads:
        words.pop()
    if not words or words[-1] not in ctx.report_from:
        return -1
    lead = max(line.rfind(cue) for cue in ctx.report_leads)
    closed = text[m.end : m.end + 2].lstrip()[:1] in (",", "\u060c")
    if lead < 0 or not closed or set(line[lead:]) & set(".:\u060c,"):
        return -1
    return start + lead


# Words of an agent's noun phrase at most between it and "our country"
# ("رانندگان کامیون کشورمان"): more and the phrase is seldom one.
_OWNED_GAP = 2

# Datelines open an article; later lines opening with a place and a dash are
# mostly list items or results ("الأهلي - الزمالك:"), and the scan stays short.
_DATELINE_REACH = 400


def phrase_stops(ctx: Context) -> frozenset[str]:
    """Words that end an agent's noun phrase before "our country"
    (``add_home_mentions``): the language's prepositions, conjunctions and
    object markers, gathered once per language (a ``Context`` holds dicts
    and is no cache key; its language is)."""
    stops = _PHRASE_STOPS.get(ctx.lang)
    if stops is None:
        stops = _PHRASE_STOPS[ctx.lang] = (
            ctx.oblique_preps
            | ctx.location_preps
            | ctx.target_preps
            | ctx.topic_preps
            | ctx.conjunctions
            | ctx.object_markers
        )
    return stops


_PHRASE_STOPS: dict[str, frozenset[str]] = {}


def add_home_mentions(
    text: str,
    mentions: list[Mention],
    hits: list[Hit],
    home: str,
    stops: frozenset[str] = frozenset(),
) -> list[Mention]:
    """ "Our country" (``context.OUR_COUNTRY_WORDS``) is the home country.
    Closing the noun phrase of an agent noun with no country ("ارتش
    کشورمان", "پلیس کشورمان", "رانندگان کامیون کشورمان") it is that
    agent's country, as a state's name there would be (``_owned_agent``):
    one actor, not the agent placed by another state its sentence names
    ("… در عراق") beside a second, bare home actor. ``stops``: words that
    end a noun phrase (prepositions, conjunctions, "را")."""
    if not home:
        return mentions
    starts = [m.start for m in mentions]
    added = [
        Mention(hit.start, hit.end, home, "home", True)
        for hit in hits
        if hit.entry.kind == "ours" and not _owned_agent(text, mentions, starts, hit, home, stops)
    ]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _owned_agent(
    text: str,
    mentions: list[Mention],
    starts: list[int],
    hit: Hit,
    home: str,
    stops: frozenset[str] = frozenset(),
) -> bool:
    """Give ``home`` to the agent noun with no country of its own whose noun
    phrase ``hit`` closes (``starts``: the sorted mentions' starts), and say
    whether there was one: right after it, or after at most
    ``_OWNED_GAP`` words of its phrase ("رانندگان کامیون کشورمان", truck
    drivers of our country), none of them a ``stops`` word ("مهاجران به
    کشورمان": migrants to our country), a number or punctuation. A title
    is left alone: it takes the home country on its own
    (``Mention.home_bound``)."""
    i = bisect_right(starts, hit.start - 1) - 1
    if i < 0:
        return False
    m = mentions[i]
    if m.code or not m.agent or m.role or m.kind != "agent":
        return False
    gap = text[m.end : hit.start].split()
    if len(gap) > _OWNED_GAP or any(
        w in stops or not w.replace("\u200c", "").isalpha() for w in gap
    ):
        return False
    m.code, m.end = home, hit.end
    return True


def home_places(text: str, hits: list[Hit], ctx: Context) -> list[Hit]:
    """The hits of "the country" written alone (``context.HOME_NOUNS``) that
    name the home country: not after a word that makes it another one
    (``HOME_NOUN_NOT_AFTER``: "این کشور", "دو کشور", "خارج از کشور",
    "وزارت کشور") or a number, nor before one (``HOME_NOUN_NOT_BEFORE``:
    "کشور همسایه", "کشور های"), a country's name ("کشور عراق") or an
    adjective (a word of four letters or more ending in
    ``HOME_NOUN_ADJECTIVE_ENDINGS``: "کشور اسلامی"; shorter ones are verb
    prefixes). "معلمان سراسر کشور", "مسئولان اقتصادی کشور" are the home's."""
    found = [h for h in hits if h.entry.kind == "home_place"]
    if not found:
        return []
    starts = {h.start for h in hits if h.entry.kind != "home_place"}
    out = []
    for hit in found:
        before = text[max(0, hit.start - 40) : hit.start].split()[-2:]
        if set(before) & ctx.home_not_after or (before and before[-1].isdigit()):
            continue
        rest = text[hit.end : hit.end + 40]
        after = rest.split()[0] if rest[:1].isspace() and rest.split() else ""
        if after in ctx.home_not_before or hit.end + 1 in starts:
            continue
        if len(after) >= 4 and after.endswith(ctx.home_adj_endings):
            continue
        out.append(hit)
    return out


def _dateline(text: str, hit: Hit) -> bool:
    """A capital opening a line and followed by a dash, comma or bracket is
    the dateline ("سيول - واس:", "تهران- ایرنا-", "SEOUL, April 23"): a place."""
    # Look back a little first: on a one-line document, slicing back to the
    # line start for every capital would be quadratic.
    near = max(0, hit.start - 64)
    line_start = text.rfind("\n", near, hit.start) + 1
    if not line_start and near and text[near : hit.start].strip(" \t\"'«(") != "":
        return False
    if not line_start:
        line_start = text.rfind("\n", 0, hit.start) + 1
    if text[line_start : hit.start].strip(" \t\"'«(") != "":
        return False
    rest = text[hit.end : hit.end + 3].lstrip()
    return rest[:1] in ("-", "–", "—", ",", "(", ":", "،")


def opens_dateline(text: str, hit: Hit) -> bool:
    """A place name that is also a word ("كابل" a cable, "مشهد" a scene)
    is the place where it opens a dateline near the text's start: the
    outlet in brackets after it ("كابل (رويترز) -") or between two dashes
    ("مشهد- ایرنا-"). A word opening a line before one dash ("كيف -
    سؤال …") is still the word."""
    if hit.start >= _DATELINE_REACH or not _dateline(text, hit):
        return False
    rest = text[hit.end : hit.end + _OUTLET_REACH].lstrip()
    dashes = ("-", "\u2013", "\u2014")
    return rest[:1] == "(" or (rest[:1] in dashes and any(d in rest[1:] for d in dashes))


# Characters from a dateline's place to the dash closing its outlet ("- ایرنا -").
_OUTLET_REACH = 20


def people_form(text: str, hit: Hit, suffixes: frozenset[str]) -> bool:
    """A plural adjective: its ending ("الكوريين") or, for a listed
    multi-word form, its first word's ("الكوريين الجنوبيين")."""
    if text[hit.base_end : hit.end] in suffixes:
        return True
    base = text[hit.base_start : hit.base_end]
    if " " not in base or hit.end != hit.base_end:
        return False
    first = base.split(" ", 1)[0]
    return any(first.endswith(s) and len(first) > len(s) + 2 for s in suffixes if s)


def _next_word(text: str, pos: int) -> str:
    m = _TOKEN.match(text, pos + 1) if pos < len(text) and text[pos] == " " else None
    return m.group() if m else ""


def main_pair(mentions: list[Mention], title_codes: list[str]) -> tuple[str, ...]:
    """The two actors a document is mostly about (for "the two sides")."""
    counts: Counter[str] = Counter()
    for i, m in enumerate(mentions):
        if m.location_only or not m.code or m.source:
            continue
        counts[m.code] += (2 if m.strong else 1) + (2 if i < 4 else 0)
    for code in title_codes:
        counts[code] += 3
    return tuple(code for code, _ in counts.most_common(2))
