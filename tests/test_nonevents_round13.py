"""Non-events read as events, and the status of what is about to happen
(round 13; sentences written for these tests, in ar, fa and en): a far cue of
plan governs a Persian subjunctive deed; "about to", "working to", "على وشك",
"درصدد است" put the deed ahead; figures of speech ("room to manoeuvre"),
named joint bodies, dangers to an abstract good, an airport receiving a
flight and "the people's will" report no event; the real deeds next to them
still do."""

from __future__ import annotations

import pytest

from casts import run

# (lang, sentence, type): the deed is still to come
AHEAD = [
    (
        "fa",
        "دولت کانادا قصد دارد برای حفاظت از کارکنان سفارت و خانواده‌های آنان در پایتخت "
        "سیصد سرباز را به لبنان اعزام کند.",
        "MOBILIZE",
    ),
    (
        "fa",
        "رئیس جمهور فرانسه تصمیم دارد در جریان سفر منطقه‌ای خود با رهبران چند کشور "
        "عربی از جمله عربستان و قطر دیدار کند.",
        "CONSULT",
    ),
    ("fa", "ایران درصدد است با عربستان درباره یمن مذاکره کند.", "CONSULT"),
    ("ar", "الرئيس التركي على وشك بدء جولة أفريقية تشمل موزمبيق.", "CONSULT"),
    (
        "en",
        "Turkish President Erdogan is about to start an African tour that includes Kenya.",
        "CONSULT",
    ),
    ("en", "Iran and Russia are working to conclude a new cooperation agreement.", "AGREE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), AHEAD)
def test_deed_ahead_is_planned(lang: str, text: str, etype: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == etype}
    assert statuses == {"planned"}


# the same kinds of deed told as done stay reported
DONE = [
    ("fa", "روسیه اعلام کرد که نیروهایش را از مرز اوکراین خارج کرد.", "RETREAT"),
    ("fa", "کانادا سیصد سرباز را به لبنان اعزام کرد.", "MOBILIZE"),
    ("ar", "بدأ الرئيس التركي جولة أفريقية تشمل موزمبيق.", "CONSULT"),
    ("ar", "استقبل الملك سلمان في مطار الرياض الرئيس المصري.", "CONSULT"),
    ("en", "Iran and Russia signed a new cooperation agreement.", "AGREE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), DONE)
def test_deed_done_is_reported(lang: str, text: str, etype: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == etype}
    assert statuses == {"reported"}


# (lang, sentence, type that must not be extracted)
NOT_EVENTS = [
    ("ar", "ويرى الكاتب أن الحكومة العراقية فقدت هامش المناورة أمام إيران.", "MOBILIZE"),
    ("ar", "وقال الأدميرال إن استمرار انعدام الأمن في المنطقة سيهدد الاقتصاد العالمي.", "THREATEN"),
    ("ar", "استقبل مطار الملك خالد الدولي أول رحلة سياحية قادمة من الصين.", "CONSULT"),
    ("fa", "رئیس کمیسیون مشترک ایران و عراق گفت تجارت دو کشور افزایش یافته است.", "COOPERATE"),
    ("fa", "فرمانده نیروی دریایی گفت ناامنی در خلیج فارس اقتصاد جهان را تهدید می‌کند.", "THREATEN"),
    ("fa", "هر توافقی باید مطابق خواست و اراده ملت ایران باشد.", "REQUEST"),
    (
        "en",
        "The government has little room to manoeuvre with Iran, the columnist wrote.",
        "MOBILIZE",
    ),
    (
        "en",
        "Insecurity in the Gulf threatens the world economy, the Iranian admiral said.",
        "THREATEN",
    ),
    ("fa", "ظریف در حاشیه نشست هیئت دولت در جمع خبرنگاران درباره مذاکرات وین سخن گفت.", "CONSULT"),
    (
        "en",
        "The Iranian minister told reporters on the sidelines of the summit that talks would go on.",
        "CONSULT",
    ),
    ("en", "Two candidates withdrew from Iran's presidential race in favour of Raisi.", "RETREAT"),
    ("en", "The opposition leader withdrew from the election, citing fraud.", "RETREAT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), NOT_EVENTS)
def test_not_an_event(lang: str, text: str, etype: str) -> None:
    assert etype not in {e.type for e in run(text, lang).events}


# real deeds of the same words are kept
REAL = [
    ("ar", "أجرت القوات البحرية الإيرانية مناورة عسكرية في الخليج.", "MOBILIZE"),
    ("ar", "هددت إيران الولايات المتحدة بالرد.", "THREATEN"),
    ("fa", "ایران و عراق کمیسیون مشترک اقتصادی تشکیل دادند.", "COOPERATE"),
    ("fa", "آمریکا ایران را تهدید کرد.", "THREATEN"),
    ("en", "Iran threatened the United States with retaliation.", "THREATEN"),
    ("en", "Russian and Chinese navies held joint manoeuvres in the Pacific.", "MOBILIZE"),
    ("ar", "وعلى هامش القمة، التقى الرئيس الروسي بنظيره التركي.", "CONSULT"),
    ("fa", "در حاشیه اجلاس، رئیس جمهور ایران با همتای روس خود دیدار کرد.", "CONSULT"),
    ("en", "On the sidelines of the summit, Putin met Erdogan.", "CONSULT"),
    ("en", "The United States withdrew from the nuclear deal with Iran.", "RETREAT"),
    ("en", "Russia withdrew its troops from the border ahead of the election.", "RETREAT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), REAL)
def test_real_deed_kept(lang: str, text: str, etype: str) -> None:
    assert etype in {e.type for e in run(text, lang).events}
