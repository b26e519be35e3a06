"""A danger that threatens is no side making a threat (round 72,
nonevent72fa; every sentence written for these tests).

Persian, Arabic and English use the verb of threatening for a hardship that
hangs over people ("بحران غذایی افغانستان را تهدید می‌کند", "هدد الجفاف
ملايين المزارعين", "hunger threatens millions"). Round real42 read a
threatened abstract good as the object; this reads the danger as the
subject: Persian at the start of the verb's clause, after a comma-set phrase
that opens with it, as a relative's head or as "آنچه"; English right before
the verb; Arabic right after it. A side that threatens stays a threat, also
with a danger word elsewhere in its sentence.
"""

from __future__ import annotations

import pytest

from casts import run

DANGERS = [
    ("fa", "بحران غذایی میلیون‌ها نفر را در افغانستان تهدید می‌کند."),
    ("fa", "به گفته کارشناسان، خشکسالی کشاورزان استان سیستان را تهدید می‌کند."),
    ("fa", "آنچه بیشتر مردم یمن را تهدید می‌کند، قحطی است."),
    ("fa", "کودکان آن منطقه چنان فقیرند که گرسنگی در این سال‌ها، بیشتر آنها را تهدید می‌کند."),
    ("fa", "کارگران معدن از خطرهایی گفتند و بیماری‌هایی که کارگران را تهدید می‌کند."),
    ("en", "Hunger threatens millions of people in Yemen, the agency said."),
    ("en", "A severe drought threatened farmers across southern Iraq."),
    ("ar", "هدد الجفاف ملايين المزارعين في شمال سوريا."),
]


@pytest.mark.parametrize(("lang", "text"), DANGERS)
def test_danger_that_threatens_is_no_threat(lang: str, text: str) -> None:
    types = {e.type for e in run(text, lang).events}
    assert "THREATEN" not in types


# Guard (mendC72): this Arabic danger was no threat before round 72 either.
DANGER_GUARDS = [
    ("ar", "وقالت المنظمة إنه هددت المجاعة حياة آلاف الأطفال في اليمن."),
]


@pytest.mark.parametrize(("lang", "text"), DANGER_GUARDS)
def test_danger_guard(lang: str, text: str) -> None:
    assert "THREATEN" not in {e.type for e in run(text, lang).events}


SIDES = [
    ("fa", "طالبان مردم کابل را تهدید کردند."),
    ("fa", "در بحبوحه بحران اقتصادی، طالبان مردم کابل را به مجازات تهدید کردند."),
    ("fa", "وزیر در سخنانی درباره بحران گفت که طالبان مردم کابل را تهدید کرده‌اند."),
    ("fa", "وزیر در سخنانی درباره بحران، گفت که طالبان مردم کابل را تهدید کرده‌اند."),
    ("fa", "ایران آنچه را که آمریکا می‌خواهد نپذیرفت و عربستان را تهدید کرد."),
    ("en", "North Korea threatened Japan with a missile strike amid the crisis."),
    ("en", "Amid the crisis, Iran threatened Saudi Arabia with a military strike."),
    ("ar", "هددت كوريا الشمالية اليابان بضربة صاروخية."),
    ("ar", "في ظل الأزمة هددت إيران السعودية بضربة عسكرية."),
]


@pytest.mark.parametrize(("lang", "text"), SIDES)
def test_side_that_threatens_stays_a_threat(lang: str, text: str) -> None:
    types = {e.type for e in run(text, lang).events}
    assert "THREATEN" in types


# A deed whose verb trigger ends in its preverb or object ("وارد", "را رد")
# and whose light verb after it is in the subjunctive is what a side must or
# might do, not done (what is better done, what experts guess; in the corpus
# a duty after "باید" and a guess after "بعید نبود که").
# English and Arabic tell the same by "must"/"أن" + imperfect, read before
# this round: guards.
UNDONE = [
    ("fa", "رئیس شورای شهر گفت بهتر است نیروهای امنیتی به این منطقه وارد شوند.", "MOBILIZE"),
    ("fa", "کارشناسان معتقدند که دولت احتمالا پیشنهاد همسایگان برای آتش‌بس را رد کند.", "REJECT"),
    ("en", "The government may well reject the neighbours' proposal for a truce.", "REJECT"),
    ("ar", "ليس من المستبعد أن ترفض الحكومة اقتراح الجيران لوقف إطلاق النار.", "REJECT"),
]


@pytest.mark.parametrize(("lang", "text", "absent"), UNDONE)
def test_subjunctive_after_preverb_is_not_reported(lang: str, text: str, absent: str) -> None:
    reported = {e.type for e in run(text, lang).events if e.status == "reported"}
    assert absent not in reported


DONE = [
    ("fa", "نیروهای ارتش روز گذشته به خاک عراق وارد شدند.", "MOBILIZE"),
    ("fa", "دولت پیشنهاد همسایگان برای آتش‌بس را رد کرد.", "REJECT"),
    ("en", "The government rejected the neighbours' proposal for a truce.", "REJECT"),
    ("ar", "رفضت الحكومة اقتراح الجيران لوقف إطلاق النار.", "REJECT"),
]


@pytest.mark.parametrize(("lang", "text", "present"), DONE)
def test_same_deed_done_is_reported(lang: str, text: str, present: str) -> None:
    reported = {e.type for e in run(text, lang).events if e.status == "reported"}
    assert present in reported


# More verbs that close a deed in the subjunctive with the "ب" of the mood:
# "تبریک بگوییم", "مقصر بدانند", "به میز مذاکره برگردند/بازگردند" after a
# duty or a wish; their past ("تبریک گفتیم", "مقصر دانستند", "برگشتند")
# tells them done. English "must" and Arabic "أن" + imperfect: guards.
DUTIES = [
    (
        "fa",
        "دولت افغانستان و طالبان باید برای پایان دادن به این جنگ خونین و طولانی"
        " به میز مذاکره برگردند.",
        "CONSULT",
    ),
    (
        "fa",
        "نماینده گفت باید به کارگران معدن بابت تلاش شبانه روزی آنها در این سال سخت تبریک بگوییم.",
        "SUPPORT",
    ),
    ("fa", "جناب آقای همتی به جای اینکه وزارت نفت را مقصر بدانید توضیح دهید.", "ACCUSE"),
    (
        "en",
        "The Afghan government and the Taliban must return to the negotiating table.",
        "CONSULT",
    ),
    ("ar", "يجب على الحكومة الأفغانية وطالبان العودة إلى طاولة المفاوضات.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "absent"), DUTIES)
def test_duty_in_the_subjunctive_is_not_reported(lang: str, text: str, absent: str) -> None:
    reported = {e.type for e in run(text, lang).events if e.status == "reported"}
    assert absent not in reported


DUTIES_DONE = [
    ("fa", "دولت افغانستان و طالبان روز دوشنبه در دوحه به میز مذاکره برگشتند.", "CONSULT"),
    ("fa", "وزیر خارجه به همتای ترکیه‌ای خود تبریک گفت.", "SUPPORT"),
    (
        "en",
        "The Afghan government and the Taliban returned to the negotiating table in Doha.",
        "CONSULT",
    ),
    ("ar", "عادت الحكومة الأفغانية وطالبان إلى طاولة المفاوضات في الدوحة يوم الاثنين.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "present"), DUTIES_DONE)
def test_same_duty_done_is_reported(lang: str, text: str, present: str) -> None:
    reported = {e.type for e in run(text, lang).events if e.status == "reported"}
    assert present in reported
