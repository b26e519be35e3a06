"""requests65fa: an expectation put to a side named with "از" ("از X انتظار
می‌رود …") asks that side now (PLOVER REQUEST, reported); a forecast ("انتظار
می‌رود … سفر کند"), "as is expected of X" and "which is expected" ask no one,
and the forecast stays planned in all three languages."""

from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(text: str, lang: str) -> list[tuple[str, tuple[str | None, ...], str]]:
    """Type, actor codes and status of each event read from one sentence of my own."""
    events = process(Document("t", text, lang=lang)).events
    return [(e.type, tuple(a.code for a in e.actors), e.status) for e in events]


def test_fa_expected_of_a_state_is_asked_now() -> None:
    text = "سخنگوی وزارت امور خارجه ایران گفت که از آمریکا انتظار می‌رود تحریم‌ها را لغو کند."
    assert ("REQUEST", ("IRN", "USA"), "reported") in _events(text, "fa")


def test_fa_expected_of_a_body_is_asked() -> None:
    text = "وزیر خارجه ترکیه گفت که از شورای امنیت انتظار می‌رود حمله به غیرنظامیان را محکوم کند."
    assert [e for e in _events(text, "fa") if e[0] == "REQUEST"] == [
        ("REQUEST", ("TUR", "UN"), "reported")
    ]


def test_fa_forecast_asks_no_one_and_stays_planned() -> None:
    text = "انتظار می‌رود وزیر خارجه ایران هفته آینده به مسکو سفر کند."
    events = _events(text, "fa")
    assert [e for e in events if e[0] == "REQUEST"] == []
    assert ("CONSULT", ("IRN", "RUS"), "planned") in events


def test_fa_as_is_expected_of_asks_no_one() -> None:
    text = "همان‌طور که از روسیه انتظار می‌رود، مسکو از این طرح حمایت کرد."
    assert [e for e in _events(text, "fa") if e[0] == "REQUEST"] == []


def test_fa_which_is_expected_asks_no_one() -> None:
    text = "این بخشی از سلاح‌هایی است که انتظار می‌رود ایران برای خرید آن با روسیه مذاکره کند."
    events = _events(text, "fa")
    assert [e for e in events if e[0] == "REQUEST"] == []


def test_ar_forecast_asks_no_one_and_stays_planned() -> None:
    text = "ومن المتوقع أن يزور وزير الخارجية الإيراني موسكو الأسبوع المقبل."
    events = _events(text, "ar")
    assert [e for e in events if e[0] == "REQUEST"] == []
    assert ("CONSULT", ("IRN", "RUS"), "planned") in events


def test_ar_we_demand_of_a_state_is_asked() -> None:
    text = "قال المتحدث باسم الخارجية الإيرانية إننا نطالب الولايات المتحدة برفع العقوبات."
    assert ("REQUEST", ("IRN", "USA"), "reported") in _events(text, "ar")


def test_en_forecast_asks_no_one_and_stays_planned() -> None:
    text = "Iran's foreign minister is expected to visit Moscow next week."
    events = _events(text, "en")
    assert [e for e in events if e[0] == "REQUEST"] == []
    assert ("CONSULT", ("IRN", "RUS"), "planned") in events


def test_en_asked_of_a_state_is_a_request() -> None:
    text = "Iran's foreign ministry spokesman asked the United States to lift the sanctions."
    assert ("REQUEST", ("IRN", "USA"), "reported") in _events(text, "en")
