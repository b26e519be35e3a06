"""A country named only as a place the event is not in is no party.

"Off the Libyan coast", a gate or street named after a people or a country
("باب المغاربة", "شارع سوريا"), the other side of a border ("على الحدود مع
سوريا") and where a traveller is headed ("للسفر إلى سوريا") name no party
and give no country to the agents the sentence names
(``mention.Mention.offshore``). A place the event IS in still gives its
country to agents named without one, and a visit keeps its host. The
sentences are written for this test.
"""

from __future__ import annotations

from diplowatch.model import Document
from diplowatch.pipeline import process


def _actors(lang: str, text: str, event_type: str) -> list[tuple[str | None, str | None]]:
    record = process(Document("t", text, lang=lang))
    return [(a.code, a.agent) for e in record.events if e.type == event_type for a in e.actors]


def _codes(lang: str, text: str, event_type: str) -> set[str | None]:
    return {code for code, _ in _actors(lang, text, event_type)}


def test_ar_off_the_coast_is_no_party_nor_home() -> None:
    text = "أنقذت البحرية الإسبانية مئة وعشرين مهاجرا قبالة السواحل المغربية صباح الخميس."
    actors = _actors("ar", text, "AID")
    assert ("ESP", "MIL") in actors
    assert "MAR" not in {code for code, _ in actors}


def test_ar_gate_named_after_a_people_is_no_party() -> None:
    text = "اعتقلت الشرطة الإسرائيلية أربعة فتيان قرب باب المغاربة في البلدة القديمة."
    codes = _codes("ar", text, "COERCE")
    assert "ISR" in codes and "MAR" not in codes


def test_ar_street_named_after_a_country_is_no_party() -> None:
    text = "فرقت قوات الأمن اللبنانية مظاهرة في شارع سوريا ببيروت مساء السبت."
    codes = _codes("ar", text, "COERCE") | _codes("ar", text, "PROTEST")
    assert "SYR" not in codes


def test_ar_other_side_of_a_border_is_no_party_nor_home() -> None:
    text = "قتل ثلاثة جنود في هجوم لمسلحين على الحدود مع العراق فجر الاثنين."
    actors = _actors("ar", text, "ASSAULT")
    assert actors and "IRQ" not in {code for code, _ in actors}


def test_ar_destination_of_a_traveller_is_no_party() -> None:
    text = "أوقفت الشرطة المغربية شابين كانا يستعدان للسفر إلى ليبيا عبر الجزائر."
    actors = _actors("ar", text, "COERCE")
    assert ("MAR", "COP") in actors
    assert "LBY" not in {code for code, _ in actors}


def test_ar_place_of_the_event_still_gives_the_agents_country() -> None:
    text = "اعتقلت الشرطة في القاهرة خمسة أشخاص بعد مظاهرة ليلية."
    assert ("EGY", "COP") in _actors("ar", text, "COERCE")


def test_ar_visit_keeps_its_host() -> None:
    text = "وصل وزير الخارجية الياباني إلى الأردن في زيارة رسمية يلتقي خلالها الملك عبد الله."
    events = process(Document("t", text, lang="ar")).events
    codes = {a.code for e in events for a in e.actors}
    assert "JPN" in codes and "JOR" in codes


def test_en_off_and_border_and_destination_are_no_party() -> None:
    off = "The Spanish navy rescued 120 migrants off Morocco on Thursday."
    border = "Three soldiers were killed in an attack by gunmen on the border with Iraq."
    travel = "Moroccan police arrested two young men who planned to travel to Libya."
    assert "MAR" not in _codes("en", off, "AID")
    assert "IRQ" not in _codes("en", border, "ASSAULT")
    travel_actors = _actors("en", travel, "COERCE")
    assert ("MAR", "COP") in travel_actors
    assert "LBY" not in {code for code, _ in travel_actors}


def test_en_border_deal_with_a_country_keeps_the_partner() -> None:
    text = "Turkey signed a border agreement with Iraq on Monday."
    assert {"TUR", "IRQ"} <= _codes("en", text, "AGREE")


def test_fa_place_of_the_event_still_gives_the_agents_country() -> None:
    # Persian has no such words yet: a place in a country still gives the
    # police their country, and a partner after "با" stays a party
    police = "پلیس در قاهره پنج نفر را بازداشت کرد."
    talks = "وزیر خارجه ترکیه با همتای عراقی خود در آنکارا دیدار کرد."
    assert ("EGY", "COP") in _actors("fa", police, "COERCE")
    assert {"TUR", "IRQ"} <= _codes("fa", talks, "CONSULT")
