"""requests64fa: a state told by another what it must do is asked (PLOVER
REQUEST), the one who tells it first; a people told, a state's own, a noun
governed by a preposition and a speaker outside the quotation ask nothing."""

from diplowatch.model import Document
from diplowatch.pipeline import process


def _requests(text: str, lang: str) -> list[tuple[str | None, ...]]:
    """The codes of each REQUEST read from one sentence of my own, in order."""
    events = process(Document("t", text, lang=lang)).events
    return [tuple(a.code for a in e.actors) for e in events if e.type == "REQUEST"]


def test_fa_state_must_is_asked_by_the_speaker() -> None:
    text = "سخنگوی وزارت خارجه چین گفت: «آمریکا باید تحریم‌های یک‌جانبه را لغو کند.»"
    assert _requests(text, "fa") == [("CHN", "USA")]


def test_fa_own_state_must_is_no_request() -> None:
    text = "وزیر امور خارجه ایران گفت: ایران باید در تقویت دیپلماسی منطقه‌ای تلاش کند."
    assert _requests(text, "fa") == []


def test_fa_people_must_is_no_request() -> None:
    text = "سخنگوی وزارت خارجه آمریکا گفت مردم ایران باید بتوانند آزادانه سخن بگویند."
    assert _requests(text, "fa") == []


def test_fa_state_after_preposition_is_no_addressee() -> None:
    text = "رئیس‌جمهور فرانسه گفت پناهجویان به ترکیه باید با احترام رفتار کنند."
    assert _requests(text, "fa") == []


def test_fa_states_joined_ask_no_one() -> None:
    text = "این مقام روس افزود: آمریکا و روسیه باید هرچه زودتر مذاکره کنند."
    assert _requests(text, "fa") == []


def test_fa_state_outside_the_speaker_clause_asks_nothing() -> None:
    text = (
        "اینکه آمریکا علیه ایران تحریم وضع کرده، پرسشی است که یک کارشناس به آن "
        "چنین پاسخ می‌دهد: «چین باید امتیازات بزرگی گرفته باشد.»"
    )
    assert _requests(text, "fa") == []


def test_fa_deed_after_a_demand_stays() -> None:
    text = (
        "سخنگوی دولت ژاپن گفت عراق باید نفت بیشتری بفروشد، و نخست‌وزیر ژاپن با "
        "رئیس‌جمهور عراق دیدار کرد."
    )
    assert ("JPN", "IRQ") in _requests(text, "fa")
    types = {e.type for e in process(Document("t", text, lang="fa")).events}
    assert "CONSULT" in types


def test_en_must_is_asked_by_the_speaker_after_it() -> None:
    text = "Russia must withdraw its troops from Ukraine, the French foreign minister said."
    assert _requests(text, "en") == [("FRA", "RUS")]


def test_en_must_is_asked_by_the_speaker_before_it() -> None:
    text = "The German chancellor said that Iran must return to the nuclear talks."
    assert _requests(text, "en") == [("DEU", "IRN")]


def test_en_own_state_must_is_no_request() -> None:
    text = "The Russian foreign minister said that Russia must defend its interests."
    assert _requests(text, "en") == []


def test_ar_must_on_is_asked_by_the_speaker() -> None:
    text = "قال وزير الخارجية الفرنسي إنه يجب على روسيا سحب قواتها من أوكرانيا."
    assert _requests(text, "ar") == [("FRA", "RUS")]


def test_ar_speaker_after_a_saying_cue_asks() -> None:
    text = "وأكد صندوق النقد الدولي أن على أثينا تبني حزمة كاملة من الإصلاحات، كما قال مسؤول في الصندوق."
    assert _requests(text, "ar") == [("IMF", "GRC")]


def test_ar_people_after_the_trigger_are_asked() -> None:
    text = "قالت السلطات البحرينية إن على القطريين المغادرة خلال 48 ساعة."
    assert _requests(text, "ar") == [("BHR", "QAT")]
