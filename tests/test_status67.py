"""Round 67 (status67): a deed noun whose clause closes, however far on, with
a future verb of taking place is planned ("نشست … در تهران برگزار خواهد شد",
"the meeting of … will take place in Tehran"; ``extract/closing_future``,
``status.FUTURE_CLOSERS``); so is a deed noun told as imminent ("هجمات
وشيكة", ``status.IMMINENT_CUES``), and a Persian meeting noun "پیش روی"
(upcoming) qualifies. A plan cue in a noun's relative clause belongs to the
deed told after it there ("تحریم‌هایی که قرار است … لغو کند": the sanctions
stand; ``status.relative_deed_after``). Each has negative cases that keep
other clauses' futures off the deed."""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process
from event_statuses import statuses

# The noun's complements run on past the few words a future cue after a noun
# otherwise reaches, and a future verb of taking place closes the clause.
CLOSED_AHEAD = [
    (
        "fa",
        "نشست وزیران خارجه ایران و ترکیه با حضور نمایندگان کشورهای همسایه و چند سازمان "
        "منطقه‌ای در تهران برگزار خواهد شد.",
        "CONSULT",
    ),
    (
        "fa",
        "سخنگوی وزارت خارجه گفت: آزادسازی زندانیان دو کشور از طریق بانک مرکزی عمان و با "
        "نظارت صلیب سرخ انجام خواهد شد.",
        "CONCEDE",
    ),
    (
        "ar",
        "وقال الوزير إن توزيع المساعدات على العائلات المتضررة من السيول في المحافظات "
        "الجنوبية للبلاد سيجري عبر الهلال الأحمر.",
        "AID",
    ),
    (
        "ar",
        "وقال المتحدث إن المؤتمر الدولي لدعم اللاجئين السوريين في دول الجوار بمشاركة ممثلي "
        "الأمم المتحدة والاتحاد الأوروبي سينعقد في عمان.",
        "CONSULT",
    ),
    (
        "en",
        "The meeting of the foreign ministers of Iran and Turkey with envoys of the "
        "neighbouring states will take place in Tehran.",
        "CONSULT",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), CLOSED_AHEAD)
def test_noun_closed_by_a_future_of_taking_place_is_planned(
    lang: str, text: str, etype: str
) -> None:
    assert statuses(text, lang, etype) == {"planned"}


# The future verb is another clause's: after a preposition the noun is no
# subject, a comma or a conjunction opens another clause, a verb between
# closed the noun's clause already.
NOT_CLOSED_AHEAD = [
    (
        "fa",
        "پس از حمله پهپادی به کشتی تجاری اسرائیلی در دریای عمان بررسی فنی توسط کارشناسان "
        "سازمان ملل انجام خواهد شد.",
        "ASSAULT",
    ),
    (
        "fa",
        "وزیر خارجه ایران دیروز با همتای ترکیه خود در آنکارا دیدار کرد و کمیسیون مشترک "
        "دو کشور ماه بعد در تهران برگزار خواهد شد.",
        "CONSULT",
    ),
    (
        "ar",
        "اعتقلت الشرطة عشرة أشخاص في العاصمة بعد مواجهات مع المحتجين قرب البرلمان "
        "وسيعقد الوزير مؤتمرا صحفيا.",
        "COERCE",
    ),
    (
        "en",
        "After the meeting of the foreign ministers of Iran and Turkey in Ankara the next "
        "round will take place in Tehran.",
        "CONSULT",
    ),
    (
        "en",
        "Police arrested ten protesters near the parliament building on Sunday, and a "
        "hearing will take place next week.",
        "COERCE",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), NOT_CLOSED_AHEAD)
