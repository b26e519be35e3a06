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


# --- mendC82: an independent runs for no party; a camp is one in every language


def test_independent_candidate_is_no_party() -> None:
    for text, lang in (
        ("The independent candidate Emmanuel Macron met Angela Merkel in Berlin.", "en"),
        ("التقى المرشح المستقل إيمانويل ماكرون المستشارة الألمانية أنغيلا ميركل في برلين.", "ar"),
        ("نامزد مستقل امانوئل ماکرون با آنگلا مرکل در برلین دیدار کرد.", "fa"),
    ):
        assert "FRA:PTY" not in cast(run(text, lang, _SPRING_2017), "CONSULT"), lang


def test_conservative_candidate_of_iran_is_a_party_in_every_language() -> None:
    for text, lang in (
        ("The conservative candidate Ebrahim Raisi criticised the French government.", "en"),
        ("انتقد المرشح المحافظ إبراهيم رئيسي الحكومة الفرنسية.", "ar"),
        ("نامزد محافظه‌کار ابراهیم رئیسی از دولت فرانسه انتقاد کرد.", "fa"),
    ):
        assert cast(run(text, lang, _SPRING_2017), "ACCUSE") == {"IRN:PTY", "FRA:GOV"}, lang


# --- mendC82: the one a charge is brought against in the passive is its target


def test_arabic_passive_charge_makes_the_candidate_its_target() -> None:
    text = "وتدور الشكوك حول مرشح اليمين للرئاسة فرنسوا فيون الذي وجهت إليه التهمة في قضية فساد."
    events = [e for e in run(text, "ar", _SPRING_2017).events if e.type == "ACCUSE"]
    assert [[(a.code, a.agent) for a in e.actors][0] for e in events] == [(None, None)]
    assert all(e.actors[-1].agent == "PTY" for e in events)


def test_arabic_active_charge_keeps_its_accuser() -> None:
    record = run("وجهت النيابة المصرية إلى الناشط الإيراني تهمة التجسس.", "ar")
    assert cast(record, "ACCUSE") == {"EGY:JUD", "IRN:OPP"}


def test_persian_and_english_passive_charges_name_no_accuser() -> None:
    fa = run("وزیر سابق فرانسه به جاسوسی برای ایران متهم شد.", "fa")
    assert [[a.code for a in e.actors] for e in fa.events if e.type == "ACCUSE"] == [[None, "FRA"]]
    en = run("The French minister was accused by Algeria of insulting its army.", "en")
    assert "DZA:MIL" in cast(en, "ACCUSE")
