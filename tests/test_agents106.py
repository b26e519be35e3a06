"""People counted through the members of a group, and a head of state's
protective service (agents106).

``extract/partitive.py`` with ``context.PARTITIVE_MEMBERS``: a head that
counts people ("ستة أشخاص من", "دو تن از") is no actor of its own when the
group after "of" is named through its members ("من أفراد عصابة", "از اعضای
پلیس"); main read such people as plain civilians. ``AGENT_NOUNS["COP"]``:
the secret service ("الأمن السري", "سرویس مخفی", "Secret Service") is a
security service, not its country's government or no agent at all.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

# (text, lang, event type, casts): main gave the civilians, government or
# missing doer noted after each
_MEMBERS_OF_A_GROUP = [
    # main: [TUN:COP, TUN:CVL]
    ("اعتقلت الشرطة التونسية ستة أشخاص من أفراد عصابة إجرامية.", "ar", "COERCE",
     [["TUN:COP", "TUN:CRM"]]),
    # main: [TUN:COP, TUN:CVL]
    ("اعتقلت الشرطة التونسية ستة أشخاص من عناصر الجماعة الإرهابية.", "ar", "COERCE",
     [["TUN:COP", "TUN:REB"]]),
    # main: [-:UAF, -:CVL]
    ("مسلحان دو تن از اعضای پلیس مرزبانی را کشتند.", "fa", "ASSAULT", [["-:UAF", "-:COP"]]),
    # guard: already read so on main
    ("پلیس ترکیه شش نفر از اعضای این باند را دستگیر کرد.", "fa", "COERCE",
     [["TUR:COP", "TUR:CRM"]]),
    ("Turkish police arrested six members of a smuggling gang.", "en", "COERCE",
     [["TUR:COP", "TUR:CRM"]]),
]  # fmt: skip

# the event stays, and people of no group stay civilians: a family, or
# members of nothing the scan names
_STAY_CIVILIANS = [
    ("قتل مسلحون ثلاثة أشخاص من أفراد عائلة الرئيس اليمني.", "ar", "ASSAULT",
     [["-:UAF", "YEM:CVL"]]),
    ("اعتقلت الشرطة التونسية ستة أشخاص من عناصر مختلفة.", "ar", "COERCE",
     [["TUN:COP", "TUN:CVL"]]),
    ("پلیس ترکیه شش نفر از اعضای خانواده او را دستگیر کرد.", "fa", "COERCE",
     [["TUR:COP", "TUR:CVL"]]),
    ("Tunisian police arrested six people in Sfax.", "en", "COERCE", [["TUN:COP", "TUN:CVL"]]),
]  # fmt: skip

_SECRET_SERVICE = [
    # main: [USA:UAF] (no doer)
    ("اعتقل جهاز الأمن السري رجلا مسلحا في واشنطن.", "ar", "COERCE", [["USA:COP", "USA:UAF"]]),
    # main: [USA:, USA:UAF] (no agent)
    ("سرویس مخفی آمریکا اعلام کرد که یک مرد مسلح را بازداشت کرده است.", "fa", "COERCE",
     [["USA:COP", "USA:UAF"]]),
    # main: [USA:GOV, USA:UAF]
    ("The US Secret Service arrested an armed man near the White House.", "en", "COERCE",
     [["USA:COP", "USA:UAF"]]),
    # guard: the members of the service, read so on main
    ("ماموران سرویس مخفی یک مرد را بازداشت کردند.", "fa", "COERCE", [["-:COP", "-:CVL"]]),
    ("أعلن الأمن السري الأمريكي اعتقال رجل مسلح.", "ar", "COERCE", [["USA:COP", "USA:UAF"]]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "etype", "expected"), _MEMBERS_OF_A_GROUP)
def test_people_counted_through_members_are_the_group(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == expected


@pytest.mark.parametrize(("text", "lang", "etype", "expected"), _STAY_CIVILIANS)
def test_people_of_no_named_group_stay_civilians(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == expected


@pytest.mark.parametrize(("text", "lang", "etype", "expected"), _SECRET_SERVICE)
def test_secret_service_is_a_security_service(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == expected
