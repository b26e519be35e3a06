"""The sentences of a document, with their hits, mentions and marks.

``sentences_of`` buckets the scan's hits and mentions by sentence and marks
speakers, source clauses, words and sectors. Its own module because it
builds what every later step reads (``sentence.Sentence``).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from diplowatch.event_types import having
from diplowatch.extract.actors import previous_word
from diplowatch.extract.document_scan import SENTENCE_START
from diplowatch.extract.document_state import SAYING_CUES, DocumentActors, DocumentState
from diplowatch.extract.lexicon import CLOSED, CUE, EVENT, PERSON, SECTOR
from diplowatch.extract.referents import pronoun_referents, told_speakers
from diplowatch.extract.scan import Hit
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.sources import addressed_media, apposition_end, mark_sources, source_spans

TOLD_AGAIN = having("told_again")


def _bucket(items: list, spans: list[tuple[int, int]]) -> list[list]:
    """Distribute items (hits or mentions, by start) into sentence spans (linear merge)."""
    out: list[list] = [[] for _ in spans]
    j, n = 0, len(spans)
    for item in sorted(items, key=SENTENCE_START):
        pos = item.start
        while j < n and spans[j][1] <= pos:
            j += 1
        if j == n:
            break
        if spans[j][0] <= pos:
            out[j].append(item)
    return out


def sentences_of(
    doc: DocumentState,
    found: DocumentActors,
    spans: list[tuple[int, int]],
    triggers: list[Hit],
    force: list[Hit],
) -> list[Sentence]:
    """The sentences with their triggers (``_document_triggers``), mentions,
    sectors and cues; the mentions inside a source clause ("according to X")
    marked as sources."""
    sentences = _bucketed_sentences(doc, found, spans, triggers)
    if doc.ctx.first_person_verbs or doc.ctx.carry_joins:
        # carry_joins: a sentence opening on a joined verb (carried_subject)
        _mark_told_speakers(doc, found, spans, sentences)
    _mark_words(sentences, spans, found, force)
    _mark_source_clauses(doc, sentences)  # every sentence: the main pair counts no source
    return sentences


def _bucketed_sentences(
    doc: DocumentState, found: DocumentActors, spans: list[tuple[int, int]], triggers: list[Hit]
) -> list[Sentence]:
    """One ``Sentence`` per span with the document's triggers, mentions,
    sectors, cues and both-sides words that fall in it, bucketed once by
    position (``_bucket``) rather than filtered per sentence."""
    layers = found.layers
    sector_hits = _sector_hits(doc, found)
    both_sides = [h for h in found.actor_hits if h.entry.kind == "both_sides"]
    mirrors = [h for h in found.actor_hits if h.entry.kind == "counterpart"]
    sentences = [
        Sentence(
            start,
            end,
            trig,
            mentions,
            sectors,
            cues,
            bool(both),
            counterpart=_uses_counterpart(doc, start, end, trig, bool(mirror)),
        )
        for (start, end), trig, mentions, sectors, cues, both, mirror in zip(
            spans,
            _bucket(triggers, spans),
            _bucket(_with_referents(doc, found, spans), spans),
            _bucket(sector_hits, spans),
            _bucket(layers.get(CUE, []), spans),
            _bucket(both_sides, spans),
            _bucket(mirrors, spans),
            strict=True,
        )
    ]
    return sentences


def _sector_hits(doc: DocumentState, found: DocumentActors) -> list[Hit]:
    """The words of a sector, but those inside an office's title."""
    hits = [h for h in found.layers.get(SECTOR, []) if h.entry.kind == "sector"]
    return _drop_title_words(hits, found.actor_hits, doc.ntext, doc.ctx)


def _uses_counterpart(
    doc: DocumentState, start: int, end: int, trig: list[Hit], mirror: bool
) -> bool:
    """Whether a sentence may use the article's pair: only one with a
    trigger (the others are not split into words), that names a counterpart,
    refers back by an anaphor, or whose nouns refer back to a deed told before."""
    ctx = doc.ctx
    return bool(trig) and (
        mirror
        or _anaphoric(doc.ntext, start, end, ctx.anaphors)
        or (ctx.nouns_refer_back and _told_before(trig))
    )


