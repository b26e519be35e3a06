"""Persian event types read as readers mark them, and the same
constructions in Arabic and English (round 59, types59fa; every sentence
written for these tests).

Rules of this round:

- a deed noun right after a word of undertaking (Persian "اقدام به", "دست
  به", ``context.UNDERTAKING_HEADS``) takes the light verb that closes its
  clause though another event noun stands between ("پلیس اقدام به شلیک به
  سمت کارگران اعتصابی کرد"), as Arabic "أقدمت الشرطة على إطلاق النار" and
  English "opened fire on striking workers" report the shooting;
- a side said, in someone's words, to have broken a deal, a law or rights
  ("گفت آمریکا برجام را نقض کرده است", "قال … إن الولايات المتحدة انتهكت
  الاتفاق", "said the United States had violated the deal") is blamed by
  the speaker (PLOVER ACCUSE, mode "breach"); the narrator's own "Iran has
  breached its commitments" is no one's blame;
- only a protest still told silences the demands after it as its slogans:
  a strike read as what "خواستار … شدند" asks no longer takes the demand
  with it ("کارگران اعتصابی … خواستار … شدند" lost both);
- idioms of Persian "وارد" (stepping in, a phase entered, a charge found
  baseless) are no deployment and no visit, as English "stepped in" and
  Arabic "تدخل" are none;
- a hope or optimism voiced ("ابراز امیدواری کرد", "خوش‌بینی") is no
  SUPPORT, as English "expressed hope" and Arabic "أعرب عن أمله" are not.
"""

from __future__ import annotations

import pytest

from casts import first_cast, run, types


def _cast(text: str, lang: str, etype: str) -> set[str]:
    """'CODE:AGENT' of every actor of the events of one type."""
    return {
        f"{a.code or '-'}:{a.agent}"
        for e in run(text, lang).events
        if e.type == etype
        for a in e.actors
    }


# (language, sentence, who fired and at whom)
UNDERTAKEN: list[tuple[str, str, list[str]]] = [
    (
        "fa",
        "نیروهای پلیس میانمار اقدام به شلیک به سمت کارگران اعتصابی کردند.",
        ["MMR:COP", "MMR:LAB"],
    ),
    (
        "ar",
        "أقدمت الشرطة في ميانمار على إطلاق النار على العمال المضربين في ماندالاي.",
        ["MMR:COP", "MMR:LAB"],
    ),
    ("en", "Myanmar police opened fire on striking workers in Mandalay.", ["MMR:COP", "MMR:LAB"]),
]


@pytest.mark.parametrize(("lang", "text", "sides"), UNDERTAKEN)
def test_deed_undertaken_is_done(lang: str, text: str, sides: list[str]) -> None:
    assert first_cast(text, lang, "ASSAULT") == sides


def test_undertaken_deed_named_in_passing_is_none() -> None:
    # the clause closes at the comma before any light verb
    text = "پس از اقدام به شلیک به سمت کارگران اعتصابی، تظاهرات در ماندالای گسترش یافت."
    assert "ASSAULT" not in types(text, "fa")


# (language, sentence, the speaker then the side blamed)
BREACHES: list[tuple[str, str, list[str]]] = [
    (
        "fa",
        "وزیر دفاع اسرائیل به دیپلمات‌ها گفت که ایران کلیه شروط توافق هسته‌ای را نقض کرده است.",
        ["ISR:GOV", "IRN:None"],
    ),
    ("fa", "ایران گفت: آمریکا قطعنامه ۲۲۳۱ را نقض کرد.", ["IRN:None", "USA:None"]),
    ("fa", "عراقچی گفت آمریکا برجام را نقض کرده است.", ["IRN:GOV", "USA:None"]),
    ("ar", "قال عراقجي إن الولايات المتحدة انتهكت الاتفاق النووي.", ["IRN:GOV", "USA:None"]),
    (
        "ar",
        "قال وزير الدفاع الإسرائيلي إن إيران خرقت كل شروط الاتفاق النووي.",
        ["ISR:GOV", "IRN:None"],
    ),
    (
        "en",
        "Araghchi said the United States had violated the nuclear deal.",
        ["IRN:GOV", "USA:None"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), BREACHES)
def test_breach_in_reported_speech_is_blame(lang: str, text: str, sides: list[str]) -> None:
    assert first_cast(text, lang, "ACCUSE") == sides


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the narrator's own account: no one blames
        ("fa", "ایران یک سال پس از خروج آمریکا تعهداتش در برجام را نقض کرده است."),
        ("ar", "انتهكت إيران التزاماتها في الاتفاق النووي."),
        ("en", "Iran has breached its commitments under the deal."),
        # a claim contradicted is no deal, law or right broken
        ("fa", "وزیر کشور ایران گفت عنابستانی ادعای اولیه‌اش را نقض کرده است."),
    ],
)
def test_breach_not_told_as_blame_is_none(lang: str, text: str) -> None:
    assert "ACCUSE" not in types(text, lang)


def test_demand_of_strikers_is_kept() -> None:
    text = "کارگران اعتصابی نفت ایران خواستار افزایش دستمزد شدند."
    assert "IRN:LAB" in _cast(text, "fa", "REQUEST")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "کارگران نفت ایران مقابل مجلس تجمع کردند و خواستار افزایش دستمزد شدند."),
        ("ar", "تظاهر عمال النفط الإيرانيون وطالبوا الحكومة برفع الأجور."),
        ("en", "Striking oil workers in Iran demanded higher wages."),
    ],
)
def test_protest_told_is_still_read(lang: str, text: str) -> None:
    assert "IRN:LAB" in _cast(text, lang, "PROTEST")


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("fa", "ارتش ایران وارد عمل شد.", "MOBILIZE"),
        ("fa", "نیروهای ارتش ایران وارد مرحله جدیدی از آمادگی شدند.", "MOBILIZE"),
        (
            "fa",
            "دادگاه آرژانتین اعلام کرد اتهام رئیس‌جمهور سابق این کشور وارد نیست.",
            "CONSULT",
        ),
        ("ar", "تدخل الجيش في ميانمار.", "MOBILIZE"),
        ("en", "The Myanmar army stepped in.", "MOBILIZE"),
    ],
)
def test_idioms_of_entering_deploy_no_one(lang: str, text: str, etype: str) -> None:
    assert etype not in types(text, lang)


def test_forces_entering_a_town_still_deploy() -> None:
    assert "IRN:MIL" in _cast("نیروهای ارتش ایران وارد شهر شدند.", "fa", "MOBILIZE")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "سخنگوی کرملین ابراز امیدواری کرد که توافق هسته‌ای ایران به طور کامل احیا شود."),
        ("fa", "رئیس جمهور ایران ابراز امیدواری کرد روند رشد اقتصادی تا پایان سال ادامه یابد."),
        ("fa", "روسیه با ابراز امیدواری نسبت به احیای برجام خواستار ادامه مذاکرات شد."),
        ("ar", "أعربت روسيا عن أملها في إحياء الاتفاق النووي."),
        ("en", "Russia expressed hope that the nuclear deal would be revived."),
    ],
)
def test_hope_voiced_supports_no_one(lang: str, text: str) -> None:
    assert "SUPPORT" not in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "پوتین پیروزی رئیسی در انتخابات را تبریک گفت."),
        ("ar", "هنأ الرئيس الروسي نظيره الإيراني بفوزه في الانتخابات."),
        ("en", "Putin congratulated Raisi on his election."),
    ],
)
def test_congratulation_still_supports(lang: str, text: str) -> None:
    assert {"RUS:GOV", "IRN:GOV"} <= _cast(text, lang, "SUPPORT")
