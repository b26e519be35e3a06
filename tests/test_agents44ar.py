"""Agents read on unseen Arabic text (round 44, agents44ar; every sentence
written for these tests).

Rules added in this round (data in ``lang/ar/agents.py``, one reading in
``extract/countries.py``):

- ``NOT_AGENTS``: "منفذ" (who carried it out) is also the participle
  "implemented" and the noun "outlet, border crossing"; its feminine singular
  ("المشاريع المنفذة") qualifies the noun before it, a crossing is "حدودي",
  a bailiff "عدل منفذ": none is an unidentified attacker. A female doer is
  read in the construct state before her deed ("منفذة الهجوم", UAF).
  Persian and English name the doer with words that have no such participle
  ("عامل حمله", "perpetrator"): their sentences check that the doer is read
  the same in the three languages;
- ``AGENT_NOUNS`` (GOV): "أمانة" of a region, a governorate or the capital is
  the Gulf's municipality; Persian "شهرداری" and English "municipality" were
  already listed, and their sentences check the three agree;
- ``AGENT_NOUNS`` (JUD): a federal prosecutor ("المدعي الاتحادي",
  "المدعين الاتحاديين") and one representative of the prosecution; Persian
  "دادستان فدرال" and English "federal prosecutor" already read so;
- ``AGENT_NOUNS`` (COP): the "أعوان" (officers) of a squad or of the prisons
  are police; Persian "زندانبانان" and English "prison guards" were listed;
- ``countries._accusative_noun`` / ``_accusative_object`` with
  ``LONE_PERSON_HEAD_ENDINGS`` and ``LONE_PERSON_COPULAS``: an indefinite
  country adjective in the accusative ("تونسيا") agrees in case with its
  noun, so after a word that cannot be that noun (a verb, an adverb of
  time, a nominative, a definite word) it is the object, one person of the
  country (CVL), not an adjective of the title before it; after a copula
  ("ليس تونسيا") it is a predicate and names no one. Persian and English do
  not mark case on adjectives: they read one person by "یک" and "a"
  (``counted``, ``LONE_PERSON_ARTICLES``), checked below.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# (language, sentence, the reading wanted)
READINGS: list[tuple[str, str, tuple[str, ...]]] = [
    # a female doer before her deed is the attacker
    (
        "ar",
        "وقالت الشرطة إن منفذة الهجوم قتلت ثلاثة أشخاص في السوق.",
        ("ASSAULT reported -:UAF -:CVL",),
    ),
    (
        "fa",
        "پلیس گفت عامل این حمله که یک زن بود سه نفر را در بازار کشت.",
        ("ASSAULT reported -:UAF -:CVL",),
    ),
    (
        "en",
        "Police said the female perpetrator of the attack killed three people at the market.",
        ("ASSAULT reported -:UAF -:CVL",),
    ),
    # the municipality of a region is the local government
    (
        "ar",
        "وقعت أمانة منطقة الرياض اتفاقية مع شركة سعودية لتطوير الحدائق.",
        ("AGREE reported SAU:GOV SAU:BUS",),
    ),
    (
        "fa",
        "شهرداری تهران با یک شرکت ایرانی قراردادی امضا کرد.",
        ("AGREE reported IRN:GOV IRN:BUS",),
    ),
    (
        "en",
        "The municipality of Riyadh signed an agreement with a Saudi company.",
        ("AGREE reported SAU:GOV SAU:BUS",),
    ),
    # the officers of a squad raid a house: police, not the prosecutor
    (
        "ar",
        "وبعد الحصول على إذن من النيابة العمومية، داهم أعوان الفرقة منزلا بالمدينة واعتقلوا شابا.",
        ("COERCE reported -:COP -:CVL",),
    ),
    (
        "ar",
        "اعتدى سجين على اثنين من أعوان السجون في سوسة.",
        ("ASSAULT reported TUN:CVL TUN:COP",),
    ),
    (
        "en",
        "A prisoner attacked two prison guards in Sousse.",
        ("ASSAULT reported TUN:CVL TUN:COP",),
    ),
    # a federal prosecutor is of the judiciary
    (
        "ar",
        "اتهم المدعي الاتحادي الألماني رجلين بالتخطيط لهجوم على المطار.",
        ("ACCUSE reported DEU:JUD DEU:CVL",),
    ),
    (
        "fa",
        "دادستان فدرال آلمان دو مرد را به برنامه‌ریزی حمله به فرودگاه متهم کرد.",
        ("ACCUSE reported DEU:JUD DEU:CVL",),
    ),
    (
        "en",
        "A German federal prosecutor charged two men with planning an attack on the airport.",
        ("ACCUSE reported DEU:JUD DEU:CVL",),
    ),
    # an accusative country adjective after a word it cannot qualify: a person
    (
        "ar",
        "اعتقلت الشرطة الفرنسية أمس تونسيا في مدينة نيس.",
        ("COERCE reported FRA:COP TUN:CVL",),
    ),
    (
        "ar",
        "قتل جنود إسرائيليون فلسطينيا في الخليل.",
        ("ASSAULT reported ISR:MIL PSE:CVL",),
    ),
    (
        "fa",
        "پلیس فرانسه دیروز یک تونسی را در شهر نیس بازداشت کرد.",
        ("COERCE reported FRA:COP TUN:CVL",),
    ),
    (
        "en",
        "French police arrested a Tunisian in Nice yesterday.",
        ("COERCE reported FRA:COP TUN:CVL",),
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), READINGS)
def test_reading(lang: str, text: str, want: tuple[str, ...]) -> None:
    assert _read(text, lang) == set(want)


# the feminine participle qualifies its noun: no attacker in the meeting
IMPLEMENTED = [
    "وناقش الاجتماع مع وزارة الصحة المشاريع المنفذة في المحافظة.",
    "واستعرض الوزير مع السفير الحملات المنفذة عبر المنفذ الحدودي.",
]


@pytest.mark.parametrize("text", IMPLEMENTED)
def test_implemented_is_no_attacker(text: str) -> None:
    assert not any(":UAF" in line for line in _read(text, "ar"))


def test_an_accusative_after_its_noun_stays_an_adjective() -> None:
    """An adjective "طفلا فلسطينيا": the adjective agrees with its noun (an indefinite
    accusative ending in alif); the child is the one person, not two."""
    lines = _read("اعتقلت الشرطة طفلا فلسطينيا في القدس.", "ar")
    assert len(lines) == 1
    (line,) = lines
    assert line.startswith("COERCE") and line.count("PSE:CVL") == 1


def test_a_copula_predicate_names_no_one() -> None:
    """A predicate: "أنه ليس تونسيا" (that he is not Tunisian) tells a nationality."""
    lines = _read("اتهم مسؤول ألماني تونس بتأخير ترحيل رجل بعد تأكيدها أنه ليس تونسيا.", "ar")
    assert lines and not any("TUN:CVL" in line for line in lines)


def test_data_lists_are_words_of_the_grammar() -> None:
    """The head endings are those of an indefinite accusative, a feminine,
    a dual or a plural; the copulas are "كان" and its sisters."""
    from diplowatch.lang.ar.agents import LONE_PERSON_COPULAS, LONE_PERSON_HEAD_ENDINGS

    assert set(LONE_PERSON_HEAD_ENDINGS) == {"ا", "ه", "ين", "ات", "ان"}
    assert {"ليس", "كان", "أصبح", "صار", "بات", "ظل"} <= set(LONE_PERSON_COPULAS)


def test_persian_prison_guards_are_police() -> None:
    """Persian reads the guards as police too; it also adds an unknown
    attacker beside the prisoner (a Persian slip left alone this round)."""
    lines = _read("یک زندانی در شیراز به دو زندانبان حمله کرد.", "fa")
    assert any(ln.startswith("ASSAULT") and "IRN:COP" in ln for ln in lines)
