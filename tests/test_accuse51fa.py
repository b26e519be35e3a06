"""Persian criticism told in the other ways news writes it, and the same
constructions in Arabic and English (round 51, accuse51fa; every sentence
written for these tests).

Rules added in this round (``lang/<code>/triggers.py``, PLOVER ACCUSE):

- reproach: Persian "شماتت", "ملامت" (as "سرزنش"), Arabic "عاتب",
  English "reproached", "chided";
- mockery done to a side: Persian "به تمسخر گرفت", "مورد تمسخر قرار داد",
  Arabic "سخر من", English "mocked", "ridiculed" (not a tone, "با تمسخر
  گفت", nor "سخر لها الإمكانيات", harnessed, nor "a mock drill");
- questioning in the active: Persian "زیر سوال برد" in every tense and
  "با زیر سوال بردن" (the passive "زیر سوال رفت" names no one who asks).
  Arabic "شكك في" and English "cast doubt on" are not read: they also
  tell doubt about prospects ("يشكك المحللون في آفاق التوصل إلى اتفاق"),
  no one criticised (tested unchanged);
- a side or its deed called by a name of shame or a mistake (Persian
  "حامی تروریسم", "شیطان بزرگ", "بدعهد", "غیرقابل اعتماد", "اشتباه
  راهبردی", with the name in quotation marks too, and every word of calling
  in the present: "تروریست می‌خواند"); Arabic "وصف … بالراعي للإرهاب/بأنه
  خطأ", English "called … a sponsor of terrorism/a mistake";
- Persian blame laid on a side: "… را عامل ناامنی/حمله … دانست" (only with
  a word of harm after "عامل": a neutral cause is none), "را مسبب", "را
  ناقض", "تقصیر/مسئولیت/اتهامات … را متوجه … دانست/کرد", "اتهاماتی را
  علیه … مطرح کرد", "… را به گردن … انداخت" ("به گردن گرفت" claims a deed;
  "بر عهده … دانست" is as often a duty, and is not read). Arabic "حمّل …
  مسؤولية" and English "held … responsible", "blamed" already read so.
  Arabic "اعتبر … المسبب" and English "said … was the main cause of" are
  not read: a cause told with a copula or a verb of deeming needs a harm
  word the other languages do not mark, left for later (tested unchanged).
- a side claimed to have taken part in a deed of force (mode "allege"):
  Persian "مدعی دخالت/دست داشتن/نقش … در این حمله",
  Arabic "ادعت … تورط/ضلوع … في الهجوم" (not "ادعى أن …" alone), English
  "… was involved in the attack" after a verb of saying (the copula makes
  the blame, as in "was behind the attack"); a charge only denied is none.
- Persian self-criticism ("از خود انتقاد کرد") accuses no one.
"""

from __future__ import annotations

import pytest

from casts import run


def _pairs(text: str, lang: str) -> set[tuple[str | None, ...]]:
    """(code of each actor, in order) of every ACCUSE event of ``text``."""
    return {tuple(a.code for a in e.actors) for e in run(text, lang).events if e.type == "ACCUSE"}


