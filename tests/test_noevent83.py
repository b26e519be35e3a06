"""Statements that tell no event (round 83, noevent83; every sentence
written for these tests).

A deed named as what one acts out of fear of has not happened: Persian
"از ترس/از بیم/ترس از" + the deed's noun (``context.TOPIC_MARKERS``: only
the noun right after, so the clause's own verb stays a deed), Arabic
"خوفا من" and English "for fear of", "fear of a(n)" (``status.
CONDITIONAL_CUES``, read as "تخوفا من" and "fear that" are). The deed
noun right after a Persian word of willingness ("تمایل به", "مایل به") is
not done, as after "حاضر به" (``context.TOPIC_MARKERS``); a verb later in
the clause stays told.
Cases marked "fails on main" gave a reported event on 9dae65c7.
"""

from __future__ import annotations

import pytest

from casts import run


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    """(type, status) of every event read in ``text``."""
    return {(e.type, e.status) for e in run(text, lang).events}


def _types(text: str, lang: str) -> set[str]:
    return {t for t, _ in _events(text, lang)}


# --- a feared deed -------------------------------------------------------------

FEARED = [
    # fails on main: COERCE reported
    ("fa", "ترکیه از ترس تصرف این مناطق توسط ایران به عراق لشکر کشید.", "COERCE"),
    # fails on main: ASSAULT reported
    ("ar", "وغادر السكان بيوتهم خوفا من هجمات جديدة للمسلحين.", "ASSAULT"),
    # fails on main: ASSAULT reported
    ("ar", "ونصحت الحكومة مواطنيها بعدم السفر إلى البلاد خوفا من هجمات إرهابية.", "ASSAULT"),
    # fails on main: ASSAULT reported
    ("en", "Residents fled for fear of a new attack by the militants.", "ASSAULT"),
    # fails on main: ASSAULT reported
    ("en", "Fear of an Iranian attack on the ships has grown.", "ASSAULT"),
    # guard: holds on main
    ("fa", "ساکنان روستا از ترس حمله شبه‌نظامیان به شهر رفتند.", "ASSAULT"),
    # fails on main: COERCE reported
    ("fa", "مجروحان اعتراضات از بیم بازداشت به بیمارستان مراجعه نکردند.", "COERCE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), FEARED)
def test_a_feared_deed_is_no_event(lang: str, text: str, etype: str) -> None:
    assert etype not in _types(text, lang)


TOLD_BESIDE_FEAR = [
    # the clause's own deed after the feared noun stays told
    ("fa", "ساکنان از بیم حمله طالبان شهر را ترک کردند.", "RETREAT"),
    # a deed told before people fled in fear stays told
    ("fa", "طالبان دیروز به شهر حمله کردند و مردم از ترس گریختند.", "ASSAULT"),
    # a concern voiced over a real attack condemns it ("نگرانی از" is no fear cue)
    ("fa", "وزارت خارجه با ابراز نگرانی از حمله اسرائیل به غزه آن را محکوم کرد.", "ASSAULT"),
    ("ar", "وفر السكان خوفا بعد أن هاجم المسلحون القرية.", "ASSAULT"),
    ("ar", "خوفا من هجمات جديدة، سحب الجيش قواته من البلدة.", "RETREAT"),
    ("en", "Residents fled in fear after the militants attacked the village.", "ASSAULT"),
    ("en", "For fear of new attacks, the army withdrew its troops from the town.", "RETREAT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), TOLD_BESIDE_FEAR)
def test_a_deed_told_beside_a_fear_stays(lang: str, text: str, etype: str) -> None:
    assert (etype, "reported") in _events(text, lang)


# --- willingness ----------------------------------------------------------------

WILLING = [
    # fails on main: CONSULT reported
    ("fa", "مادورو گفته است که تمایل به مذاکره با رهبر اپوزیسیون دارد.", "CONSULT"),
    # fails on main: CONSULT reported
    ("fa", "ایران تمایل خود را به گفت‌وگو با عربستان اعلام کرد.", "CONSULT"),
    # guard: holds on main
    ("en", "The president expressed his willingness to negotiate with the opposition.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), WILLING)
def test_willingness_is_no_report(lang: str, text: str, etype: str) -> None:
    assert (etype, "reported") not in _events(text, lang)


def test_willing_arabic_reports_no_talks() -> None:
    """guard: holds on main; Arabic "رغبته في التفاوض" reads no talks held."""
    text = "وأبدى الرئيس رغبته في التفاوض مع المعارضة."
    assert ("CONSULT", "reported") not in _events(text, "ar")


TALKS_HELD = [
    ("fa", "ظریف با همتای عمانی خود در مسقط دیدار کرد.", "CONSULT"),
    ("fa", "ایران که مایل به گسترش روابط است دیروز با عربستان در بغداد مذاکره کرد.", "CONSULT"),
    ("ar", "التقى وزير الخارجية الإيراني نظيره العماني في مسقط.", "CONSULT"),
    ("en", "The Iranian foreign minister met his Omani counterpart in Muscat.", "CONSULT"),
]

# guards: a willingness in a relative clause leaves the main verb told (a
# first form as a plan cue made both planned)
TOLD_AFTER_WILLING = [
    ("fa", "اسرائیل بسیاری از آمریکایی‌ها را که مایل به ورود به این کشور هستند نمی‌پذیرد.", "REJECT"),
    ("fa", "وزیر از همه کسانی که مایل به ثبت‌نام هستند خواست زودتر اقدام کنند.", "REQUEST"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), TALKS_HELD)
def test_talks_held_stay_reported(lang: str, text: str, etype: str) -> None:
    assert (etype, "reported") in _events(text, lang)


@pytest.mark.parametrize(("lang", "text", "etype"), TOLD_AFTER_WILLING)
def test_a_verb_after_a_willing_relative_stays_told(lang: str, text: str, etype: str) -> None:
    assert (etype, "reported") in _events(text, lang)


# --- talks named as what a report tells of ------------------------------------

REPORTED_TALKS = [
    # fails on main: CONSULT reported
    ("fa", "روحانی با ارائه گزارشی از روند مذاکرات با آمریکا گفت که کار آماده است.", "CONSULT"),
    # fails on main: CONSULT reported
    ("fa", "وزیر خارجه گزارشی از مذاکرات وین به مجلس ارائه کرد.", "CONSULT"),
    # fails on main: CONSULT reported
    ("ar", "وقدم الوزير للبرلمان تقريرا حول سير المفاوضات مع إيران.", "CONSULT"),
    # fails on main: CONSULT reported
    ("ar", "وعرض رئيس الحكومة تقريرا عن المحادثات مع صندوق النقد الدولي.", "CONSULT"),
    # fails on main: CONSULT reported
    ("en", "The minister presented a report on the course of the talks with Iran.", "CONSULT"),
    # guard: holds on main ("درباره" is a topic marker already)
    ("fa", "وزیر خارجه گزارشی درباره مذاکرات وین به مجلس داد.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), REPORTED_TALKS)
def test_talks_a_report_tells_of_are_its_topic(lang: str, text: str, etype: str) -> None:
    assert (etype, "reported") not in _events(text, lang)


TALKS_BESIDE_A_REPORT = [
    # the talks held stay told beside a report
    ("fa", "ظریف پس از ارائه گزارش به مجلس با همتای عمانی خود دیدار کرد.", "CONSULT"),
    ("ar", "وبعد تقديم تقريره للبرلمان التقى الوزير نظيره العماني في مسقط.", "CONSULT"),
    ("en", "After his report to parliament, the minister met his Omani counterpart.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), TALKS_BESIDE_A_REPORT)
def test_talks_beside_a_report_stay(lang: str, text: str, etype: str) -> None:
    assert (etype, "reported") in _events(text, lang)
