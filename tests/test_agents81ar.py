"""A candidate named by the camp he runs for ("مرشحة اليمين المتطرف",
"المرشح الاشتراكي", "the far-right candidate", "نامزد راست افراطی") stands
for a party (PTY), and the title read before his name keeps a name known
for another office from lending that office's GOV. The bare "مرشح" is also
"likely" and stays no title. Sentences written for these tests."""

from __future__ import annotations

from casts import cast, run

_SPRING_2017 = "2017-04-20"


def test_arabic_candidate_of_a_camp_is_a_party() -> None:
    record = run("انتقدت مرشحة اليمين المتطرف مارين لوبان الحكومة الفرنسية.", "ar", _SPRING_2017)
    assert cast(record, "ACCUSE") == {"FRA:PTY", "FRA:GOV"}


def test_arabic_candidate_adjective_outranks_a_former_office() -> None:
    record = run("رشق متظاهرون المرشح اليميني فرانسوا فيون بالبيض في باريس.", "ar", _SPRING_2017)
    assert "FRA:PTY" in cast(record, "PROTEST")


def test_arabic_centrist_candidate_meets_a_prime_minister() -> None:
    record = run(
        "التقى المرشح الوسطي للانتخابات الفرنسية رئيس الوزراء اللبناني.", "ar", _SPRING_2017
    )
    assert cast(record, "CONSULT") == {"FRA:PTY", "LBN:GOV"}


def test_arabic_feminine_presidential_candidate_as_the_masculine() -> None:
    record = run("ألغت مرشحة الرئاسة الفرنسية لقاء مع رئيس الوزراء اللبناني.", "ar", _SPRING_2017)
    assert "FRA:PTY" in cast(record, "CONSULT")


def test_arabic_likely_is_no_candidate() -> None:
    record = run(
        "قال وزير المالية المصري إن عدد المهاجرين مرشح للارتفاع بعد أن انتقد الحكومة الليبية.",
        "ar",
    )
    assert "EGY:PTY" not in cast(record, "ACCUSE")


def test_persian_candidate_of_a_camp_is_a_party() -> None:
    record = run("نامزد راست افراطی فرانسه از دولت آلمان انتقاد کرد.", "fa", _SPRING_2017)
    assert cast(record, "ACCUSE") == {"FRA:PTY", "DEU:GOV"}


def test_english_candidate_of_a_camp_is_a_party() -> None:
    record = run(
        "The French far-right candidate Marine Le Pen criticised the German government.",
        "en",
        _SPRING_2017,
    )
    assert cast(record, "ACCUSE") == {"FRA:PTY", "DEU:GOV"}


def test_english_conservative_candidate_is_no_government() -> None:
    record = run(
        "Protesters pelted the conservative candidate Francois Fillon with eggs in Paris.",
        "en",
        _SPRING_2017,
    )
    assert "FRA:PTY" in cast(record, "PROTEST")
