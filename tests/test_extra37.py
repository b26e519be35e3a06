"""Extra actors in protests told alike in Arabic, Persian and English (round
37, extra37; every sentence written for these tests).

Rules added in this round:

- workers who strike strike against their employer, and the annotated
  corpus codes their strikes with the workers alone: with workers (LAB)
  among a strike's sides no government is understood as whom it is against
  (``lang/xx/agents.py``: ``IMPLIED_BY_MODE[("PROTEST", "strike")]``). A
  government the sentence names stays; teachers, students, prisoners on
  hunger strike and other crowds still protest against the government
  understood. Since agents39fa a rally of workers is read as their strike
  (``MODE_OF_SIDE``), Persian "در اعتراض به … اعتصاب کردند" too;
- refugees or migrants named inside what a request asks ("called on the EU
  to help Syrian refugees", "دعا … إلى مساعدة اللاجئين", "از … خواست به
  پناهجویان … کمک کند") are its topic, not the side asked
  (``extract/asked_topic.py``; ``context.REQUEST_TOPIC_OPENERS``, and all
  after the verb where the verb ends its clause). Refugees asked, or who
  ask, stay. Arabic, which names no request of one side, keeps them where
  only the requester would be left.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Dock workers in Basra went on strike on Sunday over unpaid salaries.",
        "أضرب عمال الميناء في البصرة يوم الأحد احتجاجا على تأخر الرواتب.",
        "کارگران بندر بصره روز یکشنبه برای دریافت حقوق معوقه دست به اعتصاب زدند.",
        ("PROTEST reported IRQ:LAB",),
    ),
    (
        "Oil workers in Abadan went on strike on Monday.",
        "أضرب عمال النفط في عبادان يوم الاثنين.",
        "کارگران نفت در آبادان روز دوشنبه اعتصاب کردند.",
        ("PROTEST reported IRN:LAB",),
    ),
    # a rally of workers, no strike, is read as their strike too (agents39fa:
    # ``MODE_OF_SIDE``; the annotated corpus codes workers' rallies with the
    # workers alone): no government understood
    (
        "Hundreds of steel workers rallied in Isfahan over unpaid wages.",
        "تظاهر مئات من عمال الصلب في أصفهان احتجاجا على الأجور غير المدفوعة.",
        "صدها کارگر فولاد در اصفهان در اعتراض به دستمزدهای پرداخت‌نشده تجمع کردند.",
        ("PROTEST reported IRN:LAB",),
    ),
    # a government the sentence names stays whom the strike is against
    (
        "Workers went on strike against the government's decision to privatise the port.",
        "أضرب العمال احتجاجا على قرار الحكومة خصخصة الميناء.",
        "کارگران در اعتراض به تصمیم دولت برای خصوصی‌سازی بندر اعتصاب کردند.",
        ("PROTEST reported -:LAB -:GOV",),
    ),
    # other crowds still protest against the government understood
    (
        "Teachers in Isfahan went on strike over pay.",
        "أضرب المعلمون في أصفهان للمطالبة بزيادة الرواتب.",
        "معلمان اصفهان در اعتراض به حقوق اعتصاب کردند.",
        ("PROTEST reported IRN:EDU IRN:GOV",),
    ),
    (
        "Prisoners in Tunisia began a hunger strike.",
        "بدأ السجناء في تونس إضرابا عن الطعام.",
        "زندانیان در تونس اعتصاب غذا کردند.",
        ("PROTEST reported TUN:CVL TUN:GOV",),
    ),
    (
        "Students in Tehran protested against the government.",
        "تظاهر الطلاب في طهران ضد الحكومة.",
        "دانشجویان در تهران علیه دولت تظاهرات کردند.",
        ("PROTEST reported IRN:EDU IRN:GOV",),
    ),
]


ASKED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Jordan called on the European Union to help Syrian refugees.",
        "دعا الأردن الاتحاد الأوروبي إلى مساعدة اللاجئين السوريين.",
        "اردن از اتحادیه اروپا خواست به پناهجویان سوری کمک کند.",
        ("REQUEST reported JOR: EU:",),
    ),
    (
        "Turkey urged Greece to stop pushing back Afghan migrants.",
        "حثت تركيا اليونان على وقف صد المهاجرين الأفغان.",
        "ترکیه از یونان خواست پس‌راندن مهاجران افغان را متوقف کند.",
        ("REQUEST reported TUR: GRC:",),
    ),
    # refugees asked, or who ask, stay sides
    (
        "Pakistan asked Afghan refugees to leave before the end of the month.",
        "طلبت باكستان من اللاجئين الأفغان المغادرة قبل نهاية الشهر.",
        "پاکستان از پناهجویان افغان خواست تا پایان ماه خارج شوند.",
        ("REQUEST reported PAK: AFG:REF",),
    ),
    (
        "Afghan refugees asked Iran to keep its borders open.",
        "طلب اللاجئون الأفغان من إيران إبقاء حدودها مفتوحة.",
        "پناهجویان افغان از ایران خواستند مرزهایش را باز نگه دارد.",
        ("REQUEST reported AFG:REF IRN:",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES + ASKED)
def test_three_languages_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    assert _read(en, "en") == set(want)
    assert _read(ar, "ar") == set(want)
    assert _read(fa, "fa") == set(want)


# A strike at a factory the sentence names: Persian reads the factory as the
# business struck against, English and Arabic read it as the workers' place.
# A strike by a factory's workers, the factory named: the workers alone.
FACTORY_STRIKE = ("PROTEST reported -:LAB",)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Workers at the cement factory went on strike demanding back pay."),
        ("ar", "أضرب عمال مصنع الإسمنت للمطالبة بالأجور المتأخرة."),
        # agents45fa: the workplace in the workers' ezafe is no side
        ("fa", "کارگران کارخانه سیمان برای دریافت حقوق معوقه دست به اعتصاب زدند."),
    ],
)
def test_factory_named_in_strike(lang: str, text: str) -> None:
    assert _read(text, lang) == set(FACTORY_STRIKE)


# Where only the requester would be left: English and Persian keep the call
# with one side; Arabic names no request of one side, so it keeps the
# refugees rather than lose the event.
ONE_SIDE = (
    "The Canadian prime minister called on Europe to take in more refugees.",
    "نخست وزیر کانادا از اروپا خواست پناهجویان بیشتری را بپذیرد.",
    ("REQUEST reported CAN:GOV",),
)


def test_call_about_refugees_keeps_requester_alone() -> None:
    en, fa, want = ONE_SIDE
    assert _read(en, "en") == set(want)
    assert _read(fa, "fa") == set(want)


@pytest.mark.xfail(strict=True, reason="ar names no one-sided request: the refugees stay")
def test_call_about_refugees_keeps_requester_alone_ar() -> None:
    ar = "دعا رئيس الوزراء الكندي أوروبا إلى استقبال مزيد من اللاجئين."
    assert _read(ar, "ar") == set(ONE_SIDE[2])


def test_strike_in_protest_at_fa() -> None:
    # read by its protest noun, the workers' protest is still their strike
    # (agents39fa: ``MODE_OF_SIDE``)
    fa = "کارگران بندر بصره روز یکشنبه در اعتراض به تأخیر حقوق اعتصاب کردند."
    assert _read(fa, "fa") == {"PROTEST reported IRQ:LAB"}
