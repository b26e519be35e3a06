"""Round 50, Arabic subjects that are agents (subject50ar; every sentence
written for these tests).

- an indefinite or plural agent noun before its verb ("طلاب أدانوا
  إسرائيل") no longer takes the state after the verb as its own: a verb
  (a trigger in a verb's form, with no object pronoun glued to it) between
  them ends the noun's phrase (``MentionScan._verb_after_agent``), so the
  state is the other side. Not a state behind a preposition (where the
  agent acted), nor in Persian, whose verb ends its clause; English already
  reads "Students condemned Israel" this way;
- in verb–subject–object order an agent noun that keeps the nominative
  ending of a sound plural or a dual ("انتقد متظاهرون إسرائيل") is no
  construct, so a bare state name after it is the verb's object
  (``countries._object_after_unbound``, ``context.UNBOUND_ENDINGS``).
  Persian and English have no such ending: their equivalents read the same.
"""

from __future__ import annotations

import pytest

from casts import reading_lines

# subject, verb, state: one sentence per kind of agent
SUBJECT_VERB_STATE = [
    ("طلاب أدانوا إسرائيل يوم الأحد.", "ACCUSE reported -:EDU ISR:"),
    ("مواطنون انتقدوا إيران يوم السبت.", "ACCUSE reported -:CVL IRN:"),
    ("نواب اتهموا تركيا بدعم الإرهاب.", "ACCUSE reported -:LEG TUR:"),
    ("قضاة انتقدوا إسرائيل يوم الأحد.", "ACCUSE reported -:JUD ISR:"),
    ("ضباط شرطة انتقدوا إيران يوم الأحد.", "ACCUSE reported -:COP IRN:"),
    ("جنود هاجموا إسرائيل يوم الأحد.", "ASSAULT reported -:MIL ISR:"),
    ("متمردون هاجموا تشاد يوم الأحد.", "ASSAULT reported -:REB TCD:"),
    ("مسلحون هاجموا النيجر يوم الأحد.", "ASSAULT reported -:UAF NER:"),
    ("عمال أدانوا فرنسا يوم الأحد.", "ACCUSE reported -:LAB FRA:"),
    ("قال مسؤولون إن طلاب أدانوا إسرائيل.", "ACCUSE reported -:EDU ISR:"),
]

SAME_IN_FA_EN = [
    ("fa", "دانشجویان از اسرائیل انتقاد کردند.", "ACCUSE reported -:EDU ISR:"),
    ("fa", "شهروندان از ایران انتقاد کردند.", "ACCUSE reported -:CVL IRN:"),
    ("fa", "نمایندگان از ترکیه انتقاد کردند.", "ACCUSE reported -:LEG TUR:"),
    ("fa", "قضات از اسرائیل انتقاد کردند.", "ACCUSE reported -:JUD ISR:"),
    ("fa", "ماموران پلیس از ایران انتقاد کردند.", "ACCUSE reported -:COP IRN:"),
    ("fa", "سربازان به اسرائیل حمله کردند.", "ASSAULT reported -:MIL ISR:"),
    ("fa", "شورشیان به چاد حمله کردند.", "ASSAULT reported -:REB TCD:"),
    ("fa", "افراد مسلح به نیجر حمله کردند.", "ASSAULT reported -:UAF NER:"),
    ("fa", "کارگران از فرانسه انتقاد کردند.", "ACCUSE reported -:LAB FRA:"),
    ("en", "Students condemned Israel on Sunday.", "ACCUSE reported -:EDU ISR:"),
    ("en", "Citizens criticised Iran on Saturday.", "ACCUSE reported -:CVL IRN:"),
    ("en", "Lawmakers accused Turkey of supporting terrorism.", "ACCUSE reported -:LEG TUR:"),
    ("en", "Judges criticised Israel on Sunday.", "ACCUSE reported -:JUD ISR:"),
    ("en", "Police officers criticised Iran on Sunday.", "ACCUSE reported -:COP IRN:"),
    ("en", "Soldiers attacked Israel on Sunday.", "ASSAULT reported -:MIL ISR:"),
    ("en", "Rebels attacked Chad on Sunday.", "ASSAULT reported -:REB TCD:"),
    ("en", "Gunmen attacked Niger on Sunday.", "ASSAULT reported -:UAF NER:"),
    ("en", "Workers condemned France on Sunday.", "ACCUSE reported -:LAB FRA:"),
]


@pytest.mark.parametrize(("text", "line"), SUBJECT_VERB_STATE)
def test_verb_parts_agent_from_state_after_it(text: str, line: str) -> None:
    assert reading_lines(text, "ar") == {line}


@pytest.mark.parametrize(("lang", "text", "line"), SAME_IN_FA_EN)
def test_subject_and_state_stay_two_sides_in_fa_and_en(lang: str, text: str, line: str) -> None:
    assert reading_lines(text, lang) == {line}


def test_adjective_before_the_verb_still_gives_the_agent_its_state() -> None:
    assert reading_lines("طلاب مصريون أدانوا إسرائيل يوم الأحد.", "ar") == {
        "ACCUSE reported EGY:EDU ISR:"
    }


