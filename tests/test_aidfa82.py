"""Aid announced with no verb of sending (round 82, aidfa82; every sentence
written for these tests).

Persian announces a grant of aid as the object of "اعلام کرد" ("کمک … به
سوریه را اعلام کرد", "از اعطای کمک … خبر داد") and Arabic with "أعلن عن"
("أعلنت عن منحة لأفغانستان", "عن تقديم مساعدة"): a grant, PLOVER AID, as
English "announced $10 million in aid to". Bare "کمک" and "مساعدة" are any
help, and readiness to help is a plan, so neither is read as aid.
"""

from __future__ import annotations

from casts import run


def _aid(text: str, lang: str) -> list[list[str | None]]:
    """The country codes of the sides of each AID event of ``text``."""
    return [[a.code for a in e.actors] for e in run(text, lang).events if e.type == "AID"]


def _types(text: str, lang: str) -> set[str]:
    """The event types read in ``text``."""
    return {e.type for e in run(text, lang).events}


# --- Persian: aid announced --------------------------------------------------------


def test_fa_aid_to_a_state_announced() -> None:
    assert _aid("دولت آلمان کمک به سوریه را اعلام کرد.", "fa") == [["DEU", "SYR"]]


def test_fa_new_aid_of_its_own_announced() -> None:
    assert _aid("ژاپن کمک جدید خود به افغانستان را اعلام کرد.", "fa") == [["JPN", "AFG"]]


def test_fa_grant_of_aid_announced() -> None:
    text = "وزارت خارجه ژاپن اعطای کمک به افغانستان را اعلام کرد."
    assert _aid(text, "fa") == [["JPN", "AFG"]]


def test_fa_grant_of_aid_told_with_khabar_dad() -> None:
    assert _aid("ژاپن از اعطای کمک به افغانستان خبر داد.", "fa") == [["JPN", "AFG"]]


def test_fa_allocation_of_aid_announced() -> None:
    assert _aid("بانک جهانی اختصاص کمک به پاکستان را اعلام کرد.", "fa") == [["WORLDBANK", "PAK"]]


def test_fa_aid_with_an_adjectival_sum_stays() -> None:
    text = "دولت آلمان کمک ده میلیون یورویی به سوریه را اعلام کرد."
    assert _aid(text, "fa") == [["DEU", "SYR"]]


def test_fa_help_in_general_is_no_aid() -> None:
    assert "AID" not in _types("این گزارش به ما کمک کرد که بفهمیم.", "fa")


def test_fa_readiness_to_help_is_no_aid() -> None:
    assert "AID" not in _types("ایران آمادگی خود را برای کمک به لبنان اعلام کرد.", "fa")


def test_fa_readiness_told_with_khabar_dad_is_no_aid() -> None:
    assert "AID" not in _types("ایران از آمادگی برای کمک به لبنان خبر داد.", "fa")


def test_fa_aid_cut_announced_stays_a_sanction() -> None:
    assert _types("آمریکا قطع کمک به اوکراین را اعلام کرد.", "fa") == {"SANCTION"}


def test_fa_help_then_another_announcement_is_no_aid() -> None:
    text = "او گفت این طرح به صلح کمک می کند و مخالفت خود را اعلام کرد."
    assert "AID" not in _types(text, "fa")


# --- Arabic: aid announced with "أعلن عن" ------------------------------------------


def test_ar_grant_announced() -> None:
    assert _aid("أعلنت اليابان عن منحة لأفغانستان.", "ar") == [["JPN", "AFG"]]


def test_ar_aid_provided_announced() -> None:
    assert _aid("أعلنت ألمانيا عن تقديم مساعدة لسوريا.", "ar") == [["DEU", "SYR"]]


def test_ar_aid_with_its_sum_announced() -> None:
    text = "أعلنت ألمانيا عن مساعدة بقيمة عشرة ملايين يورو لسوريا."
    assert _aid(text, "ar") == [["DEU", "SYR"]]


def test_ar_help_to_the_police_is_no_aid() -> None:
    assert "AID" not in _types("أعلنت الحكومة عن مساعدة الشرطة في التحقيق.", "ar")


def test_ar_readiness_to_help_is_no_aid() -> None:
    assert "AID" not in _types("أعلنت إيران استعدادها لمساعدة لبنان.", "ar")


def test_ar_help_in_general_is_no_aid() -> None:
    assert "AID" not in _types("ساعدنا التقرير على فهم الأزمة.", "ar")


# --- English: the same aid, already read --------------------------------------------


def test_en_sum_of_aid_announced() -> None:
    assert _aid("Germany announced $10 million in aid to Syria.", "en") == [["DEU", "SYR"]]


def test_en_grant_announced() -> None:
    assert _aid("Japan announced a grant to Afghanistan.", "en") == [["JPN", "AFG"]]


def test_en_help_in_general_is_no_aid() -> None:
    assert "AID" not in _types("The report helped us understand the crisis.", "en")


def test_fa_readiness_as_one_noun_phrase_is_no_aid() -> None:
    assert "AID" not in _types("ایران آمادگی برای کمک به لبنان را اعلام کرد.", "fa")


def test_fa_own_readiness_as_one_noun_phrase_is_no_aid() -> None:
    text = "ایران آمادگی خود برای کمک به لبنان را اعلام کرد."
    assert "AID" not in _types(text, "fa")


def test_fa_amount_of_its_aid_announced() -> None:
    assert _aid("ژاپن میزان کمک خود به افغانستان را اعلام کرد.", "fa") == [["JPN", "AFG"]]
