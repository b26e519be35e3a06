"""Round 46, Persian agents (agents46fa; every sentence written for these tests).

- a body named only as where a workers' protest gathers (a landmark: "در
  نزدیکی ساختمان وزارت کار", "near the labour ministry building", "قرب مبنى
  وزارة العمل") is no government named: the strike keeps no government
  understood, as with no body named (``events._named_agents``).
"""

from __future__ import annotations

import pytest

from casts import cast, run

# --- 1. a landmark body is no government named in a workers' protest ---------------

LANDMARK_STRIKES = [
    ("fa", "کارگران کارخانه فولاد در نزدیکی ساختمان وزارت کار در تهران تجمع کردند."),
    ("en", "Steel plant workers rallied near the labour ministry building in Cairo."),
    ("ar", "تظاهر عمال مصنع الصلب قرب مبنى وزارة العمل في القاهرة."),
]


@pytest.mark.parametrize(("lang", "text"), LANDMARK_STRIKES)
def test_landmark_body_is_no_named_government(lang: str, text: str) -> None:
    got = cast(run(text, lang), "PROTEST")
    assert any(a.endswith(":LAB") for a in got), got
    assert not any(a.endswith(":GOV") for a in got), got


# the government named as a side still keeps it understood (mend38)
NAMED_OFFICIAL_STRIKES = [
    (
        "fa",
        "کارگران کارخانه فولاد در نزدیکی ساختمان استانداری اعتصاب کردند و وزیر کار"
        " خواسته‌های آنان را غیرقانونی خواند.",
    ),
    (
        "en",
        "Steel plant workers went on strike near the governor's office while the labour"
        " minister called their demands unlawful.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NAMED_OFFICIAL_STRIKES)
def test_named_official_keeps_government(lang: str, text: str) -> None:
    got = cast(run(text, lang), "PROTEST")
    assert any(a.endswith(":GOV") for a in got), got
