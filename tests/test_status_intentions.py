"""An intention stated in any person is for later, and so is a deed a future
verb or time governs across a name in commas: the deed is planned, not done
(sentences written for these tests, in ar, fa and en)."""

from __future__ import annotations

import pytest

from casts import run

# (lang, sentence, type): the intention's deed is planned
INTENDED = [
    ("fa", "وزیر خارجه ایران بنا دارد با همتای روس خود در مسکو دیدار کند.", "CONSULT"),
    ("fa", "ایران و روسیه قصد دارند رزمایش مشترک دریایی برگزار کنند.", "MOBILIZE"),
    ("fa", "پاکستان تصمیم دارد با ترکیه توافقنامه دفاعی امضا کند.", "AGREE"),
    ("ar", "يعتزم وزير الخارجية الإيراني لقاء نظيره الروسي في موسكو.", "CONSULT"),
    ("ar", "تنوي باكستان توقيع اتفاقية دفاعية مع تركيا.", "AGREE"),
    ("en", "Iran's foreign minister intends to meet his Russian counterpart in Moscow.", "CONSULT"),
    ("en", "Pakistan plans to sign a defence agreement with Turkey.", "AGREE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), INTENDED)
def test_intended_deed_is_planned(lang: str, text: str, etype: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == etype}
    assert statuses == {"planned"}


# the same deeds told as done stay reported
DONE = [
    ("fa", "وزیر خارجه ایران با همتای روس خود در مسکو دیدار کرد.", "CONSULT"),
    ("ar", "التقى وزير الخارجية الإيراني نظيره الروسي في موسكو.", "CONSULT"),
    ("en", "Iran's foreign minister met his Russian counterpart in Moscow.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), DONE)
def test_done_deed_stays_reported(lang: str, text: str, etype: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == etype}
    assert statuses == {"reported"}


# A name set off by two commas after its title does not push the deed out of
# the reach of the future verb before it.
APPOSED = [
    ("ar", "سيجري وزير الخارجية، أحمد عطاف، يوم الخميس المقبل زيارة رسمية إلى تونس.", "planned"),
    ("ar", "سيجري رئيس الوزراء، محمد شياع السوداني، هذا الأسبوع زيارة إلى الأردن.", "planned"),
    ("ar", "أجرى رئيس الوزراء، محمد شياع السوداني، هذا الأسبوع زيارة إلى الأردن.", "reported"),
    ("fa", "فردا وزیر خارجه ایران، عباس عراقچی، با همتای ترک خود دیدار می‌کند.", "planned"),
    (
        "en",
        "The Iraqi prime minister, Mohammed al-Sudani, will this week pay a visit to Jordan.",
        "planned",
    ),
]


@pytest.mark.parametrize(("lang", "text", "status"), APPOSED)
def test_apposition_keeps_the_visit_in_reach(lang: str, text: str, status: str) -> None:
    assert {e.status for e in run(text, lang).events if e.type == "CONSULT"} == {status}
