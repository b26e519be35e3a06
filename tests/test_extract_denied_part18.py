"""One's part in a deed, named only to be denied.

"تهران هرگونه دست داشتن در آن حمله را رد کرد", "نفت إيران أي تورط في
الهجوم", "Iran denied any role in the attack": the deed is told as denied,
a negated event of the one who denies (``status.NEGATION_CUES``; Persian:
the guarded ``ASSAULT`` trigger, with the deed told before, "در آن/این").
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang, published="2024-05-14"))


DENIED = [
    ("fa", "تهران روز یکشنبه هر گونه دست داشتن در آن حمله را رد کرد.", "IRN"),
    ("fa", "وزارت خارجه ایران هرگونه دست داشتن در این انفجار را قاطعانه تکذیب کرد.", "IRN"),
    ("ar", "نفت إيران أي تورط في الهجوم على الناقلة قبالة سواحل عمان.", "IRN"),
    ("ar", "نفت دمشق أي تورط لها في التفجير في وسط مدينة حلب.", "SYR"),
    ("en", "Iran denied any role in the attack on the tanker off the coast of Oman.", "IRN"),
    ("en", "Hamas denied any part in the bombing of the bus in Jerusalem.", "PSE"),
]


@pytest.mark.parametrize("lang,text,denier", DENIED)
def test_denied_part_is_negated_deed(lang: str, text: str, denier: str) -> None:
    found = [e for e in run(text, lang).events if e.type == "ASSAULT"]
    assert found, "no attack read"
    assert all(e.status == "negated" for e in found), [(e.status, e.trigger) for e in found]
    assert any(denier in {a.code for a in e.actors} for e in found)


# A part in a deed that is not denied stays a report.
OWNED = [
    ("fa", "سپاه پاسداران ایران مسئولیت حمله به پایگاه را بر عهده گرفت.", "IRN"),
    ("en", "Iran admitted a role in the attack on the base.", "IRN"),
]


@pytest.mark.parametrize("lang,text,doer", OWNED)
def test_owned_part_is_reported(lang: str, text: str, doer: str) -> None:
    found = [e for e in run(text, lang).events if e.type == "ASSAULT"]
    assert any(e.status == "reported" and doer in {a.code for a in e.actors} for e in found)
