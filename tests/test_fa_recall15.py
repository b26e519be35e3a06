"""Round 15 (farecall15): events told with words between their parts — a
request noun with its object and "را" before a bare light verb ("تقاضای
استیضاح وزیر را کردند"; ar "تقدم النواب بطلب …"), and a strike told
by "هدف گرفتن" with a weapon named (en "drones targeted …"). Every sentence
is written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, run


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


# --- a request noun, its object, "را" and a bare light verb ------------------

FAR_REQUESTS = [
    ("نمایندگان مجلس ایران از رئیس‌جمهور تقاضای استیضاح وزیر کار را کردند.", "fa"),
    ("ایران از شورای امنیت درخواست برگزاری نشست فوری را کرد.", "fa"),
    ("بازنشستگان صنعت نفت ایران در نامه‌ای نوشتند تقاضای رسیدگی به حقوق خود را داریم.", "fa"),
    ("خانواده این زندانی از دادستان تهران درخواست اعطای مرخصی به او را کرده‌اند.", "fa"),
    ("تقدم نواب البرلمان الإيراني بطلب لاستجواب وزير العمل.", "ar"),
    ("وتقدمت إيران بطلب إلى مجلس الأمن لعقد جلسة طارئة.", "ar"),
    ("Iranian lawmakers made a request to the president to impeach the labour minister.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), FAR_REQUESTS)
def test_request_noun_with_its_own_light_verb_is_a_request(text: str, lang: str) -> None:
    assert "REQUEST" in _types(text, lang)


def test_far_request_keeps_who_asks_and_who_is_asked() -> None:
    got = cast(run("ایران از شورای امنیت درخواست برگزاری نشست فوری را کرد.", "fa"), "REQUEST")
    assert {"IRN:", "UN:"} <= got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a request turned down, a deed done: nobody asks
        ("ایران درخواست آمریکا برای مذاکره مستقیم را رد کرد.", "fa"),
        ("دولت ایران این کار را کرد تا قیمت بنزین پایین بماند.", "fa"),
        ("تقدمت القوات العراقية نحو مدينة الموصل.", "ar"),
    ],
)
def test_no_request_without_the_construction(text: str, lang: str) -> None:
    assert "REQUEST" not in _types(text, lang)


# --- "هدف گرفتن" with a weapon ---------------------------------------------------

TARGETED = [
    ("پهپادهای حوثی‌ها تأسیسات نفتی آرامکو در عربستان را هدف گرفتند.", "fa"),
    ("ارتش اسرائیل گفت جنگنده‌هایش مجتمع‌های نظامی حماس در غزه را هدف گرفته‌اند.", "fa"),
    ("Houthi drones targeted Saudi Aramco oil facilities on Sunday.", "en"),
    ("Israeli warplanes targeted Hamas compounds in Gaza overnight.", "en"),
    ("استهدفت طائرات مسيرة حوثية منشآت أرامكو النفطية في السعودية.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), TARGETED)
def test_a_weapon_taking_a_target_is_an_attack(text: str, lang: str) -> None:
    assert "ASSAULT" in _types(text, lang)


def test_targeted_attack_keeps_both_sides() -> None:
    got = cast(
        run("پهپادهای حوثی‌ها تأسیسات نفتی آرامکو در عربستان را هدف گرفتند.", "fa"), "ASSAULT"
    )
    assert {"YEM:REB", "SAU:BUS"} <= got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("تحریم‌های جدید آمریکا معیشت مردم عادی ایران را هدف گرفته است.", "fa"),
        ("The new US sanctions targeted the livelihoods of ordinary Iranians.", "en"),
        ("The Iranian campaign targets young voters in Tehran.", "en"),
    ],
)
def test_a_policy_targeting_people_is_no_attack(text: str, lang: str) -> None:
    assert "ASSAULT" not in _types(text, lang)
