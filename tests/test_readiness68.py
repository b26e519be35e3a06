"""Readiness told by the other adjectives of "ready" (round 68,
readiness68; every sentence written for these tests).

A side that says it is ready for a deed offers it; the deed is not done, so
it is planned (ONTOLOGY: "planned", announced for the future), as "مستعد",
"آماده" and "ready to" already read. Arabic "جاهز" and "على أتم/أهبة
الاستعداد", Persian "مهیای" / "مهیا است" are now read so too; the noun of a
standing state ("جاهزية القوات") and a ready thing that ends its clause
plan nothing, and a negated readiness stays negated.
"""

from __future__ import annotations

import pytest

from casts import run

# (language, sentence, event type, status it must have)
STATUSES = [
    ("ar", "قالت النقابة إن المعلمين جاهزون للإضراب في كل المدارس.", "PROTEST", "planned"),
    ("ar", "أكد الوزير أن بلاده جاهزة لإرسال قوات إلى مالي.", "MOBILIZE", "planned"),
    ("ar", "قال المتحدث إن مصر على أتم الاستعداد لتقديم مساعدات إلى السودان.", "AID", "planned"),
    ("ar", "قال القائد إن الجيش على أهبة الاستعداد لصد أي هجوم على الحدود.", "ASSAULT", "planned"),
    ("ar", "قالت الحكومة إنها غير جاهزة لإرسال قوات إلى مالي.", "MOBILIZE", "negated"),
    ("ar", "قدمت مصر مساعدات إلى السودان بعد أن أصبحت القوافل جاهزة.", "AID", "reported"),
    (
        "ar",
        "أكد الوزير جاهزية القوات بعد أن أرسلت الحكومة قوات إلى الحدود.",
        "MOBILIZE",
        "reported",
    ),
    ("fa", "وزیر خارجه گفت ایران مهیای مذاکره با عربستان است.", "CONSULT", "planned"),
    ("fa", "پس از مذاکره وزیران دو کشور در تهران، شرایط مهیا شد.", "CONSULT", "reported"),
    ("fa", "سخنگوی دولت گفت ایران آماده گفتگو با عربستان است.", "CONSULT", "planned"),
    ("en", "The minister said his country is ready to send troops to Mali.", "MOBILIZE", "planned"),
    ("en", "The party said it is willing to negotiate with the government.", "CONSULT", "planned"),
    (
        "en",
        "The government said it is not ready to negotiate with the opposition.",
        "CONSULT",
        "negated",
    ),
    ("en", "The government sent troops to the border, which were ready.", "MOBILIZE", "reported"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "status"), STATUSES)
def test_readiness_status(lang: str, text: str, etype: str, status: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == etype}
    assert statuses == {status}, (text, statuses)
