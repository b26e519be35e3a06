"""Sub-state sides from nouns the lexicons missed or misread (sides108).

Four readings, each with sentences where it must not fire: the wanted
are criminals; suspicious parties are unidentified doers; contract staff
are workers; a speaker's audience is no side of what is said.

Persons the police sought on warrants are criminals.

Tunisian and other Maghreb reports call those arrested on warrants "مفتش
عنهم" ("ألقي القبض على 5 أشخاص مفتش عنهم", "عنصرين مفتش عنهما"): the
wanted, criminals (CRM) as "المطلوبين" and the suspects ("مشتبه فيهم",
tri31ag) are. Main made a person held so a criminal only where a person
noun stood before the words (held_criminals, agents41ar); the words are
now a noun of their own, so a count or "عنصرين" before them is enough.
English "wanted men", "fugitives" alike. A sought car ("سيارة مفتش عنها") is no one, and an
inspector ("مفتش الشغل") stays what he was. Persian "تحت تعقیب" is left
out: in the corpus it is said of officials and activists prosecuted, not of
criminals caught. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # main too: a person held with "مفتش عنهم" right after him is made a
        # criminal (held_criminals, agents41ar)
        ("تمكنت الشرطة التونسية من إلقاء القبض على 5 أشخاص مفتش عنهم في قضايا سرقة.", "ar"),
        ("ألقت الشرطة التونسية القبض على شخص مفتش عنه في سوسة.", "ar"),
        # main: [TUN:COP] (no person noun before it: the two sought men were
        # no side at all)
        ("ألقت الشرطة التونسية القبض على عنصرين مفتش عنهما من أجل السرقة.", "ar"),
        # main: [TUN:COP, TUN:CVL]
        ("Tunisian police arrested five wanted men in Sousse.", "en"),
        # main: [TUN:COP]
        ("Tunisian police arrested a fugitive in Sousse.", "en"),
    ],
)
def test_the_wanted_are_criminals(text: str, lang: str) -> None:
    assert casts_in_order(text, lang, "COERCE") == [["TUN:COP", "TUN:CRM"]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a sought car, feminine "عنها", names no person
        ("حجزت الشرطة التونسية سيارة مفتش عنها.", "ar"),
        ("حجزت الشرطة التونسية 64 سيارة وشاحنة مفتش عنها.", "ar"),
        ("Tunisian police seized a wanted car in Sousse.", "en"),
    ],
)
def test_a_sought_car_is_no_side(text: str, lang: str) -> None:
    assert casts_in_order(text, lang, "COERCE") == [["TUN:COP"]]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an inspector (the bare noun) is not the wanted
        ("اعتقلت الشرطة التونسية مفتش الشغل في صفاقس.", "ar", [["TUN:COP"]]),
        # men arrested with no word of a warrant stay civilians
        ("Tunisian police arrested five men in Sousse.", "en", [["TUN:COP", "TUN:CVL"]]),
        (
            "پلیس تهران آقای طالشی را بازداشت کرد.",
            "fa",
            [["IRN:COP", "IRN:CVL"]],
        ),
    ],
)
def test_others_keep_their_reading(text: str, lang: str, expected: list[list[str]]) -> None:
    assert casts_in_order(text, lang, "COERCE") == expected


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        # main: no event (the accused parties no side, one side left)
        (
            "اتهم وزير الداخلية التونسي أطرافا مشبوهة بالوقوف وراء أعمال الشغب.",
            "ar",
            "ACCUSE",
            [["TUN:GOV", "TUN:UAF"]],
        ),
        # main: no event
        (
            "نددت الجبهة التونسية بالاعتداء الذي قامت به أطراف مشبوهة على الندوة الصحفية في تونس.",
            "ar",
            "ASSAULT",
            [["TUN:UAF"]],
        ),
        # main: [TUN:GOV, TUN:PTY] ("parties" read as political parties)
        (
            "The Tunisian interior minister accused unknown parties of stoking the riots.",
            "en",
            "ACCUSE",
            [["TUN:GOV", "TUN:UAF"]],
        ),
        (
            "Suspicious parties attacked the party's office in Tunis.",
            "en",
            "ASSAULT",
            [["TUN:UAF", "TUN:PTY"]],
        ),
        # Persian "ناشناس" was read so already
        ("افراد ناشناس به دفتر حزب در تونس حمله کردند.", "fa", "ASSAULT", [["TUN:UAF", "TUN:PTY"]]),
    ],
)
def test_suspicious_parties_are_unidentified_doers(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == expected


def test_an_unknown_destination_is_no_doer() -> None:
    # "إلى جهة مجهولة" is where he was taken, no party
    text = "اختطف مسلحون مسؤولا ليبيا واقتادوه إلى جهة مجهولة في طرابلس."
    assert casts_in_order(text, "ar", "COERCE") == [["-:UAF", "LBY:GOV"]]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # main: [IRN:CVL, IRN:BUS, IRN:GOV] (staff a civilian, "شرکتی" a company)
        ("کارکنان شرکتی در تهران تجمع کردند.", "fa", [["IRN:LAB"]]),
        # main: [IRN:LAB, IRN:BUS]
        ("کارگران شرکتی در تهران تجمع کردند.", "fa", [["IRN:LAB"]]),
        # main: [IRN:CVL, IRN:GOV]
        ("کارکنان پیمانی در تهران تجمع کردند.", "fa", [["IRN:LAB"]]),
        # main: [IRN:CVL, IRN:GOV]
        ("Contract staff of Iran's oil ministry went on strike.", "en", [["IRN:LAB"]]),
        ("Contract workers rallied in Tehran.", "en", [["IRN:LAB"]]),
        # a ministry's own staff stay civilians against their government
        ("کارکنان وزارت نفت ایران در تهران تجمع کردند.", "fa", [["IRN:CVL", "IRN:GOV"]]),
    ],
)
def test_contract_staff_are_workers(text: str, lang: str, expected: list[list[str]]) -> None:
    assert casts_in_order(text, lang, "PROTEST") == expected


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        # main: [IRN:GOV, USA:MED] (the reporters took America's code)
        (
            "وزیر خارجه ایران در جمع خبرنگاران آمریکا را محکوم کرد.",
            "fa",
            "ACCUSE",
            [["IRN:GOV", "USA:"]],
        ),
        # main: [IRN:MIL, USA:CVL]
        (
            "فرمانده سپاه ایران در جمع مردم شیراز آمریکا را محکوم کرد.",
            "fa",
            "ACCUSE",
            [["IRN:MIL", "USA:"]],
        ),
        # main: [IRN:GOV, USA:MED]
        (
            "انتقد وزير الخارجية الإيراني أمام الصحفيين الولايات المتحدة.",
            "ar",
            "ACCUSE",
            [["IRN:GOV", "USA:"]],
        ),
        # main: [USA:GOV, USA:CVL] (the audience instead of Sweden's government)
        (
            "انتقد الرئيس الأمريكي أمام حشد من أنصاره في فلوريدا الحكومة السويدية.",
            "ar",
            "ACCUSE",
            [["USA:GOV", "SWE:GOV"]],
        ),
        # main: [USA:CVL, USA:GOV]
        (
            "Speaking before a crowd of supporters in Florida, the US president criticised the Swedish government.",
            "en",
            "ACCUSE",
            [["USA:GOV", "SWE:GOV"]],
        ),
        # an audience named again as the addressee stays one
        (
            "رئیس جمهور ایران در جمع مردم شیراز از مردم خواست در انتخابات شرکت کنند.",
            "fa",
            "REQUEST",
            [["IRN:GOV", "IRN:CVL"]],
        ),
        # amid a crowd ("وسط حشد", "در میان مردم") is where a blast struck
        (
            "انفجرت سيارة مفخخة وسط حشد في بغداد وقتلت عشرة أشخاص.",
            "ar",
            "ASSAULT",
            [["IRQ:UAF", "IRQ:CVL"]],
        ),
        (
            "Police fired tear gas at a crowd of protesters in Tehran.",
            "en",
            "ASSAULT",
            [["IRN:COP", "IRN:CVL"]],
        ),
    ],
)
def test_an_audience_is_no_side(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == expected
