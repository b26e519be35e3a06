"""Round 39, Arabic agents (every sentence written for these tests).

- A bare country adjective right after a preposition is one person of that
  country, so it is no adjective of the agent before it: the police who
  fire "على عراقي" are not Iraqi.
- A number, a word of origin and a state's bare name ("ثلاثة من الجزائر",
  "three from Algeria") count people of that state (CVL), also with
  "others" between ("أربعة آخرين من ...") or a conjunction glued to the
  number (``counts.counted_or_others``); a share ("20% من") counts no
  people.
- A title that ends in the article followed by one bare noun and a state
  ("رئيس الجمهورية قرار فرنسا"): the state is the noun's genitive, not the
  title's country; a body there ("رئيس البرلمان قرار الحكومة") is no link
  of the title's chain, so the title stays an actor of its own.
"""

from __future__ import annotations

import pytest

from casts import run as _run
from diplowatch.extract.counts import counted_or_others


def _casts(text: str, lang: str) -> set[str]:
    """'CODE:AGENT' of every actor of every event of ``text``."""
    return {f"{a.code or '-'}:{a.agent}" for e in _run(text, lang).events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أطلقت الشرطة النار على عراقي قرب محطة القطار في ميونيخ.", "ar"),
        ("Police opened fire on an Iraqi near the train station in Munich.", "en"),
        ("پلیس در نزدیکی ایستگاه قطار مونیخ به یک عراقی شلیک کرد.", "fa"),
    ],
)
def test_person_after_preposition_is_not_the_police(text: str, lang: str) -> None:
    got = _casts(text, lang)
    assert "IRQ:CVL" in got
    assert "IRQ:COP" not in got


def test_definite_adjective_still_qualifies_the_police() -> None:
    got = _casts("أطلقت الشرطة العراقية النار على مسلح قرب الموصل.", "ar")
    assert "IRQ:COP" in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("اعتقلت الشرطة الإسبانية ثلاثة من الجزائر في مدريد.", "ar"),
        ("اعتقلت الشرطة الإسبانية 7 من الجزائر في مدريد.", "ar"),
        ("Spanish police detained three from Algeria in Madrid.", "en"),
        ("پلیس اسپانیا سه نفر از الجزایر را در مادرید بازداشت کرد.", "fa"),
    ],
)
def test_counted_people_from_a_state_are_civilians(text: str, lang: str) -> None:
    got = _casts(text, lang)
    assert "DZA:CVL" in got
    assert "ESP:COP" in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أفرجت الشرطة الإسبانية عن أربعة آخرين من النيجر في مدريد.", "ar"),
        ("Spanish police released four others from Niger in Madrid.", "en"),
        ("پلیس اسپانیا چهار نفر از نیجر را در مادرید آزاد کرد.", "fa"),
    ],
)
def test_counted_others_from_a_state_are_civilians(text: str, lang: str) -> None:
    assert "NER:CVL" in _casts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "word", "expected"),
    [
        ("اعتقلت الشرطة خمسة من النيجر واربعه من تشاد", "ar", "من تشاد", True),
        ("اعتقلت الشرطة خمسة من النيجر واربعه اخرين من تشاد", "ar", "من تشاد", True),
        ("اعتقلت الشرطة رجلا من النيجر وامراه من تشاد", "ar", "من تشاد", False),
        ("police held five from Niger and four others from Chad", "en", "from Chad", True),
        ("پلیس پنج نفر از نیجر و چهار نفر دیگر از چاد را بازداشت کرد", "fa", "نفر دیگر", True),
    ],
)
def test_second_count_with_a_conjunction_or_others(
    text: str, lang: str, word: str, expected: bool
) -> None:
    assert counted_or_others(text, text.rindex(word), lang) is expected


def test_persian_bare_number_before_from_counts_no_people() -> None:
    # Persian counts people with "نفر"/"تن"; a bare number is a name's ("G8")
    got = _casts("گروه هشت از روسیه خواست آتش‌بس شرق اوکراین را رعایت کند.", "fa")
    assert "RUS:CVL" not in got
    assert "RUS:None" in got


def test_share_of_a_state_counts_no_people() -> None:
    got = _casts("قصفت الطائرات الروسية 20% من سوريا.", "ar")
    assert "SYR:CVL" not in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("انتقد رئيس الجمهورية قرار فرنسا بإغلاق الحدود.", "ar"),
        (
            "The president of the republic criticised the decision of France to close the border.",
            "en",
        ),
        ("رئیس جمهور از تصمیم فرانسه برای بستن مرز انتقاد کرد.", "fa"),
    ],
)
def test_state_after_a_new_noun_is_not_the_title_country(text: str, lang: str) -> None:
    got = _casts(text, lang)
    assert "FRA:GOV" not in got
    assert "-:GOV" in got


def test_adjective_after_a_definite_title_still_names_its_state() -> None:
    assert "FRA:GOV" in _casts("انتقد وزير الخارجية الفرنسي قرار المحكمة الأوروبية.", "ar")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("انتقد رئيس البرلمان قرار الحكومة الإسرائيلية بتجميد الموازنة.", "ar"),
        (
            "The speaker of parliament criticised the decision of the Israeli government"
            " to freeze the budget.",
            "en",
        ),
        ("رئیس مجلس از تصمیم دولت اسرائیل برای توقف بودجه انتقاد کرد.", "fa"),
    ],
)
def test_body_after_a_new_noun_is_not_the_title_chain(text: str, lang: str) -> None:
    got = _casts(text, lang)
    assert "-:LEG" in got
    assert "ISR:GOV" in got


def test_spokesman_of_a_body_still_chains() -> None:
    got = _casts("انتقد المتحدث باسم الحكومة الإسرائيلية قرار المحكمة.", "ar")
    assert "ISR:GOV" in got
    assert "-:LEG" not in got
