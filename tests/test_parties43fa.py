"""Every destination of a visit a host, and Milei's Persian surname as the
ordinary word it also is (round 43, parties43fa; every sentence written
for these tests).

Rules added in this round:

- the destinations of a visit that the generic split left out (it keeps
  the first two coordinated groups, so a partner of another phrase, "پس از
  دیدار با همتای چینی", pushes the list of destinations out) are each a
  host of the visitor: the group after a preposition of destination written
  next to the trigger; the visitor is whoever is named between the trigger
  and that group, else the group nearest before the trigger
  (``itinerary.left_destinations``);
- an adjective of motion ("عازم", "وارد", "راهی": ``context.COMPLEMENT_FIRST``)
  takes its destination before its light verb ("عازم پکن شد"): its verb
  ends at that light verb (``final_verb.verb_end``), and the state right after
  it is its destination, so a second trip in the sentence keeps its own
  host. Arabic and English write the destination after a whole verb
  ("توجه إلى", "left for"): no such adjective there;
- a side of the visit holding another phrase's goal (after a preposition
  of destination, not governed: the other limb of "نه به … بلکه به …")
  gives way to the governed destination;
- Human Rights Watch spelled "دیدبان حقوق بشر" is a named NGO of no country
  (the Syrian Observatory, whose Persian names begin so, stays Syrian, as
  ``tests/test_mend40b.py`` reads it);
- "میلی" (Milei) is also "a wish" ("میلی به … ندارد"): marked ambiguous in
  ``scripts/offices/40_americas.txt``, it names the person only after a
  title. English "Milei" is no ordinary word and Arabic "ميلي" was already
  marked.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (English, Arabic, Persian, the reading of all three)
TRIPLES: list[tuple[str, str, str, tuple[str, ...]]] = [
    (
        "The Turkish president will travel to Kazakhstan and Uzbekistan next week.",
        "سيسافر الرئيس التركي إلى كازاخستان وأوزبكستان الأسبوع المقبل.",
        "رئیس جمهور ترکیه هفته آینده به قزاقستان و ازبکستان سفر خواهد کرد.",
        ("CONSULT planned TUR:GOV KAZ:", "CONSULT planned TUR:GOV UZB:"),
    ),
]


@pytest.mark.parametrize(("en", "ar", "fa", "want"), TRIPLES)
def test_three_languages_read_alike(en: str, ar: str, fa: str, want: tuple[str, ...]) -> None:
    assert _read(en, "en") == set(want)
    assert _read(ar, "ar") == set(want)
    assert _read(fa, "fa") == set(want)


PERSIAN = [
    # a partner of the meeting before the list of destinations: each a host
    (
        "رئیس جمهور روسیه پس از دیدار با همتای چینی خود به قزاقستان و ازبکستان سفر خواهد کرد.",
        (
            "CONSULT planned RUS:GOV CHN:GOV",
            "CONSULT planned RUS:GOV KAZ:",
            "CONSULT planned RUS:GOV UZB:",
        ),
    ),
    # the visit noun's genitive is the visitor, not the speaker
    (
        "سخنگو سفر وزیر امور خارجه ایران به هند و پاکستان را اعلام کرد.",
        ("CONSULT reported IRN:GOV IND:", "CONSULT reported IRN:GOV PAK:"),
    ),
    # a second "به" after the destination opens another phrase: no host
    (
        "مرکل پیش از سفر به آمریکا به رئیس جمهور اوکراین قول داد.",
        ("CONSULT reported DEU:GOV USA:",),
    ),
    # two trips in one sentence, the second told by an adjective of motion
    # whose destination stands before its light verb: each trip its host
    (
        "وزیر خارجه ایران پس از سفر به مسکو، عازم پکن شد.",
        ("CONSULT reported IRN:GOV RUS:", "CONSULT reported IRN:GOV CHN:"),
    ),
    (
        "وزیر خارجه ایران پس از سفر به مسکو وارد پکن شد.",
        ("CONSULT reported IRN:GOV RUS:", "CONSULT reported IRN:GOV CHN:"),
    ),
    # a partner of a meeting before "عازم": the goal after it is the host
    (
        "وزیر خارجه ایران پس از دیدار با همتای روس خود عازم پکن شد.",
        ("CONSULT reported IRN:GOV RUS:GOV", "CONSULT reported IRN:GOV CHN:"),
    ),
    # the goal of the other limb ("نه به … بلکه به …") is no host
    (
        "وزیر خارجه سوئد نه به لیما بلکه به کیتو سفر کرد.",
        ("CONSULT reported SWE:GOV ECU:",),
    ),
    # Human Rights Watch spelled "دیدبان": a body of no country
    (
        "دیدبان حقوق بشر از دولت عراق خواست بازداشت‌شدگان را آزاد کند.",
        ("REQUEST reported -:NGO IRQ:GOV",),
    ),
    # towns at home: no foreign host
    ("رئیس جمهور ایران به اصفهان و شیراز سفر کرد.", ()),
    # "میلی" as "a wish": no Argentine side, nor Argentina as the home of
    # the bare agents
    (
        "کارگران معترض پیشنهاد کارفرما را رد کردند و میلی به مذاکره ندارند.",
        ("REJECT reported -:LAB -:BUS",),
    ),
]


@pytest.mark.parametrize(("text", "want"), PERSIAN)
def test_persian(text: str, want: tuple[str, ...]) -> None:
    assert _read(text, "fa") == set(want)


OTHERS = [
    (
        "ar",
        "توجه وزير الخارجية الإيراني إلى قطر والكويت في جولة خليجية.",
        ("CONSULT reported IRN:GOV QAT:", "CONSULT reported IRN:GOV KWT:"),
    ),
    (
        "en",
        "The Japanese prime minister will travel to Qatar and Kuwait on Monday.",
        ("CONSULT planned JPN:GOV QAT:", "CONSULT planned JPN:GOV KWT:"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), OTHERS)
def test_others(lang: str, text: str, want: tuple[str, ...]) -> None:
    assert _read(text, lang) == set(want)


def test_milei_after_title_still_named() -> None:
    """After a title the surname still names the Argentine president."""
    lines = _read("رئیس جمهور آرژانتین، میلی، با همتای برزیلی خود دیدار کرد.", "fa")
    assert any("ARG:GOV" in line and "BRA:GOV" in line for line in lines)
