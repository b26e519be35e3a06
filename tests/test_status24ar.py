"""Status of deeds in Arabic news checked against the same deed told in
Persian and English (sentences written for these tests, parallel triples).

Readiness or intent that is negated ("ليسوا مستعدين للانسحاب", "not ready to
withdraw") refuses the deed: it is negated, not planned; readiness and intent
told plainly still plan it."""

from __future__ import annotations

import pytest

from casts import run

# (lang, sentence, type): readiness or intent negated, the deed is not done
# and not planned (Persian may give no event at all)
REFUSED_READINESS = [
    ("ar", "وقال قادة الحوثيين إنهم ليسوا مستعدين للانسحاب من الحديدة.", "RETREAT"),
    ("fa", "رهبران حوثی گفتند قصد عقب‌نشینی از الحدیده را ندارند.", "RETREAT"),
    ("en", "Houthi leaders said they are not ready to withdraw from Hodeidah.", "RETREAT"),
    ("ar", "وقالت تركيا إنها لا تعتزم سحب قواتها من سوريا.", "RETREAT"),
    ("fa", "دولت ترکیه قصد ندارد نیروهایش را از سوریه خارج کند.", "RETREAT"),
    ("en", "Turkey said it does not intend to withdraw its troops from Syria.", "RETREAT"),
    ("ar", "وقالت تركيا إنها غير مستعدة لسحب قواتها من سوريا.", "RETREAT"),
    ("en", "Turkey said it was not prepared to withdraw its troops from Syria.", "RETREAT"),
    ("ar", "وقال الرئيس الأوكراني إنه غير مستعد لإجراء مفاوضات مع روسيا.", "CONSULT"),
    ("fa", "رئیس جمهور اوکراین گفت قصد مذاکره با روسیه را ندارد.", "CONSULT"),
    ("en", "The Ukrainian president said he is not willing to negotiate with Russia.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), REFUSED_READINESS)
def test_negated_readiness_negates_the_deed(lang: str, text: str, etype: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == etype}
    assert statuses <= {"negated"}
    if lang != "fa":
        assert statuses == {"negated"}


# the same readiness told plainly keeps the deed planned
READY = [
    ("ar", "وقالت تركيا إنها مستعدة لسحب قواتها من سوريا.", "RETREAT"),
    ("ar", "وقالت تركيا إنها تعتزم سحب قواتها من سوريا.", "RETREAT"),
    ("en", "Turkey said it is ready to withdraw its troops from Syria.", "RETREAT"),
    ("en", "Turkey said it intends to withdraw its troops from Syria.", "RETREAT"),
    ("ar", "وقال الرئيس الأوكراني إنه مستعد لإجراء مفاوضات مع روسيا.", "CONSULT"),
    ("fa", "ترکیه آماده است با روسیه مذاکره کند.", "CONSULT"),
    ("en", "The Ukrainian president said he is ready to negotiate with Russia.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), READY)
def test_plain_readiness_plans_the_deed(lang: str, text: str, etype: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == etype}
    assert statuses == {"planned"}


# the same deed told as done stays reported
DONE = [
    ("ar", "وسحبت تركيا قواتها من سوريا يوم الاثنين.", "RETREAT"),
    ("fa", "ترکیه روز دوشنبه نیروهایش را از سوریه خارج کرد.", "RETREAT"),
    ("en", "Turkey withdrew its troops from Syria on Monday.", "RETREAT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), DONE)
def test_done_deed_stays_reported(lang: str, text: str, etype: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == etype}
    assert statuses == {"reported"}


# Reaching an agreement named as the aim of an act is still to come: planned
# in Arabic, no event in Persian; the act before the aim stays reported.
AIMED = [
    ("ar", "وتواصل مصر وقطر الوساطة بين إسرائيل وحماس بهدف التوصل إلى هدنة."),
    ("fa", "مصر و قطر میانجیگری میان اسرائیل و حماس را برای دستیابی به آتش‌بس ادامه می‌دهند."),
    ("en", "Egypt and Qatar continue mediating between Israel and Hamas to reach a truce."),
    ("ar", "وأجرى وزير الخارجية المصري محادثات مع نظيره القطري للتوصل إلى هدنة في غزة."),
    ("fa", "وزیر خارجه مصر برای دستیابی به آتش‌بس در غزه با همتای قطری خود گفتگو کرد."),
    (
        "en",
        "Egypt's foreign minister held talks with his Qatari counterpart to reach a truce in Gaza.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), AIMED)
def test_aimed_agreement_is_not_reported(lang: str, text: str) -> None:
    events = run(text, lang).events
    assert {e.status for e in events if e.type == "CONSULT"} == {"reported"}
    assert all(e.status == "planned" for e in events if e.type in ("AGREE", "RETREAT"))


# the agreement reached is reported
REACHED = [
    ("ar", "وأعلنت مصر التوصل إلى اتفاق بين إسرائيل وحماس.", "AGREE"),
    ("fa", "اسرائیل و حماس به توافق آتش‌بس دست یافتند.", "AGREE"),
    ("en", "Israel and Hamas reached a ceasefire agreement.", "AGREE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), REACHED)
def test_reached_agreement_is_reported(lang: str, text: str, etype: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == etype}
    assert statuses == {"reported"}


# A deed of the day stays reported.
DAY_DEEDS = [
    ("ar", "وقتلت القوات الإسرائيلية خمسة فلسطينيين في غارة على غزة يوم الاثنين."),
    ("fa", "نیروهای اسرائیلی روز دوشنبه در حمله هوایی به غزه پنج فلسطینی را کشتند."),
    ("en", "Israeli forces killed five Palestinians in an air strike on Gaza on Monday."),
]


@pytest.mark.parametrize(("lang", "text"), DAY_DEEDS)
def test_deed_of_the_day_stays_reported(lang: str, text: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == "ASSAULT"}
    assert statuses == {"reported"}


# A deed a counterfactual stopped ("كان سيتم ترحيلهم لولا …", "would have
# been deported had …") was not done: negated, or no event in Persian.
STOPPED = [
    ("ar", "وكان سيتم ترحيل اللاجئين السوريين لولا تدخل المحكمة الألمانية."),
    ("fa", "اگر دادگاه آلمان مداخله نکرده بود، پناهجویان سوری اخراج می‌شدند."),
    ("en", "The Syrian refugees would have been deported had the German court not intervened."),
]


@pytest.mark.parametrize(("lang", "text"), STOPPED)
def test_stopped_deed_is_negated(lang: str, text: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == "COERCE"}
    assert statuses <= {"negated"}
    if lang != "fa":
        assert statuses == {"negated"}


DEPORTED = [
    ("ar", "وتم ترحيل اللاجئين السوريين بعد قرار المحكمة الألمانية."),
    ("fa", "پناهجویان سوری پس از حکم دادگاه آلمان اخراج شدند."),
    ("en", "The Syrian refugees were deported after the German court ruling."),
]


@pytest.mark.parametrize(("lang", "text"), DEPORTED)
def test_deed_done_stays_reported(lang: str, text: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == "COERCE"}
    assert statuses == {"reported"}
