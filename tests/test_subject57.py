"""A subject carried to a later verb of the same sentence (round 57,
subject57; every sentence written for these tests).

Arabic chains the deeds of one subject with "و/ف" glued to a perfect verb
or "كما" before it: "وصل الرئيس الفرنسي إلى بيروت وطالب القادة اللبنانيين
…" — the request is the president's, and the leaders, whose adjective
ends in the accusative ("اللبنانيين", a subject would end in "ون"), are
asked (``extract/carried_subject.py``); so is a state whose name ends as
a feminine one after a masculine verb ("وانتقد روسيا"). Inside a complement
clause the carried subject is the clause's ("قالت الوزارة إن الشرطة اقتحمت
… واعتقلت …": the police), never the speaker's ("قال الوزير إن الرئيس …
وطالب …": the president asks, not the minister).

Persian and English keep the sentence's subject already ("… وارد بیروت شد
و از … خواست", "arrived in Beirut and called on …"); they have no data for
the carry, and these tests check that they still read it.
"""

from __future__ import annotations

import pytest

from casts import casts_in_order, first_cast, run

# (language, text, event type, doer's 'CODE:AGENT', the other side's)
CARRIED = [
    (
        "ar",
        "وصل الرئيس الفرنسي إلى بيروت وطالب القادة اللبنانيين بتشكيل حكومة جديدة.",
        "REQUEST",
        "FRA:GOV",
        "LBN",
    ),
    (
        "ar",
        "اجتمع وزير الخارجية التركي بنظيره الروسي في موسكو واتهم المسؤولين الأمريكيين بدعم الإرهاب.",
        "ACCUSE",
        "TUR:GOV",
        "USA",
    ),
    (
        "ar",
        "زار رئيس الوزراء الهندي طوكيو، كما انتقد المسؤولين الصينيين بشدة.",
        "ACCUSE",
        "IND:GOV",
        "CHN",
    ),
    (
        "ar",
        "استقبل الملك الأردني وزير الخارجية البريطاني في عمان وحث المسؤولين الإسرائيليين على وقف الاستيطان.",
        "REQUEST",
        "JOR:GOV",
        "ISR",
    ),
    (
        "ar",
        "التقى وزير الخارجية الفرنسي نظيره الألماني في برلين وانتقد روسيا بسبب الحرب.",
        "ACCUSE",
        "FRA:GOV",
        "RUS",
    ),
    (
        "ar",
        "وقالت وزارة الداخلية المصرية إن الشرطة اقتحمت مقرا للمسلحين في سيناء "
        "واعتقلت المسلحين الفلسطينيين.",
        "COERCE",
        "EGY:COP",
        "PSE",
    ),
    (
        "fa",
        "وزیر خارجه ترکیه به مسکو رفت و مقامات آمریکایی را به حمایت از تروریسم متهم کرد.",
        "ACCUSE",
        "TUR:GOV",
        "USA",
    ),
    (
        "fa",
        "رئیس‌جمهور فرانسه وارد بیروت شد و از رهبران لبنانی خواست دولت تشکیل دهند.",
        "REQUEST",
        "FRA:GOV",
        "LBN",
    ),
    (
        "en",
        "The Turkish foreign minister arrived in Moscow and accused American officials of backing terrorism.",
        "ACCUSE",
        "TUR:GOV",
        "USA",
    ),
    (
        "en",
        "The French president arrived in Beirut and called on Lebanese leaders to form a new government.",
        "REQUEST",
        "FRA:GOV",
        "LBN",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype", "doer", "other"), CARRIED)
def test_later_verb_keeps_the_first_subject(
    lang: str, text: str, etype: str, doer: str, other: str
) -> None:
    # any event of the type: a first verb may now give its own event of the
    # type (round 111: the raid before "واعتقلت" reads as COERCE EGY:COP)
    casts = casts_in_order(text, lang, etype)
    assert any(
        actors[0] == doer and any(a.startswith(f"{other}:") for a in actors[1:]) for actors in casts
    ), casts


def test_sentence_opening_on_joined_verb_carries_the_earlier_subject() -> None:
    """ "كما دعا الليبيين": the minister of the sentence before asks."""
    text = "أدان وزير الخارجية الإيطالي الهجوم على المدنيين في طرابلس. كما دعا الليبيين إلى الحوار."
    assert first_cast(text, "ar", "REQUEST")[:2] == ["ITA:GOV", "LBY:CVL"]


def test_marked_object_past_an_adverbial() -> None:
    """ "ودعا في الوقت نفسه، إثيوبيا": a feminine state after a masculine
    verb is its object a few words on."""
    text = (
        "دعا الرئيس الأمريكي، أمس، دول الخليج إلى زيادة الضغط على الحوثيين، "
        "ودعا في الوقت نفسه، إثيوبيا حليفته الأولى، إلى حماية المدنيين."
    )
    casts = [[f"{a.code}" for a in e.actors] for e in run(text, "ar").events if e.type == "REQUEST"]
    assert ["USA", "ETH"] in casts, casts


def test_complement_clause_stops_the_carry() -> None:
    """The speaker before "إن" does not ask: the president in the clause does."""
    text = "قال الوزير الفرنسي إن الرئيس اللبناني وصل إلى باريس وطالب المسؤولين الأوروبيين بالدعم."
    assert first_cast(text, "ar", "REQUEST")[0] == "LBN:GOV"


def test_own_subject_after_the_verb_is_kept() -> None:
    """A feminine verb after a masculine subject names its own ("ودعت
    الحكومة اللبنانية"): the carry leaves it to the usual reading."""
    text = "زار الرئيس الفرنسي بيروت وطالبت الحكومة اللبنانية الأمم المتحدة بالتدخل."
    doers = [e.actors[0].code for e in run(text, "ar").events if e.type == "REQUEST"]
    assert "FRA" not in doers, doers
