"""Who reports an event is not a party to it.

News sentences end with their source (", the Chinese defence ministry
said.", ", a senior U.S. official told reporters.") or open with it
("According to state media, …"). Mentions in such a clause are marked
``source``: they never become participants, though they may still tell the
country of an agent named without one ("police arrested 20 people, the
Egyptian interior ministry said").

A trailing clause is one that starts after the last clause break
(``context.CLAUSE_PUNCTUATION``) before a reporting verb
(``status.ATTRIBUTION_CUES``), runs to the next break and holds no event
trigger (otherwise the verb introduces what was said, and its speaker may be
the actor);
"according to" (``context.SOURCE_OPENERS``) runs to the next break.
Languages without these lists mark nothing.

``without_sources`` then drops what the marks cannot: the clause an
"according to" cue opens up to the "that" of what is reported, the media
right after a reporting verb, and weakens the speaker before a bare "that"
("قال مسؤولان إيرانيان إن …"), who is a party only if the report names no
one else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from diplowatch.event_types import having
from diplowatch.extract.actors import Mention
from diplowatch.extract.lexicon import SAYING_KINDS
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.titles import previous_word
from diplowatch.text.breaks import clause_end, clause_start
from diplowatch.text.punctuation import CLAUSE_BREAKS
from diplowatch.text.words import space_end, words_after

# Deeds of force and the like: their speaker is left out elsewhere.
_DEEDS = having("deed")
# The type of a meeting named in a speaker's own clause (``_own_meeting``).
_MEETING = "CONSULT"


def source_spans(
    ntext: str,
    start: int,
    end: int,
    cues: Sequence[Hit],
    triggers: Sequence[Hit],
    breaks: frozenset[str],
    openers: frozenset[str],
    subordinators: frozenset[str] = frozenset(),
    participles: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Spans of the sentence ``[start, end)`` that name its sources; a
    source clause also ends where a subordinate clause opens ("… told
    reporters after the two sides met"). The clause right after an opening
    participle (``participles``: "Accusing Iran of …, the minister said …")
    names the participle's own subject: no source."""
    breaks = _clause_ends(breaks, subordinators)
    if not breaks:
        return []
    spans: list[tuple[int, int]] = []
    opener = _opening_participle(ntext, start, end, triggers, participles, breaks)
    for cue in cues:
        if cue.entry.kind != "attribution":
            continue
        phrase = ntext[cue.base_start : cue.base_end]
        if phrase in openers:
            stop = _next_break(ntext, cue.end, end, breaks)
            spans.append((cue.start, stop))
            continue
        clause = _last_break(ntext, start, cue.start, breaks)
        if clause is None or clause == opener:
            continue  # "X said that …": the speaker may be the actor
        stop = _next_break(ntext, cue.end, end, breaks)
        if any(clause <= t.start < stop for t in triggers):
            continue  # "…, Iran said it had seized a tanker": content follows
        spans.append((clause, stop))
    return spans


@lru_cache(maxsize=8)
def _clause_ends(breaks: frozenset[str], subordinators: frozenset[str]) -> frozenset[str]:
    """The breaks that end a source clause, the subordinators (spaced) among
    them: the same two sets of a language every sentence, joined once
    (speed74a: they were joined per sentence)."""
    return breaks | {f" {w} " for w in subordinators}


def _opening_participle(
    ntext: str,
    start: int,
    end: int,
    triggers: Sequence[Hit],
    endings: frozenset[str],
    breaks: frozenset[str],
) -> int | None:
    """The break that closes the sentence's opening participial clause, if
    one of ``triggers`` opens it (``participle_break``)."""
    for t in triggers:
        stop = participle_break(ntext, start, end, t, endings, breaks)
        if stop is not None:
            return stop
    return None


def participle_break(
    ntext: str,
    start: int,
    end: int,
    trig: Hit,
    endings: frozenset[str],
    breaks: frozenset[str],
) -> int | None:
    """The break that closes an opening participial clause ("Condemning
    Israel, the president said …"): ``trig`` is the sentence's first word
    and ends in a participle ending (``context.OPENING_PARTICIPLE_ENDINGS``);
    its subject is the main clause's, after that break. None otherwise."""
    word = ntext[trig.start : trig.end]
    if not endings or ntext[start : trig.start].strip() or not word.endswith(tuple(endings)):
        return None
    stop = _next_break(ntext, trig.end, end, breaks)
    return stop if stop < end else None


def mark_sources(mentions: list[Mention], spans: list[tuple[int, int]]) -> None:
    if not spans:  # most sentences cite no source
        return
    for m in mentions:
        if any(a <= m.start < b for a, b in spans):
            m.source = True


