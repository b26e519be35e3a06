"""Arabic events where there is none, told alike in Arabic, Persian and
English (round 37, noev37ar; every sentence written for these tests).

Rules added in this round:

- the bare noun "نداء" (appeal) asks someone (PLOVER REQUEST) only when it
  is addressed ("نداء إلى …"), a call for help ("نداء استغاثة"), or sent by
  a verb before it ("وجهت … نداء", "أطلقت الأمم المتحدة نداءات"). Without
  them it is mostly the name of the Tunisian party Nidaa Tounes ("النداء",
  "كتلة النداء", "حركة نداء تونس"), as English "Nidaa" and Persian "ندا"
  name the party and ask nothing;
- what one fears has not happened: the Arabic verbs of fearing ("يخشى",
  "تتخوف … من") govern the deed after them as the nouns "مخاوف من" and
  "خشية" did (no ASSAULT), as English "officials fear new bombings" (not the
  bare noun: "fled in fear after the militants attacked" still attacks) and
  Persian "از … بیم دارند";
- "حضن" (hugged) and "الحضانة" (custody) are no "حض" (urged) with an ending:
  no request, as English "hugged" and Persian "در آغوش گرفت";
- "قدم/تقدم" beside a sum gives no aid when what is put forward is a
  complaint, a lawsuit, a proposal or a resignation ("تقدم … بشكوى ضد …",
  "قدم استقالته"), nor in a sports story, as English "filed a complaint",
  "handed his resignation" and Persian "شکایت کرد", "استعفا داد".
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading all three share)
AGREED: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "The president of the republic said Nidaa is a national project for all Tunisians.",
        "وقال رئيس الجمهورية إن النداء مشروع وطني لكل التونسيين.",
        "رئیس جمهور گفت ندا پروژه‌ای ملی برای همه تونسی‌هاست.",
        (),
    ),
    (
        "The World Health Organization sent an appeal to the Libyan government to open the roads.",
        "وجهت منظمة الصحة العالمية نداء إلى الحكومة الليبية لفتح الطرقات.",
        "سازمان جهانی بهداشت از دولت لیبی خواست جاده‌ها را باز کند.",
        ("REQUEST reported WHO: LBY:GOV",),
    ),
    (
        "The United Nations launched appeals to help Syrian civilians.",
        "أطلقت الأمم المتحدة نداءات لمساعدة المدنيين السوريين.",
        "سازمان ملل برای کمک به غیرنظامیان سوری فراخوان داد.",
        ("REQUEST reported UN: SYR:CVL",),
    ),
    (
        "French officials fear new bombings in Paris during the holidays.",
        "ويخشى المسؤولون الفرنسيون من تفجيرات جديدة في باريس خلال الأعياد.",
        "مقامات فرانسوی از بمب‌گذاری‌های جدید در پاریس در ایام تعطیلات بیم دارند.",
        (),
    ),
    (
        "Egyptian authorities fear further attacks by militants on churches in Cairo.",
        "وتتخوف السلطات المصرية من هجمات المسلحين على الكنائس في القاهرة.",
        "مقامات مصری از حملات شبه‌نظامیان به کلیساها در قاهره بیم دارند.",
        (),
    ),
    (
        "The French president hugged the Syrian refugee child in front of the cameras.",
        "وحضن الرئيس الفرنسي الطفل السوري اللاجئ أمام الكاميرات.",
        "رئیس جمهور فرانسه کودک پناهجوی سوری را جلوی دوربین‌ها در آغوش گرفت.",
        (),
    ),
    (
        "The French president urged the Syrian government to stop the shelling.",
        "حث الرئيس الفرنسي الحكومة السورية على وقف القصف.",
        "رئیس جمهور فرانسه از دولت سوریه خواست گلوله‌باران را متوقف کند.",
        ("REQUEST reported FRA:GOV SYR:GOV",),
    ),
    (
        "A Jordanian businessman filed a complaint against the finance minister after"
        " losing 3 million dollars.",
        "وتقدم رجل أعمال أردني بشكوى ضد وزير المالية بعد خسارة 3 ملايين دولار.",
        "یک تاجر اردنی پس از از دست دادن ۳ میلیون دلار از وزیر دارایی شکایت کرد.",
        ("ACCUSE reported JOR:BUS JOR:GOV",),
    ),
    (
        "The Canadian minister handed his resignation to the prime minister after"
        " spending 40,000 dollars on private travel.",
        "وقدم الوزير الكندي استقالته لرئيس الوزراء بعد إنفاقه 40 ألف دولار على سفرات خاصة.",
        "وزیر کانادایی پس از خرج کردن ۴۰ هزار دلار برای سفرهای شخصی استعفای خود را به"
        " نخست‌وزیر تقدیم کرد.",
        (),
    ),
    (
        "Japan gave aid worth 5 million dollars to Syrian refugees in Jordan.",
        "قدمت اليابان مساعدات بقيمة 5 ملايين دولار للاجئين السوريين في الأردن.",
        "ژاپن ۵ میلیون دلار کمک به پناهجویان سوری در اردن داد.",
        ("AID reported JPN: SYR:REF",),
    ),
]


@pytest.mark.parametrize("en, ar, fa, expected", AGREED)
def test_three_languages_agree(en: str, ar: str, fa: str, expected: tuple[str, ...]) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert _read(text, lang) == set(expected), (lang, text)


# (English, Arabic, Persian): no request in any of the three; the other
# events of the sentence are read by other rules.
NO_REQUEST: list[tuple[str, str, str]] = [
    (
        "A Nidaa MP said that members of the party did not meet the detained businessman.",
        "أكدت نائبة عن النداء أن أعضاء الحزب لم يلتقوا رجل الأعمال الموقوف.",
        "یک نماینده ندا گفت اعضای حزب با تاجر بازداشت‌شده دیدار نکردند.",
    ),
    (
        "A Tunisian minister said his brother never joined Nidaa or any other party.",
        "وقال وزير تونسي إن شقيقه لم ينضم يوما إلى حزب غير النداء.",
        "یک وزیر تونسی گفت برادرش هرگز به ندا یا حزب دیگری نپیوست.",
    ),
    (
        "Answering the call of Arabism, the kingdom stood by Iraq.",
        "وساندت الكويت جيرانها في الأزمة تلبية لنداء الأخوة.",
        "پادشاهی در پاسخ به ندای عروبت در کنار عراق ایستاد.",
    ),
]


@pytest.mark.parametrize("en, ar, fa", NO_REQUEST)
def test_party_name_asks_nothing(en: str, ar: str, fa: str) -> None:
    for text, lang in ((en, "en"), (ar, "ar"), (fa, "fa")):
        assert not any(line.startswith("REQUEST") for line in _read(text, lang)), (lang, text)


def test_fear_as_a_noun_keeps_the_attack() -> None:
    """The bare English noun "fear" is no cue: the attack after "fled in fear
    after" happened."""
    lines = _read("Residents fled in fear after the militants attacked the village.", "en")
    assert any(line.startswith("ASSAULT reported") for line in lines)
