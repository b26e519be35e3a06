"""Round 75 (recall75fa): a reprisal said to be given is a threat.

A response named as a reprisal by its adjective and told as to be given,
delivered or shown ("پاسخی جمعی به ایران داده می‌شود", "a collective response
will be given to Iran", "سيوجه رد جماعي إلى إيران") promises harm in return
(PLOVER THREATEN). Partners named "in coordination with" the speaker ("در
هماهنگی با بریتانیا") are no side the threat is made to. Sentences written
for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _events(text: str, lang: str) -> list[tuple[str, list[str | None]]]:
    """The (type, actor codes) of the events of ``text``."""
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-02"))
    return [(e.type, [a.code for a in e.actors]) for e in record.events]


GIVEN = [
    ("fa", "وزیر خارجه آمریکا گفت پاسخی جمعی به ایران داده می‌شود."),
    ("fa", "وزیر خارجه بریتانیا گفت پاسخی هماهنگ به حمله ایران به نفتکش خواهیم داد."),
    ("fa", "وزیر خارجه آمریکا گفت واکنش مناسبی در این باره به ایران نشان خواهیم داد."),
    ("fa", "ناتو اعلام کرد که به ایران «پاسخی قاطع» داده خواهد شد."),
    ("en", "The US Secretary of State said a collective response will be given to Iran."),
    ("en", "The British foreign secretary said Britain will give a coordinated response to Iran."),
    ("ar", "قال وزير الخارجية الأمريكي إن ردا جماعيا سيوجه إلى إيران."),
    ("ar", "قالت إسرائيل إنها ستوجه ردا حاسما إلى إيران."),
]


@pytest.mark.parametrize(("lang", "text"), GIVEN)
def test_a_reprisal_said_to_be_given_is_a_threat(lang: str, text: str) -> None:
    assert any(t == "THREATEN" for t, _ in _events(text, lang))


NOT_GIVEN = [
    # an answer to questions, with no adjective of force
    ("fa", "سخنگوی دولت ایران گفت به پرسش‌های خبرنگاران پاسخ داده خواهد شد."),
    # an apt answer "given" answers a question
    ("fa", "وزیر نفت ایران گفت به پرسش نمایندگان پاسخ مناسب داده می‌شود."),
    # a reprisal in another phrase than the giving, past a comma
    ("fa", "وزیر خارجه ایران از پاسخ نظامی آمریکا انتقاد کرد، و گفت کمک خواهد داد."),
    ("en", "The Iranian minister said the questions will be given an appropriate response."),
    ("en", "The Iranian minister said he will give a strong speech to parliament."),
    ("ar", "قال الوزير الإيراني إن ردا مناسبا سيقدم على أسئلة الصحفيين."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_GIVEN)
def test_no_threat_without_a_reprisal_given(lang: str, text: str) -> None:
    assert all(t != "THREATEN" for t, _ in _events(text, lang))


def test_partners_in_coordination_are_no_target_fa() -> None:
    text = (
        "آنتونی بلینکن، وزیر خارجه ایالات متحده گفت در هماهنگی با بریتانیا، اسرائیل، "
        "رومانی و دیگر کشورها، پاسخی جمعی به ایران داده می‌شود."
    )
    threats = [codes for t, codes in _events(text, "fa") if t == "THREATEN"]
    assert threats == [["USA", "IRN"]]


def test_partners_in_coordination_are_no_target_ar() -> None:
    text = "قال بلينكن إنه بالتنسيق مع بريطانيا وإسرائيل ورومانيا سيوجه رد جماعي إلى إيران."
    threats = [codes for t, codes in _events(text, "ar") if t == "THREATEN"]
    assert threats
    assert all(not {"GBR", "ISR", "ROU"} & set(codes) for codes in threats)


def test_a_coordination_itself_keeps_its_partner() -> None:
    # a symmetric event: the partner after "در هماهنگی با" is its other side
    codes = [c for t, c in _events("ایران در هماهنگی با روسیه است.", "fa") if t == "COOPERATE"]
    assert codes and "RUS" in codes[0]
