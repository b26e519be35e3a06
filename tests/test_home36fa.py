"""Persian state bodies written bare take the article's home country
(round 36, home36fa; every sentence written for these tests).

Rule added in this round:

- a Persian state body written bare (``context.HOME_STATE_BODIES``:
  "ارتش", "نیروی دریایی ارتش", "سپاه", "مجلس", "هلال احمر"), or the
  people of one ("نمایندگان مجلس"), is the home
  country's (Iran's, or Afghanistan's in a Dari article) when the article
  names its home more than any other state and the sentence names no state,
  place or dateline of its own. An Iranian outlet's "the army" in an article
  about Syria or Iraq is not Iran's, and police, protesters and security
  forces stay without a country (Persian outlets report foreign ones as
  often as Iranian ones: ``context.HOME_FOR_AGENTS``), and so do the
  government ("دولت", also "a state" in general) and the judiciary: the
  corpus gold leaves them without a country as often as not.

English and Arabic have no home country (``context.HOME_CANDIDATES`` is
empty: their outlets write from many states), so their bare "the army",
"الجيش" keep no country; the triples below record that difference rather
than make the three agree.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

_IRAN_LEAD = (
    "Iran praised China. Iran will build a road. ",
    "أشادت إيران بالصين. إيران ستبني طريقا. ",
    "ایران از چین تقدیر کرد. ایران یک جاده می‌سازد. ",
)

# (English, Arabic, Persian body sentence after the Iranian lead, the Persian
# reading of the body's event, the English/Arabic reading or None when that
# language misses the event for another reason)
HOME_BODIES: list[tuple[str, str, str, str, str | None, str | None]] = [
    (
        "The army arrested three rebels yesterday.",
        "اعتقل الجيش ثلاثة متمردين أمس.",
        "ارتش دیروز سه شورشی را بازداشت کرد.",
        "COERCE reported IRN:MIL -:REB",
        "COERCE reported -:MIL -:REB",
        "COERCE reported -:MIL -:REB",
    ),
    (
        "The parliament backed the government's plan.",
        "أيد البرلمان خطة الحكومة.",
        "مجلس از طرح دولت حمایت کرد.",
        "SUPPORT reported IRN:LEG -:GOV",
        "SUPPORT reported -:LEG -:GOV",
        None,
    ),
    (
        "The Red Crescent criticised the obstruction.",
        "انتقد الهلال الأحمر العرقلة.",
        "جمعیت هلال احمر از کارشکنی‌ها انتقاد کرد.",
        "ACCUSE reported IRN:NGO",
        "ACCUSE reported -:NGO",
        "ACCUSE reported -:NGO",
    ),
    (
        "Members of parliament criticised the government.",
        "انتقد أعضاء البرلمان الحكومة.",
        "نمایندگان مجلس از دولت انتقاد کردند.",
        "ACCUSE reported IRN:LEG -:GOV",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "fa_want", "en_want", "ar_want"), HOME_BODIES)
def test_bare_body_is_the_homes_in_persian(
    en: str, ar: str, fa: str, fa_want: str, en_want: str | None, ar_want: str | None
) -> None:
    assert fa_want in _read(_IRAN_LEAD[2] + fa, "fa")
    if en_want is not None:
        assert en_want in _read(_IRAN_LEAD[0] + en, "en")
    if ar_want is not None:
        assert ar_want in _read(_IRAN_LEAD[1] + ar, "ar")


# (English, Arabic, Persian, the reading of all three): the body stays
# without a country where the article is about another state, where the
# sentence names one, for police and protesters, and for governments.
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "Syria and Iran have good relations. Syria and Lebanon are neighbours."
        " Syria continues its cooperation. The army arrested three rebels yesterday.",
        "سوريا وإيران تربطهما علاقات جيدة. سوريا ولبنان جارتان. سوريا تواصل تعاونها."
        " اعتقل الجيش ثلاثة متمردين أمس.",
        "سوریه و ایران روابط خوبی دارند. سوریه و لبنان همسایه‌اند. سوریه به همکاری"
        " ادامه می‌دهد. ارتش دیروز سه شورشی را بازداشت کرد.",
        ("COERCE reported -:MIL -:REB",),
    ),
    (
        "Iraq and Iran have good relations. Iraq and Turkey are neighbours."
        " Iraq continues its cooperation. The army arrested three rebels yesterday.",
        "العراق وإيران تربطهما علاقات جيدة. العراق وتركيا جارتان. العراق يواصل تعاونه."
        " اعتقل الجيش ثلاثة متمردين أمس.",
        "عراق و ایران روابط خوبی دارند. عراق و ترکیه همسایه‌اند. عراق به همکاری"
        " ادامه می‌دهد. ارتش دیروز سه شورشی را بازداشت کرد.",
        ("COERCE reported -:MIL -:REB",),
    ),
    (
        _IRAN_LEAD[0] + "The police arrested three protesters.",
        _IRAN_LEAD[1] + "اعتقلت الشرطة ثلاثة متظاهرين.",
        _IRAN_LEAD[2] + "پلیس سه معترض را بازداشت کرد.",
        ("COERCE reported -:COP -:CVL", "SUPPORT reported IRN: CHN:"),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_three_languages_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    assert _read(en, "en") == set(want)
    assert _read(ar, "ar") == set(want)
    assert _read(fa, "fa") == set(want)


def test_governments_are_no_body_of_the_home() -> None:
    """Governments ("دولت‌ها") name many states, none the home's; the army
    they back is still the home's."""
    lines = _read(_IRAN_LEAD[2] + "دولت‌ها از ارتش حمایت کردند.", "fa")
    assert "SUPPORT reported -:GOV IRN:MIL" in lines


def test_bare_government_keeps_no_country() -> None:
    """The word "دولت" alone is left without a country (a decision of this round:
    the gold is split on it), as English "the government" is."""
    lines = _read(_IRAN_LEAD[2] + "دولت از طرح ارتش حمایت کرد.", "fa")
    assert "SUPPORT reported -:GOV IRN:MIL" in lines
    assert "SUPPORT reported -:GOV -:MIL" in _read(
        _IRAN_LEAD[0] + "The government backed the army's plan.", "en"
    )


def test_a_sentence_naming_a_state_keeps_it() -> None:
    """The army that arrests Iraqi smugglers is not given Iran over the
    state its sentence names (the body rule needs a sentence naming none)."""
    lines = _read(_IRAN_LEAD[2] + "ارتش سه قاچاقچی عراقی را بازداشت کرد.", "fa")
    assert not any("IRN:" in line for line in lines if line.startswith("COERCE"))
