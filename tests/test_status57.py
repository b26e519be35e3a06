"""Round 57 (status57): Persian tells a near future in the present: a deed
(a visit or meeting, a deployment, aid, a withdrawal) closed by a present
light verb right after its noun, in what an announcement before it tells
("اعلام کرد … اعزام می‌کند"), is planned (``extract/status.announced_present``,
``lang/fa/status.py`` PRESENT_AHEAD_*); Arabic and English tell the future
by its own form and are read as before."""

from __future__ import annotations

import pytest

from event_statuses import statuses

# Persian tells a near future in the present, in what an announcement tells.
ANNOUNCED = [
    ("دولت آمریکا اعلام کرد سه هزار نیروی نظامی را به افغانستان اعزام می‌کند.", "MOBILIZE"),
    ("سخنگوی وزارت خارجه اعلام کرد معاون وزیر خارجه به آلمان و فرانسه سفر می‌کند.", "CONSULT"),
]


@pytest.mark.parametrize(("text", "etype"), ANNOUNCED)
def test_persian_present_in_an_announcement_is_planned(text: str, etype: str) -> None:
    assert statuses(text, "fa", etype) == {"planned"}


@pytest.mark.parametrize(
    ("text", "etype", "status"),
    [
        # no announcement: the present tells what is done
        ("معاون وزیر خارجه ایران به آلمان و فرانسه سفر می‌کند.", "CONSULT", "reported"),
        # a word of now between: going on
        (
            "سخنگوی وزارت خارجه اعلام کرد معاون وزیر خارجه هم اکنون در برلین با همتای آلمانی "
            "خود دیدار می‌کند.",
            "CONSULT",
            "reported",
        ),
        # a stance is done as it is said
        ("وزیر خارجه اعلام کرد ایران از مردم فلسطین حمایت می‌کند.", "SUPPORT", "reported"),
    ],
)
def test_persian_present_told_now(text: str, etype: str, status: str) -> None:
    assert statuses(text, "fa", etype) == {status}


@pytest.mark.parametrize(
    ("lang", "text", "etype", "status"),
    [
        (
            "ar",
            "أعلنت الحكومة الأمريكية أنها سترسل ثلاثة آلاف جندي إلى أفغانستان.",
            "MOBILIZE",
            "planned",
        ),
        (
            "ar",
            "أعلنت الحكومة الأمريكية أنها ترسل ثلاثة آلاف جندي إلى أفغانستان.",
            "MOBILIZE",
            "reported",
        ),
        (
            "en",
            "The US government announced it sends 3,000 troops to Afghanistan.",
            "MOBILIZE",
            "reported",
        ),
    ],
)
def test_no_present_for_future_in_arabic_or_english(
    lang: str, text: str, etype: str, status: str
) -> None:
    """Arabic and English tell the future by its own form ("سترسل", "will
    send"): their present in an announcement is read as before."""
    assert statuses(text, lang, etype) == {status}
