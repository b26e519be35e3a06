"""Round 85 (status85): events still to come when told, read as planned
(every sentence written for these tests).

- Arabic: "planned" as an indefinite adjective after its noun ("زيارة
  مزمعة", as "مرتقبة"); a date not yet set ("لم يحدد بعد موعد الزيارة");
  the future verbs of taking part in their other persons and numbers
  ("سيحضران", "سيشاركون", "سنشارك", as "سيحضر" was read); "supposed to"
  before the deed it governs ("من المفترض أن تعقد القمة") — only before it,
  so a relative clause of another noun after the deed plans nothing;
- Persian: what was to be done ("قرار بود", "مقرر بود") before its deed,
  and "از این قرار است/بود" ("as follows"), which is no schedule;
- English: "is/was supposed to", "no date has been set for".

Each sentence marked "main: reported" (or "main: planned") was read so
before this round; the others guard readings that must not change.
"""

from __future__ import annotations

import pytest

from event_statuses import statuses

PLANNED = [
    # main: reported (the indefinite adjective was no cue)
    ("ar", "تحدثت الصحف عن زيارة مزمعة للرئيس التركي إلى الجزائر.", "CONSULT"),
    # main: reported (only the singular "سيحضر" was a cue)
    (
        "ar",
        "وقال البيت الأبيض إن الرئيس ونائبه سيحضران حفل توقيع الاتفاقية بين مصر وإسرائيل.",
        "AGREE",
    ),
    # main: reported
    (
        "ar",
        "وقال الوزير إن رؤساء الحكومات العربية سيشاركون في القمة مع الرئيس الجزائري.",
        "CONSULT",
    ),
    # main: reported
    ("ar", "وقال الوزير إننا سنشارك في القمة مع الرئيس الجزائري في الجزائر.", "CONSULT"),
    # main: reported (a date not yet set)
    ("ar", "وأضاف أنه لم يحدد بعد موعد زيارة الرئيس الفرنسي إلى المغرب.", "CONSULT"),
    # main: reported ("supposed to" before the deed)
    ("ar", "ومن المفترض أن تعقد القمة بين مصر والسودان في الخرطوم.", "CONSULT"),
    # main: reported ("was to be sent")
    ("fa", "قرار بود در این هفته بیست تن کمک‌های پزشکی ژاپن به افغانستان ارسال شود.", "AID"),
    # main: reported
    ("fa", "مقرر بود نشست وزیران خارجه ایران و عراق در بغداد برگزار شود.", "CONSULT"),
    # main: reported
    ("en", "The aid from Japan to Afghanistan was supposed to arrive this week.", "AID"),
    # main: reported
    ("en", "No date has been set for the Turkish president's visit to Algeria.", "CONSULT"),
    # main: reported
    (
        "en",
        "The Egyptian president is supposed to meet the Saudi crown prince in Riyadh.",
        "CONSULT",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), PLANNED)
def test_event_still_to_come_is_planned(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"planned"}


REPORTED = [
    # main: planned ("قرار است" inside "از این قرار است", as follows)
    (
        "fa",
        "ماجرا از این قرار است که صدها کارگر نفت در مقابل ساختمان استانداری تجمع اعتراضی "
        "برپا کرده‌اند.",
        "PROTEST",
    ),
    # main: planned
    (
        "fa",
        "ماجرا از این قرار است که نیروهای امنیتی ده‌ها معترض را در اهواز بازداشت می‌کنند.",
        "COERCE",
    ),
    # guards: "supposed to" in a relative clause after the deed is another
    # noun's; the past of taking part, and plain past meetings, stay reported
    ("ar", "قتل جنديان في هجوم على الحاجز الذي من المفترض أن تحرسه القوات الدولية.", "ASSAULT"),
    ("ar", "حضر الرئيس المصري حفل توقيع الاتفاقية بين مصر وإسرائيل أمس.", "AGREE"),
    ("ar", "التقى وزير الخارجية المصري نظيره الأردني في عمان أمس.", "CONSULT"),
    ("fa", "وزیر خارجه ایران دیروز با همتای عراقی خود در بغداد دیدار کرد.", "CONSULT"),
    ("en", "Police arrested the man who was supposed to guard the embassy.", "COERCE"),
    (
        "en",
        "The Egyptian foreign minister met his Jordanian counterpart in Amman yesterday.",
        "CONSULT",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), REPORTED)
def test_event_told_as_done_stays_reported(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"reported"}
