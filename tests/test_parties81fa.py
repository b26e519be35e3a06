"""Round 81 (parties81fa; every sentence written for these tests).

Kept: a summit named only as the setting of another deed is no meeting of
its own (``extract/summit_setting.py``; tests at the end).

Measured and not kept (strict xfails, ``_CUE_GAP``): a state's army,
ministry or head of government as a cue of an ambiguous country name.

Persian "آذربایجان" (also Iran's Azerbaijan provinces), "گرجستان" (also the
US state) and "مالی" (also "financial") name the state only after a cue
(``COUNTRY_CUES``). "ارتش", "نیروهای مسلح", "وزارت (امور) خارجه", "وزیر
امور خارجه", "وزیر/وزارت دفاع", "نخست وزیر", "پارلمان" and "رئیس جمهوری"
would cue them: no province, US state or finance has an army or a foreign
minister. Arabic "جيش", "وزارة خارجية", "وزير/وزارة دفاع", "رئيس وزراء",
"برلمان" likewise ("جيش مالي"). A province, a bare "مقامات مالی" (financial
authorities) and "Monday" stay what they were; English already read "the
army of Mali" and "the prime minister of Georgia".
"""

from __future__ import annotations

import pytest

from casts import run

# Known gap: the state-body cues were measured and not kept (they moved no
# number and no corpus document; trial commit 59cc29a2). These sentences
# read right with them.
_CUE_GAP = pytest.mark.xfail(
    strict=True, reason="parties81fa: body cues of ambiguous country names not kept"
)


def _sides(text: str, lang: str) -> list[set[tuple[str | None, str | None]]]:
    """Each event's (code, agent) sides read in ``text``."""
    return [{(a.code, a.agent) for a in e.actors} for e in run(text, lang).events]


def _codes(text: str, lang: str) -> set[str | None]:
    """Every code among the sides of ``text``'s events."""
    return {code for sides in _sides(text, lang) for code, _ in sides}


# --- Persian ------------------------------------------------------------------


@_CUE_GAP
def test_fa_army_of_azerbaijan_is_the_state() -> None:
    sides = _sides("ارتش آذربایجان به مواضع ارمنستان حمله کرد.", "fa")
    assert sides == [{("AZE", "MIL"), ("ARM", None)}]


@_CUE_GAP
def test_fa_armed_forces_of_azerbaijan() -> None:
    assert ("AZE", "MIL") in _sides("نیروهای مسلح آذربایجان به مواضع ارمنستان حمله کردند.", "fa")[0]


@_CUE_GAP
def test_fa_foreign_ministry_of_azerbaijan_accuses() -> None:
    sides = _sides("وزارت خارجه آذربایجان ارمنستان را به نقض آتش بس متهم کرد.", "fa")
    assert sides == [{("AZE", "GOV"), ("ARM", None)}]


@_CUE_GAP
def test_fa_foreign_minister_long_title() -> None:
    sides = _sides("وزیر امور خارجه آذربایجان با همتای ترکیه دیدار کرد.", "fa")
    assert sides == [{("AZE", "GOV"), ("TUR", "GOV")}]


@_CUE_GAP
def test_fa_defence_minister_of_azerbaijan() -> None:
    assert ("AZE", "GOV") in _sides("وزیر دفاع آذربایجان با همتای ترکیه دیدار کرد.", "fa")[0]


@_CUE_GAP
def test_fa_prime_minister_of_georgia() -> None:
    sides = _sides("نخست وزیر گرجستان با رئیس جمهور روسیه دیدار کرد.", "fa")
    assert sides == [{("GEO", "GOV"), ("RUS", "GOV")}]


@_CUE_GAP
def test_fa_army_of_mali() -> None:
    assert ("MLI", "MIL") in _sides("ارتش مالی به مواضع شورشیان حمله کرد.", "fa")[0]


def test_fa_province_stays_iranian() -> None:
    sides = _sides("استاندار آذربایجان شرقی با سفیر ترکیه دیدار کرد.", "fa")
    assert "AZE" not in {code for s in sides for code, _ in s}


def test_fa_financial_authorities_are_no_mali() -> None:
    assert "MLI" not in _codes("مقامات مالی آمریکا ایران را تحریم کردند.", "fa")


def test_fa_minister_on_monday_is_no_dushanbe() -> None:
    assert "TJK" not in _codes("نخست وزیر دوشنبه با وزیر خارجه ترکیه دیدار کرد.", "fa")


# --- Arabic -------------------------------------------------------------------


@_CUE_GAP
def test_ar_army_of_mali() -> None:
    assert ("MLI", "MIL") in _sides("هاجم جيش مالي مواقع المتمردين.", "ar")[0]


@_CUE_GAP
def test_ar_prime_minister_of_georgia() -> None:
    sides = _sides("التقى رئيس وزراء جورجيا وزير الخارجية الروسي.", "ar")
    assert sides == [{("GEO", "GOV"), ("RUS", "GOV")}]


