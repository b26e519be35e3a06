"""A Persian demand told by its own predicate after a protest, and a demand
closed by a subjunctive words away (round 85, typesfa85; every sentence
written for these tests).

A protest's slogans are no events of their own (``trigger_candidates._told_once``): the
participle, verbal noun or coordinated verb after it ("rallied, demanding
…", "تظاهروا مطالبين …", "ودعوا الحكومة إلى …") tells what it was for, and
English and Arabic keep that reading. Persian "خواستار" tells the demand
with its own predicate ("… با تجمع مقابل استانداری خواستار … شدند", "دست به اعتصاب زدند
و خواستار … شدند"): a request made, beside the protest
(``context.OWN_DEMANDS``). The verb that closes "خواستار" stands past its
object, further than the three words a noun's verb is read in: a
subjunctive there ("حق شماست که خواستار افزایش دستمزد … شوید") is a demand
one may make, none made (``verb_mood._demand_verb``), unless a copula or
"که" closes the demand first (``context.DEMAND_STOPS``). English "their
right to demand" now reads the same way (``lang/en/status``); Arabic "من
حقهم أن يطالبوا" already did.
"""

from __future__ import annotations

from casts import run


def _types(text: str, lang: str) -> set[str]:
    """The types of the events read in ``text``."""
    return {e.type for e in run(text, lang).events}


# --- Persian ---------------------------------------------------------------------


def test_fa_demand_after_a_rally_is_a_request() -> None:
    # main read the protest alone: the demand was taken for its slogan
    text = "صدها کارگر با تجمع مقابل استانداری خواستار پرداخت دستمزدهای معوق خود شدند."
    assert {"PROTEST", "REQUEST"} <= _types(text, "fa")


def test_fa_demand_after_a_strike_is_a_request() -> None:
    # main read the strike alone
    text = "رانندگان کامیون روز دوشنبه دست به اعتصاب زدند و خواستار افزایش نرخ کرایه شدند."
    assert {"PROTEST", "REQUEST"} <= _types(text, "fa")


def test_fa_demand_after_a_held_protest_is_a_request() -> None:
    # main read the protest alone (this sentence was a case of
    # test_extract_rules.test_protesters_demands_are_the_protest, which
    # still holds the participle-like English and Arabic cases)
    text = "صدها دانشجو تظاهرات مقابل سفارت انگلیس برگزار کردند و خواستار اخراج سفیر شدند."
    assert _types(text, "fa") == {"PROTEST", "REQUEST"}


def test_fa_demand_one_may_make_is_none() -> None:
    # main read a REQUEST: the subjunctive "شوید" four words after the
    # demand word closes it (a right to demand, no demand made)
    text = "کارفرما به کارگران گفت حق شماست که خواستار افزایش دستمزد و بیمه خود شوید."
    assert "REQUEST" not in _types(text, "fa")


def test_fa_demand_closed_by_a_copula_before_its_clause_stays() -> None:
    # guard: holds on main; "است" closes the demand, "شوند" is its content's verb
    text = "دبیرکل سازمان ملل خواستار آن است که همه زندانیان سیاسی هر چه زودتر آزاد شوند."
    assert "REQUEST" in _types(text, "fa")


def test_fa_standing_demand_stays() -> None:
    # guard: holds on main
    text = "بازنشستگان فرهنگی خواستار افزایش مستمری خود هستند."
    assert "REQUEST" in _types(text, "fa")


def test_fa_protest_with_chants_stays_one_protest() -> None:
    # guard: holds on main; chants are no demand of their own
    text = "معترضان در تهران تجمع کردند و علیه گرانی شعار دادند."
    assert _types(text, "fa") == {"PROTEST"}


# --- English ---------------------------------------------------------------------


def test_en_their_right_to_demand_is_no_demand() -> None:
    # main read a REQUEST of the workers
    text = "The employer told the workers that it is their right to demand higher wages."
    assert "REQUEST" not in _types(text, "en")


def test_en_rally_demanding_keeps_its_slogan() -> None:
    # guard: holds on main; the participle tells what the rally was for
    text = (
        "Hundreds of workers rallied outside the governor's office, demanding their unpaid wages."
    )
    assert _types(text, "en") == {"PROTEST"}


def test_en_plain_demand_stays() -> None:
    # guard: holds on main
    text = "The truck drivers' union demanded higher freight rates from the government."
    assert "REQUEST" in _types(text, "en")


# --- Arabic ----------------------------------------------------------------------


def test_ar_protest_demanding_keeps_its_slogan() -> None:
    # guard: holds on main
    text = "تظاهر مئات العمال أمام مبنى المحافظة مطالبين بصرف أجورهم المتأخرة."
    assert _types(text, "ar") == {"PROTEST"}


def test_ar_demand_made_at_a_rally_stays() -> None:
    # guard: holds on main; the demand's own verb comes first
    text = "طالب مئات العمال خلال تجمع أمام مبنى المحافظة بصرف أجورهم المتأخرة."
    assert {"PROTEST", "REQUEST"} <= _types(text, "ar")


def test_ar_their_right_to_demand_is_no_demand() -> None:
    # guard: holds on main
    text = "قال صاحب العمل للعمال إن من حقهم أن يطالبوا بزيادة الأجور."
    assert "REQUEST" not in _types(text, "ar")
