"""A titled person named only as what a meeting is about is no side of it
(round 102, mendD102, mending sides101; every sentence written for these
tests).

sides101 joined a comma's list of named leaders ("X President A, Y President
B discussed …") into one group, so a titled person after the verb, named as
the meeting's topic ("the fate of Syrian President …", "مصير الرئيس السوري
…"), became the second group, and a joint event keeps its first two groups
whole. The same came from "and" lists before. A group that opens with a
titled person right after a topic's word (``context.TOPIC_HEADS`` and
``ABOUT_PREPOSITIONS``, read as ``Coordinators.topic_leads`` of the joint
events' coordinators) is now no side (``split_sides._without_topics``).
"""

from __future__ import annotations

import pytest

from casts import casts_in_order

# (language, sentence, event type, the codes of each event). main made the
# titled topic (SYR) a third side of each of these meetings.
TOPICS: list[tuple[str, str, str, list[set[str]]]] = [
    (
        "en",
        "French President Emmanuel Macron, German Chancellor Angela Merkel discussed the"
        " future of Syrian President Bashar al-Assad.",
        "CONSULT",
        [{"FRA", "DEU"}],
    ),
    (
        "en",
        "US President Donald Trump and French President Emmanuel Macron discussed the fate"
        " of Syrian President Bashar al-Assad.",
        "CONSULT",
        [{"USA", "FRA"}],
    ),
    (
        "ar",
        "ناقش الرئيس الأمريكي دونالد ترامب والرئيس الفرنسي إيمانويل ماكرون مستقبل الرئيس"
        " السوري بشار الأسد.",
        "CONSULT",
        [{"USA", "FRA"}],
    ),
    (
        "ar",
        "بحث الرئيس الفرنسي إيمانويل ماكرون، المستشارة الألمانية أنجيلا ميركل مصير الرئيس"
        " السوري بشار الأسد.",
        "CONSULT",
        [{"FRA", "DEU"}],
    ),
]

# Guards, read right on main too: a titled leader after the verb with no
# topic's word is a side ("met", "التقى", "با … دیدار"); a country after a
# topic's word was no side already; Persian topics ("درباره آینده",
# "درباره"); a list of three titled leaders; one leader meeting a list of
# titled leaders in turn.
KEPT: list[tuple[str, str, str, list[set[str]]]] = [
    (
        "en",
        "US President Donald Trump, French President Emmanuel Macron met Iraqi Prime"
        " Minister Haider al-Abadi in Paris.",
        "CONSULT",
        [{"USA", "FRA", "IRQ"}],
    ),
    (
        "en",
        "US President Donald Trump, French President Emmanuel Macron discussed the fate of Syria.",
        "CONSULT",
        [{"USA", "FRA"}],
    ),
    (
        "en",
        "Iranian President Hassan Rouhani, Russian President Vladimir Putin and Turkish"
        " President Recep Tayyip Erdogan met in Tehran.",
        "CONSULT",
        [{"IRN", "RUS", "TUR"}],
    ),
    (
        "en",
        "French President Emmanuel Macron met German Chancellor Angela Merkel, Italian Prime"
        " Minister Giuseppe Conte and Spanish Prime Minister Pedro Sanchez.",
        "CONSULT",
        [{"FRA", "DEU"}, {"FRA", "ITA"}, {"FRA", "ESP"}],
    ),
    (
        "ar",
        "التقى الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان الرئيس الإيراني"
        " حسن روحاني في أنقرة.",
        "CONSULT",
        [{"RUS", "TUR", "IRN"}],
    ),
    (
        "ar",
        "بحث الرئيس الأمريكي دونالد ترامب والرئيس الفرنسي إيمانويل ماكرون مصير سوريا.",
        "CONSULT",
        [{"USA", "FRA"}],
    ),
    (
        "fa",
        "رئیس‌جمهور آمریکا دونالد ترامپ، رئیس‌جمهور فرانسه امانوئل مکرون درباره آینده"
        " رئیس‌جمهور سوریه بشار اسد گفتگو کردند.",
        "CONSULT",
        [{"USA", "FRA"}],
    ),
    (
        "fa",
        "رئیس‌جمهور آمریکا دونالد ترامپ و رئیس‌جمهور فرانسه امانوئل مکرون درباره"
        " رئیس‌جمهور سوریه بشار اسد رایزنی کردند.",
        "CONSULT",
        [{"USA", "FRA"}],
    ),
    (
        "fa",
        "رئیس‌جمهور روسیه ولادیمیر پوتین، رئیس‌جمهور ترکیه رجب طیب اردوغان با رئیس‌جمهور"
        " ایران حسن روحانی دیدار کردند.",
        "CONSULT",
        [{"RUS", "TUR", "IRN"}],
    ),
]


def _codes(text: str, lang: str, etype: str) -> list[set[str]]:
    return [{c.split(":")[0] for c in event} for event in casts_in_order(text, lang, etype)]


@pytest.mark.parametrize(("lang", "text", "etype", "events"), TOPICS)
def test_a_titled_topic_is_no_side(
    lang: str, text: str, etype: str, events: list[set[str]]
) -> None:
    assert _codes(text, lang, etype) == events


@pytest.mark.parametrize(("lang", "text", "etype", "events"), KEPT)
def test_titled_sides_stay(lang: str, text: str, etype: str, events: list[set[str]]) -> None:
    assert _codes(text, lang, etype) == events
