"""Counts of coordinated groups, duals, lone singulars and "with N others".

Sentences written for these tests; they run through the whole pipeline so
that agent nouns ("soldiers", "مدرسه") take part as they do in production.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def counts(text: str, lang: str) -> dict[str, int]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-01"))
    found: dict[str, int] = {}
    for event in record.to_dict()["events"]:
        for key, value in (event.get("counts") or {}).items():
            found.setdefault(key, value)
    return found


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "Two soldiers and a civilian were killed in the attack.", {"killed": 3}),
        ("en", "Four lawyers and an activist were detained in Cairo.", {"arrested": 5}),
        ("en", "Security forces arrested two journalists and three students.", {"arrested": 5}),
        ("ar", "قتل جنديان ومدني في هجوم للمسلحين.", {"killed": 3}),
        ("ar", "اعتقلت الشرطة أربعة محامين وناشطا في القاهرة.", {"arrested": 5}),
        ("fa", "چهار وکیل و یک فعال در تهران بازداشت شدند.", {"arrested": 5}),
        ("fa", "دو سرباز و یک غیرنظامی در حمله شورشیان کشته شدند.", {"killed": 3}),
        ("fa", "سه روزنامه‌نگار و دو عکاس روز دوشنبه بازداشت شدند.", {"arrested": 5}),
    ],
)  # fmt: skip
def test_coordinated_groups_add_up(lang: str, text: str, want: dict[str, int]) -> None:
    assert counts(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "Police killed two militants and arrested three others.", {"killed": 2, "arrested": 3}),
        ("en", "Fifteen people were killed and 20 wounded.", {"killed": 15, "wounded": 20}),
        ("ar", "قتل 3 أشخاص و5 جرحى في القصف.", {"killed": 3, "wounded": 5}),
        ("ar", "قتل ثلاثة أشخاص وأصيب سبعة آخرون في غارة جوية.", {"killed": 3, "wounded": 7}),
        ("fa", "سه نفر کشته و پنج نفر زخمی شدند.", {"killed": 3, "wounded": 5}),
        ("fa", "پلیس دو شورشی را کشت و سه نفر دیگر را بازداشت کرد.", {"killed": 2, "arrested": 3}),
    ],
)  # fmt: skip
def test_groups_of_different_counts_stay_apart(lang: str, text: str, want: dict[str, int]) -> None:
    assert counts(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "Police detained an activist along with 18 others.", {"arrested": 19}),
        ("ar", "اعتقلت السلطات ناشطا مع 18 آخرين.", {"arrested": 19}),
        ("fa", "ماموران یک فعال مدنی را همراه با ۱۸ تن دیگر بازداشت کردند.", {"arrested": 19}),
    ],
)  # fmt: skip
def test_with_n_others_counts_the_one_named(lang: str, text: str, want: dict[str, int]) -> None:
    assert counts(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("ar", "قتل جنديين في هجوم على نقطة تفتيش.", {"killed": 2}),
        ("ar", "أعلنت الشرطة اعتقال شخصين بتهمة التخطيط لهجوم.", {"arrested": 2}),
        ("ar", "قال محافظ إن 24 شخصا قتلوا وأصيب 27 آخرون.", {"killed": 24, "wounded": 27}),
        ("ar", "اعتقال ناشط مدني في دمشق.", {"arrested": 1}),
        ("en", "Gunmen killed two policemen at a checkpoint.", {"killed": 2}),
        ("fa", "پلیس ترکیه ۳۰ مظنون را در استانبول دستگیر کرد.", {"arrested": 30}),
    ],
)  # fmt: skip
def test_duals_and_lone_singulars_count(lang: str, text: str, want: dict[str, int]) -> None:
    assert counts(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("fa", "پلیس پنج نفر را پس از حمله به یک مدرسه بازداشت کرد.", {"arrested": 5}),
        ("fa", "نیروهای امنیتی سه دانشجو را در نزدیکی یک دانشگاه دستگیر کردند.", {"arrested": 3}),
        ("en", "Police arrested five people after an attack on a school.", {"arrested": 5}),
        ("ar", "اعتقلت الشرطة خمسة أشخاص بعد هجوم على مدرسة.", {"arrested": 5}),
    ],
)  # fmt: skip
def test_an_article_before_a_place_is_no_count(lang: str, text: str, want: dict[str, int]) -> None:
    assert counts(text, lang) == want
