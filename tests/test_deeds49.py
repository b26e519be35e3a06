"""Round 49, deeds read the same way in Arabic, Persian and English (deeds49;
every sentence written for these tests).

- sanctions suspended, eased, frozen or waived, and a state exempted from
  them, are a concession (CONCEDE: the doer the one who suspends, the other
  side the sanctioned or exempted state), in every tense; sanctions imposed
  or extended stay SANCTION (``lang/*/triggers.py``, deeds49 blocks);
- a Persian warning addressed with "به" ("به آمریکا هشدار داد") or "X را …
  برحذر داشت" is ACCUSE (warn) as Arabic "حذر" and English "warned" are; a
  warning that promises force stays THREATEN, one of a flood or a disease
  or to no one named gives nothing (``context.ONE_SIDED_EXCLUDED``);
- a prisoner exchange named by its noun with its two sides ("between X and
  Y", "بين X وY", "میان X و Y") is a CONCEDE of both states, not of their
  civilians (``events._handed_over_agents_off``), as "X and Y exchanged
  prisoners" is.
"""

from __future__ import annotations

import pytest

from casts import reading_lines

SUSPENDED = [
    ("en", "The European Union suspended sanctions on Syria.", "CONCEDE reported EU: SYR:"),
    ("en", "The European Union is suspending sanctions on Syria.", "CONCEDE reported EU: SYR:"),
    ("en", "The European Union will suspend sanctions on Syria.", "CONCEDE planned EU: SYR:"),
    ("en", "Canada has eased sanctions on Venezuela.", "CONCEDE reported CAN: VEN:"),
    ("en", "Japan waived sanctions on Myanmar.", "CONCEDE reported JPN: MMR:"),
    ("en", "The United States exempted Iraq from sanctions.", "CONCEDE reported USA: IRQ:"),
    ("ar", "علق الاتحاد الأوروبي العقوبات المفروضة على سوريا.", "CONCEDE reported EU: SYR:"),
    ("ar", "يعلق الاتحاد الأوروبي العقوبات على سوريا.", "CONCEDE reported EU: SYR:"),
    ("ar", "جمدت كندا العقوبات على فنزويلا.", "CONCEDE reported CAN: VEN:"),
    ("ar", "خففت اليابان العقوبات على ميانمار.", "CONCEDE reported JPN: MMR:"),
    ("ar", "أعفت الولايات المتحدة العراق من العقوبات.", "CONCEDE reported USA: IRQ:"),
    ("fa", "اتحادیه اروپا تحریم‌های سوریه را تعلیق کرد.", "CONCEDE reported EU: SYR:"),
    ("fa", "اتحادیه اروپا تحریم‌های سوریه را تعلیق خواهد کرد.", "CONCEDE planned EU: SYR:"),
    ("fa", "اتحادیه اروپا تحریم‌های سوریه را تعلیق می‌کند.", "CONCEDE reported EU: SYR:"),
    ("fa", "کانادا تحریم‌های ونزوئلا را کاهش داد.", "CONCEDE reported CAN: VEN:"),
    ("fa", "آمریکا عراق را از تحریم‌ها معاف کرد.", "CONCEDE reported USA: IRQ:"),
]

STAYS = [
    ("en", "The European Union imposed sanctions on Syria.", "SANCTION reported EU: SYR:"),
    ("en", "The European Union extended sanctions on Syria.", "SANCTION reported EU: SYR:"),
    ("en", "Turkey suspended the membership of Syria.", "SANCTION reported TUR: SYR:"),
    ("ar", "فرض الاتحاد الأوروبي عقوبات على سوريا.", "SANCTION reported EU: SYR:"),
    ("ar", "مدد الاتحاد الأوروبي العقوبات على سوريا.", "SANCTION reported EU: SYR:"),
    ("fa", "اتحادیه اروپا سوریه را تحریم کرد.", "SANCTION reported EU: SYR:"),
    ("fa", "اتحادیه اروپا تحریم‌های سوریه را تمدید کرد.", "SANCTION reported EU: SYR:"),
]


@pytest.mark.parametrize(("lang", "text", "line"), SUSPENDED + STAYS)
def test_sanctions_suspended_concede_imposed_sanction(lang: str, text: str, line: str) -> None:
    assert reading_lines(text, lang) == {line}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia called for the suspension of sanctions on Syria."),
        ("ar", "دعت روسيا إلى تعليق العقوبات على سوريا."),
        ("fa", "روسیه خواستار تعلیق تحریم‌های سوریه شد."),
    ],
)
def test_call_to_suspend_sanctions_is_a_request(lang: str, text: str) -> None:
    assert reading_lines(text, lang) == {"REQUEST reported RUS: SYR:"}


