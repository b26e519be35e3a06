"""Mends of review106a's F8, F9 and F10 (round 106, agents106's rules).

F8: a bloc's adjective with a service noun ("Western intelligence
services", "أجهزة الأمن السري الغربية", "سرویس‌های مخفی غربی") leaves the
service of no state, not the accuser's (``participants._Sentence.regional``).
F9: a body written right after a counted person as whom he served ("یک
مامور سابق سرویس مخفی آمریکا") is counted with him, so a sentence's court
stays understood (``victims_only._employer_of_counted``).
F10: people counted as members of a family of someone ("اعضای خانواده یک
مامور پلیس", "members of the family of the mayor") are civilians, not the
agent of the one whose family it is (``kin_groups``).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

# (text, lang, event type, casts); main's reading noted where it differs
_BLOC_SERVICES = [
    # main: [RUS:, RUS:COP]
    ("Russia accused Western intelligence services of organising the protests.", "en", "ACCUSE",
     [["RUS:", "-:COP"]]),
    # main: [IRN:, IRN:COP]
    ("اتهمت إيران أجهزة الأمن السري الغربية بإثارة الاضطرابات.", "ar", "ACCUSE",
     [["IRN:", "-:COP"]]),
    # main: [SYR:GOV, SYR:COP]
    ("حملت الحكومة السورية أجهزة الاستخبارات الغربية مسؤولية التفجير.", "ar", "ACCUSE",
     [["SYR:GOV", "-:COP"]]),
    # main: [IRN:] (the plural service not read)
    ("ایران سرویس‌های مخفی غربی را متهم کرد که ناآرامی‌ها را سازماندهی کرده‌اند.", "fa",
     "ACCUSE", [["IRN:", "-:COP"]]),
    # guards, read so on main: a state's adjective, a plain Western noun
    ("Iran accused the British secret service of plotting the unrest.", "en", "ACCUSE",
     [["IRN:", "GBR:COP"]]),
    ("اعتقلت أجهزة الأمن السري الإيرانية رجلين.", "ar", "COERCE", [["IRN:COP", "IRN:CVL"]]),
    ("روسیه سرویس‌های اطلاعاتی غربی را متهم کرد.", "fa", "ACCUSE", [["RUS:", "-:COP"]]),
]  # fmt: skip

_SENTENCED_SERVANTS = [
    # main: [USA:COP] (no court)
    ("یک مامور سابق پلیس آمریکا به پنج سال زندان محکوم شد.", "fa", "COERCE",
     [["USA:JUD", "USA:COP"]]),
    # main: [TUR:MIL]
    ("دو افسر سابق ارتش ترکیه به ده سال زندان محکوم شدند.", "fa", "COERCE",
     [["TUR:JUD", "TUR:MIL"]]),
    # guards, read so on main: gunmen named keep no court nor other doer;
    # Arabic and English already understood the court
    ("افراد مسلح دو مامور سابق پلیس ترکیه را کشتند.", "fa", "ASSAULT", [["-:UAF", "TUR:COP"]]),
    ("حكم على عنصرين سابقين بالشرطة التركية بالسجن عشر سنوات.", "ar", "COERCE",
     [["TUR:JUD", "TUR:COP"]]),
    ("A former Secret Service agent was sentenced to five years in prison in the United States.",
     "en", "COERCE", [["USA:JUD", "USA:COP"]]),
]  # fmt: skip


_FAMILY_MEMBERS = [
    # main: [-:UAF, -:COP]
    ("افراد مسلح چهار تن از اعضای خانواده یک مامور پلیس را کشتند.", "fa", "ASSAULT",
     [["-:UAF", "-:CVL"]]),
    # main: [-:UAF, -:COP]
    ("قتل مسلحون أربعة من أفراد عائلة ضابط شرطة.", "ar", "ASSAULT", [["-:UAF", "-:CVL"]]),
    # main: [-:COP, -:MIL(official)]
    ("اعتقلت الشرطة اثنين من أفراد أسرة قائد الجيش.", "ar", "COERCE", [["-:COP", "-:CVL"]]),
    # main: [-:UAF, -:GOV]
    ("Gunmen killed three members of the family of the mayor.", "en", "ASSAULT",
     [["-:UAF", "-:CVL"]]),
    # main: [-:COP, -:MIL]
    ("Police arrested two members of the family of the army commander.", "en", "COERCE",
     [["-:COP", "-:CVL"]]),
    # guards, read so on main: the commanders' army in the ezafe, a family of
    # someone named by a pronoun, the police themselves as members
    ("پلیس پاکستان سه تن از اعضای خانواده یکی از فرماندهان ارتش را بازداشت کرد.", "fa",
     "COERCE", [["PAK:COP", "PAK:CVL"]]),
    ("قتل مسلحون ثلاثة أشخاص من أفراد عائلة الرئيس اليمني.", "ar", "ASSAULT",
     [["-:UAF", "YEM:CVL"]]),
    ("افراد مسلح سه تن از اعضای پلیس راهور را کشتند.", "fa", "ASSAULT", [["-:UAF", "-:COP"]]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "etype", "expected"), _BLOC_SERVICES)
def test_bloc_services_are_of_no_state(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == expected


@pytest.mark.parametrize(("text", "lang", "etype", "expected"), _SENTENCED_SERVANTS)
def test_sentenced_servant_keeps_the_court(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == expected


@pytest.mark.parametrize(("text", "lang", "etype", "expected"), _FAMILY_MEMBERS)
def test_members_of_a_family_are_civilians(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == expected
