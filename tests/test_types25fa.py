"""Persian event-type recall (types25fa).

* A compound verb's noun and its own light verb with the object between
  them ("وعده ارسال دارو به ایران را داد", promised to send medicine; "دستور
  آزادی زندانیان را داد", ordered their release): the noun followed by "را"
  is no object of another verb when its own light verb comes right after
  the marker (``context.OWN_LIGHT_VERBS``, ``predicates.is_object``), as a
  support verb carries it out; further on, the verb belongs to another noun
  ("درخواست … را ثبت کنند").
* A legislature voting on the clauses of a domestic budget bill ("با بند
  الحاقی تبصره ۲ لایحه بودجه موافقت کردند") makes no agreement between
  actors (PLOVER AGREE): words of budget bills and their clauses veto the
  sentence's agreement (``triggers.VETO_WORDS``), in the three languages.

Parallel triples written for these tests."""

from __future__ import annotations

import pytest

from casts import reading, types


@pytest.mark.parametrize(
    ("lang", "text", "etype", "sides"),
    [
        ("ar", "وعدت اليابان بإرسال أدوية إلى إيران.", "AID", {"JPN", "IRN"}),
        ("fa", "ژاپن وعده ارسال دارو به ایران را داد.", "AID", {"JPN", "IRN"}),
        ("en", "Japan promised to send medicine to Iran.", "AID", {"JPN", "IRN"}),
        ("ar", "وعدت كندا بإرسال شحنة من اللقاحات إلى أفغانستان.", "AID", {"CAN", "AFG"}),
        ("fa", "کانادا قول ارسال یک محموله واکسن به افغانستان را داد.", "AID", {"CAN", "AFG"}),
        (
            "en",
            "Canada promised to send a shipment of vaccines to Afghanistan.",
            "AID",
            {"CAN", "AFG"},
        ),
        ("ar", "أمر المدعي العام في طهران بالإفراج عن السجناء السياسيين.", "CONCEDE", {"IRN"}),
        ("fa", "دادستان تهران دستور آزادی زندانیان سیاسی را داد.", "CONCEDE", {"IRN"}),
        (
            "en",
            "The Tehran prosecutor ordered the release of political prisoners.",
            "CONCEDE",
            {"IRN"},
        ),
    ],
)
def test_noun_with_its_own_light_verb_after_the_object(
    lang: str, text: str, etype: str, sides: set[str]
) -> None:
    found = {(t, s) for t, s, _ in reading(text, lang)}
    assert (etype, "reported") in found, found
    codes = {c for t, _, actors in reading(text, lang) if t == etype for c, _ in actors}
    assert sides <= codes, codes


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        # another noun's light verb further on: no request made
        (
            "fa",
            "داوطلبان می‌توانند با مراجعه به فرمانداری درخواست بازنگری پرونده خود را ثبت کنند.",
            "REQUEST",
        ),
        (
            "en",
            "Candidates can register a request for a review of their file at the governorate.",
            "REQUEST",
        ),
        ("ar", "يمكن للمرشحين تسجيل طلب لمراجعة ملفاتهم في المحافظة.", "REQUEST"),
    ],
)
def test_no_event_without_the_nouns_own_verb(lang: str, text: str, etype: str) -> None:
    assert etype not in types(text, lang) or all(
        s != "reported" for t, s, _ in reading(text, lang) if t == etype
    )


# --- a legislature voting on a budget bill's clauses: no agreement ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fa",
            "نمایندگان مجلس با بند الحاقی تبصره ۲ لایحه بودجه درباره پرداخت بدهی دولت به"
            " پیمانکاران موافقت کردند.",
        ),
        (
            "en",
            "Members of parliament agreed to the added clause of note 2 of the budget bill on"
            " paying the government's debts to contractors.",
        ),
        (
            "ar",
            "وافق النواب على البند الملحق بالملاحظة الثانية من مشروع قانون الموازنة بشأن سداد"
            " ديون الحكومة للمقاولين.",
        ),
        ("fa", "هیئت دولت در جلسه کمیسیون تلفیق با افزایش حقوق بازنشستگان موافقت کرد."),
    ],
)
def test_budget_clauses_voted_are_no_agreement(lang: str, text: str) -> None:
    assert "AGREE" not in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "ایران با درخواست روسیه برای تمدید قرارداد گاز موافقت کرد."),
        ("en", "Iran agreed to Russia's request to extend the gas contract."),
        ("ar", "وافقت إيران على طلب روسيا تمديد عقد الغاز."),
    ],
)
def test_agreements_between_states_stay(lang: str, text: str) -> None:
    assert "AGREE" in types(text, lang)
