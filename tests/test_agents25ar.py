"""A strike said to come from the air names an air force as its doer
(agents25ar).

* "غارة جوية", "قصف جوي", "حمله هوایی", "air strike": a deed of a state's
  armed forces (rebels seldom strike from the air). With a state written
  next to it, that state's MIL; with none, MIL of no country — not the
  unidentified gunmen of the scene, whose country the place would give
  (``lang/ar/agents.py`` and ``lang/fa/agents.py`` ``OWNED_NOUNS``).
* The strike written after a preposition of place ("قتل عشرة مدنيين في
  غارة جوية") is the deed, not where it happened: an owned noun that is
  itself an event word is never the place (``extract/mention_scan.py``).
* A bare strike or shelling ("قصف مدفعي", "shelling") names no one: rebels
  shell too, so the unidentified attackers of the scene stay.

Parallel triples written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, run

# --- an air strike with no state named: MIL of no country ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قتل عشرة مدنيين في غارة جوية على مدينة الموصل."),
        ("fa", "ده غیرنظامی در حمله هوایی به شهر موصل کشته شدند."),
        ("en", "Ten civilians were killed in an air strike on the city of Mosul."),
        ("ar", "قتلت غارة جوية عشرة مدنيين في مدينة الموصل."),
        ("fa", "حمله هوایی به شهر موصل ده غیرنظامی را کشت."),
        ("en", "An air strike killed ten civilians in the city of Mosul."),
        ("ar", "قتل خمسة مسلحين من داعش في قصف جوي على مدينة الرقة."),
        ("fa", "پنج شبه‌نظامی داعش در بمباران هوایی شهر رقه کشته شدند."),
        ("en", "Five Islamic State militants were killed in an air strike on the city of Raqqa."),
    ],
)
def test_air_strike_names_an_air_force_of_no_country(lang: str, text: str) -> None:
    actors = cast(run(text, lang), "ASSAULT")
    assert "-:MIL" in actors, actors
    assert not any(a.endswith(":UAF") for a in actors), actors


# --- an air strike with its state written: that state's MIL ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قتل عشرة مدنيين في غارة جوية روسية على إدلب."),
        ("fa", "ده غیرنظامی در حمله هوایی روسیه به ادلب کشته شدند."),
        ("en", "Ten civilians were killed in a Russian air strike on Idlib."),
    ],
)
def test_air_strike_of_a_state_is_its_air_force(lang: str, text: str) -> None:
    actors = cast(run(text, lang), "ASSAULT")
    assert {"RUS:MIL", "SYR:CVL"} <= actors, actors
    assert "-:MIL" not in actors, actors


# --- shelling names no one: the scene's unidentified attackers stay ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قتل عشرة مدنيين في قصف مدفعي على إدلب."),
        ("fa", "ده غیرنظامی در گلوله‌باران ادلب کشته شدند."),
        ("en", "Ten civilians were killed in shelling on Idlib."),
    ],
)
def test_shelling_names_no_air_force(lang: str, text: str) -> None:
    actors = cast(run(text, lang), "ASSAULT")
    assert "SYR:UAF" in actors, actors
    assert not any(a.endswith(":MIL") for a in actors), actors


# --- the country behind a preposition is the strike's target, not its doer ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "شن الجيش الإسرائيلي غارات جوية على لبنان."),
        ("fa", "ارتش اسرائیل حملات هوایی به لبنان انجام داد."),
        ("en", "The Israeli army carried out air strikes on Lebanon."),
    ],
)
def test_air_strike_target_is_not_its_air_force(lang: str, text: str) -> None:
    actors = cast(run(text, lang), "ASSAULT")
    assert "ISR:MIL" in actors, actors
    assert "LBN:MIL" not in actors, actors
