"""Review mends of round 37 (mend38; every sentence written for these tests).

- an appeal's addressee after its preposition ("appealed to refugees to
  return") is the one asked, not what is asked about (asked_topic);
- an official whose title names a crowd ("the Afghan refugee minister",
  "وزير شؤون اللاجئين", "وزیر امور پناهندگان") hosted is a meeting; Arabic
  numbers of a hosted crowd ("300 ألف سوري") are whole words (hosted);
- Persian present and subjunctive "پذیرفتن" of a happening ("صورت
  نمی‌پذیرد") is no refusal, as the past forms were not;
- the passive sentence "به پرداخت … محکوم شد" looks for its penalty back to
  its clause's start, not 20 words (a semicolon ends it);
- a workers' strike keeps its understood government when a government
  actor is named in the sentence (MODE_RULES_UNLESS_NAMED);
- a former office holder who imposes sanctions did it in office: GOV
  (in_office, IN_OFFICE_TYPES).
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read
from diplowatch.extract.implied import implied_mode
from diplowatch.extract.in_office import in_office
from diplowatch.model import Actor


def _types(text: str, lang: str) -> set[str]:
    return {line.split()[0] for line in _read(text, lang)}


# --- 1. the addressee of an appeal -------------------------------------------

APPEALS = [
    ("en", "The Syrian president appealed to refugees to return home.", "-:REF"),
    (
        "en",
        "The Lebanese premier appealed to the Syrian refugees in his country to go back.",
        "SYR:REF",
    ),
    ("ar", "ناشد رئيس الوزراء اللبناني اللاجئين السوريين العودة إلى بلادهم.", "SYR:REF"),
    ("fa", "نخست‌وزیر لبنان از پناهجویان سوری خواست به کشورشان بازگردند.", "SYR:REF"),
]


@pytest.mark.parametrize(("lang", "text", "asked"), APPEALS)
def test_appeal_to_refugees_asks_them(lang: str, text: str, asked: str) -> None:
    (line,) = _read(text, lang)
    assert line.startswith("REQUEST") and line.endswith(asked)


def test_appeal_to_a_state_about_refugees_leaves_them_out() -> None:
    text = "The Lebanese minister appealed to Europe to take in more refugees."
    assert _read(text, "en") == {"REQUEST reported LBN:GOV"}


# --- 2. hosting an official, hosting a crowd -----------------------------------

HOSTED_OFFICIALS = [
    ("en", "Pakistan hosted the Afghan refugee minister in Islamabad on Monday."),
    ("ar", "استضافت باكستان وزير شؤون اللاجئين الأفغاني في إسلام آباد."),
    ("fa", "پاکستان میزبان وزیر امور پناهندگان افغانستان بود."),
    ("fa", "پاکستان وزیر امور پناهندگان افغانستان را میزبانی کرد."),
]


@pytest.mark.parametrize(("lang", "text"), HOSTED_OFFICIALS)
def test_hosted_official_of_a_crowd_is_a_meeting(lang: str, text: str) -> None:
    assert "CONSULT" in _types(text, lang)


HOSTED_NUMBERS = [
    ("en", "Turkey hosts more than 300 thousand Syrians."),
    ("ar", "تستضيف تركيا أكثر من 300 ألف سوري."),
    ("fa", "ترکیه میزبان بیش از ۳۰۰ هزار سوری است."),
]


@pytest.mark.parametrize(("lang", "text"), HOSTED_NUMBERS)
def test_hosted_number_of_people_is_no_meeting(lang: str, text: str) -> None:
    assert "CONSULT" not in _types(text, lang)


HOSTED_GROUPS = [
    # "ألف" (a thousand) as a word start would take "الفصائل" for a crowd
    ("ar", "استضافت القاهرة الفصائل الفلسطينية لإجراء محادثات."),
    ("en", "Egypt hosted the Palestinian factions for talks in Cairo."),
    ("fa", "مصر میزبان گروه‌های فلسطینی بود."),
]


@pytest.mark.parametrize(("lang", "text"), HOSTED_GROUPS)
def test_hosted_group_whose_name_opens_like_a_number_is_a_meeting(lang: str, text: str) -> None:
    assert _read(text, lang) == {"CONSULT reported EGY: PSE:" + ("REB" if lang == "ar" else "")}


# --- 3. the participle after a conjunction -------------------------------------

PARTICIPLE_AFTER_AND = [
    # Arabic "و" glued to the participle: the sentence's subject still asks
    ("ar", "ندد المغرب بالقرار، وداعيا الجزائر إلى دعم تونس."),
    ("ar", "ندد المغرب بالقرار، و داعيا الجزائر إلى دعم تونس."),
    ("en", "Morocco condemned the decision, and urged Algeria to support Tunisia."),
    ("fa", "مراکش این تصمیم را محکوم کرد و از الجزایر خواست از تونس حمایت کند."),
]


@pytest.mark.parametrize(("lang", "text"), PARTICIPLE_AFTER_AND)
def test_participle_after_and_keeps_the_subject(lang: str, text: str) -> None:
    assert "REQUEST reported MAR: DZA:" in _read(text, lang)


# --- 4. "takes place" is no refusal -----------------------------------------------

HAPPENINGS = [
    ("fa", "سفر وزیر خارجه قطر به دمشق در هفته جاری صورت نمی‌پذیرد."),
    ("fa", "مذاکرات ایران و عربستان تا پایان ماه انجام نمی‌پذیرد."),
    ("fa", "دیدار وزیران خارجه ترکیه و ارمنستان فردا در وین صورت می‌پذیرد."),
    ("en", "The Qatari foreign minister's trip to Damascus will not take place this week."),
    ("ar", "لن تجري زيارة وزير الخارجية القطري إلى دمشق هذا الأسبوع."),
]


@pytest.mark.parametrize(("lang", "text"), HAPPENINGS)
def test_taking_place_is_no_refusal(lang: str, text: str) -> None:
    types = _types(text, lang)
    assert "REJECT" not in types and "CONSULT" in types


def test_persian_refusal_in_the_present_stays() -> None:
    assert _types("عراق پیشنهاد ترکیه را نمی‌پذیرد.", "fa") == {"REJECT"}
    assert _types("Iraq does not accept Turkey's proposal.", "en") == {"REJECT"}


# --- 5. a sentence's penalty within its clause ----------------------------------------

OTHER_CLAUSE = [
    (
        "fa",
        "وزارت خارجه به پرداخت غرامت به قربانیان اشاره کرد؛ حمله به سفارت ترکیه در"
        " بغداد از سوی ایران محکوم شد.",
    ),
    (
        "en",
        "The ministry mentioned paying compensation to the victims; the attack on the"
        " Turkish embassy in Baghdad was condemned by Iran.",
    ),
    (
        "ar",
        "أشارت الوزارة إلى دفع تعويضات للضحايا؛ وأدانت إيران الهجوم على السفارة التركية في بغداد.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), OTHER_CLAUSE)
def test_payment_in_another_clause_is_no_sentence(lang: str, text: str) -> None:
    types = _types(text, lang)
    assert "COERCE" not in types and "ACCUSE" in types


def test_long_list_of_penalties_is_a_sentence() -> None:
    text = (
        "دو روزنامه‌نگار عراقی به پرداخت جریمه نقدی، مصادره اموال، محرومیت از خدمات"
        " اجتماعی، منع خروج از کشور به مدت پنج سال و انفصال از خدمات دولتی محکوم شدند."
    )
    assert "COERCE" in _types(text, "fa")


# --- 9a. a strike with a government actor named ------------------------------------

STRIKE_WITH_OFFICIAL = [
    (
        "fa",
        "کارگران پالایشگاه آبادان دست به اعتصاب زدند و حسن روحانی رئیس‌جمهور"
        " خواسته‌های آنان را نامشروع خواند.",
    ),
    (
        "en",
        "Refinery workers in Abadan went on strike while President Hassan Rouhani"
        " called their demands illegitimate.",
    ),
    ("ar", "أضرب عمال مصفاة عبادان بينما وصف الرئيس حسن روحاني مطالبهم بأنها غير مشروعة."),
]


@pytest.mark.parametrize(("lang", "text"), STRIKE_WITH_OFFICIAL)
def test_strike_keeps_government_when_one_is_named(lang: str, text: str) -> None:
    assert "PROTEST reported IRN:LAB IRN:GOV" in _read(text, lang)


def test_implied_mode_falls_back_only_when_named() -> None:
    assert implied_mode("PROTEST", "strike", frozenset({"LAB"})) == "strike"
    assert implied_mode("PROTEST", "strike", frozenset({"LAB", "GOV"})) == ""
    assert implied_mode("PROTEST", "demonstrate", frozenset({"GOV"})) == "demonstrate"


# --- 9b. sanctions by a former office holder --------------------------------------------

FORMER_SANCTIONS = [
    (
        "fa",
        "باراک اوباما، رئیس\u200cجمهور سابق ایالات متحده، در سال ۲۰۱۴ تحریم\u200cهایی علیه روسیه وضع کرد.",
    ),
    ("ar", "فرض باراك أوباما، الرئيس الأمريكي السابق، عقوبات على روسيا عام 2014."),
    (
        "en",
        "In 2014 sanctions were imposed on Russia by Barack Obama, former president"
        " of the United States.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), FORMER_SANCTIONS)
def test_former_holder_imposed_sanctions_in_office(lang: str, text: str) -> None:
    assert _read(text, lang) == {"SANCTION reported USA:GOV RUS:"}


def test_in_office_reads_only_the_doer_of_listed_types() -> None:
    agents = {"head_of_state": "GOV"}
    former = Actor("USA", role="head_of_state", former=True)
    other = Actor("VEN")
    assert in_office("SANCTION", [former, other], agents)[0].agent == "GOV"
    assert in_office("SANCTION", [other, former], agents)[1].agent is None
    assert in_office("ACCUSE", [former, other], agents)[0].agent is None
