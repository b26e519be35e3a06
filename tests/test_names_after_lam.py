"""An actor's name is shown as a reader would cite it.

Arabic contracts the article after the preposition "ل" ("ل" + "الأمير" is
written "للأمير"); a name matched in that form is shown with its article,
not with the preposition glued to it (``document_scan._written_name``). Persian and
English have no such contraction: their names stay exactly as written.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def names(text: str, lang: str) -> set[str]:
    record = process(Document(doc_id="t", text=text, lang=lang))
    return {a.name for e in record.events for a in e.actors if a.name}


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a person matched after "ل"
        (
            "بعث أمير قطر برقية تهنئة للأمير محمد بن سلمان بمناسبة تعيينه.",
            "ar",
            "الأمير محمد بن سلمان",
        ),
        (
            "وجه الرئيس المصري دعوة رسمية للملك سلمان بن عبدالعزيز لزيارة القاهرة.",
            "ar",
            "الملك سلمان بن عبدالعزيز",
        ),
        # a movement or party matched after "ل"
        ("أعلنت الحكومة اليمنية دعمها للحوثيين.", "ar", "الحوثيين"),
        ("هاجم مسلحون مقرا للحزب الدستوري الحر في تونس.", "ar", "الحزب الدستوري الحر"),
        # the same names without the preposition are shown as written
        (
            "اتهمت الحكومة العراقية الحرس الثوري الإيراني بقصف مواقع في كردستان.",
            "ar",
            "الحرس الثوري الإيراني",
        ),
        ("دولت لبنان از حزب‌الله انتقاد کرد.", "fa", "حزب‌الله"),
        (
            "سپاه پاسداران انقلاب اسلامی به مواضع گروهک‌های تروریستی در شمال عراق حمله کرد.",
            "fa",
            "سپاه پاسداران انقلاب اسلامی",
        ),
        (
            "The Iraqi government accused the Islamic Revolutionary Guard Corps "
            "of shelling villages in Kurdistan.",
            "en",
            "Islamic Revolutionary Guard Corps",
        ),
    ],
)
def test_name_shown_as_cited(text: str, lang: str, want: str) -> None:
    got = names(text, lang)
    assert want in got
    assert not any(n.startswith("لل") for n in got)