WARNINGS = [
    ("fa", "ایران روز شنبه به آمریکا هشدار داد.", "ACCUSE reported IRN: USA:"),
    ("fa", "ایران به آمریکا هشدار داده است.", "ACCUSE reported IRN: USA:"),
    ("fa", "ایران به آمریکا هشدار می‌دهد.", "ACCUSE reported IRN: USA:"),
    ("fa", "چین به ژاپن هشدار داد.", "ACCUSE reported CHN: JPN:"),
    ("fa", "ایران آمریکا را از دخالت در امور منطقه برحذر داشت.", "ACCUSE reported IRN: USA:"),
    ("ar", "حذرت إيران الولايات المتحدة يوم السبت.", "ACCUSE reported IRN: USA:"),
    ("ar", "حذرت الصين اليابان.", "ACCUSE reported CHN: JPN:"),
    ("en", "Iran warned the United States on Saturday.", "ACCUSE reported IRN: USA:"),
    ("en", "China warned Japan.", "ACCUSE reported CHN: JPN:"),
    (
        "fa",
        "ایران به آمریکا هشدار داد که به هرگونه حمله پاسخ سختی خواهد داد.",
        "THREATEN reported IRN: USA:",
    ),
]


@pytest.mark.parametrize(("lang", "text", "line"), WARNINGS)
def test_warning_to_a_state(lang: str, text: str, line: str) -> None:
    assert reading_lines(text, lang) == {line}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "سازمان هواشناسی نسبت به وقوع سیل در استان گیلان هشدار داد."),
        ("fa", "وزیر بهداشت درباره شیوع کرونا به مردم هشدار داد."),
        ("fa", "وزیر خارجه بریتانیا هشدار داد."),
        ("ar", "حذرت هيئة الأرصاد من الفيضانات."),
        ("en", "The weather service warned of floods."),
    ],
)
def test_warning_of_a_danger_or_to_no_one_is_none(lang: str, text: str) -> None:
    assert not any(line.startswith("ACCUSE") for line in reading_lines(text, lang))


EXCHANGES = [
    ("fa", "مبادله زندانی میان ایران و بلژیک انجام شد.", "CONCEDE reported IRN: BEL:"),
    ("fa", "مبادله زندانیان بین روسیه و اوکراین انجام شد.", "CONCEDE reported RUS: UKR:"),
    ("fa", "تبادل اسرا میان روسیه و اوکراین صورت گرفت.", "CONCEDE reported RUS: UKR:"),
    ("fa", "روسیه و اوکراین زندانیان را مبادله کردند.", "CONCEDE reported RUS: UKR:"),
    ("ar", "تمت عملية تبادل الأسرى بين روسيا وأوكرانيا.", "CONCEDE reported RUS: UKR:"),
    ("ar", "جرت عملية تبادل للأسرى بين إيران وبلجيكا.", "CONCEDE reported IRN: BEL:"),
    ("ar", "تبادلت روسيا وأوكرانيا الأسرى.", "CONCEDE reported RUS: UKR:"),
    ("en", "A prisoner swap between Russia and Ukraine took place.", "CONCEDE reported RUS: UKR:"),
    (
        "en",
        "A prisoner exchange between Iran and Belgium was completed.",
        "CONCEDE reported IRN: BEL:",
    ),
    ("en", "Russia and Ukraine exchanged prisoners.", "CONCEDE reported RUS: UKR:"),
    ("fa", "مبادله زندانیان بین تهران و واشنگتن انجام شد.", "CONCEDE reported IRN: USA:"),
    ("ar", "تمت عملية تبادل الأسرى بين موسكو وكييف.", "CONCEDE reported RUS: UKR:"),
    ("en", "A prisoner swap between Moscow and Kyiv took place.", "CONCEDE reported RUS: UKR:"),
    # people named by a country adjective are handed over and keep their agent
    ("en", "Iran handed over 20 Iraqi prisoners to Baghdad.", "CONCEDE reported IRN: IRQ:CVL"),
]


@pytest.mark.parametrize(("lang", "text", "line"), EXCHANGES)
def test_prisoner_exchange_between_two_states(lang: str, text: str, line: str) -> None:
    assert reading_lines(text, lang) == {line}
