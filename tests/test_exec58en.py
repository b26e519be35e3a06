"""exec58: people a group puts to death are killed (ASSAULT, mode execute) in
English as in Persian and Arabic, whoever they are; a plan, an order or an
operation executed is no killing, even with people named after it."""

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def executions(text: str, lang: str) -> list[set[str]]:
    doc = process(Document(doc_id="t", text=text, lang=lang))
    return [
        {f"{a.code}:{a.agent}" for a in e.actors}
        for e in doc.events
        if e.type == "ASSAULT" and e.mode == "execute"
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The militants executed four Syrian soldiers near Raqqa on Sunday."),
        ("en", "Four Syrian soldiers were executed by the militants near Raqqa."),
        ("en", "The armed group executed two Syrian hostages last week."),
        ("fa", "شبه‌نظامیان چهار سرباز سوری را در نزدیکی رقه اعدام کردند."),
        ("ar", "أعدم المسلحون أربعة جنود سوريين قرب الرقة يوم الأحد."),
    ],
)
def test_soldiers_and_hostages_put_to_death_are_killed(lang: str, text: str) -> None:
    found = executions(text, lang)
    assert found, text
    assert any(any(a.startswith("SYR:") for a in actors) for actors in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian army executed a plan to protect civilians near Raqqa.",
        "Syrian troops executed the operation to free the hostages near Raqqa.",
        "The Syrian government executed its policy of moving villagers from the border.",
    ],
)
def test_a_plan_or_operation_executed_kills_no_one(text: str) -> None:
    assert executions(text, "en") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "ارتش سوریه طرحی برای حفاظت از غیرنظامیان در نزدیکی رقه اجرا کرد."),
        ("ar", "نفذ الجيش السوري خطة لحماية المدنيين قرب الرقة."),
    ],
)
def test_a_plan_carried_out_kills_no_one_in_persian_and_arabic(lang: str, text: str) -> None:
    """Persian "اجرا کرد" and Arabic "نفذ" (carried out) are no "put to death"
    words: nothing to veto there, and nothing is read."""
    assert executions(text, lang) == []
