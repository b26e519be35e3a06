"""speed70b: the sentence steps do less work and return what they returned.

Each rewrite is checked against the code it replaced, kept here as a
reference (copied from before the rewrite), on texts written for these
tests in Arabic, Persian and English: the whole extraction (events and
annotations) with the old code patched back in equals the new one's, and
each rewritten step gives the old answer on its own."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from diplowatch.extract import (
    document_participants,
    document_scan,
    final_verb,
    parties,
    relative_clause_out,
    sources,
    speaker_side,
)
from diplowatch.extract import events as ev
from diplowatch.extract import held_persons as hp
from diplowatch.extract.actor_context import context
from diplowatch.extract.charges import charged_states
from diplowatch.extract.counted import may_count
from diplowatch.extract.document_frames import without_document_owners
from diplowatch.extract.document_participants import filled_reach, in_reach, leading_home
from diplowatch.extract.employers import without_employers
from diplowatch.extract.force_heads import without_generic_forces
from diplowatch.extract.group_bombers import SuicideWords, without_group_bombers
from diplowatch.extract.lexicon import EVENT, lexicon
from diplowatch.extract.mention import Mention
from diplowatch.extract.parent_bodies import without_parent_bodies
from diplowatch.extract.participants import DocFacts, fill_codes, fill_knobs
from diplowatch.extract.ranked import without_apposed_ranks
from diplowatch.extract.scan import Hit, scan
from diplowatch.extract.sources import without_sources
from diplowatch.extract.spoken_through import speak_through_bodies, state_reported_by_body
from diplowatch.extract.street_names import without_street_names
from diplowatch.text.normalize import normalize
from diplowatch.text.punctuation import EDGE_PUNCT
from diplowatch.text.words import WORD_RUN

PUBLISHED = "2024-05-01"

# Texts written for these tests: arrests of persons named after an
# honorific (and, in Persian, named bare later), a bloc counted back, a
# street's name, reports whose subject follows the verb of saying.
TEXTS = {
    "ar": [
        "اعتقلت الشرطة السيد خالد في القاهرة يوم الاثنين.",
        "قال السيد خالد إن الشرطة اعتقلت متظاهرين في ساحة التحرير.",
        "قطعت السعودية والإمارات والبحرين العلاقات مع قطر. وقال الوزير إن الوضع صعب. "
        "واتهمت الدول الثلاث قطر بدعم الإرهاب.",
        "التقى وزير الخارجية المصري نظيره الأردني في عمان. وقال إن المحادثات كانت مثمرة. "
        "ووصل الوفد إلى شارع الشرطة مساء. وأعلنت وزارة الدفاع أن الجيش قصف مواقع المسلحين.",
        "تظاهر العمال أمام الوزارة. ولم يعلق أحد. وكتبت صحيفة محلية أن الشرطة فرقت المحتجين.",
    ],
    "fa": [
        "پلیس آقای رضایی را در تهران بازداشت کرد.",
        "آقای کریمی روز دوشنبه در دانشگاه سخنرانی کرد. ماموران امنیتی کریمی را دیروز دستگیر کردند.",
        "ماموران جاسوسان را دستگیر کردند و آقای احمدی از این اقدام انتقاد کرد.",
        "عربستان، امارات و بحرین روابط خود را با قطر قطع کردند. وزیر روز دوشنبه سخن گفت. "
        "این سه کشور قطر را به حمایت از تروریسم متهم کردند.",
        "وزیر امور خارجه ایران با همتای ترکیه‌ای خود در آنکارا دیدار و گفتگو کرد. "
        "پلیس در خیابان انقلاب تجمع کنندگان را متفرق کرد. "
        "وزارت دفاع اعلام کرد که ارتش به مواضع شورشیان حمله کرده است.",
    ],
    "en": [
        "Police arrested Mr Smith in London on Monday.",
        "Mr Smith said police had detained protesters near Police Street.",
        "Saudi Arabia, the UAE and Bahrain cut ties with Qatar. The minister spoke on Monday. "
        "The three states accused Qatar of supporting terrorism.",
        "The Egyptian foreign minister met his Jordanian counterpart in Amman. "
        "He said the talks were useful. The ministry said the army struck militant positions.",
        "Workers rallied outside the ministry. Nobody commented. "
        "A local newspaper reported that police dispersed the protesters.",
    ],
}


# --- the code before speed70b, kept as the reference -----------------------


def _old_bare(token: str) -> str:
    return token.strip(EDGE_PUNCT + ".").lower()


def _old_verb_after(tokens: list[str], at: int, h: Any) -> bool:
    if at >= len(tokens) or _old_bare(tokens[at]) not in h.markers or hp._breaks(tokens[at]):
        return False
    for k in range(at + 1, min(len(tokens) - 1, at + 1 + h.reach)):
        word, light = _old_bare(tokens[k]), _old_bare(tokens[k + 1])
        if word in h.verbs and light.startswith(h.light):
            return True
        if hp._breaks(tokens[k]) or word in h.stops or word in h.markers:
            return False
        if word.startswith(h.light):
            return False
    return False


def _old_verb_before(tokens: list[str], at: int, h: Any) -> bool:
    for token in reversed(tokens[max(0, at - h.reach) : at]):
        if hp._breaks(token) or _old_bare(token) in h.stops:
            return False
        if _old_bare(token) in h.verbs:
            return True
    return False


def _old_name_end(tokens: list[str], at: int, h: Any) -> int | None:
    if not h.markers:
        return at + 2 if at + 1 < len(tokens) else None
    for n in range(1, hp._NAME_WORDS + 1):
        if at + 1 + n < len(tokens) and _old_bare(tokens[at + 1 + n]) in h.markers:
            return at + 1 + n
    return None


def _old_bare_name_start(tokens: list[str], at: int, named: frozenset[str], h: Any) -> int | None:
    for n in range(1, hp._NAME_WORDS + 2):
        first = at - n
        if first < 0 or hp._breaks(tokens[first]):
            return None
        if _old_bare(tokens[first]) in named:
            before = set[str]()
            for t in reversed(tokens[max(0, first - hp._NAME_WORDS - 1) : first]):
                if hp._breaks(t):
                    break
                before.add(_old_bare(t))
            return None if before & (h.honorifics | set(h.verbs)) else first
    return None


def _old_bare_held_persons(ntext: str, mentions: list[Mention], lang: str) -> list[Mention]:
    h = hp._held(lang)
    if not h.markers or not h.reach or not h.verbs or not h.honorifics:
        return mentions
    if not hp._may_hold(ntext, h):
        return mentions
    matches = list(hp._WORD.finditer(ntext))
    tokens = [m.group() for m in matches]
    named = frozenset(
        _old_bare(tokens[i + 1])
        for i, token in enumerate(tokens[:-1])
        if _old_bare(token) in h.honorifics and not hp._breaks(token)
    )
    named -= h.markers
    spans = [(m.start, m.end) for m in mentions]
    found = list[Mention]()
    for i, token in enumerate(tokens):
        if not named or _old_bare(token) not in h.markers or not _old_verb_after(tokens, i, h):
            continue
        first = _old_bare_name_start(tokens, i, named, h)
        if first is None:
            continue
        start, stop = matches[first].start(), matches[i - 1].end()
        if not any(a < stop and start < b for a, b in spans):
            found.append(Mention(start, stop, "", "agent", True, agent="CVL"))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _old_held_persons(
    ntext: str, mentions: list[Mention], lang: str, verbs: frozenset[int] = frozenset()
) -> list[Mention]:
    # ``verbs`` (mendC111: where finite verbs begin) is new; the old code read none
    h = hp._held(lang)
    if not h.reach or not h.verbs or not h.honorifics or not hp._may_hold(ntext, h):
        return mentions
    spans = [(m.start, m.end) for m in mentions]
    found = list[Mention]()
    matches = list(hp._WORD.finditer(ntext))
    tokens = [m.group() for m in matches]
    for i, token in enumerate(tokens):
        if _old_bare(token) not in h.honorifics:
            continue
        end = _old_name_end(tokens, i, h)
        if end is None or any(hp._breaks(t) for t in tokens[i + 1 : end - 1]):
            continue
        start, stop = matches[i].start(), matches[end - 1].end()
        stop -= len(tokens[end - 1]) - len(tokens[end - 1].rstrip(EDGE_PUNCT + "."))
        if any(a < stop and start < b for a, b in spans):
            continue
        slot = _old_verb_after(tokens, end, h) if h.markers else _old_verb_before(tokens, i, h)
        if slot:
            found.append(Mention(start, stop, "", "agent", True, agent="CVL"))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _old_verb_end(
    trigger: Hit,
    ntext: str,
    light_verbs: frozenset[str],
    auxiliaries: frozenset[str],
    complement_first: frozenset[str] = frozenset(),
) -> int | None:
    tokens = ntext[trigger.base_start : trigger.base_end].split()
    whole = len(tokens) == 1 and tokens[0] not in complement_first
    if trigger.entry.affix == "verb" and (whole or tokens[-1] in light_verbs):
        end = trigger.end
    else:
        words = list(WORD_RUN.finditer(ntext[trigger.end : trigger.end + 40]))
        verb = next((i for i, w in enumerate(words[:3]) if w.group() in light_verbs), None)
        if verb is None:
            return trigger.end if len(tokens) == 1 and trigger.entry.affix == "verb" else None
        end = trigger.end + words[verb].end()
    for aux in WORD_RUN.finditer(ntext[end : end + 12]):
        if aux.start() > 1 or aux.group() not in auxiliaries:
            break
        end += aux.end()
    return end


def _old_before_reported_subject(
    s: Any,
    ntext: str,
    openers: frozenset[str],
    markers: frozenset[str],
    addressees: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    if not openers:
        return []
    zones = []
    for cue in s.cues:
        if cue.entry.kind not in ("reporting", "attribution"):
            continue
        start = sources.clause_start(ntext, s.start, cue.start, sources.CLAUSE_BREAKS)
        speakers = {
            m.code for m in s.mentions if start <= m.start and m.end <= cue.start and m.code
        }
        at = sources._after_words(ntext, cue.end, openers)
        if ntext[cue.start : cue.end] in addressees:
            at = sources._past_addressee(ntext, at, openers)
        subject = sources._subject_at(s, ntext, at, markers, speakers)
        reported = [t for t in s.triggers if subject is not None and t.start >= subject.end]
        if not reported or any(t.entry.value in sources._DEEDS for t in reported):
            continue
        zones.append((start, cue.start))
    return zones


def _old_no_side_words(s: Any, doc: Any) -> list[Mention]:
    ctx, text = doc.ctx, doc.ntext
    mentions = without_parent_bodies(s.mentions, text, ctx.part_of_links, ctx.conjunctions)
    mentions = without_employers(
        mentions, text, ctx.employer_links, ctx.employer_first, ctx.workplaces
    )
    mentions = without_generic_forces(mentions, text, ctx.force_heads, ctx.force_fillers)
    mentions = without_street_names(mentions, text, ctx.street_heads, ctx.street_heads_after)
    mentions = without_apposed_ranks(mentions, text, doc.lang, ctx.object_markers)
    words = SuicideWords(
        ctx.suicide_deed_nouns,
        ctx.suicide_adjectives,
        ctx.suicide_circumstances,
        ctx.suicide_counters,
    )
    claimed = any(c.entry.kind == "claim" for c in s.cues)
    return without_group_bombers(mentions, text, words, claimed)


def _old_drop_sources(doc: Any, found: Any, sentences: list[Any]) -> None:
    ctx = doc.ctx
    cited = [
        h for h in found.actor_hits if h.entry.kind == "agent" and h.entry.value in ctx.cited_agents
    ]
    for s in sentences:
        speak_through_bodies(s.mentions, doc.ntext, ctx.conjunctions, ctx.statement_nouns)
        state_reported_by_body(s.mentions, doc.ntext, ctx.clause_openers, ctx.sides_markers)
        s.mentions = without_sources(
            s,
            doc.ntext,
            cited,
            ctx.cited_agents,
            ctx.conjunctions,
            ctx.report_subject_openers,
            ctx.object_markers,
            ctx.addressee_markers,
            ctx.own_country_subjects,
            ctx.relay_preps,
            ctx.owned_sources,
            ctx.source_heads,
        )
        s.mentions = without_document_owners(
            s, doc.ntext, ctx.document_nouns, ctx.document_frames, ctx.clause_openers
        )


def _old_assign(doc: Any, found: Any, sentences: list[Any], filled: list[Any]) -> None:
    """Before speed70b: every sentence in reach filled, none skipped."""
    del filled
    _old_drop_sources(doc, found, sentences)
    facts = DocFacts(
        home=found.home,
        text=doc.ntext,
        dateline=found.dateline,
        pair=doc.pair,
        home_spans=found.home_spans,
        leading_home=leading_home(found.home, found.mentions),
    )
    knobs = fill_knobs(doc.lang)
    for s in sentences:
        charged = [m for m in s.mentions if m.sponsor] + charged_states(s, doc.ntext, doc.ctx)
        taken = {id(c) for c in charged}
        filled_ = fill_codes(
            [m for m in s.mentions if id(m) not in taken], facts, knobs, (s.start, s.end)
        )
        s.mentions = sorted(filled_ + charged, key=lambda m: m.start) if charged else filled_
        s.mentions = _old_no_side_words(s, doc)


def _patch_old(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(document_scan, "held_persons", _old_held_persons)
    monkeypatch.setattr(document_scan, "bare_held_persons", _old_bare_held_persons)
    monkeypatch.setattr(ev, "assign_participants", _old_assign)
    monkeypatch.setattr(document_participants, "_no_side_words", _old_no_side_words)
    # verb_end is called where it lives and where the readings that moved out
    # of parties (split69p) read it
    for module in (final_verb, parties, relative_clause_out, speaker_side):
        monkeypatch.setattr(module, "verb_end", _old_verb_end)
    monkeypatch.setattr(sources, "_before_reported_subject", _old_before_reported_subject)


def _extracted(text: str, lang: str) -> str:
    out = ev.extract_document(text, None, lang, PUBLISHED)
    return repr((out.events, out.annotations))


# --- the tests ---------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_extraction_as_before(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Events and annotations of every text are those of the old code."""
    new = [_extracted(t, lang) for t in TEXTS[lang]]
    _patch_old(monkeypatch)
    old = [_extracted(t, lang) for t in TEXTS[lang]]
    assert new == old
    assert any("Event(" in x for x in new)  # the texts tell events at all


