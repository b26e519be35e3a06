"""A guarded trigger's object word ends its word, but for a noun ending.

The object word of a guard ("نیرو", forces; "أمير", emir; "bomber") may
carry a clitic before it and one of its language's noun endings after it
(``affixes.OBJECT_ENDINGS``), nothing else: "نیروگاه" (a power plant) or
"نیرومند" is no force sent, "الأمريكيون" no emir. Plural, dual and
possessive endings still pass ("نیروهایش", "قواتها", "اتفاقيتين",
"bombers"), and so does an ending written after a ZWNJ or a space
("نیرو‌های"). A phrase whose object word names something else ("وزیر
نیرو", the energy minister) is language data (``GUARD_NOT_OBJECTS``).
"""

from __future__ import annotations

import pytest

from casts import types
from diplowatch.extract.guard_objects import forms_of, guard_objects
from diplowatch.extract.lexicon import lexicon
from diplowatch.lang import load


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # a power plant sent, supplied or visited is no force deployed
        ("fa", "روسیه یک نیروگاه اتمی شناور به قطب شمال اعزام کرد.", "MOBILIZE"),
        ("fa", "روسیه سوخت هسته‌ای نیروگاه بوشهر را به ایران فرستاد.", "MOBILIZE"),
        ("fa", "روسیه سوخت هسته‌ای تازه برای نیروگاه بوشهر به ایران ارسال کرد.", "MOBILIZE"),
        # the energy minister sent on a mission, or leaving a province
        ("fa", "وزیر نیرو برای بررسی خسارت سیل به استان خوزستان اعزام شد.", "MOBILIZE"),
        ("fa", "ایران برای مقابله با کم‌آبی، وزیر نیرو را به تاجیکستان اعزام کرد.", "MOBILIZE"),
        ("fa", "وزیر نیرو پس از بازدید از سد کرج از استان تهران خارج شد.", "RETREAT"),
        # "الأميركيون" holds the letters of "أمير" (emir): tourists travel
        ("ar", "توجه السياح الأميركيون إلى شواطئ المكسيك لقضاء العطلة.", "CONSULT"),
        ("ar", "توجه آلاف المشجعين الأمريكيين إلى الدوحة لحضور المونديال.", "CONSULT"),
        # a rocketry programme or a city's stock exchange are no rockets or bombs
        (
            "en",
            "India's rocketry programme targeted a landing near the lunar south pole.",
            "ASSAULT",
        ),
        ("en", "The Bombay Stock Exchange targeted new listings from Indian firms.", "ASSAULT"),
        ("en", "An Emirates flight carrying 300 passengers arrived in Kabul on Monday.", "CONSULT"),
    ],
)
def test_a_word_that_only_starts_with_an_object_is_none(lang: str, text: str, absent: str) -> None:
    assert absent not in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "present"),
    [
        # forces deployed or withdrawn, with a plural or possessive ending,
        # glued or after a ZWNJ
        ("fa", "ترکیه هزاران نیرو به مرز سوریه اعزام کرد.", "MOBILIZE"),
        ("fa", "ترکیه نیروهای بیشتری به مرز سوریه اعزام کرد.", "MOBILIZE"),
        ("fa", "ترکیه نیرو‌هایش را به مرز سوریه اعزام کرد.", "MOBILIZE"),
        ("fa", "نیرو‌های اسرائیلی پس از سه روز از شهر جنین خارج شدند.", "RETREAT"),
        (
            "fa",
            "ناوشکن تازه دو ماه پس از الحاق به ناوگان نیروی دریایی به خلیج عدن اعزام شد.",
            "MOBILIZE",
        ),
        ("ar", "نشرت روسيا قواتها على الحدود مع أوكرانيا.", "MOBILIZE"),
        ("ar", "توجه أميرا الكويت وقطر إلى الرياض لحضور القمة الخليجية.", "CONSULT"),
        # a feminine noun's dual, written with its bound stem
        ("ar", "وقعت مصر والأردن اتفاقيتين للتعاون في مجال الطاقة.", "AGREE"),
        ("en", "Russian bombers targeted the city of Kharkiv overnight.", "ASSAULT"),
        ("en", "Russian missiles targeted Ukrainian power plants overnight.", "ASSAULT"),
        ("en", "The Qatari and Kuwaiti emirs arrived in Riyadh on Monday.", "CONSULT"),
    ],
)
def test_an_object_with_a_noun_ending_still_guards(lang: str, text: str, present: str) -> None:
    assert present in types(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "سلّم خمسون مقاتلا أسلحتهم إلى الجيش العراقي في الموصل.",
        "سلم عشرات المسلحين أسلحتهم للشرطة في درعا بموجب اتفاق التسوية.",
    ],
)
def test_a_possessed_feminine_object_is_what_its_rule_lists(text: str) -> None:
    """Arms handed over with "their" are a surrender; the arms-supply rule
    lists "أسلحة" unpossessed, and its dual alone takes the bound stem."""
    found = types(text, "ar")
    assert "RETREAT" in found
    assert "AID" not in found


@pytest.mark.parametrize(
    ("lang", "ending", "other"),
    [
        ("ar", "اتها", "كي"),
        ("ar", "ين", "ت"),
        ("fa", "هايش", "گاه"),
        ("fa", "ي", "مند"),
        ("en", "s", "ial"),
    ],
)
def test_each_language_lists_its_object_endings(lang: str, ending: str, other: str) -> None:
    endings = lexicon(lang).word_endings
    assert "" in endings
    assert ending in endings
    assert other not in endings


def test_a_phrase_is_no_object_only_where_it_holds_one() -> None:
    forms = forms_of(load("fa", "affixes"))
    forces = guard_objects(("نیرو", "ارتش"), forms, ("وزیر نیرو", "بابت تاخیر"))
    assert forces.not_objects == (("وزير", "نيرو"),)
    assert "اتفاقيت" in guard_objects(("اتفاقية",), forms_of(load("ar", "affixes"))).bound
