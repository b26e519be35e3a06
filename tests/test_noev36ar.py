"""Events where there is none, told alike in Arabic, Persian and English
(round 36, noev36ar; every sentence written for these tests).

Rules added in this round:

- Arabic "صادق على" (ratified, approved) is an agreement (PLOVER AGREE) only
  with an accord as its object ("صادق البرلمان على الاتفاقية"); a
  parliament approving a budget, a law or a bill agrees with no one, as
  English "approved the budget" and Persian "بودجه را تصویب کرد" are read.
  The guard used to accept any "على";
- a stand said of whoever holds it ("those who oppose the law", "الذين
  يعارضون القانون", "کسانی که با قانون مخالفت می‌کنند") describes people:
  no SUPPORT or REJECT (``extract/class_holders.py``);
- Arabic "يستهدف" said of a campaign, a threat, a danger, measures or a
  vision, or followed by the verbal noun of an aim ("تستهدف الفوز"), is no
  strike (extends the lead27 lists);
- Arabic: a law or a bill "demanding" ("يطالب مشروع القانون المدرسين
  بالإبلاغ") makes no request by an actor;
- a meeting or a visit one is deprived of ("الحرمان من زيارة ذويهم",
  "deprived of visits") is no meeting.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    # a domestic vote: no agreement between actors
    (
        "The Tunisian parliament on Monday approved the foreign ministry's budget for 2017.",
        "صادق البرلمان التونسي يوم الاثنين على ميزانية وزارة الخارجية لسنة 2017.",
        "مجلس تونس روز دوشنبه بودجه وزارت خارجه برای سال ۲۰۱۷ را تصویب کرد.",
        (),
    ),
    (
        "The Jordanian parliament on Sunday approved the new investment law.",
        "صادق البرلمان الأردني يوم الأحد على قانون الاستثمار الجديد.",
        "مجلس اردن روز یکشنبه قانون جدید سرمایه‌گذاری را تصویب کرد.",
        (),
    ),
    # control: ratifying an accord with another country is one
    (
        "The Turkish parliament on Monday ratified the military cooperation agreement with Qatar.",
        "صادق البرلمان التركي يوم الاثنين على اتفاقية التعاون العسكري مع قطر.",
        "مجلس ترکیه روز دوشنبه موافقت‌نامه همکاری نظامی با قطر را تصویب کرد.",
        ("AGREE reported TUR:LEG QAT:",),
    ),
    # a stand of whoever holds it
    (
        "The Tunisian president said that those who oppose the reconciliation law have not read it.",
        "قال الرئيس التونسي إن الذين يعارضون قانون المصالحة لم يقرؤوا القانون.",
        "رئیس جمهور تونس گفت کسانی که با قانون آشتی مخالفت می‌کنند آن را نخوانده‌اند.",
        (),
    ),
    (
        "The Egyptian president said that whoever supports terrorism is its partner.",
        "قال الرئيس المصري إن من يدعم الإرهاب شريك فيه.",
        "رئیس جمهور مصر گفت هر کس که از تروریسم حمایت کند شریک آن است.",
        (),
    ),
    # controls: a named side's stand stays
    (
        "Egypt supports the Saudi initiative.",
        "تدعم مصر المبادرة السعودية.",
        "مصر از ابتکار عربستان حمایت می‌کند.",
        ("SUPPORT reported EGY: SAU:",),
    ),
    (
        "Iran rejected the American proposal.",
        "رفضت إيران الاقتراح الأمريكي.",
        "ایران پیشنهاد آمریکا را رد کرد.",
        ("REJECT reported IRN: USA:",),
    ),
    # an aim "targeted" is no strike; a car targeted by gunmen is
    (
        "The Egyptian government aims to raise the growth rate to five percent.",
        "الحكومة المصرية تستهدف رفع معدل النمو إلى خمسة بالمئة.",
        "دولت مصر افزایش نرخ رشد به پنج درصد را هدف گرفته است.",
        (),
    ),
    (
        "Gunmen targeted a police car in Arish, killing three policemen.",
        "استهدف مسلحون سيارة للشرطة في العريش مما أسفر عن مقتل ثلاثة من رجال الشرطة.",
        "افراد مسلح یک خودروی پلیس را در العریش هدف قرار دادند و سه پلیس را کشتند.",
        ("ASSAULT reported EGY:UAF EGY:COP",),
    ),
    # control: a president's demand is a request
    (
        "The Tunisian president asked the prime minister to form a new government.",
        "طلب الرئيس التونسي من رئيس الحكومة تشكيل حكومة جديدة.",
        "رئیس جمهور تونس از نخست وزیر خواست دولت جدیدی تشکیل دهد.",
        ("REQUEST reported TUN:GOV -:GOV",),
    ),
    # a visit one is deprived of; control: a meeting held
    (
        "Palestinian women prisoners are deprived of visits by their families.",
        "تتعرض الأسيرات الفلسطينيات في سجون إسرائيل للحرمان من زيارة ذويهن.",
        "زنان زندانی فلسطینی در زندان‌های اسرائیل از ملاقات با خانواده محروم هستند.",
        (),
    ),
    (
        "The Egyptian foreign minister met his Jordanian counterpart in Amman on Sunday.",
        "التقى وزير الخارجية المصري نظيره الأردني في عمان يوم الأحد.",
        "وزیر خارجه مصر روز یکشنبه با همتای اردنی خود در امان دیدار کرد.",
        ("CONSULT reported EGY:GOV JOR:GOV",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_triples_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    assert _read(en, "en") == set(want)
    assert _read(ar, "ar") == set(want)
    assert _read(fa, "fa") == set(want)


# (text, language, types that must not be read)
NOT_READ: list[tuple[str, str, set[str]]] = [
    # a bill's content is no request
    ("The draft law requires hospital staff to report suspected cases.", "en", {"REQUEST"}),
    (
        "ويطالب مشروع القانون العاملين في المستشفيات بالإبلاغ عن الحالات المشتبه بها.",
        "ar",
        {"REQUEST"},
    ),
    # "صادق" the name, and a cabinet approving a bill
    ("قال عمدة لندن صادق خان إنه مشغول.", "ar", {"AGREE"}),
    ("صادق مجلس الوزراء التونسي على مشروع قانون الجماعات المحلية.", "ar", {"AGREE"}),
    # a campaign or threats that "target" a party leader
    ("حذر حزب العمال التونسي من الحملة التي تستهدف الجبهة الشعبية.", "ar", {"ASSAULT"}),
    ("أكد الحزب تلقي مكتبه تهديدات تستهدف رئيس الحزب.", "ar", {"ASSAULT"}),
    ("قال الوزير إن الحكومة تستهدف الفوز بفرص الاستثمار الأجنبي.", "ar", {"ASSAULT"}),
    # whoever rejects, with "و" glued
    ("وقال الوزير إن كل من يرفض الحوار سيتحمل المسؤولية.", "ar", {"REJECT"}),
    ("The minister said anyone who rejects dialogue will bear responsibility.", "en", {"REJECT"}),
]


@pytest.mark.parametrize(("text", "lang", "banned"), NOT_READ)
def test_not_read(text: str, lang: str, banned: set[str]) -> None:
    assert not {line.split()[0] for line in _read(text, lang)} & banned


# Known gaps: what the rules do not reach yet.
GAPS: list[tuple[str, str, set[str]]] = [
    # Arabic verb–subject order: the subject stands between "تستهدف" and the aim
    ("تستهدف الحكومة المصرية رفع معدل النمو إلى خمسة بالمئة.", "ar", set()),
    # an opponent noun as subject ("the opponents of X reject X") is a stand too
    ("ويرفض معارضو الاتفاق انتظار نهاية المفاوضات.", "ar", set()),
    # a bill's content is no request: Persian "این لایحه از … می‌خواهد" still
    # reads the addressee after "از" as asked (English and Arabic below do not)
    ("این لایحه از کارکنان بیمارستان‌ها می‌خواهد موارد مشکوک را گزارش کنند.", "fa", set()),
]


@pytest.mark.xfail(strict=True, reason="known gap: see the comment of each entry")
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
