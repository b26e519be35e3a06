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
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from diplowatch.extract.actors import (
    Mention,
    add_home_mentions,
    context,
    find_mentions,
    learn_names,
    main_pair,
    previous_word,
)
from diplowatch.extract.lexicon import ACTOR, CUE, EVENT, SECTOR, lexicon
from diplowatch.extract.scan import Hit, resolve, scan
from diplowatch.model import Actor, Amount, Event, Evidence
from diplowatch.text.normalize import Normalized, normalize

EXTRACTOR_VERSION = "1"

# Types whose participants act together (one event with everyone) rather
# than one side acting on another (one event per source–target pair).
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
# Types that can carry areas of cooperation and money.
COOPERATIVE = {"CONSULT", "AGREE", "COOPERATE", "AID", "REQUEST"}
MONEY_TYPES = {"AID"}
MAX_SENTENCE_ACTORS = 6
# Verbal reactions whose object is often another event's noun.
REACTIONS = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST"}
_YEAR = re.compile(r"(?<!\d)(1[3-4]\d\d|19\d\d|20\d\d)(?!\d)")


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
    dates: list | None = None


@dataclass
class Extraction:
    events: list[Event]
    annotations: list[dict[str, object]]


def _bucket(items: list, spans: list[tuple[int, int]], key) -> list[list]:
    """Distribute position-sorted items into sentence spans (linear merge)."""
    out: list[list] = [[] for _ in spans]
    j = 0
    for item in sorted(items, key=key):
        pos = key(item)
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
) -> str:
    prev = previous_word(text, trigger.start)
    for cue in sentence.cues:
        if cue.entry.kind != "negation":
            continue
        if cue.end <= trigger.start and trigger.start - cue.end <= 2:
            return "negated"
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
        if cue.entry.kind == "planned" and trigger.start - 40 <= cue.start <= trigger.end + after:
            return "planned"
    return "reported"


