"""Words read in another sense than their event's (round 96, senses96).

Arabic "حذر" is also the noun caution, "تعاقب" the noun succession, "ينسحب
على" is "applies to", "مما دعا" is "which prompted", rescue workers quoted
and a life saved by medics are no aid; a report that warns threatens no one
(all three languages); a Persian outlet "به گفت‌وگو با … پرداخت"
interviewed its guest, and land set free ("آزادسازی شهر") is no captive
released. Guards keep the senses the events need. Sentences written for
these tests; those marked "main" are read wrong by main (97be9986).
"""

from __future__ import annotations

import pytest

from casts import types


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # main: caution read as a warning (ACCUSE)
        ("أبقت المخاوف من تباطؤ الاقتصاد الصيني المستثمرين الكوريين في حذر أمس.", "ar", "ACCUSE"),
        (
            "قال وزير الخارجية البريطاني: أما أنا فإنني أكثر حذرا من نظيري الفرنسي بشأن الاتفاق مع إيران.",
            "ar",
            "ACCUSE",
        ),
        # main: succession read as a punishment (SANCTION)
        (
            "استعرض السفير السعودي تاريخ المملكة منذ عهد الملك المؤسس وتعاقب أبنائه الملوك من بعده.",
            "ar",
            "SANCTION",
        ),
        # main: "applies to" read as a withdrawal (RETREAT)
        (
            "قال مسؤول سوري إن قرار التجنيد ينسحب على عناصر وحدات حماية الشعب الكردية أيضا.",
            "ar",
            "RETREAT",
        ),
        # main: "which prompted" read as a call (REQUEST)
        ("هاجم مسلح دورية للجيش المصري في سيناء مما دعا القوات إلى الرد عليه.", "ar", "REQUEST"),
        # main: rescue workers quoted, and medics saving lives, read as aid (AID)
        ("قال عمال إنقاذ إن ثلاثة أشخاص قتلوا في انهيار مبنى بمدينة طنجة المغربية.", "ar", "AID"),
        ("حاول أطباء المستشفى إنقاذ حياة عشرات المصابين في حادث القطار بمصر.", "ar", "AID"),
        # main: a report's warning read as a warning to a side (ar, en); the
        # Persian sentence alone is read right on main (a guard of the phrase)
        ("حذر تقرير لوزارة الصحة المصرية من انتشار مرض السكري بين المصريين.", "ar", "ACCUSE"),
        (
            "The report warns that Iran and Iraq will lose much of their farmland to drought.",
            "en",
            "THREATEN",
        ),
        (
            "این گزارش هشدار می‌دهد که فرانسه و آلمان به اهداف اقلیمی پاریس نخواهند رسید.",
            "fa",
            "THREATEN",
        ),
        # main: an outlet's interview read as talks (CONSULT), a headline glued
        # to the body as scraped pages write it
        (
            "روابط تهران و کابل پس از طالبانخبرگزاری فارس به گفت‌وگو با سفیر پیشین ایران در افغانستان پرداخت و نوشت: روابط دو کشور خوب است.",
            "fa",
            "CONSULT",
        ),
        (
            "نقش چین در افغانستانروزنامه اعتماد به گفتگو با یک کارشناس مسائل افغانستان پرداخت.",
            "fa",
            "CONSULT",
        ),
        # main: land set free read as a release (CONCEDE)
        ("دوره دوم روابط شوروی و عراق با آزاد سازی خرمشهر توسط ایران آغاز شد.", "fa", "CONCEDE"),
        (
            "ایران همواره مخالف اشغال سرزمین آذربایجان بوده و سال گذشته نیز بعد از اینکه بخشی از مناطق اشغالی آزاد شد موضع خود را اعلام کرد.",
            "fa",
            "CONCEDE",
        ),
    ],
)
def test_word_in_another_sense_is_no_event(text: str, lang: str, etype: str) -> None:
    assert etype not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("حذرت الولايات المتحدة إيران من أي هجوم على سفنها في الخليج.", "ar", "ACCUSE"),
        ("وزير الخارجية الفرنسي حذر روسيا من عواقب ضم أراض أوكرانية.", "ar", "ACCUSE"),
        ("قالت واشنطن إنها تعاقب إيران بعقوبات جديدة على قطاع النفط.", "ar", "SANCTION"),
        ("أعلنت الحكومة الأمريكية أن قواتها ستنسحب من العراق نهاية العام.", "ar", "RETREAT"),
        ("دعا وزير الخارجية المصري إسرائيل إلى وقف بناء المستوطنات.", "ar", "REQUEST"),
        ("أنقذ خفر السواحل الإيطالي مئات المهاجرين قبالة سواحل ليبيا.", "ar", "AID"),
        (
            "ایران روز شنبه درباره حضور ناوهای آمریکا در خلیج فارس به آمریکا هشدار داد.",
            "fa",
            "ACCUSE",
        ),
        ("وزیر امور خارجه ایران به گفت‌وگو با همتای عمانی خود در مسقط پرداخت.", "fa", "CONSULT"),
        ("دستگاه قضایی ایران ده زندانی خارجی را آزاد کرد.", "fa", "CONCEDE"),
        ("ایران پانزده ماهیگیر هندی را که در زندان بوشهر بودند آزاد کرد.", "fa", "CONCEDE"),
        ("Iran warned the United States against any attack on its ships.", "en", "ACCUSE"),
    ],
)
def test_the_event_sense_is_kept(text: str, lang: str, etype: str) -> None:
    assert etype in types(text, lang)
