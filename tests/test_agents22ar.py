"""Round 22, Arabic agents. Sentences written for these tests, the same event
told in Arabic, Persian and English.

1. "قوات الجيش والشرطة": the forces and the army are read as two mentions of
   one actor; the conjunction after the repeat still joins the police to
   them, so the police are a side too, not lost behind the repeat
   (``participants.coordinated_groups``).
2. A hospital, airport or university named after a king, prince or imam
   ("مستشفى الملك خالد", "جامعة الملك سعود", "مطار الإمام الخميني") names
   no king: no head of state joins the event (``agents._NAMED_PLACES``);
   a university so named is the university (EDU).
"""

from __future__ import annotations

import pytest

from casts import cast, run

# (lang, sentence, type, the cast of that type's events)
FORCES_AND_POLICE = [
    (
        "ar",
        "هاجم مسلحون قوات الجيش والشرطة في سيناء.",
        "ASSAULT",
        {"EGY:UAF", "EGY:MIL", "EGY:COP"},
    ),
    (
        "en",
        "Gunmen attacked army forces and police in Sinai.",
        "ASSAULT",
        {"EGY:UAF", "EGY:MIL", "EGY:COP"},
    ),
    (
        "ar",
        "اعتقلت قوات الجيش والشرطة عشرات المتظاهرين في القاهرة.",
        "COERCE",
        {"EGY:MIL", "EGY:COP", "EGY:CVL"},
    ),
    (
        "fa",
        "نیروهای ارتش و پلیس ده‌ها معترض را در قاهره بازداشت کردند.",
        "COERCE",
        {"EGY:MIL", "EGY:COP", "EGY:CVL"},
    ),
    (
        "en",
        "Army forces and police arrested dozens of protesters in Cairo.",
        "COERCE",
        {"EGY:MIL", "EGY:COP", "EGY:CVL"},
    ),
    (
        "ar",
        "هاجم مسلحون قوات الجيش والشرطة المصرية.",
        "ASSAULT",
        {"-:UAF", "EGY:MIL", "EGY:COP"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), FORCES_AND_POLICE)
def test_police_after_the_forces_of_the_army(
    lang: str, text: str, etype: str, actors: set[str]
) -> None:
    assert cast(run(text, lang), etype) == actors


def _agents(text: str, lang: str, etype: str) -> set[str]:
    return {a.split(":")[1] for a in cast(run(text, lang), etype)}


# (lang, sentence, type, the agents of that type's events)
NAMED_AFTER_A_KING = [
    ("ar", "تعرض طبيب بمستشفى الملك خالد في حائل لاعتداء من مراجع.", "ASSAULT", {"HLH"}),
    (
        "fa",
        "یک پزشک در بیمارستان ملک خالد در حائل مورد حمله یک مراجعه‌کننده قرار گرفت.",
        "ASSAULT",
        {"UAF", "HLH"},
    ),
    ("ar", "وقعت جامعة الملك سعود اتفاقية تعاون مع شركة يابانية.", "AGREE", {"EDU", "BUS"}),
    ("fa", "دانشگاه ملک سعود با یک شرکت ژاپنی توافقنامه همکاری امضا کرد.", "AGREE", {"EDU", "BUS"}),
    (
        "en",
        "King Saud University signed a cooperation agreement with a Japanese company.",
        "AGREE",
        {"EDU", "BUS"},
    ),
    (
        "ar",
        "وصل وزير الخارجية الروسي إلى مطار الإمام الخميني والتقى نظيره الإيراني.",
        "CONSULT",
        {"GOV"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "agents"), NAMED_AFTER_A_KING)
def test_a_place_named_after_a_king_is_no_king(
    lang: str, text: str, etype: str, agents: set[str]
) -> None:
    assert _agents(text, lang, etype) == agents
