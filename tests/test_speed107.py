"""speed107: the same answers, sooner.

Each helper changed for speed is compared with the computation it replaced,
kept here as the reference, at every position of sentences written for
these tests (ar, fa, en), and on the extractor's output for them.

Sentences written for these tests.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from diplowatch.extract import asked_nouns, claimed_identity, verb_mood
from diplowatch.extract.actor_context import context
from diplowatch.extract.asked_nouns import _word_starts
from diplowatch.extract.cue_words import cue_last_words
from diplowatch.extract.named_topic import WORD_TOKENS
from diplowatch.extract.scan import Hit
from diplowatch.text.normalize import normalize
from diplowatch.text.punctuation import CLAUSE_BREAKS

_QUOTES = ('"', "«", "»", "“", "”")


def _old_feigned(
    text: str, start: int, cues: frozenset[str], reach: int, stops: frozenset[str]
) -> int:
    """``claimed_identity._feigned`` as main had it: every word before the
    mention is tried against every phrase ending there."""
    before = text[max(0, start - 80) : start]
    for quote in _QUOTES:
        before = before.replace(quote, " ")
    words = before.split()[-(reach + 4) :]
    for i in range(len(words) - 1, -1, -1):
        if len(words) - i - 1 > reach or not words[i].isalnum():
            return -1
        if any(" ".join(words[i - n : i + 1]) in cues for n in range(min(i + 1, 4))):
            return len(words) - i - 1
        if words[i] in stops:
            return -1
    return -1


_FEIGNED = [
    ("ar", "اعتقلت الشرطة رجلا ينتحل صفة ضابط في الجيش الأردني قرب عمان"),
    ("ar", "قال رجل ادعى أنه سفير فرنسا إن «الجيش» هاجم القرية، ثم فر"),
    ("ar", "ينتحل مسلحون صفة الجيش السوري وهاجموا القوات التركية"),
    ("fa", "پلیس مردی را که خود را به جای مامور سفارت آلمان جا زده بود بازداشت کرد"),
    ("fa", "او با جعل عنوان مامور پلیس از مردم پول گرفت و گریخت"),
    ("en", "Police arrested a man posing as a Saudi prince in Paris on Monday."),
    ("en", 'A woman claiming to be a "UN envoy" met the army chief, officials said.'),
    ("en", "The ministry said gunmen posing as police officers attacked a convoy."),
]


@pytest.mark.parametrize(("lang", "text"), _FEIGNED)
def test_feigned_as_before_at_every_position(lang: str, text: str) -> None:
    ctx = context(lang)
    stops = ctx.phrase_stops
    text = normalize(text).text  # the rules read the normalised text
    seen = set()
    for cues in (ctx.feigning_cues, ctx.claimed_being_cues):
        for reach in (0, 5):
            for start in range(len(text) + 1):
                new = claimed_identity._feigned(text, start, cues, reach, stops)
                assert new == _old_feigned(text, start, cues, reach, stops), (start, reach)
                seen.add(new)
    assert len(seen) > 1  # a cue is read somewhere in each sentence


@pytest.mark.parametrize(
    ("phrases", "expected"),
    [
        (frozenset({"posing as", "انتحل صفة", "خود را به جای"}), {"as", "صفة", "جای"}),
        (frozenset({" ", "claiming  to be "}), {"be"}),
    ],
)
def test_cue_last_words(phrases: frozenset[str], expected: set[str]) -> None:
    assert cue_last_words(phrases) == expected


def _old_asking_word_at(ntext: str, start: int, end: int, lang: str) -> int | None:
    """``asked_nouns.asking_word_at`` as main had it: every word's start
    found before the words are read."""
    a = asked_nouns._asking(lang)
    if not a.reach:
        return None
    lo = max(0, start - 120)
    spans = [(lo + i, w.strip(asked_nouns._PUNCT)) for i, w in _word_starts(ntext[lo:start])]
    words = asked_nouns._without_fillers([w for _, w in spans], a.fillers)
    if a.before and asked_nouns._verb_before(list(words), a):
        window = words[-a.reach :]
        for i in range(len(window) - 1, -1, -1):
            if any(form in a.before for form in asked_nouns._bare(window[i], a.clitics)):
                if a.subject_first and i == len(window) - 1:
                    break
                return spans[len(words) - len(window) + i][0]
    if words and words[-1] in a.markers and (len(words) < 2 or words[-2] not in a.own_marker):
        after = " ".join(ntext[end : end + 120].split()[: a.reach])
        if any(stem in after for stem in a.after):
            return spans[len(words) - 1][0]
    return None


_ASKING = [
    ("ar", "حث الرئيس المصري المواطنين على مقاطعة البضائع الفرنسية"),
    ("ar", "ودعا النشطاء إلى التظاهر، فيما دعت الحكومة  الشرطة إلى ضبط النفس"),
    ("fa", "رئیس جمهور از مردم خواست کالاهای فرانسوی را نخرند"),
    ("fa", "وزیر کشور از همه ی شهروندان خواست در خانه بمانند"),
    ("en", "The president urged citizens to boycott French goods."),
    ("en", "Officials urged all  residents, including students, to stay home."),
]


@pytest.mark.parametrize(("lang", "text"), _ASKING)
def test_asking_word_as_before_for_every_word(lang: str, text: str) -> None:
    text = normalize(text).text
    found = set()
    for start, word in _word_starts(text):
        for end in (start + len(word), len(text)):
            new = asked_nouns.asking_word_at(text, start, end, lang)
            assert new == _old_asking_word_at(text, start, end, lang), (word, end)
            found.add(new)
    assert found - {None}  # an asking word is found for some noun of each sentence


def _old_closed_by_have(end: int, ntext: str, ctx: Any) -> bool:
    """``verb_mood._closed_by_have`` as main had it: the words read after
    every noun, a subjunctive of "to have" written there or not."""
    if not ctx.have_subjunctives:
        return False
    words = WORD_TOKENS.findall(ntext[end : end + 80])[: verb_mood.HAVE_REACH + 2]
    for i, word in enumerate(words[:-1]):
        if f"{word} {words[i + 1]}" in ctx.have_subjunctives:
            return i <= verb_mood.HAVE_REACH
        if CLAUSE_BREAKS & set(word) or word in ctx.light_verbs or word in ctx.subjunctive_verbs:
            return False
    return False


_HAVE = [
    ("fa", "او به تهران رفت تا دیدار کوتاهی با پدرش داشته باشد و سپس بازگردد", True),
    ("fa", "قرار است وزیران فردا نشستی در ژنو با نمایندگان اروپا داشته باشند", True),
    ("fa", "رئیس جمهور گفت دیدار با سفیر، داشته باشیم یا نه، مهم نیست", True),
    ("fa", "وزیر خارجه دیروز با همتای خود در ژنو دیدار کرد", False),
    ("ar", "وصل الوزير إلى القاهرة ليعقد لقاء مع نظيره المصري", False),
    ("en", "The envoy flew to Cairo to have a meeting with his counterpart.", False),
]


@pytest.mark.parametrize(("lang", "text", "closed"), _HAVE)
def test_closed_by_have_as_before_at_every_position(lang: str, text: str, closed: bool) -> None:
    ctx = context(lang)
    text = normalize(text).text
    seen = set()
    for end in range(len(text) + 1):
        new = verb_mood._closed_by_have(cast(Hit, SimpleNamespace(end=end)), text, ctx)
        assert new == _old_closed_by_have(end, text, ctx), end
        seen.add(new)
    assert (True in seen) == closed  # a subjunctive of "to have" is read where one is written


def _old_asked(ntext: str, hit: Hit, lang: str) -> bool:
    """``asked_nouns.asked`` as main had it: the words before every noun cut."""
    a = asked_nouns._asking(lang)
    if not a.reach or not asked_nouns._ends_phrase(ntext, hit.end, a.next):
        return False
    raw = ntext[max(0, hit.start - 120) : hit.start].split()
    before = asked_nouns._without_fillers([w.strip(asked_nouns._PUNCT) for w in raw], a.fillers)
    if a.before and asked_nouns._verb_before(before, a):
        return True
    return asked_nouns._marked_before(ntext, hit, before, a)


def _old_inside_asked(ntext: str, title: Hit, start: int, lang: str) -> bool:
    """``asked_nouns.country_inside_asked`` as main had it."""
    a = asked_nouns._asking(lang)
    if not a.reach:
        return False
    gap = [w.strip(asked_nouns._PUNCT) for w in ntext[title.end : start].split()]
    if not gap:
        return False
    raw = ntext[max(0, title.start - 120) : title.start].split()
    before = asked_nouns._without_fillers([w.strip(asked_nouns._PUNCT) for w in raw], a.fillers)
    if a.before and asked_nouns._verb_before(before, a):
        return any(w in a.blockers for w in gap)
    if asked_nouns._marked_before(ntext, title, before, a):
        return any(stem in w for w in gap for stem in a.after)
    return False


@pytest.mark.parametrize(("lang", "text"), _ASKING)
def test_asked_and_inside_asked_as_before_for_every_word(lang: str, text: str) -> None:
    text = normalize(text).text
    starts = _word_starts(text)
    read = set()
    for k, (start, word) in enumerate(starts):
        hit = cast(Hit, SimpleNamespace(start=start, end=start + len(word)))
        new = asked_nouns.asked(text, hit, lang)
        assert new == _old_asked(text, hit, lang), word
        read.add(new)
        for later, _ in starts[k + 1 : k + 6]:
            inside = asked_nouns.country_inside_asked(text, hit, later, lang)
            assert inside == _old_inside_asked(text, hit, later, lang), (word, later)
            read.add(inside)
    assert read == {True, False}  # each sentence has a noun asked and one not
