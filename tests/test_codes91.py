"""A state named only as where someone goes gives no agent its country (codes91).

"محاولتهم الوصول إلى إيطاليا", "migrants heading to Greece", "عازم ترکیه":
a state named bare right after a word of direction (``context.
DESTINATION_MARKERS``) is where people go, send or are sent, so the
agents of the sentence with no country of their own (the dead, the
soldiers, the warships) take none from it, neither by the nearest state
nor as the sentence's one country (``participants._Sentence.destination``,
``_destination_only``). A state with a clitic ("لسوريا"), a city ("إلى
باليرمو": those who reached it are acted on there) and a place after "in"
are read as before. Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order, every_actor


def test_arabic_dead_on_their_way_take_no_country_from_where_they_went() -> None:
    # main: [ITA:CVL, ITA:] (the dead read as Italians)
    text = "قتل عشرون شخصا أثناء محاولتهم الوصول إلى إيطاليا."
    assert casts_in_order(text, "ar", "ASSAULT") == [["-:CVL", "ITA:"]]


def test_arabic_warships_visiting_a_state_are_not_its_own() -> None:
    # main: [AUS:MIL, AUS:] (the visiting warships read as Australia's)
    text = "ألغت السفن الحربية زيارات مزمعة إلى أستراليا."
    assert casts_in_order(text, "ar", "CONSULT") == [["-:MIL", "AUS:"]]


def test_arabic_guards_a_place_a_city_and_a_group_named_after_to() -> None:
    # guards, read right on main: the place after "في", a city reached, soldiers
    # of a nationality after "إلى"
    assert casts_in_order("اعتقلت الشرطة ثلاثة أشخاص في سوريا.", "ar", "COERCE") == [
        ["SYR:COP", "SYR:CVL"]
    ]
    text = "اعتقلت الشرطة خمسة مهاجرين بعد وصولهم إلى باليرمو."
    assert casts_in_order(text, "ar", "COERCE") == [["ITA:COP", "-:REF"]]
    assert casts_in_order("أوقف الجنود عشرين مهاجرا متجهين إلى اليونان.", "ar", "COERCE") == [
        ["-:MIL", "-:REF"]
    ]


def test_english_soldiers_holding_migrants_heading_abroad() -> None:
    # main: [GRC:MIL, GRC:] (the soldiers read as Greek); mendC92: the
    # migrants, not Greece, are the ones detained
    text = "Soldiers detained twenty migrants heading to Greece."
    assert casts_in_order(text, "en", "COERCE") == [["-:MIL", "-:REF"]]


def test_english_guards_the_place_where_police_act() -> None:
    # guards: "in Syria", "in Palermo" still place the police
    assert casts_in_order("Police arrested three men in Syria.", "en", "COERCE") == [
        ["SYR:COP", "SYR:CVL"]
    ]
    text = "Police arrested five migrants after they arrived in Palermo."
    assert casts_in_order(text, "en", "COERCE") == [["ITA:COP", "-:REF"]]


def test_persian_people_heading_abroad_are_not_of_where_they_went() -> None:
    # main: [TUR:UAF, TUR:CVL] (the gunmen and the dead read as Turkish)
    text = "افراد مسلح ده نفر را که عازم ترکیه بودند کشتند."
    assert casts_in_order(text, "fa", "ASSAULT")[0][0] == "-:UAF"
    # main: AUS:MIL (warships that cancelled their voyage to Australia)
    text = "ناوهای جنگی سفر خود به سمت استرالیا را لغو کردند."
    assert "AUS:MIL" not in every_actor(text, "fa")


def test_persian_guards_the_dative_and_the_place() -> None:
    # guards: the bare "به" is mostly the dative (a message to the people of
    # Iran), and "در عراق" places the police
    text = "رئیس جمهور در پیامی به مردم ایران از آنان قدردانی کرد."
    assert casts_in_order(text, "fa", "SUPPORT") == [["IRN:GOV", "IRN:CVL"]]
    assert casts_in_order("پلیس سه نفر را در عراق بازداشت کرد.", "fa", "COERCE") == [
        ["IRQ:COP", "IRQ:CVL"]
    ]


def test_a_state_one_returns_to_still_places_the_police() -> None:
    # guards of ``DESTINATION_RETURNS`` (read so on main; without the return
    # words the police and the held lost Tunisia): where one returns is home
    text = "اعتقلت الشرطة عشرة أشخاص بعد عودتهم إلى تونس."
    assert casts_in_order(text, "ar", "COERCE") == [["TUN:COP", "TUN:CVL"]]
    text = "Police arrested ten men after they returned to Tunisia."
    assert casts_in_order(text, "en", "COERCE") == [["TUN:COP", "TUN:CVL"]]
    text = "پلیس ده نفر را پس از بازگشت به سوی تونس بازداشت کرد."
    assert casts_in_order(text, "fa", "COERCE") == [["TUN:COP", "TUN:CVL"]]
    # without them, restoring stability to Libya made a phantom request of the council
    text = "أكد المجلس الرئاسي أنه سيدعم كل خطوة من شأنها إعادة الاستقرار إلى ليبيا."
    assert every_actor(text, "ar") == []
