"""mendA79: a state that is the subject of an active verb striking its own
people stays the doer (``place_doer.verb_subjects``); Arabic "لشن" (to
launch) plans the attack only after a word of plan, preparation or intent
(``status.LAUNCH_PLANS``). Sentences written for this test in ar, fa, en."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(text: str, lang: str) -> list[dict]:
    """The ASSAULT events read in ``text``."""
    events = process(Document("t", text, lang=lang)).to_dict()["events"]
    return [e for e in events if e["type"] == "ASSAULT"]


def _actors(event: dict) -> list[str]:
    """An event's actors as ``CODE:AGENT``."""
    return [f"{a['code']}:{a['agent']}" for a in event["actors"]]


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("ar", "قتلت إثيوبيا عشرات المدنيين الإثيوبيين في إقليم تيغراي.", "ETH"),
        ("ar", "قصفت ميانمار قرى الروهينغا وقتلت عشرات المدنيين.", "MMR"),
        ("ar", "سوريا تقصف المدنيين السوريين في ريف حلب.", "SYR"),
        ("fa", "ایران ده‌ها معترض ایرانی را در خیابان‌های تهران کشت.", "IRN"),
        ("fa", "در جریان سرکوب اعتراضات، ایران صدها معترض ایرانی را کشت.", "IRN"),
        ("fa", "اتیوپی ده‌ها غیرنظامی اتیوپیایی را در تیگرای بمباران کرد.", "ETH"),
        ("en", "Ethiopia shelled Ethiopian civilians in Tigray.", "ETH"),
        ("en", "Myanmar bombed Rohingya villages, killing dozens of civilians.", "MMR"),
    ],
)
def test_state_subject_of_its_verb_stays(lang: str, text: str, code: str) -> None:
    """The state the active verb tells as its subject struck its own
    people: it stays first, its civilians struck."""
    found = [_actors(e) for e in _events(text, lang)]
    assert any(a[:1] == [f"{code}:None"] and f"{code}:CVL" in a for a in found), found


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("ar", "تم قتل عشرات المدنيين السوريين في سوريا أمس.", "SYR"),
        ("ar", "قتل عشرات المدنيين في هجوم على سوق في سوريا.", "SYR"),
        ("fa", "انفجار بیروت پایتخت لبنان را لرزاند و ده‌ها نفر را کشت.", "LBN"),
        ("fa", "در شهرهای مختلف ایران، دست کم صدها نفر جان خود را از دست دادند.", "IRN"),
        ("en", "Dozens of Ethiopian civilians were killed in Ethiopia.", "ETH"),
    ],
)
def test_state_not_subject_is_no_doer(lang: str, text: str, code: str) -> None:
    """A passive, a noun, a verb whose "را" is its own, or a state that is
    the object of another verb: the state is where its people were struck,
    no doer of the deed."""
    found = [_actors(e) for e in _events(text, lang)]
    assert found
    assert all(a[:1] != [f"{code}:None"] for a in found), found


def _statuses(text: str) -> list[str]:
    """The status of each Arabic ASSAULT read in ``text``."""
    return [e["status"] for e in _events(text, "ar")]


@pytest.mark.parametrize(
    "text",
    [
        "عادت المقاتلات التركية لشن غارات على مواقع المسلحين فجر اليوم.",
        "استخدمت روسيا مطار المدينة لشن ضربات على القرى أمس.",
        "انطلقت الطائرات من حاملة الطائرات لشن هجوم على المواقع وقتلت 15 مسلحا.",
    ],
)
def test_launch_after_return_motion_or_use_is_reported(text: str) -> None:
    """ "لشن" after a verb of return, motion or use tells the attack
    launched: reported, not planned."""
    found = _statuses(text)
    assert found
    assert "planned" not in found


@pytest.mark.parametrize(
    "text",
    [
        "قالت الشرطة إن الرجال الثلاثة خططوا لشن هجوم على السفارة.",
        "قال الضابط إن المسلحين يستعدون لشن هجوم على المعسكر.",
        "تعتزم القوات لشن هجوم جديد على المدينة.",
        "دعا زعيم الجماعة أتباعه لشن هجمات في المدن.",
    ],
)
def test_launch_after_a_plan_word_is_planned(text: str) -> None:
    """After a word of plan, preparation or intent the attack is to come."""
    found = _statuses(text)
    assert found
    assert set(found) == {"planned"}


def test_deed_before_a_plan_to_launch_stays_done() -> None:
    """The plan to launch plans what follows it, not the arrest before it."""
    text = "اعتقلت الشرطة ثلاثة رجال خططوا لشن هجمات على مطار المدينة."
    events = process(Document("t", text, lang="ar")).to_dict()["events"]
    assert any(e["type"] == "COERCE" and e["status"] == "reported" for e in events)
    assert all(e["status"] == "planned" for e in events if e["type"] == "ASSAULT")


def test_plan_verb_with_subject_between() -> None:
    """ "خططت المجموعة لشن": a word of plan a few words before, with the
    subject between, still plans the attack."""
    assert _statuses("خططت المجموعة لشن هجوم على السفارة.") == ["planned"]