def _breaks_in(ntext: str, lo: int, hi: int, breaks: frozenset[str]) -> list[int]:
    """Offsets of clause breaks in ``[lo, hi)``; a comma grouping digits
    ("3,000") is none."""
    out: list[int] = []
    for b in breaks:
        i = ntext.find(b, lo, hi)
        while i >= 0:
            if not _digit_comma(ntext, i):
                out.append(i)
            i = ntext.find(b, i + 1, hi)
    return sorted(out)


def _last_break(ntext: str, lo: int, hi: int, breaks: frozenset[str]) -> int | None:
    found = _breaks_in(ntext, lo, hi, breaks)
    return found[-1] if found else None


def _next_break(ntext: str, lo: int, hi: int, breaks: frozenset[str]) -> int:
    found = _breaks_in(ntext, lo, hi, breaks)
    return found[0] if found else hi


def _digit_comma(ntext: str, i: int) -> bool:
    return (
        ntext[i] == ","
        and 0 < i < len(ntext) - 1
        and ntext[i - 1].isdigit()
        and ntext[i + 1].isdigit()
    )


def without_sources(
    s: Sentence,
    ntext: str,
    cited: list[Hit],
    agents: frozenset[str],
    conj: frozenset[str] = frozenset(),
    subject_openers: frozenset[str] = frozenset(),
    markers: frozenset[str] = frozenset(),
    addressees: frozenset[str] = frozenset(),
    own_country: frozenset[str] = frozenset(),
    relays: frozenset[str] = frozenset(),
    owned_sources: frozenset[str] = frozenset(),
    source_heads: frozenset[str] = frozenset(),
    appositions: frozenset[str] = frozenset(),
    name_heads: frozenset[str] = frozenset(),
    tellers: frozenset[str] = frozenset(),
    anaphors: frozenset[str] = frozenset(),
    kinds: frozenset[str] = frozenset(),
) -> list:
    """Mentions that are not the source of the report: from a source cue
    ("according to", "وفق ما أورده", "به گزارش") to the end of its clause or
    the "that" opening what is reported (``status.COMPLEMENTIZER_CUES``),
    actors are cited, not parties; the media (``agents.CITED_AGENTS``) right
    after a reporting verb ("ذكرت صحيفة", "reported the newspaper") and the
    country words naming them are at most topics; ``appositions`` open a
    description of the cited medium after its comma (``apposition_end``);
    ``name_heads`` may open a medium's name before its media word
    (``_source_end``); the ``tellers`` named after an announcement opener
    are cited too (``_announced``), unless one of the ``anaphors`` takes
    them up again as what the deed strikes."""
    stops = sorted(c.start for c in s.cues if c.entry.kind.endswith("complementizer"))
    _mark_reporting_media(s, ntext, agents, conj)
    zones, media = _cited_spans(s, ntext, cited, stops, name_heads)
    circulated = _circulating(s, ntext, cited)
    media, relaying = _relayed(media, ntext, relays)
    zones += _channels(s, agents, ntext, markers) + addressed_media(s, ntext, agents, addressees)
    speakers = _speakers(s, stops, ntext, own_country, agents) + _before_reported_subject(
        s, ntext, subject_openers, markers, addressees
    )
    zones += _announced(s, ntext, cited, name_heads, tellers)
    taken_up = _taken_up(s, ntext, zones, tellers, (anaphors, kinds)) if anaphors and zones else []
    owners = _source_owners(s, ntext, owned_sources) + headed_owners(s, ntext, source_heads)
    if appositions and zones:
        described = _described(s, ntext, zones, appositions)
        # the owner is cited with its medium; a country word in it stays a
        # topic that may tell the country of the report ("… در ایران")
        zones += [(m.start, m.end) for m in described if m.agent]
        owners += [m for m in described if not m.agent]
    owners += [m for m in s.mentions if any(a <= m.start < b for a, b in circulated)]
    kept = _kept(s.mentions, owners, zones, speakers, (media, relaying), agents)
    return sorted(kept + taken_up, key=lambda m: m.start) if taken_up else kept


