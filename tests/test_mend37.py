"""Review mends of round 37 (every sentence written for these tests).

- A feared doer is no fear of a deed: "the much-feared guards arrested …"
  happened (only "fear that / fear new …" govern a deed not yet done).
- An official hosted stays a meeting though the crowd words follow him.
- After a request's noun in a verb-final language the one asked may follow:
  refugees asked by "درخواست … از پناهجویان" stay its target.
"""

from __future__ import annotations

import pytest

from casts import types as _types


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The much-feared border guards arrested three smugglers in Basra.", "en"),
        ("اعتقل حرس الحدود المرهوب ثلاثة مهربين في البصرة.", "ar"),
        ("گاردهای مرزی مخوف سه قاچاقچی را در بصره بازداشت کردند.", "fa"),
    ],
)
def test_feared_doer_still_acts(text: str, lang: str) -> None:
    assert "COERCE" in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Amman hosted the Iraqi foreign minister and a delegation of students.", "en"),
        ("استضافت عمان وزير الخارجية العراقي ووفدا من الطلاب.", "ar"),
        ("امان میزبان وزیر خارجه عراق و هیئتی از دانشجویان بود.", "fa"),
    ],
)
def test_official_hosted_is_a_meeting(text: str, lang: str) -> None:
    assert "CONSULT" in _types(text, lang)


def test_noun_request_keeps_refugees_asked() -> None:
    from casts import reading_lines

    lines = reading_lines("درخواست ترکیه از پناهجویان سوری برای ثبت نام اعلام شد.", "fa")
    assert any("SYR:REF" in line for line in lines if line.startswith("REQUEST"))
