"""speed74a: the steps after the mentions do less work and return what they
returned.

Each rewrite is checked against the code it replaced, kept here as a
reference (copied from before the rewrite), on texts written for these
tests in Arabic, Persian and English: each rewritten step gives the old
answer at every position of the texts it reads, and the whole extraction
with the old code patched back in equals the new one's."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from diplowatch.extract import (
    document_scan,
    document_sentences,
    doers,
    had_none,
    landmarks,
    own_clause,
    parties,
    sources,
    trigger_candidates,
)
from diplowatch.extract import document_state as ds
from diplowatch.extract import referents as refs
from diplowatch.extract.actor_context import context
from diplowatch.extract.history import old_year_spans
from diplowatch.extract.inflicted import _PLACE_KINDS, _inflicted, inflicted_out
from diplowatch.extract.lexicon import Entry, lexicon
from diplowatch.extract.mention import Mention
from diplowatch.extract.scan import Hit, scan
from diplowatch.extract.sentence import Sentence
from diplowatch.extract.sources import addressed_media, apposition_end, mark_sources, source_spans
from diplowatch.extract.surnames import FAMILY_NAME, _family_name_kept, family_names_out
from diplowatch.extract.when import dated_ahead, plain_year_spans
from diplowatch.model import Document
from diplowatch.pipeline import process
from diplowatch.text.normalize import normalize
from diplowatch.text.punctuation import COMMAS

# Texts written for these tests: buildings after a town, harms inflicted,
# honorifics before family names, contrast clauses, opening phrases of what
# came before, a negated "have", a speaker going on, old years and dates ahead.
TEXTS = {
    "ar": [
        "بعد الهجوم على السفارة، اعتقلت الشرطة المصرية ثلاثة رجال عند مستشفى القاهرة.",
        "قال وزير الخارجية الإيراني إن إسرائيل قصفت دمشق، بينما أدانت روسيا الهجوم.",
        "أطلق مسلحون النار قرب جامعة بغداد عام 2015 وقتلوا طالبين.",
        "التقى السيد بنت بالرئيس الأمريكي في واشنطن. وقال: سنزور القاهرة في 20 يونيو 2030.",
        "في حين رفضت تركيا الاتفاق، وقعت مصر والسعودية اتفاقا للتعاون.",
    ],
    "fa": [
        "پس از حمله به سفارت، پلیس ایران سه نفر را در بیمارستان تهران بازداشت کرد.",
        "نیروهای ارتش تلفات سنگینی به طالبان وارد کردند و به شهر وارد شدند.",
        "آقای بنت گفت اسرائیل با ایران دیداری نداشت، در حالی که روسیه با ترکیه دیدار کرد.",
        "وزیر خارجه ایران وارد بغداد شد. وی افزود: ما با عراق گفتگو خواهیم کرد.",
        "در سال ۱۳۶۷ ارتش عراق به ایران حمله کرد و این در حالی است که آمریکا سکوت کرد.",
    ],
    "en": [
        "After the attack on the embassy, Egyptian police arrested three men at a Cairo hospital.",
        "The Iranian minister said Israel struck Damascus, while Russia condemned the attack.",
        "Gunmen opened fire near Baghdad University in 2015 and killed two students.",
        "Mr Bennett met the US president in Washington. He added: we will visit Cairo on 20 June 2030.",
        "Whereas Turkey rejected the deal, Egypt and Saudi Arabia signed a cooperation agreement.",
    ],
}
LANGS = sorted(TEXTS)
PADDING = {"ar": "في هذا اليوم ", "fa": "در این روز ", "en": "on this day "}


def _texts(lang: str) -> list[str]:
    """The language's texts, alone and after 30 padding words, normalised."""
    raw = TEXTS[lang] + [PADDING[lang] * 10 + t for t in TEXTS[lang]]
    return [normalize(t).text for t in raw]


def _mentions(ntext: str) -> list[Mention]:
    """A mention on every word of ``ntext``, of every kind the rules read."""
    out, at = [], 0
    kinds = ("city", "agent", "state", "capital", "person")
    for n, word in enumerate(ntext.split()):
        at = ntext.index(word, at)
        out.append(Mention(at, at + len(word), "EGY", kinds[n % len(kinds)], True))
        at += len(word)
    return out


# -- landmarks._town_before ---------------------------------------------------


def _town_before_old(
    text: str, m: Mention, mentions: list[Mention], _ends: object = None
) -> Mention | None:
    """``landmarks._town_before`` before speed74a and speed74b: every gap
    sliced (the table speed74b passes is not read)."""
    for o in mentions:
        if o.end <= m.start and not o.agent and not o.role and not text[o.end : m.start].strip():
            return o if o.kind in landmarks._TOWN_KINDS else None
    return None


