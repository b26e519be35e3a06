"""Rights groups, army corps, the dead of a body, armed protesters, delegations.

Sentences written for these tests (none from the corpus, dev or challenge
sets). An organisation, centre or network "for human rights" is a
non-governmental organisation (``NGO``); a republican or presidential guard
and "military units" are the armed forces (``MIL``), not the police; the
dead or wounded "of the police" are the police, not civilians; policemen or
soldiers who protest are the crowd themselves, with no civilians beside
them; a delegation of businessmen is business (``BUS``).
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def agents(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-14"))
    return {(a.code, a.agent) for e in record.events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("سازمان حقوق بشر ایران پلیس را به شکنجه زندانیان متهم کرد.", "fa", ("IRN", "NGO")),
        ("مرکز اسناد حقوق بشر ایران بازداشت فعالان را محکوم کرد.", "fa", ("IRN", "NGO")),
        (
            "The Egyptian Organization for Human Rights accused the police of torturing detainees.",
            "en",
            ("EGY", "NGO"),
        ),
        (
            "The Syrian Network for Human Rights condemned the arrest of activists in Damascus.",
            "en",
            ("SYR", "NGO"),
        ),
    ],
)
def test_rights_groups_are_ngos(text: str, lang: str, want: tuple[str, str]) -> None:
    assert want in agents(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("والتقى وزير الدولة لحقوق الإنسان بالسفير الفرنسي.", "ar"),
        ("The UN High Commissioner for Human Rights met the French ambassador.", "en"),
    ],
)
def test_officials_for_human_rights_are_no_ngo(text: str, lang: str) -> None:
    assert all(agent != "NGO" for _, agent in agents(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("وهاجمت وحدات عسكرية قرية في ريف إدلب.", "ar", ("SYR", "MIL")),
        ("یگان‌های نظامی به روستایی در استان ادلب حمله کردند.", "fa", ("SYR", "MIL")),
        ("Military units attacked a village in Idlib province.", "en", ("SYR", "MIL")),
        ("واعتقل الحرس الجمهوري عشرات المتظاهرين في بغداد.", "ar", ("IRQ", "MIL")),
        ("گارد ریاست جمهوری ده‌ها معترض را در بغداد بازداشت کرد.", "fa", ("IRQ", "MIL")),
        ("The Republican Guard arrested dozens of protesters in Baghdad.", "en", ("IRQ", "MIL")),
        ("واعتقل الحرس الرئاسي عشرات المتظاهرين في كينشاسا.", "ar", ("COD", "MIL")),
        ("The presidential guard arrested dozens of protesters in Kinshasa.", "en", ("COD", "MIL")),
    ],
)
def test_guards_and_units_are_the_army(text: str, lang: str, want: tuple[str, str]) -> None:
    got = agents(text, lang)
    assert want in got
    assert (want[0], "COP") not in got


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("وأصيب خمسة جرحى من الشرطة في انفجار في بغداد.", "ar", ("IRQ", "COP")),
        ("پنج زخمی از نیروهای پلیس در انفجار بغداد گزارش شد.", "fa", ("IRQ", "COP")),
        ("The car bomb in Baghdad wounded five Iraqi policemen.", "en", ("IRQ", "COP")),
        ("وسقط ثلاثة قتلى مدنيين في قصف على مدينة إدلب.", "ar", ("SYR", "CVL")),
    ],
)
def test_victims_of_a_body_are_that_body(text: str, lang: str, want: tuple[str, str]) -> None:
    got = agents(text, lang)
    assert want in got
    if want[1] != "CVL":
        assert (want[0], "CVL") not in got


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "تظاهر رجال الشرطة التونسيون أمام مقر الحكومة للمطالبة برفع رواتبهم.",
            "ar",
            ("TUN", "COP"),
        ),
        (
            "Tunisian police officers protested outside the government headquarters over pay.",
            "en",
            ("TUN", "COP"),
        ),
        ("تظاهر جنود أوكرانيون أمام وزارة الدفاع في كييف.", "ar", ("UKR", "MIL")),
        (
            "Ukrainian soldiers protested outside the defence ministry in Kiev.",
            "en",
            ("UKR", "MIL"),
        ),
    ],
)
def test_armed_protesters_stand_alone(text: str, lang: str, want: tuple[str, str]) -> None:
    got = agents(text, lang)
    assert want in got
    assert (want[0], "CVL") not in got


def test_persian_protesters_keep_their_crowd_where_the_verb_ends_the_clause() -> None:
    # the Persian subject stands far before its verb: no rule reads it (yet)
    got = agents("پلیس‌های تونس مقابل ساختمان دولت برای افزایش حقوق تجمع کردند.", "fa")
    assert ("TUN", "COP") in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("تظاهر الآلاف ضد عنف الشرطة في باريس.", "ar"),
        ("Thousands protested police brutality in Paris.", "en"),
        ("هزاران نفر در پاریس علیه خشونت پلیس تظاهرات کردند.", "fa"),
    ],
)
def test_protests_against_the_police_keep_their_crowd(text: str, lang: str) -> None:
    assert ("FRA", "CVL") in agents(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("التقى رئيس الوزراء العراقي وفدا من رجال الأعمال الأتراك.", "ar"),
        ("نخست وزیر عراق با هیئتی از بازرگانان ترکیه‌ای دیدار کرد.", "fa"),
        ("The Iraqi prime minister met a delegation of Turkish businessmen.", "en"),
        ("A delegation of Turkish businessmen met the Iraqi prime minister.", "en"),
    ],
)
def test_delegation_of_businessmen_is_business(text: str, lang: str) -> None:
    got = agents(text, lang)
    assert ("TUR", "BUS") in got
    assert ("TUR", "GOV") not in got
