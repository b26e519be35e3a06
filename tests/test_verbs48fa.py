"""Persian wordings of the event types in every tense (round 48, verbs48fa;
every sentence written for these tests, with other names, places and
numbers than any news text).

Each PLOVER type's verbs, compound verbs and passives were tried in the
past, perfect, present, future and negative, singular and plural, with ZWNJ,
a space or the prefix glued. What was no trigger in some tense is listed in
``lang/fa/triggers.py`` ("verbs48fa"); each family has a test here, with the
same event told in Arabic and English. Where those languages have no such
construction, or read it already, the docstring says so and the test checks
that their reading stands.

- Construction: a present light verb written with "می"/"نمی" glued to it
  ("بمباران میکند", "قرار میگیرد", "مینماید") closes a deed noun's
  predicate (``context.LIGHT_VERBS``); before, the noun was dropped as
  named in passing. Arabic and English have no glued present
  prefix: their reading of the same deeds stands.
- Construction: ties cut in the passive ("روابط … قطع شد") are a SANCTION;
  English now reads "X's relations with Y were cut/severed" (new), Arabic
  "قطعت العلاقات" was read already. Power or aid cut is none.
"""

from __future__ import annotations

import pytest

from casts import types

_P = "2024-05-01"


def _has(text: str, lang: str, etype: str) -> bool:
    return etype in types(text, lang, _P)


# ---------------------------------------------------------------- glued present light verbs
@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("fa", "ارتش شیلی مواضع شورشیان را در شمال بمباران میکند.", "ASSAULT"),
        ("fa", "پایگاه ارتش بولیوی در مرز مورد حمله موشکی قرار میگیرد.", "ASSAULT"),
        ("fa", "شیلی از بولیوی درخواست می‌نماید که مرز را بازگشایی کند.", "REQUEST"),
        ("fa", "شیلی از بولیوی درخواست مینماید که مرز را بازگشایی کند.", "REQUEST"),
        ("en", "The Chilean army is bombing rebel positions in the north.", "ASSAULT"),
        ("ar", "يقصف الجيش التشيلي مواقع المتمردين في الشمال.", "ASSAULT"),
        ("en", "Chile asks Bolivia to reopen the border.", "REQUEST"),
        ("ar", "تطالب تشيلي بوليفيا بإعادة فتح الحدود.", "REQUEST"),
    ],
)
def test_glued_present_light_verb_closes_the_deed(lang: str, text: str, etype: str) -> None:
    """Arabic and English have no glued present prefix: their reading of
    the same deeds stands."""
    assert _has(text, lang, etype)


def test_glued_light_verb_alone_adds_no_deed() -> None:
    assert types("این مسئله برای مردم شهر مشکلات زیادی ایجاد میکند.", "fa", _P) == set()


# ---------------------------------------------------------------- AGREE in the present and future
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "شیلی و بولیوی بر سر حقابه رود به توافق خواهند رسید."),
        ("fa", "شیلی و بولیوی درباره تعرفه‌ها به تفاهم می‌رسند."),
        ("fa", "شیلی و بولیوی درباره تعرفه‌ها به تفاهم میرسند."),
        ("en", "Chile and Bolivia will reach an agreement on water rights."),
        ("ar", "ستتوصل تشيلي وبوليفيا إلى اتفاق بشأن المياه."),
    ],
)
def test_agreement_reached_in_any_tense(lang: str, text: str) -> None:
    assert _has(text, lang, "AGREE")


# ---------------------------------------------------------------- SUPPORT: recognition announced
def test_recognition_announced_fa() -> None:
    assert "SUPPORT" in types("شیلی استقلال کوزوو را به رسمیت خواهد شناخت.", "fa", _P)


def test_recognition_held_is_no_deed_fa() -> None:
    text = "وزارت کار شیلی حقوق کارگران موقت را به رسمیت می‌شناسد."
    assert "SUPPORT" not in types(text, "fa", _P)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chile will recognise the independence of Kosovo."),
        ("ar", "ستعترف تشيلي باستقلال كوسوفو."),
    ],
)
def test_recognition_left_alone_elsewhere(lang: str, text: str) -> None:
    """English and Arabic verbs of recognising were no trigger here (left
    alone); recognise109 reads them with a state word as the object
    (independence), as the Persian above (mendE109: the test updated)."""
    assert "SUPPORT" in types(text, lang, _P)