def _coordinated_groups(
    mentions: list[Mention], text: str, conj: frozenset[str]
) -> list[list[Mention]]:
    """Split mentions into runs joined only by conjunctions and commas."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if groups and m.code == groups[-1][-1].code:
            continue  # the same actor named again ("… آسيا (آسيان)")
        if groups:
            gap = text[groups[-1][-1].end : m.start].strip()
            if gap == "" or gap in conj or all(w in conj for w in gap.split()):
                groups[-1].append(m)
                continue
        groups.append([m])
    return groups


def _one_group(mentions: list[Mention], text: str, conj: frozenset[str]) -> bool:
    return len(_coordinated_groups(mentions, text, conj)) == 1


def _participants(
    sentence: _Sentence,
    pair: tuple[str, ...],
    text: str = "",
    conj: frozenset[str] = frozenset(),
    directed: bool = False,
) -> list[Mention]:
    strong = [m for m in sentence.mentions if m.strong and not m.location_only]
    codes = {m.code for m in strong}
    chosen = list(strong)
    if len(codes) < 2 or (directed and _one_group(strong, text, conj)):
        for m in sentence.mentions:
            if not m.strong and not m.location_only and m.code not in codes:
                chosen.append(m)
                codes.add(m.code)
                break
    lone_in_pair = bool(codes) and codes <= set(pair)
    if len(codes) < 2 and len(pair) == 2 and (sentence.both_sides or lone_in_pair):
        for code in pair:
            if code not in codes:
                chosen.append(Mention(sentence.start, sentence.start, code, "pair", False))
                codes.add(code)
    chosen.sort(key=lambda m: m.start)
    return chosen


def _actor_list(mentions: list[Mention]) -> list[Actor]:
    by_code: dict[str, Actor] = {}
    for m in mentions:
        actor = by_code.get(m.code)
        if actor is None:
            by_code[m.code] = Actor(m.code, m.role, m.name, m.name_latin)
        else:
            actor.role = actor.role or m.role
            actor.name = actor.name or m.name
            actor.name_latin = actor.name_latin or m.name_latin
    return list(by_code.values())


def _split(
    etype: str, people: list[Mention], text: str, conj: frozenset[str]
) -> list[list[Mention]]:
    """Source–target sides from the first two coordinated groups.

    "X, Y and Z cut ties with Q" gives X–Q, Y–Q, Z–Q (no pairs among the
    co-acting states); joint types (meetings, agreements) keep everyone in
    the two groups together. Later mentions are topics or places.
    """
    if len({m.code for m in people}) <= 2:
        return [people]
    groups = _coordinated_groups(people, text, conj)
    if len(groups) == 1:
        # Co-acting states alone ("A and B prepare aid") are not a pair for a
        # directed event; a joint meeting of a listed group is.
        return [groups[0]] if etype in SYMMETRIC else []
    if etype in SYMMETRIC and not (len(groups[0]) == 1 and len(groups[1]) > 1):
        return [groups[0] + groups[1]]
    # One actor meeting several in turn (a tour) is several bilateral events.
    out = [[s, t] for s in groups[0] for t in groups[1] if s.code != t.code]
    return out or [groups[0] + groups[1]]


def _is_background(sentence_text: str, ref_year: int | None) -> bool:
    if ref_year is None:
        return False
    years = [int(y) for y in _YEAR.findall(sentence_text)]
    years = [y + 621 if y < 1500 else y for y in years]  # Solar Hijri → rough Gregorian
    return bool(years) and max(years) < ref_year - 1


def extract_document(
    text: str, norm: Normalized | None, lang: str, published: str | None, title: str | None = None
) -> Extraction:
    """Events and highlight annotations of one document (see module docstring)."""
    from diplowatch.dates.mentions import find_dates
    from diplowatch.extract.money import find_money
    from diplowatch.text.segment import sentence_spans

    norm = norm or normalize(text)
    ntext = norm.text
    lex = lexicon(lang)
    ctx = context(lang)
    layers = resolve(scan(ntext, lex))
    actor_hits = layers.get(ACTOR, [])
    if lex.case_sensitive:
        actor_hits = [h for h in actor_hits if _case_ok(h, text, ntext, norm, lex.case_sensitive)]
    cue_hits = layers.get(CUE, [])
    mentions = find_mentions(ntext, actor_hits, cue_hits, ctx, lex.ambiguous)
    mentions = add_home_mentions(ntext, mentions, actor_hits, ctx)
    known_words = frozenset(h.start for hits in layers.values() for h in hits)
    mentions = learn_names(ntext, text, norm, mentions, ctx, known_words)
    for m in mentions:
        if m.name_span:  # names are reported as written, not as normalised
            a, b = norm.span_to_original(*m.name_span)
            m.name = text[a:b]
    spans = sentence_spans(ntext, lang)
    if not spans:
        return Extraction([], [])
    sentences = [_Sentence(s, e) for s, e in spans]
    triggers = [h for h in layers.get(EVENT, []) if h.entry.kind in ("trigger", "money_trigger")]
    sector_hits = [h for h in layers.get(SECTOR, []) if h.entry.kind == "sector"]
    sector_hits = _drop_title_words(sector_hits, actor_hits, ntext, ctx.title_words)
    for bucket, s in zip(_bucket(triggers, spans, lambda h: h.start), sentences, strict=True):
        s.triggers = bucket
    for bucket, s in zip(_bucket(mentions, spans, lambda m: m.start), sentences, strict=True):
        s.mentions = bucket
    for bucket, s in zip(_bucket(sector_hits, spans, lambda h: h.start), sentences, strict=True):
        s.sectors = bucket
    for bucket, s in zip(_bucket(cue_hits, spans, lambda h: h.start), sentences, strict=True):
        s.cues = bucket
    for bucket, s in zip(
        _bucket([h for h in actor_hits if h.entry.kind == "both_sides"], spans, lambda h: h.start),
        sentences,
        strict=True,
    ):
        s.both_sides = bool(bucket)
    title_codes = _title_codes(title, lang, ctx, lex) if title else []
    pair = main_pair(mentions, title_codes)
    anchor = date.fromisoformat(published) if published else None
    ref_year = anchor.year if anchor else _latest_year(ntext)

    # Money and dates are looked for only in sentences that need them (those
    # with an event or right after one): most sentences of a long article
    # have neither, and these finders are the costliest step.
    # Finder results are kept per sentence text: boilerplate and repeated
    # sentences (the same paragraph in a page twice) are read once.
    money_seen: dict[str, list] = {}
    dates_seen: dict[str, list] = {}

    def money_in(s: _Sentence) -> list:
        if s.money is None:
            stext = ntext[s.start : s.end]
            if stext not in money_seen:
                money_seen[stext] = find_money(stext, lang)
            s.money = [_shift(m, s.start) for m in money_seen[stext]]
            if s.money:  # "دولار أمريكي" names a currency, not the United States.
                s.mentions = [
                    m for m in s.mentions if not any(x.start <= m.start < x.end for x in s.money)
                ]
        return s.money

    def dates_in(s: _Sentence) -> list:
        if s.dates is None:
            stext = ntext[s.start : s.end]
            if stext not in dates_seen:
                # Without a publication date, year-less dates take the
                # latest year the article names.
                found = find_dates(stext, lang, anchor, year_hint=None if anchor else ref_year)
                dates_seen[stext] = [d for d in found if d.precision == "day"]
            s.dates = [_shift(d, s.start) for d in dates_seen[stext]]
        return s.dates

    events: list[Event] = []
    annotations: list[dict[str, object]] = []
    recent: list[tuple[int, Event]] = []  # (sentence index, event) for elaborations
    for idx, s in enumerate(sentences):
        stext = ntext[s.start : s.end]
        sector_keys = list(dict.fromkeys(h.entry.value for h in s.sectors))
        near_event = bool(recent) and idx - recent[-1][0] <= 2
        amounts = money_in(s) if s.triggers or near_event else []
        new_events: list[Event] = []
        if not amounts:
            # "will provide", "allocated" are aid only when a sum is named.
            s.triggers = [t for t in s.triggers if t.entry.kind != "money_trigger"]
        if s.triggers and not _is_background(stext, ref_year):
            new_events = _sentence_events(
                s, ntext, norm, text, pair, ctx, lex.future_prefixes, dates_in
            )
        if new_events:
            for ev in new_events:
                if ev.type in COOPERATIVE:
                    ev.sectors = list(sector_keys)
                if ev.type in MONEY_TYPES and amounts:
                    ev.amounts = [
                        Amount(m.value, m.currency, "pledge" if ev.type == "AID" else "other")
                        for m in amounts
                    ]
            events.extend(new_events)
            recent = [(idx, ev) for ev in new_events]
            annotations.extend(_annotate(s, norm, amounts, dates_in(s)))
        elif near_event and (sector_keys or amounts):
            if not _has_any(stext, ctx.sector_scope):
                sector_keys = []
            # A sentence with no event of its own that names areas or sums
            # elaborates on the previous event ("the agreements cover …").
            for _, ev in recent:
                if ev.type in COOPERATIVE - {"REQUEST"}:
                    ev.sectors = list(dict.fromkeys(ev.sectors + sector_keys))
                if ev.type in MONEY_TYPES and amounts:
                    ev.amounts.extend(Amount(m.value, m.currency, "other") for m in amounts)
            annotations.extend(_annotate(s, norm, amounts, []))
    return Extraction(_merge(events), annotations)


def _sentence_events(
    s: _Sentence,
    ntext: str,
    norm: Normalized,
    text: str,
    pair: tuple[str, ...],
    ctx,
    future_prefixes: frozenset[str],
    dates_in: Callable[[_Sentence], list],
) -> list[Event]:
    conj = ctx.conjunctions
    joint = _participants(s, pair, ntext, conj, directed=False)[: MAX_SENTENCE_ACTORS * 2]
    if len({m.code for m in joint}) < 2:
        return []
    directed = _participants(s, pair, ntext, conj, directed=True)[: MAX_SENTENCE_ACTORS * 2]
    types_here = {t.entry.value for t in s.triggers}
    dates = dates_in(s)
    start, end = norm.span_to_original(s.start, s.end)
    evidence = Evidence(text[start:end], start, end)
    location = next((m.code for m in s.mentions if m.location_only), None)
    seen: set[tuple[str, str, str]] = set()
    out: list[Event] = []
    candidates = s.triggers
    if types_here & REACTIONS:
        # "condemned the attack", "welcomed the agreement": the noun is what
        # is reacted to, not a second event.
        candidates = [
            t
            for t in candidates
            if t.entry.affix == "verb" or t.entry.value in REACTIONS | {"CONSULT", "AID"}
        ]
    if types_here & {"CONSULT", "AGREE"}:
        # "discussed/agreed to strengthen cooperation" is one event.
        candidates = [t for t in candidates if t.entry.value != "COOPERATE"]
    for trig in _main_triggers(candidates, ctx.main_trigger):
        etype, mode = trig.entry.value, trig.entry.extra[0]
        status = _status(trig, s, ntext, future_prefixes, ctx.negation_follows)
        key = (etype, mode, status)
        if key in seen:
            continue
        seen.add(key)
        when = (
            min(dates, key=lambda d: abs(d.start - trig.start)).value.isoformat() if dates else None
        )
        people = joint if etype in SYMMETRIC else directed
        for side in _split(etype, people, ntext, conj):
            actors = _actor_list(side + [m for m in s.mentions if m.code in {x.code for x in side}])
            if len(actors) < 2:
                continue
            out.append(
                Event(
                    type=etype,
                    mode=mode,
                    status=status,
                    actors=actors,
                    date=when,
                    location=location,
                    evidence=evidence,
                    trigger=ntext[trig.base_start : trig.base_end],
                )
            )
    return out


def _main_triggers(triggers: list[Hit], position: str) -> list[Hit]:
    """Triggers that stand for events of their own.

    Every trigger counts; nouns that are only the object of a reaction have
    already been dropped by the caller. (Keeping only the predicate — first
    trigger in Arabic/English, last in Persian, ``context.MAIN_TRIGGER`` —
    measured lower recall on the dev set for the same precision.)
    """
    del position
    return triggers


def _shift(item: Any, offset: int) -> Any:
    """A finder's match moved from sentence to document coordinates."""
    return replace(item, start=item.start + offset, end=item.end + offset)


