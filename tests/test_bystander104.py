"""bystander104: a closing phrase of time after the main deed ("…، إثر …",
"…، پس از …", "…, following …"; ``context.CLOSING_AFTER_OPENERS``) dates it
by another deed, and whoever that phrase names is no side of the main deed
(``extract/closing_after.py``). Kept whole where dropping would leave a
two-sided deed one side, and for a deed of force whose phrase tells a deed
of force (the strike "after Hamas fired rockets" may strike Hamas). Every
sentence written for these tests.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

# (language, sentence, event type, the dating actor's code, the sides that
# stay). Read wrong on main: the Arabic three and the English two (the
# French, Algerian, US officials of the phrase were made sides). Persian
# reads them right already (its verb closes the main clause before the
# comma): guards of the same reading.
DATED: list[tuple[str, str, str, str, set[str]]] = [
    (
        "ar",
        "انسحبت حركة النهضة من المشاورات حول الحكومة الجديدة، إثر إعلان الرئيس الفرنسي عن زيارته"
        " إلى الجزائر.",
        "RETREAT",
        "FRA",
        {"TUN:PTY"},
    ),
    (
        "ar",
        "واعتقلت الشرطة التونسية ثلاثة شبان في العاصمة، غداة زيارة الرئيس الجزائري إلى ليبيا.",
        "COERCE",
        "DZA",
        {"TUN:COP"},
    ),
    (
        "ar",
        "وانتشر الجيش اللبناني على الحدود، بعد زيارة وزير الخارجية الأمريكي إلى إسرائيل.",
        "MOBILIZE",
        "USA",
        {"LBN:MIL"},
    ),
    (
        "en",
        "The Ennahda movement withdrew from the consultations, following the French president's"
        " visit to Algeria.",
        "RETREAT",
        "FRA",
        {"TUN:PTY"},
    ),
    (
        "en",
        "Ennahda pulled out of the talks, in the wake of the Algerian president's visit to Paris.",
        "RETREAT",
        "DZA",
        {"TUN:PTY"},
    ),
    (
        "fa",
        "جنبش النهضه تونس از مذاکرات تشکیل دولت کناره گیری کرد، پس از اعلام سفر رئیس جمهور فرانسه"
        " به الجزایر.",
        "RETREAT",
        "FRA",
        {"TUN:PTY"},
    ),
    (
        "fa",
        "پلیس تونس سه جوان را در پایتخت دستگیر کرد، یک روز پس از سفر رئیس جمهور الجزایر به لیبی.",
        "COERCE",
        "DZA",
        {"TUN:COP"},
    ),
    (
        "fa",
        "ارتش لبنان نیروهای خود را در مرز مستقر کرد، پس از سفر وزیر خارجه آمریکا به اسرائیل.",
        "MOBILIZE",
        "USA",
        {"LBN:MIL"},
    ),
]


def _codes(cast: list[str]) -> set[str]:
    return {actor.split(":")[0] for actor in cast}


@pytest.mark.parametrize(("lang", "text", "etype", "dating", "sides"), DATED)
def test_who_dates_the_deed_is_no_side_of_it(
    lang: str, text: str, etype: str, dating: str, sides: set[str]
) -> None:
    casts = casts_in_order(text, lang, etype)
    assert casts, text
    for cast in casts:
        assert dating not in _codes(cast), (text, cast)
    assert any(sides <= set(cast) for cast in casts), (text, casts)


# Guards, read right on main and kept: an agreement left one side without the
# partner of the phrase keeps it; a strike whose phrase tells a deed of force
# keeps the doer of that deed, who may be whom it struck.
KEPT: list[tuple[str, str, str, set[str]]] = [
    ("ar", "ووقعت تركيا اتفاقا للتجارة، بعد محادثات مع روسيا.", "AGREE", {"TUR", "RUS"}),
    ("fa", "ترکیه یک توافق تجاری امضا کرد، پس از مذاکره با روسیه.", "AGREE", {"TUR", "RUS"}),
    ("en", "Turkey signed a trade agreement, after talks with Russia.", "AGREE", {"TUR", "RUS"}),
    (
        "ar",
        "وقصفت إسرائيل مواقع في غزة، إثر إطلاق حركة حماس صواريخ على عسقلان.",
        "ASSAULT",
        {"ISR", "PSE"},
    ),
    (
        "en",
        "Israel struck targets in Gaza, after Hamas fired rockets at Ashkelon.",
        "ASSAULT",
        {"ISR", "PSE"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "sides"), KEPT)
def test_the_phrase_keeps_a_side_the_deed_needs(
    lang: str, text: str, etype: str, sides: set[str]
) -> None:
    casts = casts_in_order(text, lang, etype)
    assert any(sides <= _codes(cast) for cast in casts), (text, casts)
