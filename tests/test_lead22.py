"""Round 22 (lead): names, cues and goods read alike in Arabic, Persian and
English (sentences written for these tests).

- A word of the lexicon between a title and a country word that is also a
  given name is no given name: "the Russian president visited Georgia" is a
  visit to Georgia, not a president called "visited Georgia"
  (``mention_scan.MentionScan.name_part``, ``find_mentions(words=…)``).
- "سلطان" before an ambiguous country word names the country ("سلطان عمان"
  is Oman's sultan, not Amman's), as "سلطنة" did (``COUNTRY_CUES``); a
  word of time after such a word opens no surname ("تشاد يوم الاثنين",
  ``NAME_STOPWORDS``).
- A word of direction before an ambiguous country word names the country
  ("شمال مالي", "شمال مالی": Mali, not "financial"; ``COUNTRY_CUES``).
- Persian perfects of killing with their object marked ("… را در غزه کشته
  است", "کشته بود") are killings, as "کشته‌اند" and "را … کشت." were.
- Arabic foreign ministers in the dual ("وزيرا خارجية مصر والأردن") hold
  the foreign ministry, as the singular and plural do.
- Prisoners and detainees handed over are released (CONCEDE) in Arabic as
  in English and Persian ("سلمت إيران سجينين عراقيين إلى بغداد").
- Food sent is aid in Persian as in Arabic ("برنج", "ارزاق": rice,
  provisions; ``_AID_GOODS``).
- Aid workers and aid agencies are no aid given, in the singular and the
  feminine as in the plural ("عاملة إغاثة", "منظمات الإغاثة"); an aid
  worker is NGO in Arabic as in English and Persian.
"""

from __future__ import annotations

import pytest

from casts import Reading, run
from casts import reading as read

VISIT_GEO = {("CONSULT", "reported", (("RUS", "GOV"), ("GEO", None)))}
PRAISE_JOR = {("SUPPORT", "reported", (("IRQ", "GOV"), ("JOR", None)))}
OMAN_EGYPT = {("CONSULT", "reported", (("OMN", "GOV"), ("EGY", "GOV")))}
RICE = {("AID", "reported", (("JPN", None), ("YEM", None)))}
RELEASE = {("CONCEDE", "reported", (("IRN", None), ("GBR", "NGO")))}
VISIT_TCD = {("CONSULT", "reported", (("FRA", "GOV"), ("TCD", None)))}

KILLED = {("ASSAULT", "reported", (("ISR", None), ("PSE", "CVL")))}


HANDED = {("CONCEDE", "reported", (("IRN", None), ("IRQ", "CVL")))}

CASES: list[tuple[str, str, Reading]] = [
    ("Iran handed over 20 Iraqi prisoners to Baghdad.", "en", HANDED),
    ("سلمت إيران 20 سجينا عراقيا إلى بغداد.", "ar", HANDED),
    ("سلمت إيران سجينين عراقيين إلى بغداد.", "ar", HANDED),
    ("Israel has killed 20 civilians in Gaza.", "en", KILLED),
    ("قتلت إسرائيل 20 مدنيا في غزة.", "ar", KILLED),
    ("اسرائیل ۲۰ غیرنظامی را در غزه کشته است.", "fa", KILLED),
    ("اسرائیل ۲۰ غیرنظامی را در غزه کشته بود.", "fa", KILLED),
    ("این بیشترین تعداد کشته است.", "fa", set()),
    ("The Russian president visited Georgia on Monday.", "en", VISIT_GEO),
    ("The French president visited Chad on Monday.", "en", VISIT_TCD),
    ("زار الرئيس الفرنسي تشاد يوم الاثنين.", "ar", VISIT_TCD),
    ("رئیس جمهور فرانسه روز دوشنبه از چاد دیدار کرد.", "fa", VISIT_TCD),
    ("The Iraqi prime minister praised Jordan.", "en", PRAISE_JOR),
    ("أشاد رئيس الوزراء العراقي بالأردن.", "ar", PRAISE_JOR),
    ("نخست وزیر عراق از اردن قدردانی کرد.", "fa", PRAISE_JOR),
    ("التقى سلطان عمان بالرئيس المصري في القاهرة.", "ar", OMAN_EGYPT),
    ("The Sultan of Oman met the Egyptian president in Cairo.", "en", OMAN_EGYPT),
    ("سلطان عمان با رئیس جمهور مصر در قاهره دیدار کرد.", "fa", OMAN_EGYPT),
    ("Japan sent 500 tons of rice to Yemen.", "en", RICE),
    ("أرسلت اليابان 500 طن من الأرز إلى اليمن.", "ar", RICE),
    ("ژاپن ۵۰۰ تن برنج به یمن ارسال کرد.", "fa", RICE),
    ("Iran released a British aid worker.", "en", RELEASE),
    ("أفرجت إيران عن عاملة إغاثة بريطانية.", "ar", RELEASE),
    ("ایران یک امدادگر بریتانیایی را آزاد کرد.", "fa", RELEASE),
]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A roadside bomb killed four soldiers in northern Mali.", "en"),
        ("قتل أربعة جنود في انفجار عبوة ناسفة في شمال مالي.", "ar"),
        ("انفجار یک بمب کنار جاده‌ای در شمال مالی چهار سرباز را کشت.", "fa"),
    ],
)
def test_a_direction_names_an_ambiguous_country(text: str, lang: str) -> None:
    got = read(text, lang)
    assert {etype for etype, _, _ in got} == {"ASSAULT"}
    assert ("MLI", "MIL") in {actor for _, _, actors in got for actor in actors}


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_names_cues_goods(text: str, lang: str, expected: Reading) -> None:
    assert read(text, lang) == expected


def test_a_given_name_after_a_title_still_joins_it() -> None:
    """A capitalised unknown word between title and country word is still
    a given name ("Senator Chad Wolf" is no Chad)."""
    got = read("Senator Chad Wolf met the king of Jordan.", "en")
    assert all("TCD" not in {code for code, _ in actors} for _, _, actors in got)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The foreign ministers of Egypt and Jordan met in Cairo.", "en"),
        ("اجتمع وزيرا خارجية مصر والأردن في القاهرة.", "ar"),
        ("التقى وزيرا الخارجية المصري والأردني في القاهرة.", "ar"),
        ("وزیران خارجه مصر و اردن در قاهره دیدار کردند.", "fa"),
    ],
)
def test_two_foreign_ministers(text: str, lang: str) -> None:
    record = run(text, lang)
    roles = {(a.code, a.role) for e in record.events for a in e.actors}
    assert roles == {("EGY", "foreign_minister"), ("JOR", "foreign_minister")}