@pytest.mark.parametrize("lang", LANGS)
def test_town_before_as_before(lang: str) -> None:
    for ntext in _texts(lang) + [normalize("Cairo  \n hospital").text]:
        mentions = _mentions(ntext)
        for m in mentions:
            ends = landmarks._plain_ends(mentions)
            assert landmarks._town_before(ntext, m, mentions, ends) is _town_before_old(
                ntext, m, mentions
            )


def test_town_before_needs_blanks_only() -> None:
    text = "at a Berlin hospital, near Berlin, a hospital"
    town = Mention(5, 11, "DEU", "city", True)
    after_comma = Mention(27, 33, "DEU", "city", True)
    first = Mention(12, 20, "DEU", "agent", True, agent="HLH")
    second = Mention(37, 45, "DEU", "agent", True, agent="HLH")
    mentions = [town, first, after_comma, second]
    ends = landmarks._plain_ends(mentions)
    assert landmarks._town_before(text, first, mentions, ends) is town
    assert landmarks._town_before(text, second, mentions, ends) is None  # ", a" between


# -- inflicted_out ------------------------------------------------------------


def _inflicted_out_old(hits: list[Hit], ntext: str, ctx: Any) -> list[Hit]:
    """``inflicted_out`` before speed74a: every hit sliced and split."""
    if not ctx.inflicted_verbs:
        return hits
    places = frozenset(h.start for h in hits if h.entry.kind in _PLACE_KINDS)
    return [h for h in hits if not _inflicted(h, ntext, ctx, places)]


@pytest.mark.parametrize("lang", LANGS)
def test_inflicted_out_as_before(lang: str) -> None:
    ctx = context(lang)
    for ntext in _texts(lang):
        hits = scan(ntext, lexicon(lang))
        assert inflicted_out(hits, ntext, ctx) == _inflicted_out_old(hits, ntext, ctx)


def test_inflicted_still_dropped() -> None:
    ntext = normalize("ارتش تلفات سنگینی به طالبان وارد کرد.").text
    hits = scan(ntext, lexicon("fa"))
    entering = [h for h in hits if ntext[h.start : h.end].startswith("وارد")]
    assert entering and not set(map(id, entering)) & set(
        map(id, inflicted_out(hits, ntext, context("fa")))
    )
    plain = normalize("ارتش وارد شهر شد.").text
    kept = inflicted_out(scan(plain, lexicon("fa")), plain, context("fa"))
    assert any(plain[h.start : h.end].startswith("وارد") for h in kept)


# -- sources, doers: lists joined once ----------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_joined_once_as_unions(lang: str) -> None:
    ctx = context(lang)
    joined = sources._clause_ends(ctx.clause_punct, ctx.subordinators)
    assert joined == ctx.clause_punct | {f" {w} " for w in ctx.subordinators}
    # the doer markers' stops, now kept on the context (``Context.phrase_stops``)
    stop = ctx.phrase_stops
    assert stop == (
        ctx.target_preps
        | ctx.topic_preps
        | ctx.partner_preps
        | ctx.about_preps
        | ctx.scene_preps
        | ctx.place_preps
        | ctx.location_preps
        | ctx.conjunctions
    )


# -- doers.cause_span ---------------------------------------------------------


def _cause_span_old(s_start: int, s_end: int, ntext: str, ctx: Any) -> tuple[int, int] | None:
    """``doers.cause_span`` before speed74a: the sentence sliced whole."""
    if not ctx.cause_openers:
        return None
    head = ntext[s_start:s_end].lstrip()
    lead = s_end - s_start - len(head)
    words = doers._WORD.findall(head[:40])
    opener = next(
        (n for n in (3, 2, 1) if len(words) >= n and " ".join(words[:n]) in ctx.cause_openers),
        None,
    )
    if opener is None or (len(words) > opener and words[opener] in ctx.demonstratives):
        return None
    comma = min((i for c in COMMAS if (i := head.find(c)) > 0), default=-1)
    if comma < 0:
        return None
    return s_start + lead, s_start + lead + comma


@pytest.mark.parametrize("lang", LANGS)
def test_cause_span_as_before(lang: str) -> None:
    ctx = context(lang)
    found = 0
    for ntext in _texts(lang) + [" \n " + t for t in _texts(lang)]:
        for start in range(len(ntext)):
            for end in {len(ntext), min(len(ntext), start + 30), start}:
                new = doers.cause_span(start, end, ntext, ctx)
                assert new == _cause_span_old(start, end, ntext, ctx)
                found += new is not None
    assert found  # the texts open on a cause


# -- own_clause._contrast_span ------------------------------------------------