# (English, Arabic, Persian, the critic and the criticised in all three)
TRIPLES: list[tuple[str, str, str, tuple[str, str]]] = [
    (
        "Pakistan reproached Israel for its conduct.",
        "عاتبت باكستان إسرائيل على سلوكها.",
        "پاکستان اسرائیل را به خاطر رفتارش ملامت کرد.",
        ("PAK", "ISR"),
    ),
    (
        "China chided Germany over the decision.",
        "عاتبت الصين ألمانيا بسبب القرار.",
        "چین آلمان را به خاطر این تصمیم شماتت کرد.",
        ("CHN", "DEU"),
    ),
    (
        "Iran mocked the United States.",
        "سخرت إيران من الولايات المتحدة.",
        "ایران آمریکا را به تمسخر گرفت.",
        ("IRN", "USA"),
    ),
    (
        "Russia ridiculed the British proposal.",
        "سخرت روسيا من المقترح البريطاني.",
        "روسیه پیشنهاد انگلیس را مورد تمسخر قرار داد.",
        ("RUS", "GBR"),
    ),
    (
        "Iran called the United States a sponsor of terrorism.",
        "وصفت إيران الولايات المتحدة بالراعي للإرهاب.",
        "ایران آمریکا را حامی تروریسم خواند.",
        ("IRN", "USA"),
    ),
    (
        "Iran called the United States the Great Satan.",
        "وصفت إيران الولايات المتحدة بالشيطان الأكبر.",
        "ایران آمریکا را «شیطان بزرگ» نامید.",
        ("IRN", "USA"),
    ),
    (
        "Iran called the American decision a strategic mistake.",
        "وصفت إيران القرار الأمريكي بأنه خطأ استراتيجي.",
        "ایران تصمیم آمریکا را یک اشتباه راهبردی دانست.",
        ("IRN", "USA"),
    ),
    (
        "Syria blamed Israel for the crisis.",
        "حملت سوريا إسرائيل مسؤولية الأزمة.",
        "سوریه مسئولیت این بحران را متوجه اسرائیل دانست.",
        ("SYR", "ISR"),
    ),
    (
        "Iran calls Israel a terrorist state.",
        "تصف إيران إسرائيل بالدولة الإرهابية.",
        "ایران اسرائیل را دولتی تروریستی می‌خواند.",
        ("IRN", "ISR"),
    ),
]


ALLEGED: list[tuple[str, str, str, tuple[str, str]]] = [
    (
        "Israel claimed Iran was involved in the attack.",
        "ادعت إسرائيل تورط إيران في الهجوم.",
        "اسرائیل مدعی دست داشتن ایران در این حمله شد.",
        ("ISR", "IRN"),
    ),
    (
        "Britain says Russia was involved in the bombing.",
        "ادعت بريطانيا ضلوع روسيا في التفجير.",
        "انگلیس مدعی دخالت روسیه در این انفجار است.",
        ("GBR", "RUS"),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), ALLEGED)
