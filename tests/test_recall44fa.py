"""Event recall on unseen Persian text (round 44, recall44fa; every sentence
written for these tests, with other names, places and numbers than any news
text).

- Guarded and late-listed Persian compounds in "کرد" now take every tense
  the main table's compounds take ("… به دست شورشیان سقوط می‌کند", "…
  … را ممنوع اعلام می‌کند", "… را تبعید می‌کند"); their passive present
  ("تحریم‌ها برداشته می‌شود") stays out: it told forecasts
  (``lang/fa/triggers._every_tense``). Arabic and English conjugate their
  verbs in their own tables (present "يسقط", "falls" are listed there).
- A town taken told by its other idioms: Persian "کنترل … را در دست
  گرفتند", "به دست … افتاد"; Arabic "سقطت … بيد …", English "fell to the
  Taliban": ASSAULT capture in all three, as "سيطر على" and "seized control
  of" (Persian read COERCE seize until misses53fa).
- The number of a country's diplomats cut (PLOVER SANCTION) in all three.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(text: str, lang: str) -> set[tuple[str, frozenset[str]]]:
    """(type, codes) of every event of ``text``."""
    rec = process(Document(doc_id="t", text=text, lang=lang))
    return {(e.type, frozenset(a.code for a in e.actors if a.code)) for e in rec.events}


def _types(text: str, lang: str) -> set[str]:
    return {t for t, _ in _events(text, lang)}


# ------------------------------------------------ every tense of the guarded
PRESENT = [
    ("fa", "شهر هرات روز دوشنبه به دست طالبان سقوط می‌کند.", "ASSAULT", {"AFG"}),
    ("fa", "عربستان واردات کالا از لبنان را ممنوع اعلام می‌کند.", "SANCTION", {"SAU", "LBN"}),
    ("fa", "دولت فرانسه این روزنامه‌نگار الجزایری را تبعید می‌کند.", "COERCE", {"FRA", "DZA"}),
    ("ar", "تسقط مدينة هرات بيد حركة طالبان يوم الاثنين.", "ASSAULT", {"AFG"}),
    (
        "en",
        "The city of Herat falls to the Taliban on Monday.",
        "ASSAULT",
        {"AFG"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "codes"), PRESENT)
def test_present_tense_of_guarded_compounds(
    lang: str, text: str, etype: str, codes: set[str]
) -> None:
    found = _events(text, lang)
    assert any(t == etype and codes <= c for t, c in found), found


def test_passive_present_of_lifting_is_no_concession() -> None:
    # a forecast in the passive present: no sanctions lifted yet
    text = "روزنامه‌ها نوشتند که تحریم‌های ونزوئلا به زودی برداشته می‌شود."
    assert "CONCEDE" not in _types(text, "fa")


# ------------------------------------------------------------ towns taken
TAKEN = [
    ("fa", "شورشیان کنترل شهر غزنی را در دست گرفتند.", "ASSAULT", {"AFG"}),
    ("fa", "شهر غزنی روز شنبه به دست طالبان افتاد.", "ASSAULT", {"AFG"}),
    (
        "fa",
        "طالبان در هفته گذشته کنترل شهر غزنی، مرکز ولایت غزنی در جنوب شرق، و همچنین"
        " شهر میمنه، مرکز ولایت فاریاب در شمال غرب افغانستان را در دست گرفته‌اند.",
        "ASSAULT",
        {"AFG"},
    ),
    ("ar", "سقطت مدينة غزني بيد طالبان يوم السبت.", "ASSAULT", {"AFG"}),
    ("en", "Ghazni fell to the Taliban on Saturday.", "ASSAULT", {"AFG"}),
]


@pytest.mark.parametrize(("lang", "text", "etype", "codes"), TAKEN)
def test_town_fallen_to_its_takers(lang: str, text: str, etype: str, codes: set[str]) -> None:
    found = _events(text, lang)
    assert any(t == etype and codes <= c for t, c in found), found


NOT_TAKEN = [
    ("fa", "این حادثه روز شنبه در شمال افغانستان اتفاق افتاد."),
    ("ar", "سقطت طائرة شحن أفغانية قرب مطار كابول."),
    ("en", "Afghan exports fell to their lowest level in a decade."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_TAKEN)
def test_other_falls_take_no_town(lang: str, text: str) -> None:
    assert not _types(text, lang) & {"COERCE", "ASSAULT"}


# ------------------------------------------------------ diplomats cut
DIPLOMATS = [
    ("fa", "مجارستان تعداد دیپلمات‌های اوکراین را به هشت نفر کاهش داد.", {"HUN", "UKR"}),
    ("ar", "قلصت المجر عدد الدبلوماسيين الأوكرانيين إلى ثمانية.", {"HUN", "UKR"}),
    ("en", "Hungary reduced the number of Ukrainian diplomats to eight.", {"HUN", "UKR"}),
]


@pytest.mark.parametrize(("lang", "text", "codes"), DIPLOMATS)
def test_diplomats_cut_in_number(lang: str, text: str, codes: set[str]) -> None:
    found = _events(text, lang)
    assert ("SANCTION", frozenset(codes)) in found, found


CUTS = [
    ("fa", "مجارستان قیمت گاز را برای صنایع کاهش داد."),
    ("ar", "قلصت المجر أسعار الغاز للمصانع."),
    ("en", "Hungary reduced gas prices for factories."),
]


@pytest.mark.parametrize(("lang", "text"), CUTS)
def test_other_cuts_are_no_sanction(lang: str, text: str) -> None:
    assert "SANCTION" not in _types(text, lang)
