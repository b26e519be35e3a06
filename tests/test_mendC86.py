"""Mends of round 85's findings 8 to 12 (REVIEW85; mendC86). Sentences
written for these tests, after the review's own.

- typesfa85: a Persian demand told by its own predicate after a protest
  ("… با تجمع … خواستار … شدند") is asked by the protest's doers; one named
  inside what is asked is no side (``extract/protest_demands``);
- victims85: the holder of an area a deed's "in" names is no place unless
  another struck is named before it (a building, a crowd): "air strikes in
  areas held by …" struck the holder (``extract/held_areas``); a warplane
  that fell on a market is still read as an attack (strict xfail);
- agentsar85: a nationality among a held group gives no country to the
  police of a seizure, and is not read in a sentence that tells an attack
  (``participants._Sentence._partitive_only``);
- roles85: only a deputy prime minister's title gives way to the foreign
  minister's post chained to it (``context.FINER_POST_TITLES``); another
  minister's title and "Foreign Minister" are two men.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order, run


def _firsts(text: str, lang: str, etype: str) -> list[str]:
    """'CODE:AGENT' of the first actor of each event of one type."""
    return [actors[0] for actors in casts_in_order(text, lang, etype) if actors]


def _roles(text: str, lang: str, etype: str) -> list[tuple[str | None, str | None, str | None]]:
    """(code, agent, role) of every actor of the events of one type."""
    events = [e for e in run(text, lang).events if e.type == etype]
    assert events, f"no {etype} in {text}"
    return [(a.code, a.agent, a.role) for e in events for a in e.actors]


# --- finding 8: the protest's doers ask what the protest demands ---


def test_persian_ambassador_to_be_expelled_does_not_ask() -> None:
    # main: REQUEST {BHR/GOV/ambassador → IRN/EDU}, the ambassador asking
    text = "دانشجویان با برگزاری تجمع اعتراضی مقابل سفارت بحرین، خواستار اخراج سفیر این کشور از تهران شدند."
    firsts = _firsts(text, "fa", "REQUEST")
    assert firsts, casts_in_order(text, "fa", "REQUEST")
    assert all(f.endswith(":EDU") for f in firsts), firsts


def test_persian_petitioners_ask_the_officials() -> None:
    # main: REQUEST {IRQ/GOV/official → IRQ/LAB}, the officials the petition
    # went to ("به مقامات") asking the workers
    text = (
        "عراق ماه گذشته شاهد گسترده‌ترین اعتصابات کارگری بود و حدود هزار کارگر با نوشتن "
        "طوماری به مقامات دولت خواستار افزایش دستمزد خود شدند."
    )
    assert casts_in_order(text, "fa", "REQUEST") == [["IRQ:LAB", "IRQ:GOV"]]


def test_persian_rally_demand_keeps_its_addressee() -> None:
    # guard: the governorate the rally stood before is asked, as before
    text = "کارگران با تجمع مقابل استانداری خواستار پرداخت حقوق معوقه خود شدند."
    assert casts_in_order(text, "fa", "REQUEST") == [["-:LAB", "-:GOV"]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("تظاهر الطلاب أمام السفارة البحرينية مطالبين بطرد السفير.", "ar"),
        (
            "Students rallied outside the Bahraini embassy demanding the ambassador's expulsion.",
            "en",
        ),
    ],
)
def test_slogans_of_a_protest_stay_the_protest(text: str, lang: str) -> None:
    # guards: Arabic and English keep "protest + slogan = PROTEST alone"
    assert casts_in_order(text, lang, "PROTEST")
    assert not casts_in_order(text, lang, "REQUEST")


# --- finding 9: strikes "in" an area held by a group struck the group ---


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # main: the holder gone (ar: the coalition twice, SYR with no agent)
        ("نفذ التحالف غارات جوية في مناطق يسيطر عليها تنظيم داعش قرب دير الزور.", "ar"),
        ("The coalition carried out air strikes in areas held by Islamic State near Mosul.", "en"),
        ("ائتلاف در مناطق تحت کنترل داعش در نزدیکی موصل حملات هوایی انجام داد.", "fa"),
    ],
)
def test_strikes_in_a_held_area_struck_its_holder(text: str, lang: str) -> None:
    events = casts_in_order(text, lang, "ASSAULT")
    assert any(actors[-1].endswith(":REB") for actors in events), events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قتل مسلحون خمسة أطفال في مدرسة بمنطقة يسيطر عليها تنظيم داعش.", "ar"),
        ("Gunmen killed five children at a hospital in an area controlled by al-Shabaab.", "en"),
        ("پنج دانش‌آموز در حمله به مدرسه‌ای در منطقه تحت کنترل داعش کشته شدند.", "fa"),
    ],
)
def test_a_building_struck_in_a_held_area_keeps_the_holder_out(text: str, lang: str) -> None:
    # guards (victims85's reading): a building struck, the holder is where
    for actors in casts_in_order(text, lang, "ASSAULT"):
        assert not any(a.endswith(":REB") for a in actors), actors


# --- finding 10: a warplane that fell on a market (doc 4015's shape) ---


@pytest.mark.xfail(
    strict=True,
    reason="a jet that fell (سقطت مقاتلة) is read as an attack and the counted dead lead: "
    "no crash cue, left (review85 finding 10)",
)
def test_a_warplane_falling_on_a_market_tells_no_attack_by_the_dead() -> None:
    text = (
        "قال ناشطون إن 15 شخصا على الأقل قتلوا عندما سقطت مقاتلة سورية على سوق شعبي "
        "في بلدة سراقب التي تسيطر عليها المعارضة."
    )
    assert not [a for a in _firsts(text, "ar", "ASSAULT") if a.endswith(":CVL")]


def test_a_warplane_crashing_into_a_market_en_fa() -> None:
    # guards: English reads the crash as no attack; Persian keeps the jet a side
    text = "Fifteen people were killed when a Syrian warplane crashed into a market in a rebel-held town."
    assert not casts_in_order(text, "en", "ASSAULT")
    text = "پانزده نفر در پی سقوط یک جنگنده سوری بر روی بازاری در شهری تحت کنترل مخالفان کشته شدند."
    assert any("SYR:MIL" in actors for actors in casts_in_order(text, "fa", "ASSAULT"))


# --- finding 11: the army of a killing keeps its side ---


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # main: the army gone, the militants made the doers (en), an unknown
        # attacker made up (ar)
        ("The army killed twelve militants, including four Pakistanis, in a raid on Sunday.", "en"),
        ("قتل الجيش اثني عشر مسلحا بينهم أربعة باكستانيين في غارة.", "ar"),
    ],
)
def test_the_army_of_a_killing_keeps_its_side(text: str, lang: str) -> None:
    events = casts_in_order(text, lang, "ASSAULT")
    assert events and all(actors[0].endswith(":MIL") for actors in events), events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police detained six people, including two Pakistanis.", "en"),
        ("اعتقلت الشرطة ستة أشخاص بينهم باكستانيان.", "ar"),
        ("پلیس شش نفر از جمله دو پاکستانی را بازداشت کرد.", "fa"),
    ],
)
def test_police_of_a_seizure_still_take_no_country(text: str, lang: str) -> None:
    # guards: agentsar85's reading where it was measured
    assert casts_in_order(text, lang, "COERCE")[0][0] == "-:COP"


# --- finding 12: another minister and the foreign minister are two men ---


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        # main read foreign_minister for the first minister
        (
            "Jordan's Interior Minister and Foreign Minister met the Iranian envoy in Amman.",
            "en",
            "JOR",
        ),
        (
            "Egypt's Finance Minister and Foreign Minister met the Chinese ambassador in Cairo.",
            "en",
            "EGY",
        ),
        ("وزیر کشور و وزیر امور خارجه اردن با سفیر ایران در امان دیدار کردند.", "fa", "JOR"),
    ],
)
def test_another_minister_and_the_foreign_minister(text: str, lang: str, state: str) -> None:
    people = _roles(text, lang, "CONSULT")
    assert (state, "GOV", "minister") in people, people


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        ("Jordan's Deputy Prime Minister and Foreign Minister met the Iranian envoy.", "en", "JOR"),
        ("التقى نائب رئيس الوزراء وزير الخارجية الأردني السفير الإيراني في عمان.", "ar", "JOR"),
        ("معاون نخست وزیر و وزیر امور خارجه اردن با سفیر ایران دیدار کرد.", "fa", "JOR"),
    ],
)
def test_a_deputy_prime_minister_keeps_the_finer_post(text: str, lang: str, state: str) -> None:
    # guards: roles85's reading
    assert (state, "GOV", "foreign_minister") in _roles(text, lang, "CONSULT")
