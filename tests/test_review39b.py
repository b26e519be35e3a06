"""Review mends of round 39, second part: trigger words that read too far.

* "reduced … representation" cuts ties only when it is the diplomatic one
  or the state's own; a law may reduce women's representation.
* A warship docking is no deployment.
* Arabic "اعترض … على" objects only with "على" after the verb or its
  subject; "على متنها" (on board) is no object.
* Arabic "أنهت … مهمتها في" is a withdrawal only for a combat or military
  mission: an envoy ending her mission withdraws no forces.
* An embassy opened: "opened" with the embassy right after it.
* Sentence-wide vetoes name only the foiling or the poll itself: an
  election "poll" and a donors' conference cancel nothing.

Sentences written for these tests (the first five groups by the mend39b
helper, whose branch was not merged whole)."""

from __future__ import annotations

import pytest

from casts import types


@pytest.mark.parametrize(
    ("lang", "text", "etype", "expected"),
    [
        (
            "en",
            "The new law reduced the representation of women in the Chilean senate.",
            "SANCTION",
            False,
        ),
        ("en", "Kuwait reduced its diplomatic representation with Qatar.", "SANCTION", True),
        ("en", "Kuwait lowered its representation with Qatar.", "SANCTION", True),
        ("ar", "خفضت البحرين تمثيلها الدبلوماسي في إيران.", "SANCTION", True),
        ("fa", "بحرین سطح روابط دیپلماتیک خود با ایران را کاهش داد.", "SANCTION", True),
    ],
)
def test_representation_cut_is_the_diplomatic_one(
    lang: str, text: str, etype: str, expected: bool
) -> None:
    assert (etype in types(text, lang)) is expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Russian frigate docked at the port of Tartus on Monday."),
        ("ar", "رست الفرقاطة الروسية في ميناء طرطوس يوم الاثنين."),
        ("fa", "ناوچه روسی روز دوشنبه در بندر طرطوس پهلو گرفت."),
    ],
)
def test_a_warship_docking_is_no_deployment(lang: str, text: str) -> None:
    assert "MOBILIZE" not in types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "اعترضت البحرية الأمريكية سفينة على متنها أسلحة.", False),
        ("ar", "اعترضت الدفاعات الجوية طائرة مسيرة على بعد كيلومترات من المطار.", False),
        ("ar", "اعترضت وزارة الخارجية على القرار الأوروبي.", True),
        ("en", "The US Navy intercepted a ship with weapons on board.", False),
        ("en", "Egypt objected to the European decision.", True),
        ("fa", "مصر با تصمیم اروپا مخالفت کرد.", True),
    ],
)
def test_an_objection_needs_its_preposition_after_the_subject(
    lang: str, text: str, expected: bool
) -> None:
    assert ("REJECT" in types(text, lang)) is expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "أنهت المبعوثة الأممية مهمتها في ليبيا.", False),
        ("ar", "أنهت القوات الفرنسية مهمتها القتالية في مالي.", True),
        ("en", "The UN envoy ended her mission in Libya.", False),
        ("en", "The French army ended its combat mission in Mali.", True),
        ("fa", "فرستاده سازمان ملل مأموریت خود در لیبی را به پایان رساند.", False),
    ],
)
def test_a_mission_ended_is_a_withdrawal_only_of_forces(
    lang: str, text: str, expected: bool
) -> None:
    assert ("RETREAT" in types(text, lang)) is expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Kuwait opened its embassy, Iraq's foreign ministry said.", True),
        ("en", "Kuwait reopened its embassy, Iraq's foreign ministry said.", True),
        ("ar", "أعادت البحرين فتح سفارتها في سوريا يوم الأحد.", True),
        ("fa", "بحرین سفارت خود در سوریه را بازگشایی کرد.", True),
    ],
)
def test_an_embassy_opened_is_the_openers_own(lang: str, text: str, expected: bool) -> None:
    assert ("COOPERATE" in types(text, lang)) is expected


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        (
            "en",
            "At a UN fundraising conference for Sudan, Norway pledged 40 million dollars in aid.",
            "AID",
        ),
        (
            "ar",
            "في مؤتمر المانحين لليمن، تعهدت النرويج بتقديم مساعدات بقيمة 40 مليون دولار.",
            "AID",
        ),
        ("fa", "در کنفرانس کمک‌کنندگان به یمن، نروژ ۴۰ میلیون دلار کمک به یمن را تعهد کرد.", "AID"),
        (
            "en",
            "Ahead of a poll on Sunday, Armenia accused Azerbaijan of shelling its villages.",
            "ACCUSE",
        ),
        ("ar", "قبل الانتخابات المقررة الأحد، اتهمت أرمينيا أذربيجان بقصف قراها.", "ACCUSE"),
        (
            "fa",
            "پیش از انتخابات روز یکشنبه، ارمنستان آذربایجان را به گلوله‌باران روستاهایش متهم کرد.",
            "ACCUSE",
        ),
    ],
)
def test_an_election_or_a_donors_conference_cancels_nothing(
    lang: str, text: str, etype: str
) -> None:
    assert etype in types(text, lang)
