"""Turn actor-layer hits into actor mentions with codes, roles and strength.

A mention is *strong* when it very likely names a participant (a country
name, an organisation, a known person, a capital used as subject, an
adjective right after a title or a head noun such as "الجانب"), and *weak*
when it is more likely a topic or place ("بشأن سوريا", "الأزمة السورية").
Events take strong mentions first and fall back on weak ones.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

import ahocorasick

from diplowatch.extract.scan import Hit
from diplowatch.lang import load
from diplowatch.text.normalize import Normalized, normalize_phrase

NAMED = {"state", "igo", "person"}
# Titles held by one person, after which a name is written; collective ones
# ("النواب", "officials") are not followed by a name.
PERSONAL_ROLES = {
    "head_of_state",
    "head_of_government",
    "party_leader",
    "foreign_minister",
    "minister",
    "deputy_minister",
    "ambassador",
}


@dataclass
class Mention:
    start: int
    end: int
    code: str
    kind: str
    strong: bool
    role: str | None = None
    name: str | None = None
    name_latin: str | None = None
    location_only: bool = False
    name_span: tuple[int, int] | None = None  # in normalised text; mapped back for display


@dataclass(frozen=True)
class Context:
    topic_preps: frozenset[str]
    location_preps: frozenset[str]
    head_nouns: frozenset[str]
    conjunctions: frozenset[str]
    home_candidates: tuple[str, ...]
    sector_scope: frozenset[str]
    title_words: frozenset[str]
    name_stopwords: frozenset[str]
    name_min_tokens: int
    titles_follow_country: bool
    negation_follows: bool
    role_links: frozenset[str]
    role_breaks: frozenset[str]
    location_heads: frozenset[str]
    main_trigger: str


def context(lang: str) -> Context:
    data = load(lang, "context")

    def words(name: str) -> frozenset[str]:
        return frozenset(normalize_phrase(w) for w in getattr(data, name, ()))

    return Context(
        topic_preps=words("TOPIC_PREPOSITIONS"),
        location_preps=words("LOCATION_PREPOSITIONS"),
        head_nouns=words("HEAD_NOUNS_ALL") or words("ACTOR_HEAD_NOUNS"),
        conjunctions=words("CONJUNCTIONS"),
        home_candidates=tuple(getattr(data, "HOME_CANDIDATES", ())),
        sector_scope=words("SECTOR_SCOPE_CUES"),
        title_words=words("SECTOR_TITLE_WORDS"),
        name_stopwords=words("NAME_STOPWORDS"),
        titles_follow_country=getattr(data, "TITLES_FOLLOW_COUNTRY", False),
        negation_follows=getattr(data, "NEGATION_FOLLOWS_TRIGGER", False),
        role_links=words("ROLE_COUNTRY_LINKS"),
        role_breaks=words("ROLE_BREAK_WORDS"),
        location_heads=words("LOCATION_HEAD_NOUNS"),
        name_min_tokens=getattr(data, "NAME_MIN_TOKENS", 2)
        if getattr(data, "NAMES_FOLLOW_TITLES", True)
        else 0,
        main_trigger=getattr(data, "MAIN_TRIGGER", "first"),
    )


def previous_word(text: str, pos: int) -> str:
    """The token right before ``pos`` (punctuation counts as a token)."""
    window = text[max(0, pos - 40) : pos].rstrip()
    if not window:
        return ""
    if not window[-1].isalnum():
        return window[-1]
    i = len(window)
    while i > 0 and window[i - 1].isalnum():
        i -= 1
    return window[i:]


def find_mentions(
    text: str, hits: list[Hit], cue_hits: list[Hit], ctx: Context, ambiguous: frozenset[str]
) -> list[Mention]:
    """Actor mentions in text order (roles attached to the next country word)."""
    cue_ends = {h.end for h in cue_hits if h.entry.kind == "country_cue"}
    mentions: list[Mention] = []
    pending_role: tuple[int, str] | None = None  # (end, role) of a title awaiting its country
    last_role = ""  # a counterpart has the role of the person it mirrors
    last_end = -1
    for hit in hits:
        e = hit.entry
        if e.kind in ("role", "institution", "counterpart"):
            title_role = {"role": e.value, "institution": "", "counterpart": last_role}[e.kind]
            pending_role = (hit.end, title_role)
            prev_m = mentions[-1] if mentions else None
            if (
                ctx.titles_follow_country
                and prev_m is not None
                and text[prev_m.end : hit.start].strip() in ("", "'s", "’s")
            ):
                # "South Korean President", "Japan's foreign minister"
                prev_m.role = prev_m.role or title_role or None
                prev_m.strong = True
                pending_role = None
            last_end = hit.end
            continue
        if e.kind not in NAMED | {"state_adj", "capital", "city"}:
            continue
        base = text[hit.base_start : hit.base_end]
        if base in ambiguous and (
            e.kind != "state" or not any(0 < hit.start - c <= 2 for c in cue_ends)
        ):
            continue  # "کشور مالی" is Mali; "این کشور دوشنبه" is still Monday
        prev = previous_word(text, hit.start)
        if hit.prefix and hit.prefix[-1] in ("ب", "ل") and not prev:
            prev = hit.prefix
        after_title = (
            pending_role is not None
            and hit.start - pending_role[0] <= 25
            # "سفير … لدى كوريا", "ambassador to Korea": the host, not his state
            and not ctx.role_breaks & set(text[pending_role[0] : hit.start].split() + [hit.prefix])
        )
        if after_title and ctx.role_links and pending_role is not None:
            after_title = text[pending_role[0] : hit.start].strip() in ctx.role_links
        role: str | None = pending_role[1] if after_title and pending_role else None
        if e.kind == "person":
            role = e.extra[0]
        mention = Mention(hit.start, hit.end, e.value, e.kind, True, role=role or None)
        if e.kind == "person":
            mention.name = text[hit.base_start : hit.base_end]
            mention.name_span = (hit.base_start, hit.base_end)
            mention.name_latin = e.extra[1] or None
        if e.kind == "city":
            mention.location_only = True
            mention.strong = False
        elif e.kind == "capital":
            if prev in ctx.location_preps or hit.prefix.endswith("ب") or _dateline(text, hit):
                mention.location_only = True
                mention.strong = False
        elif e.kind == "state_adj":
            mention.strong = (
                after_title or prev in ctx.head_nouns or (0 <= hit.start - last_end <= 1)
            )
            following = _next_word(text, hit.end)
            if prev in ctx.location_heads or following in ctx.location_heads:
                # "العاصمة الصينية", "the Laotian capital": a place
                mention.location_only = True
                mention.strong = False
        elif e.kind == "state" and prev in ctx.topic_preps and not after_title:
            mention.strong = False
        mentions.append(mention)
        if mention.role:
            last_role = mention.role
        if e.kind in NAMED or e.kind == "state_adj":
            pending_role = None
        last_end = hit.end
    return mentions


_TOKEN = re.compile(r"[^\W\d_][\w'-]*")


def learn_names(
    ntext: str,
    text: str,
    norm: Normalized,
    mentions: list[Mention],
    ctx: Context,
    word_starts: frozenset[int] = frozenset(),
) -> list[Mention]:
    """Names written right after "title + country" are learnt for the
    document, so later bare mentions of the person count as that state.

    "استقبل الرئيس الكوري لي جاي ميونغ … وقال لي جاي ميونغ" → both KOR. A
    name runs for at most three words and stops at punctuation or a
    function word (``context.NAME_STOPWORDS``) or a lexicon word; English names must be
    capitalised in the original text.
    """
    learnt: dict[str, Mention] = {}
    if not ctx.name_min_tokens:
        return mentions
    for m in mentions:
        if m.role not in PERSONAL_ROLES or m.kind not in ("state_adj", "state") or m.name:
            continue
        tokens: list[tuple[int, int]] = []
        pos = m.end
        for tok in _TOKEN.finditer(ntext, m.end, min(len(ntext), m.end + 60)):
            if (
                ntext[pos : tok.start()].strip()
                or tok.group() in ctx.name_stopwords
                or tok.start() in word_starts  # a known word: title, country, trigger…
            ):
                break
            a, _ = norm.span_to_original(tok.start(), tok.end())
            if text[a].isalpha() and text[a].isascii() and not text[a].isupper():
                break
            tokens.append((tok.start(), tok.end()))
            pos = tok.end()
            if len(tokens) == 3:
                break
        if len(tokens) < ctx.name_min_tokens:
            continue
        name = ntext[tokens[0][0] : tokens[-1][1]]
        a, b = norm.span_to_original(tokens[0][0], tokens[-1][1])
        m.name = text[a:b]
        learnt.setdefault(name, Mention(0, 0, m.code, "person", True, role=m.role, name=m.name))
    if not learnt:
        return mentions
    # One Aho-Corasick pass finds every learnt name, and the overlap test
    # bisects the sorted mention spans: a one-line document with thousands
    # of names and mentions stays O(n log n) (a find() per name and a scan of
    # all mentions per occurrence made it quadratic).
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    reach: list[int] = []  # reach[i]: largest end among taken[: i + 1]
    for _, e in taken:
        reach.append(max(e, reach[-1]) if reach else e)

    def overlaps(start: int, end: int) -> bool:
        i = bisect_left(starts, end)  # spans beginning before ``end``
        return i > 0 and reach[i - 1] > start

    names = list(learnt)
    finder = ahocorasick.Automaton()
    for index, name in enumerate(names):
        finder.add_word(name, index)
    finder.make_automaton()
    found: list[list[Mention]] = [[] for _ in names]
    resume = [0] * len(names)  # like str.find: occurrences of one name never overlap
    for last, index in finder.iter(ntext):
        name = names[index]
        end = last + 1
        start = end - len(name)
        if start < resume[index]:
            continue
        resume[index] = end
        before_ok = start == 0 or not ntext[start - 1].isalnum() or ntext[start - 1] in "وفبل"
        after_ok = end == len(ntext) or not ntext[end].isalnum()
        if before_ok and after_ok and not overlaps(start, end):
            proto = learnt[name]
            found[index].append(
                Mention(start, end, proto.code, "person", True, role=proto.role, name=proto.name)
            )
    added = [m for per_name in found for m in per_name]
    return sorted(mentions + added, key=lambda m: m.start)


def add_home_mentions(
    text: str, mentions: list[Mention], hits: list[Hit], ctx: Context
) -> list[Mention]:
    """Titles with no country next to them, and "our country", mean the
    publisher's own state (``context.HOME_CANDIDATES``: the most mentioned
    candidate, else the first)."""
    if not ctx.home_candidates:
        return mentions
    counts = Counter(m.code for m in mentions if m.code in ctx.home_candidates)
    home = max(ctx.home_candidates, key=lambda c: (counts[c], -ctx.home_candidates.index(c)))
    starts = sorted(m.start for m in mentions)
    ends = sorted(m.end for m in mentions)
    added: list[Mention] = []
    from bisect import bisect_left

    for hit in hits:
        kind = hit.entry.kind
        if kind == "ours":
            added.append(Mention(hit.start, hit.end, home, "home", True))
        elif kind == "role":
            i = bisect_left(starts, hit.end)
            near_after = i < len(starts) and starts[i] - hit.end <= 25
            j = bisect_left(ends, hit.start - 3)
            near_before = j < len(ends) and ends[j] <= hit.start
            if not near_after and not near_before:
                role = hit.entry.value if kind == "role" else None
                added.append(Mention(hit.start, hit.end, home, "home", True, role=role))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


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


def _next_word(text: str, pos: int) -> str:
    m = _TOKEN.match(text, pos + 1) if pos < len(text) and text[pos] == " " else None
    return m.group() if m else ""


def main_pair(mentions: list[Mention], title_codes: list[str]) -> tuple[str, ...]:
    """The two actors a document is mostly about (for "the two sides")."""
    counts: Counter[str] = Counter()
    for i, m in enumerate(mentions):
        if m.location_only:
            continue
        counts[m.code] += (2 if m.strong else 1) + (2 if i < 4 else 0)
    for code in title_codes:
        counts[code] += 3
    return tuple(code for code, _ in counts.most_common(2))
