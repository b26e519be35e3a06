"""Assemble events from one scan of a document.

Per sentence: triggers give the event type and mode; actor mentions give
the participants (strong mentions first, then the document's main pair for
"the two sides" and lone mentions); cue words give the status; sectors,
money and dates in the sentence (or in the sentences that follow and only
elaborate on it) are attached. Evidence is the sentence, mapped back to the
original text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from diplowatch.dates.mentions import find_dates
from diplowatch.event_types import count_types, having
from diplowatch.extract.actors import (
    Mention,
    add_home_mentions,
    context,
    dateline_code,
    find_mentions,
    home_code,
    main_pair,
    previous_word,
)
from diplowatch.extract.amounts import attach, elaborate
from diplowatch.extract.counts import find_counts, people_numbers
from diplowatch.extract.implied import add_implied, implied_types, type_by_source
from diplowatch.extract.joined import join
from diplowatch.extract.lexicon import ACTOR, CUE, EVENT, PERSON, SECTOR, Lexicon, lexicon
from diplowatch.extract.money import find_money
from diplowatch.extract.names import proper_names
from diplowatch.extract.participants import (
    SUBJECT_GAP,
    SYMMETRIC,
    actor_list,
    coordinated_groups,
    fill_codes,
    local_split,
    marked_split,
    select,
    split,
    unit,
    verb_arguments,
)
from diplowatch.extract.person_names import learn_names, learn_surnames
from diplowatch.extract.predicates import (
    drop_anaphors,
    drop_objects,
    drop_quoted_names,
    drop_topics,
    drop_unreal,
    drop_verbless,
)
from diplowatch.extract.scan import Hit, guard_ok, resolve, scan
from diplowatch.extract.sources import mark_sources, source_spans
from diplowatch.extract.syntax import (
    governed_out,
    has_break,
    stated_doers,
    syntax_triggers,
    verb_objects_out,
)
from diplowatch.extract.when import event_date, plain_year_spans, plain_years, same_clause
from diplowatch.model import Actor, Event, Evidence
from diplowatch.text.normalize import Normalized, normalize
from diplowatch.text.segment import sentence_spans

EXTRACTOR_VERSION = "1"

# What the rules below need to know of each event type (``event_types.TRAITS``).
ONE_SIDED = having("one_sided")
DEEDS = having("deed")
COOPERATIVE = having("cooperative")
REACTIONS = having("reaction")
REFUSALS = having("refusal")
TOLD_AGAIN = having("told_again")
UNREAL = having("unreal")
SPOKEN_CONTENT = having("spoken_content")
COMMENTS = having("comment")
PLACE_TARGETS = having("place_target")
SLOGANS = having("slogan")
PLACE_SIDES = having("place_side")
MULTILATERAL = having("multilateral")
FORCE = having("force")
ELABORATED = having("elaborated")
COVERS_COOPERATION = having("covers_cooperation")
MAX_SENTENCE_ACTORS = 6
# Modes whose object has not happened either: the content of an allegation
# or of a warning.
UNREAL_MODES = {"allege", "warn"}
# Words between a hypothetical cue ("if", "في حال") and what it conditions.
HYPOTHETICAL_SPAN = 5
# Words an object may stand before its verb in the same clause ("توقف حملات
# هوایی به یمن را خواستار شد").
OBJECT_BEFORE = 4
# Actor hits whose words are a name or a title: a trigger word inside one
# ("نداء تونس" is a party, not an appeal) is no trigger.
NAME_KINDS = {"state", "igo", "person", "group", "role", "institution", "capital", "city"}
# Characters that close the clause a source cue opens ("according to X, …").
_CLAUSE_BREAKS = frozenset(",،;؛:()[]\n")
# Agents that can carry out an attack; without one, a sentence about a
# natural disaster (``status.DISASTER_CUES``) has no ASSAULT.
ARMED = {"MIL", "REB", "UAF", "COP", "CRM"}
# A year of history, long before any news ("attacked Vienna in 1683").
_OLD_YEAR = re.compile(r"(?<!\d)1[0-8]\d\d(?!\d)|(?<!\d)19[0-8]\d(?!\d)")


@dataclass
class _Sentence:
    start: int
    end: int
    triggers: list[Hit] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    sectors: list[Hit] = field(default_factory=list)
    cues: list[Hit] = field(default_factory=list)
    both_sides: bool = False
    money: list | None = None
    # "his counterpart" names the other side of the one it mirrors, and "his
    # highness" (``context.ANAPHORIC_SUBJECTS``) a subject, told in an earlier
    # sentence ("وسيلتقي نظيره الكوري"): the article's pair may fill a side
    counterpart: bool = False
    dates: list | None = None
    # nouns for people ("people", "نفر"; ``counts.PERSON_NOUNS``) and agents
    # and peoples ("soldiers", "Palestinians"): a number next to one counts
    # people (``counts``)
    people: list[tuple[int, int]] = field(default_factory=list)
    agents: list[tuple[int, int]] = field(default_factory=list)
    counted: list[tuple[int, int]] | None = None  # ``_Document.counted_in``


@dataclass
class Extraction:
    events: list[Event]
    annotations: list[dict[str, object]]


def _bucket(items: list, spans: list[tuple[int, int]]) -> list[list]:
    """Distribute items (hits or mentions, by start) into sentence spans (linear merge)."""
    out: list[list] = [[] for _ in spans]
    j = 0
    for item in sorted(items, key=lambda x: x.start):
        pos = item.start
        while j < len(spans) and spans[j][1] <= pos:
            j += 1
        if j == len(spans):
            break
        if spans[j][0] <= pos:
            out[j].append(item)
    return out


def _status(
    trigger: Hit,
    sentence: _Sentence,
    text: str,
    future_prefixes: frozenset[str],
    negation_follows: bool = False,
    gap_words: frozenset[str] = frozenset(),
    planned_before_verbs: bool = False,
    future_times: frozenset[str] = frozenset(),
    purpose_cues: frozenset[str] = frozenset(),
) -> str:
    prev = previous_word(text, trigger.start)
    for cue in sentence.cues:
        if cue.entry.kind != "negation":
            continue
        if cue.end <= trigger.start and trigger.start - cue.end <= 2:
            return "negated"
        if (
            trigger.entry.affix == "verb"
            and cue.start <= trigger.start < cue.end
            and trigger.entry.value not in REFUSALS
        ):
            return "negated"  # the verb is part of the negation: "called off"
        if cue.end <= trigger.start and _only_words(text[cue.end : trigger.start], gap_words):
            return "negated"  # "called off a march", "has not been placed on alert"
        if negation_follows and 0 <= cue.start - trigger.end <= 1:
            return "negated"  # Persian negates the light verb: "دیدار نکرد"
    if prev and any(
        c.entry.kind == "negation" and text[c.start : c.end] == prev for c in sentence.cues
    ):
        return "negated"
    if trigger.entry.affix == "verb" and trigger.prefix in future_prefixes:
        return "planned"
    # After a reaction ("invited him to visit next year") a future word
    # belongs to what is asked or welcomed, not to the reaction itself.
    after = 0 if trigger.entry.value in REACTIONS else 50
    for cue in sentence.cues:
        if (
            cue.entry.kind != "planned"
            or not trigger.start - 40 <= cue.start <= trigger.end + after
        ):
            continue
        if cue.start >= trigger.end and text[cue.start : cue.end] in purpose_cues:
            continue  # "the talks aim to secure a release": the aim is the release's
        if trigger.entry.value in UNREAL and trigger.start <= cue.start and cue.end <= trigger.end:
            continue  # a threat's own words: "would respond decisively" was said
        if (
            planned_before_verbs
            and trigger.entry.affix == "verb"
            and cue.start >= trigger.end
            and text[cue.start : cue.end] not in future_times
        ):
            continue  # "agreed that they will meet": the future is the meeting's
        return "planned"
    return "reported"


def _told_as_history(
    trigger: Hit,
    triggers: list[Hit],
    history: list[Hit],
    ntext: str,
    ctx,
    old_years: list[tuple[int, int]] | None = None,
    counted: list[tuple[int, int]] | None = None,
) -> bool:
    """An old year or a history cue (``status.HISTORY_CUES``) after the
    trigger in its clause, with no other trigger between (the cue dates the
    nearest one); or an old year (``old_years``: spans of years before the
    article's) right before it in its clause ("في عام 2015 وقعت", "در سال
    ۱۳۹۷ اعمال کرد"). Numbers that count people (``counted``: "killed 1500
    fighters") are no years."""
    for year in _OLD_YEAR.finditer(ntext, trigger.end, min(len(ntext), trigger.end + 60)):
        if any(a <= year.start() < b for a, b in counted or ()):
            continue
        if not has_break(ntext[trigger.end : year.start()], ctx.clause_punct):
            return True  # "attacked Vienna in 1683"
        break
    for start, end in old_years or ():
        if 0 <= start - trigger.end <= 60:
            lo, hi = trigger.end, start
        elif 0 <= trigger.start - end <= 60:
            lo, hi = end, trigger.start
        else:
            continue
        if _one_clause(ntext, lo, hi, triggers, ctx):
            return True
    for cue in history:
        if 0 <= cue.start - trigger.end <= 60 and _one_clause(
            ntext, trigger.end, cue.start, triggers, ctx
        ):
            return True
    return False


def _one_clause(ntext: str, lo: int, hi: int, triggers: list[Hit], ctx) -> bool:
    """No punctuation, clause opener ("that", "که") or other trigger between."""
    return (
        not has_break(ntext[lo:hi], ctx.clause_punct)
        and same_clause(ntext, ctx.lang, lo, hi)
        and not any(lo <= t.start < hi for t in triggers)
    )


def _old_years(s: _Sentence, doc: _Document) -> list[tuple[int, int]]:
    """Spans of the sentence's years older than the article's (two years or
    more); a number that counts people ("2000 protesters") is no year."""
    if doc.ref_year is None:
        return []
    stext = doc.ntext[s.start : s.end]
    old = [
        (s.start + a, s.start + b)
        for a, b, year in plain_year_spans(stext, doc.lang)
        if year < doc.ref_year - 1
    ]
    counted = doc.counted_in(s) if old else []  # read only when needed: it costs
    return [span for span in old if span not in counted]


def _only_words(gap: str, words: frozenset[str]) -> bool:
    """A short gap made only of the given words (at most three of them)."""
    parts = gap.split()
    return bool(words) and 0 < len(parts) <= 3 and all(w in words for w in parts)


def _is_background(s: _Sentence, doc: _Document) -> bool:
    """The sentence names only years before the article's: history. "by 2030"
    is a goal, not history (``plain_year_spans``), and "2000 protesters" a
    count (``_Document.counted_in``)."""
    if doc.ref_year is None:
        return False
    spans = plain_year_spans(doc.ntext[s.start : s.end], doc.lang)
    if not spans or max(year for _, _, year in spans) >= doc.ref_year - 1:
        return False
    counted = doc.counted_in(s)
    years = [year for a, b, year in spans if (s.start + a, s.start + b) not in counted]
    return bool(years) and max(years) < doc.ref_year - 1


def extract_document(
    text: str, norm: Normalized | None, lang: str, published: str | None, title: str | None = None
) -> Extraction:
    """Events and highlight annotations of one document (see module docstring)."""
    norm = norm or normalize(text)
    doc = _Document(text, norm, lang, lexicon(lang), context(lang))
    spans = sentence_spans(norm.text, lang)
    if not spans:
        return Extraction([], [])
    found = _find_actors(doc, published, [start for start, _ in spans])
    sentences = _sentences(doc, found, spans)
    title_codes = _title_codes(title, lang, doc.ctx, doc.lex) if title else []
    doc.pair = main_pair(found.mentions, title_codes)
    _assign_participants(doc, found, sentences)
    doc.anchor = date.fromisoformat(published) if published else None
    doc.ref_year = doc.anchor.year if doc.anchor else _latest_year(norm.text, lang)
    events, annotations = _read_sentences(doc, sentences)
    return Extraction(_merge(events), annotations)


@dataclass
class _Document:
    """One document as the sentence steps read it: its text, its language's
    lexicon and rules, its main pair, the date its dates are read against,
    and the sums and dates found so far.

    Money and dates are looked for only in sentences that need them (those
    with an event or right after one): most sentences of a long article have
    neither, and these finders are the costliest step. What they find is kept
    per sentence text: boilerplate and repeated sentences (the same paragraph
    in a page twice) are read once.
    """

    text: str
    norm: Normalized
    lang: str
    lex: Lexicon
    ctx: Any
    pair: tuple[str, ...] = ()
    anchor: date | None = None
    ref_year: int | None = None  # without a publication date: the latest year named
    _money: dict[str, list] = field(default_factory=dict)
    _dates: dict[str, list] = field(default_factory=dict)

    @property
    def ntext(self) -> str:
        return self.norm.text

    def money_in(self, s: _Sentence) -> list:
        """The sums of sentence ``s``, in document coordinates."""
        if s.money is None:
            stext = self.ntext[s.start : s.end]
            if stext not in self._money:
                self._money[stext] = find_money(stext, self.lang)
            s.money = [_shift(m, s.start) for m in self._money[stext]]
        return s.money

    def counted_in(self, s: _Sentence) -> list[tuple[int, int]]:
        """Spans of the numbers of sentence ``s`` that count people ("2000
        protesters", "۱۴۰۰ نفر"), in document coordinates: no years."""
        if s.counted is None:
            taken = [(d.start, d.end) for d in self.dates_in(s)]
            s.counted = people_numbers(
                self.ntext, s.start, s.end, s.cues, self.lang, s.people, taken
            )
        return s.counted

    def dates_in(self, s: _Sentence) -> list:
        """The day-precise dates of sentence ``s``, in document coordinates."""
        if s.dates is None:
            stext = self.ntext[s.start : s.end]
            if stext not in self._dates:
                # Without a publication date, year-less dates take the
                # latest year the article names.
                hint = None if self.anchor else self.ref_year
                found = find_dates(stext, self.lang, self.anchor, year_hint=hint)
                self._dates[stext] = [d for d in found if d.precision == "day"]
            s.dates = [_shift(d, s.start) for d in self._dates[stext]]
        return s.dates

    def date_of(self, s: _Sentence, trigger: Hit, status: str) -> str | None:
        return event_date(
            self.dates_in(s), trigger.start, status, self.anchor, self.ntext, self.lang
        )

    def text_of(self, start: int, end: int) -> str:
        """The original text of a span of the normalised text."""
        a, b = self.norm.span_to_original(start, end)
        return self.text[a:b]


@dataclass
class _Actors:
    """What the document's one scan found, with its actor mentions read."""

    layers: dict[str, list[Hit]]
    actor_hits: list[Hit]
    mentions: list[Mention]
    home: str  # the country the article is written from ("" when nothing tells)
    dateline: str  # where agents named with no country act


def _find_actors(
    doc: _Document, published: str | None, sentence_starts: list[int] | None = None
) -> _Actors:
    """Scan the document once and read its actor mentions (a title joins
    no name or country across a sentence end)."""
    text, norm, ntext, lex, ctx = doc.text, doc.norm, doc.ntext, doc.lex, doc.ctx
    hits = [h for h in scan(ntext, lex) if h.layer != EVENT or guard_ok(ntext, h, lex.guard_window)]
    layers = resolve(hits)
    actor_hits = layers.get(ACTOR, [])
    if lex.case_sensitive:
        actor_hits = [h for h in actor_hits if _case_ok(h, text, ntext, norm, lex.case_sensitive)]
    # nouns for people are read only next to numbers (``counts``)
    words = [h for layer, hits in layers.items() if layer != PERSON for h in hits]
    known = frozenset(x for h in words for x in (h.start, h.end))
    actor_hits = proper_names(actor_hits, text, norm, known, ctx.names)
    # Undated, a person is taken in his latest office (the years an article
    # names were tried as a guess and picked wrong offices on the dev set).
    on = date.fromisoformat(published) if published else None
    ambiguous = lex.ambiguous - ctx.names.by_neighbours
    mentions = find_mentions(
        ntext, actor_hits, layers.get(CUE, []), ctx, ambiguous, on, sentence_starts
    )
    home = home_code(mentions, ctx, ours=any(h.entry.kind == "ours" for h in actor_hits))
    # police or protesters the text places nowhere act where the dateline
    # is, else (``context.HOME_FOR_AGENTS``) in the article's home country
    dateline = dateline_code(ntext, mentions) or (home if ctx.home_for_agents else "")
    mentions = add_home_mentions(ntext, mentions, actor_hits, home)
    _movements_in_power(mentions, published)
    known_words = frozenset(h.start for h in words)
    mentions = learn_names(ntext, text, norm, mentions, ctx, known_words)
    # "Naftali Bennett … Bennett said": a surname alone is the person named in full
    mentions = learn_surnames(ntext, text, norm, mentions, ctx, known_words)
    for m in mentions:
        if m.name_span:  # names are reported as written, not as normalised
            m.name = doc.text_of(*m.name_span)
    return _Actors(layers, actor_hits, mentions, home, dateline)


def _sentences(doc: _Document, found: _Actors, spans: list[tuple[int, int]]) -> list[_Sentence]:
    """The sentences with their triggers, mentions, sectors and cues; the
    mentions inside a source clause ("according to X") marked as sources."""
    ntext, ctx, layers = doc.ntext, doc.ctx, found.layers
    triggers = [h for h in layers.get(EVENT, []) if h.entry.kind in ("trigger", "money_trigger")]
    triggers = _outside_names(triggers, found.actor_hits)
    if ctx.syntax.active:
        triggers = syntax_triggers(triggers, layers, found.actor_hits, ntext, ctx.syntax, doc.lex)
    triggers = drop_topics(drop_objects(triggers, ntext, ctx), ntext, ctx.topic_markers)
    triggers = drop_verbless(triggers, ntext, ctx)
    triggers = drop_quoted_names(triggers, ntext, ctx.name_heads)
    sector_hits = [h for h in layers.get(SECTOR, []) if h.entry.kind == "sector"]
    sector_hits = _drop_title_words(sector_hits, found.actor_hits, ntext, ctx)
    both_sides = [h for h in found.actor_hits if h.entry.kind == "both_sides"]
    mirrors = [h for h in found.actor_hits if h.entry.kind == "counterpart"]
    sentences = [
        _Sentence(
            start,
            end,
            trig,
            mentions,
            sectors,
            cues,
            bool(both),
            # only a sentence with a trigger can use the article's pair: the
            # others are not split into words
            counterpart=bool(trig)
            and (
                bool(mirror)
                or _anaphoric(ntext, start, end, ctx.anaphors)
                or (ctx.nouns_refer_back and _told_before(trig))
            ),
        )
        for (start, end), trig, mentions, sectors, cues, both, mirror in zip(
            spans,
            _bucket(triggers, spans),
            _bucket(found.mentions, spans),
            _bucket(sector_hits, spans),
            _bucket(layers.get(CUE, []), spans),
            _bucket(both_sides, spans),
            _bucket(mirrors, spans),
            strict=True,
        )
    ]
    agents = [
        h
        for h in found.actor_hits
        if h.entry.kind == "state_adj" or (h.entry.kind == "agent" and "owned" not in h.entry.extra)
    ]
    for s, nouns, doers in zip(
        sentences, _bucket(layers.get(PERSON, []), spans), _bucket(agents, spans), strict=True
    ):
        s.people = [(h.start, h.end) for h in nouns]
        s.agents = [(h.start, h.end) for h in doers]
    for s in sentences:
        sources = source_spans(
            ntext,
            s.start,
            s.end,
            s.cues,
            s.triggers,
            ctx.clause_punct,
            ctx.source_openers,
            ctx.subordinators,
        )
        mark_sources(s.mentions, sources)
    return sentences


def _told_before(triggers: list[Hit]) -> bool:
    """Whether every event of the sentence is talks or an agreement told by a noun
    ("the negotiations will be held on Monday", "المفاوضات ستجري …"): the deed
    the article is about, whose main pair may fill the side not named (in a
    language that tells new deeds by verbs: ``context.JOINT_NOUNS_REFER_BACK``)."""
    return bool(triggers) and all(
        t.entry.affix == "noun" and t.entry.value in TOLD_AGAIN for t in triggers
    )


def _anaphoric(ntext: str, start: int, end: int, anaphors: frozenset[str]) -> bool:
    """Whether the sentence names its subject by a word pointing back to an
    earlier sentence ("يزور سموه", ``context.ANAPHORIC_SUBJECTS``)."""
    return bool(anaphors) and not anaphors.isdisjoint(ntext[start:end].split())


def _assign_participants(doc: _Document, found: _Actors, sentences: list[_Sentence]) -> None:
    """Drop the sources from each sentence's mentions and give a country to
    those written without one (``participants.fill_codes``)."""
    ctx = doc.ctx
    cited = [
        h for h in found.actor_hits if h.entry.kind == "agent" and h.entry.value in ctx.cited_agents
    ]
    for s in sentences:
        s.mentions = _without_sources(s, doc.ntext, cited, ctx.cited_agents)
    for s in sentences:
        s.mentions = fill_codes(
            s.mentions,
            found.home,
            found.dateline,
            doc.pair,
            ctx.sent_agents,
            ctx.stateless_agents,
            doc.ntext,
            ctx.conjunctions,
            ctx.agent_topic_preps,
            ctx.possessives,
            ctx.partner_preps,
            ctx.cited_agents,
            ctx.sent_window,
            ctx.location_preps,
            ctx.placed_groups,
        )


def _read_sentences(
    doc: _Document, sentences: list[_Sentence]
) -> tuple[list[Event], list[dict[str, object]]]:
    """The events of each sentence, with their counts, sectors and sums; a
    sentence with no event of its own that names areas or sums elaborates
    on the events just before it ("the agreements cover …")."""
    ntext, ctx = doc.ntext, doc.ctx
    events: list[Event] = []
    annotations: list[dict[str, object]] = []
    recent: list[tuple[int, Event]] = []  # (sentence index, event) for elaborations
    for idx, s in enumerate(sentences):
        stext = ntext[s.start : s.end]
        sector_keys = list(dict.fromkeys(h.entry.value for h in s.sectors))
        near_event = bool(recent) and idx - recent[-1][0] <= 2
        amounts = doc.money_in(s) if s.triggers or near_event else []
        if amounts:  # "دولار أمريكي" names a currency, not the United States
            s.mentions = [
                m for m in s.mentions if not any(x.start <= m.start < x.end for x in amounts)
            ]
        s.triggers = _reported_triggers(s, doc, events, bool(amounts))
        new_events: list[Event] = []
        if s.triggers and not _is_background(s, doc) and not _off_domain(s):
            new_events = _sentence_events(s, doc)
        if new_events:
            counts = _counts(s, ntext, doc.lang, amounts, doc.dates_in(s))
            for ev in new_events:
                ev.counts = {k: v for k, v in counts.items() if ev.type in count_types().get(k, ())}
                if ev.type in COOPERATIVE:
                    ev.sectors = list(sector_keys)
            attach(new_events, s.triggers, amounts, doc.text_of)
            events.extend(new_events)
            recent = [(idx, ev) for ev in new_events]
            annotations.extend(_annotate(s, doc.norm, amounts, doc.dates_in(s)))
        elif near_event and (sector_keys or amounts):
            if not _has_any(stext, ctx.sector_scope):
                sector_keys = []
            for _, ev in recent:
                if ev.type in ELABORATED:
                    ev.sectors = list(dict.fromkeys(ev.sectors + sector_keys))
            elaborate([ev for _, ev in recent], amounts, doc.text_of)
            annotations.extend(_annotate(s, doc.norm, amounts, []))
    return events, annotations


def _reported_triggers(
    s: _Sentence, doc: _Document, events: list[Event], with_sum: bool
) -> list[Hit]:
    """The sentence's triggers that report an event of their own."""
    ctx, lex = doc.ctx, doc.lex
    triggers = s.triggers
    if not with_sum:
        # "will provide", "allocated" are aid only when a sum is named.
        triggers = [t for t in triggers if t.entry.kind != "money_trigger"]
    # "in this meeting the two sides …" elaborates on the meeting; "this
    # attack" in a later sentence is what others react to.
    # Where a meeting may name one side (``context.ONE_SIDED_TYPES``), "in
    # this meeting the minister said …" is no second meeting either.
    told = (e.type for e in events if e.type not in COOPERATIVE or ctx.one_sided)
    triggers = drop_anaphors(triggers, doc.ntext, ctx.demonstratives, told)
    triggers = drop_unreal(triggers, s.cues, doc.ntext, s.end)
    if triggers and lex.vetoes:
        stext = doc.ntext[s.start : s.end]
        triggers = [t for t in triggers if not _vetoed(t, stext, lex.vetoes)]
    return triggers


@dataclass
class _Pools:
    """Who may take part in a sentence's events: all together (``joint``,
    for symmetric types) or as sides (``directed``), and where it happens."""

    joint: list[Mention]
    directed: list[Mention]
    location: str | None  # a place named only as where (a city)
    place: str | None  # that, or a state named as where


def _sentence_events(s: _Sentence, doc: _Document) -> list[Event]:
    """The events of one sentence: per trigger that reports an event, its
    status, date and participants, one event per side."""
    pools = _pools(s, doc)
    if pools is None:
        return []
    candidates, stated, reactions = _candidates(s, doc)
    seen: set[tuple[str, str, str, frozenset]] = set()
    out: list[tuple[Event, Hit]] = []
    for trig in candidates:
        etype, mode = trig.entry.value, trig.entry.extra[0]
        status = _status(
            trig,
            s,
            doc.ntext,
            doc.lex.future_prefixes,
            doc.ctx.negation_follows,
            doc.ctx.syntax.negation_gap,
            doc.ctx.syntax.planned_before_verbs,
            doc.ctx.syntax.future_times,
            doc.ctx.syntax.purpose_cues,
        )
        if etype == "SANCTION" and status == "planned":
            etype = "THREATEN"  # sanctions announced for the future are a threat (PLOVER)
        when = doc.date_of(s, trig, status)
        people = _people(s, doc, trig, etype, mode, pools, stated, reactions)
        for side in _sides(doc, trig, etype, people):
            units = {unit(x) for x in side}
            key = (etype, mode, status, frozenset(units))
            if key in seen:
                continue
            seen.add(key)
            event = _side_event(s, doc, trig, (etype, mode, status, when), side, pools)
            if event is not None:
                out.append((event, trig))
    # one occasion told by two triggers ("were killed when gunmen opened fire") is one event
    return join(out, doc.ntext, doc.ctx.syntax.passive_aux)


def _pools(s: _Sentence, doc: _Document) -> _Pools | None:
    """The sentence's participants, or None when nobody takes part and no
    place is named where an understood side acts."""
    ctx = doc.ctx
    joint = select(
        s.mentions,
        doc.pair,
        start=s.start,
        both_sides=s.both_sides,
        fill_unknown=ctx.unknown_sides,
        lone_fill=ctx.lone_fill or s.counterpart,
        adjacent=ctx.adjacent_coordinated,
    )[: MAX_SENTENCE_ACTORS * 2]
    location = next((m.code for m in s.mentions if m.location_only), None)
    place = location or next((m.code for m in s.mentions if m.place), None)
    if not {unit(m) for m in joint} and not (
        place and implied_types(ctx.lang) & {t.entry.value for t in s.triggers}
    ):
        return None
    directed = select(
        s.mentions,
        doc.pair,
        start=s.start,
        both_sides=s.both_sides,
        text=doc.ntext,
        conj=ctx.conjunctions,
        directed=True,
        fill_unknown=ctx.unknown_sides,
        lone_fill=ctx.lone_fill or s.counterpart,
        adjacent=ctx.adjacent_coordinated,
    )[: MAX_SENTENCE_ACTORS * 2]
    return _Pools(joint, directed, location, place)


def _candidates(s: _Sentence, doc: _Document) -> tuple[list[Hit], set[int], list[Hit]]:
    """The triggers that stand for events, the starts of those whose
    participants are stated after them ("the release of prisoners by X"),
    and the sentence's reactions."""
    ntext, ctx = doc.ntext, doc.ctx
    types_here = {t.entry.value for t in s.triggers}
    candidates = s.triggers
    stated: set[int] = set()
    if ctx.syntax.active:
        candidates, stated = governed_out(candidates, s.mentions, ntext, ctx.syntax, s.end)
        candidates = verb_objects_out(candidates, ntext, ctx.syntax)
    if any(c.entry.kind == "disaster" for c in s.cues) and not any(
        m.agent in ARMED for m in s.mentions
    ):
        # "an earthquake struck southern Turkey, killing 40": no attack
        candidates = [t for t in candidates if t.entry.value not in FORCE]
    history = [c for c in s.cues if c.entry.kind == "history"]
    old = _old_years(s, doc)
    if history or old or ctx.syntax.active:
        # "a ship they seized more than a year ago": told as history
        counted = doc.counted_in(s) if _OLD_YEAR.search(ntext, s.start, s.end) else []
        candidates = [
            t
            for t in candidates
            if not _told_as_history(t, s.triggers, history, ntext, ctx, old, counted)
        ]
    reactions = [t for t in candidates if t.entry.value in REACTIONS]
    candidates = [
        t
        for t in candidates
        if not _topic(t, candidates, ntext, ctx)
        and not _hypothetical(t, s, ntext)
        and not _may_happen(t, s, ntext, ctx)
    ]
    first = min((t.start for t in candidates if t.entry.value == "PROTEST"), default=None)
    if first is not None:
        candidates = [t for t in candidates if t.entry.value not in SLOGANS or t.start < first]
    if reactions:
        # "demanded the release", "threatened strikes", "accused them of a
        # massacre": the noun is what is asked, threatened or alleged, not
        # an event that happened.
        candidates = [
            t
            for t in candidates
            if t.entry.value in REACTIONS
            or (t.entry.affix == "verb" and not _content_of(t, reactions, ntext, ctx))
            or (
                t.entry.affix != "verb"
                and not _object_of(t, reactions, ntext, ctx.verb_final, ctx.conjunctions)
            )
        ]
    if types_here & COVERS_COOPERATION:
        # "discussed/agreed to strengthen cooperation" is one event.
        candidates = [t for t in candidates if t.entry.value != "COOPERATE"]
    return candidates, stated, reactions


def _people(
    s: _Sentence,
    doc: _Document,
    trig: Hit,
    etype: str,
    mode: str,
    pools: _Pools,
    stated: set[int],
    reactions: list[Hit],
) -> list[Mention]:
    """The mentions that may take part in the event of ``trig``."""
    ntext, ctx, conj = doc.ntext, doc.ctx, doc.ctx.conjunctions
    audience = ctx.not_party_to.get(etype, frozenset())
    pool = pools.joint if etype in SYMMETRIC else pools.directed
    quote = _quote_start(ntext, s.start, trig.start, s.cues) if etype in DEEDS else None
    if quote is not None:
        # "X said: «… soldiers attacked …»": the speaker reports the deed
        # and takes no part in it.
        pool = select(
            [m for m in s.mentions if m.start >= quote],
            (),  # the document's pair would bring the speaker back
            unknown_ok=not doc.pair,
            start=quote,
            both_sides=False,
            text=ntext,
            conj=conj,
            directed=True,
            adjacent=ctx.adjacent_coordinated,
        )
    elif ctx.clause_breaks:
        pool = _clause_pool(s, trig, ntext, ctx, doc.pair, etype) or pool
    # the press told something is no party to a meeting; the head of a
    # broadcaster who meets the president is
    people = [m for m in pool if m.agent not in audience or m.role]
    people = _after_onlooker(s, trig, people, ntext)
    if ctx.syntax.active and etype not in SYMMETRIC:
        people = verb_arguments(people, trig, s.triggers, ntext, ctx.syntax)
    if trig.start in stated:
        # "welcomed the release of prisoners by Belarusian authorities"
        people = [m for m in s.mentions if m.start > trig.end and not m.location_only]
    elif etype in COMMENTS:
        # "condemned the storming of the mosque by Israeli settlers": the
        # doers the deed's noun names are whom the comment is about
        people = people + [m for m in _doers_commented(s, trig, stated, doc) if m not in people]
    if etype not in PLACE_TARGETS:
        # "condemned the attack in Kabul" accuses no one in Afghanistan
        people = [m for m in people if m.strong or not m.place]
    if ctx.verb_final and etype not in SPOKEN_CONTENT:
        people = _before_verb(trig, people, ntext, ctx, etype, mode)
    if ctx.first_person_verbs:
        people = _speaker_in_first_person(s, trig, people, ntext, ctx)
    if ctx.dropped_subjects and etype in DEEDS:
        people = _speaker_as_dropped_subject(s, trig, people, ntext, ctx)
    reacted = _reaction_before(trig, reactions, ntext)
    if reacted is not None and not ctx.verb_final:
        # "X condemned the attack on Y": X is no party to the attack
        people = _after_subject(
            reacted, people, ntext, conj, ctx.subject_after_verb, ctx.adjacent_coordinated
        )
    return people


def _after_onlooker(s: _Sentence, trig: Hit, people: list[Mention], ntext: str) -> list[Mention]:
    """ "police are investigating the attack on the embassy", "تعازيه لضحايا
    الهجوم": who only investigates, mourns or condoles a deed named after it
    in the same clause (``status.ONLOOKER_CUES``) takes no part in it; the
    deed's parties are those named after the cue."""
    cue = max(
        (c for c in s.cues if c.entry.kind == "onlooker" and c.end <= trig.start),
        default=None,
        key=lambda c: c.end,
    )
    if cue is None or _CLAUSE_BREAKS & set(ntext[cue.end : trig.start]):
        return people
    return [m for m in people if m.start >= cue.end]


def _speaker_in_first_person(
    s: _Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """A deed told in the first person inside reported speech is the
    speaker's ("سخنگوی حماس نوشت: ما به مردم غزه تبریک می‌گوییم"): the first
    actor of the reporting clause takes part (``context.FIRST_PERSON_VERBS``,
    for languages whose verbs carry the person); one behind a preposition
    ("در دیدار با X، Y گفت") is no speaker."""
    verbs, preps = ctx.first_person_verbs, ctx.target_preps | ctx.place_preps | ctx.about_preps
    quote = _quote_start(ntext, s.start, trig.start, s.cues)
    if quote is None or len({unit(m) for m in people}) > 1:
        return people
    stop = trig.end
    while stop < min(s.end, trig.end + 30) and ntext[stop] not in _CLAUSE_BREAKS:
        stop += 1
    words = re.findall(r"\w+", ntext[trig.start : stop])[:4]
    if not any(w in verbs or any(w.endswith(v) for v in verbs if len(v) > 2) for w in words):
        return people
    speaker = next(
        (
            m
            for m in s.mentions
            if m.start < quote
            and not (m.location_only or m.place or m.topic or m.source)
            and (m.code or m.agent)
            and previous_word(ntext, m.start) not in preps
        ),
        None,
    )
    if speaker is None or unit(speaker) in {unit(m) for m in people}:
        return people
    return sorted([*people, speaker], key=lambda m: m.start)


def _speaker_as_dropped_subject(
    s: _Sentence, trig: Hit, people: list[Mention], ntext: str, ctx: Any
) -> list[Mention]:
    """ "ارتش عراق اعلام کرد که از شهر رمادی عقب‌نشینی کرده است": where the
    verb carries its subject (``context.DROPPED_SUBJECT_IS_SPEAKER``), a deed
    reported right after a verb of saying whose clause names no subject —
    only objects and places, marked as such ("… را", "به …", "از …") — is the
    speaker's own, as "said it withdrew" is in English. Not inside a
    quotation ("X گفت: «…»"), where a third person is someone else."""
    quote = _quote_start(ntext, s.start, trig.start, s.cues)
    verb = max(
        (c for c in s.cues if c.entry.kind == "reporting" and c.end <= trig.start),
        default=None,
        key=lambda c: c.end,
    )
    if quote is None or verb is None or quote != verb.end:
        return people
    if _CLAUSE_BREAKS & set(ntext[verb.end : trig.start]) or {"«", '"'} & set(
        ntext[verb.end : trig.start]
    ):
        return people
    if any(verb.end <= t.start < trig.start for t in s.triggers):
        return people  # the deed is not the first thing reported
    if set(ntext[verb.end : trig.start].split()[1:]) & ctx.content_openers:
        return people  # "اعلام کرد پهپادهایی که … حمله کردند": a relative clause
    end = _verb_end(trig, ntext, ctx.light_verbs, ctx.auxiliaries)
    # the verb with the word before the trigger and the two after the verb
    said = " ".join(ntext[max(s.start, trig.start - 20) : end or 0].split()[-12:])
    said = f" {said} {' '.join(ntext[end or 0 : (end or 0) + 30].split()[:2])} "
    if end is None or any(f" {v} " in said for v in ctx.passive_verbs):
        return people  # "حمله … صورت گرفت", "کشته شدند": the deed's noun or victim is the subject
    named = [m for m in s.mentions if verb.end <= m.start < trig.start]
    if any(not _marked_object(m, trig, ntext, ctx) for m in named):
        return people  # the reported clause names its own subject
    speaker = next(
        (
            m
            for m in reversed(s.mentions)
            if m.end <= verb.start
            and not (m.location_only or m.place or m.topic or m.source)
            and (m.code or m.agent)
            and previous_word(ntext, m.start) not in ctx.target_preps | ctx.about_preps
        ),
        None,
    )
    if speaker is None or unit(speaker) in {unit(m) for m in people}:
        return people
    return [speaker, *people]


def _marked_object(m: Mention, trig: Hit, ntext: str, ctx: Any) -> bool:
    """Whether a mention before a verb-final trigger is no subject: a place,
    a noun of a phrase a preposition opens a few words before ("به مقر
    گروه‌های …", "از شهر …"), or one before the object marker ("بیست معترض
    را"). The agent of a passive ("توسط پلیس", ``context.AGENT_MARKERS``) is
    a subject."""
    if m.location_only or m.place:
        return True
    lead = ntext[max(0, m.start - 40) : m.start]
    if any(lead.rstrip().endswith(a) for a in ctx.syntax.agent_markers):
        return False
    words = re.findall(r"\w+|[^\w\s]", lead)[-3:]
    words = words[max((i + 1 for i, w in enumerate(words) if not w.isalnum()), default=0) :]
    if set(words) & (ctx.target_preps | ctx.location_preps | ctx.about_preps):
        return True
    after = ntext[m.end : trig.start].split()[:2]
    return bool(ctx.object_markers & set(after))


def _doers_commented(s: _Sentence, trig: Hit, stated: set[int], doc: _Document) -> list[Mention]:
    """The doers named after the first deed a comment governs, when that deed
    states them ("… by Israeli settlers"); none otherwise."""
    deed = next((t for t in s.triggers if t.start in stated and t.start > trig.end), None)
    if deed is None:
        return []
    return stated_doers(deed, s.mentions, doc.ntext, doc.ctx.syntax)


def _sides(doc: _Document, trig: Hit, etype: str, people: list[Mention]) -> list[list[Mention]]:
    """``people`` as the sides of the event (one list for symmetric types)."""
    ntext, ctx, conj = doc.ntext, doc.ctx, doc.ctx.conjunctions
    sides = None
    if ctx.subject_after_verb and etype not in SYMMETRIC:
        verb = trig.entry.affix == "verb"
        sides = local_split(
            trig.start, trig.end, people, ntext, conj, verb, ctx.adjacent_coordinated
        )
    elif ctx.target_preps and etype not in SYMMETRIC:
        # Persian marks its objects: "X از Y تقدیر کرد", "تبریک به Y"
        sides = marked_split(
            trig.start,
            trig.end,
            trig.entry.affix != "verb",
            people,
            ntext,
            conj,
            ctx.target_preps,
            ctx.object_markers,
            ctx.adjacent_coordinated,
            ctx.partitives,
            ctx.syntax.agent_markers,
            ctx.stance_nouns,
        )
    if sides is not None:
        return sides
    # Only where words stand between an object and its verb (English) are
    # adjacent mentions coordinated; in Arabic "رحبت السعودية بكوريا" they are not.
    together = frozenset(ONE_SIDED) if ctx.syntax.active else frozenset()
    return split(etype, people, ntext, conj, together, ctx.adjacent_coordinated)


def _side_event(
    s: _Sentence,
    doc: _Document,
    trig: Hit,
    reading: tuple[str, str, str, str | None],
    side: list[Mention],
    pools: _Pools,
) -> Event | None:
    """The event of one side (``reading``: type, mode, status, date), or
    None when it names too few actors."""
    etype, mode, status, when = reading
    ctx = doc.ctx
    units = {unit(x) for x in side}
    # the unit's other strong mentions add roles and names; a topic or
    # a speaker of the same country does not
    same = [
        m for m in s.mentions if unit(m) in units and (m.strong or m.location_only) and not m.source
    ]
    actors = actor_list(side + same)
    shown = type_by_source(etype, mode, actors, ctx.lang)
    if shown != etype and etype in PLACE_SIDES and _place_struck(s, trig, doc):
        shown = etype  # "هاجمت إسرائيل غزة": what strikes a place of another country is arms
    if shown in PLACE_SIDES and ctx.verb_final:
        actors = _place_before_verb(actors, s, trig, doc)
    if not actors and pools.place:
        # "protests spread in Khuzestan"
        actors = add_implied(shown, actors, pools.place, ctx.lang, mode)
    if shown in PLACE_SIDES:
        actors = _place_as_target(actors, s.mentions, trig, doc)
    alone = _one_sided(shown, mode, ctx) or _bloc_alone(shown, side)
    if len(actors) < (1 if alone else 2) or _among_own(mode, actors):
        return None
    return Event(
        type=shown,
        mode=mode,
        status=status,
        actors=add_implied(shown, actors, pools.place, ctx.lang, mode),
        date=when,
        location=pools.location,
        evidence=_evidence(doc.text, doc.norm, s, trig, side),
        trigger=doc.text_of(trig.base_start, trig.base_end),
    )


def _evidence(text: str, norm: Normalized, s: _Sentence, trig: Hit, side: list[Any]) -> Evidence:
    """The sentence, narrowed to the clauses of this event when it runs on
    or holds boilerplate (``text.segment.evidence_span``)."""
    from diplowatch.text.segment import evidence_span

    anchors = [trig.start, trig.end, *(p for m in side for p in (m.start, m.end))]
    a, b = evidence_span(norm.text, s.start, s.end, anchors)
    start, end = norm.span_to_original(a, b)
    return Evidence(text[start:end], start, end)


def _content_of(trigger: Hit, reactions: list[Hit], ntext: str, ctx: Any) -> bool:
    """A verb after what is asked, threatened or rejected and one of the words
    that open its content (``context.CONTENT_OPENERS``: "خواست که … لغو کند",
    "از مردم خواست تا … ترک کنند") is that content, not a deed of its own."""
    if not ctx.content_openers:
        return False
    for r in reactions:
        if not _unreal(r) or r.end > trigger.start:
            continue
        gap = ntext[r.end : trigger.start]
        if _CLAUSE_BREAKS & set(gap) - {"،", ","}:
            continue
        if set(gap.split()) & ctx.content_openers:
            return True
    return False


def _object_of(
    trigger: Hit, reactions: list[Hit], ntext: str, verb_final: bool, conj: frozenset[str]
) -> bool:
    """Whether a noun trigger is what a reaction asks, threatens, rejects or
    alleges: it follows the reaction in its sentence — the demands of a list
    run on past commas — or, where objects may stand before the verb
    (``context.VERB_FINAL``: "توقف حملات را خواستار شد"), precedes it.
    Objects of condemnation and praise stay events: the attack condemned
    and the visit welcomed took place."""
    for r in reactions:
        if not _unreal(r):
            continue
        if r.end <= trigger.start:
            return True
        if verb_final and trigger.end <= r.start:
            gap = ntext[trigger.end : r.start]
            words = gap.split()
            if len(words) <= OBJECT_BEFORE and not (_CLAUSE_BREAKS & set(gap) or conj & set(words)):
                return True
    return False


def _hypothetical(trigger: Hit, s: _Sentence, ntext: str) -> bool:
    """What might happen ("في حالة تعرض الموكب لإطلاق نار", "if they attack",
    "اگر حمله کنند"): a trigger after a conditional cue (``status.CONDITIONAL_CUES``)
    in the same clause, at most ``HYPOTHETICAL_SPAN`` words on."""
    for cue in s.cues:
        if cue.entry.kind != "conditional" or cue.end > trigger.start:
            continue
        gap = ntext[cue.end : trigger.start]
        if len(gap.split()) <= HYPOTHETICAL_SPAN and not _CLAUSE_BREAKS & set(gap):
            return True
    return False


def _may_happen(trigger: Hit, s: _Sentence, ntext: str, ctx: Any) -> bool:
    """What the verb's own mood tells as possible or meant, not as done:
    Arabic "قد" before an imperfect ("قد تستهدف"; ``context.MAY_PARTICLES``,
    ``context.IMPERFECT_STARTS``; "قد وقع" has happened); a Persian light verb
    in the subjunctive ("حمله کند"; ``context.SUBJUNCTIVE_VERBS``, no "می"
    before it) unless a cue of plan is in the sentence ("قرار است دیدار
    کنند" is a planned meeting) or a past "could" before it tells it done
    (``context.REALIZED_MODALS``: "توانست وارد شود")."""
    if (
        ctx.may_particles
        and previous_word(ntext, trigger.start) in ctx.may_particles
        and ntext.startswith(ctx.imperfect_starts, trigger.start)
    ):
        return True
    if not ctx.subjunctive_verbs:
        return False
    words = ntext[trigger.base_start : trigger.end].split()
    if trigger.entry.affix == "verb":
        if len(words) < 2:
            return False  # a one-word verb ("کشتند") has its own mood
        verb, before = words[-1], words[-2]
    else:
        after = re.findall(r"\w+|[^\w\s]", ntext[trigger.end : trigger.end + 40])[:3]
        at = next((i for i, w in enumerate(after) if w in ctx.light_verbs), None)
        if at is None:
            return False
        verb = after[at]
        before = after[at - 1] if at else (words[-1] if words else "")
    if verb not in ctx.subjunctive_verbs or before in ctx.indicative_markers:
        return False
    lead = ntext[max(s.start, trigger.start - 80) : trigger.start]
    if any(re.search(rf"(?<!\w){re.escape(m)}(?!\w)", lead) for m in ctx.realized_modals):
        return False  # "توانست … وارد شود": managed to, it happened
    return not any(c.entry.kind == "planned" for c in s.cues)


def _words_before(ntext: str, pos: int, n: int) -> str:
    """The ``n`` words right before ``pos``, joined by one space."""
    return " ".join(ntext[max(0, pos - 60) : pos].split()[-n:])


def _topic(trigger: Hit, triggers: list[Hit], ntext: str, ctx: Any) -> bool:
    """A noun named as a topic ("فيما يتعلق بالهجوم", "regarding the attack":
    ``context.TOPIC_MARKERS`` right before it) or as what one withdraws from
    ("انسحب من المشاورات", "pulled out of the talks") is no event."""
    if trigger.entry.affix == "verb":
        return False
    if _words_before(ntext, trigger.start, 1) in ctx.topic_markers:
        return True
    if _words_before(ntext, trigger.start, 2) in ctx.topic_markers:
        return True  # "به منظور آزادسازی", "برای برقراری آتش‌بس"
    from_word = previous_word(ntext, trigger.start) in ctx.withdraw_from
    if trigger.entry.value in REACTIONS:
        return False
    for t in triggers:
        if t.entry.value != "RETREAT" or t is trigger or t.entry.affix != "verb":
            continue
        if ctx.verb_final:
            gap = ntext[trigger.end : t.start] if trigger.end <= t.start else None
        else:
            gap = ntext[t.end : trigger.start] if t.end <= trigger.start else None
        if gap is None or _CLAUSE_BREAKS & set(gap):
            continue
        # right after the withdrawal, or after "from" a few words on
        # ("انسحب حزب العمال من المشاورات")
        if len(gap.split()) <= 2 or (from_word and len(gap.split()) <= 6):
            return True
    return False


def _reaction_before(trigger: Hit, reactions: list[Hit], ntext: str) -> Hit | None:
    """The reaction whose object (or the object's relative clause: "the attack
    that targeted …") a non-reaction trigger is: the last one before it in
    the same clause."""
    if trigger.entry.value in REACTIONS:
        return None
    before = [r for r in reactions if r.end <= trigger.start and r.entry.value in COMMENTS]
    if not before or _CLAUSE_BREAKS & set(ntext[before[-1].end : trigger.start]):
        return None
    return before[-1]


def _after_subject(
    reaction: Hit,
    people: list,
    ntext: str,
    conj: frozenset[str],
    subject_after_verb: bool,
    adjacent: bool = True,
) -> list:
    """Mentions after a reaction and its subject (right after the verb where
    the subject follows it, ``context.SUBJECT_AFTER_VERB``)."""
    after = [m for m in people if m.start >= reaction.end]
    if subject_after_verb and after:
        groups = coordinated_groups(after, ntext, conj, adjacent)
        if len(ntext[reaction.end : groups[0][0].start].split()) <= SUBJECT_GAP:
            subject = {id(m) for m in groups[0]}
            after = [m for m in after if id(m) not in subject]
    return after


def _unreal(trigger: Hit) -> bool:
    return trigger.entry.value in UNREAL or trigger.entry.extra[0] in UNREAL_MODES


def _vetoed(trigger: Hit, stext: str, vetoes: dict[tuple[str, str], tuple[str, ...]]) -> bool:
    """A trigger whose sentence names what cancels it (``triggers.VETO_WORDS``,
    by (type, mode) or (type, "*")): deaths in a flood or a road accident are
    no attack, a match between two national teams no meeting."""
    etype = trigger.entry.value
    words = vetoes.get((etype, trigger.entry.extra[0]), ()) + vetoes.get((etype, "*"), ())
    return any(w in stext for w in words)


def _place_struck(s: _Sentence, trig: Hit, doc: _Document) -> bool:
    """Whether the first mention after the trigger's subject is a place of
    another country written as its object: right after the subject, or after
    a head noun such as "مدينة" ("هاجمت إسرائيل غزة"), not after a preposition
    ("قرب الحدود الليبية")."""
    after = [m for m in s.mentions if m.start >= trig.end]
    if len(after) < 2 or not after[1].location_only or after[1].code == after[0].code:
        return False
    gap = doc.ntext[after[0].end : after[1].start].split()
    return len(gap) == 0 or (len(gap) == 1 and gap[0] in doc.ctx.location_heads)


def _place_as_target(
    actors: list[Actor], mentions: list[Mention], trig: Hit, doc: _Document
) -> list[Actor]:
    """Troops that leave a place leave its country; strikes on a place hit
    it; aid sent to a place goes to its country: with all actors of one
    country, the first place of another country after the trigger is the
    other side ("Russia withdrew troops from Kherson in Ukraine", "aid to
    Gaza"). A place written as the scene ("killed in an attack in Jordan",
    ``context.SCENE_PREPOSITIONS``) tells where it happened, not whom it hit."""
    own = {a.code for a in actors}
    if len(own) != 1:
        return actors
    place = next(
        (m for m in mentions if m.location_only and m.start >= trig.end and m.code not in own),
        None,
    )
    if place is None or not place.code or _scene(doc.ntext, place.start, doc.ctx):
        return actors
    return actors + [Actor(place.code)]


def _scene(ntext: str, start: int, ctx: Any) -> bool:
    """Whether the place at ``start`` follows a preposition of the scene,
    across words of direction and head nouns ("in northern Benin", "في بلدة
    شمال بنين", "در شهر حلب")."""
    skip = ctx.place_modifiers | ctx.location_heads
    words = ntext[max(0, start - 60) : start].split()[-4:]
    for word in reversed(words):
        if word in ctx.scene_preps:
            return True
        if word not in skip:
            return False
    return False


def _place_before_verb(actors: list[Actor], s: _Sentence, trig: Hit, doc: _Document) -> list[Actor]:
    """Where the verb ends its clause (``context.VERB_FINAL``), the place a
    withdrawal leaves, aid goes to or an attack strikes stands before the
    verb, behind a preposition of direction (``context.PLACE_SIDE_PREPOSITIONS``:
    "ارتش از نوار غزه عقب‌نشینی کرد", "قطر به غزه کمک کرد"): with all
    actors of one country, the last such place of another country in the
    trigger's clause is the other side. A place behind "in" ("در") is only
    the scene."""
    own = {a.code for a in actors}
    if len(own) != 1:
        return actors
    ntext, ctx = doc.ntext, doc.ctx
    skip = ctx.location_heads | ctx.place_modifiers
    for m in reversed(s.mentions):
        if m.end > trig.start or not m.location_only or not m.code or m.code in own:
            continue
        gap = ntext[m.end : trig.start]
        if _CLAUSE_BREAKS & set(gap) or any(m.end <= t.start < trig.start for t in s.triggers):
            return actors
        words = ntext[max(s.start, m.start - 60) : m.start].split()
        before = next((w for w in reversed(words) if w not in skip), "")
        if before in ctx.place_side_preps or _object_marked_after(gap, ctx):
            return actors + [Actor(m.code)]
        return actors
    return actors


def _object_marked_after(gap: str, ctx: Any) -> bool:
    """Whether the object marker follows a place, or the list it ends ("روسیه
    شهر خارکیف را بمباران کرد", "خارکیف و اودسا را هدف قرار داد"): the place
    struck or taken is the verb's object."""
    rest = gap.split()
    while len(rest) > 1 and rest[0] in ctx.conjunctions:
        rest = rest[2:]
    return bool(rest) and rest[0] in ctx.object_markers


def _verb_end(
    trigger: Hit, ntext: str, light_verbs: frozenset[str], auxiliaries: frozenset[str]
) -> int | None:
    """Where the verb of a trigger ends, when the trigger is a verb or a noun
    its light verb follows ("حمله کردند", "دیدار و گفتگو کرد", "محکوم شده
    است"), else None (a noun heading a phrase: "دیدار X با Y")."""
    tokens = ntext[trigger.base_start : trigger.base_end].split()
    if trigger.entry.affix == "verb" and (len(tokens) == 1 or tokens[-1] in light_verbs):
        end = trigger.end  # "کشتند", "حمله کردند"; not "حمایت کامل" (its verb comes later)
    else:
        words = list(re.finditer(r"\w+", ntext[trigger.end : trigger.end + 40]))
        verb = next((i for i, w in enumerate(words[:3]) if w.group() in light_verbs), None)
        if verb is None:
            return None
        end = trigger.end + words[verb].end()
    # auxiliaries and person endings written apart ("شده است", "کرده اند")
    for aux in re.finditer(r"\w+", ntext[end : end + 12]):
        if aux.start() > 1 or aux.group() not in auxiliaries:
            break
        end += aux.end()
    return end


def _before_verb(trigger: Hit, people: list, ntext: str, ctx: Any, etype: str, mode: str) -> list:
    """In a verb-final language (``context.VERB_FINAL``) a clause ends with its
    verb: who is named after the trigger's verb belongs to the next clause
    ("… تجمع کرده بودند، توسط ماموران امنیتی دستگیر شدند": the police did
    not protest). Kept whole when that leaves too few."""
    end = _verb_end(trigger, ntext, ctx.light_verbs, ctx.auxiliaries)
    if end is None:
        return people
    kept = [m for m in people if m.start < end]
    need = 1 if _one_sided(etype, mode, ctx) else 2
    return kept if len({unit(m) for m in kept}) >= need else people


# Modes that are a ceremony when no second state is named: condolences a
# minister offers the families of his own soldiers, or a leader over a
# compatriot's death, support no one abroad.
_CEREMONIAL_MODES = frozenset({"condole"})


def _among_own(mode: str, actors: list[Actor]) -> bool:
    """Whether a ceremonial event names fewer than two states."""
    return mode in _CEREMONIAL_MODES and len({a.code for a in actors if a.code}) < 2


def _one_sided(etype: str, mode: str, ctx: Any) -> bool:
    """Whether an event of this type and mode may name one side only:
    ``ONE_SIDED``, or a type or "TYPE/mode" a language lists in
    ``context.ONE_SIDED_TYPES`` ("CONSULT/meeting": talks whose other side
    is left unnamed, not visits)."""
    return etype in ONE_SIDED or etype in ctx.one_sided or f"{etype}/{mode}" in ctx.one_sided


def _bloc_alone(etype: str, side: list[Mention]) -> bool:
    """A meeting or agreement of one organisation's members is an event of
    that organisation alone ("ASEAN foreign ministers met in Vientiane")."""
    return etype in MULTILATERAL and len(side) > 0 and all(m.kind == "igo" for m in side)


def _outside_names(triggers: list[Hit], actor_hits: list[Hit]) -> list[Hit]:
    """Triggers that are not a word of a name or title ("نداء تونس" is a
    party, not an appeal; "the Rapid Support Forces"). Resolved actor hits
    do not overlap, so only the last one starting before a trigger can hold it."""
    names = sorted((h.base_start, h.base_end) for h in actor_hits if h.entry.kind in NAME_KINDS)
    if not names:
        return triggers
    starts = [a for a, _ in names]
    kept = []
    for t in triggers:
        i = bisect_right(starts, t.base_start) - 1
        if i < 0 or t.base_end > names[i][1]:
            kept.append(t)
    return kept


def _without_sources(s: _Sentence, ntext: str, cited: list[Hit], agents: frozenset[str]) -> list:
    """Mentions that are not the source of the report: from a source cue
    ("according to", "وفق ما أورده", "به گزارش") to the end of its clause or
    the "that" opening what is reported (``status.COMPLEMENTIZER_CUES``),
    actors are cited, not parties; the media (``agents.CITED_AGENTS``) right
    after a reporting verb ("ذكرت صحيفة", "reported the newspaper") and the
    country words naming them are at most topics."""
    stops = sorted(c.start for c in s.cues if c.entry.kind.endswith("complementizer"))

    def clause_end(pos: int, limit: int) -> int:
        stop = min(next((x for x in stops if x >= pos), limit), limit, s.end)
        end = pos
        while end < stop and ntext[end] not in _CLAUSE_BREAKS:
            end += 1
        return end

    zones: list[tuple[int, int]] = []
    media: list[tuple[int, int]] = []
    for cue in s.cues:
        if cue.entry.kind == "source":
            zones.append((cue.start, clause_end(cue.end, s.end)))
        elif cue.entry.kind == "reporting":
            medium = next((h for h in cited if 0 <= h.start - cue.end <= 2), None)
            if medium is not None:
                media.append((cue.start, clause_end(medium.end, medium.end + 40)))
    speakers = _speakers(s, stops, ntext)
    kept = []
    for m in s.mentions:
        if any(a <= m.start < b for a, b in zones):
            continue
        if any(a <= m.start < b for a, b in speakers):
            m.strong = False  # a party only if the report names no one else
        if any(a <= m.start < b for a, b in media):
            if m.location_only:
                continue
            # the medium and its country: at most a topic ("قالت صحيفة أمريكية");
            # a state agency's country often is a party of what it reports
            m.strong = False
            if m.agent in agents:
                m.agent = None
        kept.append(m)
    return kept


def _speakers(s: _Sentence, stops: list[int], ntext: str) -> list[tuple[int, int]]:
    """ "قال مسؤولان إيرانيان إن طهران أرسلت …": who says that someone did
    something is the source, not a party, unless the report names no one
    else. The speaker stands in the clause of a reporting verb, before a bare
    "that" (``status.COMPLEMENTIZER_CUES``; "that he", bound to a pronoun,
    refers back to the speaker, who is then the actor): after the verb in
    Arabic ("قال مسؤولان … إن"), before it in English or Persian."""
    bare = {c.start for c in s.cues if c.entry.kind == "complementizer"}
    zones = []
    for cue in s.cues:
        if cue.entry.kind != "reporting":
            continue
        stop = next((x for x in stops if x >= cue.end), None)
        if stop is None or stop not in bare:
            continue
        start = cue.start
        while start > s.start and ntext[start - 1] not in _CLAUSE_BREAKS:
            start -= 1
        zones.append((start, stop))
    return zones


def _clause_pool(
    s: _Sentence, trig: Hit, ntext: str, ctx, pair: tuple[str, ...], etype: str
) -> list:
    """Participants read in the trigger's own clause (``context.CLAUSE_BREAKS``:
    "،", "که", ":" …) when it names enough of them; else [] (the sentence's)."""
    begin = max((ntext.rfind(b, s.start, trig.start) for b in ctx.clause_breaks), default=-1)
    ends = [i for b in ctx.clause_breaks if (i := ntext.find(b, trig.end, s.end)) != -1]
    start = begin + 1 if begin >= s.start else s.start
    stop = min(ends) if ends else s.end
    local = [m for m in s.mentions if start <= m.start < stop]
    if not local:
        return []
    pool = select(
        local,
        pair,
        start=start,
        both_sides=s.both_sides,
        text=ntext,
        conj=ctx.conjunctions,
        directed=etype not in SYMMETRIC,
        fill_unknown=ctx.unknown_sides,
        lone_fill=ctx.lone_fill or s.counterpart,
        adjacent=ctx.adjacent_coordinated,
    )
    enough = 1 if _one_sided(etype, trig.entry.extra[0], ctx) else 2
    return pool if len({unit(m) for m in pool}) >= enough else []


# Cue kinds of a verb of saying before what is reported ("X said Y attacked Z").
_SAYING = frozenset({"reporting", "attribution"})


def _quote_start(ntext: str, start: int, pos: int, cues: list[Hit]) -> int | None:
    """Where the quotation or reported speech holding ``pos`` begins ("X
    گفت: «…»", "X said: …", "X اعلام کرد …", ``status.REPORTING_CUES``),
    or None when ``pos`` is not reported in its sentence."""
    colon = ntext.rfind(":", start, pos)
    guillemet = ntext.rfind("«", start, pos)
    if guillemet >= 0 and ntext.find("»", guillemet, pos) != -1:
        guillemet = -1  # a quotation closed before the trigger
    # a straight quote opens a quotation only when an odd number precede
    straight = ntext.rfind('"', start, pos) if ntext.count('"', start, pos) % 2 else -1
    opened = max(colon, guillemet, straight)
    verb = max(
        (c for c in cues if c.entry.kind in _SAYING and c.end <= pos),
        default=None,
        key=lambda c: c.end,
    )
    said = verb.end if verb is not None else -1
    if (
        verb is not None
        and verb.entry.kind == "attribution"
        and any(c.entry.kind == "bound_complementizer" and said <= c.start for c in cues)
    ):
        # where the speaker stands before the verb (``status.ATTRIBUTION_CUES``),
        # a pronoun of the report pointing back to it ("the army said it killed
        # …", "Iran said Israel struck its consulate") makes the deed its own
        said = -1
    # where the speaker follows the verb ("أعلنت الأمم المتحدة أن …"), the
    # report begins at the bare "that" after him
    that = max(
        (c.end for c in cues if c.entry.kind == "complementizer" and said <= c.start < pos),
        default=-1,
    )
    begin = max(opened + 1 if opened >= 0 else -1, said, that if said >= 0 else -1)
    return begin if begin > start else None


def _shift(item: Any, offset: int) -> Any:
    """A finder's match moved from sentence to document coordinates."""
    return replace(item, start=item.start + offset, end=item.end + offset)


def _merge(events: list[Event]) -> list[Event]:
    """One event per (type, participants, status, date) within a document.

    Participants are (country, agent) units: a report naming other agents
    ("police arrested protesters" / "soldiers arrested students") or a state
    as a whole (a headline) stays a mention of its own, so every event's
    actors are read in its own evidence (measured on hand-annotated corpus
    sentences: merging by countries alone lent later sentences' actors to
    the first one and hid the later events). Reports of one occasion are
    joined by the store (``store/merge.py``: same type, status and country
    set within a few days). An undated mention ("the two sides agreed")
    joins the first dated event with the same type, participants and
    status; roles and names known from either report are kept.
    """
    groups: dict[tuple[object, ...], list[Event]] = {}
    for ev in events:
        key = (ev.type, frozenset((a.code, a.agent) for a in ev.actors), ev.status)
        groups.setdefault(key, []).append(ev)
    out: list[Event] = []
    for group in groups.values():
        first_date = next((ev.date for ev in group if ev.date), None)
        by_date: dict[str | None, Event] = {}
        for ev in group:
            when = ev.date or first_date
            kept = by_date.get(when)
            if kept is None:
                ev.date = when
                by_date[when] = ev
                out.append(ev)
            else:
                _absorb(kept, ev)
    order = {id(ev): i for i, ev in enumerate(events)}
    return sorted(out, key=lambda ev: order[id(ev)])


def _absorb(kept: Event, ev: Event) -> None:
    for other in ev.actors:
        same = [a for a in kept.actors if a.code == other.code]
        match = next((a for a in same if a.agent == other.agent), None)
        if match is None and other.agent is None and same:
            match = same[0]  # the country named as a whole: one of its agents
        if match is None:
            match = next((a for a in same if a.agent is None), None)
            if match is None:
                kept.actors.append(other)
                continue
            match.agent = other.agent
        match.role = match.role or other.role
        match.name = match.name or other.name
        match.name_latin = match.name_latin or other.name_latin
    kept.sectors = list(dict.fromkeys(kept.sectors + ev.sectors))
    for amount in ev.amounts:
        if all((a.value, a.currency) != (amount.value, amount.currency) for a in kept.amounts):
            kept.amounts.append(amount)


def _counts(s: _Sentence, ntext: str, lang: str, amounts: list, dates: list) -> dict[str, int]:
    """Counts of people the sentence states; sums and dates are no counts."""
    taken = [(m.start, m.end) for m in amounts] + [(d.start, d.end) for d in dates]
    return find_counts(ntext, s.start, s.end, s.cues, lang, taken, s.people + s.agents)


def _movements_in_power(mentions: list[Mention], published: str | None) -> None:
    """A movement that has taken power acts as the government from that day
    on (the spec: whoever holds power is GOV)."""
    for m in mentions:
        if m.in_power and published and published >= m.in_power:
            m.agent = "GOV"


def _off_domain(s: _Sentence) -> bool:
    """A sentence about sport, film or markets ("the two teams met", "the
    dollar retreated"): its meetings and attacks are not political events
    (``context.OFF_DOMAIN_CUES``)."""
    return any(c.entry.kind == "off_domain" for c in s.cues)


def _has_any(text: str, words: frozenset[str]) -> bool:
    return any(w in text for w in words)


def _case_ok(hit: Hit, text: str, ntext: str, norm: Normalized, forms: dict[str, str]) -> bool:
    """Forms such as "US" must keep their case ("us" is a pronoun)."""
    form = forms.get(ntext[hit.base_start : hit.base_end])
    if form is None:
        return True
    a, b = norm.span_to_original(hit.base_start, hit.base_end)
    return text[a:b] == form


def _drop_title_words(
    sector_hits: list[Hit], actor_hits: list[Hit], ntext: str, ctx: Any
) -> list[Hit]:
    """ "وزير الصحة" names a minister, not health cooperation — and so do the
    words chained to it by spaces or one-letter conjunctions ("وزارة التجارة
    والصناعة والطاقة") and a sector word inside a title ("Minister of Culture")."""
    joiners = " " + "".join(sorted(c for c in ctx.conjunctions if len(c) == 1))
    titles = sorted(
        (h.start, h.end) for h in actor_hits if h.entry.kind in ("role", "institution", "agent")
    )
    starts = [a for a, _ in titles]
    kept: list[Hit] = []
    chain_end = -10
    for h in sorted(sector_hits, key=lambda h: h.start):
        i = bisect_right(starts, h.start) - 1  # the last title starting at or before h
        title_end = titles[i][1] if i >= 0 else -10
        gap = ntext[chain_end : h.start] if chain_end >= 0 else None
        after_title = (
            h.end <= title_end
            or 0 <= h.start - title_end <= 1
            or previous_word(ntext, h.start) in ctx.title_words
        )
        chained = gap is not None and h.start - chain_end <= 4 and gap.strip(joiners) == ""
        if after_title or chained:
            chain_end = h.end
            continue
        kept.append(h)
    return kept


def _title_codes(title: str, lang: str, ctx, lex) -> list[str]:
    tnorm = normalize(title)
    tn = tnorm.text
    layers = resolve(scan(tn, lex))
    words = [h for layer, hits in layers.items() if layer != PERSON for h in hits]
    known = frozenset(x for h in words for x in (h.start, h.end))
    hits = proper_names(layers.get(ACTOR, []), title, tnorm, known, ctx.names)
    ambiguous = lex.ambiguous - ctx.names.by_neighbours
    ms = find_mentions(tn, hits, layers.get(CUE, []), ctx, ambiguous)
    return [m.code for m in ms if not m.location_only]


def _latest_year(ntext: str, lang: str) -> int | None:
    years = plain_years(ntext[:20000], lang)
    plausible = [y for y in years if 1990 <= y <= 2100]
    return max(plausible) if plausible else None


def _annotate(
    s: _Sentence, norm: Normalized, amounts: list, dates: list
) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []

    def add(start: int, end: int, kind: str, label: str) -> None:
        a, b = norm.span_to_original(start, end)
        out.append({"start": a, "end": b, "kind": kind, "label": label})

    for m in s.mentions:
        if m.end > m.start:
            add(m.start, m.end, "actor", m.code)
    for t in s.triggers:
        add(t.start, t.end, "trigger", t.entry.value)
    for h in s.sectors:
        add(h.start, h.end, "sector", h.entry.value)
    for m in amounts:
        add(m.start, m.end, "amount", f"{m.value:g} {m.currency}")
    for d in dates:
        add(d.start, d.end, "date", d.value.isoformat())
    return out
