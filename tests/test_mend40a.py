"""Mends of the round-40 doers40 rules (mend40a; every sentence written for
these tests).

- a visit governs its deed wherever the sentence stands in the document,
  not only in its first characters (``extract/visitors``);
- "جرت اشتباكات بين …" (took place) is no passive: both sides of a clash
  stay, no unnamed attacker beside them (``context.PASSIVE_FORCE_LEADS``);
- a damma after a form-IV perfect's fourth letter ("أطلقُوا") or a stem's
  second ("كبُر") is no passive (``struck_passive._voweled``);
- visit words of another common sense count only where they visit
  ("عاد" right before the visited noun; not "آسیب دیدن", be damaged).

The Persian unnamed doer of a visited deed is read with the victims' state
("JOR:UAF") where Arabic and English leave it unnamed: that is the Persian
reading of an understood doer generally, left as it is.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read
from diplowatch.extract.actor_context import context
from diplowatch.extract.visitors import _visit
from diplowatch.text.normalize import normalize_phrase

# A long first sentence, then the visit: the visitor is still no side.
_LEADS = {
    "ar": "افتتح البرلمان التونسي دورته الجديدة يوم الاثنين بحضور عدد كبير من "
    "النواب والضيوف من مختلف الأحزاب السياسية في البلاد والمنظمات. ",
    "en": "The Kenyan parliament opened its new session on Monday in the presence "
    "of many deputies and guests from the various political parties of the country. ",
    "fa": "مجلس کنیا روز دوشنبه دور تازه خود را با حضور شمار زیادی از نمایندگان و "
    "مهمانان احزاب گوناگون سیاسی کشور آغاز کرد و چند لایحه را بررسی کرد. ",
}
LATE_VISITS: list[tuple[str, str, set[str]]] = [
    (
        "تفقد وزير الداخلية التونسي المصابين من رجال الحرس في الهجوم على الثكنة.",
        "ar",
        {"ASSAULT reported -:UAF TUN:CVL"},
    ),
    (
        "The Kenyan interior minister visited the injured policemen of the ambush.",
        "en",
        {"ASSAULT reported -:UAF KEN:COP", "CONSULT reported KEN:GOV KEN:COP"},
    ),
    (
        "وزیر کشور کنیا از مجروحان پلیس در کمین عیادت کرد.",
        "fa",
        {"ASSAULT reported -:UAF KEN:COP KEN:CVL"},
    ),
]

# A clash "between A and B" has both sides and no unnamed attacker.
CLASHES: list[tuple[str, str, set[str]]] = [
    (
        "جرت مواجهات مسلحة بين القوات اليمنية ومقاتلي الحوثيين قرب مأرب.",
        "ar",
        {"ASSAULT reported YEM:MIL YEM:REB"},
    ),
    (
        "Fierce clashes took place between Yemeni forces and Houthi fighters near Marib.",
        "en",
        {"ASSAULT reported YEM:MIL YEM:REB"},
    ),
    (
        "درگیری‌های مسلحانه‌ای میان نیروهای یمنی و شبه‌نظامیان حوثی در نزدیکی مأرب روی داد.",
        "fa",
        {"ASSAULT reported YEM:MIL YEM:REB"},
    ),
]

# A convoy struck by an unnamed doer reads alike in the three languages
# (Persian tells it with "هدف حمله قرار گرفت", no passive of its own).
STRUCK: list[tuple[str, str, set[str]]] = [
    ("استُهدفت قافلة للجيش الباكستاني قرب بيشاور.", "ar", {"ASSAULT reported PAK:UAF PAK:MIL"}),
    (
        "A Pakistani army convoy was attacked near Peshawar.",
        "en",
        {"ASSAULT reported PAK:UAF PAK:MIL"},
    ),
    (
        "یک کاروان ارتش پاکستان در نزدیکی پیشاور هدف حمله قرار گرفت.",
        "fa",
        {"ASSAULT reported PAK:UAF PAK:MIL"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "want"), LATE_VISITS)
def test_visit_after_another_sentence(text: str, lang: str, want: set[str]) -> None:
    assert _read(_LEADS[lang] + text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), CLASHES)
def test_clash_between_keeps_both_sides(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), STRUCK)
def test_struck_convoy_alike(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


def _words(*ws: str) -> list[tuple[str, int]]:
    """Words as the normalised text spells them, with made-up offsets."""
    return [(normalize_phrase(w), i * 10) for i, w in enumerate(ws)]


# (lang, words, index of the verb, index of the visited noun or -1, visit?)
VISIT_WORDS: list[tuple[str, list[tuple[str, int]], int, int, bool]] = [
    ("ar", _words("عاد", "الجرحى"), 0, 1, True),
    ("ar", _words("عاد", "الوزير", "الجرحى"), 0, 2, False),
    ("ar", _words("وعادت", "الوزيرة", "المصابين"), 0, 2, False),
    ("ar", _words("زار", "الوزير", "الجرحى"), 0, 2, True),
    ("fa", _words("مجروحان", "دیدن"), 1, -1, True),
    ("fa", _words("آسیب", "دیدن"), 1, -1, False),
    ("en", _words("visited", "the", "wounded"), 0, 2, True),
    ("en", _words("returned", "to", "the", "wounded"), 0, 3, False),
]


@pytest.mark.parametrize(("lang", "words", "k", "noun", "want"), VISIT_WORDS)
def test_visit_words_of_another_sense(
    lang: str, words: list[tuple[str, int]], k: int, noun: int, want: bool
) -> None:
    assert _visit(words, k, noun, context(lang)) is want


def test_capture_is_no_visited_family() -> None:
    """ "أسر" is also capture: the families visited are "ذوي", "عائلات"."""
    assert "اسر" not in context("ar").visited_nouns and "ذوي" in context("ar").visited_nouns


# A capital told as where, after a preposition: no side in the three
# languages (``place_state_out``; Arabic also reads it glued, ``where_states_out``).
WHERE: list[tuple[str, str, set[str]]] = [
    ("أصيب لاجئان عراقيان في تفجير عمان.", "ar", {"ASSAULT reported -:UAF IRQ:REF"}),
    (
        "Two Iraqi refugees were wounded in a bombing in Amman.",
        "en",
        {"ASSAULT reported -:UAF IRQ:REF"},
    ),
    ("دو پناهجوی عراقی در انفجاری در امان زخمی شدند.", "fa", {"ASSAULT reported -:UAF IRQ:REF"}),
]


@pytest.mark.parametrize(("text", "lang", "want"), WHERE)
def test_capital_is_where(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
