"""Round-9 recall of event types and parties (Persian first, with Arabic
and English beside it).

- A noun object's own agent is whom the verb taking it is aimed at: "X حمله
  اسرائیل به سوریه را محکوم کرد" accuses Israel, not Syria
  (``marked_split._noun_agent``).
- A group marked inside a phrase of reason after the target ("از ترکیه به
  خاطر حمایت از اوکراین") is what the reason tells (``context.REASON_OPENERS``).
- Trigger families: acquittals, towns taken, gatherings banned and the
  internet cut, support stated by its noun (with a statement or a
  gathering that carries it), aid promised, a message handed over with its recipient between noun and light
  verb, a suicide bomber, flogging, shops closed in a strike, protests whose
  verb closes the clause far on, and the present prefix glued to its verb
  ("میکند").

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import casts
from casts import cast
from diplowatch.model import Record


def run(text: str, lang: str) -> Record:
    return casts.run(text, lang, "2024-05-01")


def types(record: Record) -> set[str]:
    return {e.type for e in record.events}


@pytest.mark.parametrize(
    ("lang", "text", "etype", "target", "not_target"),
    [
        ("fa", "ایران حمله اسرائیل به سوریه را محکوم کرد.", "ACCUSE", "ISR:", "SYR:"),
        ("fa", "ترکیه تجاوز روسیه به اوکراین را به شدت محکوم کرد.", "ACCUSE", "RUS:", "UKR:"),
        ("fa", "ایران تحریم‌های آمریکا علیه ونزوئلا را محکوم کرد.", "ACCUSE", "USA:", "VEN:"),
        ("fa", "روسیه کمک‌های نظامی آمریکا به اوکراین را محکوم کرد.", "ACCUSE", "USA:", "UKR:"),
        ("fa", "روسیه از ترکیه به خاطر حمایت از اوکراین گلایه کرد.", "ACCUSE", "TUR:", "UKR:"),
        ("fa", "عربستان از ترکیه به دلیل حمایت از قطر انتقاد کرد.", "ACCUSE", "TUR:", "QAT:"),
        ("ar", "أدانت إيران هجوم إسرائيل على سوريا.", "ACCUSE", "ISR:", "SYR:"),
        ("ar", "انتقدت روسيا تركيا بسبب دعمها لأوكرانيا.", "ACCUSE", "TUR:", "UKR:"),
        ("en", "Iran condemned Israel's attack on Syria.", "ACCUSE", "ISR:", "SYR:"),
        ("en", "Russia criticised Turkey over its support for Ukraine.", "ACCUSE", "TUR:", "UKR:"),
    ],
)  # fmt: skip
def test_the_target_is_the_doer_a_noun_object_names_not_its_complement(
    lang: str, text: str, etype: str, target: str, not_target: str
) -> None:
    got = cast(run(text, lang), etype)
    assert target in got
    assert not_target not in got


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # no noun before the group: the traveller's destination stays the target
        ("روز دوشنبه وزیر خارجه ایران به عراق سفر کرد.", "IRQ:"),
        # a noun object with no doer of its own keeps its complement (not a
        # deed of force, whose victims are no side: test_extract_commented_victims15)
        ("ایران تحریم‌ها علیه سوریه را محکوم کرد.", "SYR:"),
    ],
)
def test_a_marked_group_with_no_noun_agent_before_it_stays_the_target(
    text: str, target: str
) -> None:
    record = run(text, "fa")
    assert any(target in cast(record, t) for t in types(record))


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("fa", "دادگاه عالی پاکستان این فعال را تبرئه کرد.", "CONCEDE"),
        ("fa", "طالبان چند اداره دولتی را در کنترل خود گرفته‌اند.", "ASSAULT"),
        ("fa", "طالبان شهر قندوز را تحت کنترل خود درآوردند.", "ASSAULT"),
        ("fa", "شهر قندوز به دست طالبان سقوط کرد.", "ASSAULT"),
        ("fa", "مقامات در چند شهر منع آمد و شد شبانه اعلام کردند.", "COERCE"),
        ("fa", "کانون وکلا در حمایت از معترضان بیانیه صادر کرد.", "SUPPORT"),
        ("fa", "آمریکا بر تعهد خود به حمایت از عراق تاکید کرد.", "SUPPORT"),
        ("fa", "اتحادیه اروپا وعده کمک یک میلیارد یورویی به افغانستان داد.", "AID"),
        ("fa", "وزیر خارجه عمان پیام سلطان عمان را تسلیم رئیس جمهور ایران کرد.", "CONSULT"),
        ("fa", "یک عامل انتحاری خود را در مسجدی در قندوز منفجر کرد.", "ASSAULT"),
        ("fa", "طالبان چند روزنامه نگار را شلاق زدند.", "ASSAULT"),
        ("fa", "بازاریان تهران مغازه‌های خود را تعطیل کردند.", "PROTEST"),
        ("fa", "اعتراض ها در تهران به صورت مسالمت آمیز برگزار شد.", "PROTEST"),
        ("fa", "ایران از عراق حمایت میکند.", "SUPPORT"),
        ("fa", "ایران خواسته‌های آمریکا را رد میکند.", "REJECT"),
        ("ar", "قضت المحكمة العليا الباكستانية ببراءة الناشط.", "CONCEDE"),
        ("ar", "أعلن المحافظ حظر التجمعات في المدينة.", "COERCE"),
        ("en", "Pakistan's supreme court acquitted the activist.", "CONCEDE"),
        ("en", "A suicide bomber blew himself up in a mosque in Kunduz.", "ASSAULT"),
        ("en", "The governor banned all gatherings in the city.", "COERCE"),
        ("en", "Authorities in Iran imposed an internet shutdown in Khuzestan.", "COERCE"),
    ],
)  # fmt: skip
def test_round9_forms_report_their_event(lang: str, text: str, etype: str) -> None:
    assert etype in types(run(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "آتش نشانان آتش را تحت کنترل درآوردند."),  # a fire, not a town
        ("fa", "ارتش از خود دفاع کرد."),  # defending oneself
        ("fa", "قیمت نفت در بازارهای جهانی سقوط کرد."),  # a price falls
        ("fa", "مردم برای آزادی و عدالت مبارزه می‌کنند."),  # freedom, no release
        # "in support of" as a role, with no statement or gathering
        ("fa", "ارتش آمریکا نقش اصلی را در حمایت از عملیات در عراق داشت."),
        # "نامه" inside "برنامه": programmes presented, no message handed over
        ("fa", "شبکه ایران این برنامه ها را تقدیم بینندگان در افغانستان خواهد کرد."),
        ("ar", "دافع الجيش عن نفسه."),
        ("en", "The army defended itself."),
        ("en", "Firefighters brought the fire under control."),
    ],
)
def test_the_same_words_in_another_sense_report_nothing(lang: str, text: str) -> None:
    assert not types(run(text, lang)) & {"SUPPORT", "COERCE", "CONCEDE", "CONSULT"}


def test_a_glued_negated_light_verb_negates_as_the_spaced_one_does() -> None:
    for text in (
        "ترکیه حمله به سوریه را محکوم نمی کند.",
        "ترکیه حمله به سوریه را محکوم نمیکند.",
    ):
        statuses = {e.status for e in run(text, "fa").events if e.type == "ACCUSE"}
        assert statuses == {"negated"}
