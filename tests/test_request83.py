"""request83: whom a request asks. People or a body that a verb of asking
addresses by a bare noun ("urged citizens to …", "حث … المواطنين على …",
"از مردم خواست …") are the asker's own, as the readers annotate them, and a
state written only inside what they are asked ("… French goods") is no side
and lends no country to anyone. A state asked by name stays the one asked.
Sentences written for these tests."""

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _requests(text: str, lang: str) -> list[list[tuple[str | None, str | None]]]:
    """The (code, agent) of each REQUEST's actors, in order."""
    events = process(Document("t", text, lang=lang)).events
    return [[(a.code, a.agent) for a in e.actors] for e in events if e.type == "REQUEST"]


# main read France as the one asked (ar: FRA as a state in place of the
# government; fa: the government took France's country)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("حث رئيس الوزراء الأردني الحكومة على مقاطعة المنتجات التركية.", "ar"),
        ("نخست‌وزیر اردن از دولت خواست محصولات ترکیه‌ای را تحریم کند.", "fa"),
    ],
)
def test_government_asked_is_the_askers_not_the_goods_state(text: str, lang: str) -> None:
    assert _requests(text, lang) == [[("JOR", "GOV"), ("JOR", "GOV")]]


# main read the citizens as Turkey's (ar, fa), from the goods' adjective
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ودعا الملك الأردني المواطنين إلى مقاطعة المنتجات التركية.", "ar"),
        ("پادشاه اردن از مردم خواست کالاهای ترکیه‌ای را نخرند.", "fa"),
        ("The Jordanian king urged citizens to boycott Turkish products.", "en"),
    ],
)
def test_citizens_asked_are_the_askers(text: str, lang: str) -> None:
    assert _requests(text, lang) == [[("JOR", "GOV"), ("JOR", "CVL")]]


# main left the asked out (fa) or read the place they are told to avoid as
# theirs; now the asker's
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر خارجه هلند از گردشگران خواست به لبنان سفر نکنند.", "fa"),
        ("دعا وزير الخارجية الهولندي السياح إلى عدم السفر إلى لبنان.", "ar"),
    ],
)
def test_travellers_asked_are_the_askers(text: str, lang: str) -> None:
    reqs = _requests(text, lang)
    assert len(reqs) == 1
    assert reqs[0][0] == ("NLD", "GOV")
    assert ("LBN", None) not in reqs[0]
    assert all(code == "NLD" for code, _ in reqs[0])


# guards: a state asked by name stays the one asked; what it is asked about
# (Iran's sanctions) is not a side
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kuwait asked Japan to lift its duties on Iraqi dates.", "en"),
        ("طلبت الكويت من اليابان رفع الرسوم على التمور العراقية.", "ar"),
        ("کویت از ژاپن خواست عوارض خرمای عراقی را لغو کند.", "fa"),
    ],
)
def test_state_asked_by_name_stays(text: str, lang: str) -> None:
    reqs = _requests(text, lang)
    assert len(reqs) == 1
    assert [c for c, _ in reqs[0]][:2] == ["KWT", "JPN"]


# guards: a body asked with its own country keeps it
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ودعا وزير الخارجية العماني الحكومة الإيرانية إلى الحوار.", "ar"),
        ("وزیر خارجه عمان از دولت ایران خواست گفتگو کند.", "fa"),
        ("Oman's foreign minister called on the Iranian government to talk.", "en"),
    ],
)
def test_body_with_its_country_keeps_it(text: str, lang: str) -> None:
    assert _requests(text, lang) == [[("OMN", "GOV"), ("IRN", "GOV")]]


# guard: an asker with no country takes none from what the people are asked
# (main: France's government asking France's citizens)
def test_no_country_from_the_content_for_a_codeless_asker() -> None:
    text = "دعت الحكومة المواطنين إلى مقاطعة البضائع الفرنسية."
    for actors in _requests(text, "ar"):
        assert ("FRA", "GOV") not in actors and ("FRA", "CVL") not in actors
