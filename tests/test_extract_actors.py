"""Actor recognition through the whole pipeline, with sentences written for these tests.

Each case states one rule of ONTOLOGY.md ("Actors"): names, long forms,
adjectives and their inflections, attached prepositions, capitals used as
metonyms, titles giving roles, counterparts, "the two sides", and the case of
"US". Assertions look for the expected event rather than the exact event
list, so lexicon tuning elsewhere does not break them unless the rule breaks.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Event, Record
from diplowatch.pipeline import process

PUBLISHED = "2024-04-23"  # a Tuesday


def run(text: str, lang: str, published: str | None = PUBLISHED) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang, published=published))


def codes(event: Event) -> set[str]:
    return {a.code for a in event.actors}


def events_with(record: Record, etype: str, *want: str) -> list[Event]:
    return [e for e in record.events if e.type == etype and set(want) <= codes(e)]


def actor(event: Event, code: str):  # type: ignore[no-untyped-def]
    return next(a for a in event.actors if a.code == code)


# (language, sentence, event type, codes that must take part together)
NAMED_FORMS = [
    # plain names, Arabic definite/indefinite forms
    ("ar", "وقعت السعودية مع كوريا اتفاقية في مجال الطاقة المتجددة.", "AGREE", {"SAU", "KOR"}),
    # long forms
    (
        "ar",
        "وقعت جمهورية كوريا والمملكة العربية السعودية مذكرة تفاهم في مجال الهيدروجين.",
        "AGREE",
        {"KOR", "SAU"},
    ),
    (
        "en",
        "The Republic of Korea and Saudi Arabia signed a memorandum of understanding on hydrogen.",
        "AGREE",
        {"KOR", "SAU"},
    ),
    ("fa", "ایران و جمهوری کره توافقنامه امضا کردند.", "AGREE", {"IRN", "KOR"}),
    # attached prepositions and conjunctions: و / ب / ل
    ("ar", "تتعاون السعودية وكوريا في مجالات الثقافة والسياحة.", "COOPERATE", {"SAU", "KOR"}),
    ("ar", "رحبت السعودية بكوريا عضوا مراقبا في المنظمة.", "SUPPORT", {"SAU", "KOR"}),
    ("ar", "قدمت اليابان مساعدات إنسانية لكوريا الجنوبية.", "AID", {"JPN", "KOR"}),
    ("ar", "أشاد الرئيس الإيراني بكوريا الجنوبية.", "SUPPORT", {"IRN", "KOR"}),
    # Persian: "به کره", "کره‌ای" with ZWNJ
    (
        "fa",
        "وزیر خارجه ژاپن به کره سفر کرد و با همتای کره‌ای خود دیدار کرد.",
        "CONSULT",
        {"JPN", "KOR"},
    ),
    (
        "fa",
        "وزیر خارجه کره‌ای در تماس تلفنی با وزیر خارجه ایران درباره دارایی‌های مسدود شده گفتگو کرد.",
        "CONSULT",
        {"KOR", "IRN"},
    ),
    # capitals used as metonyms
    ("ar", "بحثت طوكيو وسيول سبل تعزيز التعاون في مجال الرقائق.", "CONSULT", {"JPN", "KOR"}),
    (
        "fa",
        "سئول و توکیو توافقنامه همکاری در زمینه نیمه رساناها امضا کردند.",
        "AGREE",
        {"KOR", "JPN"},
    ),
    ("en", "Seoul and Tokyo held talks on supply chains.", "CONSULT", {"KOR", "JPN"}),
    # organisations
    (
        "en",
        "ASEAN and South Korea adopted a joint statement on maritime security.",
        "AGREE",
        {"ASEAN", "KOR"},
    ),
    ("fa", "کره جنوبی و آسه‌آن بیانیه مشترک صادر کردند.", "AGREE", {"KOR", "ASEAN"}),
]


@pytest.mark.parametrize(("lang", "text", "etype", "want"), NAMED_FORMS)
def test_named_forms_give_the_right_codes(lang: str, text: str, etype: str, want: set[str]) -> None:
    record = run(text, lang)
    assert events_with(record, etype, *want), [(e.type, codes(e)) for e in record.events]


@pytest.mark.parametrize(
    ("text", "code", "role"),
    [
        # masculine adjective after a title
        ("بحث وزير الخارجية السعودي مع نظيره الكوري سبل تعزيز التعاون.", "SAU", "foreign_minister"),
        # feminine adjective after a feminine title
        (
            "زارت وزيرة الخارجية الكورية طوكيو اليوم الثلاثاء والتقت رئيس الوزراء الياباني.",
            "KOR",
            "foreign_minister",
        ),
        # plural adjective (الكوريين, genitive after a preposition)
        ("التقى وزير الخارجية السعودي بالمسؤولين الكوريين في الرياض.", "KOR", "official"),
        # nominative plural (الكوريون) and the plural counterpart نظرائهم
        ("اجتمع المسؤولون الكوريون مع نظرائهم اليابانيين في سيول أمس.", "KOR", "official"),
    ],
)
def test_arabic_adjective_inflections_after_titles(text: str, code: str, role: str) -> None:
    record = run(text, "ar")
    roles = {(a.code, a.role) for e in record.events for a in e.actors}
    assert (code, role) in roles, roles


def test_arabic_title_adjective_name_gives_role_and_name() -> None:
    record = run("التقى وزير الخارجية الإيراني عباس عراقجي نظيره الياباني في طهران أمس.", "ar")
    [meeting] = events_with(record, "CONSULT", "IRN", "JPN")
    iran = actor(meeting, "IRN")
    assert iran.role == "foreign_minister"
    assert iran.name and "عراقجي" in iran.name
    # "نظيره الياباني": the Japanese counterpart mirrors the Iranian minister's role
    assert actor(meeting, "JPN").role == "foreign_minister"


def test_arabic_head_of_state_with_name() -> None:
    record = run("استقبل الرئيس الكوري الجنوبي لي جاي ميونغ في سيول رئيس وزراء فيتنام.", "ar")
    [meeting] = events_with(record, "CONSULT", "KOR", "VNM")
    assert actor(meeting, "KOR").role == "head_of_state"
    assert actor(meeting, "VNM").role == "head_of_government"


def test_persian_counterpart_and_titles() -> None:
    record = run("وزیر امور خارجه ایران دیروز با همتای ژاپنی خود در تهران دیدار کرد.", "fa")
    [meeting] = events_with(record, "CONSULT", "IRN", "JPN")
    assert actor(meeting, "IRN").role == "foreign_minister"
    assert actor(meeting, "JPN").role == "foreign_minister"


def test_persian_our_country_is_the_publishers_state() -> None:
    record = run("وزیر امور خارجه کشورمان با سفیر کره‌ای دیدار کرد.", "fa")
    [meeting] = events_with(record, "CONSULT", "IRN", "KOR")
    assert actor(meeting, "KOR").role == "ambassador"


def test_english_counterpart_is_the_named_state() -> None:
    record = run(
        "South Korean Foreign Minister Cho Tae-yul met his Japanese counterpart in Tokyo yesterday.",
        "en",
    )
    [meeting] = events_with(record, "CONSULT", "KOR", "JPN")
    korea = actor(meeting, "KOR")
    assert korea.role == "foreign_minister"
    assert korea.name and korea.name.lower() == "cho tae-yul"


def test_english_known_people_carry_their_state() -> None:
    record = run(
        "US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing.",
        "en",
    )
    [meeting] = events_with(record, "CONSULT", "USA", "CHN")
    assert actor(meeting, "USA").role == "foreign_minister"
    assert actor(meeting, "CHN").role == "foreign_minister"


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "ar",
            "زار الرئيس الكوري الجنوبي فيتنام أمس. واتفق الجانبان على تعزيز التعاون في مجال الطاقة المتجددة.",
            {"KOR", "VNM"},
        ),
        (
            "fa",
            "وزیر خارجه کره جنوبی دیروز وارد تهران شد و با وزیر خارجه ایران دیدار کرد. "
            "طرفین بر تقویت همکاری‌ها در حوزه آموزش توافق کردند.",
            {"KOR", "IRN"},
        ),
        (
            "en",
            "South Korea's president arrived in Hanoi on Monday for talks with Vietnam's leaders. "
            "The two sides agreed to expand cooperation in education.",
            {"KOR", "VNM"},
        ),
    ],
)
def test_the_two_sides_means_the_main_pair(lang: str, text: str, want: set[str]) -> None:
    record = run(text, lang)
    agreements = [e for e in record.events if e.type == "AGREE"]
    assert agreements, record.to_dict()
    assert codes(agreements[0]) == want
    # the sentence with "the two sides" is the evidence of that agreement
    assert agreements[0].evidence is not None
    assert agreements[0].evidence.start > 0


def test_two_sides_alone_names_nobody() -> None:
    """With no document context there is no pair to refer back to."""
    record = run("اتفق الجانبان على تعزيز التعاون في مجال الطاقة المتجددة.", "ar")
    assert record.events == []
    assert record.note


def test_us_upper_case_is_the_united_states() -> None:
    record = run("The US and Korea signed a trade deal.", "en")
    assert events_with(record, "AGREE", "USA", "KOR")


def test_us_lower_case_is_a_pronoun() -> None:
    record = run("Japan has offered us help. Korea met us.", "en")
    assert all("USA" not in codes(e) for e in record.events), [
        (e.type, codes(e)) for e in record.events
    ]
    record = run("The minister told us that Japan and Korea will meet next week.", "en")
    assert all("USA" not in codes(e) for e in record.events)
    assert events_with(record, "CONSULT", "JPN", "KOR")


def test_each_actor_appears_once_per_event() -> None:
    text = "التقى وزير الخارجية السعودي نظيره الكوري، وبحث وزير الخارجية السعودي مع الوزير الكوري التعاون."
    record = run(text, "ar")
    assert record.events
    for event in record.events:
        listed = [a.code for a in event.actors]
        assert len(listed) == len(set(listed)), listed
        assert len(listed) >= 2


def test_possessive_country_before_a_title() -> None:
    record = run("South Korea's president will not visit Japan this year.", "en")
    [visit] = events_with(record, "CONSULT", "KOR", "JPN")
    assert actor(visit, "KOR").role == "head_of_state"
    assert actor(visit, "JPN").role is None
