"""Persian precision on unseen articles, and the same construction in
Arabic and English (round 81, precision81fa; every sentence written for
these tests).

Rule of this round: prices or capacities set free ("آزادسازی قیمت سوخت",
"از آزاد کردن ظرفیت‌های کشور سخن گفت", "freed prices of fuel", "freed up
capacity") are an economy's reform, no captive released to another side
(PLOVER CONCEDE): the sentence's release is vetoed
(``triggers.VETO_WORDS``). A captive freed stays a release.
"""

from __future__ import annotations

import pytest

from casts import first_cast, run

# Prices or capacities set free are no release; Arabic "تحرير الأسعار" gave
# none already.
NOT_RELEASED: list[tuple[str, str]] = [
    ("fa", "دولت مصر از آزادسازی قیمت سوخت خبر داد."),
    ("fa", "وزیر ایرانی گفت از آزاد کردن ظرفیت‌های کشور سخن گفته است."),
    ("en", "The Egyptian government announced it freed prices of fuel."),
    ("en", "The Iranian minister said the reform freed up capacity in the ports."),
    ("ar", "أعلنت الحكومة المصرية تحرير أسعار الوقود."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_RELEASED)
def test_prices_and_capacities_set_free_are_no_release(lang: str, text: str) -> None:
    assert "CONCEDE" not in {e.type for e in run(text, lang).events}


RELEASED: list[tuple[str, str]] = [
    ("fa", "ایران دو ملوان بریتانیایی را آزاد کرد."),
    ("en", "Iran freed two British sailors."),
]


@pytest.mark.parametrize(("lang", "text"), RELEASED)
def test_a_captive_freed_stays_a_release(lang: str, text: str) -> None:
    assert first_cast(text, lang, "CONCEDE") == ["IRN:None", "GBR:CVL"]


# mendB82: the price phrase blocks only the trigger it begins with
# (``NOT_TRIGGERS``), so a captive's release told beside the reform stays.
RELEASED_BESIDE_REFORM: list[tuple[str, str, str]] = [
    (
        "en",
        "Iran freed two American sailors a day after the government moved to free prices of fuel.",
        "IRN",
    ),
    ("en", "Egypt released 300 prisoners on the day it announced price liberalization.", "EGY"),
    ("fa", "دولت ایران همزمان با آزادسازی قیمت بنزین، ۱۲ زندانی سیاسی را آزاد کرد.", "IRN"),
    ("ar", "أفرجت مصر عن 300 سجين في اليوم الذي أعلنت فيه تحرير أسعار الوقود.", "EGY"),
]


@pytest.mark.parametrize(("lang", "text", "code"), RELEASED_BESIDE_REFORM)
def test_a_release_beside_prices_set_free_stays(lang: str, text: str, code: str) -> None:
    releases = [e for e in run(text, lang).events if e.type == "CONCEDE"]
    assert releases and code == releases[0].actors[0].code
