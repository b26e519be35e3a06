"""status88: statuses of deeds a text does not contain, a spokesman denies,
or that are added to a planned deed (sentences written for this round;
"main:" names what main 51301a01 reads)."""

from __future__ import annotations

import pytest

from event_statuses import statuses

# A negated verb of containing: the deed it names is missing
# (``extract/lacked.py``, ``status.LACKING_CUES``).
LACKING = [
    # main: reported
    ("en", "The agreement does not contain an apology from Turkey to Russia.", "CONCEDE"),
    # main: reported
    ("en", "The letter did not contain a threat against Iran.", "THREATEN"),
    # main: reported
    ("ar", "لم يتضمن البيان اعتذارا من تركيا لروسيا.", "CONCEDE"),
    # main: reported
    ("ar", "ولا يتضمن الاتفاق اعتذارا تركيا لروسيا.", "CONCEDE"),
    # main: reported
    ("fa", "این بیانیه شامل عذرخواهی ترکیه از روسیه نیست.", "CONCEDE"),
    # guards: read negated on main already
    ("en", "The agreement contains no apology from Turkey to Russia.", "CONCEDE"),
    ("ar", "ولم يشمل الاتفاق أي تعهد قطري بتقديم مساعدات لمصر.", "AID"),
    ("fa", "این بیانیه شامل هیچ عذرخواهی از سوی ترکیه به روسیه نمی‌شود.", "CONCEDE"),
]

# The verb of containing not negated: the deed stays reported.
CONTAINED = [
    ("en", "The agreement contains an apology from Turkey to Russia.", "CONCEDE"),
    ("ar", "تضمن البيان اعتذارا من تركيا لروسيا.", "CONCEDE"),
    ("fa", "این بیانیه حاوی عذرخواهی ترکیه از روسیه است.", "CONCEDE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), LACKING)
def test_a_deed_a_text_does_not_contain_is_negated(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"negated"}


@pytest.mark.parametrize(("lang", "text", "etype"), CONTAINED)
def test_a_deed_a_text_contains_stays_reported(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"reported"}


def test_the_arabic_subject_of_containing_is_no_deed_missing() -> None:
    # the deal ("الاتفاق") is the verb's subject, the apology its object
    text = "ولا يتضمن الاتفاق أي اعتذار من تركيا لروسيا."
    assert statuses(text, "ar", "CONCEDE") == {"negated"}


# A spokesman's title opens the denial's subject (``status.DENIER_TITLES``).
DENIED = [
    # main: reported
    (
        "ar",
        "نفى المتحدث باسم الخارجية المصرية عقد لقاء بين وزير الخارجية ونظيره الإيراني.",
        "CONSULT",
    ),
    # main: reported
    ("ar", "نفى المتحدث باسم الخارجية المصرية اعتقال صحفيين في القاهرة.", "COERCE"),
    # guards: other languages' denials, read negated on main already
    ("fa", "سخنگوی وزارت خارجه ایران دیدار ظریف با وزیر خارجه آمریکا را تکذیب کرد.", "CONSULT"),
    (
        "en",
        "An Iraqi defence ministry spokesman denied the killing of a militant commander.",
        "ASSAULT",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), DENIED)
def test_a_spokesman_denies_the_deed(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"negated"}


def test_a_spokesman_confirming_the_deed_keeps_it_reported() -> None:
    text = "أكد المتحدث باسم الجيش الإسرائيلي قصف مدرسة في غزة."
    assert statuses(text, "ar", "ASSAULT") == {"reported"}


# A deed added to a planned one is planned (``extract/added.py``).
ADDED = [
    # main: the summit reported
    (
        "ar",
        "سيحضر الرئيس المصري اجتماعا لجامعة الدول العربية في القاهرة يوم 12 مارس"
        " بالإضافة لقمة الاتحاد الإفريقي في أديس أبابا يوم 14 مارس.",
        "CONSULT",
    ),
    # main: the signing reported
    (
        "ar",
        "سيحضر الرئيس المصري اجتماعا مع العاهل الأردني في عمان يوم 12 مارس"
        " بالإضافة إلى توقيع اتفاقية تجارية بين البلدين.",
        "AGREE",
    ),
    # main: the signing reported
    (
        "en",
        "The Egyptian president will attend a meeting with the Jordanian king in Amman"
        " next Sunday as well as the signing of a trade agreement between the two countries.",
        "AGREE",
    ),
    # main: the agreement reported
    (
        "fa",
        "رئیس جمهور مصر در نشستی با پادشاه اردن در امان شرکت خواهد کرد"
        " و همچنین امضای توافق‌نامه تجاری میان دو کشور.",
        "AGREE",
    ),
]

# Added to a deed done: reported, as on main.
ADDED_DONE = [
    (
        "ar",
        "حضر الرئيس المصري اجتماعا مع العاهل الأردني في عمان يوم 12 مارس"
        " بالإضافة إلى توقيع اتفاقية تجارية بين البلدين.",
        "AGREE",
    ),
    (
        "en",
        "The Egyptian president attended a meeting with the Jordanian king in Amman"
        " last Sunday as well as the signing of a trade agreement between the two countries.",
        "AGREE",
    ),
    (
        "fa",
        "رئیس جمهور مصر روز یکشنبه گذشته در نشستی با پادشاه اردن در امان"
        " و همچنین امضای توافق‌نامه تجاری میان دو کشور شرکت کرد.",
        "AGREE",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), ADDED)
def test_a_deed_added_to_a_planned_one_is_planned(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"planned"}


@pytest.mark.parametrize(("lang", "text", "etype"), ADDED_DONE)
def test_a_deed_added_to_one_done_stays_reported(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"reported"}