def test_a_future_of_another_clause_leaves_the_deed_reported(
    lang: str, text: str, etype: str
) -> None:
    assert statuses(text, lang, etype) == {"reported"}


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        (
            "ar",
            "ذكرت صحيفة بلجيكية أن مذكرة للشرطة تشير إلى هجمات إرهابية وشيكة في فرنسا.",
            "ASSAULT",
        ),
        ("fa", "وی با بیان این‌که اجلاس پیش روی شورای حکام یک نشست عادی است، سخن گفت.", "CONSULT"),
        (
            "en",
            "Police warned that an imminent attack by gunmen on the border posts was expected.",
            "ASSAULT",
        ),
    ],
)
def test_imminent_or_upcoming_deed_is_planned(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"planned"}


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        # "imminent" qualifies the reaction sought, not the consulting going on
        (
            "fa",
            "نخست‌وزیر ژاپن گفت دولتش با کشورهای همسایه برای پاسخی قریب‌الوقوع به این "
            "انفجار رایزنی می‌کند.",
            "CONSULT",
        ),
        (
            "ar",
            "وتباحث رئيس الوزراء الياباني مع نظيره الكوري الجنوبي اليوم حول رد وشيك على التفجير.",
            "CONSULT",
        ),
        (
            "en",
            "The minister consulted his British counterpart on Sunday about a response that "
            "officials called imminent.",
            "CONSULT",
        ),
        # "پیش روی" alone is an advance: the attack was made
        ("fa", "طالبان پس از پیش روی در ولایت نیمروز به شهر زرنج حمله کردند.", "ASSAULT"),
    ],
)
def test_imminent_plans_only_the_noun_it_qualifies(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"reported"}


# A plan cue in the relative clause after a noun belongs to the deed that
# clause tells ("sanctions that are to be lifted": the sanctions stand, a
# SANCTION reported, no planned THREATEN). The deed after the cue is the
# signing: Arabic "رفع" (lifting) is no trigger. With no sanctioner named
# ("العقوبات المفروضة على إيران") a reported sanction of one side gives no
# event at all, as the same sentence without the relative clause gives none.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fa",
            "وزیر کوبا گفت تحریم‌هایی که قرار است آمریکا پس از امضای توافق صلح لغو کند همچنان "
            "برقرار است.",
        ),
        (
            "ar",
            "وقال الوزير إن العقوبات الأمريكية على فنزويلا التي من المقرر أن يتم رفعها بعد "
            "توقيع اتفاق السلام ما زالت قائمة.",
        ),
    ],
)
def test_plan_of_the_relative_clause_deed_is_not_the_nouns(lang: str, text: str) -> None:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-02"))
    told = {(e.type, e.status) for e in record.events}
    assert ("SANCTION", "reported") in told
    assert ("THREATEN", "planned") not in told


def test_plan_of_the_relative_clause_deed_is_the_lifting_in_english() -> None:
    text = (
        "The minister said the American sanctions on Venezuela that are to be lifted after the "
        "peace deal is signed remain in place."
    )
    record = process(Document(doc_id="t", text=text, lang="en", published="2024-05-02"))
    told = {(e.type, e.status) for e in record.events}
    assert ("CONCEDE", "planned") in told
    assert not told & {("THREATEN", "planned"), ("SANCTION", "planned")}


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        # no deed after the cue, or a comma closing the relative clause
        # before it: the noun's own future
        (
            "fa",
            "وزیر خارجه هند گفت در نشست سه‌جانبه با چین و روسیه که قرار است روز شنبه در دهلی "
            "برگزار شود، درباره تجارت مرزی گفت‌وگو خواهند کرد.",
            "CONSULT",
        ),
        (
            "en",
            "Biden said the summit with Putin in Geneva, which is to be held on Wednesday, would "
            "be difficult.",
            "CONSULT",
        ),
        (
            "en",
            "The report listed the US sanctions on Iran that will be lifted next year.",
            "CONCEDE",
        ),
    ],
)
def test_relative_clause_future_of_the_noun_stays_planned(lang: str, text: str, etype: str) -> None:
    assert statuses(text, lang, etype) == {"planned"}
