"""A Persian sum written as an adjective of the aid it measures (round 81,
types81fa; every sentence written for these tests).

Persian writes a sum as an adjective of what it measures: "کمک ده میلیون
دلاری" (a ten-million-dollar aid), "کمک مالی یک میلیارد یورویی". The currency
word takes the adjectival "ی" ("یی" after a vowel, ``CURRENCY_ENDINGS`` of
lang/fa/money.py) and was read as no currency at all, so an aid word that
needs a sum ("کمک") found none and the aid was lost. Such a sum counts only
right after a noun of money given, lent, invested or traded
(``ADJECTIVAL_SUM_HEADS``); after another noun it is that thing's price or
cost: "ارز ۴۲۰۰ تومانی" (the currency sold at 4200 tomans), "طرح … دو هزار
میلیارد دلاری" (a plan). English and Arabic read the same aid already.
"""

from __future__ import annotations

from casts import run
from diplowatch.extract.money import find_money
from diplowatch.text.normalize import normalize


def _types(text: str, lang: str) -> set[str]:
    """The event types read in ``text``."""
    return {e.type for e in run(text, lang).events}


def _sides(text: str, lang: str, etype: str) -> list[list[str | None]]:
    """The country codes of the sides of each ``etype`` event of ``text``."""
    return [[a.code for a in e.actors] for e in run(text, lang).events if e.type == etype]


def _sums(text: str) -> list[tuple[float, str]]:
    """The Persian sums of ``text`` as (value, currency)."""
    return [(m.value, m.currency) for m in find_money(normalize(text).text, "fa")]


# --- Persian: the money finder ---------------------------------------------------


def test_fa_adjectival_dollar_sum_after_aid() -> None:
    assert _sums("کمک ده میلیون دلاری به افغانستان") == [(10_000_000.0, "USD")]


def test_fa_adjectival_euro_sum_after_vowel() -> None:
    assert _sums("کمک مالی یک میلیارد یورویی اتحادیه") == [(1_000_000_000.0, "EUR")]


def test_fa_adjectival_sum_of_a_loan() -> None:
    assert _sums("وامی پنج میلیون دلاری") == [(5_000_000.0, "USD")]


def test_fa_currency_rate_is_no_sum() -> None:
    assert _sums("تخصیص ارز ۴۲۰۰ تومانی به کالاهای اساسی") == []


def test_fa_cost_of_a_plan_is_no_sum() -> None:
    assert _sums("طرح دو هزار میلیارد دلاری زیرساخت") == []


def test_fa_plain_sum_stays() -> None:
    assert _sums("ده میلیون دلار") == [(10_000_000.0, "USD")]


def test_fa_currency_inside_another_word_is_no_sum() -> None:
    assert _sums("کمک ده میلیون دلاریزه") == []


# --- Persian: the aid ----------------------------------------------------------


def test_fa_aid_with_adjectival_sum_announced() -> None:
    text = "ژاپن از کمک ده میلیون دلاری به افغانستان خبر داد."
    assert _sides(text, "fa", "AID") == [["JPN", "AFG"]]


def test_fa_aid_with_adjectival_euro_sum() -> None:
    # mendB82: a16a3dc3 read AID here already, with no sum: the sum itself
    # is what this round reads
    text = "اتحادیه اروپا کمک مالی یک میلیارد یورویی به مردم افغانستان را اعلام کرد."
    aid = [e for e in run(text, "fa").events if e.type == "AID"]
    assert aid and (1e9, "EUR") in {(m.value, m.currency) for e in aid for m in e.amounts}


def test_fa_aid_plain_sum_stays() -> None:
    assert "AID" in _types("ژاپن از کمک ده میلیون دلار به افغانستان خبر داد.", "fa")


def test_fa_currency_rate_tells_no_aid() -> None:
    text = "دولت ایران تخصیص ارز ۴۲۰۰ تومانی به واردات کالاهای اساسی را متوقف کرد."
    assert "AID" not in _types(text, "fa")


def test_fa_plan_presented_is_no_aid() -> None:
    text = "دولت آمریکا طرح دو هزار میلیارد دلاری زیرساخت را به کنگره ارائه کرد."
    assert "AID" not in _types(text, "fa")


# --- English and Arabic: the same aid ---------------------------------------------


def test_en_aid_with_sum() -> None:
    text = "Japan announced $10 million in aid to Afghanistan."
    assert _sides(text, "en", "AID") == [["JPN", "AFG"]]


def test_ar_aid_with_sum() -> None:
    text = "أعلنت اليابان عن مساعدات بقيمة عشرة ملايين دولار لأفغانستان."
    assert _sides(text, "ar", "AID") == [["JPN", "AFG"]]
