"""mendB106 (review106a F4, F5, F7, F6): who voices concern over a deed of
force done to his own thing or people is whom it struck, and stands in the
target's slot (``extract/concern_own.py``); the concern's accusation names
the deed's doer, never the voicer's own people; the Arabic cue binds every
noun of a list joined by "و". Every sentence written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

# (language, sentence, deed type, the voicer's code, the doer's code or "").
# The ar and fa ones fail on main: the voicer dropped or put first.
STRUCK_VOICER: list[tuple[str, str, str, str, str]] = [
    ("ar", "أعربت أفغانستان عن قلقها من القصف الباكستاني على أراضيها.", "ASSAULT", "AFG", "PAK"),
    (
        "ar",
        "أعربت الصين عن قلقها من هجوم هندي على مواقع صينية قرب الحدود.",
        "ASSAULT",
        "CHN",
        "IND",
    ),
    ("ar", "أعربت مصر عن قلقها الشديد من الهجوم على سفارتها في الخرطوم.", "ASSAULT", "EGY", ""),
    (
        "ar",
        "أعربت السعودية عن قلقها من هجوم الحوثيين على ناقلتها في البحر الأحمر.",
        "ASSAULT",
        "SAU",
        "YEM",
    ),
    ("fa", "افغانستان از حمله پاکستان به خاک خود ابراز نگرانی کرد.", "ASSAULT", "AFG", "PAK"),
    ("fa", "مصر از حمله به نفتکش خود در دریای سرخ ابراز نگرانی کرد.", "ASSAULT", "EGY", ""),
    ("fa", "ترکیه از حمله به کنسولگری خود در موصل ابراز نگرانی کرد.", "ASSAULT", "TUR", ""),
    ("fa", "عربستان از حمله حوثی‌ها به نفتکش خود ابراز نگرانی کرد.", "ASSAULT", "SAU", "YEM"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "voicer", "doer"), STRUCK_VOICER)
def test_voicer_struck_is_target(lang: str, text: str, etype: str, voicer: str, doer: str) -> None:
    events = casts_in_order(text, lang, etype)
    assert events, f"no {etype}"
    codes = [c.split(":")[0] for c in events[0]]
    assert voicer in codes[1:]
    assert codes[0] != voicer
    if doer:
        assert codes[0] == doer


# English reads the concern as the reproach of the doer and tells no deed of
# its own: guards that the voicer is never made the doer of the deed.
EN_STRUCK: list[tuple[str, str, str]] = [
    ("Afghanistan voiced concern over the Pakistani shelling of its territory.", "AFG", "PAK"),
    ("Egypt expressed concern over the Houthi attack on its tanker in the Red Sea.", "EGY", "YEM"),
]


@pytest.mark.parametrize(("text", "voicer", "doer"), EN_STRUCK)
def test_en_voicer_is_no_doer(text: str, voicer: str, doer: str) -> None:
    for etype in ("ASSAULT", "FIGHT"):
        for actors in casts_in_order(text, "en", etype):
            assert not actors or not actors[0].startswith(f"{voicer}:")
    accused = casts_in_order(text, "en", "ACCUSE")
    assert accused and accused[0][0].startswith(f"{voicer}:")
    assert any(a.startswith(f"{doer}:") for a in accused[0][1:])


# (language, sentence, the voicer's code, the doer it accuses or ""): the
# concern's ACCUSE names no people of the voicer's own. The fa and en ones
# fail on main (the voicer's citizens made the accused).
OWN_UNACCUSED: list[tuple[str, str, str, str]] = [
    ("fa", "ژاپن از بازداشت شهروندانش توسط روسیه ابراز نگرانی کرد.", "JPN", "RUS"),
    ("en", "Japan expressed concern over the arrest of its citizens in Russia.", "JPN", ""),
    # guards: already right on main
    ("fa", "آلمان از حمله به نظامیان آلمانی در مالی ابراز نگرانی کرد.", "DEU", ""),
    ("en", "Japan expressed concern over the detention of its nationals by Russia.", "JPN", "RUS"),
]


@pytest.mark.parametrize(("lang", "text", "voicer", "accused"), OWN_UNACCUSED)
def test_concern_accuses_no_own_people(lang: str, text: str, voicer: str, accused: str) -> None:
    events = casts_in_order(text, lang, "ACCUSE")
    assert events
    actors = events[0]
    assert actors[0].startswith(f"{voicer}:")
    assert not any(a.startswith(f"{voicer}:") for a in actors[1:])
    if accused:
        assert any(a.startswith(f"{accused}:") for a in actors[1:])


# A state's concern over its own police or government blames them (ar reads
# no ACCUSE from the concern word; the deed keeps its doer there).
OWN_BLAMED: list[tuple[str, str, str, str]] = [
    ("fa", "رئیس‌جمهور ایران از خشونت پلیس ایران ابراز نگرانی کرد.", "ACCUSE", "IRN:COP"),
    ("ar", "أعربت اليابان عن قلقها من احتجاز روسيا مواطنين يابانيين.", "COERCE", "RUS:"),
    (
        "en",
        "The Kenyan government voiced concern over abuses by Kenyan police.",
        "ACCUSE",
        "KEN:COP",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "side"), OWN_BLAMED)
def test_own_doer_stays_accused(lang: str, text: str, etype: str, side: str) -> None:
    assert any(side in a for e in casts_in_order(text, lang, etype) for a in e)


# (language, sentence, the voicer's cast): a later noun of a list of deeds
# the concern names binds as the first does; its voicer is no side of it.
# The ar ones fail on main (the voicer made the doer of the later deed).
LISTED: list[tuple[str, str, str]] = [
    ("ar", "أعرب الأمين العام عن قلقه إزاء الاعتقالات والقتل والتعذيب في ميانمار.", "-:GOV"),
    ("ar", "أعربت المفوضة السامية عن قلقها من الاحتجاز والتعذيب في السجون.", "-:GOV"),
    # guard: the en concern reads no deed of its own beside the reproach
    (
        "en",
        "The Secretary-General voiced concern over the arrests and torture in prisons.",
        "-:GOV",
    ),
]


@pytest.mark.parametrize(("lang", "text", "voicer"), LISTED)
def test_listed_deeds_bind(lang: str, text: str, voicer: str) -> None:
    for etype in ("ASSAULT", "COERCE"):
        for actors in casts_in_order(text, lang, etype):
            assert voicer not in actors
