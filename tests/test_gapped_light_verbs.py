"""Persian compound verbs coordinated under one light verb, "را … کشت" with
words between, and clauses that are no event (anonymity, visits to places).

- ``extract/predicates.split_gapped``: "از … قدردانی و بر … تاکید کرد" — the
  first verbal noun drops its light verb and shares the second's; it reports
  its deed only when a new verb phrase closed by a light verb follows
  (``lang/fa/context.GAP_OPENERS`` / ``GAP_CLOSERS``); two coordinated nouns
  are no verb.
- ``lang/fa/triggers``: "کشت" at the end of its clause, after an object
  marked by "را", kills; the noun (cultivation) does not.
- anonymity clauses ("خواست نامش فاش نشود", "asked not to be named", "طلب
  عدم الكشف عن اسمه") request and refuse nothing; "بازدید از کارخانه",
  "toured a factory", "زيارة مصنع" are no meeting.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document, Record
from diplowatch.pipeline import process


def run(text: str, lang: str) -> Record:
    return process(Document(doc_id="t", text=text, lang=lang))


def types(record: Record) -> set[str]:
    return {e.type for e in record.events}


def typed(record: Record) -> set[tuple[str, tuple[str, ...]]]:
    return {(e.type, tuple(sorted(str(a.code) for a in e.actors))) for e in record.events}


@pytest.mark.parametrize(
    ("text", "etype", "codes"),
    [
        (
            "وزیر خارجه ترکیه از مواضع ژاپن قدردانی و بر توسعه روابط تاکید کرد.",
            "SUPPORT",
            ("JPN", "TUR"),
        ),
        ("دولت مصر از تصمیم عربستان استقبال و آن را گامی مثبت خواند.", "SUPPORT", ("EGY", "SAU")),
        ("پارلمان عراق از ابتکار قطر حمایت و آن را سازنده توصیف کرد.", "SUPPORT", ("IRQ", "QAT")),
        (
            "وزارت خارجه پاکستان اقدام هند را محکوم و آن را تحریک آمیز خواند.",
            "ACCUSE",
            ("IND", "PAK"),
        ),
        ("دولت کانادا مشاور سفارت روسیه را احضار و به او اعتراض کرد.", "ACCUSE", ("CAN", "RUS")),
        (
            "مقامات اندونزی دو کشتی ماهیگیری ویتنامی را توقیف و خدمه آن را زندانی کردند.",
            "COERCE",
            ("IDN", "VNM"),
        ),
    ],
)
def test_gapped_verbal_noun_reports_its_deed(text: str, etype: str, codes: tuple[str, ...]) -> None:
    found = typed(run(text, "fa"))
    assert any(t == etype and set(codes) <= set(c) for t, c in found), found


@pytest.mark.parametrize(
    "text",
    [
        # two coordinated nouns: the object of another verb, no deed of their own
        "وزیر خارجه اسپانیا از حمایت و همکاری مکزیک سخن گفت.",
        "این حمایت و همکاری مکزیک با اسپانیا ادامه خواهد داشت.",
        "حمایت و همکاری مکزیک با اسپانیا در سال گذشته افزایش یافت.",
    ],
)
def test_coordinated_nouns_are_no_gapped_verb(text: str) -> None:
    assert "SUPPORT" not in types(run(text, "fa"))


def test_subjunctive_closer_lends_nothing() -> None:
    # asked them to refrain and take care: a wish, not a refusal done
    text = "سفیر ژاپن از اتباع خود خواست از سفر به مرز خودداری و از سلامت خود مراقبت کنند."
    assert "REJECT" not in types(run(text, "fa"))


def test_gapped_pair_needs_its_light_verb_in_the_clause() -> None:
    # the clause ends before any light verb: nothing is shared
    assert "SUPPORT" not in types(run("دولت مصر از تصمیم عربستان استقبال و بر، گفت.", "fa"))


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("دولت مصر از تصمیم عربستان استقبال کرد و آن را گامی مثبت خواند.", "fa", "SUPPORT"),
        ("رحبت مصر بقرار السعودية ووصفته بأنه خطوة إيجابية.", "ar", "SUPPORT"),
        ("Egypt welcomed the Saudi decision and called it a positive step.", "en", "SUPPORT"),
    ],
)
def test_light_verb_written_out_and_other_languages(text: str, lang: str, etype: str) -> None:
    assert etype in types(run(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("شبه نظامیان یک مامور گمرک را در نزدیکی مرز کشت.", "fa"),
        ("مرد مسلح یک قاضی بازنشسته را با چاقو کشت، پلیس گفت.", "fa"),
        ("قتل مسلحون ضابطا في الموصل.", "ar"),
        ("Gunmen killed a customs officer near the border.", "en"),
    ],
)
def test_killed_with_words_between(text: str, lang: str) -> None:
    assert "ASSAULT" in types(run(text, lang))


@pytest.mark.parametrize(
    "text",
    [
        "کشاورزان زمین ها را برای کشت آماده کردند.",
        "سطح زیر کشت گندم را افزایش دادند.",
        "مساحت زمین های زیر کشت خشخاش را اندازه گرفت.",
    ],
)
def test_cultivation_is_no_killing(text: str) -> None:
    assert "ASSAULT" not in types(run(text, "fa"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("یک مقام ژاپنی که خواست نامش فاش نشود گفت توکیو سفیرش را نگه می دارد.", "fa"),
        ("یک دیپلمات اروپایی که حاضر نشد نامش ذکر شود گفت گفتگوها ادامه دارد.", "fa"),
        ("مقامی در بندر که نخواسته نامی از وی برده شود گفت کشتی رسید.", "fa"),
        ("وقال دبلوماسي أوروبي طلب عدم الكشف عن اسمه إن الحوار متواصل.", "ar"),
        ("وقال مسؤول ياباني رفض الكشف عن هويته إن طوكيو تبقي سفيرها.", "ar"),
        ("A European diplomat who asked not to be named said the dialogue goes on.", "en"),
        ("A Japanese official, who declined to be identified, said Tokyo keeps its envoy.", "en"),
    ],
)
def test_anonymity_is_no_request_or_refusal(text: str, lang: str) -> None:
    assert not types(run(text, lang)) & {"REQUEST", "REJECT"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("بازدید از نمایشگاه کتاب در فرانکفورت برای وزیر فرهنگ لبنان جالب بود.", "fa"),
        ("بازدید از کارخانه خودروسازی در آلمان بخشی از برنامه وزیر صنعت چین بود.", "fa"),
        ("وشملت زيارة مصنع السيارات في ألمانيا وزير الصناعة الصيني.", "ar"),
        ("The Chinese industry minister toured a car factory in Germany.", "en"),
    ],
)
def test_visit_to_a_place_is_no_meeting(text: str, lang: str) -> None:
    assert "CONSULT" not in types(run(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر خارجه چین از آلمان بازدید کرد.", "fa"),
        ("زار وزير الخارجية الصيني ألمانيا.", "ar"),
        ("The Chinese foreign minister visited Germany.", "en"),
    ],
)
def test_visit_to_a_state_is_still_a_meeting(text: str, lang: str) -> None:
    assert "CONSULT" in types(run(text, lang))


def test_student_news_agency_is_a_medium() -> None:
    record = run("خبرگزاری دانشجو گزارش داد که پلیس ترکیه ده معترض را بازداشت کرد.", "fa")
    agents = {a.agent for e in record.events for a in e.actors}
    assert "EDU" not in agents


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Persian glues the negation to its verb: the verb trigger is negated
        ("شبه نظامیان گروگان ها را نکشتند.", "fa"),
        ("پدرم را ویروس نکشت، بی توجهی کشت.", "fa"),
        ("لم يقتل المسلحون الرهائن.", "ar"),
        ("The gunmen did not kill the hostages.", "en"),
    ],
)
def test_negated_killing_is_not_reported(text: str, lang: str) -> None:
    statuses = {e.status for e in run(text, lang).events if e.type == "ASSAULT"}
    assert "reported" not in statuses


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("رئیس جمهور کنیا روز دوشنبه به رئیس جمهور تانزانیا تلفن زد.", "fa"),
        ("رهبران کنیا و تانزانیا تلفنی با هم گفتگو کردند.", "fa"),
        ("أجرى رئيس كينيا اتصالا هاتفيا مع رئيس تنزانيا.", "ar"),
        ("Kenya's president phoned his Tanzanian counterpart on Monday.", "en"),
    ],
)
def test_phone_call_is_consult(text: str, lang: str) -> None:
    assert "CONSULT" in types(run(text, lang))


def test_phoning_home_is_no_meeting() -> None:
    assert "CONSULT" not in types(run("او دیروز به خانه تلفن زد.", "fa"))