@_CUE_GAP
def test_ar_foreign_ministry_of_mali_accuses() -> None:
    sides = _sides("أعلنت وزارة خارجية مالي أن فرنسا انتهكت الاتفاق.", "ar")
    assert {("MLI", "GOV"), ("FRA", None)} in sides


def test_ar_financial_stays_an_adjective() -> None:
    assert "MLI" not in _codes(
        "قالت الحكومة المصرية إن الوضع المالي صعب وطلبت قرضا من الأردن.", "ar"
    )


# --- English ------------------------------------------------------------------


def test_en_army_of_mali() -> None:
    assert ("MLI", "MIL") in _sides("The army of Mali attacked rebel positions.", "en")[0]


def test_en_prime_minister_of_georgia() -> None:
    sides = _sides("The prime minister of Georgia met the Russian foreign minister.", "en")
    assert sides == [{("GEO", "GOV"), ("RUS", "GOV")}]


# --- a summit named as a deed's setting (summit_setting) ----------------------


def _types(text: str, lang: str) -> set[str]:
    """The event types read in ``text``."""
    return {e.type for e in run(text, lang).events}


def test_fa_criticism_at_a_summit_is_no_meeting() -> None:
    text = "وزیر خارجه ایران در اجلاس سازمان همکاری شانگهای از آمریکا انتقاد کرد."
    assert _types(text, "fa") == {"ACCUSE"}
    assert _codes(text, "fa") == {"IRN", "USA"}


def test_fa_summit_attended_stays_a_meeting() -> None:
    assert "CONSULT" in _types("رئیس جمهور روسیه در اجلاس سران بریکس شرکت کرد.", "fa")


def test_fa_meeting_at_a_summit_stays() -> None:
    sides = _sides("وزیر خارجه ایران در نشست شانگهای با همتای چینی خود دیدار کرد.", "fa")
    assert sides == [{("IRN", "GOV"), ("CHN", "GOV")}]


def test_ar_aid_announced_at_a_summit_is_no_meeting() -> None:
    text = "أعلن الرئيس الفرنسي خلال قمة مجموعة العشرين في روما تقديم مساعدات لأفغانستان."
    assert _types(text, "ar") == {"AID"}
    assert "G20" not in _codes(text, "ar")


def test_ar_summit_attended_stays_a_meeting() -> None:
    assert "CONSULT" in _types("شارك الرئيس الروسي في قمة بريكس.", "ar")


def test_en_aid_announced_at_a_summit_is_no_meeting() -> None:
    text = "French President Macron announced aid to Afghanistan at the G20 summit in Rome."
    assert _types(text, "en") == {"AID"}


def test_en_meeting_on_the_sidelines_stays() -> None:
    text = "Chinese President Xi met US President Biden on the sidelines of the G20 summit."
    assert _sides(text, "en") == [{("CHN", "GOV"), ("USA", "GOV")}]


def test_ar_summit_between_states_stays_a_meeting() -> None:
    text = "وجاء ذلك خلال قمة عربية أميركية وقعت فيها الولايات المتحدة صفقات أسلحة مع السعودية."
    assert "CONSULT" in _types(text, "ar")


# --- mendC82: a summit of the deed's own states stays their meeting ----------


def test_en_states_summit_named_before_the_noun_stays_a_meeting() -> None:
    text = "Putin and Erdogan agreed on a truce in Idlib at the Russian-Turkish summit in Sochi."
    assert _types(text, "en") == {"AGREE", "CONSULT"}
    assert all(sides == {("RUS", "GOV"), ("TUR", "GOV")} for sides in _sides(text, "en"))


def test_en_summit_named_by_its_city_stays_a_meeting() -> None:
    text = "Putin and Erdogan agreed on a truce in Idlib at the Ankara summit."
    assert _types(text, "en") == {"AGREE", "CONSULT"}


def test_ar_summit_named_by_its_city_stays_a_meeting() -> None:
    text = "اتفق بوتين وأردوغان على هدنة في إدلب خلال قمة أنقرة."
    assert _types(text, "ar") == {"AGREE", "CONSULT"}


def test_fa_summit_named_by_its_city_stays_a_meeting() -> None:
    text = "پوتین و اردوغان در اجلاس سوچی بر سر آتش‌بس در ادلب توافق کردند."
    assert _types(text, "fa") == {"AGREE", "CONSULT"}


def test_states_deed_at_a_bodys_summit_is_no_meeting() -> None:
    assert _types("Putin and Erdogan agreed on a truce in Idlib at the G20 summit.", "en") == {
        "AGREE"
    }
    assert _types("اتفق بوتين وأردوغان على هدنة في إدلب خلال قمة مجموعة العشرين.", "ar") == {
        "AGREE"
    }


def test_fa_aid_told_at_a_bodys_summit_is_still_no_meeting() -> None:
    text = "رئیس کمیسیون اروپا در اجلاس سران گروه ۲۰ کمک مالی به افغانستان را اعلام کرد."
    assert _types(text, "fa") == {"AID"}
