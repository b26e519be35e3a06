"""A party's parliamentary bloc and its deputies sit in parliament (agentsar91).

A bloc word (``context.BLOC_WORDS``: "كتلة", "فراکسیون", "bloc") between a
legislator's title and a named party ("نواب كتلة حركة النهضة", "النائب عن
كتلة …"), or a legislators' noun that names the bloc itself ("الكتلة
البرلمانية لحركة …", "فراکسیون حزب …"), makes the party's mention the
legislature's (LEG) of its country, as "رئيس كتلة حركة النهضة" already was
(legislators62ar, ``mention_scan.bloc_head`` and ``bloc_body``). A deputy
named by the party alone ("نواب حركة النهضة") is left to the party.
Sentences written for these tests.
"""

from __future__ import annotations

from casts import casts_in_order


def test_arabic_deputies_of_a_bloc_are_legislators() -> None:
    # main: [TUN:GOV, TUN:PTY] (the bloc's deputies read as the party)
    text = "التقى رئيس الحكومة التونسية نواب كتلة حركة النهضة."
    assert casts_in_order(text, "ar", "CONSULT") == [["TUN:GOV", "TUN:LEG"]]


def test_arabic_deputy_for_a_bloc_criticising() -> None:
    # main: [TUN:PTY, TUN:GOV]
    text = "انتقد النائب عن كتلة حركة نداء تونس الحكومة."
    assert casts_in_order(text, "ar", "ACCUSE") == [["TUN:LEG", "TUN:GOV"]]


def test_arabic_parliamentary_bloc_of_a_party() -> None:
    # main: [TUN:GOV, TUN:PTY]
    text = "التقى رئيس الحكومة التونسية أعضاء الكتلة البرلمانية لحركة النهضة."
    assert casts_in_order(text, "ar", "CONSULT") == [["TUN:GOV", "TUN:LEG"]]


def test_arabic_party_and_its_plain_deputies_stay_the_party() -> None:
    # guards: main reads these so, and so must the branch
    deputies = "التقى رئيس الحكومة التونسية نواب حركة النهضة."
    assert casts_in_order(deputies, "ar", "CONSULT") == [["TUN:GOV", "TUN:PTY"]]
    party = "انتقدت حركة النهضة الحكومة."
    assert casts_in_order(party, "ar", "ACCUSE") == [["TUN:PTY", "TUN:GOV"]]
    head = "انتقد رئيس كتلة حركة النهضة الحكومة."
    assert casts_in_order(head, "ar", "ACCUSE") == [["TUN:LEG", "TUN:GOV"]]


def test_persian_bloc_of_a_party() -> None:
    # main: [TUN:PTY, TUN:GOV] and [TUN:GOV, TUN:PTY]
    text = "فراکسیون حزب النهضه از دولت انتقاد کرد."
    assert casts_in_order(text, "fa", "ACCUSE") == [["TUN:LEG", "TUN:GOV"]]
    met = "نخست وزیر تونس با نمایندگان فراکسیون حزب النهضه دیدار کرد."
    assert casts_in_order(met, "fa", "CONSULT") == [["TUN:GOV", "TUN:LEG"]]


def test_persian_head_of_bloc_and_plain_party() -> None:
    # guards: main reads these right
    head = "رئیس فراکسیون حزب النهضه از دولت انتقاد کرد."
    assert casts_in_order(head, "fa", "ACCUSE") == [["TUN:LEG", "TUN:GOV"]]
    party = "حزب النهضه از دولت انتقاد کرد."
    assert casts_in_order(party, "fa", "ACCUSE") == [["TUN:PTY", "TUN:GOV"]]


def test_english_deputies_of_a_bloc() -> None:
    # guards: English names the bloc after its deputies; main reads these
    # so ("the Ennahda party's parliamentary bloc", the bloc after the name,
    # is read since mendD92: tests/test_mendD92.py)
    text = "The prime minister met deputies of the bloc of the Ennahda party."
    assert casts_in_order(text, "en", "CONSULT") == [["TUN:GOV", "TUN:LEG"]]
    party = "The prime minister met deputies of the Ennahda party."
    assert casts_in_order(party, "en", "CONSULT") == [["TUN:GOV", "TUN:PTY"]]


# Officials of no country written right before "in <place>" ("مسؤولين في
# العراق", "مقاماتی در عراق", "officials in Iraq") are that place's: main
# read them codeless, or dropped them for the bare state
# (``participants._Sentence._placed_right_after``). Posts held abroad
# (``context.ABROAD_POSTS``: diplomats, missions) and one person's office
# keep main's reading.


def test_arabic_officials_in_a_state() -> None:
    # main: [USA:GOV, IRQ:] (the officials lost, Iraq bare)
    text = "التقى وزير الخارجية الأمريكي مسؤولين في العراق."
    assert casts_in_order(text, "ar", "CONSULT") == [["USA:GOV", "IRQ:GOV"]]
    # main: [USA:GOV, -:GOV]
    town = "اجتمع وزير الخارجية الأمريكي مع مسؤولين في بغداد."
    assert casts_in_order(town, "ar", "CONSULT") == [["USA:GOV", "IRQ:GOV"]]


def test_persian_officials_in_a_state() -> None:
    # main: [USA:GOV, IRQ:]
    text = "وزیر خارجه آمریکا با مقاماتی در عراق دیدار کرد."
    assert casts_in_order(text, "fa", "CONSULT") == [["USA:GOV", "IRQ:GOV"]]


def test_english_officials_in_a_state() -> None:
    # main: [USA:GOV, -:GOV]
    text = "The US secretary of state met officials in Iraq."
    assert casts_in_order(text, "en", "CONSULT") == [["USA:GOV", "IRQ:GOV"]]


def test_posts_abroad_and_a_persons_office_take_no_place() -> None:
    # guards: main reads these so; foreign missions and diplomats serve
    # where they are, and a minister "in Tehran" may be visiting
    missions = "هاجمت حركة الشباب فندقا يضم بعثات دبلوماسية في مقديشو."
    assert casts_in_order(missions, "ar", "ASSAULT") == [["SOM:REB", "-:GOV"]]
    diplomat = "التقى الرئيس الروسي الدبلوماسي في لندن."
    assert casts_in_order(diplomat, "ar", "CONSULT") == [["RUS:GOV", "-:GOV"]]
    minister = "التقى الوزير في طهران نظيره الإيراني."
    assert casts_in_order(minister, "ar", "CONSULT") == [["-:GOV", "IRN:GOV"]]
    diplomats = "The US secretary of state met diplomats in Kabul."
    assert casts_in_order(diplomats, "en", "CONSULT") == [["USA:GOV", "-:GOV"]]
