"""Sub-state sides of Arabic police reports (agentsar109).

The members of a ring named before are its people: a report names a gang
or a cell once and then those caught as "عناصر الشبكة", "members of the
ring", "اعضای این شبکه" (``extract/ring_members.py``). On main the phrase
named no one, or the counted persons before it were civilians. A network
that is no criminal or militant ring before it (rights groups) leaves the
phrase alone.

The garde nationale's units told bare ("وحدات الحرس") are the police, as
"وحدات الحرس الوطني" are; the Revolutionary Guard's units keep their own
reading. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # main: [["TUN:COP", "TUN:CRM"], ["-:COP"]] (the members no side)
        (
            "أعلنت الشرطة التونسية تفكيك شبكة دولية لتهريب المخدرات. "
            "واعتقلت الشرطة لاحقا ثلاثة من أعضاء الشبكة.",
            "ar",
            [["TUN:COP", "TUN:CRM"], ["-:COP", "-:CRM"]],
        ),
        # main: the second arrest [-:COP] alone
        (
            "قالت الشرطة التونسية إنها فككت شبكة لتهريب البشر. "
            "واعتقلت الشرطة ثلاثة من أفراد الشبكة.",
            "ar",
            [["TUN:COP", "TUN:CRM"], ["-:COP", "-:CRM"]],
        ),
        # main: [-:COP]
        (
            "Tunisian police dismantled a drug smuggling ring in Sousse. "
            "Police arrested three members of the ring.",
            "en",
            [["TUN:COP", "TUN:CRM"], ["-:COP", "-:CRM"]],
        ),
        # main: [-:COP, -:CVL] (the three persons civilians)
        (
            "پلیس تهران یک شبکه قاچاق انسان را متلاشی کرد. "
            "پلیس سه نفر از اعضای این شبکه را بازداشت کرد.",
            "fa",
            [["IRN:COP", "IRN:CRM"], ["-:COP", "-:CRM"]],
        ),
        (
            "پلیس تهران یک باند قاچاق مواد مخدر را متلاشی کرد. "
            "پلیس سه نفر از اعضای این باند را بازداشت کرد.",
            "fa",
            [["IRN:COP", "IRN:CRM"], ["-:COP", "-:CRM"]],
        ),
    ],
)
def test_members_of_a_ring_named_before_are_its_people(
    text: str, lang: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, "COERCE") == expected


def test_counted_persons_of_the_ring_are_no_civilians() -> None:
    # main: a second arrest [TUN:COP, TUN:CVL]; now one with the ring's people
    text = (
        "فككت الشرطة التونسية عصابة مختصة في سرقة السيارات في سوسة. "
        "واعتقلت الشرطة 12 شخصا من عناصر الشبكة في نابل."
    )
    casts = casts_in_order(text, "ar", "COERCE")
    assert all(not c.endswith(":CVL") for cast in casts for c in cast)
    assert any(c.endswith(":CRM") for cast in casts for c in cast)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a network of associations before: its members are no criminals
        (
            "اجتمع أعضاء الشبكة الوطنية للجمعيات في تونس. واعتقلت الشرطة ثلاثة من أعضاء الشبكة.",
            "ar",
            [["-:COP"]],
        ),
        (
            "The network of rights groups met in Tunis. "
            "Police arrested three members of the network.",
            "en",
            [["-:COP"]],
        ),
        (
            "شبکه انجمن‌های حقوق بشر در تهران نشست برگزار کرد. "
            "پلیس سه نفر از اعضای این شبکه را بازداشت کرد.",
            "fa",
            [["-:COP", "-:CVL"]],
        ),
    ],
)
def test_members_of_no_ring_keep_their_reading(
    text: str, lang: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, "COERCE") == expected


def test_the_guard_units_are_the_police() -> None:
    # main: [TUN:CRM] (the units no side, the police not understood beside
    # the smugglers)
    text = "وقالت وزارة الداخلية التونسية إن وحدات الحرس اعتقلت ثلاثة مهربين."
    assert casts_in_order(text, "ar", "COERCE") == [["TUN:COP", "TUN:CRM"]]


def test_the_revolutionary_guard_units_stay_armed_forces() -> None:
    text = "هاجمت وحدات الحرس الثوري الإيراني مواقع في العراق."
    assert casts_in_order(text, "ar", "ASSAULT") == [["IRN:MIL", "IRQ:"]]
