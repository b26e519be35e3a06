"""Persian events where there is none (round 37, noev37fa; every sentence
written for these tests).

Rules added in this round:

- hosting a crowd is no meeting: "میزبان سه میلیون پناهجو", "hosts three
  million refugees", "تستضيف … ملايين اللاجئين" (``extract/hosted.py``,
  ``context.HOST_WORDS`` and ``HOSTED_CROWDS`` per language); a minister
  hosted stays a meeting;
- a deal only referred to ("بازگشت به توافق", "مخالفان توافق", "the
  return to the deal", "opponents of the agreement") is no agreement made,
  as Arabic bare "الاتفاق" is read (``NOT_TRIGGERS``, fa and en);
- the convicts ("محکومان", "محکومین") are people named by their sentence,
  no condemnation; "در حال حاضر به …" (at present) holds no "حاضر به"
  (willing to) refusal;
- "پذیرفتن" as the light verb of a happening ("انجام خواهد پذیرفت",
  "صورت پذیرفت") accepts nothing, as "took place" and "جرى";
- a passive sentence to pay or to a confiscation, its penalty far before
  "محکوم شدند" ("به پرداخت … و مصادره … محکوم شدند"), is a guarded COERCE
  and no condemnation; a ban on work and "حکم محکومیت" veto the "condemn"
  reading; a court's active "… را به پرداخت … محکوم کرد" stays COERCE.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    # hosting a crowd: no meeting
    (
        "Turkey and Lebanon host several million Syrian refugees today.",
        "تستضيف تركيا ولبنان اليوم ملايين اللاجئين السوريين.",
        "ترکیه و لبنان امروز میزبان چند میلیون پناهجوی سوری هستند.",
        (),
    ),
    (
        "Iraq has hosted millions of Syrian nationals for years.",
        "استضاف العراق ملايين الرعايا السوريين منذ سنوات.",
        "عراق سال‌هاست میزبان میلیون‌ها نفر از اتباع سوریه بوده است.",
        (),
    ),
    (
        "Turkey hosts more than two million Syrian migrants.",
        "تستضيف تركيا أكثر من مليوني مهاجر سوري.",
        "ترکیه بیش از دو میلیون مهاجر سوری را میزبانی می‌کند.",
        (),
    ),
    # a minister hosted: still a meeting
    (
        "Tunisia hosted the Libyan foreign minister on Monday.",
        "استضافت تونس وزير الخارجية الليبي يوم الاثنين.",
        "تونس روز دوشنبه میزبان وزیر خارجه لیبی بود.",
        ("CONSULT reported TUN: LBY:GOV",),
    ),
    # a deal referred to: no agreement
    (
        "Tehran said it is in no hurry for the return to the deal.",
        "قالت طهران إنها ليست في عجلة من أمرها للعودة إلى الاتفاق.",
        "تهران گفت عجله‌ای برای بازگشت به توافق ندارد.",
        (),
    ),
    (
        "An Iranian lawmaker said opponents of the agreement with China are few.",
        "قال نائب إيراني إن معارضي الاتفاق مع الصين قليلون.",
        "یک نماینده ایرانی گفت مخالفان توافق با چین اندک هستند.",
        (),
    ),
    # a deal made: still an agreement
    (
        "Iran and Iraq agreed to expand cooperation.",
        "اتفقت إيران والعراق على توسيع التعاون.",
        "ایران و عراق بر سر گسترش همکاری‌ها توافق کردند.",
        ("AGREE reported IRN: IRQ:",),
    ),
    # a happening with "پذیرفتن": no acceptance
    (
        "Tehran province said the registration of parliamentary candidates will take place"
        " from Saturday.",
        "قالت محافظة طهران إن تسجيل المرشحين للبرلمان سيجري اعتبارا من السبت.",
        "استانداری تهران اعلام کرد ثبت نام از داوطلبان انتخابات مجلس از شنبه انجام خواهد پذیرفت.",
        (),
    ),
    (
        "The interior ministry said the vetting of parliamentary candidates will take place by"
        " the end of the week.",
        "قالت وزارة الداخلية إن التدقيق في أهلية المرشحين للبرلمان سيجري حتى نهاية الأسبوع.",
        "وزارت کشور گفت بررسی صلاحیت نامزدهای مجلس تا پایان هفته صورت خواهد پذیرفت.",
        (),
    ),
    # a sentence to a fine and a confiscation: coercion, no condemnation
    (
        "Two managers of an Iraqi oil company were sentenced by a Kuwaiti court to pay five"
        " million dinars and to the confiscation of their assets.",
        "حكمت محكمة كويتية على مديرين في شركة نفط عراقية بدفع خمسة ملايين دينار ومصادرة أموالهما.",
        "دو مدیر شرکت نفتی عراقی به پرداخت پنج میلیون دینار و مصادره اموال ده ساله خود در"
        " دادگاه کویت محکوم شدند.",
        ("COERCE reported KWT:JUD IRQ:BUS",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_triples_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(want), lang


# (text, language, the reading): the rules' edges in one language
CASES: list[tuple[str, str, set[str]]] = [
    # the convicts: no condemnation (English: GAPS below)
    (
        "قال محامي اثنين من المحكومين الأمنيين إن الحكم بحقهما نقض في المحكمة العليا.",
        "ar",
        set(),
    ),
    ("وکیل دو تن از محکومان امنیتی گفت حکم آنها در دیوان عالی نقض شد.", "fa", set()),
    # "at present" holds no refusal; "not willing to" still refuses
    ("در حال حاضر به نظر می‌رسد روابط ایران و عراق خوب نیست.", "fa", set()),
    (
        "دولت عراق حاضر به مذاکره با مخالفان نیست.",
        "fa",
        {"REJECT reported IRQ:GOV IRQ:OPP"},
    ),
    # a condemnation stays one
    (
        "فرانسه حمله به سفارت خود در بغداد را به شدت محکوم کرد.",
        "fa",
        {"ASSAULT reported IRQ:UAF -:GOV", "ACCUSE reported FRA: -:GOV"},
    ),
    # a court's active sentence to pay, its penalty far from the verb: COERCE
    (
        "دادگاهی در کانادا عراق را به پرداخت ۴۰ میلیون دلار غرامت به یک شرکت کانادایی که"
        " قراردادش در بصره لغو شده بود محکوم کرد.",
        "fa",
        {"COERCE reported CAN:JUD IRQ:"},
    ),
    # Persian: hosted students are a crowd too
    ("دانشگاه‌های ترکیه میزبان حدود ده هزار دانشجوی سوری هستند.", "fa", set()),
    # English: "the national security adviser" hosted is no crowd of nationals
    (
        "Jordan hosted the national security adviser of Iraq on Sunday.",
        "en",
        {"CONSULT reported JOR: IRQ:GOV"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_rule_cases(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want


GAPS: list[tuple[str, str, set[str]]] = [
    # English reads the noun "convicts" as a sentence passed (COERCE)
    (
        "The lawyer of two of the security convicts said their verdict was overturned by the"
        " supreme court.",
        "en",
        set(),
    ),
]


@pytest.mark.xfail(strict=True, reason="known gap: English reads the noun 'convicts' as a sentence")
@pytest.mark.parametrize(("text", "lang", "want"), GAPS)
def test_known_gaps(text: str, lang: str, want: set[str]) -> None:
    assert _read(text, lang) == want
