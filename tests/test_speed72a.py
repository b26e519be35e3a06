"""speed72a: the sentence steps do less work and return what they returned.

Each rewrite is checked against the code it replaced, kept here as a
reference (copied from before the rewrite), on texts written for these
tests in Arabic, Persian and English: each rewritten step gives the old
answer at every position of the texts, and the whole extraction with the
old code patched back in equals the new one's."""

from __future__ import annotations

import json
from typing import Any

import pytest

from diplowatch.extract import (
    commented,
    document_sentences,
    had_none,
    invitations,
    named_topic,
    press_talks,
    status,
    trigger_sides,
    when,
)
from diplowatch.extract import subclause_subject as sub
from diplowatch.extract.actor_context import context
from diplowatch.extract.document_sentences import _drop_title_words
from diplowatch.extract.held_persons import _held, _holds_both, _may_hold
from diplowatch.extract.lexicon import CUE, Entry, lexicon
from diplowatch.extract.quote_opening import _SPEAKER_FIRST, REPORT_SAYING, quote_start
from diplowatch.extract.scan import Hit, scan
from diplowatch.extract.sentence import Sentence
from diplowatch.model import Document
from diplowatch.pipeline import process
from diplowatch.text.normalize import normalize
from diplowatch.text.punctuation import CLAUSE_END_MARKS

# Texts written for these tests: accepted invitations, topics, reports with
# their verbs of saying and "that", complement clauses with their own
# subject, years old and targeted, honorifics, meetings one had none of.
TEXTS = {
    "ar": [
        "قبلت الحكومة المصرية دعوة الرئيس التونسي لزيارة تونس الشهر المقبل.",
        "قال وزير الخارجية الإيراني إن إسرائيل قصفت القنصلية في دمشق، وأضاف أن الرد قادم.",
        "فيما يتعلق بالهجوم على السفارة، أعلنت الشرطة اعتقال ثلاثة أشخاص عام 2019.",
        "أكد السيد خالد أن الجيش السوري سيشن هجوما على المسلحين حتى عام 2030.",
        "لم تعقد مصر أي محادثات مع تركيا: «لن نلتقي» قال المتحدث.",
    ],
    "fa": [
        "رئیس جمهور ترکیه دعوت ایران را خواهد پذیرفت و به تهران سفر می‌کند.",
        "وزیر خارجه گفت که آمریکا به کشتی حمله کرده است، اما ایران پاسخ داد.",
        "در مورد حمله به سفارت، پلیس سه نفر را در سال ۱۳۹۸ بازداشت کرد.",
        "آقای رضایی گفت ایران با آمریکا دیداری نداشت و مذاکره‌ای انجام نشد.",
        "سخنگو اعلام کرد: «ما با عربستان گفتگو خواهیم کرد» و روسیه استقبال کرد.",
    ],
    "en": [
        "The Tunisian president accepted an invitation from Egypt to visit Cairo next month.",
        'The Iranian minister said that Israel struck the consulate, adding: "we will respond".',
        "Regarding the attack on the embassy, police said they arrested three men in 2019.",
        "Mr Smith said the army would launch an offensive on the rebels by 2030.",
        "Egypt held no talks with Turkey, the spokesman told reporters in a press conference.",
    ],
}
LANGS = sorted(TEXTS)
# Words written before a text to read windows that must widen and
# windows that reach the text's start.
PADDING = {"ar": "في هذا اليوم ", "fa": "در این روز ", "en": "on this day "}


def _texts(lang: str) -> list[str]:
    """The language's texts, alone and after 30 padding words, normalised."""
    raw = TEXTS[lang] + [PADDING[lang] * 10 + t for t in TEXTS[lang]]
    return [normalize(t).text for t in raw]


def _hit(start: int, end: int) -> Hit:
    """A bare hit at a span: the rewritten steps read only where it is."""
    return Hit(
        start, end, start, end, Entry("event", "trigger", "REQUEST", "noun", ("invite",)), ""
    )


def _word_spans(ntext: str) -> list[tuple[int, int]]:
    """Every word's span in ``ntext``."""
    spans, pos = [], 0
    for word in ntext.split():
        start = ntext.index(word, pos)
        pos = start + len(word)
        spans.append((start, pos))
    return spans


# --- invitations._accepted: bounded word windows -------------------------


def _accepted_old(trig: Hit, ntext: str, accepted: tuple[Any, Any, str]) -> bool:
    """``invitations._accepted`` before speed72a: all the text split."""
    before, verbs, marker = accepted
    lead = ntext[: trig.start].split()[-invitations._BEFORE_WORDS :]
    if any(w.strip(invitations.WORD_EDGE_MARKS) in before for w in lead):
        return True
    if not marker or not verbs:
        return False
    words = ntext[trig.end :].split()[: invitations._AFTER_WORDS]
    if marker not in words:
        return False
    rest = " ".join(words[words.index(marker) + 1 :][:3])
    return any(rest.startswith(v) for v in verbs)