def _spans(found: list[Mention]) -> list[tuple[int, int, str | None]]:
    return [(m.start, m.end, m.agent) for m in found]


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_held_persons_as_before(lang: str) -> None:
    for text in TEXTS[lang]:
        ntext = normalize(text).text
        for old, new in (
            (_old_held_persons, hp.held_persons),
            (_old_bare_held_persons, hp.bare_held_persons),
        ):
            hp._words.cache_clear()
            assert _spans(new(ntext, [], lang)) == _spans(old(ntext, [], lang))


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ar", "اعتقلت الشرطة السيد خالد في القاهرة.", "السيد خالد"),
        ("fa", "پلیس آقای رضایی را در تهران بازداشت کرد.", "آقای رضایی"),
        ("en", "Police arrested Mr Smith in London.", "Mr Smith"),
    ],
)
def test_held_person_found(lang: str, text: str, name: str) -> None:
    """The honorific's person held is the civilian found (the rewrite finds him)."""
    ntext = normalize(text).text
    found = hp.held_persons(ntext, [], lang)
    assert [ntext[m.start : m.end] for m in found] == [normalize(name).text]
    assert found[0].agent == "CVL"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قال السيد خالد إن الشرطة اعتقلت متظاهرين."),
        ("fa", "ماموران جاسوسان را دستگیر کردند و آقای احمدی انتقاد کرد."),
        ("en", "Mr Smith said police arrested protesters."),
        ("en", "Police arrested protesters in London."),  # no honorific at all
    ],
)
def test_held_person_not_found(lang: str, text: str) -> None:
    """A person named after an honorific who is no one's object is no civilian held."""
    ntext = normalize(text).text
    assert hp.held_persons(ntext, [], lang) == []
    assert hp.bare_held_persons(ntext, [], lang) == []


