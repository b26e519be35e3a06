"""What is asked for or proposed is not done (status12).

A condemnation asked for ("دعت الحكومة إلى إدانة العدوان") is part of the
request, not a condemnation made; a meeting proposed ("proposed a summit",
"پیشنهاد برگزاری نشست") is no meeting held. Controls: a condemnation told
in its own clause after a request, and support pledged after a comma, stay.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def types(text: str, lang: str) -> set[str]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-02"))
    return {e.type for e in record.events}


GONE = [
    ("ar", "ودعا حزب العمال الحكومة المغربية إلى إدانة العدوان على غزة.", "ACCUSE"),
    ("ar", 'ودعت حركة النهضة، الحكومة التونسية، إلى "إدانة العدوان الإسرائيلي".', "ACCUSE"),
    ("en", "Turkey proposed a summit with Russia and Iran.", "CONSULT"),
    ("en", "Egypt proposed holding talks between Israel and Hamas in Cairo.", "CONSULT"),
    ("fa", "ترکیه پیشنهاد برگزاری نشست سه‌جانبه با روسیه و ایران را داد.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), GONE)
def test_what_is_asked_or_proposed_is_no_event(lang: str, text: str, etype: str) -> None:
    assert etype not in types(text, lang)


KEPT = [
    ("ar", "ودعت مصر إلى ضبط النفس وأدانت الهجوم الإسرائيلي على غزة.", "ACCUSE"),
    ("ar", "ودعا أردوغان إلى رفع الحصار عن قطر، وتعهد بمواصلة دعمها.", "SUPPORT"),
    ("en", "Turkey held a summit with Russia and Iran in Ankara.", "CONSULT"),
    ("fa", "ترکیه نشست سه‌جانبه‌ای با روسیه و ایران برگزار کرد.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), KEPT)
def test_deeds_done_stay(lang: str, text: str, etype: str) -> None:
    assert etype in types(text, lang)
