"""Doers and targets of deeds of force (round 13).

- A movement with no country of its own that claims an attack takes no
  country from the place it struck ("the Islamic State claimed the attack in
  Berlin" is not a German movement); without a claim the place it fights in
  still places it.
- Attackers nobody names ("gunmen", the understood attacker of an attack
  told from its victims' side) take the country of where they struck, never
  that of whom they struck ("gunmen killed two Filipino sailors").
- Sailors and crews are civilians (Arabic "بحارة", English singulars).
- English "besieged", "laid siege to" and the noun "siege" are coercion.
- An English country adjective and the agent noun after it are one mention,
  so a second agent coordinated after it joins it as a doer and the target
  after the verb stays ("Algerian army and security forces arrested five
  terrorists").

The sentences are written for this test.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(lang: str, text: str, etype: str) -> list[list[str]]:
    doc = Document("t", text, lang=lang, published="2024-05-01")
    events = [e for e in process(doc).events if e.type == etype]
    assert events, f"no {etype} event in {text!r}"
    return [[f"{a.code or '-'}:{a.agent}" for a in e.actors] for e in events]


@pytest.mark.parametrize(
    ("lang", "text", "victim"),
    [
        (
            "en",
            "Al-Qaeda claimed responsibility for the shooting in Brussels that killed four tourists.",
            "BEL:CVL",
        ),
        ("ar", "تبنى تنظيم القاعدة الهجوم المسلح في بروكسل.", "BEL:None"),
        ("fa", "القاعده مسئولیت تیراندازی در بروکسل را بر عهده گرفت.", None),
    ],
)
def test_a_claimer_is_not_of_the_place_it_struck(lang: str, text: str, victim: str | None) -> None:
    for actors in _events(lang, text, "ASSAULT"):
        assert actors[0] == "-:REB"
        assert "BEL:REB" not in actors
        if victim:
            assert victim in actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Islamic State fighters attacked Kurdish positions near Kobani in Syria."),
        ("ar", "هاجم مسلحو داعش مواقع كردية قرب كوباني في سوريا."),
    ],
)
def test_without_a_claim_the_place_still_places_a_movement(lang: str, text: str) -> None:
    assert "SYR:REB" in _events(lang, text, "ASSAULT")[0]


@pytest.mark.parametrize(
    ("lang", "text", "victims"),
    [
        ("en", "Gunmen killed two Filipino sailors.", "PHL:CVL"),
        ("en", "Two Filipino sailors were killed in the attack.", "PHL:CVL"),
        ("en", "Masked gunmen shot dead three Indian engineers.", "IND:None"),
        ("ar", "قتل مسلحون مجهولون ثلاثة مهندسين هنود.", "IND:CVL"),
        ("fa", "افراد مسلح ناشناس سه مهندس هندی را کشتند.", "IND:None"),
        ("fa", "یک مرد مسلح به سوی گشت پلیس مصر تیراندازی کرد.", "EGY:COP"),
    ],
)
def test_unnamed_attackers_take_no_country_from_their_victims(
    lang: str, text: str, victims: str
) -> None:
    actors = _events(lang, text, "ASSAULT")[0]
    assert actors[0] == "-:UAF"
    assert victims in actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen killed five villagers in northern Nigeria."),
        ("ar", "قتل مسلحون خمسة قرويين في شمال نيجيريا."),
        ("fa", "افراد مسلح پنج روستایی را در شمال نیجریه کشتند."),
    ],
)
def test_unnamed_attackers_are_of_where_they_struck(lang: str, text: str) -> None:
    assert _events(lang, text, "ASSAULT")[0] == ["NGA:UAF", "NGA:CVL"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A gunman opened fire on students of Riyadh schools."),
        ("ar", "أطلق مسلح النار على طلاب مدارس الرياض."),
        ("fa", "یک فرد مسلح به سوی دانش‌آموزان مدارس ریاض تیراندازی کرد."),
    ],
)
def test_a_city_named_with_the_victims_still_places_the_attacker(lang: str, text: str) -> None:
    assert _events(lang, text, "ASSAULT")[0] == ["SAU:UAF", "SAU:EDU"]


@pytest.mark.parametrize(
    ("lang", "text", "wanted"),
    [
        ("en", "Gunmen killed a British sailor and a Romanian sailor.", ["GBR:CVL", "ROU:CVL"]),
        ("ar", "اختطف قراصنة ناقلة نفط وعلى متنها 20 بحارا هنديا.", ["IND:CVL"]),
        ("ar", "أفرجت إيران عن البحارة البريطانيين.", ["GBR:CVL"]),
        ("fa", "دزدان دریایی ۲۰ ملوان هندی را ربودند.", ["IND:CVL"]),
    ],
)
def test_sailors_are_civilians(lang: str, text: str, wanted: list[str]) -> None:
    doc = Document("t", text, lang=lang, published="2024-05-01")
    agents = {f"{a.code or '-'}:{a.agent}" for e in process(doc).events for a in e.actors}
    assert set(wanted) <= agents


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Syrian government forces besieged the rebel-held town of Madaya."),
        ("en", "The siege of Deir ez-Zor by Islamic State militants has left residents starving."),
        ("ar", "تحاصر القوات السورية بلدة مضايا منذ أشهر."),
        ("fa", "نیروهای عراقی شهر فلوجه را محاصره کردند."),
    ],
)
def test_a_siege_is_coercion(lang: str, text: str) -> None:
    assert _events(lang, text, "COERCE")


@pytest.mark.parametrize(
    ("lang", "text", "doers", "target"),
    [
        (
            "en",
            "Algerian army and security forces arrested five terrorists in Batna.",
            ("DZA:MIL", "DZA:COP"),
            "DZA:REB",
        ),
        (
            "en",
            "Iraqi police and soldiers detained 20 suspects in Mosul.",
            ("IRQ:COP", "IRQ:MIL"),
            "IRQ:CRM",
        ),
        ("fa", "پلیس و ارتش الجزایر پنج تروریست را بازداشت کردند.", ("DZA:COP",), "DZA:REB"),
        ("ar", "اعتقلت الشرطة الجزائرية خمسة إرهابيين في باتنة.", ("DZA:COP",), "DZA:REB"),
    ],
)
def test_coordinated_doers_keep_the_arrested(
    lang: str, text: str, doers: tuple[str, ...], target: str
) -> None:
    events = _events(lang, text, "COERCE")
    for doer in doers:
        assert any(actors[0] == doer and target in actors for actors in events)
