"""Heads and members of the parliaments one state alone has by name (round
73, bodies73; every sentence written for these tests).

Arabic ``lang/ar/roles.py`` ``_ONE_STATE_CHAMBERS`` (``TITLES_OF_STATE``):
"رئيس الكنيست", "عضو الكنيست", "أعضاء الكنيست" are Israel's legislators,
"رئيس مجلس الدوما" Russia's, "عضو مجلس العموم" Britain's, "عضو مجلس الشورى
الإسلامي" Iran's, as the chambers themselves are. Before, the title took no
country, or the country of whom it acted on ("انتقد رئيس مجلس الدوما
الولايات المتحدة" gave an American legislator, "وزراء الاحتلال وأعضاء
الكنيست" Palestinian ones). Persian ``lang/fa/roles.py``
``_BRITISH_CHAMBERS``: "رئیس مجلس عوام" read as a speaker of no country who
took the country named next. English already read these titles by the
chamber's name (tested below). Parliaments many states have keep the
country the sentence gives them.
"""

from __future__ import annotations

from casts import run


def _casts(text: str, lang: str) -> set[str]:
    """'CODE:AGENT' of every actor of every event of ``text``."""
    return {f"{a.code or '-'}:{a.agent}" for e in run(text, lang).events for a in e.actors}


# --- Arabic ---------------------------------------------------------------------


def test_ar_knesset_speaker_is_israeli() -> None:
    casts = _casts("استقبل رئيس الكنيست السفير الأردني في مكتبه.", "ar")
    assert "ISR:LEG" in casts
    assert "-:LEG" not in casts


def test_ar_knesset_members_beside_occupation_ministers_are_israeli() -> None:
    casts = _casts(
        "وقال المسؤول إن وزراء الاحتلال وأعضاء الكنيست يقتحمون المسجد الأقصى بإذن من نتنياهو.", "ar"
    )
    assert "ISR:LEG" in casts
    assert "PSE:LEG" not in casts


def test_ar_duma_speaker_keeps_russia_against_america() -> None:
    casts = _casts("هاجم رئيس مجلس الدوما الولايات المتحدة بسبب العقوبات.", "ar")
    assert "RUS:LEG" in casts
    assert "USA:LEG" not in casts


def test_ar_commons_member_is_british() -> None:
    casts = _casts("انتقدت عضوة مجلس العموم الحكومة السعودية بشدة.", "ar")
    assert "GBR:LEG" in casts


def test_ar_generic_parliament_speaker_keeps_the_sentence_country() -> None:
    """Negative: "مجلس النواب" is many states' chamber; the adjective tells."""
    casts = _casts("انتقد رئيس مجلس النواب اللبناني الحكومة بشدة.", "ar")
    assert "LBN:LEG" in casts
    assert "ISR:LEG" not in casts


def test_ar_knesset_itself_unchanged() -> None:
    casts = _casts("صوّت الكنيست لصالح قانون يتيح مصادرة أراض فلسطينية.", "ar")
    assert "ISR:LEG" in casts


# --- Persian --------------------------------------------------------------------


def test_fa_commons_speaker_is_british_not_the_next_country() -> None:
    casts = _casts("رئیس مجلس عوام با سفیر ایران در لندن دیدار کرد.", "fa")
    assert "GBR:LEG" in casts
    assert "IRN:LEG" not in casts


def test_fa_lords_member_is_british() -> None:
    casts = _casts("عضو مجلس لردها از عربستان به شدت انتقاد کرد.", "fa")
    assert "GBR:LEG" in casts


def test_fa_bare_majlis_speaker_stays_iranian() -> None:
    """Negative: Iran's own speaker is not made British."""
    casts = _casts("رئیس مجلس شورای اسلامی با سفیر عراق دیدار کرد.", "fa")
    assert "IRN:LEG" in casts
    assert "GBR:LEG" not in casts


def test_fa_knesset_members_are_israeli() -> None:
    casts = _casts("نمایندگان کنست از ایران انتقاد کردند.", "fa")
    assert "ISR:LEG" in casts


# --- English --------------------------------------------------------------------


def test_en_duma_speaker_is_russian() -> None:
    casts = _casts("The speaker of the Duma criticized the United States over the sanctions.", "en")
    assert "RUS:LEG" in casts
    assert "USA:LEG" not in casts


def test_en_commons_member_is_british() -> None:
    casts = _casts("A member of the House of Commons criticized Saudi Arabia.", "en")
    assert "GBR:LEG" in casts


def test_en_other_parliament_speaker_keeps_its_adjective() -> None:
    """Negative: a parliament many states have keeps the adjective's state."""
    casts = _casts("The Iraqi parliament speaker met the French foreign minister.", "en")
    assert "IRQ:LEG" in casts
    assert "GBR:LEG" not in casts


# --- the National Council of Resistance of Iran: opposition, not parliament -----


def test_ar_ncri_is_iranian_opposition() -> None:
    casts = _casts(
        "دعا المجلس الوطني للمقاومة الإيرانية المجتمع الدولي إلى إدانة النظام الإيراني.", "ar"
    )
    assert "IRN:OPP" in casts
    assert "IRN:LEG" not in casts


def test_ar_palestinian_national_council_stays_a_legislature() -> None:
    """Negative: another "المجلس الوطني" keeps its reading."""
    casts = _casts("انتقد المجلس الوطني الفلسطيني الحكومة الإسرائيلية بشدة.", "ar")
    assert "PSE:LEG" in casts
    assert "IRN:OPP" not in casts


def test_fa_ncri_is_iranian_opposition() -> None:
    casts = _casts("شورای ملی مقاومت ایران از سازمان ملل خواست رژیم را محکوم کند.", "fa")
    assert "IRN:OPP" in casts
    assert "IRN:LEG" not in casts


def test_fa_security_council_is_not_opposition() -> None:
    """Negative: Iran's own security council is no opposition body."""
    casts = _casts("دبیر شورای عالی امنیت ملی از آمریکا انتقاد کرد.", "fa")
    assert "IRN:OPP" not in casts


def test_en_ncri_is_iranian_opposition() -> None:
    casts = _casts(
        "The National Council of Resistance of Iran urged the UN to condemn the regime.", "en"
    )
    assert "IRN:OPP" in casts
    assert "IRN:GOV" not in casts


def test_en_national_security_council_is_not_opposition() -> None:
    """Negative: a state's council named "National …" stays the state's."""
    casts = _casts("Iran's Supreme National Security Council rejected the American proposal.", "en")
    assert "IRN:OPP" not in casts