def test_bare_name_held_fa() -> None:
    """Persian: the bare name an honorific named before, held, is found."""
    text = TEXTS["fa"][1]
    ntext = normalize(text).text
    found = hp.bare_held_persons(ntext, [], "fa")
    assert [ntext[m.start : m.end] for m in found] == [normalize("کریمی").text]


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_verb_end_as_before(lang: str) -> None:
    ctx, lex = context(lang), lexicon(lang)
    first = ctx.complement_first
    seen = 0
    for text in TEXTS[lang]:
        ntext = normalize(text).text
        for hit in scan(ntext, lex):
            if hit.entry.layer != EVENT:
                continue
            seen += 1
            for words in ((ctx.light_verbs, ctx.auxiliaries), (ctx.light_verbs, ctx.auxiliaries)):
                assert final_verb.verb_end(hit, ntext, *words) == _old_verb_end(hit, ntext, *words)
                assert final_verb.verb_end(hit, ntext, *words, first) == _old_verb_end(
                    hit, ntext, *words, first
                )
    assert seen


@pytest.mark.parametrize(
    ("lang", "counted", "plain"),
    [
        ("ar", "واتهمت الدول الثلاث قطر.", "واتهمت مصر قطر."),
        ("fa", "این سه کشور قطر را متهم کردند.", "ایران قطر را متهم کرد."),
        ("en", "The three states accused Qatar.", "Egypt accused Qatar."),
    ],
)
def test_may_count(lang: str, counted: str, plain: str) -> None:
    """The quick test of a counted phrase: the sentences before one it may
    hold are filled; before one with none, they need not be."""
    a, b = normalize(counted).text, normalize(plain).text
    assert may_count(a, 0, len(a), lang)
    assert not may_count(b, 0, len(b), lang)


