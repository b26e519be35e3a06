"""A promise or a stated readiness puts the deed it governs ahead (round 40,
verbal40fa): Persian "قول داد … کمک کند", "وعده دادند … دیدار کنند",
"آمادگی دارد … میانجیگری کند" tell a planned deed in the subjunctive, which
without the cue is no event at all; the meeting the promise was made in
stays reported. English and Arabic readiness already plans its deed.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import run


def statuses(text: str, lang: str) -> set[tuple[str, str]]:
    """(type, status) of every event read in ``text``."""
    return {(e["type"], e["status"]) for e in run(text, lang).to_dict()["events"]}


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        ("رئیس جمهور پرو قول داد به اکوادور کمک مالی کند.", "fa", ("AID", "planned")),
        ("دو رهبر وعده دادند که ماه بعد در لیما دیدار کنند.", "fa", ("CONSULT", "planned")),
        (
            "نخست وزیر نپال به همتای بوتانی خود قول داده است با تیمپو همکاری کند.",
            "fa",
            ("COOPERATE", "planned"),
        ),
        (
            "فنلاند آمادگی دارد میان ارمنستان و آذربایجان میانجیگری کند.",
            "fa",
            ("CONSULT", "planned"),
        ),
        ("سنگال آمادگی دارد با گامبیا یک تفاهم نامه امضا کند.", "fa", ("AGREE", "planned")),
        (
            "Finland is ready to mediate between Armenia and Azerbaijan.",
            "en",
            ("CONSULT", "planned"),
        ),
        ("Peru will send financial aid to Ecuador next month.", "en", ("AID", "planned")),
        ("أبدت فنلندا استعدادها للوساطة بين أرمينيا وأذربيجان.", "ar", ("CONSULT", "planned")),
        ("ستقدم السويد مساعدات مالية إلى كينيا الشهر المقبل.", "ar", ("AID", "planned")),
    ],
)
def test_promised_deed_is_planned(text: str, lang: str, event: tuple[str, str]) -> None:
    assert event in statuses(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        (
            "رئیس جمهور پرو هنگام ملاقات با رئیس جمهور اکوادور قول داد که لیما به کیتو دارو ارسال کند.",
            "fa",
            ("CONSULT", "reported"),
        ),
        (
            "During talks with his Ecuadorian counterpart, the Peruvian president "
            "promised to send medicine to Quito.",
            "en",
            ("CONSULT", "reported"),
        ),
        (
            "وعد الرئيس البيروفي خلال لقائه نظيره الإكوادوري بإرسال أدوية إلى كيتو.",
            "ar",
            ("CONSULT", "reported"),
        ),
    ],
)
def test_meeting_of_the_promise_stays_reported(
    text: str, lang: str, event: tuple[str, str]
) -> None:
    found = statuses(text, lang)
    assert event in found
    assert (event[0], "planned") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a subjunctive deed with no cue of plan or promise is no event
        ("اگر پرو به اکوادور کمک مالی کند، روابط بهتر می شود.", "fa"),
        # a promise to voters names no other side: no event of its own
        ("نامزد انتخابات قول داد مالیات ها را کاهش دهد.", "fa"),
    ],
)
def test_no_promise_no_planned_deed(text: str, lang: str) -> None:
    assert not {s for s in statuses(text, lang) if s[1] == "planned"}
