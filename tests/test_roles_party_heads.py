"""A secretary-general written before a named party is its leader.

The spec's role for whoever leads a party is ``party_leader``; the same
title before the UN or another body stays that body's official. The
sentences are written for this test.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _roles(lang: str, text: str) -> dict[str | None, tuple[str | None, str | None]]:
    [event] = [e for e in process(Document("t", text, lang=lang)).events if e.type == "CONSULT"]
    return {a.code: (a.agent, a.role) for a in event.actors}


@pytest.mark.parametrize(
    ("lang", "text", "party"),
    [
        ("ar", "اجتمع الأمين العام لحركة النهضة أمس بوفد من الاتحاد الأوروبي في تونس.", "TUN"),
        ("fa", "دبیر کل حزب موتلفه اسلامی با سفیر چین در تهران دیدار کرد.", "IRN"),
        ("fa", "دبیرکل جبهه پایداری با وزیر خارجه عراق در تهران دیدار کرد.", "IRN"),
        ("en", "The secretary-general of the Ennahda party met the EU delegation in Tunis.", "TUN"),
    ],
)
def test_secretary_general_of_a_party_leads_it(lang: str, text: str, party: str) -> None:
    assert _roles(lang, text)[party] == ("PTY", "party_leader")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "التقى الأمين العام للأمم المتحدة الرئيس المصري في القاهرة."),
        ("fa", "دبیرکل سازمان ملل با رئیس جمهور ایران در نیویورک دیدار کرد."),
        ("en", "The UN secretary-general met the Egyptian president in Cairo."),
    ],
)
def test_secretary_general_of_the_un_stays_its_official(lang: str, text: str) -> None:
    assert _roles(lang, text)["UN"][1] == "official"
