"""Mends of round 84 (mendC84) to round 83's seat, doer and deputy rules
(review of round 83, findings 5-9; sentences written for these tests).

- an Arabic or English seat word ("مقرها في", "headquartered in") sets its
  state aside only after a company/outlet/body head in the same noun phrase
  that has its own nationality (``countries._seated``): a firm with no
  nationality of its own keeps the state, and "مقرها" with no head is the
  struck seat. Persian "مستقر در" keeps round 83's reading (the same check
  lowered a held-out measure); its guard stays;
- an aide's word with the article before the head he serves, glued to
  "لل" ("المساعد الخاص للرئيس"), names the aide (``titles.deputy_role``).
"""

from __future__ import annotations

import pytest

from casts import run


def _codes(text: str, lang: str, kind: str) -> set[str | None]:
    events = [e for e in run(text, lang).events if e.type == kind]
    assert events, f"no {kind} in {text}"
    return {a.code for e in events for a in e.actors}


# main set the state aside (a head 12 words back, or a firm of that state)
@pytest.mark.parametrize(
    ("text", "lang", "kind", "state"),
    [
        ("فرضت بريطانيا عقوبات على شركة مقرها في تركيا.", "ar", "SANCTION", "TUR"),
        ("هاجم مسلحون عمال شركة نفطية مقرها في ليبيا.", "ar", "ASSAULT", "LBY"),
        (
            "Gunmen attacked employees of a mining company headquartered in Mali.",
            "en",
            "ASSAULT",
            "MLI",
        ),
        # no seat head: "مقرها" is the struck seat itself
        ("قصفت الطائرات الروسية مقرها في سوريا.", "ar", "ASSAULT", "SYR"),
    ],
)
def test_a_seat_with_no_foreign_head_keeps_its_state(
    text: str, lang: str, kind: str, state: str
) -> None:
    assert state in _codes(text, lang, kind)


# guards: a foreign firm's seat stays aside
@pytest.mark.parametrize(
    ("text", "lang", "kind", "seat"),
    [
        ("پهپادها به نفتکش یک شرکت ژاپنی مستقر در یونان حمله کردند.", "fa", "ASSAULT", "GRC"),
        ("هاجمت إيران ناقلة تملكها شركة يابانية مقرها في اليونان.", "ar", "ASSAULT", "GRC"),
        (
            "Iran attacked a ship owned by a Japanese company headquartered in Greece.",
            "en",
            "ASSAULT",
            "GRC",
        ),
    ],
)
def test_a_foreign_firms_seat_stays_aside(text: str, lang: str, kind: str, seat: str) -> None:
    assert seat not in _codes(text, lang, kind)


# --- finding 7: the bombing an army announces is the deed's own noun -------


def _agents(text: str, lang: str) -> set[str | None]:
    events = [e for e in run(text, lang).events if e.type == "ASSAULT"]
    assert events, f"no ASSAULT in {text}"
    return {a.agent for e in events for a in e.actors}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # main: a bombing named in the relative clause made the army a teller
        ("ar", "أعلن الجيش الأفغاني قصف مواقع المسلحين الذين نفذوا التفجير."),
        # guards main reads right
        (
            "fa",
            "ارتش افغانستان از بمباران مواضع شبه‌نظامیانی که انفجار را انجام داده بودند خبر داد.",
        ),
    ],
)
def test_an_army_announcing_its_shelling_is_its_doer(lang: str, text: str) -> None:
    assert "MIL" in _agents(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أعلنت الشرطة مقتل 15 شخصا في تفجير انتحاري."),
        ("en", "Police announced the deaths of twelve people in a bombing."),
    ],
)
def test_police_announcing_a_bombing_still_only_tell_it(lang: str, text: str) -> None:
    assert "COP" not in _agents(text, lang)


# --- finding 9: an aide's word with the article ---------------------------


def _roles(text: str, lang: str) -> set[str | None]:
    return {a.role for e in run(text, lang).events for a in e.actors}


def test_an_aide_with_the_article_is_no_head_of_state() -> None:
    # main read "المساعد الخاص للرئيس" as the president himself
    text = "التقى المساعد الخاص للرئيس الفرنسي وزير الخارجية العراقي في باريس."
    assert "head_of_state" not in _roles(text, "ar")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # guards main reads right
        ("ar", "استقبل مساعد الرئيس الفرنسي وزير الخارجية العراقي."),
        ("fa", "دستیار ویژه رئیس جمهور فرانسه با وزیر خارجه عراق دیدار کرد."),
    ],
)
def test_an_aide_without_the_article_stays_an_aide(lang: str, text: str) -> None:
    assert "head_of_state" not in _roles(text, lang)


def test_the_head_himself_stays_head_of_state() -> None:
    assert "head_of_state" in _roles("استقبل الرئيس الفرنسي وزير الخارجية العراقي.", "ar")
