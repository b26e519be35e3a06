"""speed72b: the exact rewrites return what the slower code returned.

Each test keeps the old code as a reference (copied from before the rewrite)
and compares it with the new one on texts written for the test, in Arabic,
Persian and English, with the languages' own lexicons."""

from __future__ import annotations

import random
import re
from collections import defaultdict
from itertools import product

import pytest

from diplowatch.extract.lexicon import Lexicon, lexicon
from diplowatch.extract.scan import Hit, _longest_first, resolve, scan
from diplowatch.text.normalize import (
    _DELETE,
    _deletion_spans,
    _fold,
    _lower_same_length,
    normalize,
)

LANGS = ("ar", "fa", "en")

# Texts written for these tests: keys alone, glued to clitics and endings,
# inside longer words, at the very start and end of the text, next to
# digits, marks and punctuation; overlapping names and titles.
TEXTS = {
    "ar": [
        "وزير الخارجية الإيراني التقى نظيره السعودي في الرياض.",
        "وقال رئيس الوزراء العراقي إن الحكومة والبرلمان سيجتمعان؛ وللقوات الأمريكية دور.",
        "الجمهوريةالإسلامية و2الأمم المتحدة،لبنان-سوريا «إيران» (مصر)",
        "إيران",
        "اتهمت الشرطة المتظاهرين بمهاجمة السفارة البريطانية بطهران وبالقاهرة.",
    ],
    "fa": [
        "وزیر امور خارجه جمهوری اسلامی ایران با همتای روسی خود در مسکو دیدار کرد.",
        "سخنگوی وزارت‌خارجه گفت نیروهایش و ایرانی‌ها از آمریکایی‌ها انتقاد کردند.",
        "رئیس‌جمهور۲ایران،عراق و ترکیه؛ مجلس شورای اسلامی «سپاه» (ارتش)",
        "ایران",
        "پلیس تهران معترضان را بازداشت کرد و دادگاه انقلاب مشهد حکم داد.",
    ],
    "en": [
        "Iran's foreign minister met his Russian counterpart in Moscow on Monday.",
        "The Iraqi prime minister said the government and parliament would meet.",
        "Iranians,Iraqis and Turks; the U.S. State Department (Washington) 2Iran",
        "Iran",
        "Police arrested protesters who attacked the British embassy in Tehran.",
    ],
}


def _old_scan(text: str, lex: Lexicon) -> list[Hit]:
    """``scan`` as it stood before speed72b."""
    alnum_run = re.compile(r"[^\W_]*")
    hits: list[Hit] = []
    longest = lex.longest_suffix
    size = len(text)
    for end_index, (length, _, allowed) in lex.automaton.iter(text):
        end = end_index + 1
        start = end - length
        word_end = end
        if end < size and text[end].isalnum():
            word_end = alnum_run.match(text, end, min(size, end + longest + 1)).end()  # type: ignore[union-attr]
            if word_end < size and text[word_end].isalnum():
                continue
        word_start = start
        while word_start > 0 and text[word_start - 1].isalnum():
            word_start -= 1
        pre = text[word_start:start]
        suf = text[end:word_end]
        for entry, allowed_pre, allowed_suf in allowed:
            if pre not in allowed_pre or suf not in allowed_suf:
                continue
            base_end = word_end if entry.bound else end
            hits.append(Hit(word_start, word_end, start, base_end, entry, pre))
    return hits


def _old_longest_first(cluster: list[Hit]) -> list[Hit]:
    if len(cluster) == 1:
        return cluster
    cluster.sort(key=lambda h: (-(h.base_end - h.base_start), -(h.end - h.start), h.start))
    kept: list[Hit] = []
    for hit in cluster:
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return kept


def _old_resolve(hits: list[Hit]) -> dict[str, list[Hit]]:
    """``resolve`` as it stood before speed72b."""
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
            if cluster and hit.start < cluster_end:
                cluster.append(hit)
                if hit.end > cluster_end:
                    cluster_end = hit.end
                continue
            if cluster:
                taken.extend(_old_longest_first(cluster) if len(cluster) > 1 else cluster)
            cluster, cluster_end = [hit], hit.end
        if cluster:
            taken.extend(_old_longest_first(cluster))
        taken.sort(key=lambda h: h.start)
        chosen[layer] = taken
    return chosen


def _cases() -> list[tuple[str, str]]:
    return [(lang, text) for lang in LANGS for text in TEXTS[lang]]


