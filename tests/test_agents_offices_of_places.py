"""Who acts inside a state, round 9: the office of a province or town takes
that place's country; candidates stand for their party; a former office
joined by "and" to a party leader's title is one man; a delegation named by
its kind is of that agent; a state and its own nationals are two actors; a
commercial adjective is no trader. Sentences written for these tests, in
Arabic, Persian and English (the other languages show that
language-specific data does not misfire)."""

from __future__ import annotations

import pytest

from casts import cast, run


@pytest.mark.parametrize(
    ("text", "lang", "etype", "want"),
    [
        # the title right before a province or town, nothing between
        (
            "اجتمع محافظ البصرة مع القنصل الإيراني لبحث التعاون.",
            "ar",
            "CONSULT",
            {"IRQ:GOV", "IRN:GOV"},
        ),
        ("التقى محافظ نينوى السفير الأمريكي في الموصل.", "ar", "CONSULT", {"IRQ:GOV", "USA:GOV"}),
        (
            "استاندار خوزستان با سفیر عراق در اهواز دیدار کرد.",
            "fa",
            "CONSULT",
            {"IRN:GOV", "IRQ:GOV"},
        ),
        ("The governor of Basra met the Iranian consul.", "en", "CONSULT", {"IRQ:GOV", "IRN:GOV"}),
        # serving in a town is not being its official
        (
            "التقى السفير الأمريكي في بغداد رئيس الوزراء العراقي.",
            "ar",
            "CONSULT",
            {"USA:GOV", "IRQ:GOV"},
        ),
        # candidates stand for their party
        (
            "هاجم المرشح الجمهوري دونالد ترامب الحكومة المكسيكية.",
            "ar",
            "ACCUSE",
            # the government after his name is no title of his (ar-agents12)
            {"USA:PTY", "MEX:GOV"},
        ),
        (
            "نامزد جمهوری‌خواه دونالد ترامپ دولت مکزیک را به شدت انتقاد کرد.",
            "fa",
            "ACCUSE",
            # actors17: as in Arabic, the government after his name is no title of his
            {"USA:PTY", "MEX:GOV"},
        ),
        (
            "French presidential candidate Emmanuel Macron met German Chancellor Angela Merkel.",
            "en",
            "CONSULT",
            {"FRA:PTY", "DEU:GOV"},
        ),
        # a former president who leads a party now: one man, of his party
        (
            "التقى الرئيس الفرنسي السابق وزعيم حزب الجمهوريين نيكولا ساركوزي رئيس الجمهورية التونسي.",
            "ar",
            "CONSULT",
            {"FRA:PTY", "TUN:GOV"},
        ),
        (
            "انتقد رئيس الوزراء البريطاني السابق وزعيم حزب المحافظين الحكومة.",
            "ar",
            "ACCUSE",
            {"GBR:PTY", "GBR:GOV"},
        ),
        # delegations named by their kind, the armed forces' general command
        (
            "استقبل رئيس الوزراء اللبناني وفدا أمنيا سوريا في بيروت.",
            "ar",
            "CONSULT",
            {"LBN:GOV", "SYR:COP"},
        ),
        (
            "التقى وزير الخارجية المصري وفدا حكوميا سودانيا في القاهرة.",
            "ar",
            "CONSULT",
            {"EGY:GOV", "SDN:GOV"},
        ),
        (
            "دعا الناطق باسم القيادة العامة للقوات المسلحة الليبية المواطنين إلى الابتعاد عن مناطق الاشتباك.",
            "ar",
            "REQUEST",
            {"LBY:MIL", "LBY:CVL"},
        ),
        # a state and its own nationals: two actors
        (
            "Britain urged its citizens to leave Libya immediately.",
            "en",
            "REQUEST",
            {"GBR:", "GBR:CVL"},
        ),
        (
            "سفارت آمریکا از شهروندان خود خواست لیبی را ترک کنند.",
            "fa",
            "REQUEST",
            {"USA:GOV", "USA:CVL"},
        ),
    ],
)
def test_agents_of_offices_candidates_and_delegations(
    text: str, lang: str, etype: str, want: set[str]
) -> None:
    assert cast(run(text, lang), etype) == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("بحث وزير الخارجية المصري مع نظيره العراقي التعاون التجاري.", "ar"),
        ("بحث وزير الخارجية المصري مع نظيره العراقي العلاقات التجارية.", "ar"),
        ("وزیر خارجه مصر با همتای عراقی خود درباره همکاری تجاری گفتگو کرد.", "fa"),
        (
            "The Egyptian foreign minister discussed commercial cooperation with his Iraqi counterpart.",
            "en",
        ),
    ],
)
def test_a_commercial_adjective_is_no_trader(text: str, lang: str) -> None:
    assert all(a.agent != "BUS" for e in run(text, lang).events for a in e.actors)


def test_a_state_still_pulls_its_own_troops_out() -> None:
    """Troops after "its" are the state acting (the spec's one actor)."""
    assert cast(run("Russia pulled its troops out of Kherson.", "en"), "RETREAT") == {
        "RUS:MIL",
        "UKR:",
    }


@pytest.mark.parametrize(
    ("text", "lang", "police"),
    [
        ("قال محافظ البصرة إن الشرطة اعتقلت عشرة متظاهرين.", "ar", "IRQ:COP"),
        ("استاندار خوزستان گفت پلیس ده معترض را در اهواز بازداشت کرد.", "fa", "IRN:COP"),
        ("The governor of Basra said police arrested ten protesters.", "en", "IRQ:COP"),
    ],
)
def test_the_office_of_a_town_leaves_the_town_to_place_others(
    text: str, lang: str, police: str
) -> None:
    """The town named with a governor still places the police of the sentence."""
    assert police in cast(run(text, lang), "COERCE")
