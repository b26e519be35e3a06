"""Persons' agents from their titles (round 74, roles74; every sentence
written for these tests).

(1) A clerical rank before a name that a title of office follows names that
office's holder (``extract/apposed_clerics.py``; ``CLERICAL_RANKS``,
``CLERIC_TITLE_HEADS``, ``CLERIC_NAME_BREAKS`` in ``lang/<code>/agents.py``):
"آیت‌الله X عضو شورای نگهبان" is the council's member, not a cleric beside
the council. A rank with a name alone, or before a preposition and another
man's title, stays a cleric.

(2) The Expediency Council is Iran's body in every language: Persian named
short ("مجمع تشخیص"), Arabic "مجمع تشخيص مصلحة النظام", English
"Expediency Council".

(3) A head or spokesman of a parliament's committee whose name is a list
with commas ("کمیسیون آموزش، تحقیقات و فناوری مجلس") sits in that
parliament (LEG), as the head of a committee with no comma in its name
already did (``extract/titles.py`` ``across_committee``).
"""

from __future__ import annotations

from casts import run


def _casts(text: str, lang: str) -> set[str]:
    """'CODE:AGENT' of every actor of every event of ``text``."""
    return {f"{a.code or '-'}:{a.agent}" for e in run(text, lang).events for a in e.actors}


# --- (1) a cleric named by his office ----------------------------------------


def test_fa_cleric_member_of_guardian_council_is_no_cleric() -> None:
    casts = _casts("آیت‌الله حسن موسوی عضو شورای نگهبان از دولت انتقاد کرد.", "fa")
    assert "IRN:GOV" in casts
    assert not any(c.endswith(":REL") for c in casts)


def test_fa_cleric_head_of_expediency_council_after_comma() -> None:
    casts = _casts("آیت‌الله کاظم شیرازی، رئیس مجمع تشخیص مصلحت نظام، از آمریکا انتقاد کرد.", "fa")
    assert "IRN:GOV" in casts
    assert "IRN:REL" not in casts


def test_fa_rank_after_the_title_is_its_holder() -> None:
    casts = _casts("دبیر شورای نگهبان، آیت‌الله کاظم شیرازی، از آمریکا انتقاد کرد.", "fa")
    assert "IRN:GOV" in casts
    assert "IRN:REL" not in casts


def test_fa_cleric_alone_stays_a_cleric() -> None:
    """Negative: no title follows the name."""
    casts = _casts("آیت‌الله حسن موسوی از دولت عراق انتقاد کرد.", "fa")
    assert any(c.endswith(":REL") for c in casts)


def test_fa_cleric_meeting_another_mans_title_stays_a_cleric() -> None:
    """Negative: "با" is no part of a name; the title is the other man's."""
    casts = _casts("آیت‌الله حسن موسوی با دبیر شورای نگهبان دیدار کرد.", "fa")
    assert any(c.endswith(":REL") for c in casts)
    assert "IRN:GOV" in casts


def test_fa_friday_prayer_leader_keeps_the_cleric() -> None:
    """Negative: a clerical office keeps its REL."""
    casts = _casts("آیت‌الله حسن موسوی امام جمعه قم از آمریکا انتقاد کرد.", "fa")
    assert "IRN:REL" in casts


def test_ar_cleric_head_of_expediency_council_is_iranian_official() -> None:
    casts = _casts("هاجم آية الله حسن الموسوي رئيس مجمع تشخيص مصلحة النظام الولايات المتحدة.", "ar")
    assert "IRN:GOV" in casts
    assert not any(c.endswith(":REL") for c in casts)
    assert "USA:GOV" not in casts


def test_ar_cleric_with_another_mans_title_stays_a_cleric() -> None:
    """Negative: "مع" is no part of a name."""
    casts = _casts("التقى آية الله حسن الموسوي مع رئيس مجلس النواب العراقي.", "ar")
    assert any(c.endswith(":REL") for c in casts)
    assert "IRQ:LEG" in casts


def test_en_cleric_member_of_guardian_council() -> None:
    casts = _casts(
        "Ayatollah Hassan Mousavi, a member of the Guardian Council, criticized the United States.",
        "en",
    )
    assert "IRN:GOV" in casts
    assert not any(c.endswith(":REL") for c in casts)


def test_en_cleric_alone_stays_a_cleric() -> None:
    """Negative."""
    casts = _casts("Ayatollah Hassan Mousavi criticized the Iraqi government.", "en")
    assert any(c.endswith(":REL") for c in casts)


# --- (2) the Expediency Council ----------------------------------------------


def test_fa_expediency_council_named_short() -> None:
    casts = _casts("بخشی از اعضای مجمع تشخیص با تصویب این لایحه مخالفت کردند.", "fa")
    assert "IRN:GOV" in casts
    assert "IRN:REL" not in casts


def test_ar_expediency_council_head_is_not_american() -> None:
    casts = _casts("انتقد رئيس مجمع تشخيص مصلحة النظام الولايات المتحدة.", "ar")
    assert "IRN:GOV" in casts
    assert "USA:GOV" not in casts


def test_en_expediency_council_is_iranian() -> None:
    casts = _casts("The head of the Expediency Council criticized the United States.", "en")
    assert "IRN:GOV" in casts
