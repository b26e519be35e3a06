"""Two parts of one state acting on each other are two actors.

A state, its government and its officials are one participant
(``participants.unit``), but a minister asking the president, or a president
urging the government or parliament, names two people or bodies of one
country: the record keeps both (``extract/distinct.py``). A title beside a
name is one person; a lawmaker's own house is no second party. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Event, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang, published="2025-03-10"))


def of_type(record: Record, etype: str) -> list[Event]:
    return [e for e in record.events if e.type == etype]


def roles(event: Event) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.code, a.agent, a.role) for a in event.actors]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "وزیر کشور ایران از رئیس جمهور خواست استعفای او را بپذیرد."),
        ("ar", "طلب وزير الداخلية الإيراني من الرئيس قبول استقالته."),
        ("en", "Iran's interior minister asked the president to accept his resignation."),
    ],
)
def test_a_minister_asking_the_president_is_two_actors(lang: str, text: str) -> None:
    (event,) = of_type(run(text, lang), "REQUEST")
    assert [r for _, _, r in roles(event)] == ["minister", "head_of_state"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "هاکان فیدان وزیر خارجه ترکیه از یاشار گولر وزیر دفاع خواست خرید را تسریع کند."),
        ("ar", "دعا وزير الخارجية التركي هاكان فيدان وزير الدفاع يشار غولر إلى تسريع الصفقة."),
        (
            "en",
            "Turkish Foreign Minister Hakan Fidan urged Defence Minister Yasar Guler "
            "to speed up the purchase.",
        ),
    ],
)
def test_two_named_ministers_of_one_state_are_two_actors(lang: str, text: str) -> None:
    (event,) = of_type(run(text, lang), "REQUEST")
    assert len(event.actors) == 2
    assert {(a.code, a.agent) for a in event.actors} == {("TUR", "GOV")}
    assert len({a.name for a in event.actors}) == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "عبدالفتاح السیسی رئیس جمهور مصر از دولت خواست جلوی افزایش قیمت‌ها را بگیرد."),
        ("ar", "دعا الرئيس المصري عبد الفتاح السيسي الحكومة إلى كبح ارتفاع الأسعار."),
        (
            "en",
            "Egyptian President Abdel Fattah al-Sisi urged the government to curb rising prices.",
        ),
    ],
)
def test_the_president_urging_his_government_asks_a_body_apart(lang: str, text: str) -> None:
    # the government the verb governs is the addressee, not the president again
    (event,) = of_type(run(text, lang), "REQUEST")
    assert roles(event) == [("EGY", "GOV", "head_of_state"), ("EGY", "GOV", None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "دبیرکل سازمان ملل از شورای امنیت خواست فوراً اقدام کند."),
        ("ar", "حث الأمين العام للأمم المتحدة أنطونيو غوتيريش مجلس الأمن على التحرك فورا."),
        ("en", "UN Secretary-General Antonio Guterres urged the Security Council to act at once."),
    ],
)
def test_the_secretary_general_urging_the_council_asks_an_organ_apart(lang: str, text: str) -> None:
    (event,) = of_type(run(text, lang), "REQUEST")
    assert roles(event) == [("UN", "GOV", "official"), ("UN", None, None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "مسعود پزشکیان رئیس جمهور ایران با محمدباقر قالیباف رئیس مجلس دیدار کرد."),
        ("ar", "التقى الرئيس الإيراني مسعود بزشكيان رئيس البرلمان محمد باقر قاليباف في طهران."),
        (
            "en",
            "Iranian President Masoud Pezeshkian met parliament speaker Mohammad Bagher Ghalibaf.",
        ),
    ],
)
def test_a_title_beside_a_name_is_one_person(lang: str, text: str) -> None:
    # two people meet: two actors, each title joined to its name
    (event,) = of_type(run(text, lang), "CONSULT")
    assert len(event.actors) == 2
    assert all(a.name and a.code == "IRN" for a in event.actors)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "نماینده تهران در مجلس خواستار کاهش قیمت بنزین شد."),
        ("ar", "طالب نائب عن طهران في البرلمان بخفض أسعار البنزين."),
        ("en", "A Tehran lawmaker in parliament called for lower petrol prices."),
    ],
)
def test_a_lawmakers_own_house_is_no_second_party(lang: str, text: str) -> None:
    for event in run(text, lang).events:
        units = [(a.code, a.agent) for a in event.actors]
        assert len(units) == len(set(units))


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        (
            "ar",
            "اجتمع رئيس وزراء إسرائيلي منذ ثلاثة عقود بالرئيس الكيني وليام روتو في نيروبي.",
            "منذ",
        ),
        (
            "fa",
            "یک نخست وزیر اسرائیلی پس از سه دهه با ویلیام روتو رئیس جمهور کنیا دیدار کرد.",
            "پس",
        ),
        (
            "en",
            "An Israeli prime minister for three decades met Kenyan President William Ruto.",
            "for",
        ),
    ],
)
def test_no_name_opens_with_a_preposition(lang: str, text: str, word: str) -> None:
    # "رئيس وزراء إسرائيلي منذ ثلاثة عقود": a time phrase, not his name
    names = [a.name for e in run(text, lang).events for a in e.actors if a.name]
    assert not [n for n in names if n.split()[0] == word]


@pytest.mark.parametrize(
    ("lang", "text", "agent"),
    [
        ("en", "The Kenyan president urged parliament to pass the budget.", "LEG"),
        ("en", "The Kenyan interior minister urged police to withdraw.", "COP"),
        ("en", "Egypt's president urged lawmakers to pass the budget.", "LEG"),
        ("ar", "حث وزير الداخلية الكيني الشرطة على الانسحاب.", "COP"),
        ("fa", "وزیر کشور کنیا از پلیس خواست عقب‌نشینی کند.", "COP"),
    ],
)
def test_the_bare_noun_after_an_officials_verb_is_another_party(
    lang: str, text: str, agent: str
) -> None:
    # "Kenyan president urged parliament": one person holds one office, so
    # the bare noun after his verb is another party of his state, not his title
    (event,) = of_type(run(text, lang), "REQUEST")
    assert [a.agent for a in event.actors] == ["GOV", agent]
    assert {a.code for a in event.actors} <= {"KEN", "EGY"}
    assert len({a.code for a in event.actors}) == 1
