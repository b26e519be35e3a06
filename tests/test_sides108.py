"""Sub-state sides from nouns the lexicons missed or misread (sides108).

Four readings, each with sentences where it must not fire: the wanted
are criminals; suspicious parties are unidentified doers; contract staff
are workers; the press a speaker addresses is no side of what is said
(mendC108 narrowed the first, second and fourth where they over-reached).

Persons the police sought on warrants are criminals.

Tunisian and other Maghreb reports call those arrested on warrants "مفتش
عنهم" ("ألقي القبض على 5 أشخاص مفتش عنهم", "عنصرين مفتش عنهما"): the
wanted, criminals (CRM) as "المطلوبين" and the suspects ("مشتبه فيهم",
tri31ag) are. Main made a person held so a criminal only where a person
noun stood before the words (held_criminals, agents41ar); the words are
now a noun of their own, so a count or "عنصرين" before them is enough.
English "wanted men", plural "fugitives" alike (singular "fugitive" is
mostly a modifier, "a fugitive banker", and was dropped by mendC108). A sought car ("سيارة مفتش عنها") is no one, and an
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
        ("Tunisian police arrested two fugitives in Sousse.", "en"),
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
            "The Tunisian interior minister accused unidentified parties of stoking the riots.",
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
        # main: [IRN:GOV, USA:MED]
        (
            "انتقد وزير الخارجية الإيراني أمام الصحفيين الولايات المتحدة.",
            "ar",
            "ACCUSE",
            [["IRN:GOV", "USA:"]],
        ),
        # main: [TUR:MED, TUR:GOV]
        (
            "Speaking before reporters in Ankara, the Turkish president criticised the Swedish government.",
            "en",
            "ACCUSE",
            [["TUR:GOV", "SWE:GOV"]],
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


# mendC108 (review108b): the readings above narrowed where they over-reached.
# Each sentence below failed on sides108 before the mend.


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        # a fugitive as a modifier: the man keeps his own side, the
        # government criticised stays (before: [BLR:CRM, BLR:])
        (
            "Belarus's fugitive former interior minister Ivan Petrov criticised the Belarusian government.",
            "en",
            "ACCUSE",
            [["BLR:", "BLR:GOV"]],
        ),
        # before: a second ACCUSE [-:CRM, RUS:GOV]
        (
            "The fugitive opposition leader denounced the Russian government.",
            "en",
            "ACCUSE",
            [["RUS:OPP", "RUS:GOV"]],
        ),
        # before: [TUN:, TUN:CRM]
        ("Interpol detained a fugitive banker wanted by Tunisia.", "en", "COERCE", [["TUN:"]]),
        # an inspector who speaks of him (before: [-:CRM, TUN:COP])
        ("قال مفتش عنه إنه رفض التعاون مع الشرطة التونسية.", "ar", "REJECT", [["-:", "TUN:COP"]]),
    ],
)
def test_a_fugitive_modifier_or_an_inspector_is_no_criminal(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == expected


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        # "من طرف" is "by": the suspect did it, the victim is second
        # (before: [TUN:COP, TUN:UAF])
        (
            "تعرض عون حرس تونسي للاعتداء بالعنف من طرف مشبوه فيه في المنستير.",
            "ar",
            "ASSAULT",
            [["TUN:UAF", "TUN:COP"]],
        ),
        # the suspect is no seizer (before: [TUN:UAF, TUN:COP])
        (
            "تم حجز أسلحة من طرف مشبوه فيه بصفاقس وألقت الشرطة التونسية القبض عليه.",
            "ar",
            "COERCE",
            [["TUN:COP"]],
        ),
        # little-known political parties (before: [TUN:GOV, TUN:UAF])
        (
            "The Tunisian prime minister met the leaders of unknown parties in Tunis.",
            "en",
            "CONSULT",
            [["TUN:GOV", "TUN:PTY"]],
        ),
    ],
)
def test_a_suspect_or_an_unknown_party_is_no_unidentified_doer(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == expected


@pytest.mark.parametrize(
    ("text", "lang", "etype", "expected"),
    [
        # a crowd where shots or a bomb struck keeps its victims (before:
        # the civilians were lost)
        (
            "افراد مسلح در جمع مردم روستا در ولایت غزنی تیراندازی کردند.",
            "fa",
            "ASSAULT",
            [["AFG:UAF", "AFG:CVL"]],
        ),
        ("یک بمب در جمع هواداران حزب در هرات منفجر شد.", "fa", "ASSAULT", [["AFG:UAF", "AFG:CVL"]]),
        (
            "Gunmen opened fire in front of a crowd in Mosul.",
            "en",
            "ASSAULT",
            [["IRQ:UAF", "IRQ:CVL"]],
        ),
        ("A bomb went off before a crowd in Kandahar.", "en", "ASSAULT", [["AFG:UAF", "AFG:CVL"]]),
        # an audience taken up again by a pronoun is the addressee (before:
        # [IRN:GOV], or no event at all)
        (
            "رئیس جمهور ایران در جمع مردم تبریز از آنها خواست در انتخابات شرکت کنند.",
            "fa",
            "REQUEST",
            [["IRN:GOV", "IRN:CVL"]],
        ),
        ("روحانی در جمع هواداران از آنان برای حمایت قدردانی کرد.", "fa", "SUPPORT", [["-:CVL"]]),
        (
            "شكر رئيس الوزراء التركي أمام حشود من مؤيديه الشباب على وقوفهم معه.",
            "ar",
            "SUPPORT",
            [["TUR:GOV", "TUR:CVL"]],
        ),
        (
            "دعا الرئيس التركي أمام حشد من أنصاره إياهم إلى التصويت.",
            "ar",
            "REQUEST",
            [["TUR:GOV", "TUR:CVL"]],
        ),
    ],
)
def test_a_crowd_struck_or_addressed_keeps_its_side(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == expected