# ---------------------------------------------------------------- RETREAT
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "نیروهای پرو از شهر مرزی عقب خواهند نشست."),
        ("fa", "نیروهای پرو از شهر مرزی عقب می‌نشینند."),
        ("fa", "پرو از معاهده ماهیگیری خارج شد."),
        ("fa", "آمریکا از پیمان منع موشک‌های میان‌برد خارج شد."),
        ("fa", "پرو از پیمان دفاعی منطقه خارج خواهد شد."),
        ("en", "Peruvian forces will retreat from the border town."),
        ("en", "Peru withdrew from the fisheries treaty."),
        ("ar", "ستنسحب القوات البيروفية من البلدة الحدودية."),
        ("ar", "انسحبت بيرو من معاهدة الصيد."),
    ],
)
def test_retreat_and_leaving_a_treaty(lang: str, text: str) -> None:
    assert _has(text, lang, "RETREAT")


def test_leaving_a_hall_is_no_retreat_fa() -> None:
    assert "RETREAT" not in types("وزیر شیلی از سالن اجلاس خارج شد.", "fa", _P)


# ---------------------------------------------------------------- COOPERATE resumed
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "شیلی و بولیوی پروازهای مستقیم را از سر می‌گیرند."),
        ("fa", "شیلی روابط دیپلماتیک با بولیوی را از سر خواهد گرفت."),
        ("en", "Chile and Bolivia will resume direct flights."),
        ("ar", "تستأنف تشيلي العلاقات الدبلوماسية مع بوليفيا."),
    ],
)
def test_ties_resumed_in_any_tense(lang: str, text: str) -> None:
    assert _has(text, lang, "COOPERATE")


def test_trend_resumed_is_no_cooperation_fa() -> None:
    text = "قیمت نفت پس از چند روز دوباره روند نزولی خود را از سر می‌گیرد."
    assert "COOPERATE" not in types(text, "fa", _P)


# ---------------------------------------------------------------- ASSAULT
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "حوثی‌ها به تأسیسات نفتی عربستان موشک زدند."),
        ("fa", "ارتش شیلی مواضع شورشیان را موشکباران کرد."),
        ("en", "The Houthis fired missiles at a Saudi oil facility."),
        ("ar", "أطلق الحوثيون صواريخ على منشأة نفطية سعودية."),
    ],
)
def test_missiles_fired(lang: str, text: str) -> None:
    assert _has(text, lang, "ASSAULT")


# ---------------------------------------------------------------- MOBILIZE
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "نیروی دریایی چین در نزدیکی تنگه تایوان مانور داد."),
        ("fa", "ارتش چین در نزدیکی تنگه تایوان مانور خواهد داد."),
        ("en", "The Chinese army staged manoeuvres near the Taiwan Strait."),
        ("ar", "أجرى الجيش الصيني مناورات قرب مضيق تايوان."),
    ],
)
def test_drill_told_with_give(lang: str, text: str) -> None:
    assert _has(text, lang, "MOBILIZE")


def test_political_manoeuvre_is_no_drill_fa() -> None:
    assert "MOBILIZE" not in types("رئیس جمهور شیلی در مجلس مانور سیاسی داد.", "fa", _P)


# ---------------------------------------------------------------- SANCTION: ties cut, diplomats out
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "روابط دیپلماتیک میان شیلی و بولیوی قطع شد."),
        ("fa", "روابط دیپلماتیک شیلی و بولیوی قطع شده است."),
        ("en", "Chile's diplomatic relations with Bolivia were cut."),
        ("en", "Chile's ties with Bolivia have been severed."),
        ("ar", "قطعت العلاقات الدبلوماسية بين تشيلي وبوليفيا."),
    ],
)
def test_ties_cut_in_the_passive(lang: str, text: str) -> None:
    assert _has(text, lang, "SANCTION")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "برق شهر لاپاز روز دوشنبه قطع شد."),
        ("en", "Power to the capital was cut on Monday."),
        ("en", "Aid to Bolivia was cut by half."),
        ("ar", "انقطعت الكهرباء عن لاباز يوم الاثنين."),
    ],
)
def test_power_cut_is_no_sanction(lang: str, text: str) -> None:
    assert "SANCTION" not in types(text, lang, _P)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "بولیوی دو دیپلمات شیلیایی را از خاک خود بیرون کرد."),
        ("en", "Bolivia threw out two Chilean diplomats."),
        ("ar", "طردت بوليفيا دبلوماسيين تشيليين من البلاد."),
    ],
)
def test_diplomats_put_out(lang: str, text: str) -> None:
    assert _has(text, lang, "SANCTION")


