"""Persian wording of criticism, requests and threats (PLOVER ACCUSE,
REQUEST, THREATEN) beyond the core verbs: "ایراد گرفت", "گلایه کرد",
"توبیخ کرد", "غیرقانونی خواند", "به … تاخت", blame pinned "به گردن",
"خواهان … هستیم", "ترغیب کرد", "خط و نشان کشید", "تلافی خواهد کرد",
"عواقب آن بر عهده …".

Every sentence was written for these tests; none comes from the corpus, the
dev set or the challenge sets. Arabic and English sentences show the Persian
data does not change the other languages.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def types(text: str, lang: str) -> set[str]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))
    return {e.type for e in record.events}


FA_FOUND = [
    ("ACCUSE", "وزیر خارجه ایران از سیاست‌های اقتصادی دولت ترکیه ایراد گرفت."),
    ("ACCUSE", "سخنگوی دولت عراق از رفتار مقامات کویت گلایه کرد."),
    ("ACCUSE", "رئیس جمهور افغانستان فرماندار ولایت هرات را توبیخ کرد."),
    ("ACCUSE", "وزارت خارجه روسیه این تصمیم اوکراین را غیرقانونی خواند."),
    ("ACCUSE", "رئیس مجلس ایران در نطقی به دولت آمریکا تاخت."),
    ("ACCUSE", "نخست وزیر پاکستان تقصیر بحران را به گردن دولت هند انداخت."),
    ("ACCUSE", "وزیر خارجه بریتانیا انفجار در بندر را کار روسیه دانست."),
    ("ACCUSE", "نماینده مجلس از بی‌کفایتی دولت ایران در مهار تورم سخن گفت."),
    ("REQUEST", "ما خواهان هستیم که عراق دیپلمات‌های ما را فوراً آزاد کند."),
    ("REQUEST", "از وزیر خارجه ترکیه خواسته شد که به تهران سفر کند."),
    ("REQUEST", "دبیرکل سازمان ملل طرفین را به گفتگو ترغیب کرد."),
    ("THREATEN", "فرمانده سپاه پاسداران به اسرائیل خط و نشان کشید."),
    ("THREATEN", "دولت چین گفت که به این اقدام آمریکا تلافی خواهد کرد."),
    ("THREATEN", "ایران اعلام کرد مسئولیت عواقب این اقدام بر عهده آمریکا است."),
]


@pytest.mark.parametrize(("kind", "text"), FA_FOUND)
def test_fa_verbal_types(kind: str, text: str) -> None:
    assert kind in types(text, "fa")


FA_NOT = [
    # raids, not lashing out
    ("ACCUSE", "گروه‌های مسلح در دهه گذشته به روستاهای مرزی تاخت و تاز کردند."),
    # ambassadors recalled are no request
    ("REQUEST", "آلمان و ایران سفرای خود را فراخواندند."),
]


@pytest.mark.parametrize(("kind", "text"), FA_NOT)
def test_fa_verbal_other_senses(kind: str, text: str) -> None:
    assert kind not in types(text, "fa")


CONTROLS = [
    ("ar", "ACCUSE", "انتقد وزير الخارجية الإيراني سياسات الحكومة التركية الاقتصادية."),
    ("ar", "THREATEN", "هدد قائد الحرس الثوري إسرائيل برد قاس."),
    ("en", "ACCUSE", "The Turkish foreign minister criticised Iraq's economic policies."),
    ("en", "REQUEST", "The UN chief called on Israel and Iran to resume talks."),
    ("en", "THREATEN", "China threatened to retaliate against the United States."),
]


@pytest.mark.parametrize(("lang", "kind", "text"), CONTROLS)
def test_other_languages_unchanged(lang: str, kind: str, text: str) -> None:
    assert kind in types(text, lang)
