"""Deeds of force a report tells between people of no country, in an
article with a main pair of countries (round 110, reportpool110; every
sentence written for these tests).

``extract/reported_doers.reported_doers``: where the report's pool comes
out empty, the agents of unknown country it names are the deed's sides —
two units or more, a force named first before the deed's word, the deed
told as done — with no country lent ("-:COP"), as the readers code them.
A denied or promised arrest stays without an event.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# a first sentence that gives the article a main pair of countries
_PAIR = {
    "ar": "بحث وزير خارجية مصر مع نظيره الأردني العلاقات بين مصر والأردن. ",
    "fa": "وزیر خارجه ایران با همتای ترکیه درباره روابط ایران و ترکیه گفتگو کرد. ",
    "en": "The foreign ministers of Egypt and Jordan discussed ties between Egypt and Jordan. ",
}

# (language, reported sentence, the deed's reading wanted)
DONE: list[tuple[str, str, str]] = [
    (
        "ar",
        "وقال متحدث باسم الشرطة إن الشرطة اعتقلت ثلاثة مهربين قرب الميناء.",
        "COERCE reported -:COP -:CRM",
    ),
    (
        "fa",
        "یک شاهد عینی گفت مأموران پلیس سه قاچاقچی را در نزدیکی بندر دستگیر کردند.",
        "COERCE reported -:COP -:CRM",
    ),
    (
        "en",
        "A police spokesman said police arrested three smugglers near the port.",
        "COERCE reported -:COP -:CRM",
    ),
    (
        "ar",
        "وقال شاهد عيان إن ثلاثة مسلحين أطلقوا النار على المصلين في المسجد.",
        "ASSAULT reported -:UAF -:CVL",
    ),
    (
        "en",
        "A witness said three gunmen opened fire on worshippers at the mosque.",
        "ASSAULT reported -:UAF -:CVL",
    ),
]

# a deed denied or told for later: no side is filled in, so no event
NOT_DONE: list[tuple[str, str]] = [
    ("ar", "وقال متحدث باسم الشرطة إن الشرطة لم تعتقل أي مهرب قرب الميناء."),
    ("fa", "یک شاهد عینی گفت مأموران پلیس هیچ قاچاقچی را در نزدیکی بندر دستگیر نکردند."),
    ("en", "A police spokesman said police did not arrest any smugglers near the port."),
    ("ar", "وقالت الوزارة إن الشرطة ستعتقل المهربين قريبا."),
    ("en", "The ministry said police will arrest the smugglers soon."),
]


@pytest.mark.parametrize(("lang", "sentence", "wanted"), DONE)
def test_reported_deed_between_people_of_no_country(lang: str, sentence: str, wanted: str) -> None:
    assert wanted in _read(_PAIR[lang] + sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), NOT_DONE)
def test_denied_or_later_deed_gets_no_sides(lang: str, sentence: str) -> None:
    lines = _read(_PAIR[lang] + sentence, lang)
    assert not any(line.startswith(("COERCE", "ASSAULT")) for line in lines)