def test_state_behind_a_preposition_stays_where_the_agent_acted() -> None:
    """ "بباكستان" is where the bomber struck, and so his country, as before."""
    assert reading_lines("هجوم انتحاري استهدف مسجدا بباكستان.", "ar") == {
        "ASSAULT reported PAK:UAF"
    }


def test_verb_with_object_pronoun_describes_the_noun() -> None:
    """ "متمردون تدعمهم تركيا": the rebels Turkey backs, no deed of theirs."""
    assert reading_lines("رحب متمردون تدعمهم تركيا بالقرار.", "ar") == set()


VERB_SUBJECT_OBJECT = [
    ("ar", "انتقد معلمون إسرائيل يوم الأحد.", "ACCUSE reported -:EDU ISR:"),
    ("ar", "انتقد متظاهرون إسرائيل يوم الأحد.", "ACCUSE reported -:CVL ISR:"),
    ("ar", "اتهم محتجون إيران بقمع الاحتجاجات.", "ACCUSE reported -:CVL IRN:"),
    ("ar", "انتقد برلمانيون تركيا يوم الأحد.", "ACCUSE reported -:LEG TUR:"),
    ("ar", "انتقد شرطيون إيران يوم الأحد.", "ACCUSE reported -:COP IRN:"),
    ("ar", "هاجم متمردون تشاد يوم الأحد.", "ASSAULT reported -:REB TCD:"),
    ("ar", "انتقد مضربون فرنسا يوم الأحد.", "ACCUSE reported -:LAB FRA:"),
    ("ar", "انتقد رئيس السلطة القضائية إسرائيل يوم الأحد.", "ACCUSE reported -:JUD ISR:"),
    ("ar", "اتهم نواب في البرلمان إيران بدعم الإرهاب.", "ACCUSE reported -:LEG IRN:"),
    ("ar", "هاجم مسلحون مركزا للشرطة في النيجر.", "ASSAULT reported NER:UAF NER:COP"),
    ("en", "Teachers criticised Israel on Sunday.", "ACCUSE reported -:EDU ISR:"),
    ("en", "The head of the judiciary criticised Israel on Sunday.", "ACCUSE reported -:JUD ISR:"),
    ("en", "Gunmen attacked a police station in Niger.", "ASSAULT reported NER:UAF NER:COP"),
    ("fa", "معلمان از اسرائیل انتقاد کردند.", "ACCUSE reported -:EDU ISR:"),
    ("fa", "رئیس قوه قضاییه از اسرائیل انتقاد کرد.", "ACCUSE reported -:JUD ISR:"),
    ("fa", "افراد مسلح به یک پاسگاه پلیس در نیجر حمله کردند.", "ASSAULT reported NER:UAF NER:COP"),
]


@pytest.mark.parametrize(("lang", "text", "line"), VERB_SUBJECT_OBJECT)
def test_verb_subject_object_gives_two_sides(lang: str, text: str, line: str) -> None:
    assert reading_lines(text, lang) == {line}


def test_broken_plural_in_construct_keeps_its_state() -> None:
    """ "سكان إسرائيل": a noun listed whole takes its genitive, as before."""
    assert reading_lines("انتقد سكان إسرائيل الحكومة يوم الأحد.", "ar") == {
        "ACCUSE reported ISR:CVL ISR:GOV"
    }


def test_genitive_plural_before_a_name_in_ya_stays_one() -> None:
    """ "مشجعين روسيا" is a misspelt "Russian fans": no subject in that case."""
    lines = reading_lines("اعتقلت الشرطة الفرنسية مشجعين روسيا في مرسيليا.", "ar")
    assert any("RUS:CVL" in line for line in lines)


EMBASSY_ATTACKED = [
    ("ar", "متظاهرون هاجموا سفارة إسرائيل يوم الأحد.", "ASSAULT reported -:CVL ISR:GOV"),
    ("ar", "هاجم متظاهرون السفارة الإسرائيلية يوم الأحد.", "ASSAULT reported -:CVL ISR:GOV"),
    ("fa", "معترضان به سفارت اسرائیل حمله کردند.", "ASSAULT reported -:CVL ISR:GOV"),
    ("en", "Protesters attacked the Israeli embassy on Sunday.", "ASSAULT reported -:CVL ISR:GOV"),
    (
        "en",
        "Protesters attacked the embassy of Israel on Sunday.",
        "ASSAULT reported -:CVL ISR:GOV",
    ),
]


@pytest.mark.parametrize(("lang", "text", "line"), EMBASSY_ATTACKED)
def test_embassy_state_is_not_the_protesters(lang: str, text: str, line: str) -> None:
    """An embassy stands abroad: its state is not the one country the
    protesters who attack it are of (``Mention.mission``)."""
    assert reading_lines(text, lang) == {line}


def test_embassy_host_city_still_places_the_protesters() -> None:
    lines = reading_lines("متظاهرون هاجموا سفارة إسرائيل في القاهرة يوم الأحد.", "ar")
    assert lines == {"ASSAULT reported EGY:CVL ISR:GOV"}
