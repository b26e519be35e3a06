"""Round 28 (titles28): a known person's title in apposition is his.

- The country that completes a title the named person took ("محمد باقری
  رئیس ستاد کل نیروهای مسلح ایران", ``mention_scan._completes_title``) was a
  second, bare actor of his side; a meeting's two places went to him and
  to his own country, and the partner he met was lost.
- A named group written after a known person with a heading title the scan
  does not see as a title: inside the group's own entry ("حسین سلامی
  فرمانده کل سپاه", "حسن نصرالله دبیرکل حزب‌الله") or a word of heading
  between (``context.GROUP_HEAD_TITLES``: "قائد", "commander of the"):
  the group tells who he is (``mention_scan._headed_by_named``).
- A surname is learnt from the person's name, not from a mention that spans
  his title too (``person_names._surnames``).
- A head title before a committee or unit noun the lexicon knows ("رئيس
  هيئة النزاهة", "رئيس لجنة الانتخابات") heads that body: an official, not
  the head of state (``mention_scan._head_of_unknown``).

Each case is a parallel triple (fa, ar, en) where the three languages have
the construction.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _sides(lang: str, text: str, etype: str) -> set[tuple[str, frozenset[str]]]:
    record = process(Document("t", text, lang=lang)).to_dict()
    return {
        (e["status"], frozenset(a["code"] or "-" for a in e["actors"]))
        for e in record["events"]
        if e["type"] == etype
    }


_COMPLETED = [
    # the chief of staff of a country's armed forces meets a foreign minister
    (
        "fa",
        "سرلشکر محمد باقری رئیس ستاد کل نیروهای مسلح ایران با وزیر دفاع روسیه دیدار کرد.",
        {"IRN", "RUS"},
    ),
    (
        "ar",
        "التقى اللواء محمد باقري رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية وزير "
        "الدفاع الروسي.",
        {"IRN", "RUS"},
    ),
    (
        "en",
        "Major General Mohammad Bagheri, chief of staff of Iran's armed forces, met the "
        "Russian defence minister.",
        {"IRN", "RUS"},
    ),
    # the same, the meeting to come
    (
        "fa",
        "محمد باقری رئیس ستاد کل نیروهای مسلح ایران فردا با وزیر دفاع سوریه دیدار خواهد کرد.",
        {"IRN", "SYR"},
    ),
    (
        "ar",
        "سيلتقي محمد باقري رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية غدا وزير "
        "الدفاع السوري.",
        {"IRN", "SYR"},
    ),
    (
        "en",
        "Mohammad Bagheri, chief of staff of Iran's armed forces, will meet the Syrian "
        "defence minister tomorrow.",
        {"IRN", "SYR"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "codes"), _COMPLETED)
def test_country_completes_the_named_persons_title(lang: str, text: str, codes: set[str]) -> None:
    assert {sides for _, sides in _sides(lang, text, "CONSULT")} == {frozenset(codes)}


_HEADED = [
    # the commander of a named force meets a foreign minister
    (
        "fa",
        "حسین سلامی فرمانده کل سپاه پاسداران با وزیر دفاع سوریه دیدار کرد.",
        {"IRN", "SYR"},
    ),
    ("ar", "التقى حسين سلامي قائد الحرس الثوري وزير الدفاع السوري.", {"IRN", "SYR"}),
    (
        "en",
        "Hossein Salami, commander of the IRGC, met the Syrian defence minister.",
        {"IRN", "SYR"},
    ),
    # the secretary-general of a movement, whose entry spans the title
    (
        "fa",
        "حسن نصرالله دبیرکل حزب‌الله لبنان روز دوشنبه با وزیر خارجه ایران دیدار کرد.",
        {"LBN", "IRN"},
    ),
    (
        "ar",
        "التقى حسن نصر الله الأمين العام لحزب الله وزير الخارجية الإيراني يوم الاثنين.",
        {"LBN", "IRN"},
    ),
    pytest.param(
        "en",
        "Hassan Nasrallah, the secretary-general of Hezbollah, met the Iranian foreign "
        "minister on Monday.",
        {"LBN", "IRN"},
        # the title is a hit of its own here, which the name takes: the
        # group after it stays a second actor (a title seen: not this rule)
        marks=pytest.mark.xfail(reason="a title the scan sees, then the group", strict=True),
    ),
]


@pytest.mark.parametrize(("lang", "text", "codes"), _HEADED)
def test_group_headed_by_the_named_person(lang: str, text: str, codes: set[str]) -> None:
    assert {sides for _, sides in _sides(lang, text, "CONSULT")} == {frozenset(codes)}


# the force itself, named right after a leader of the same state with no
# title between, is the verb's object, not his title
_OBJECT = [
    ("fa", "حسن روحانی سپاه پاسداران را ستود.", "IRN"),
    ("ar", "أشاد حسن روحاني بالحرس الثوري.", "IRN"),
    ("en", "Hassan Rouhani praised the IRGC.", "IRN"),
]


@pytest.mark.parametrize(("lang", "text", "code"), _OBJECT)
def test_group_after_name_without_title_stays(lang: str, text: str, code: str) -> None:
    record = process(Document("t", text, lang=lang)).to_dict()
    agents = {a["agent"] for e in record["events"] for a in e["actors"] if a["code"] == code}
    assert "MIL" in agents


# the surname written later is still the person with his office
_SURNAME = [
    (
        "fa",
        "نفتالی بنت، نخست‌وزیر اسرائیل، روز یکشنبه سخن گفت. آقای بنت ایران را تهدید کرد.",
    ),
    (
        "ar",
        "تحدث نفتالي بينيت رئيس الوزراء الإسرائيلي يوم الأحد. وهدد بينيت إيران.",
    ),
    (
        "en",
        "Naftali Bennett, the Israeli prime minister, spoke on Sunday. Bennett threatened Iran.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _SURNAME)
def test_surname_after_apposed_title(lang: str, text: str) -> None:
    record = process(Document("t", text, lang=lang)).to_dict()
    threats = [e for e in record["events"] if e["type"] == "THREATEN"]
    assert threats
    roles = {(a["code"], a["role"]) for e in threats for a in e["actors"]}
    assert ("ISR", "head_of_government") in roles


# a second title joined by "and" is another man's, whose country follows it
_JOINED = [
    (
        "fa",
        "فایز السراج رئیس دولت لیبی و خلیفه حفتر فرمانده ارتش لیبی بیانیه مشترکی صادر کردند.",
    ),
    ("ar", "وأصدر فايز السراج رئيس الحكومة الليبية وقائد الجيش الليبي خليفة حفتر إعلانا مشتركا."),
    (
        "en",
        "Fayez al-Sarraj, the Libyan prime minister, and the Libyan army commander Khalifa "
        "Haftar issued a joint statement.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _JOINED)
def test_title_after_and_is_another_man(lang: str, text: str) -> None:
    record = process(Document("t", text, lang=lang)).to_dict()
    agents = {a["agent"] for e in record["events"] for a in e["actors"] if a["code"] == "LBY"}
    assert {"GOV", "MIL"} <= agents


# the head of a commission or an authority heads that body, not the state,
# even where the lexicon knows the body's noun ("هيئة النزاهة", "لجنة")
_BODY_HEAD = [
    ("fa", "رئیس کمیسیون انتخابات عراق با سفیر آمریکا دیدار کرد."),
    ("ar", "التقى رئيس هيئة النزاهة العراقية السفير الأمريكي."),
    ("ar", "التقى رئيس لجنة الانتخابات العراقية السفير الأمريكي."),
    pytest.param(
        "en",
        "The head of Iraq's Integrity Commission met the US ambassador.",
        marks=pytest.mark.xfail(reason="the body's head gets no agent in English", strict=True),
    ),
]


@pytest.mark.parametrize(("lang", "text"), _BODY_HEAD)
def test_head_of_known_body_is_an_official(lang: str, text: str) -> None:
    record = process(Document("t", text, lang=lang)).to_dict()
    iraqi = [a for e in record["events"] for a in e["actors"] if a["code"] == "IRQ"]
    assert iraqi
    assert {(a["agent"], a["role"]) for a in iraqi} == {("GOV", "official")}
