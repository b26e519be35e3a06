"""A state where a group came from or lives is not another agent's country (country87).

"مهربين قادمين من ليبيا", "gunmen coming from Libya", "قاچاقچیان آمده از
لیبی": the one state such a sentence names is the held or struck group's
origin (``context.ORIGIN_MARKERS``), so the army or police that held or
fought them take no country from it (``partitive_nationals.origin_only``),
and the state joins the group as its home instead of standing as a side
(``countries._people_from``). Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def test_arabic_army_does_not_take_the_smugglers_origin() -> None:
    # main: [NER:MIL, NER:CRM] (the army read as Niger's)
    events = casts_in_order("أوقف الجيش سبعة مهربين قادمين من النيجر.", "ar", "COERCE")
    assert events == [["-:MIL", "NER:CRM"]]


def test_arabic_police_do_not_take_the_residence_of_the_held() -> None:
    # main: [TCD:COP, TCD:CRM]
    events = casts_in_order("اعتقلت الشرطة أربعة مهربين مقيمين في تشاد.", "ar", "COERCE")
    assert events == [["-:COP", "TCD:CRM"]]


def test_arabic_attackers_do_not_take_the_leaders_residence() -> None:
    # main: [TUR:UAF, EGY:CVL] (the bombers read as of the state the leaders live in)
    text = (
        "حمّلت الحكومة المصرية قادة حركة معارضة المقيمين في تركيا مسؤولية تمويل منفذي "
        "التفجير الذي استهدف سوقا في الإسكندرية."
    )
    events = casts_in_order(text, "ar", "ASSAULT")
    assert events and all("TUR:UAF" not in e for e in events)


def test_arabic_army_killing_fighters_from_abroad() -> None:
    # main: [NER:MIL, NER:REB]
    events = casts_in_order("قتل الجيش ستة مسلحين قادمين من النيجر.", "ar", "ASSAULT")
    assert events and events[0][0] == "-:MIL"


def test_english_forces_do_not_take_the_origin() -> None:
    # main: [NER:MIL, NER:CRM] and [TCD:COP, TCD:CRM]
    events = casts_in_order("Soldiers detained seven smugglers coming from Niger.", "en", "COERCE")
    assert events == [["-:MIL", "NER:CRM"]]
    events = casts_in_order("Police detained four smugglers living in Chad.", "en", "COERCE")
    assert events == [["-:COP", "TCD:CRM"]]


def test_persian_police_do_not_take_the_origin() -> None:
    # main: [NER:COP, NER:] and [TCD:COP, TCD:CRM]
    events = casts_in_order("پلیس هفت قاچاقچی آمده از نیجر را بازداشت کرد.", "fa", "COERCE")
    assert events == [["-:COP", "NER:CRM"]]
    events = casts_in_order("پلیس چهار قاچاقچی مقیم چاد را بازداشت کرد.", "fa", "COERCE")
    assert events == [["-:COP", "TCD:CRM"]]


def test_guards_a_force_with_its_own_country_and_a_plain_nationality() -> None:
    # guards: the army's own adjective (main: [DZA:MIL, NER:], the state a side of its
    # own); force90: the police take no country from the Tunisians they hold
    events = casts_in_order("أوقف الجيش الجزائري سبعة مهربين قادمين من النيجر.", "ar", "COERCE")
    assert events == [["DZA:MIL", "NER:CRM"]]
    assert casts_in_order("اعتقلت الشرطة خمسة تونسيين.", "ar", "COERCE") == [["-:COP", "TUN:CVL"]]
    assert casts_in_order("Police arrested five Tunisians.", "en", "COERCE") == [
        ["-:COP", "TUN:CVL"]
    ]
    assert casts_in_order("پلیس پنج تونسی را بازداشت کرد.", "fa", "COERCE") == [
        ["-:COP", "TUN:CVL"]
    ]
