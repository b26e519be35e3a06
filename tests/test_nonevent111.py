"""No event where the sentence tells a habit or an obligation (nonevent111).

Two classes of the round-110 precision audit's "no event" faults, in Arabic,
Persian and English:

- a deed told as what happens at times or in many cases ("گاهی", "در موارد
  متعددی", "هر از چند گاهی", "أحيانا", "في كثير من الحالات", "sometimes",
  "in many cases"): a habit, no one deed (``status.BACKGROUND_CUES``);
- a deed noun that an obligation after it asks to take place ("مذاکرات …
  باید هر چه سریع‌تر آغاز شود", "المحادثات … يجب أن تبدأ", "talks … should
  begin"): asked for, not told (``modal_subject.obliged_to_occur``).

Main read each as a reported event. The guards keep a deed told on one day,
a deed noun after a lead of time, and a judgement of a deed that was made.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from casts import run


def _types(text: str, lang: str) -> list[str]:
    return [e.type for e in run(text, lang).events]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # main: REJECT
        ("انجمن صنفی گاهی حتی از صدور یک بیانیه در حمایت از خبرنگاران خودداری می‌کند.", "fa"),
        # main: REJECT
        ("مقامات ایران در موارد متعددی از اعطای مرخصی به زندانیان خودداری می‌کنند.", "fa"),
        # main: CONSULT
        ("هر از چند گاهی برخی مقامات آمریکا بر ادامه گفت‌وگوها با ایران تاکید می‌کنند.", "fa"),
        # main: REJECT
        ("وترفض السلطات الإيرانية أحيانا منح تأشيرات للصحفيين الأجانب.", "ar"),
        # main: COERCE
        ("وفي كثير من الحالات تعتقل الشرطة المصرية الناشطين دون إذن قضائي.", "ar"),
        # main: REJECT
        ("Iranian authorities sometimes refuse to grant visas to foreign journalists.", "en"),
        # main: COERCE
        ("In many cases the Egyptian police arrest activists without a warrant.", "en"),
    ],
)
def test_a_deed_told_as_happening_at_times_is_no_event(text: str, lang: str) -> None:
    assert _types(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # main: CONSULT IRN-TKM
        (
            "رئیس جمهور گفت گفت‌وگوهای ایران و ترکمنستان برای توسعه روابط باید هر چه سریع‌تر آغاز شود.",
            "fa",
        ),
        # main: CONSULT IRN-RUS (mendA111: a vague plea; "تا پایان ماه", a time
        # named, is now a plan: tests/test_mendA111.py)
        ("به گفته وزیر، نشست تهران و مسکو باید در اسرع وقت برگزار شود.", "fa"),
        # main: CONSULT IRN-TKM
        ("وقال الرئيس إن المحادثات بين إيران وتركمانستان يجب أن تبدأ في أسرع وقت.", "ar"),
        # main: CONSULT SAU-IRN
        ("وأكد الوزير أن المفاوضات بين السعودية وإيران ينبغي أن تستأنف قريبا.", "ar"),
        # main: CONSULT IRN-TKM
        (
            "The president said talks between Iran and Turkmenistan should begin as soon as possible.",
            "en",
        ),
        # main: CONSULT SAU-IRN
        ("The minister said negotiations between Saudi Arabia and Iran must resume soon.", "en"),
    ],
)
def test_a_deed_obliged_to_take_place_is_no_event(text: str, lang: str) -> None:
    assert "CONSULT" not in _types(text, lang)


def test_a_deal_obliged_to_be_signed_is_no_agreement_but_the_talks_told_stay() -> None:
    # main: CONSULT and AGREE; the talks after "after" are told, the deal asked for
    # (mendA111: only a vague plea of time is no event)
    text = (
        "The minister said that after the talks with Iran in Muscat,"
        " a deal should be signed as soon as possible."
    )
    assert _types(text, "en") == ["CONSULT"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("پلیس ترکیه دیروز ده معترض را در آنکارا بازداشت کرد.", "fa"),
        ("واعتقلت الشرطة التركية أمس عشرة متظاهرين في أنقرة.", "ar"),
        ("Turkish police arrested ten protesters in Ankara on Monday.", "en"),
    ],
)
def test_a_deed_of_one_day_stays(text: str, lang: str) -> None:
    assert _types(text, lang) == ["COERCE"]


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # a judgement of a deed made: not a verb of taking place
        (
            "دیدار دیروز روحانی و پوتین در تهران باید نقطه عطفی در روابط دو کشور دانسته شود.",
            "fa",
            "CONSULT",
        ),
        ("وقال الوزير إن الهجوم الروسي على أوكرانيا يجب أن يدان بشدة.", "ar", "ASSAULT"),
        (
            "The French president said the Russian attack on Ukraine must be condemned.",
            "en",
            "ASSAULT",
        ),
    ],
)
def test_a_deed_judged_or_told_before_stays(text: str, lang: str, etype: str) -> None:
    assert etype in _types(text, lang)
