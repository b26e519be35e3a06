"""Mends of parties107 (review107b F1, F2, F3).

F1: "فرستاده" after "به" and a state, or with "شد", "است" after it, is
the participle "sent", no envoy (``going.sent_not_envoys``): the aid's
recipient and the clash's other side are no more pushed out by an envoy
with no country. F2: a state named only as where someone goes is the
article's home when nothing else names one (``home_country.home_code``).
F3: only a country's name is read as a destination for the home; a town,
capital or building gone to is inside its country. Arabic and English
name the envoy with a noun of its own and are guarded unchanged.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order


@pytest.mark.parametrize(
    ("text", "lang", "etype", "want"),
    [
        # main: [-:HLH, -:GOV] (an envoy from the participle)
        ("کمک‌های پزشکی به لبنان فرستاده شد.", "fa", "AID", [["-:HLH", "LBN:"]]),
        # main: [-:MIL, -:GOV]: the rebels lost
        (
            "سربازان ارتش به لیبی فرستاده شدند و با شورشیان درگیر شدند.",
            "fa",
            "ASSAULT",
            [["-:MIL", "-:REB"]],
        ),
        # main: [-:COP, -:GOV]: the protesters lost
        (
            "نیروهای پلیس به بحرین فرستاده شدند و با معترضان درگیر شدند.",
            "fa",
            "ASSAULT",
            [["-:COP", "-:CVL"]],
        ),
        ("کمک‌های غذایی ترکیه به سومالی فرستاده شده است.", "fa", "AID", [["TUR:", "SOM:"]]),
        # the envoy himself stays one
        (
            "فرستاده ویژه چین با وزیر خارجه ایران دیدار کرد.",
            "fa",
            "CONSULT",
            [["CHN:GOV", "IRN:GOV"]],
        ),
        ("أرسلت الكويت مساعدات طبية إلى اليمن.", "ar", "AID", [["KWT:", "YEM:"]]),
        ("وصل مبعوث الكويت إلى اليمن والتقى بالرئيس.", "ar", "CONSULT", [["KWT:GOV", "YEM:"]]),
        ("Kuwait sent medical aid to Yemen.", "en", "AID", [["KWT:", "YEM:"]]),
        (
            "Soldiers were sent to Libya and clashed with protesters.",
            "en",
            "ASSAULT",
            [["-:MIL", "-:CVL"]],
        ),
    ],
)
def test_sent_is_no_envoy(text: str, lang: str, etype: str, want: list[list[str]]) -> None:
    assert casts_in_order(text, lang, etype) == want


@pytest.mark.parametrize(
    ("text", "lang", "etype", "want"),
    [
        # main: [-:GOV]: Iran, named only as where the experts went, gave no home
        (
            "کارشناسان آژانس به ایران رفتند. وزیر نیرو با کارشناسان دیدار کرد.",
            "fa",
            "CONSULT",
            [["IRN:GOV"]],
        ),
        # main: [-:GOV official, IRN:GOV]: the spokesman made an extra side
        (
            "بازرسان سازمان ملل به ایران فرستاده شدند. سخنگوی دولت گفت وزیر امور خارجه با"
            " آنان دیدار کرد.",
            "fa",
            "CONSULT",
            [["IRN:GOV"]],
        ),
        # main: [CHN:GOV, IRN:]: the host's minister lost
        (
            "فرستاده ویژه چین به ایران رفت و با وزیر خارجه دیدار کرد.",
            "fa",
            "CONSULT",
            [["CHN:GOV", "IRN:GOV"]],
        ),
        (
            "UN inspectors travelled to Iran and met Iran's foreign minister.",
            "en",
            "CONSULT",
            [["UN:", "IRN:GOV"]],
        ),
        (
            "التقى وزير الخارجية الإيراني مفتشي الأمم المتحدة الذين توجهوا إلى إيران.",
            "ar",
            "CONSULT",
            [["IRN:GOV", "UN:"]],
        ),
    ],
)
def test_a_destination_is_a_home_at_last(
    text: str, lang: str, etype: str, want: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == want


@pytest.mark.parametrize(
    ("text", "lang", "etype", "want"),
    [
        # main: [-:LEG, IRN:GOV]
        (
            "نمایندگان مجلس به تبریز رفتند و از دولت خواستند به زلزله‌زدگان کمک کند.",
            "fa",
            "REQUEST",
            [["IRN:LEG", "IRN:GOV"]],
        ),
        (
            "نمایندگان مجلس به بهارستان رفتند و از دولت خواستند به کشاورزان کمک کند.",
            "fa",
            "REQUEST",
            [["IRN:LEG", "IRN:GOV"]],
        ),
        # main: [IRN:, IRN:CVL]: the minister dropped
        (
            "وزیر کشور به تهران رفت و با معترضان دیدار کرد.",
            "fa",
            "CONSULT",
            [["IRN:GOV", "IRN:CVL"]],
        ),
        (
            "توجه النواب إلى البصرة وطالبوا الحكومة بمساعدة المتضررين.",
            "ar",
            "REQUEST",
            [["IRQ:LEG", "IRQ:GOV"]],
        ),
        (
            "Lawmakers went to Basra and urged the government to help flood victims.",
            "en",
            "REQUEST",
            [["IRQ:LEG", "IRQ:GOV"]],
        ),
    ],
)
def test_a_town_gone_to_is_inside_its_country(
    text: str, lang: str, etype: str, want: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == want
