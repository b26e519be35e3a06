"""mendA84: two findings of the round-83 review on request83.

1. A call whose only state is inside what it asks ("… في جميع الموانئ
   الأردنية") lost its whole event once that state was set aside, and in
   Arabic the noun right after the verb of asking ("ودعا الناشطون إلى …")
   was read as the one asked though it is the verb's subject.
2. The asker's country was lent to the people it asks over a place written
   for them ("المتمردين في اليمن", "protesters in Lebanon") and to rebels,
   militants and the opposition, who are not the asker's own.

Sentences written for these tests."""

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _requests(text: str, lang: str) -> list[list[tuple[str | None, str | None]]]:
    """The (code, agent) of each REQUEST's actors, in order."""
    events = process(Document("t", text, lang=lang)).events
    return [[(a.code, a.agent) for a in e.actors] for e in events if e.type == "REQUEST"]


# main read no event: the ports' Jordan was set aside and the union and the
# workers, both Jordan's labour, made one side
def test_call_keeps_its_event_when_the_state_repeats_a_side() -> None:
    text = "دعا الاتحاد العمالي العمال الأردنيين إلى الإضراب في جميع الموانئ الأردنية."
    reqs = _requests(text, "ar")
    assert len(reqs) == 1
    assert ("JOR", "LAB") in reqs[0]


# main read no event: the noun right after the verb was taken for the one
# asked, though it is the subject that calls (verb-first Arabic)
@pytest.mark.parametrize(
    "text",
    [
        "ودعا المعارضون إلى التظاهر في جميع المدن المغربية.",
        "ودعا الناشطون إلى التجمع أمام مقر الحكومة في عمان بتوقيت الأردن.",
    ],
)
def test_arabic_subject_right_after_the_verb_is_the_asker(text: str) -> None:
    reqs = _requests(text, "ar")
    assert len(reqs) == 1
    assert reqs[0][0][1] == "OPP"


# main lent the asker's country over the place written for the people asked
@pytest.mark.parametrize(
    ("text", "lang", "asked"),
    [
        ("دعا وزير الخارجية القطري المتمردين في اليمن إلى الحوار.", "ar", ("YEM", "REB")),
        ("حث الرئيس الفرنسي المحتجين في لبنان على التظاهر سلميا.", "ar", ("LBN", "CVL")),
        ("وزیر خارجه فرانسه از معترضان در لبنان خواست آرام بمانند.", "fa", ("LBN", "CVL")),
        ("وزیر خارجه قطر از شورشیان در یمن خواست سلاح را زمین بگذارند.", "fa", ("YEM", "REB")),
        ("The French president urged protesters in Lebanon to stay calm.", "en", ("LBN", "CVL")),
    ],
)
def test_place_written_for_the_asked_is_theirs(
    text: str, lang: str, asked: tuple[str, str]
) -> None:
    reqs = _requests(text, lang)
    assert len(reqs) == 1
    assert reqs[0][-1] == asked


# main read the rebels and militants as the asker's own (QAT/REB): the
# sentence names another country, so only the asker lent its own
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر خارجه قطر از شورشیان خواست گروگان‌های ترکیه‌ای را آزاد کنند.", "fa"),
        ("Qatar's foreign minister urged the militants to free the Turkish hostages.", "en"),
    ],
)
def test_armed_groups_asked_take_no_country_from_the_asker(text: str, lang: str) -> None:
    reqs = _requests(text, lang)
    assert len(reqs) == 1
    assert reqs[0][0] == ("QAT", "GOV")
    assert ("QAT", "REB") not in reqs[0]


# guards: the people a named asker addresses stay its own, and a state no
# side shares, only inside what is asked, still makes no side
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("حث الملك الأردني المواطنين على مقاطعة المنتجات التركية.", "ar"),
        ("پادشاه اردن از مردم خواست کالاهای ترکیه‌ای را نخرند.", "fa"),
        ("The Jordanian king urged citizens to boycott Turkish products.", "en"),
    ],
)
def test_citizens_asked_stay_the_askers(text: str, lang: str) -> None:
    assert _requests(text, lang) == [[("JOR", "GOV"), ("JOR", "CVL")]]


def test_foreign_state_inside_what_is_asked_is_still_no_side() -> None:
    reqs = _requests("دعت الحكومة المواطنين إلى مقاطعة البضائع الفرنسية.", "ar")
    assert all(("FRA", None) not in r for r in reqs)
