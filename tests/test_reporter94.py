"""reporter94: a government body that announces a deed whose doer the
sentence names after a doer marker ("by the police", "على يد قوات الأمن",
"توسط پلیس") only tells it: the state's forces so marked did it
(``announcers._named_doer``). Every sentence written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

# (language, sentence, the marked forces, the telling body): the forces
# lead the arrest and the body that announced it is no side.
# Read wrong on main: the ar and fa cases (the ministry or official as the
# doer in Arabic, as the arrested target in Persian); English was already
# read right and guards the same reading.
FORCES_DID_IT: list[tuple[str, str, str, str]] = [
    ("ar", "أكدت وزارة الداخلية الليبية اعتقال أربعة مهربين من قبل الشرطة.", "LBY:COP", "LBY:GOV"),
    ("ar", "أعلن مسؤول في وزارة الداخلية اعتقال ناشطين على يد قوات الأمن.", "-:COP", "-:GOV"),
    ("fa", "وزارت کشور لیبی از بازداشت چهار قاچاقچی توسط پلیس خبر داد.", "LBY:COP", "LBY:GOV"),
    (
        "fa",
        "سخنگوی دولت عراق از دستگیری سه مظنون توسط نیروهای امنیتی این کشور خبر داد.",
        "IRQ:COP",
        "IRQ:GOV",
    ),
    (
        "en",
        "The Libyan interior ministry confirmed the arrest of four smugglers by the police.",
        "LBY:COP",
        "LBY:GOV",
    ),
    (
        "en",
        "A government spokesman announced the arrest of three suspects by security forces.",
        "-:COP",
        "-:GOV",
    ),
]


@pytest.mark.parametrize(("lang", "text", "forces", "teller"), FORCES_DID_IT)
def test_the_marked_forces_did_the_deed_the_body_told(
    lang: str, text: str, forces: str, teller: str
) -> None:
    casts = casts_in_order(text, lang, "COERCE")
    assert casts, text
    for actors in casts:
        assert actors[0] == forces, (text, actors)
        assert teller not in actors, (text, actors)


# Guards, read right on main and kept: with no doer marked the announcing
# ministry stays the arrest's doer in Arabic (its police are understood);
# a legislator marked as the doer of a beating leaves the police body,
# whose officer was beaten, the target; an army that announces an arrest by
# its own units stays the doer.
KEPT: list[tuple[str, str, str, list[str]]] = [
    ("ar", "أعلنت وزارة الداخلية الليبية اعتقال أربعة مهربين.", "COERCE", ["LBY:GOV", "LBY:CRM"]),
    ("fa", "وزارت کشور لیبی از بازداشت چهار قاچاقچی خبر داد.", "COERCE", ["LBY:GOV", "LBY:CRM"]),
    (
        "fa",
        "سخنگوی پلیس از پیگیری پرونده ضرب و شتم یک مامور توسط نماینده مجلس خبر داد.",
        "ASSAULT",
        ["-:LEG", "-:COP"],
    ),
    ("ar", "أعلن الجيش اللبناني اعتقال مسلحين على يد وحداته.", "COERCE", ["LBN:MIL", "LBN:UAF"]),
    (
        "en",
        "The Libyan interior ministry announced the arrest of four smugglers.",
        "COERCE",
        ["LBY:CRM"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "expected"), KEPT)
def test_no_marked_forces_leave_the_reading_as_it_was(
    lang: str, text: str, etype: str, expected: list[str]
) -> None:
    assert casts_in_order(text, lang, etype) == [expected], text