def test_reporters_put_out_of_a_hall_fa() -> None:
    text = "مأموران امنیتی خبرنگاران را از سالن بیرون کردند."
    assert "SANCTION" not in types(text, "fa", _P)


# ---------------------------------------------------------------- CONCEDE
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "نفتکش لیبریایی در بندر رفع توقیف شد."),
        ("fa", "شیلی و بولیوی زندانیان را با یکدیگر مبادله کردند."),
        ("en", "The Liberian tanker was released."),
        ("en", "Chile and Bolivia swapped prisoners."),
        ("ar", "أفرج عن ناقلة النفط الليبيرية."),
        ("ar", "تبادلت تشيلي وبوليفيا الأسرى."),
    ],
)
def test_seizure_lifted_and_prisoners_swapped(lang: str, text: str) -> None:
    assert _has(text, lang, "CONCEDE")


def test_lifted_seizure_is_no_seizure_fa() -> None:
    assert "COERCE" not in types("نفتکش لیبریایی در بندر رفع توقیف شد.", "fa", _P)


def test_ambassadors_exchanged_are_no_release_fa() -> None:
    assert "CONCEDE" not in types("شیلی و بولیوی سفیر مبادله کردند.", "fa", _P)


# ---------------------------------------------------------------- AID
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "شیلی قول داد به بولیوی ۵ میلیون دلار کمک کند."),
        ("fa", "پرو به سیل‌زدگان بولیوی کمک رساند."),
        ("fa", "پرو به سیل‌زدگان بولیوی کمک‌های بشردوستانه خواهد رساند."),
        ("en", "Chile pledged $5 million in aid to Bolivia."),
        ("en", "Peru delivered aid to flood victims in Bolivia."),
        ("ar", "تعهدت تشيلي بتقديم 5 ملايين دولار مساعدات لبوليفيا."),
        ("ar", "أوصلت بيرو مساعدات إلى ضحايا الفيضانات في بوليفيا."),
    ],
)
def test_aid_promised_and_delivered(lang: str, text: str) -> None:
    assert _has(text, lang, "AID")


def test_promise_without_a_sum_is_no_aid_fa() -> None:
    text = "رئیس جمهور شیلی قول داد که مشکل مسکن جوانان را حل کند."
    assert "AID" not in types(text, "fa", _P)


# ---------------------------------------------------------------- REJECT, COERCE
def test_request_left_unanswered_fa() -> None:
    assert "REJECT" in types("دولت بولیوی درخواست شیلی را بی‌پاسخ گذاشت.", "fa", _P)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Bolivia left Chile's request unanswered."),
        ("ar", "تركت بوليفيا طلب تشيلي دون رد."),
    ],
)
def test_request_unanswered_left_alone_elsewhere(lang: str, text: str) -> None:
    """English and Arabic "left unanswered" are no trigger (left alone):
    nothing changes there."""
    assert "REJECT" not in types(text, lang, _P)


def test_thrown_into_prison_fa() -> None:
    text = "دادگاهی در لیما یک روزنامه‌نگار را به زندان انداخت."
    assert "COERCE" in types(text, "fa", _P)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A court in Lima jailed a journalist."),
        ("ar", "أودعت محكمة في ليما صحفيا السجن."),
    ],
)
def test_jailed_elsewhere(lang: str, text: str) -> None:
    """English and Arabic say it with one verb, read already: it stands."""
    assert _has(text, lang, "COERCE")


def test_jcpoa_exit_stays_background_fa() -> None:
    """Round 7 kept "از برجام خارج شد" out: news tells the 2018 exit as
    background; the treaty rule leaves it so."""
    assert "RETREAT" not in types("آمریکا در سال ۲۰۱۸ از برجام خارج شد.", "fa")