def _kept(
    mentions: list[Mention],
    owners: list[Mention],
    zones: list[tuple[int, int]],
    speakers: list[tuple[int, int]],
    media: tuple[list[tuple[int, int]], list[tuple[int, int]]],
    agents: frozenset[str],
) -> list[Mention]:
    """``mentions`` without those cited in ``zones``; the sources' owners,
    the speakers and the media (and the medium's country) weakened to topics
    (``media``: the media's spans, and those of media that relay a quote)."""
    spans, relaying = media
    kept = []
    # each list read only when it holds something: most sentences cite no one
    for m in mentions:
        if owners and any(m is o for o in owners):
            # whose sources: a topic, the country of what they tell, never a
            # side of it, not even a weak one ("مصدر عسكري عراقي … مقتل")
            m.strong, m.topic = False, True
        elif zones and any(a <= m.start < b for a, b in zones):
            continue
        if speakers and any(a <= m.start < b for a, b in speakers):
            m.strong = False  # a party only if the report names no one else
        if spans and any(a <= m.start < b for a, b in spans):
            if m.location_only:
                continue
            # the medium and its country: at most a topic ("قالت صحيفة أمريكية");
            # a state agency's country often is a party of what it reports
            m.strong = False
            if m.agent in agents:
                m.agent = None
            m.source = m.source or any(a <= m.start < b for a, b in relaying)
        kept.append(m)
    return kept


def _source_owners(s: Sentence, ntext: str, owned: frozenset[str]) -> list[Mention]:
    """agents33ar: the state adjective written right after a source cue that
    names a kind of source ("مصادر أمنية مصرية", "مصدر عسكري عراقي",
    ``context.OWNED_SOURCES``): whose sources they are. The sources report and
    take no part, but their state is that of the police or the army the
    report names with no country of its own, as "Egyptian security sources
    said police arrested …" reads; dropped with the source, the report's
    agents lost every country."""
    if not owned:
        return []
    out = []
    for cue in s.cues:
        if cue.entry.kind != "source" or ntext[cue.start : cue.end] not in owned:
            continue
        nxt = next((m for m in s.mentions if m.start >= cue.end), None)
        if nxt is not None and nxt.kind == "state_adj" and not ntext[cue.end : nxt.start].strip():
            out.append(nxt)
    return out


# Cue kinds that make a sentence a report: a verb of saying, "according to".
_REPORT_KINDS = frozenset({"reporting", "attribution", "source"})


def headed_owners(s: Sentence, ntext: str, heads: frozenset[str]) -> list[Mention]:
    """sides45: the state adjective (one word) after a source noun (``context.SOURCE_HEADS``:
    "مصادر عراقية", "منابع عراقی", "منابع امنیتی عراقی", at most one word of
    its kind between, itself no mention) in a sentence that reports (a verb
    of saying or a source cue): whose sources they are, as
    ``_source_owners`` reads the listed kinds. A source reports the deed and
    does not do it; its state keeps the topic's weight only (the country of
    police named bare), never a side of the deed it tells."""
    if not heads or not any(c.entry.kind in _REPORT_KINDS for c in s.cues):
        return []
    out = []
    for m in s.mentions:
        if m.kind != "state_adj" or " " in ntext[m.start : m.end].strip():
            continue  # the adjective alone: "وزارة الدفاع الأمريكية" is a body
        lead = ntext[max(s.start, m.start - _HEAD_REACH) : m.start].split()[-2:]
        right_after = bool(lead) and lead[-1] in heads
        kind_between = (
            len(lead) == 2 and lead[0] in heads and not _mention_between(s, m, lead[1], ntext)
        )
        if right_after or kind_between:
            out.append(m)
    return out


# Characters before a state adjective searched for a source noun.
_HEAD_REACH = 40


def medium_name_owners(mentions: list[Mention], ntext: str, heads: frozenset[str]) -> None:
    """speakers79ar: a state named right after the head of a medium's name
    (``context.MEDIUM_NAME_HEADS``, one word or two: "في تصريح لوكالة تونس
    افريقيا للأنباء", "ذكرت وكالة أنباء البحرين", "خبرگزاری رسمی کره
    شمالی") is part of that name: the agency tells or hears the report and
    does no deed in it, so its state is weakened to a topic, as a source's
    owner is (``headed_owners``). It keeps the topic's weight: the
    agency's state may still be the country of agents named bare ("قالت
    وكالة الجمهورية الإسلامية الإيرانية للأنباء إن سفنا تابعة للبحرية
    ستشارك")."""
    if not heads:
        return
    for m in mentions:
        if m.kind != "state" or m.agent or m.role or m.prefix:
            continue
        lead = ntext[max(0, m.start - _HEAD_REACH) : m.start].split()[-2:]
        if lead and (lead[-1] in heads or " ".join(lead) in heads):
            m.strong, m.topic = False, True


def _mention_between(s: Sentence, m: Mention, word: str, ntext: str) -> bool:
    """Whether the word right before ``m`` (between it and the source noun)
    is part of some mention: then it is no kind of source but an actor."""
    at = ntext.rfind(word, max(s.start, m.start - _HEAD_REACH), m.start)
    return any(x is not m and x.start < m.start and x.end > at for x in s.mentions)