FILLER = {
    "ar": "كان الطقس معتدلا.",
    "fa": "هوا معتدل بود.",
    "en": "The weather was mild.",
}


def _sentences(lang: str, last: str) -> tuple[SimpleNamespace, list[SimpleNamespace]]:
    """A document of five sentences: filler, the last with a trigger (a
    stand-in object: only its presence is read), then two fillers."""
    parts = [FILLER[lang]] * 3 + [last] + [FILLER[lang]] * 2
    out, at = [], 0
    for k, part in enumerate(parts):
        out.append(SimpleNamespace(start=at, end=at + len(part), triggers=[k] if k == 3 else []))
        at += len(part) + 1
    return SimpleNamespace(ntext=" ".join(parts), lang=lang), out


@pytest.mark.parametrize(
    ("lang", "counted", "plain"),
    [
        ("ar", "واتهمت الدول الثلاث قطر.", "واتهمت مصر قطر."),
        ("fa", "این سه کشور قطر را متهم کردند.", "ایران قطر را متهم کرد."),
        ("en", "The three states accused Qatar.", "Egypt accused Qatar."),
    ],
)
def test_filled_reach(lang: str, counted: str, plain: str) -> None:
    """The sentences given countries: the trigger's and the two after it;
    the two before it only where it may hold a counted phrase."""
    doc, sentences = _sentences(lang, normalize(counted).text)
    filled = filled_reach(sentences, doc)  # type: ignore[arg-type]
    assert [sentences.index(s) for s in filled] == [1, 2, 3, 4, 5]
    doc, sentences = _sentences(lang, normalize(plain).text)
    filled = filled_reach(sentences, doc)  # type: ignore[arg-type]
    assert [sentences.index(s) for s in filled] == [3, 4, 5]
    assert [sentences.index(s) for s in in_reach(sentences)] == [1, 2, 3, 4, 5]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("ar", "اعتقلت الشرطة «السيد» خالد.", True),
        ("ar", "اعتقلت الشرطة السيدات في المدينة.", False),
        ("fa", "پلیس (آقای) رضایی را بازداشت کرد.", True),
        ("fa", "پلیس آقایان را بازداشت کرد.", False),
        ("en", "Police arrested MR. Smith.", True),
        ("en", "Police arrested hundreds near a drone site.", False),
    ],
)
def test_honorific_word(lang: str, text: str, held: bool) -> None:
    """The quick test says yes exactly where a word, stripped as the
    readings strip it, is an honorific (the old split and strip)."""
    ntext = normalize(text).text
    bare = {_old_bare(t) for t in ntext.split()}
    assert (not hp._held(lang).honorifics.isdisjoint(bare)) is held
    assert hp._honorific_word(ntext.lower(), lang) is held
