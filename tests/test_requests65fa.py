"""requests65fa: "از X انتظار می‌رود" as a request was measured and not kept
(docs/extraction.md, Round 65); these guard what it must never break if tried
again: a forecast asks no one and stays planned, in all three languages, and
"as is expected of X" or "which is expected" asks no one."""

from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(text: str, lang: str) -> list[tuple[str, tuple[str | None, ...], str]]:
    """Type, actor codes and status of each event read from one sentence of my own."""
    events = process(Document("t", text, lang=lang)).events
    return [(e.type, tuple(a.code for a in e.actors), e.status) for e in events]


def test_fa_forecast_asks_no_one_and_stays_planned() -> None:
    events = _events("انتظار می‌رود وزیر خارجه ایران هفته آینده به مسکو سفر کند.", "fa")
    assert [e for e in events if e[0] == "REQUEST"] == []
    assert ("CONSULT", ("IRN", "RUS"), "planned") in events


def test_fa_as_is_expected_of_asks_no_one() -> None:
    text = "همان‌طور که از روسیه انتظار می‌رود، مسکو از این طرح حمایت کرد."
    assert [e for e in _events(text, "fa") if e[0] == "REQUEST"] == []


def test_fa_which_is_expected_asks_no_one() -> None:
    text = "این بخشی از سلاح‌هایی است که انتظار می‌رود ایران برای خرید آن با روسیه مذاکره کند."
    assert [e for e in _events(text, "fa") if e[0] == "REQUEST"] == []


def test_fa_we_expect_of_a_state_is_asked() -> None:
    text = "وزیر خارجه روسیه گفت از آمریکا انتظار داریم تحریم‌ها را لغو کند."
    assert ("REQUEST", ("RUS", "USA"), "reported") in _events(text, "fa")


def test_ar_forecast_asks_no_one_and_stays_planned() -> None:
    events = _events("ومن المتوقع أن يزور وزير الخارجية الإيراني موسكو الأسبوع المقبل.", "ar")
    assert [e for e in events if e[0] == "REQUEST"] == []
    assert ("CONSULT", ("IRN", "RUS"), "planned") in events


def test_ar_we_demand_of_a_state_is_asked() -> None:
    text = "قال المتحدث باسم الخارجية الإيرانية إننا نطالب الولايات المتحدة برفع العقوبات."
    assert ("REQUEST", ("IRN", "USA"), "reported") in _events(text, "ar")


def test_en_forecast_asks_no_one_and_stays_planned() -> None:
    events = _events("Iran's foreign minister is expected to visit Moscow next week.", "en")
    assert [e for e in events if e[0] == "REQUEST"] == []
    assert ("CONSULT", ("IRN", "RUS"), "planned") in events


def test_en_asked_of_a_state_is_a_request() -> None:
    text = "Iran's foreign ministry spokesman asked the United States to lift the sanctions."
    assert ("REQUEST", ("IRN", "USA"), "reported") in _events(text, "en")
