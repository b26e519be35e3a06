"""Every stop of a tour, the destination of a route, and governments named
by their regime or seat (round 42, parties42fa; every sentence written for
these tests).

Rules added in this round:

- a visit whose stops stand in two groups, one after a word of sequence
  ("پس از عراق به اردن، لبنان و مصر", "بعد العراق إلى الأردن", "after
  Iraq … to Jordan", "سپس به", "ثم إلى", "and then to") is one visit per
  stop; a place of origin ("از اردن وارد قاهره شد", "قادما من", "from") is
  no host, the destination is (``extract/itinerary.py``,
  ``context.ITINERARY_MARKERS``, ``context.ORIGIN_PREPOSITIONS``);
- a named government body written as one of its state's names or seats
  ("رژیم صهیونیستی", "کرملین", "the Kremlin") is its state's government,
  one participant with that state's officials (``lexicon._state_alias``,
  ``participants.unit``); after a known person of that state and his
  title it says whose he is, and a title before it gives it the title's
  body (``mention_scan._alias_of_person``).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "After Iraq, the South Korean foreign minister will travel to Jordan, Lebanon and Egypt.",
        "ومن المقرر أن يتوجه وزير الخارجية الكوري الجنوبي بعد العراق إلى الأردن ولبنان ومصر.",
        "قرار است وزیر خارجه کره جنوبی پس از عراق به اردن، لبنان و مصر سفر کند.",
        (
            "CONSULT planned KOR:GOV IRQ:",
            "CONSULT planned KOR:GOV JOR:",
            "CONSULT planned KOR:GOV LBN:",
            "CONSULT planned KOR:GOV EGY:",
        ),
    ),
    (
        "The South Korean foreign minister travelled to Jordan and then to Egypt.",
        "توجه وزير الخارجية الكوري الجنوبي إلى الأردن ثم إلى مصر.",
        "وزیر خارجه کره جنوبی ابتدا به اردن و سپس به مصر سفر کرد.",
        ("CONSULT reported KOR:GOV JOR:", "CONSULT reported KOR:GOV EGY:"),
    ),
    (
        "The South Korean foreign minister arrived in Cairo from Jordan.",
        "وصل وزير الخارجية الكوري الجنوبي إلى القاهرة قادما من الأردن.",
        "وزیر خارجه کره جنوبی از اردن وارد قاهره شد.",
        ("CONSULT reported KOR:GOV EGY:",),
    ),
    (
        "Dmitry Medvedev of the Kremlin met the British foreign secretary in Geneva.",
        "التقى دميتري ميدفيديف من الكرملين وزير الخارجية البريطاني في جنيف.",
        "دیمیتری مدودف از کرملین با وزیر خارجه انگلیس در ژنو دیدار کرد.",
        ("CONSULT reported RUS:GOV GBR:GOV",),
    ),
    (
        "Steve Witkoff of the White House met the Japanese ambassador.",
        "التقى ستيف ويتكوف من البيت الأبيض السفير الياباني.",
        "استیو ویتکاف از کاخ سفید با سفیر ژاپن دیدار کرد.",
        ("CONSULT reported USA:GOV JPN:GOV",),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_three_languages_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    assert _read(en, "en") == set(want)
    assert _read(ar, "ar") == set(want)
    assert _read(fa, "fa") == set(want)


PERSIAN = [
    # two trips in two clauses: each keeps its own stops
    (
        "وزیر خارجه کره جنوبی دیروز به اردن سفر کرد و هفته آینده پس از لبنان به مصر سفر می‌کند.",
        (
            "CONSULT reported KOR:GOV JOR:",
            "CONSULT planned KOR:GOV LBN:",
            "CONSULT planned KOR:GOV EGY:",
        ),
    ),
    # two stops after the word of sequence, joined by a conjunction
    (
        "وزیر خارجه کره جنوبی پس از عراق و کویت به قطر سفر کرد.",
        (
            "CONSULT reported KOR:GOV IRQ:",
            "CONSULT reported KOR:GOV KWT:",
            "CONSULT reported KOR:GOV QAT:",
        ),
    ),
    # whose envoys come from the origin: the origin is the visitor
    ("هیئتی از اندونزی به مالزی سفر کرد.", ("CONSULT reported IDN: MYS:",)),
    # a person, his title and his state named by its regime: one side
    (
        "ایال زامیر رئیس ستاد ارتش رژیم صهیونیستی با رئیس ستاد ارتش ایتالیا دیدار کرد.",
        ("CONSULT reported ISR:MIL ITA:MIL",),
    ),
    (
        "بزالل اسموتریچ وزیر دارایی رژیم صهیونیستی در گفت‌وگو با وزیر دارایی یونان رایزنی کرد.",
        ("CONSULT reported ISR:GOV GRC:GOV",),
    ),
    # the title before the regime gives it its body
    (
        "رئیس ستاد ارتش رژیم صهیونیستی با رئیس ستاد ارتش ایتالیا دیدار کرد.",
        ("CONSULT reported ISR:MIL ITA:MIL",),
    ),
    # a government of its own named like one (Kurdistan's) stays apart
    (
        "نخست وزیر عراق با رئیس دولت اقلیم کردستان دیدار کرد.",
        ("CONSULT reported IRQ:GOV IRQ:GOV",),
    ),
]


@pytest.mark.parametrize(("text", "want"), PERSIAN)
def test_persian(text: str, want: tuple[str, ...]) -> None:
    assert _read(text, "fa") == set(want)


OTHERS = [
    # a delegation from a state: that state visits
    ("en", "A delegation from Indonesia travelled to Malaysia.", ("CONSULT reported IDN: MYS:",)),
    (
        "ar",
        "ومن المقرر أن يتوجه وزير الخارجية الكوري الجنوبي بعد العراق والكويت إلى قطر.",
        (
            "CONSULT planned KOR:GOV IRQ:",
            "CONSULT planned KOR:GOV KWT:",
            "CONSULT planned KOR:GOV QAT:",
        ),
    ),
    # two stops after "after", joined by "and"; the comma ends them
    (
        "en",
        "After Iraq and Kuwait, the South Korean foreign minister will travel to Qatar.",
        (
            "CONSULT planned KOR:GOV IRQ:",
            "CONSULT planned KOR:GOV KWT:",
            "CONSULT planned KOR:GOV QAT:",
        ),
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), OTHERS)
def test_arabic_and_english(lang: str, text: str, want: tuple[str, ...]) -> None:
    assert _read(text, lang) == set(want)
