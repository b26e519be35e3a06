"""The subject after the verb of a clause opened by "بعد أن", and a
sanction's owner in a construct (round 82, genitive82ar; every sentence
written for these tests).

"بعد أن اعتقلت الشرطة الأمريكية …": the verb comes first after the opener
and its subject right after it; that subject arrested, not a side named
before the opener (the Persian and English clauses read so already). The
owner of a sanction in a construct ("عقوبات الولايات المتحدة ضد كوبا",
"تحریم‌های تازه انگلیس علیه ایران", "the sanctions of the United States
against Cuba") sanctions the state behind the target marker; a support
noun's "ل" marks the supported ("الدعم الأمريكي لأوكرانيا").
"""

from __future__ import annotations

import pytest

from casts import sides


@pytest.mark.parametrize(
    ("text", "lang", "doers", "target"),
    [
        # the construct and the other languages read so (the owner joined
        # with "ل", "العقوبات الجديدة للولايات المتحدة ضد …", was measured
        # and not kept: no corpus document holds it, see the round log)
        (
            "قال المتحدث الكوبي إن عقوبات الولايات المتحدة الجديدة ضد كوبا ظالمة.",
            "ar",
            {"USA"},
            "CUB",
        ),
        (
            "سخنگوی وزارت خارجه ایران گفت تحریم‌های تازه انگلیس علیه ایران غیرقانونی است.",
            "fa",
            {"GBR"},
            "IRN",
        ),
        (
            "The Cuban spokesman said the new sanctions of the United States against Cuba "
            "were unjust.",
            "en",
            {"USA"},
            "CUB",
        ),
    ],
)
def test_owner_sanctions(text: str, lang: str, doers: set[str], target: str) -> None:
    got = sides(text, lang, "SANCTION")
    assert got, f"no SANCTION in {text!r}"
    assert {s[0][0] for s in got} == doers, got
    assert all(s[1][0] == target for s in got), got


def test_lam_of_support_marks_the_supported() -> None:
    # "ل" after a support noun is its target's: Ukraine gives no aid to Russia
    got = sides("انتقدت روسيا الدعم الأمريكي لأوكرانيا ضد موسكو.", "ar", "AID")
    assert all(s[0][0] != "UKR" for s in got), got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "استدعت إيران السفير السويسري بعد أن اعتقلت الشرطة الأمريكية طالبا إيرانيا.",
            "ar",
        ),
        (
            "ایران سفیر سوئیس را احضار کرد پس از آنکه پلیس آمریکا یک دانشجوی ایرانی را "
            "بازداشت کرد.",
            "fa",
        ),
        ("Iran summoned the Swiss envoy after the US police arrested an Iranian student.", "en"),
    ],
)
def test_clause_subject_after_its_verb_arrests(text: str, lang: str) -> None:
    got = sides(text, lang, "COERCE")
    assert got, f"no COERCE in {text!r}"
    assert all(s[0] == ("USA", "COP") for s in got), got
    assert all(a[0] != "CHE" for s in got for a in s), got


def test_undergone_verb_with_bare_victims_stays() -> None:
    # "قتل جنديان": two soldiers were killed, no killers of the mourning state
    got = sides("أعلنت تركيا الحداد بعد أن قتل جنديان تركيان في سوريا.", "ar", "ASSAULT")
    assert all(s[0] != ("TUR", "MIL") for s in got), got