def _merge(events: list[Event]) -> list[Event]:
    """One event per (type, actors, status, date) within a document.

    An undated mention (a headline, "the two sides agreed") joins the first
    dated event of the same type, actors and status.
    """
    groups: dict[tuple[object, ...], list[Event]] = {}
    for ev in events:
        key = (ev.type, frozenset(a.code for a in ev.actors), ev.status)
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
    by_code = {a.code: a for a in ev.actors}
    for actor in kept.actors:
        other = by_code.get(actor.code)
        if other is not None:
            actor.role = actor.role or other.role
            actor.name = actor.name or other.name
            actor.name_latin = actor.name_latin or other.name_latin
    kept.sectors = list(dict.fromkeys(kept.sectors + ev.sectors))
    for amount in ev.amounts:
        if all((a.value, a.currency) != (amount.value, amount.currency) for a in kept.amounts):
            kept.amounts.append(amount)


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
    sector_hits: list[Hit], actor_hits: list[Hit], ntext: str, title_words: frozenset[str]
) -> list[Hit]:
    """ "وزير الصحة" names a minister, not health cooperation — and so do the
    words chained to it ("وزارة التجارة والصناعة والطاقة")."""
    title_ends = sorted(h.end for h in actor_hits if h.entry.kind in ("role", "institution"))
    kept: list[Hit] = []
    chain_end = -10
    for h in sorted(sector_hits, key=lambda h: h.start):
        gap = ntext[chain_end : h.start] if chain_end >= 0 else None
        i = bisect_left(title_ends, h.start - 1)  # a title ending 0-1 characters before
        after_title = (i < len(title_ends) and title_ends[i] <= h.start) or (
            previous_word(ntext, h.start) in title_words
        )
        chained = gap is not None and h.start - chain_end <= 4 and gap.strip(" ،,و") == ""
        if after_title or chained:
            chain_end = h.end
            continue
        kept.append(h)
    return kept


def _title_codes(title: str, lang: str, ctx, lex) -> list[str]:
    tn = normalize(title).text
    layers = resolve(scan(tn, lex))
    ms = find_mentions(tn, layers.get(ACTOR, []), layers.get(CUE, []), ctx, lex.ambiguous)
    return [m.code for m in ms if not m.location_only]


def _latest_year(ntext: str) -> int | None:
    years = [int(y) for y in _YEAR.findall(ntext[:20000])]
    years = [y + 621 if y < 1500 else y for y in years]
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