def test_alleged_part_in_deed(en: str, ar: str, fa: str, want: tuple[str, str]) -> None:
    """The claimant blames the side, and the deed is only alleged: no attack
    by the claimant in any language."""
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        events = run(text, lang).events
        assert want in _pairs(text, lang), (lang, text, _pairs(text, lang))
        assert all(e.mode == "allege" for e in events if e.type == "ACCUSE")
        assert not any(e.type == "ASSAULT" and e.actors[0].code == want[0] for e in events)


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_triples_accuse_alike(en: str, ar: str, fa: str, want: tuple[str, str]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert want in _pairs(text, lang), (lang, text, _pairs(text, lang))


# Persian forms, each in a sentence of its own: the critic, then the criticised.
PERSIAN: list[tuple[str, tuple[str, str]]] = [
    ("رئیس جمهور ترکیه، فرانسه را عامل اصلی بی‌ثباتی در منطقه دانست.", ("TUR", "FRA")),
    ("نخست وزیر پاکستان، هند را عامل این حمله معرفی کرد.", ("PAK", "IND")),
    ("ایران، آمریکا را عامل ناامنی منطقه می‌داند.", ("IRN", "USA")),
    ("ایران، آمریکا را مسبب اصلی بحران خواند.", ("IRN", "USA")),
    ("ایران، آمریکا را ناقض برجام دانست.", ("IRN", "USA")),
    ("وزیر خارجه روسیه تقصیر این حادثه را متوجه انگلیس دانست.", ("RUS", "GBR")),
    ("سخنگوی وزارت خارجه چین انتقادات تندی را متوجه آلمان کرد.", ("CHN", "DEU")),
    ("ایران اتهاماتی را علیه آمریکا مطرح کرد.", ("IRN", "USA")),
    ("وزیر خارجه ایران تقصیر را به گردن آمریکا انداخت.", ("IRN", "USA")),
    ("عربستان سعودی فرانسه را ملامت کرد.", ("SAU", "FRA")),
    ("ترکیه وعده‌های آمریکا را زیر سوال می‌برد.", ("TUR", "USA")),
    ("ایران رئیس‌جمهور آمریکا را مسخره کرده است.", ("IRN", "USA")),
    ("ایران سیاست آمریکا را زیر سؤال برده بود.", ("IRN", "USA")),
    ("روسیه با زیر سوال بردن وعده‌های آمریکا گفت این کشور قابل اعتماد نیست.", ("RUS", "USA")),
    ("ایران واشنگتن را بدعهد خواند.", ("IRN", "USA")),
    ("ایران آمریکا را غیرقابل اعتماد دانست.", ("IRN", "USA")),
    ("ایران آمریکا را «تروریست» خواند.", ("IRN", "USA")),
    ("ایران تصمیم آمریکا را اشتباه خواند.", ("IRN", "USA")),
    ("ایران اسرائیل را غده سرطانی می‌داند.", ("IRN", "ISR")),
    ("ایران آمریکا را تروریست می‌خواند.", ("IRN", "USA")),
    ("ایران سیاست‌های آمریکا را شکست‌خورده توصیف کرد.", ("IRN", "USA")),
]


@pytest.mark.parametrize(("text", "want"), PERSIAN)
def test_persian_forms(text: str, want: tuple[str, str]) -> None:
    assert want in _pairs(text, "fa"), _pairs(text, "fa")


# Nothing is criticised (or no one by this trigger), in each language.
NOTHING: list[tuple[str, str]] = [
    ("رئیس جمهور ایران از خود انتقاد کرد.", "fa"),
    ("وزیر اقتصاد ایران افزایش صادرات را عامل رشد اقتصادی دانست.", "fa"),
    ("داعش مسئولیت این حمله را به گردن گرفت.", "fa"),
    ("چین و روسیه مسئولیت برگزاری نشست را بر عهده دارند.", "fa"),
    ("ایران توجه جهانیان را متوجه غزه کرد.", "fa"),
    ("به گفته کارشناسان مشروعیت دولت ایران زیر سوال رفته است.", "fa"),
    ("وزیر خارجه ایران با تمسخر گفت هوا سرد است.", "fa"),
    ("وزیر خارجه ایران گفت بسیاری ما را تشویق و برخی مسخره کردند.", "fa"),
    ("در پی انتشار گزارشی ملامت‌بار، رئیس جمهور آمریکا سخنرانی کرد.", "fa"),
    ("The Egyptian army held a mock drill near the border.", "en"),
    ("Iran denied it was involved in the attack.", "en"),
    ("ادعى الوزير المصري أن الاقتصاد تحسن.", "ar"),
    ("دولت ایران اتهام نقش داشتن در این حمله را رد کرده است.", "fa"),
    ("سخر الرئيس المصري كل الإمكانيات من أجل المشروع.", "ar"),
    ("قال الجيش المصري إن جنوده سخروا من أجل الوطن.", "ar"),
    ("دعت مصر إلى الإفراج عن الصحفي حرصا على سلامته.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), NOTHING)
def test_no_accusation(text: str, lang: str) -> None:
    assert not _pairs(text, lang), _pairs(text, lang)


# Read in Persian, not in Arabic nor English (unchanged there): a cause told
# with a verb of deeming or a copula, and doubt cast (which there also tells
# doubt about prospects).
UNREAD: list[tuple[str, str]] = [
    ("Turkey cast doubt on American promises.", "en"),
    ("شككت تركيا في وعود الولايات المتحدة.", "ar"),
    ("Turkey said France was the main cause of instability in the region.", "en"),
    ("اعتبرت تركيا فرنسا المسبب الرئيسي لعدم الاستقرار في المنطقة.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), UNREAD)
def test_not_read_elsewhere(text: str, lang: str) -> None:
    assert not _pairs(text, lang)
