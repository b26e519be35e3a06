"""A nationality word after a feminine genitive or an indefinite plural (mendD90).

Review 89 findings 1 and 2 on nationals89. A definite feminine word that is
the genitive of a longer phrase ("المتحدث باسم الخارجية", "السفير لدى الأمم
المتحدة") does not head its own phrase, so a masculine nisba after it
qualifies the phrase's masculine head and is no person
(``countries._heads_own_phrase``; ar ``LONE_PERSON_FEMININE_VERB_OPENINGS``,
``LONE_PERSON_FEMININE_VERB_ENDINGS``, ``LONE_PERSON_NOT_VERB_ENDINGS``). A
nisba read as the person right after a title ("اعتقل مسؤولون الأمريكي") no
longer also lends the title its country (``participants._person_right_after``);
as the sentence's one country it still reaches the police (a strict xfail).
Persian and English write such phrases with the country after a genitive
marker or before the noun: guards only. Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def test_arabic_spokesman_of_a_feminine_ministry() -> None:
    # main: [SYR:, SYR:CVL] (the spokesman's adjective read as a Syrian civilian)
    text = "قال المتحدث باسم الخارجية السوري إن دمشق ترفض البيان."
    assert casts_in_order(text, "ar", "REJECT") == [["SYR:"]]


def test_arabic_envoy_to_a_feminine_body() -> None:
    # main: [UN:, QAT:CVL] (the envoy's nisba read as a Qatari civilian)
    text = "انتقد المندوب لدى الأمم المتحدة القطري القرار الأخير."
    casts = casts_in_order(text, "ar", "ACCUSE")
    assert casts and all("QAT:CVL" not in cast for cast in casts)


def test_arabic_officials_do_not_share_the_detainee_country() -> None:
    # main: [MAR:GOV, MAR:CVL] (one word both the officials' country and the detainee)
    text = "احتجز مسؤولون المغربي في المطار."
    casts = casts_in_order(text, "ar", "COERCE")
    assert casts == [["-:GOV", "MAR:CVL"]]


def test_arabic_police_do_not_share_the_detainee_country() -> None:
    # mendD90's main: [LBN:COP, LBN:CVL] (the sentence's one country lent to the police
    # too); a strict xfail here until force90's `participants._nationals_only` read it right
    text = "احتجزت الشرطة اللبناني قرب الميناء."
    assert casts_in_order(text, "ar", "COERCE") == [["-:COP", "LBN:CVL"]]


def test_arabic_feminine_force_after_its_verb_still_holds_a_person() -> None:
    # guard (nationals89's gain): the verb agrees with the police, who head their phrase
    text = "احتجزت الشرطة اللبناني قرب الميناء."
    assert "LBN:CVL" in casts_in_order(text, "ar", "COERCE")[0]
    text = "وتعتقل الشرطة الأردنية السوداني منذ شهر."
    assert casts_in_order(text, "ar", "COERCE") == [["JOR:COP", "SDN:CVL"]]
    text = "خطف مسلحون الكرواتي في الصحراء."
    assert casts_in_order(text, "ar", "ASSAULT") == [["-:UAF", "HRV:CVL"]]


def test_persian_guards() -> None:
    text = "سخنگوی وزارت خارجه ایران تحریم‌ها را رد کرد."
    assert casts_in_order(text, "fa", "REJECT") == [["IRN:GOV"]]
    text = "ماموران پلیس یک شهروند لبنانی را بازداشت کردند."
    assert "LBN:CVL" in casts_in_order(text, "fa", "COERCE")[0]


def test_english_guards() -> None:
    text = "The Iranian foreign ministry spokesman rejected the sanctions."
    assert casts_in_order(text, "en", "REJECT") == [["IRN:GOV"]]
    text = "Officials detained a Moroccan at the airport."
    assert "MAR:CVL" in casts_in_order(text, "en", "COERCE")[0]