def _contrast_span_old(s: Sentence, trig: Hit, ntext: str, ctx: Any) -> Any:
    """``own_clause._contrast_span`` before speed74a: every pattern run."""
    patterns, _ = own_clause._contrast_patterns(ctx.contrast_breaks)
    cuts = [(m.start(1), m.end(1)) for rx in patterns for m in rx.finditer(ntext, s.start, s.end)]
    before = [c for c in cuts if c[0] < trig.start]
    after = [c for c in cuts if c[0] > trig.end]
    if not (before or after):
        return None
    lo, body = max(before) if before else min(after)
    hi = s.end
    if ctx.verb_final:
        hi = own_clause._clause_comma(ntext, body, s.end, ctx)
    return lo, body, hi


def _trigger(start: int, end: int) -> Hit:
    """A bare trigger at a span."""
    return Hit(start, end, start, end, Entry("event", "trigger", "ASSAULT", "verb", ("x",)), "")


@pytest.mark.parametrize("lang", LANGS)
def test_contrast_span_as_before(lang: str) -> None:
    ctx = context(lang)
    found = 0
    for ntext in _texts(lang):
        for start in range(0, len(ntext), 5):
            s = Sentence(start, len(ntext), [], [], [], [], False)
            for at in range(0, len(ntext), 4):
                trig = _trigger(at, at + 1)
                old = _contrast_span_old(s, trig, ntext, ctx)
                assert own_clause._contrast_span(s, trig, ntext, ctx) == old
                found += old is not None
    assert found  # the texts hold contrast words


# -- had_none -----------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_had_none_as_without_document_test(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for ntext in _texts(lang):
        hits = [h for h in scan(ntext, lexicon(lang)) if h.entry.layer == "event"]
        s = Sentence(0, len(ntext), hits, [], [], [], False)
        new = [had_none.had_none(t, s, ntext, lang) for t in hits]
        with monkeypatch.context() as m:
            m.setattr(had_none, "_may_have_none", lambda _t, _w: True)
            assert [had_none.had_none(t, s, ntext, lang) for t in hits] == new


def test_had_none_still_read() -> None:
    ntext = normalize("ایران با آمریکا دیداری نداشت.").text
    hits = [h for h in scan(ntext, lexicon("fa")) if h.entry.layer == "event"]
    s = Sentence(0, len(ntext), hits, [], [], [], False)
    assert any(had_none.had_none(t, s, ntext, "fa") for t in hits)


# -- surnames.family_names_out ------------------------------------------------


def _family_names_out_old(text: str, hits: list[Hit], ctx: Any) -> list[Hit]:
    """``family_names_out`` before speed74a: the full names' ids read first."""
    holders = [
        h
        for h in hits
        if h.entry.layer == "actor" and h.entry.kind == "person" and len(h.entry.extra) >= 2
    ]
    family = [h for h in holders if FAMILY_NAME in h.entry.extra[2:]]
    if not family:
        return list(hits)
    full = {
        pid for h in holders if FAMILY_NAME not in h.entry.extra[2:] for pid in h.entry.extra[0]
    }
    dropped = {id(h) for h in family if not _family_name_kept(text, h, full, ctx)}
    return [h for h in hits if id(h) not in dropped] if dropped else list(hits)


@pytest.mark.parametrize("lang", LANGS)
def test_family_names_out_as_before(lang: str) -> None:
    ctx = context(lang)
    for ntext in _texts(lang):
        hits = scan(ntext, lexicon(lang))
        assert family_names_out(ntext, hits, ctx) == _family_names_out_old(ntext, hits, ctx)


# -- history.old_year_spans -------------------------------------------------


def _old_year_spans_old(s: Sentence, doc: Any) -> list[tuple[int, int]]:
    """``old_year_spans`` before speed74a: the article's year read first."""
    if doc.ref_year is None:
        return []
    stext = doc.ntext[s.start : s.end]
    old = [
        (s.start + a, s.start + b)
        for a, b, year in plain_year_spans(stext, doc.lang)
        if year < doc.ref_year - 1
    ]
    counted = doc.counted_in(s) if old else []
    return [span for span in old if span not in counted]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("published", [None, "2024-05-01"])
def test_old_year_spans_as_before(lang: str, published: str | None) -> None:
    for ntext in _texts(lang):
        norm = normalize(ntext)
        doc = ds.DocumentState(ntext, norm, lang, lexicon(lang), context(lang))
        doc.anchor = None if published is None else date.fromisoformat(published)
        for start in range(0, len(ntext), 7):
            s = Sentence(start, len(ntext), [], [], [], [], False)
            s.people = []
            assert old_year_spans(s, doc) == _old_year_spans_old(s, doc)


# -- referents.told_speakers --------------------------------------------------


