"""A fixed phrase that holds a state's name but names no state ("کره زمین"
is the Earth, "أمريكا اللاتينية" Latin America, "South America") is no
actor (``context.NOT_ACTOR_PLACES``, blockers of the actor layer: the
longer phrase wins); the state named alone still is. A state after a head
of coasts, waters or airspace, of one word or two ("ساحل", "حریم هوایی",
"coast of"), is a place. Sentences written for these tests, in fa, ar, en."""

from __future__ import annotations

import pytest

from casts import run


def _codes(text: str, lang: str) -> set[str]:
    return {a.code or "-" for e in run(text, lang, "2025-03-10").events for a in e.actors}


# (lang, sentence, the state that must not be an actor, a state that must be)
BLOCKED = [
    ("fa", "دانشمندان ژاپن درباره گرم شدن کره زمین با همتایان چینی گفتگو کردند.", "KOR", "JPN"),
    ("fa", "سازمان فضایی هند با ژاپن برای سفر به کره ماه توافق کرد.", "KOR", "IND"),
    ("fa", "وزیر خارجه برزیل با همتای روس درباره کشورهای آمریکای لاتین دیدار کرد.", "USA", "BRA"),
    ("fa", "رئیس جمهور آرژانتین برای دیدار با رهبران آمریکای جنوبی به شیلی سفر کرد.", "USA", "ARG"),
    ("fa", "ایران و روسیه درباره امنیت کره خاکی گفتگو کردند.", "KOR", "IRN"),
    ("fa", "ژاپن و چین درباره خشکسالی در نیم‌کره شمالی گفتگو کردند.", "PRK", "JPN"),
    ("ar", "بحث وزير خارجية البرازيل مع نظيره الروسي أوضاع أمريكا اللاتينية.", "USA", "BRA"),
    ("ar", "التقى رئيس الأرجنتين قادة أميركا الجنوبية في تشيلي.", "USA", "ARG"),
    ("ar", "بحثت الصين وروسيا الوضع في شبه الجزيرة الكورية.", "KOR", "CHN"),
    ("ar", "وقعت اليابان وأستراليا اتفاقا لحماية الملاحة في المحيط الهندي.", "IND", "AUS"),
    (
        "en",
        "Brazil's foreign minister met his Russian counterpart to discuss South America.",
        "USA",
        "BRA",
    ),
    ("en", "Argentina's president met leaders of Central America in Chile.", "USA", "ARG"),
]


@pytest.mark.parametrize(("lang", "text", "absent", "present"), BLOCKED)
def test_fixed_phrase_is_no_state(lang: str, text: str, absent: str, present: str) -> None:
    codes = _codes(text, lang)
    assert present in codes
    assert absent not in codes


# the state named alone is still the state
NAMED = [
    ("fa", "وزیر خارجه کره با همتای ژاپنی خود دیدار کرد.", "KOR"),
    ("fa", "رئیس جمهور برزیل به آمریکا سفر کرد و با همتای خود دیدار کرد.", "USA"),
    ("ar", "التقى وزير الخارجية البرازيلي نظيره في أمريكا مع وزير الخارجية الأمريكي.", "USA"),
    ("en", "The president of Brazil met the president of America in Washington.", "USA"),
]


@pytest.mark.parametrize(("lang", "text", "code"), NAMED)
def test_state_named_alone_stays(lang: str, text: str, code: str) -> None:
    assert code in _codes(text, lang)


# (lang, sentence, the state only named as the coast or sky, the doer)
COASTS = [
    ("fa", "ژاپن و کره جنوبی درباره آلودگی نفتی در ساحل روسیه گفتگو کردند.", "RUS", "JPN"),
    ("fa", "ژاپن و چین درباره پرواز در حریم هوایی تایوان گفتگو کردند.", "TWN", "CHN"),
    ("fa", "هند و پاکستان درباره ماهیگیری در آب‌های سریلانکا گفتگو کردند.", "LKA", "IND"),
    ("ar", "بحثت اليابان والصين الصيد قبالة ساحل روسيا.", "RUS", "JPN"),
    ("ar", "بحثت الهند وباكستان الصيد في مياه سريلانكا.", "LKA", "IND"),
    ("en", "Japan and South Korea discussed fishing off the coast of Russia.", "RUS", "JPN"),
    ("en", "India and Pakistan discussed fishing in the waters of Sri Lanka.", "LKA", "IND"),
]


@pytest.mark.parametrize(("lang", "text", "place", "doer"), COASTS)
def test_state_after_a_coast_is_a_place(lang: str, text: str, place: str, doer: str) -> None:
    codes = _codes(text, lang)
    assert doer in codes
    assert place not in codes


# (lang, sentence, the state off whose coast it happens, the doer): at sea,
# the coast's state is no side, nor the home of the crew or the attackers
OFFSHORE = [
    ("fa", "نیروی دریایی ایران یک نفتکش را در نزدیکی ساحل عمان توقیف کرد.", "OMN", "IRN"),
    ("fa", "گارد ساحلی چین یک قایق ماهیگیری را در سواحل فیلیپین توقیف کرد.", "PHL", "CHN"),
    ("fa", "نیروی دریایی هند یک کشتی ماهیگیری را در آب‌های سریلانکا توقیف کرد.", "LKA", "IND"),
    ("ar", "احتجزت البحرية الإيرانية ناقلة نفط قبالة سواحل الإمارات.", "ARE", "IRN"),
    ("ar", "احتجز خفر السواحل الصيني قارب صيد قرب ساحل الفلبين.", "PHL", "CHN"),
    ("en", "Iran's navy seized a tanker off the coast of Oman.", "OMN", "IRN"),
    ("en", "The Chinese coast guard seized a fishing boat off the coast of Vietnam.", "VNM", "CHN"),
    ("en", "Indian coast guards seized a trawler in Sri Lankan waters.", "LKA", "IND"),
]


@pytest.mark.parametrize(("lang", "text", "coast", "doer"), OFFSHORE)
def test_state_off_whose_coast_it_happens_is_no_side(
    lang: str, text: str, coast: str, doer: str
) -> None:
    codes = _codes(text, lang)
    assert doer in codes
    assert coast not in codes


# a state or city written as the place of an arrest or strike on land is
# still its target ("in Bahrain")
ON_LAND = [
    ("fa", "ارتش اسرائیل شهر حلب در سوریه را بمباران کرد.", "SYR"),
    ("ar", "قصف الجيش الإسرائيلي مدينة حلب السورية.", "SYR"),
    ("en", "Israeli jets bombed the Syrian city of Aleppo.", "SYR"),
]


@pytest.mark.parametrize(("lang", "text", "target"), ON_LAND)
def test_place_on_land_is_still_struck(lang: str, text: str, target: str) -> None:
    assert target in _codes(text, lang)
