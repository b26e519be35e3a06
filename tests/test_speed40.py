"""Round 40 speed-ups give what the slower code gave (own sentences, ar/fa/en).

Each fast path is checked against the plain reading it replaced: the date
patterns led by a lookahead of their first letters against the same patterns
without it, the overlap resolution and the token, vague-number, conjunction,
member and kin readings against their former loops.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from diplowatch.dates.lexicon import alternation, first_letters, word_led
from diplowatch.dates.lexicon import lexicon as date_lexicon
from diplowatch.extract import countries, counts, predicates, titles
from diplowatch.extract.actor_context import context
from diplowatch.extract.lexicon import lexicon
from diplowatch.extract.scan import Hit, _longest_first, resolve, scan
from diplowatch.lang import load
from diplowatch.model import Document
from diplowatch.pipeline import process
from diplowatch.text.normalize import normalize

SENTENCES = {
    "ar": [
        "التقى وزير الخارجية المصري نظيره الأردني في عمان يوم الأحد 14 آذار 2021.",
        "قال عضو سابق في البرلمان إن نجل الرئيس زار بغداد في تموز 2019 مع عشرات المرافقين.",
        "أصيب و37 شخصا في انفجار قرب مبنى الوزارة في 3 شباط، وفق مصادر أمنية.",
    ],
    "fa": [
        "وزیر امور خارجه ایران روز دوشنبه ۱۲ مهر ۱۴۰۱ با همتای عمانی خود در مسقط دیدار کرد.",
        "عضو سابق مجلس خبرگان گفت پسر رئیس جمهور در سال ۸۸ و ده‌ها نفر دیگر بازداشت شدند.",
        "در ۵ اسفند ۹۹ سه فعال در شیراز توسط ماموران امنیتی دستگیر شدند.",
    ],
    "en": [
        "The Kenyan foreign minister met his Ghanaian counterpart in Accra on Monday, 9 May 2022.",
        "A former member of the Chilean parliament said the son of the president visited Lima.",
        "Dozens of protesters and 41 students were detained in Quito in August 2020, police said.",
    ],
}
LANGS = sorted(SENTENCES)


def _texts(lang: str) -> list[str]:
    return [normalize(s).text for s in SENTENCES[lang]]


def _unled(pattern: re.Pattern[str], lead: str) -> re.Pattern[str]:
    """The pattern without its lookahead of first letters."""
    assert lead and pattern.pattern.startswith(lead)
    return re.compile(pattern.pattern.removeprefix(lead))


def _unwordled(pattern: re.Pattern[str], words: list[str], behind: str) -> re.Pattern[str]:
    """The pattern with its ``word_led`` words written as a look-behind and
    the plain alternation (what it read before round 44)."""
    led = word_led(words, behind)
    assert led in pattern.pattern
    return re.compile(pattern.pattern.replace(led, f"(?<!{behind}){alternation(words)}", 1))


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("lang", LANGS)
def test_led_date_patterns_find_what_the_plain_ones_find(lang: str) -> None:
    lx = date_lexicon(lang)
    leads = {
        "day_month": first_letters([*lx.weekdays, *lx.day_words], r"\d"),
        "month_day": first_letters([*lx.weekdays, *lx.months]),
    }
    found = 0
    plains = [(getattr(lx, name), _unled(getattr(lx, name), lead)) for name, lead in leads.items()]
    # round 44: the month-year pattern opens with its month words
    # (``word_led``), no longer with a look-ahead; the plain reference
    # writes them after a look-behind again
    letter = r"[^\W\d_]"
    plains.append((lx.month_year, _unwordled(lx.month_year, list(lx.months), letter)))
    for pattern, plain in plains:
        name = pattern.pattern[:40]
        for text in _texts(lang):
            led = _matches(pattern, text)
            assert led == _matches(plain, text), (name, text)
            found += len(led)
    assert found >= 2  # the sentences hold dates of both orders


def test_led_short_year_finds_what_the_plain_one_finds() -> None:
    lx = date_lexicon("fa")
    assert lx.short_year is not None
    # round 44: led by its year words (``word_led``), not a look-ahead
    words = list(load("fa", "dates").SHORT_YEAR_WORDS)
    plain = _unwordled(lx.short_year, words, r"\w")
    texts = _texts("fa")
    assert any(_matches(lx.short_year, t) for t in texts)
    for text in texts:
        assert _matches(lx.short_year, text) == _matches(plain, text)


def test_first_letters_of_nothing_is_no_lookahead() -> None:
    assert first_letters(()) == ""
    assert first_letters((), r"\d") == r"(?=[\d])"
    # folded to lower case and sorted: Latin before Arabic script
    assert first_letters(["سال", "Apr"]) == "(?=[aس])"


def _resolve_before(hits: list[Hit]) -> dict[str, list[Hit]]:
    """``scan.resolve`` as it read before round 40: the reference."""
    by_layer: dict[str, list[Hit]] = defaultdict(list)
    for hit in hits:
        by_layer[hit.entry.layer].append(hit)
    chosen: dict[str, list[Hit]] = {}
    for layer, items in by_layer.items():
        items.sort(key=lambda h: h.start)
        taken: list[Hit] = []
        cluster: list[Hit] = []
        cluster_end = -1
        for hit in items:
            if cluster and hit.start >= cluster_end:
                taken.extend(_longest_first(cluster) if len(cluster) > 1 else cluster)
                cluster = []
            cluster.append(hit)
            cluster_end = max(cluster_end, hit.end) if len(cluster) > 1 else hit.end
        if cluster:
            taken.extend(_longest_first(cluster))
        taken.sort(key=lambda h: h.start)
        chosen[layer] = taken
    return chosen


@pytest.mark.parametrize("lang", LANGS)
def test_resolve_keeps_what_it_kept(lang: str) -> None:
    lex = lexicon(lang)
    for text in _texts(lang):
        hits = scan(text, lex)
        assert len(hits) > 3
        assert resolve(list(hits)) == _resolve_before(list(hits))


def _tokens_before(text: str, start: int, limit: int) -> list[str]:
    out: list[str] = []
    for m in predicates._TOKEN.finditer(text, start):
        out.append(m.group())
        if len(out) == limit:
            break
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_tokens_are_the_loops(lang: str) -> None:
    for text in _texts(lang):
        for start in range(0, len(text), 7):
            for limit in (1, 3, 18):
                assert predicates._tokens(text, start, limit) == _tokens_before(text, start, limit)


@pytest.mark.parametrize("lang", LANGS)
def test_vague_and_glued_readings_are_the_loops(lang: str) -> None:
    vague = counts._vague(lang)
    conj = counts.number_lexicon(lang).conjunctions
    opening = tuple(conj)
    for text in _texts(lang):
        for pos in range(len(text)):
            want = next((v for v in vague if text.startswith(v, pos)), None)
            assert counts._vague_at(text, pos, vague) == want
        for word in text.split():
            want_glued = next(
                (c for c in conj if word.startswith(c) and word[len(c) :][:1].isdigit()), ""
            )
            assert counts._glued(word, conj, opening) == want_glued


def test_glued_conjunction_and_vague_plural_are_read() -> None:
    conj = counts.number_lexicon("ar").conjunctions
    assert counts._glued("و52", conj, tuple(conj)) == "و"
    assert counts._glued("وزير", conj, tuple(conj)) == ""
    vague = counts._vague("en")
    assert counts._vague_at("scores of people", 0, vague) in ("scores", "scores of")
    assert counts._vague_at("some people", 0, vague) is None


def _former_member_before(text: str, hit: Hit, ctx) -> bool:  # type: ignore[no-untyped-def]
    words = text[max(0, hit.start - 50) : hit.start].split()[-5:]
    formers = ctx.former_words | ctx.former_after
    for i in range(len(words) - 1):
        pair = {words[i], words[i + 1]}
        if pair & formers and pair & ctx.member_words:
            return sum(len(x) > 3 for x in words[i + 2 :]) <= 1
    return False


def _kin_tail_before(text: str, hit: Hit, ctx) -> bool:  # type: ignore[no-untyped-def]
    words = text[max(0, hit.start - 40) : hit.start].split()[-4:]
    others = 1 if ctx.titles_follow_country else 0
    return any(
        w in ctx.kin_words
        and sum(len(x) > 3 for x in words[i + 1 :]) <= others
        and not ctx.conjunctions & set(words[i + 1 :])
        for i, w in enumerate(words)
    )


@pytest.mark.parametrize("lang", LANGS)
def test_member_and_kin_prechecks_change_nothing(lang: str) -> None:
    ctx, lex = context(lang), lexicon(lang)
    told = {"former": 0, "kin": 0}
    for text in _texts(lang):
        for hit in scan(text, lex):
            want = _former_member_before(text, hit, ctx)
            assert titles.former_member(text, hit, ctx) == want
            told["former"] += want
            after = text[hit.end : hit.end + 24].split()[:2]
            if len(after) == 2 and after[0] in ("'s", "’s"):
                continue  # the possessive reading comes first, unchanged
            kin = _kin_tail_before(text, hit, ctx)
            assert titles.kin_before(text, hit, ctx) == kin
            told["kin"] += kin
    assert told["former"] and told["kin"]  # the sentences hold both


@pytest.mark.parametrize("lang", LANGS)
def test_sentences_still_give_events(lang: str) -> None:
    """The first sentence of each language is a meeting of two states."""
    rec = process(Document(doc_id=f"s40{lang}", text=SENTENCES[lang][0], lang=lang))
    assert [ev.type for ev in rec.events] == ["CONSULT"]
    again = process(Document(doc_id=f"s40{lang}", text=SENTENCES[lang][0], lang=lang))
    assert again.to_dict() == rec.to_dict()  # the caches warmed by the first read


def _topic_head_before(text: str, hit: Hit, ctx) -> bool:  # type: ignore[no-untyped-def]
    """``countries._after_topic_head`` as it read before round 40."""
    if not ctx.topic_heads or hit.prefix:
        return False
    words = text[max(0, hit.start - 40) : hit.start].split()[-5:]
    if words and words[-1] in ctx.topic_links:
        words = words[:-1]
    words = words[-4:]
    for n in (1, 2, 3, 4):
        if len(words) < n:
            break
        first, rest = words[-n], words[len(words) - n + 1 :]
        for head in (first, first[1:] if first[:1] in ctx.name_clitics else first):
            if " ".join([head, *rest]) in ctx.topic_heads:
                return True
    return False


TOPIC_SENTENCES = {
    "ar": "ناقش الوزيران مستقبل ليبيا ولمستقبل السودان وأمن تشاد بعد لقاء في نيامي.",
    "fa": "دو وزیر درباره آینده لیبی و پرونده هسته‌ای کره شمالی در دوحه گفتگو کردند.",
    "en": "The envoys discussed the future of Libya and the crisis between Chad and Niger.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_topic_head_precheck_changes_nothing(lang: str) -> None:
    ctx, lex = context(lang), lexicon(lang)
    told = 0
    for text in [*_texts(lang), normalize(TOPIC_SENTENCES[lang]).text]:
        for hit in scan(text, lex):
            want = _topic_head_before(text, hit, ctx)
            assert countries._after_topic_head(text, hit, ctx) == want
            told += want
    assert told  # a country after a topic's noun is read so