def _told_speakers_old(
    ntext: str, mentions: list[Mention], spans: list[tuple[int, int]], asked: Any = None
) -> list[Mention | None]:
    """``told_speakers`` before speed74a: a referent looked for everywhere."""
    asked = asked if asked is not None else [True] * len(spans)
    needed = [any(asked[i + 1 : i + 1 + refs.SPEAKER_REACH]) for i in range(len(spans))]
    subjects = [
        refs._subject_of(inside, a, b) if need else None
        for (a, b), inside, need in zip(spans, refs._by_span(mentions, spans), needed, strict=True)
    ]
    out: list[Mention | None] = []
    for i, (start, end) in enumerate(spans):
        referent = next(
            (m for m in reversed(subjects[max(0, i - refs.SPEAKER_REACH) : i]) if m is not None),
            None,
        )
        first = refs.first_word(ntext, start, end) if referent and asked[i] else None
        if referent is None or first is None:
            out.append(None)
        else:
            out.append(refs._standing_for(referent, first[0], first[0] + len(first[1])))
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_told_speakers_as_before(lang: str) -> None:
    ntext = normalize(" ".join(TEXTS[lang])).text
    cuts = [i + 1 for i, c in enumerate(ntext) if c in ".:"]
    spans = list(zip([0, *cuts], [*cuts, len(ntext)], strict=True))
    mentions = [Mention(m.start, m.end, "EGY", "person", True, role="FM") for m in _mentions(ntext)]
    found = 0
    for mask in range(1 << min(len(spans), 8)):
        asked = [bool(mask >> i & 1) for i in range(len(spans))]
        new = refs.told_speakers(ntext, mentions, spans, asked)
        assert new == _told_speakers_old(ntext, mentions, spans, asked)
        found += any(new)
    assert refs.told_speakers(ntext, mentions, spans) == _told_speakers_old(ntext, mentions, spans)
    assert found


# -- the whole extraction with the old steps patched back in -----------------


def _dated_ahead_old(self: Any, s: Sentence, trigger: Hit) -> bool:
    """``DocumentState.dated_ahead`` before speed74a: the dates read first."""
    dates = self.dates_in(s)
    if trigger.entry.value in ds.REACTIONS or not dates or self.anchor is None:
        return False
    if not dated_ahead(dates, trigger.start, self.anchor, self.ntext, self.lang):
        return False
    sayings = (c.start for c in s.cues if c.entry.kind in ds.SAYING_CUES)
    others = tuple(start for start in s.named if start != trigger.start) + tuple(sayings)
    return dated_ahead(dates, trigger.start, self.anchor, self.ntext, self.lang, others)


def _mark_source_clauses_old(doc: Any, sentences: list[Sentence]) -> None:
    """``_mark_source_clauses`` before speed74a: every sentence read."""
    ctx = doc.ctx
    for s in sentences:
        found = source_spans(
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
        found += addressed_media(s, doc.ntext, ctx.cited_agents, ctx.addressee_markers)
        if ctx.medium_appositions:
            found = [(a, apposition_end(s, doc.ntext, b, ctx.medium_appositions)) for a, b in found]
        mark_sources(s.mentions, found)


def _run(lang: str, published: str | None) -> str:
    """The events and annotations of the language's texts, as JSON."""
    out = []
    for n, text in enumerate(TEXTS[lang]):
        rec = process(Document(doc_id=f"t{n}", text=text, lang=lang, published=published))
        out.append(rec.to_dict())
    return json.dumps(out, ensure_ascii=False, sort_keys=True, default=str)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("published", [None, "2024-05-01"])
def test_extraction_with_old_steps(
    lang: str, published: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = _run(lang, published)
    monkeypatch.setattr(landmarks, "_town_before", _town_before_old)
    monkeypatch.setattr(document_scan, "inflicted_out", _inflicted_out_old)
    monkeypatch.setattr(sources, "_clause_ends", lambda b, s: b | {f" {w} " for w in s})
    monkeypatch.setattr(document_sentences, "_mark_source_clauses", _mark_source_clauses_old)
    monkeypatch.setattr(document_scan, "family_names_out", _family_names_out_old)
    monkeypatch.setattr(trigger_candidates, "old_year_spans", _old_year_spans_old)
    monkeypatch.setattr(ds.DocumentState, "dated_ahead", _dated_ahead_old)
    monkeypatch.setattr(parties, "cause_span", _cause_span_old)
    monkeypatch.setattr(own_clause, "_contrast_span", _contrast_span_old)
    monkeypatch.setattr(had_none, "_may_have_none", lambda _t, _w: True)
    monkeypatch.setattr(document_sentences, "told_speakers", _told_speakers_old)
    assert _run(lang, published) == new
    assert '"type"' in new  # the texts tell events