def _mark_told_speakers(
    doc: DocumentState,
    found: DocumentActors,
    spans: list[tuple[int, int]],
    sentences: list[Sentence],
) -> None:
    """Each sentence's speaker read on from an earlier one: only a language
    whose verbs carry the person does so (``speaker_side.speaker_in_first_person``),
    and only a sentence with a trigger reads it."""
    asked = [bool(s.triggers) for s in sentences]
    speakers = told_speakers(doc.ntext, found.mentions, spans, asked)
    for s, speaker in zip(sentences, speakers, strict=True):
        s.told_speaker = speaker


def _with_referents(
    doc: DocumentState, found: DocumentActors, spans: list[tuple[int, int]]
) -> list:
    """The mentions with the referents of pronouns opening a sentence that
    reports no speech (``referents.pronoun_referents``)."""
    pronouns = doc.ctx.pronoun_subjects
    if not pronouns:
        return found.mentions
    said = [c.start for c in found.layers.get(CUE, []) if c.entry.kind in SAYING_CUES]
    oblique = (doc.ctx.oblique_preps, doc.ctx.oblique_breaks)
    return pronoun_referents(doc.ntext, found.mentions, spans, pronouns, said, oblique)


def _mark_words(
    sentences: list[Sentence], spans: list[tuple[int, int]], found: DocumentActors, force: list[Hit]
) -> None:
    """Give each sentence the spans of its nouns for people and its agents,
    the starts of its deeds of force and of every event word it names."""
    layers = found.layers
    agents = [
        h
        for h in found.actor_hits
        if h.entry.kind == "state_adj" or (h.entry.kind == "agent" and "owned" not in h.entry.extra)
    ]
    named = [h for h in layers.get(EVENT, []) if h.entry.kind in ("trigger", CLOSED)]
    for s, nouns, doers, words, hits in zip(
        sentences,
        _bucket(layers.get(PERSON, []), spans),
        _bucket(agents, spans),
        _bucket(force, spans),
        _bucket(named, spans),
        strict=True,
    ):
        s.people = [(h.start, h.end) for h in nouns]
        s.agents = [(h.start, h.end) for h in doers]
        s.force_words = [h.start for h in words]
        s.named = tuple(h.start for h in hits)


def _mark_source_clauses(doc: DocumentState, sentences: list[Sentence]) -> None:
    """Mark the mentions inside a source clause ("according to X") as
    sources: who reports an event is no party to it."""
    ctx = doc.ctx
    for s in sentences:
        if not s.mentions:  # speed74a: nobody to mark (the spans are read for nothing)
            continue
        sources = source_spans(
            doc.ntext,
            s.start,
            s.end,
            s.cues,
            s.triggers,
            ctx.clause_punct,
            ctx.source_openers,
            ctx.subordinators,
            ctx.opening_participles,
        )
        # the medium a statement is told to: the main pair counts it no more
        sources += addressed_media(s, doc.ntext, ctx.cited_agents, ctx.addressee_markers)
        if ctx.medium_appositions:
            # reporters73: the medium's apposition is part of its source clause
            sources = [
                (a, apposition_end(s, doc.ntext, b, ctx.medium_appositions)) for a, b in sources
            ]
        mark_sources(s.mentions, sources)


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


def _drop_title_words(
    sector_hits: list[Hit], actor_hits: list[Hit], ntext: str, ctx: Any
) -> list[Hit]:
    """ "وزير الصحة" names a minister, not health cooperation — and so do the
    words chained to it by spaces or one-letter conjunctions ("وزارة التجارة
    والصناعة والطاقة") and a sector word inside a title ("Minister of Culture")."""
    if not sector_hits:  # most documents: no title to sort (speed72a)
        return []
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