def _cited_spans(
    s: Sentence,
    ntext: str,
    cited: list[Hit],
    stops: list[int],
    heads: frozenset[str] = frozenset(),
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans after a source cue (its actors are cited, not parties) and spans
    of a medium right after a reporting verb (at most a topic), each to the
    end of its clause or the "that" opening what is reported (``stops``)."""

    def zone_end(pos: int, limit: int) -> int:
        stop = min(next((x for x in stops if x >= pos), limit), limit, s.end)
        return clause_end(ntext, pos, stop, CLAUSE_BREAKS)

    zones: list[tuple[int, int]] = []
    media: list[tuple[int, int]] = []
    for cue in s.cues:
        if cue.entry.kind == "source":
            stop = zone_end(cue.end, s.end)
            zones.append((cue.start, _source_end(s, cue, cited, stop, (ntext, heads))))
        elif cue.entry.kind in _REPORTING:  # a medium's own verbs too (bystander101)
            medium = next((h for h in cited if 0 <= h.start - cue.end <= 2), None)
            if medium is not None:
                # what is told starts at its deed's noun (bystander101)
                told = min((t.start for t in s.triggers if t.start >= medium.end), default=s.end)
                media.append((cue.start, zone_end(medium.end, min(medium.end + 40, told))))
    return zones, media


def _circulating(s: Sentence, ntext: str, cited: list[Hit]) -> list[tuple[int, int]]:
    """mendC102: the mentions of a medium right after a verb of its own
    (``status.MEDIUM_SAYING_CUES``: "تناقلت وسائل إعلام عراقية خبر اعتقال
    …"): media that circulate a deed only pass it on, so neither they nor
    the country their adjective names are its sides; unlike "ذكرت", whose
    state agency's country often is a party of what it reports."""
    spans = []
    for cue in s.cues:
        if cue.entry.kind != "medium_saying":
            continue
        medium = next((h for h in cited if 0 <= h.start - cue.end <= 2), None)
        if medium is None:
            continue
        end = medium.end
        for m in s.mentions:
            if medium.start <= m.start and not ntext[end : m.start].strip():
                end = max(end, m.end)  # the medium's mention, its country adjective
        spans.append((medium.start, end))
    return spans


def _described(
    s: Sentence, ntext: str, zones: list[tuple[int, int]], appositions: frozenset[str]
) -> list[Mention]:
    """reporters73: the mentions in the apposition after a cited source's
    clause (``apposition_end``): the medium's owner ("ارگان خبری مجموعه
    فعالان حقوق بشر در ایران") and the words that place it."""
    spans = [(b, apposition_end(s, ntext, b, appositions)) for _, b in zones]
    return [m for m in s.mentions if any(a < m.start < b for a, b in spans if b > a)]


# The commas that set an apposition off (Latin and Arabic script).
_APPOSITION_COMMAS = frozenset(",،")


def apposition_end(s: Sentence, ntext: str, end: int, appositions: frozenset[str]) -> int:
    """reporters73: a cited source's clause closed by a comma goes on over an
    apposition that describes the medium ("به گزارش خبرگزاری هرانا، ارگان
    خبری مجموعه فعالان حقوق بشر در ایران، …", "according to Fars, close to
    the Revolutionary Guards, …"): whose organ it is, or whom it is close to,
    is its owner, no side of the report. It ends at the next break, and only
    when no event word stands in it (then it is what is reported)."""
    if end >= s.end or ntext[end] not in _APPOSITION_COMMAS:
        return end
    start = space_end(ntext, end + 1)
    if not ntext.startswith(tuple(appositions), start):
        return end
    stop = clause_end(ntext, start, s.end, CLAUSE_BREAKS)
    if any(start <= t.start < stop for t in s.triggers):
        return end
    return stop


def _relayed(
    media: list[tuple[int, int]], ntext: str, relays: frozenset[str]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The media spans cut at the preposition of whom the medium quotes
    (``relays``: "نقلت وكالة الأنباء الفرنسية عن وزير الخارجية البريطاني
    قوله إن بلاده …": the minister is the speaker, no part of the agency's
    name), and those of them that relay: a medium that only passes on
    another's words is no party at all, nor is its country."""
    cut, relaying = [], []
    for a, b in media:
        end = _relay_at(ntext, a, b, relays)
        cut.append((a, end))
        if end < b:
            relaying.append((a, end))
    return cut, relaying


def _relay_at(ntext: str, start: int, limit: int, relays: frozenset[str]) -> int:
    """Where the first preposition of relay (``relays``) stands between
    ``start`` and ``limit`` (a word of its own), or ``limit``."""
    if not relays:
        return limit
    pos = start
    for word in ntext[start:limit].split(" "):
        if word in relays:
            return pos
        pos += len(word) + 1
    return limit


def _channels(
    s: Sentence, agents: frozenset[str], ntext: str = "", markers: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """ "در گفت‌وگو با روزنامه «ایران» گفت …", "in an interview with CNN",
    "في حديث لصحيفة …": the medium a speaker talks through
    (``status.CHANNEL_CUES``, then a mention of a cited agent right after)
    is the channel of the statement, never a party to what is said; with it
    goes the name written right after it (the paper's title, its country),
    unless an object marker follows that name ("در مصاحبه با بی‌بی‌سی ترکیه را
    متهم کرد": whom the speaker accuses)."""
    spans = []
    for cue in s.cues:
        if cue.entry.kind != "channel":
            continue
        medium = next(
            (
                m
                for m in s.mentions
                if m.agent in agents and 0 <= m.start - cue.end <= _SOURCE_NAME_GAP
            ),
            None,
        )
        if medium is None:
            continue
        named = [
            m
            for m in s.mentions
            if _names_medium(m, medium) and not _object_marked(m, ntext, markers)
        ]
        end = max([medium.end] + [m.end for m in named])
        spans.append((medium.start, end))
    return spans


def addressed_media(
    s: Sentence, ntext: str, agents: frozenset[str], markers: frozenset[str]
) -> list[tuple[int, int]]:
    """ "قال مسؤول لوكالة الصحافة الفرنسية إن …", "یک مقام به خبرگزاری فرانسه
    گفت …", "an official told AFP that …": the medium a statement is told to
    (right after an addressee marker, ``context.ADDRESSEE_MARKERS``, in the
    clause of a verb of saying with no deed between) is the channel of the
    report, as the medium of an interview (``_channels``): no party, and its
    country is not the country of the agents the report names."""
    spans = []
    for m in s.mentions:
        if m.agent not in agents or not _after_marker(m, ntext, markers):
            continue
        if not any(
            _same_clause(ntext, cue, m, s.triggers)
            for cue in s.cues
            if cue.entry.kind in _MEDIUM_SAYING
        ):
            continue
        named = [x for x in s.mentions if _names_medium(x, m)]
        spans.append((m.start, max([m.end] + [x.end for x in named])))
    return spans


# Cue kinds of a verb of saying: "reporting" (Arabic, Persian), "attribution"
# ("told"); "medium_saying" (reporters73) is read for the medium alone.
_SAYING = SAYING_KINDS
_MEDIUM_SAYING = _SAYING | {"medium_saying"}
# The cue kinds of a verb of saying whose subject may be a reporting medium.
_REPORTING = frozenset({"reporting", "medium_saying"})


def _after_marker(m: Mention, ntext: str, markers: frozenset[str]) -> bool:
    """The mention stands right after an addressee marker, or opens with one
    glued to it ("لصحيفة الغارديان")."""
    first = ntext[m.start : m.end].split(maxsplit=1)
    return previous_word(ntext, m.start) in markers or (bool(first) and first[0] in markers)


def _same_clause(ntext: str, cue: Hit, m: Mention, triggers: Sequence[Hit]) -> bool:
    """The reporting cue and the mention share a clause (no break between,
    before or after it as the language puts its verb) and no deed stands
    between them."""
    lo, hi = (cue.end, m.start) if cue.end <= m.start else (m.end, cue.start)
    if lo > hi or any(ch in CLAUSE_BREAKS for ch in ntext[lo:hi]):
        return False
    return not any(lo <= t.start < hi for t in triggers)


def _mark_reporting_media(
    s: Sentence, ntext: str, agents: frozenset[str], conj: frozenset[str]
) -> None:
    """ "رسانه‌های محلی از وقوع یک انفجار خبر دادند", "روزنامه گاردین گزارش
    داد که …", "local media reported that …": a medium that opens the clause
    of a verb of saying is the source of the report, no party to the deed
    told in it (whose noun may stand between, as Persian puts the object
    before the verb). A deed the medium does itself is a verb of its own
    joined to the verb of saying ("روزنامه … از دولت انتقاد کرد و نوشت"):
    then it stays."""
    for cue in s.cues:
        if cue.entry.kind not in _REPORTING:
            continue
        start = clause_start(ntext, s.start, cue.start, CLAUSE_BREAKS)
        before = [m for m in s.mentions if start <= m.start and m.end <= cue.start]
        if not before or before[0].agent not in agents or before[0].role:
            continue
        medium = before[0]
        if any(
            medium.end <= t.start < cue.start and _joined(ntext[t.end : cue.start], conj)
            for t in s.triggers
        ):
            continue
        for m in before:
            if m is medium or _names_medium(m, medium):
                m.source = True


def _object_marked(m: Mention, ntext: str, markers: frozenset[str]) -> bool:
    """An object marker (``context.OBJECT_MARKERS``) follows ``m``: it is
    the object of the clause's verb, no part of a name before it."""
    after = ntext[m.end : m.end + 12].split()[:1]
    return bool(after) and after[0] in markers


def _names_medium(m: Mention, medium: Mention) -> bool:
    """A country written right after a medium is its title or its home
    ("روزنامه «ایران»", "رسانه‌های سوریه"), not a second actor."""
    return m.kind == "state" and not m.agent and 0 <= m.start - medium.end <= _SOURCE_NAME_GAP


def _joined(gap: str, conj: frozenset[str]) -> bool:
    """A conjunction joins a deed to the verb of saying right after it
    ("انتقاد کرد و نوشت", "criticised … and wrote"): a few words at most."""
    words = gap.split()
    return len(words) <= _JOINED_WORDS and not conj.isdisjoint(words)


# Words between a deed and the verb of saying joined to it ("کرد و").
_JOINED_WORDS = 3


# The source is named right after its cue (at most a space between).
_SOURCE_NAME_GAP = 2
# A medium's name may follow its head noun after an adjective ("رسمی").
_MEDIUM_NAME_GAP = 12


def _source_end(
    s: Sentence,
    cue: Hit,
    cited: list[Hit],
    stop: int,
    heads: tuple[str, frozenset[str]] = ("", frozenset()),
) -> int:
    """Where the clause of an "according to" cue ends when no comma closes it
    before the deed ("به نوشته نیویورک تایمز چین … موافقت کرده است",
    "according to police three men were killed"): only the source named
    right after the cue — or after a medium word there ("به گزارش
    خبرگزاری رسمی عراق") — is cited, the rest of the clause is the report.
    media96: the media word may come after the head of the medium's name
    (``heads``: the text and ``context.MEDIUM_NAME_HEADS``; "وبحسب وكالة
    الصحافة الفرنسية دعا …": AFP was read as the caller)."""
    if not any(cue.end <= t.start < stop for t in s.triggers):
        return stop
    end, gap = cue.end, _SOURCE_NAME_GAP
    medium = next((h for h in cited if 0 <= h.start - end <= gap), None)
    if medium is None and heads[1]:
        head_end = _name_head_end(heads[0], end, heads[1])
        medium = next((h for h in cited if 0 <= h.start - head_end <= gap), None)
    if medium is not None:
        end, gap = medium.end, _MEDIUM_NAME_GAP
    after = [m for m in s.mentions if 0 <= m.start - end <= gap]
    first = min(after, key=lambda m: m.start, default=None)
    return min(first.end if first is not None else end, stop)


def _name_head_end(ntext: str, pos: int, heads: frozenset[str]) -> int:
    """The end of the word right after ``pos`` when it heads a medium's
    name ("وكالة" of "وكالة الصحافة الفرنسية"), else ``pos``."""
    word = ntext[pos : pos + 24].split(maxsplit=1)[:1]
    if not word or word[0] not in heads:
        return pos
    return ntext.index(word[0], pos) + len(word[0])


def _speakers(
    s: Sentence,
    stops: list[int],
    ntext: str,
    own_country: frozenset[str] = frozenset(),
    media: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """ "قال مسؤولان إيرانيان إن طهران أرسلت …": who says that someone did
    something is the source, not a party, unless the report names no one
    else. The speaker stands in the clause of a reporting verb, before a bare
    "that" (``status.COMPLEMENTIZER_CUES``; "that he", bound to a pronoun,
    refers back to the speaker, who is then the actor): after the verb in
    Arabic ("قال مسؤولان … إن"), before it in English or Persian. So does
    his own country right after the "that" (``own_country``: "قال وزير
    الخارجية العماني إن بلاده تتوسط بين إيران والولايات المتحدة"; extra31)."""
    bare = {c.start for c in s.cues if c.entry.kind == "complementizer"}
    zones = []
    for cue in s.cues:
        if cue.entry.kind != "reporting":
            continue
        stop = next((x for x in stops if x >= cue.end), None)
        if stop is None or stop not in bare:
            continue
        if _word_after_cue(s, stop, ntext) in own_country and any(
            t.start > stop for t in s.triggers
        ):
            continue  # "إن بلاده تتوسط …": the deed reported is his country's
        if _own_meeting(s, cue.end, stop, media):
            continue
        start = clause_start(ntext, s.start, cue.start, CLAUSE_BREAKS)
        zones.append((start, stop))
    return zones


def _announced(
    s: Sentence,
    ntext: str,
    cited: list[Hit],
    heads: frozenset[str],
    tellers: frozenset[str],
) -> list[tuple[int, int]]:
    """bystander105: the spans of the tellers (``agents.TELLING_AGENTS``: a
    medium, a rights group) named after an announcement opener
    (``status.ANNOUNCER_CUES``: "طبق اعلام عفو بین‌الملل، پلیس … بازداشت
    کرد", "as announced by Human Rights Watch, police arrested …"): they tell
    the deed, no side of it. The opener's reach runs to the clause's break,
    or over the name right after the cue where the report follows with no
    break (``_source_end``). Other announcers stay: an army or a ministry
    often tells its own deed ("بنا بر اعلام ارتش اسرائیل، سربازان …
    بازداشت کردند"; the speaker is weakened by ``_speakers`` only before a
    bare "that")."""
    spans = []
    for cue in s.cues:
        if cue.entry.kind != "announcer" or not tellers:
            continue
        stop = clause_end(ntext, cue.end, s.end, CLAUSE_BREAKS)
        end = _source_end(s, cue, cited, stop, (ntext, heads))
        spans += [
            (m.start, m.end) for m in s.mentions if cue.end <= m.start < end and m.agent in tellers
        ]
    return spans


def _taken_up(
    s: Sentence,
    ntext: str,
    zones: list[tuple[int, int]],
    tellers: frozenset[str],
    words: tuple[frozenset[str], frozenset[str]],
) -> list[Mention]:
    """mend106 (review105a F3): a lone teller (``agents.TELLING_AGENTS``)
    cited in a source's or an announcer's zone and taken up again after it
    by one of the ``anaphors`` ("As reported by Amnesty, police raided its
    offices", "طبق اعلام عفو بین‌الملل، ماموران به دفتر این سازمان یورش
    بردند", "وبحسب منظمة العفو، داهمت الشرطة مكاتب المنظمة") is what the
    deed strikes: a copy of it stands where the anaphor does, read as any
    side written there. Not where the anaphor's words name someone already,
    nor past another agent or noun of the teller's kind (mendD106: the
    second of ``words``, "منظمة", "سازمان", "organisation")."""
    anaphors, kinds = words
    told = [(m, b) for m in s.mentions for a, b in zones if a <= m.start < b and m.agent in tellers]
    if len({id(m) for m, _ in told}) != 1:
        return []
    teller, end = told[0]
    at = _anaphor_at(ntext, end, s.end, anaphors)
    if at is None or any(m.start < at[1] and at[0] < m.end for m in s.mentions):
        return []
    # mendD106 (review106b F4): another of its kind between the teller and
    # the anaphor ("داهمت الشرطة مقر منظمة حقوقية وأغلقت مكاتب المنظمة") is
    # what the anaphor takes up, not the teller
    if any(end <= m.start and m.end <= at[0] and m.agent == teller.agent for m in s.mentions):
        return []
    if kinds and _anaphor_at(ntext, end, at[0], kinds) is not None:
        return []
    return [replace(teller, start=at[0], end=at[1])]


def _anaphor_at(ntext: str, lo: int, hi: int, anaphors: frozenset[str]) -> tuple[int, int] | None:
    """The span of the first of ``anaphors`` written as whole words between
    ``lo`` and ``hi``."""
    best: tuple[int, int] | None = None
    for phrase in anaphors:
        at = ntext.find(phrase, lo, hi)
        while at >= 0:
            end = at + len(phrase)
            whole = (at == 0 or not ntext[at - 1].isalnum()) and (
                end >= len(ntext) or not ntext[end].isalnum()
            )
            if whole:
                if best is None or at < best[0]:
                    best = (at, end)
                break
            at = ntext.find(phrase, at + 1, hi)
    return best


def _own_meeting(s: Sentence, lo: int, stop: int, media: frozenset[str]) -> bool:
    """Whether the speaker's own clause names a meeting before the "that"
    and what follows the "that" tells no event: "وقال وزير الخارجية
    المصري خلال لقائه مع نظيره الألماني إن العلاقات متينة", "أكد الرئيس
    خلال اتصال هاتفي مع الرئيس الفرنسي أن …". The speaker and whom he
    meets are then that meeting's sides, not tellers, and stay strong
    (weakened, the guest kept only his country); talks the report names
    ("… إن المحادثات كانت بناءة") are that meeting. Where the report tells
    another event of its own, its speaker stays its teller: a strong speaker and
    guest would be read as sides of what he reports ("… أن هذه المساعدات
    …"), and a deed in his clause is news he reacts to, left to the deed
    rules. A talk with the press (a mention of a ``media`` agent: "في
    مقابلة مع وكالة …") is an interview, where he only tells."""
    if any(t.start > stop and t.entry.value != _MEETING for t in s.triggers):
        return False
    if any(lo <= m.start < stop and m.agent in media for m in s.mentions):
        return False
    return any(lo <= t.start < stop and t.entry.value == _MEETING for t in s.triggers)


def _word_after_cue(s: Sentence, at: int, ntext: str) -> str:
    """The word right after the cue that starts at ``at``."""
    cue = next((c for c in s.cues if c.start == at), None)
    if cue is None:
        return ""
    words = ntext[cue.end : cue.end + 20].split()
    return words[0] if words else ""


def _before_reported_subject(
    s: Sentence,
    ntext: str,
    openers: frozenset[str],
    markers: frozenset[str],
    addressees: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """ "پنتاگون اعلام کرد (که) وزیر دفاع آمریکا با همتای اسرائیلی خود
    گفت‌وگو کرد", "the Pentagon said the US defense secretary spoke with …":
    where the speaker stands before the reporting verb and what is reported
    opens with its own subject (an office or body right after the verb and
    its ``openers``, no object marked by ``markers``), the speaker tells the
    event, it is no party of it unless the report names no one else. A
    report without its own subject ("ایران اعلام کرد با عراق توافق کرده")
    keeps its speaker as the actor. A reported deed is left alone: its
    speaker is already out of the report's pool (``quote_opening.quote_start``),
    and a weakened one would lend its country to the deed's nameless
    victims ("… اعلام کرد که ارتش روسیه یک بیمارستان را بمباران کرد")."""
    if not openers or not s.triggers:
        return []
    zones = []
    last = max(t.start for t in s.triggers)
    for cue in s.cues:
        # speed70b: the report's subject stands at or after the cue's end, and
        # a zone needs a trigger after the subject: none after the cue, none
        if cue.entry.kind not in ("reporting", "attribution") or last < cue.end:
            continue
        start = clause_start(ntext, s.start, cue.start, CLAUSE_BREAKS)
        speakers = {
            m.code for m in s.mentions if start <= m.start and m.end <= cue.start and m.code
        }
        at = _after_words(ntext, cue.end, openers)
        if ntext[cue.start : cue.end] in addressees:
            at = _past_addressee(ntext, at, openers)
        subject = _subject_at(s, ntext, at, markers, speakers)
        reported = [t for t in s.triggers if subject is not None and t.start >= subject.end]
        if not reported or any(t.entry.value in _DEEDS for t in reported):
            continue
        zones.append((start, cue.start))
    return zones


# Words at most of the name of whom a statement is told to ("told The
# Guardian that").
_ADDRESSEE_WORDS = 3


def _past_addressee(ntext: str, pos: int, openers: frozenset[str]) -> int:
    """Past whom the words are told to, after a verb of telling ("told
    Reuters that Turkey had …"): a short name the report's opener follows
    ("that") is the addressee, and the report's subject comes after it."""
    words = ntext[pos : pos + 60].split(" ")[: _ADDRESSEE_WORDS + 1]
    for n, word in enumerate(words[1:], start=1):
        if any(c in CLAUSE_BREAKS for c in word):
            return pos
        if word in openers:
            return _after_words(ntext, pos + len(" ".join(words[:n])), openers)
    return pos


def _after_words(ntext: str, pos: int, words: frozenset[str]) -> int:
    """Where the text after ``pos`` goes on past spaces and ``words``."""
    while True:
        pos = space_end(ntext, pos)
        word = next(iter(words_after(ntext, pos, 1)), "")
        if word not in words:
            return pos
        pos += len(word)


def _subject_at(
    s: Sentence,
    ntext: str,
    pos: int,
    markers: frozenset[str],
    speakers: frozenset[str] | set[str] = frozenset(),
) -> Mention | None:
    """The office or body named at ``pos``, unless an object marker follows
    it. A bare state there is left alone when a speaker of its own state
    speaks for it ("راب گفت بریتانیا با متحدان خود در حال رایزنی است"), or a
    speaker of no known state of it ("… گفت که ایران برای از سرگیری مذاکرات
    اعلام آمادگی کرده"); another state's speaker only tells of it (prec33ar:
    "a senior Egyptian official said Saudi Arabia had cut ties with Qatar",
    "یک مقام مصری گفت عربستان روابط خود را با قطر قطع کرده است")."""
    m = next((m for m in s.mentions if m.start == pos), None)
    if m is None:
        return None
    foreign = bool(speakers) and m.code not in speakers
    if not (m.agent or m.role or (foreign and m.code)):
        return None
    after = ntext[m.end : m.end + 12].split()[:1]
    return None if after and after[0] in markers else m
