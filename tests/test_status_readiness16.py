"""Readiness, the content of a call joined by "and", and a clash of words
(round 16).

Readiness offers a deed still to come ("is ready to send aid", "مستعدة
لإرسال", "آمادگی خود را برای اعزام … اعلام کرد"): planned, not reported. A
bare verb joined by "and" to what a request asks ("called on Israel to halt
settlement building and withdraw") is asked too, not a withdrawal told as
done. A clash of words ("اشتباك كلامي", "درگیری لفظی", "verbal clash") is
no assault. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process
from event_statuses import statuses


def _types(text: str, lang: str) -> list[tuple[str, str]]:
    """The (type, status) of each event of ``text``."""
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-02"))
    return [(e.type, e.status) for e in record.events]


READY = [
    ("en", "Moscow is ready to send humanitarian aid to Syria, the Kremlin said.", "AID"),
    ("en", "Germany is prepared to deploy more troops to Lithuania.", "MOBILIZE"),
    ("ar", "وقال الوزير إن روسيا مستعدة لإرسال مساعدات إنسانية إلى سوريا.", "AID"),
    ("ar", "وأكد الرئيس التركي أن بلاده على استعداد لإرسال قوات إلى قطر.", "MOBILIZE"),
    ("fa", "ایران آمادگی خود را برای ارسال کمک‌های بشردوستانه به سوریه اعلام کرد.", "AID"),
    ("fa", "وزیر دفاع گفت ایران آماده است به عراق کمک نظامی کند.", "AID"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), READY)
def test_readiness_governs_a_deed_still_to_come(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"planned"}


DONE = [
    ("en", "Moscow sent humanitarian aid to Syria on Monday.", "AID"),
    ("ar", "وأرسلت روسيا مساعدات إنسانية إلى سوريا يوم الاثنين.", "AID"),
    ("fa", "ایران روز دوشنبه کمک‌های بشردوستانه به سوریه ارسال کرد.", "AID"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), DONE)
def test_a_deed_done_stays_reported(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"reported"}


CALLED_FOR = [
    (
        "en",
        "The Arab League called on Israel to halt settlement building and withdraw "
        "from the occupied territories.",
    ),
    ("en", "The UN chief urged Russia to stop the shelling and pull its forces out of Ukraine."),
    (
        "en",
        "The Security Council called on Israel to free the detainees and withdraw its "
        "troops from Gaza.",
    ),
    ("ar", "ودعت الجامعة العربية إسرائيل إلى وقف الاستيطان والانسحاب من الأراضي المحتلة."),
    (
        "fa",
        "اتحادیه عرب از اسرائیل خواست شهرک‌سازی را متوقف کند و از سرزمین‌های اشغالی عقب‌نشینی کند.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CALLED_FOR)
def test_a_second_deed_called_for_is_no_retreat(lang: str, text: str) -> None:
    found = _types(text, lang)
    assert ("REQUEST", "reported") in found
    assert not [t for t in found if t[0] == "RETREAT"], found


def test_a_withdrawal_told_after_a_call_stays() -> None:
    text = "Washington asked Moscow to stop the shelling, and Russia withdrew its troops on Monday."
    assert ("RETREAT", "reported") in _types(text, "en")


WORDS = [
    ("ar", "وشهدت جلسة البرلمان اشتباكا كلاميا بين نواب الحزب الحاكم ونواب المعارضة."),
    ("ar", "ووقعت اشتباكات لفظية بين المندوب السوري والمندوب الإسرائيلي في مجلس الأمن."),
    ("fa", "در جلسه علنی مجلس میان نمایندگان دولت و اپوزیسیون درگیری لفظی رخ داد."),
    ("en", "The session saw a verbal clash between ruling party lawmakers and the opposition."),
]


@pytest.mark.parametrize(("lang", "text"), WORDS)
def test_a_clash_of_words_is_no_assault(lang: str, text: str) -> None:
    assert not [t for t in _types(text, lang) if t[0] == "ASSAULT"]


def test_an_armed_clash_stays_an_assault() -> None:
    text = "ووقعت اشتباكات مسلحة بين الجيش السوري ومقاتلي المعارضة في ريف حلب."
    assert ("ASSAULT", "reported") in _types(text, "ar")