@pytest.mark.parametrize(("lang", "text"), _cases())
def test_scan_as_before(lang: str, text: str) -> None:
    """The same hits in the same order, normalised text or as written."""
    lex = lexicon(lang)
    for t in (normalize(text).text, text):
        new = scan(t, lex)
        assert new == _old_scan(t, lex)
        assert [h.prefix for h in new] == [h.prefix for h in _old_scan(t, lex)]


@pytest.mark.parametrize("lang", LANGS)
def test_scan_finds_glued_and_bare_keys(lang: str) -> None:
    """A guard that the comparison is not empty: the texts hold hits with a
    glued prefix or ending and hits with none, so both branches of the loop
    run."""
    lex = lexicon(lang)
    hits = [h for t in TEXTS[lang] for h in scan(normalize(t).text, lex)]
    assert any(h.prefix or h.end > h.base_end for h in hits)
    assert any(not h.prefix for h in hits)
    assert any(h.start == 0 for h in hits)  # a key at the very start of a text


@pytest.mark.parametrize(("lang", "text"), _cases())
def test_resolve_as_before(lang: str, text: str) -> None:
    """The same hits per layer, in the same order."""
    hits = scan(normalize(text).text, lexicon(lang))
    assert resolve(list(hits)) == _old_resolve(list(hits))


@pytest.mark.parametrize("lang", LANGS)
def test_resolve_on_overlaps_built_by_hand(lang: str) -> None:
    """Clusters of one, nested keys, chains that overlap in pairs only and
    hits sharing a start: the same choice as before, in the same order."""
    entries = [h.entry for t in TEXTS[lang] for h in scan(normalize(t).text, lexicon(lang))][:4]
    rng = random.Random(72)
    for _ in range(300):
        hits = []
        for _ in range(rng.randint(0, 9)):
            start = rng.randint(0, 30)
            end = start + rng.randint(1, 8)
            base_start = start + rng.randint(0, 1)
            base_end = max(base_start + 1, end - rng.randint(0, 2))
            hits.append(Hit(start, end, base_start, base_end, rng.choice(entries), ""))
        assert resolve(list(hits)) == _old_resolve(list(hits))


def test_longest_first_keeps_the_longest_and_the_disjoint() -> None:
    entry = scan("iran", lexicon("en"))[0].entry
    long_hit = Hit(0, 10, 0, 10, entry, "")
    inside = Hit(2, 5, 2, 5, entry, "")
    after = Hit(10, 12, 10, 12, entry, "")
    assert _longest_first([inside, after, long_hit]) == [long_hit, after]
    assert _longest_first([inside]) == [inside]


def _old_spans(folded: str) -> list[tuple[int, int]]:
    """What ``normalize`` read before speed72b: ``_DELETE`` over the whole text."""
    return [m.span() for m in _DELETE.finditer(folded)]


DELETION_TEXTS = [
    "قالَ الوزيرُ إنّ المحادثاتِ مستمرة.",
    "وزير ـ الخارجية  قال\tإن  ــ  الأمر",
    "وزیر امور\u200dخارجه  گفت\u200e که \u064b \u064c مذاکرات",
    "The  minister\tsaid\u00adtalks  \t go on.",
    "\t\tstart",
    "end  ",
    " \u0640 ",
    "\u064b",
    "a\u064b  b",
    "no deletion here at all\twith a lone tab",
]


@pytest.mark.parametrize("text", DELETION_TEXTS)
def test_deletion_spans_as_before(text: str) -> None:
    folded = _lower_same_length(_fold(text))
    assert list(_deletion_spans(folded)) == _old_spans(folded)


def test_deletion_spans_on_every_short_mix() -> None:
    """Every text of up to five characters from spaces, tabs, marks and
    letters: the starts found near a mark, a tab or two spaces are all of
    them."""
    alphabet = (" ", "\t", "\u064b", "\u0640", "\u200d", "ب", "a")
    for size in range(6):
        for chars in product(alphabet, repeat=size):
            text = "".join(chars)
            assert list(_deletion_spans(text)) == _old_spans(text), repr(text)


@pytest.mark.parametrize("text", DELETION_TEXTS)
def test_normalize_keeps_text_and_map(text: str) -> None:
    """The text and its map back are those of the full deletion pass."""
    folded = _lower_same_length(_fold(text))
    spans = _old_spans(folded)
    norm = normalize(text)
    expected = folded
    for start, end in reversed(spans):
        expected = expected[:start] + expected[end:]
    assert norm.text == expected
    assert len(norm.breaks) == (len(spans) if spans else 0)