@pytest.mark.parametrize("lang", LANGS)
def test_accepted_as_before(lang: str) -> None:
    accepted = context(lang).invitation_accepted
    told = []
    for ntext in _texts(lang):
        for start, end in _word_spans(ntext):
            trig = _hit(start, end)
            new = invitations._accepted(trig, ntext, accepted)
            assert new is _accepted_old(trig, ntext, accepted), (lang, ntext[start:end])
            told.append(new)
    assert any(told) and not all(told)  # the invitations are accepted, other words not


# --- named_topic: the words before a trigger split once -----------------------


@pytest.mark.parametrize("lang", LANGS)
def test_phrases_before_as_words_before(lang: str) -> None:
    for ntext in _texts(lang):
        for pos in range(len(ntext) + 1):
            counts = named_topic.TOPIC_MARKER_WORDS
            expected = [named_topic.words_before(ntext, pos, n) for n in counts]
            assert list(named_topic.phrases_before(ntext, pos, counts)) == expected


@pytest.mark.parametrize(
    ("lang", "topic", "plain", "noun"),
    [
        ("ar", "أعلنت الشرطة بشأن الهجوم على السفارة", "وقع الهجوم على السفارة", "الهجوم"),
        ("fa", "در مورد حمله به سفارت", "دیروز حمله به سفارت انجام شد", "حمله"),
        (
            "en",
            "regarding the attack on the embassy",
            "yesterday the attack on the embassy",
            "attack",
        ),
    ],
)
def test_topic_marker_still_read(lang: str, topic: str, plain: str, noun: str) -> None:
    ctx = context(lang)
    for text, told in ((topic, True), (plain, False)):
        ntext, word = normalize(text).text, normalize(noun).text
        start = ntext.find(word)
        trig = Hit(start, start + len(word), start, start + len(word), _noun_entry(), "")
        assert named_topic.named_as_topic(trig, [trig], ntext, ctx) is told


def _noun_entry() -> Entry:
    """A noun trigger's entry (an attack)."""
    return Entry("event", "trigger", "ASSAULT", "noun", ("attack",))


# --- status: the negation built once ------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_negation_built_once(lang: str) -> None:
    ctx, lex = context(lang), lexicon(lang)
    args = (
        ctx.negation_follows,
        ctx.syntax.negation_gap,
        lang,
        lex.negative_prefixes,
        ctx.syntax.negation_closers,
        ctx.occurrence_not_after,
        ctx.light_verbs,
    )
    made = status._negation_of(*args)
    assert made == status._Negation(*args)
    assert status._negation_of(*args) is made


# --- quote_opening.quote_start: the last verb of saying in one loop ------------------


def _quote_start_old(
    ntext: str, start: int, pos: int, cues: list[Hit], saying: frozenset[str] = REPORT_SAYING
) -> int | None:
    """``quote_opening.quote_start`` before speed72a."""
    colon = ntext.rfind(":", start, pos)
    guillemet = ntext.rfind("«", start, pos)
    if guillemet >= 0 and ntext.find("»", guillemet, pos) != -1:
        guillemet = -1
    straight = ntext.rfind('"', start, pos) if ntext.count('"', start, pos) % 2 else -1
    opened = max(colon, guillemet, straight)
    verb = max(
        (c for c in cues if c.entry.kind in saying and c.end <= pos),
        default=None,
        key=lambda c: c.end,
    )
    said = verb.end if verb is not None else -1
    if (
        verb is not None
        and verb.entry.kind in _SPEAKER_FIRST
        and any(c.entry.kind == "bound_complementizer" and said <= c.start for c in cues)
    ):
        said = -1
    that = max(
        (c.end for c in cues if c.entry.kind == "complementizer" and said <= c.start < pos),
        default=-1,
    )
    begin = max(opened + 1 if opened >= 0 else -1, said, that if said >= 0 else -1)
    return begin if begin > start else None


@pytest.mark.parametrize("lang", LANGS)
def test_quote_start_as_before(lang: str) -> None:
    lex, starts = lexicon(lang), []
    for ntext in _texts(lang):
        cues = sorted((h for h in scan(ntext, lex) if h.entry.layer == CUE), key=lambda h: h.start)
        for pos in range(len(ntext) + 1):
            for saying in (REPORT_SAYING, frozenset({"attribution"}), frozenset()):
                new = quote_start(ntext, 0, pos, cues, saying)
                assert new == _quote_start_old(ntext, 0, pos, cues, saying), (lang, pos)
                starts.append(new)
    assert any(x is not None for x in starts) and None in starts


# --- subclause_subject: the light verb tested first, lists joined once -------


def _subclause_people_old(
    trig: Hit, etype: str, people: list, ntext: str, ctx: Any, s: Any = None
) -> list:
    """``subclause_people`` before speed72a: the opener looked for first
    (``s``: the sentence, read since mendB79)."""
    found = None if etype in sub._TOLD_TO or not people else sub._opener_end(trig, ntext, ctx)
    if found is None or not sub._predicate(trig, ntext, ctx):
        return people
    return sub.subclause_people(trig, etype, people, ntext, ctx, s)


