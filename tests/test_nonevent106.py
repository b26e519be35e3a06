"""Deeds read where the sentence tells none (round 106, nonevent106; every
sentence written for these tests).

- Concern about a disaster ("expressed concern about the wildfires in
  Turkey", "از وقوع سیل در پاکستان ابراز نگرانی کرد") is sympathy, no
  accusation: the clause names a disaster and no one's deed.

- Deaths in a crash, a collision, an overturned vehicle or after a
  technical fault ("تحطم مروحية", "حادث تصادم قطارين", "عطب فني", "نقص
  فنی", "a technical fault", "the collision of two trains") are an
  accident's, no attack.

Each rule has sentences where the event is real and stays: concern about an
attack or an arrest, a doer named after "by", a condemnation beside the
concern; a car bomb, gunmen or an armed attack beside the accident's word.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


# main 6b5568d0 reads an ACCUSE in each fa and en sentence (Arabic reads no
# concern as an accusation on main either: its sentences guard the same rule)
NOT_TOLD = [
    ("fa", "وزیر خارجه ایران از وقوع سیل در پاکستان ابراز نگرانی کرد.", "ACCUSE"),
    ("fa", "سازمان ملل از شیوع کرونا در افغانستان ابراز نگرانی کرد.", "ACCUSE"),
    (
        "fa",
        "کمیسر اتحادیه اروپا با ابراز نگرانی از گسترش آتش‌سوزی‌ها در ترکیه، آمادگی این "
        "اتحادیه را برای کمک اعلام کرد.",
        "ACCUSE",
    ),
    ("fa", "وزیر خارجه ایران از وقوع سیل در پاکستان که ۳۰ نفر را کشت ابراز نگرانی کرد.", "ACCUSE"),
    ("en", "The EU expressed concern about the spread of wildfires in Turkey.", "ACCUSE"),
    (
        "en",
        "The EU expressed concern about the floods in Pakistan that killed 30 people.",
        "ACCUSE",
    ),
    ("en", "Iran's foreign minister voiced concern over the earthquake in Afghanistan.", "ACCUSE"),
    ("ar", "أعرب الاتحاد الأوروبي عن قلقه من انتشار الحرائق في تركيا.", "ACCUSE"),
    ("ar", "أعرب وزير الخارجية الإيراني عن قلقه إزاء الفيضانات في باكستان.", "ACCUSE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), NOT_TOLD)
def test_disaster_concern_is_no_accusation(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


# the accusation is real: each stays (as on main)
TOLD = [
    # concern about someone's deed
    ("fa", "وزیر خارجه ایران از حمله اسرائیل به غزه ابراز نگرانی کرد.", "ACCUSE"),
    ("fa", "وزیر خارجه ایران از بازداشت بیماران در بحرین ابراز نگرانی کرد.", "ACCUSE"),
    ("en", "The EU expressed concern over the Israeli attack on Gaza.", "ACCUSE"),
    # a doer named after a passive's marker: the fire was someone's deed
    (
        "fa",
        "وزیر خارجه از آتش‌سوزی در سفارت ایران که توسط معترضان صورت گرفت ابراز نگرانی کرد.",
        "ACCUSE",
    ),
    (
        "en",
        "The minister expressed concern about the fire at the embassy started by protesters.",
        "ACCUSE",
    ),
    # a condemnation or an arrest beside the concern
    (
        "fa",
        "اتحادیه اروپا از سیل در پاکستان ابراز نگرانی کرد و بازداشت امدادگران را محکوم کرد.",
        "ACCUSE",
    ),
    (
        "en",
        "The EU expressed concern about the floods in Pakistan and condemned the arrest of aid workers.",
        "ACCUSE",
    ),
    ("ar", "أعرب الوزير عن قلقه من الحرائق في تركيا وأدان الهجوم على السفارة.", "ACCUSE"),
    # the people struck, not the disaster: patients may be wronged by a deed
    (
        "fa",
        "مدیر انجمن با ابراز نگرانی از مفقود شدن داروهای بیماران، از مسئولان قضایی خواست "
        "موضوع را پیگیری کنند.",
        "ACCUSE",
    ),
    (
        "en",
        "The charity expressed concern about the disappearance of medicines for patients.",
        "ACCUSE",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), TOLD)
def test_told_accusation_stays(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)


# main 6b5568d0 reads an ASSAULT in each
ACCIDENTS = [
    ("ar", "أسفر الحادث عن مقتل 73 شخصا بعد أن طرأ عطب فني على شاحنة لنقل الوقود قبل أن تنفجر."),
    ("ar", "قتل سبعون شخصا بعد أن طرأ عطب فني على شاحنة لنقل الوقود فانفجرت."),
    ("en", "Seventy people were killed after a technical fault caused a fuel truck to explode."),
    ("en", "The collision of two trains in Shahroud killed 40 people."),
]


@pytest.mark.parametrize(("lang", "text"), ACCIDENTS)
def test_accident_is_no_assault(lang: str, text: str) -> None:
    assert "ASSAULT" not in _types(text, lang)


# an attack beside the accident's word: the ASSAULT stays (as on main)
ATTACKS = [
    ("ar", "انفجرت سيارة مفخخة قرب شاحنة تعرضت لعطب فني، ما أسفر عن مقتل عشرة أشخاص."),
    ("en", "Gunmen opened fire on a bus stopped by a technical fault, killing five passengers."),
    (
        "fa",
        "افراد مسلح به اتوبوسی که به دلیل نقص فنی متوقف شده بود حمله کردند و پنج مسافر را کشتند.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ATTACKS)
def test_attack_beside_accident_stays(lang: str, text: str) -> None:
    assert "ASSAULT" in _types(text, lang)
