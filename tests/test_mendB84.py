"""Round 84 (mendB84): the reach of two round-83 no-event cues (every
sentence written for these tests).

A fear ("خوفا من", "for fear of") names what is feared in the noun phrase
right after it; a deed told later in the sentence ("… after the army
shelled the village") is a deed done. A report on something (Persian
"گزارشی از", Arabic "تقرير عن", English "report on") makes only talks
(``context.REPORT_TOPIC_NOUNS``) its topic: a report on an attack or a
killing tells of a real one. The negated Persian "تمایلی به" ("هیچ تمایلی
به مذاکره ندارد") names no talks held, as "تمایل به" does.
Cases marked "fails on main" were read wrong on afab753b.
"""

from __future__ import annotations

import pytest

from casts import run


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    """(type, status) of every event read in ``text``."""
    return {(e.type, e.status) for e in run(text, lang).events}


TOLD_AFTER_A_FEAR = [
    # fails on main: no event
    ("ar", "هرب الأهالي خوفا من غارات أخرى بعد أن قصف الجيش الإسرائيلي بلدتهم.", "ASSAULT"),
    # fails on main: no event
    ("ar", "نزح المزارعون خوفا من الانتقام بعدما هاجم المسلحون قريتهم ليلا.", "ASSAULT"),
    # fails on main: no event
    (
        "en",
        "Families left the town for fear of more raids after rebels stormed a checkpoint.",
        "ASSAULT",
    ),
    # fails on main: no event
    ("en", "Farmers fled for fear of reprisals after the army bombed their village.", "ASSAULT"),
    # guard: holds on main (the Persian fear reaches only the noun after it)
    ("fa", "مردم از ترس حملات دیگر گریختند پس از آنکه ارتش روستا را بمباران کرد.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), TOLD_AFTER_A_FEAR)
def test_a_deed_told_after_a_fear_stays(lang: str, text: str, etype: str) -> None:
    assert (etype, "reported") in _events(text, lang)


FEARED_ONLY = [
    # guards: the feared deed itself stays no event
    ("ar", "غادر الأهالي منازلهم خوفا من قصف جديد.", "ASSAULT"),
    ("ar", "أغلق التجار محلاتهم خوفا من أن يهاجم المسلحون السوق.", "ASSAULT"),
    ("en", "The villagers fled for fear of a fresh assault by the rebels.", "ASSAULT"),
    ("en", "Many stayed indoors out of fear of further attacks.", "ASSAULT"),
    ("fa", "کشاورزان از بیم حمله دوباره به شهر رفتند.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), FEARED_ONLY)
def test_the_feared_deed_stays_no_event(lang: str, text: str, etype: str) -> None:
    assert (etype, "reported") not in _events(text, lang)


REPORTED_DEEDS = [
    # fails on main: no event
    ("fa", "ارتش اوکراین در گزارش خود از حمله موشکی روسیه به کی‌یف خبر داد.", "ASSAULT"),
    # fails on main: no event
    ("fa", "یک رسانه ترکیه گزارشی از حمله هوایی اسرائیل به لبنان منتشر کرد.", "ASSAULT"),
    # fails on main: no event
    ("ar", "بثت القناة تقريرا عن القصف الذي نفذته روسيا على مدينة خاركيف.", "ASSAULT"),
    # fails on main: no event
    ("en", "Amnesty released a report on the shooting of students by Syrian police.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), REPORTED_DEEDS)
def test_a_report_on_a_deed_tells_of_it(lang: str, text: str, etype: str) -> None:
    assert etype in {t for t, _ in _events(text, lang)}


REPORTED_TALKS = [
    # guards: talks a report tells of stay its topic (noevent83)
    ("fa", "وزیر خارجه گزارشی از مذاکرات ژنو به مجلس ارائه کرد.", "CONSULT"),
    ("ar", "وقدمت الوزيرة تقريرا عن سير المفاوضات مع تركيا.", "CONSULT"),
    ("en", "The envoy gave a report on the negotiations with Qatar.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), REPORTED_TALKS)
def test_talks_a_report_tells_of_stay_its_topic(lang: str, text: str, etype: str) -> None:
    assert (etype, "reported") not in _events(text, lang)


REPORTED_MEETING = [
    # a meeting a report tells of was held (the review's case, own words)
    (
        "ar",
        "وذكرت الصحيفة في تقريرها عن لقاء وزيري خارجية الأردن وقطر أن الطرفين بحثا الأزمة.",
        "CONSULT",
    ),
    (
        "en",
        "The agency said in its report on the meeting of the Jordanian and Qatari foreign ministers that they discussed the crisis.",
        "CONSULT",
    ),
    (
        "fa",
        "خبرگزاری در گزارش خود از دیدار وزیران خارجه اردن و قطر نوشت که دو طرف درباره بحران گفت‌وگو کردند.",
        "CONSULT",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), REPORTED_MEETING)
def test_a_meeting_a_report_tells_of_stays(lang: str, text: str, etype: str) -> None:
    assert (etype, "reported") in _events(text, lang)


def test_negated_persian_willingness_names_no_talks() -> None:
    # fails on main: CONSULT reported
    text = "رئیس‌جمهور ونزوئلا گفت هیچ تمایلی به مذاکره با رهبر مخالفان ندارد."
    assert ("CONSULT", "reported") not in _events(text, "fa")
