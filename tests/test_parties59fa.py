"""parties59fa: a town's state written right after it ("در شهر موصل عراق",
"in Mosul, Iraq,") is part of the place the town names, never a side; the
Arabic adjective of the town ("مدينة الموصل العراقية") already read so. A
state after a town that opens a list of subjects, or (in English) a clause,
stays a side."""

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def sides(text: str, lang: str, etype: str) -> list[list[str]]:
    doc = process(Document(doc_id="t", text=text, lang=lang))
    return [[f"{a.code}:{a.agent}" for a in e.actors] for e in doc.events if e.type == etype]


def codes(found: list[list[str]]) -> set[str]:
    return {unit.split(":")[0] for actors in found for unit in actors}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزیر خارجه ایران در شهر استانبول ترکیه با همتای روس خود دیدار کرد."),
        ("fa", "وزیر امور خارجه ایران در بندر ازمیر ترکیه با همتای روسی‌اش گفت‌وگو کرد."),
        ("en", "In Istanbul, Turkey, the Iranian foreign minister met his Russian counterpart."),
        ("ar", "التقى وزير الخارجية الإيراني في مدينة إسطنبول التركية نظيره الروسي."),
    ],
)
def test_a_towns_state_is_no_partner_of_a_meeting_there(lang: str, text: str) -> None:
    found = sides(text, lang, "CONSULT")
    assert found, text
    assert codes(found) == {"IRN", "RUS"}, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "در شهر موصل عراق ناآرامی رخ داده بود و ایران یک دیپلمات بریتانیایی را اخراج کرد."),
        ("en", "In Mosul, Iraq, Iran expelled a British diplomat on Sunday."),
    ],
)
def test_a_towns_state_before_the_doer_does_not_take_its_place(lang: str, text: str) -> None:
    found = sides(text, lang, "SANCTION")
    assert found, text
    assert codes(found) == {"IRN", "GBR"}, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "نیروهای ایران یک نفتکش بریتانیایی را در بندر فجیره امارات توقیف کردند."),
        ("en", "Iranian forces seized a British tanker at the port of Fujairah, UAE."),
        ("ar", "احتجزت القوات الإيرانية ناقلة نفط بريطانية في ميناء الفجيرة الإماراتي."),
    ],
)
def test_a_ship_seized_in_a_port_keeps_its_flag_not_the_ports_state(lang: str, text: str) -> None:
    found = sides(text, lang, "COERCE")
    assert found, text
    assert "GBR" in codes(found) and "ARE" not in codes(found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "جنگنده‌های آمریکایی به شهر موصل عراق حمله کردند."),
        ("fa", "جنگنده‌های آمریکایی شهر موصل عراق را بمباران کردند."),
        ("en", "American jets struck Mosul, Iraq, on Monday."),
        ("ar", "قصفت طائرات أمريكية مدينة الموصل العراقية."),
    ],
)
def test_a_town_struck_still_strikes_its_state(lang: str, text: str) -> None:
    """Joined to its town, the state is struck as the town alone is."""
    found = sides(text, lang, "ASSAULT")
    assert found, text
    assert codes(found) == {"USA", "IRQ"}, found


@pytest.mark.parametrize(
    ("lang", "text", "etype", "expected"),
    [
        # a fronted place, then a list of subjects: the state acts
        ("fa", "در تهران ایران و روسیه یک توافقنامه امضا کردند.", "AGREE", {"IRN", "RUS"}),
        # English: no comma after the state, so it opens the clause
        ("en", "In Baghdad, Iraq expelled a British diplomat.", "SANCTION", {"IRQ", "GBR"}),
        # a state not right after its town stays a side
        ("fa", "عراق در شهر موصل یک دیپلمات بریتانیایی را اخراج کرد.", "SANCTION", {"IRQ", "GBR"}),
    ],
)
def test_a_state_that_acts_after_a_town_stays_a_side(
    lang: str, text: str, etype: str, expected: set[str]
) -> None:
    found = sides(text, lang, etype)
    assert found, text
    assert codes(found) == expected, found
