"""Round 22, Arabic agents. Sentences written for these tests, the same event
told in Arabic, Persian and English.

1. "قوات الجيش والشرطة": the forces and the army are read as two mentions of
   one actor; the conjunction after the repeat still joins the police to
   them, so the police are a side too, not lost behind the repeat
   (``coordination.coordinated_groups``).
2. A hospital, airport or university named after a king, prince or imam
   ("مستشفى الملك خالد", "جامعة الملك سعود", "مطار الإمام الخميني") names
   no king: no head of state joins the event (``agents._NAMED_PLACES``);
   a university so named is the university (EDU).
3. "قوات الجيش والأمن": a one-word head read apart from its modifier
   ("قوات" + "الجيش") still shares itself with the modifier after the
   conjunction ("قوات الأمن": the security forces, COP;
   ``shared_head._after``).
4. A party's leader written with no country is of the one country his
   sentence names ("انتقد رئيس الحزب الحكومة التونسية": TUN:PTY), as a
   party or MPs already were; unlike a minister he has no counterpart abroad.
   A state named right after the verb is its object and gives him none
   (``participants._Sentence._one_code``).
"""

from __future__ import annotations

import pytest

from casts import cast, first_cast, run

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
    # the visitor is no agent noun: an unidentified attacker is understood,
    # in Arabic (sides22) as in Persian
    ("ar", "تعرض طبيب بمستشفى الملك خالد في حائل لاعتداء من مراجع.", "ASSAULT", {"UAF", "HLH"}),
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


# (lang, sentence, type): the army and the security forces both act
ARMY_AND_SECURITY = [
    ("ar", "اعتقلت قوات الجيش والأمن عشرات المسلحين في سيناء.", "COERCE"),
    ("ar", "هاجم مسلحون قوات الجيش والأمن في سيناء.", "ASSAULT"),
    ("fa", "نیروهای ارتش و امنیتی ده‌ها شبه‌نظامی را در سینا بازداشت کردند.", "COERCE"),
    ("en", "Army and security forces arrested dozens of militants in Sinai.", "COERCE"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), ARMY_AND_SECURITY)
def test_army_and_security_forces(lang: str, text: str, etype: str) -> None:
    assert {"MIL", "COP"} <= _agents(text, lang, etype)


# (lang, sentence, type, the actors of its first event in order)
PARTY_LEADER_AT_HOME = [
    ("ar", "انتقد رئيس الحزب الحكومة التونسية.", "ACCUSE", ["TUN:PTY", "TUN:GOV"]),
    ("fa", "رهبر حزب از دولت تونس انتقاد کرد.", "ACCUSE", ["TUN:PTY", "TUN:GOV"]),
    (
        "en",
        "The party leader criticised the Tunisian government.",
        "ACCUSE",
        ["TUN:PTY", "TUN:GOV"],
    ),
    (
        "fa",
        "دبیرکل حزب از وزیر کشور تونس خواست استعفا دهد.",
        "REQUEST",
        ["TUN:PTY", "TUN:GOV"],
    ),
    # a state as the verb's object is no country of his
    ("ar", "انتقد رئيس الحزب فرنسا.", "ACCUSE", ["-:PTY", "FRA:None"]),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actors"), PARTY_LEADER_AT_HOME)
def test_a_party_leader_is_of_his_sentence_country(
    lang: str, text: str, etype: str, actors: list[str]
) -> None:
    assert first_cast(text, lang, etype) == actors
