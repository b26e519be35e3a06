"""A name learnt after a former holder's title stays a former holder's name.

Names written after "title + country" are learnt for the document
(``extract.person_names``); a later bare mention of the name used to lose the
"former" mark and so came back as the sitting head of state (GOV). The
sentences are written for this test.
"""

from __future__ import annotations

from diplowatch.model import Actor, Document
from diplowatch.pipeline import process


def _actors(lang: str, text: str, event_type: str) -> list[Actor]:
    record = process(Document("t", text, lang=lang))
    return [a for e in record.events if e.type == event_type for a in e.actors]


def test_ar_learnt_name_of_a_former_president_stays_former() -> None:
    text = (
        "وصل الرئيس الغاني السابق كوابينا منساه إلى برلين يوم الاثنين. "
        "وانتقد كوابينا منساه روسيا يوم الثلاثاء."
    )
    [ghana] = [a for a in _actors("ar", text, "ACCUSE") if a.code == "GHA"]
    assert ghana.former and ghana.agent is None


def test_ar_learnt_name_of_a_sitting_president_stays_sitting() -> None:
    text = (
        "التقى الرئيس الغاني كوابينا منساه وزير الخارجية الألماني في برلين يوم الاثنين. "
        "وانتقد كوابينا منساه روسيا يوم الثلاثاء."
    )
    [ghana] = [a for a in _actors("ar", text, "ACCUSE") if a.code == "GHA"]
    assert not ghana.former and ghana.agent == "GOV"


def test_en_and_fa_former_title_is_no_sitting_government() -> None:
    en = "The former Ghanaian president Kwabena Mensah arrived in Berlin on Monday."
    fa = "رئیس جمهور سابق غنا، کوابینا منساه، روز دوشنبه با صدراعظم آلمان دیدار کرد."
    for lang, text in (("en", en), ("fa", fa)):
        [ghana] = [a for a in _actors(lang, text, "CONSULT") if a.code == "GHA"]
        assert ghana.former and ghana.agent is None, lang
