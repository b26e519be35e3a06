"""requests67fa: a Persian request whose one asked stands after "از" right
before the verb has told whom it asks, even where the lexicon gives that one
no code ("از نوروزی خواست"): a state named after the verb is inside what is
asked, not the one asked, and a speaker who asks in the first person
("گفت: از X می‌خواهیم …") is sought with that content out. "پس از", "برخی
از", "از سوی" mark no one asked; a side its object marker follows is no
speaker; English and Arabic name the one asked after the verb as before."""

from diplowatch.model import Document
from diplowatch.pipeline import process


def _requests(text: str, lang: str) -> list[tuple[str | None, ...]]:
    """The codes of each REQUEST read from one sentence of my own, in order."""
    events = process(Document("t", text, lang=lang)).events
    return [tuple(a.code for a in e.actors) for e in events if e.type == "REQUEST"]


def test_fa_state_inside_what_is_asked_of_the_government() -> None:
    text = "وزیر خارجه ترکیه از دولت خواست با آمریکا مذاکره نکند."
    # request83: the government asked is the asker's own, as the readers
    # annotate an unnamed body or people asked (was: no side at all)
    assert _requests(text, "fa") == [("TUR", "TUR")]


def test_fa_state_after_ta_is_inside_what_is_asked() -> None:
    text = "سخنگوی وزارت خارجه چین از سفیر جدید خواست تا روابط با پاکستان را گسترش دهد."
    assert _requests(text, "fa") == [("CHN",)]


def test_fa_farmers_asked_not_the_buyer() -> None:
    text = "رئیس‌جمهور عراق از کشاورزان خواست گندم بیشتری به سوریه بفروشند."
    # request83: the farmers asked are Iraq's (was: no side at all)
    assert _requests(text, "fa") == [("IRQ", "IRQ")]


def test_fa_person_asked_leaves_no_state_asked() -> None:
    text = "وزیر خارجه پاکستان از نوروزی خواست تا به افغانستان سفر کند."
    assert _requests(text, "fa") == [("PAK",)]


def test_fa_state_asked_after_az_stays() -> None:
    text = "رئیس‌جمهور فرانسه از آلمان خواست تا به یونان کمک کند."
    assert _requests(text, "fa") == [("FRA", "DEU")]


def test_fa_after_a_meeting_is_no_one_asked() -> None:
    text = "وزیر خارجه عراق پس از دیدار با همتای ایرانی خواستار گسترش روابط با ترکیه شد."
    assert _requests(text, "fa") == [("IRQ", "IRN")]


def test_fa_some_of_the_deputies_ask() -> None:
    text = "برخی از نمایندگان پارلمان عراق خواستار اخراج نیروهای آمریکایی شدند."
    assert _requests(text, "fa") == [("IRQ", "USA")]


def test_fa_on_behalf_of_is_no_one_asked() -> None:
    text = "وزیر خارجه قطر از سوی امیر کشورش از عراق خواست گفتگو کند."
    assert _requests(text, "fa") == [("QAT", "IRQ")]


def test_fa_speaker_asks_in_the_first_person() -> None:
    text = "وزیر خارجه ترکیه گفت: از دولت عراق می‌خواهیم با آمریکا مذاکره نکند."
    assert _requests(text, "fa") == [("TUR", "IRQ")]


def test_fa_speaker_asks_the_candidates_not_syria() -> None:
    text = "رئیس مجلس عراق گفت: از همه نامزدها می‌خواهم با دولت سوریه همکاری کنند."
    assert _requests(text, "fa") == [("IRQ",)]


def test_fa_object_of_the_speaker_clause_is_no_speaker() -> None:
    text = (
        "وی با بیان اینکه نباید دولت عراق را تضعیف کنیم، گفت: ما از احزاب مخالف "
        "انتظار داریم انصاف را رعایت کنند."
    )
    assert _requests(text, "fa") == [(None, "IRQ")]


def test_en_one_asked_after_the_verb_stays() -> None:
    text = "On Monday the French president asked Germany to help Greece."
    assert _requests(text, "en") == [("FRA", "DEU")]


def test_ar_one_asked_after_the_verb_stays() -> None:
    text = "طلب وزير الخارجية التركي من ألمانيا مساعدة اليونان."
    assert _requests(text, "ar") == [("TUR", "DEU")]
