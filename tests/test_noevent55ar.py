"""noevent55ar: two families of "no event at all" found among the false hits
of the readers' labels (round 55).

- A present-tense "opposes/refuses" in a relative clause ("الجهات التي تعترض
  على …", "الذين يرفضون …") describes who the noun is, no refusal told; the
  past ("الذين رفضوا القرار") tells the deed and stays REJECT.
- A party's own organ that meets ("وسيجتمع المكتب السياسي …", "انعقاد مجلس
  الشورى") meets within its party, no CONSULT.
- A judicial inquiry or a study called "بحث" ("فتح بحث تحقيقي", "بحث صادر
  عن …") is no talks.
- A body's own meeting told as "its meeting" after a preposition ("خلال
  اجتماعها أمس", "لاجتماعها") is business within one side, no CONSULT; its
  meeting with someone ("خلال اجتماعها مع …", "عقب اجتماعها برئيس …") stays.

English ("groups that oppose …", "during its meeting") and Persian ("که با …
مخالفت می‌کنند", "در نشست خود") never read these as events: their tests check
that nothing changes there. Sentences written for these tests."""

from __future__ import annotations

import pytest

from casts import types


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وهناك الكثير من الجمعيات غير الحكومية التي تعترض على استيراد القمح المعدل وراثيا.", "ar"),
        ("ويمكن للمزارعين تصدير المحصول إلى الدول التي لا تعترض على هذه البذور.", "ar"),
        ("وقال الكاتب إن الذين يرفضون المسرح يجهلون تاريخه.", "ar"),
        ("There are many groups that oppose imports of modified wheat.", "en"),
        ("Farmers can export the crop to countries that do not object to these seeds.", "en"),
        ("سازمان‌های زیادی هستند که با واردات گندم تراریخته مخالفت می‌کنند.", "fa"),
        ("کشاورزان می‌توانند محصول را به کشورهایی صادر کنند که با این بذرها مخالفتی ندارند.", "fa"),
    ],
)
def test_a_standing_opposition_in_a_relative_clause_is_no_rejection(text: str, lang: str) -> None:
    assert "REJECT" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وأقال رئيس الوزراء الوزراء الذين رفضوا إقرار خطة التقشف.", "ar"),
        ("رفضت الحكومة الأردنية الطلب الإسرائيلي أمس.", "ar"),
        (
            "The prime minister dismissed the ministers who refused to approve the austerity plan.",
            "en",
        ),
        ("نخست وزیر وزیرانی را که تصویب طرح ریاضتی را رد کردند برکنار کرد.", "fa"),
    ],
)
def test_a_refusal_told_as_a_deed_stays(text: str, lang: str) -> None:
    assert "REJECT" in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قررت الحكومة الأردنية خلال اجتماعها الطارئ مساء الجمعة استدعاء السفير الإسرائيلي.", "ar"),
        (
            "وأعلنت اللجنة المركزية لحركة فتح في البيان الختامي لاجتماعها اليوم دعمها للرئيس الفلسطيني.",
            "ar",
        ),
        ("أعلنت الهيئة المديرة للجمعية في البيان الختامي لاجتماعها اليوم عن رئيسها الجديد.", "ar"),
        ("قررت اللجنة الوطنية إثر اجتماعها الطارئ مساء الجمعة رفع الأسعار.", "ar"),
        (
            "The union's executive board decided during its meeting yesterday to postpone the strike.",
            "en",
        ),
        ("هیئت مدیره اتحادیه در نشست خود دیروز تصمیم گرفت اعتصاب را به تعویق بیندازد.", "fa"),
    ],
)
def test_a_bodys_own_meeting_is_no_consultation(text: str, lang: str) -> None:
    assert "CONSULT" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وقالت وزيرة الخارجية الأسترالية خلال اجتماعها مع نظيرها الياباني إن العلاقات متينة.",
            "ar",
        ),
        ("وأكدت المستشارة الألمانية عقب اجتماعها برئيس الوزراء الإيطالي أن الهجرة أولوية.", "ar"),
        (
            "The Australian foreign minister said during her meeting with her Japanese counterpart that ties were strong.",
            "en",
        ),
        ("وزیر خارجه استرالیا در دیدار با همتای ژاپنی خود گفت روابط محکم است.", "fa"),
    ],
)
def test_a_meeting_with_another_side_stays(text: str, lang: str) -> None:
    assert "CONSULT" in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وسيجتمع المكتب السياسي للحزب بدوره لاختيار الأمين العام الجديد.", "ar"),
        ("وسيجتمع المكتب السياسي لحزب العمال الجمعة لتحديد موقفه من حكومة الشاهد.", "ar"),
        ("The party's political bureau will meet in turn to elect the new executive bureau.", "en"),
        ("دفتر سیاسی حزب نیز برای انتخاب دفتر اجرایی جدید تشکیل جلسه خواهد داد.", "fa"),
    ],
)
def test_a_party_organ_that_meets_is_no_consultation(text: str, lang: str) -> None:
    assert "CONSULT" not in types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "أذنت النيابة العمومية بالمحكمة الابتدائية بصفاقس بفتح بحث تحقيقي ضد عضو في حزب نداء تونس.",
            "ar",
        ),
        ("وكشف بحث صادر عن جامعة أكسفورد البريطانية أن الطلاب الأجانب يواجهون صعوبات كبيرة.", "ar"),
        (
            "The public prosecutor in Sfax opened a judicial investigation into a member of the Nidaa Tounes party.",
            "en",
        ),
        (
            "A study published by Oxford University found that foreign students face great difficulties.",
            "en",
        ),
        ("دادستانی صفاقس درباره یکی از اعضای حزب ندای تونس تحقیقات قضایی را آغاز کرد.", "fa"),
        (
            "پژوهشی که دانشگاه آکسفورد منتشر کرد نشان داد دانشجویان خارجی با دشواری‌های بزرگی روبرو هستند.",
            "fa",
        ),
    ],
)
def test_an_inquiry_or_a_study_is_no_consultation(text: str, lang: str) -> None:
    """A judicial inquiry ("فتح بحث تحقيقي") or a research paper ("بحث صادر
    عن …") is no talks; English and Persian never read them as such."""
    assert "CONSULT" not in types(text, lang)


def test_talks_held_by_bahatha_stay() -> None:
    assert "CONSULT" in types(
        "بحث وزير الخارجية التونسي مع نظيره الجزائري العلاقات الثنائية.", "ar"
    )
