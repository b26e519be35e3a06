"""Mend of codoers94's co-doer split (round 95, mendA95; every sentence
written for these tests).

codoers94 split a list before a one-sided deed into lone doers in Arabic
and Persian, unless a preposition governs the list. A quote mark after
the preposition hid it ('از "هند و برزیل" خواست': those asked, read as
askers), and a list of the sentence before, inside one quotation, reached
the trigger across a full stop. Both now read as before codoers94.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

# (text, lang, type, the events' actors in order). Main (ff1a65a4) read
# each of these as one lone event per listed side (the asked or the met as
# doers); now one event of the list, as before codoers94 (still no doer).
MENDED: list[tuple[str, str, str, list[list[str]]]] = [
    ('وزیر از "هند و برزیل" خواست به آتش‌بس پایبند بمانند.', "fa", "REQUEST", [["IND:", "BRA:"]]),
    ("وزیر از «هند و برزیل» خواست به آتش‌بس پایبند بمانند.", "fa", "REQUEST", [["IND:", "BRA:"]]),
    # the met, named before the full stop inside one quotation, are no thankers
    (
        "وزیر خارجه فرانسه گفت: «امروز با همتایان خود در گروه بیست و همچنین سران"
        " اتحادیه آفریقا، ناتو و اتحادیه اروپا، دیدار کردم. از همبستگی آن‌ها در"
        " برابر بحرانی بی‌سابقه در سطح جهانی، تشکر کردم.»",
        "fa",
        "SUPPORT",
        [["AU:GOV", "NATO:GOV", "EU:GOV"]],
    ),
]


@pytest.mark.parametrize(("text", "lang", "etype", "expected"), MENDED)
def test_asked_or_earlier_list_is_no_doers(
    text: str, lang: str, etype: str, expected: list[list[str]]
) -> None:
    assert casts_in_order(text, lang, etype) == expected


# Guards main reads right and must keep: the same list with no quote mark,
# co-doers of a third-person verb (fa, ar, en), an Arabic quoted list.
KEPT: list[tuple[str, str, str, list[list[str]]]] = [
    ("وزیر از هند و برزیل خواست به آتش‌بس پایبند بمانند.", "fa", "REQUEST", [["IND:", "BRA:"]]),
    ("هند و برزیل طرح تازه را محکوم کردند.", "fa", "ACCUSE", [["IND:"], ["BRA:"]]),
    ("انتقدت الهند والبرازيل القرار الأخير.", "ar", "ACCUSE", [["IND:"], ["BRA:"]]),
    ('طالب الوزير من "الهند والبرازيل" الالتزام بالهدنة.', "ar", "REQUEST", [["IND:", "BRA:"]]),
    ("India and Brazil criticised the recent decision.", "en", "ACCUSE", [["IND:"], ["BRA:"]]),
]


@pytest.mark.parametrize(("text", "lang", "etype", "expected"), KEPT)
def test_co_doers_kept(text: str, lang: str, etype: str, expected: list[list[str]]) -> None:
    assert sorted(casts_in_order(text, lang, etype)) == sorted(expected)
