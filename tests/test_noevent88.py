"""Talks named by their state, progress or fate tell no talks held (round
88, noevent88; every sentence written for these tests).

"درباره آخرین وضعیت مذاکرات … توضیح داد", "تحدث عن آخر مستجدات
المفاوضات", "briefed reporters on the state of the talks": the talks are
what one speaks of or weighs, as in a report on their course (noevent83,
``context.REPORT_TOPIC_MARKERS`` before ``REPORT_TOPIC_NOUNS`` only,
``named_topic._reported_talks``). The talks named as a post's
complement ("هماهنگ‌کننده مذاکرات", "منسق المفاوضات", "the coordinator of
the talks") are no talks held either. Talks held, and another deed named by
its state, stay told.
Cases marked "fails on main" gave a reported CONSULT on 51301a01.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> set[str]:
    """The type of every event read in ``text``."""
    return {e.type for e in run(text, lang).events}


TALKS_AS_TOPIC = [
    # fails on main: CONSULT reported
    ("fa", "سخنگوی وزارت خارجه درباره آخرین وضعیت مذاکرات با آمریکا توضیح داد."),
    # fails on main: CONSULT reported
    ("fa", "کارشناسان از سرنوشت مذاکرات ایران و اروپا ابراز نگرانی کردند."),
    # fails on main: CONSULT reported
    ("ar", "وتحدث الوزير للصحفيين عن آخر مستجدات المفاوضات مع إيران."),
    # fails on main: CONSULT reported
    ("ar", "وأبدى المحللون قلقهم على مصير المحادثات بين الحكومة والمعارضة."),
    # fails on main: CONSULT reported
    ("en", "The spokesman briefed reporters on the state of the talks with Iran."),
    # fails on main: CONSULT reported
    (
        "en",
        "Analysts voiced concern about the fate of the negotiations between Russia and Ukraine.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TALKS_AS_TOPIC)
def test_talks_named_by_their_state_are_no_talks(lang: str, text: str) -> None:
    assert "CONSULT" not in _types(text, lang)


TALKS_AS_POST = [
    # fails on main: CONSULT reported
    ("fa", "هماهنگ‌کننده مذاکرات ایران و اروپا گفت که طرفین به توافق نزدیک شده‌اند."),
    # fails on main: CONSULT reported
    ("ar", "وقال منسق المفاوضات بين إيران والاتحاد الأوروبي إن الطرفين اقتربا من اتفاق."),
    # fails on main: CONSULT reported
    (
        "en",
        "The coordinator of the talks between Iran and the European Union said the sides were close.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TALKS_AS_POST)
def test_talks_naming_a_post_are_no_talks(lang: str, text: str) -> None:
    assert "CONSULT" not in _types(text, lang)


TALKS_HELD = [
    # guards: "آینده" after a time word is "next", the talks still to be held
    # (a first draft with "آینده" as a state word dropped both)
    ("fa", "هفته آینده مذاکرات ایران و آمریکا در وین برگزار می‌شود.", "CONSULT"),
    ("fa", "دور آینده مذاکرات ایران و اروپا ماه آینده در ژنو برگزار خواهد شد.", "CONSULT"),
    # guards: a coordinator who meets someone meets them
    (
        "fa",
        "هماهنگ‌کننده اتحادیه اروپا دیروز با معاون وزیر خارجه ایران در تهران دیدار کرد.",
        "CONSULT",
    ),
    ("en", "The EU coordinator met Iran's deputy foreign minister in Tehran on Monday.", "CONSULT"),
    # guards: hold on main
    ("fa", "وزیر خارجه ایران دیروز با همتای فرانسوی خود در پاریس مذاکره کرد.", "CONSULT"),
    ("fa", "دور جدید مذاکرات ایران و آمریکا دیروز در ژنو برگزار شد.", "CONSULT"),
    ("ar", "وعقدت الحكومة والمعارضة جولة جديدة من المفاوضات في جنيف أمس.", "CONSULT"),
    ("ar", "والتقى وزير الخارجية الأردني نظيره المصري في القاهرة أمس.", "CONSULT"),
    ("en", "Iran and France held talks in Paris on Monday.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), TALKS_HELD)
def test_talks_held_stay_told(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)


OTHER_DEEDS_BY_STATE = [
    # guards: the state-of words silence talks nouns only
    ("fa", "سخنگوی ارتش درباره آخرین وضعیت حمله به پایگاه آمریکا توضیح داد.", "ASSAULT"),
    ("ar", "وكشف المتحدث آخر مستجدات الهجوم الذي شنه مسلحون على القاعدة الأمريكية أمس.", "ASSAULT"),
    ("en", "The spokesman briefed reporters on the state of the attack on the US base.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), OTHER_DEEDS_BY_STATE)
def test_another_deed_by_its_state_stays(lang: str, text: str, etype: str) -> None:
    assert etype in _types(text, lang)