def _run(lang: str) -> str:
    """The events and annotations of the language's texts, as JSON."""
    out = []
    for n, text in enumerate(TEXTS[lang]):
        rec = process(Document(doc_id=f"t{n}", text=text, lang=lang, published="2024-05-01"))
        out.append(rec.to_dict())
    return json.dumps(out, ensure_ascii=False, sort_keys=True, default=str)


@pytest.mark.parametrize("lang", LANGS)
def test_extraction_with_old_steps(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    new = _run(lang)
    monkeypatch.setattr(trigger_sides, "subclause_people", _subclause_people_old)
    monkeypatch.setattr(invitations, "_accepted", _accepted_old)
    monkeypatch.setattr(document_sentences, "_drop_title_words", _drop_title_words_any)
    assert _run(lang) == new
    assert '"type"' in new  # the texts tell events


@pytest.mark.parametrize("lang", LANGS)
def test_joined_lists_as_unions(lang: str) -> None:
    ctx = context(lang)
    assert sub._verbs(ctx) == ctx.light_verbs | ctx.saying_verbs
    openers = ctx.subclause_openers | ctx.verb_bound_openers
    assert sub._union(ctx.subclause_openers, ctx.verb_bound_openers) == openers
    assert set(sub._CLOSING_MARKS) == set(sub.CLAUSE_BREAKS | sub.SENTENCE_STOPS)


# --- document_sentences._drop_title_words: no sector word, nothing sorted ---------------

_DROP_TITLE_WORDS = _drop_title_words


def _drop_title_words_any(sector_hits: list, actor_hits: list, ntext: str, ctx: Any) -> list:
    """``_drop_title_words`` read through even with no sector word."""
    if sector_hits:
        return _DROP_TITLE_WORDS(sector_hits, actor_hits, ntext, ctx)
    titles = [h for h in actor_hits if h.entry.kind in ("role", "institution", "agent")]
    return [h for h in sector_hits if titles is not None]


@pytest.mark.parametrize("lang", LANGS)
def test_no_sector_word_nothing_dropped(lang: str) -> None:
    ntext = _texts(lang)[0]
    actors = [h for h in scan(ntext, lexicon(lang)) if h.entry.layer == "actor"]
    assert actors  # titles there are, yet no sector word to drop
    assert _drop_title_words([], actors, ntext, context(lang)) == []


# --- when.plain_year_spans: the four-digit years read once ------------------


def _plain_year_spans_old(text: str, lang: str, short: bool = True) -> list:
    """``when.plain_year_spans`` before speed72a."""
    lx = when.lexicon(lang)
    years = [
        (start, end, year)
        for start, end, year in when._four_digit_years(text, lx)
        if not when._targeted(text, lx, start, 64)
    ]
    if short:
        years += when._short_years(text, lx)
    return years


@pytest.mark.parametrize("lang", LANGS)
def test_plain_year_spans_as_before(lang: str) -> None:
    found = []
    for ntext in _texts(lang):
        for short in (False, True, False):
            spans = when.plain_year_spans(ntext, lang, short)
            assert spans == _plain_year_spans_old(ntext, lang, short)
            spans.append((0, 0, 0))  # the caller's list is its own: the cache stays
            found.append(len(spans) > 1)
    assert any(found) and not all(found)  # "2019" is a year, "by 2030" a target


# --- held_persons: the text lowered once ---------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_holds_both_as_may_hold(lang: str) -> None:
    h = _held(lang)
    held = [_holds_both(t.lower(), h) for t in _texts(lang)]
    assert held == [_may_hold(t, h) for t in _texts(lang)]


# --- the first stop after a noun, read in C -----------------------------------


def _first_stop_old(text: str, start: int, end: int, marks: frozenset[str]) -> int:
    """The loops the rewrites replaced (``had_none``, ``press_talks``, ``commented``)."""
    return next((i for i in range(start, end) if text[i] in marks), end)


@pytest.mark.parametrize("lang", LANGS)
def test_first_stops_as_before(lang: str) -> None:
    marks = (had_none._STOPS, press_talks._PARTNER_STOPS, CLAUSE_END_MARKS)
    for ntext in _texts(lang):
        for pos in range(len(ntext) + 1):
            for stop in marks:
                end = min(len(ntext), pos + 80)
                assert had_none.first_break(ntext, pos, end, stop) == _first_stop_old(
                    ntext, pos, end, stop
                )
            trig = _hit(pos, min(len(ntext), pos + 1))
            end = commented._phrase_end(trig, [], ntext)
            limit = min(len(ntext), trig.end + commented.WINDOW)
            assert end == _first_stop_old(ntext, trig.end, limit, CLAUSE_END_MARKS)


def test_had_none_still_read() -> None:
    """A Persian meeting one had none of is still read so ("دیداری نداشت")."""
    word = normalize("دیدار").text
    for text, told in (
        ("ایران با آمریکا دیداری نداشت.", True),
        ("ایران با آمریکا دیداری داشت.", False),
    ):
        ntext = normalize(text).text
        start = ntext.find(word)
        trig = Hit(start, start + len(word), start, start + len(word), _noun_entry(), "")
        assert had_none.had_none(trig, Sentence(0, len(ntext)), ntext, "fa") is told
