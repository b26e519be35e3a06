"""Mends of mendC92's destination rules (mendE93, review92 F1, F7, F12).

(F1) a state filled in from the article's pair where the sentence writes it
only as where someone goes is set at that place, after the doer
(``selected_sides._written_at``): it takes the done-to side, never the doer's.
(F7) a state named besides ("بالإضافة إلى إيران", "in addition to Iran",
``context.DESTINATION_NOT_AFTER``) is no direction, yet lends no country to
the agents written before it (``_Sentence._lends_none``), as under codes91.
(F12) a word of return far before the state (``_FAR_RETURN_REACH``) keeps it
a home only where no agent noun stands between (``_Sentence._far_return``).
Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def test_a_joined_destination_is_no_doer_of_an_arrest() -> None:
    # main: [[DEU:, GRC:COP]] (Germany arrested the Greek police)
    text = "اعتقلت الشرطة اليونانية مهاجرين متجهين إلى إيطاليا وألمانيا."
    assert casts_in_order(text, "ar", "COERCE")[0][0] == "GRC:COP"
    # main: [[SYR:, TUR:COP]]
    text = "احتجزت الشرطة التركية مسلحين متوجهين إلى سوريا والعراق."
    assert casts_in_order(text, "ar", "COERCE")[0][0] == "TUR:COP"
    # main: [[TUR:, GRC:]] (Turkey deported Greece)
    text = "رحلت اليونان مهاجرين إلى تركيا أو ألبانيا."
    assert casts_in_order(text, "ar", "COERCE")[0][0] == "GRC:"


def test_joined_destinations_guards() -> None:
    # guards: read right on main and after
    text = "Greek police arrested migrants bound for Italy or Germany."
    assert casts_in_order(text, "en", "COERCE")[0][0] == "GRC:COP"
    text = "Greece deported migrants to Turkey or Albania."
    assert casts_in_order(text, "en", "COERCE")[0][0] == "GRC:"
    # Persian joins read right already (no fa sentence here failed on main)
    text = "پلیس یونان مهاجران عازم ایتالیا و آلمان را بازداشت کرد."
    assert [c[0] for c in casts_in_order(text, "fa", "COERCE")] == ["GRC:COP", "GRC:COP"]
    text = "یونان مهاجران را به ترکیه یا آلبانی اخراج کرد."
    assert [c[0] for c in casts_in_order(text, "fa", "COERCE")] == ["GRC:", "GRC:"]
    # troops sent: the destination stays the other side
    text = "أرسلت تركيا قوات إلى ليبيا."
    assert casts_in_order(text, "ar", "MOBILIZE") == [["TUR:MIL", "LBY:"]]


def test_a_state_named_besides_lends_no_country_to_agents_before_it() -> None:
    # main: [[IRN:GOV, IRN:UAF]] (the authorities and the gunmen made Iranian)
    text = "منعت السلطات دخول المسلحين، إضافة إلى إيران."
    assert casts_in_order(text, "ar", "COERCE") == [["-:GOV", "IRN:"]]
    # main: [[QAT:GOV, QAT:UAF]]
    text = "منعت الحكومة دخول المسلحين، بالإضافة إلى قطر."
    assert casts_in_order(text, "ar", "COERCE") == [["-:GOV", "QAT:"]]
    # main: [[IRN:COP, IRN:REB]]
    text = "Police detained militants, in addition to Iran."
    assert casts_in_order(text, "en", "COERCE") == [["-:COP", "IRN:"]]
    # main: also USA -> IRN:REB and USA -> IRN (the terrorists made Iranian)
    text = "وفرض ترمب حظرا على دخول اللاجئين السوريين والإرهابيين، بالإضافة إلى إيران."
    assert casts_in_order(text, "ar", "SANCTION") == [["USA:GOV", "SYR:REF"]]


def test_a_state_named_besides_before_the_agent_still_lends() -> None:
    # guards (mendC92's reading kept): the agent after the state
    text = "In addition to Jordan, the government condemned the bombing."
    assert casts_in_order(text, "en", "ACCUSE") == [["JOR:GOV"]]
    text = "بالإضافة إلى الأردن، أدانت الحكومة التفجير."
    assert casts_in_order(text, "ar", "ACCUSE") == [["JOR:GOV"]]


def test_returning_agents_take_no_home_by_a_far_return_word() -> None:
    # main: REQUEST and CONSULT [[TUN:REB, TUN:GOV]] (the terrorists made
    # Tunisian by "عودة" nine words before "تونس", and the bloc's doers)
    text = (
        "ودعت الكتلة، التي اجتمع أعضاؤها اليوم في البرلمان للتداول في ملف عودة"
        " مجموعة من الإرهابيين إلى تونس، إلى تشكيل لجنة قانونية."
    )
    for cast in casts_in_order(text, "ar", "REQUEST"):
        assert "TUN:REB" not in cast
    # guard: no agent noun between, the far return word still keeps the home
    text = "اعتقلت الشرطة عشرة مقاتلين بعد عودة مجموعة منهم من مناطق النزاع إلى تونس."
    assert casts_in_order(text, "ar", "COERCE") == [["TUN:COP", "TUN:REB"]]
