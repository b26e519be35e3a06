"""Round 45 (agents45fa): agents of Persian actors on unseen text, and
their Arabic and English counterparts.

Sentences written for these tests (none from the corpus, dev or challenge
sets).

- The workplace written with its workers only locates their strike, no
  side of its own (``extract/employers.py``, ``WORKPLACE_NOUNS``): Persian
  ezafe ("کارگران کارخانه سیمان"), Arabic construct state ("عمال مصنع
  الإسمنت"), English "workers at the steel plant" and "steel plant
  workers" (``EMPLOYER_LINKS``, ``EMPLOYER_BEFORE_STAFF``). A company named
  with its workers stays the employer struck against (agents31fa).
- A bare "forces" next to a rebel or militia word takes that word's agent
  (``extract/force_heads.py``): "نیروهای شورشی", "القوات المتمردة",
  "rebel forces" are rebels (REB), not an army beside them
  (``GENERIC_FORCE_HEADS``).
- A town's council before its capital ("شورای شهر تهران") is the
  capital's state's local government, not a place (``countries._town_body``);
  Arabic and English councils of a town or governorate are GOV agent nouns.
- Persian state bodies and armed movements that no entry read
  (``fa/agents.py``): the Islamic councils of a town, the supreme councils
  of cultural revolution and of labour, the military institutions, the
  Expediency Council named short, forces opposed to a government, and the
  state shipping line named short (BUS). Arabic and English name these
  bodies by other words (their own lists), so only the councils of a town
  have counterparts here.
- A street or square named after a body ("خیابان ارتش", "Army Street",
  "شارع الجيش") is a place, no side (``extract/street_names.py``,
  ``STREET_HEADS``, English ``STREET_HEADS_AFTER``).
- Councils as the office an election is for ("داوطلبان شوراهای اسلامی شهر
  و روستا") are no side, as the Majles is not (agents37). Persian only: the
  Iranian council elections have no Arabic or English wording in the
  lexicons.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def agents(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-14"))
    return {(a.code, a.agent) for e in record.events for a in e.actors}


def types(text: str, lang: str) -> set[str]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-05-14"))
    return {e.type for e in record.events}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("کارگران کارخانه سیمان در اعتراض به حقوق معوقه در اهواز اعتصاب کردند.", "fa"),
        ("کارگران در پالایشگاه آبادان در ایران دست به اعتصاب زدند.", "fa"),
        ("أضرب عمال مصنع الإسمنت في إيران احتجاجا على الأجور.", "ar"),
        ("Workers at the old steel plant went on strike in Iran.", "en"),
        ("Steel plant workers went on strike in Iran over unpaid wages.", "en"),
    ],
)
def test_workplace_of_workers_is_no_side(text: str, lang: str) -> None:
    got = agents(text, lang)
    assert "PROTEST" in types(text, lang)
    assert ("IRN", "LAB") in got
    assert not any(agent == "BUS" for _, agent in got)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("کارگران شرکت قند در ایران اعتصاب کردند.", "fa"),
        ("أضرب عمال شركة السكر في إيران.", "ar"),
        ("Workers of the sugar company went on strike in Iran.", "en"),
    ],
)
def test_company_of_workers_stays_the_employer(text: str, lang: str) -> None:
    assert {("IRN", "LAB"), ("IRN", "BUS")} <= agents(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("نیروهای شورشی به یک پاسگاه پلیس در اتیوپی حمله کردند.", "fa"),
        ("نیروهای شبه نظامی به روستایی در سودان حمله کردند.", "fa"),
        ("هاجمت القوات المتمردة مركزا للشرطة في إثيوبيا.", "ar"),
        ("Rebel forces attacked a police post in Ethiopia.", "en"),
        ("Militia forces attacked a village in Sudan.", "en"),
    ],
)
def test_rebel_forces_are_rebels_not_an_army(text: str, lang: str) -> None:
    got = agents(text, lang)
    assert any(agent == "REB" for _, agent in got)
    assert not any(agent == "MIL" for _, agent in got)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("نیروهای ارتش به مواضع شورشیان در اتیوپی حمله کردند.", "fa"),
        ("Government forces attacked rebel positions in Ethiopia.", "en"),
    ],
)
def test_army_forces_stay_the_army(text: str, lang: str) -> None:
    assert ("ETH", "MIL") in agents(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("شورای شهر تهران از وزیر کشور انتقاد کرد.", "fa"),
        ("The Tehran city council criticised the Iranian interior minister.", "en"),
    ],
)
def test_town_council_of_capital_is_its_state_government(text: str, lang: str) -> None:
    got = agents(text, lang)
    assert ("IRN", "GOV") in got
    assert (None, None) not in got


def test_governorate_council_is_government_ar() -> None:
    assert ("IRQ", "GOV") in agents("انتقد مجلس محافظة البصرة وزير النفط العراقي.", "ar")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("شورای اسلامی شهر مشهد از استاندار خراسان انتقاد کرد.", ("IRN", "GOV")),
        ("شورای عالی انقلاب فرهنگی ایران از وزیر علوم انتقاد کرد.", ("IRN", "GOV")),
        ("نهادهای نظامی ایران از دولت روحانی انتقاد کردند.", ("IRN", "MIL")),
        ("مجمع تشخیص مصلحت از دولت انتقاد کرد.", ("IRN", "GOV")),
        ("کشتیرانی جمهوری اسلامی از تحریم‌های آمریکا انتقاد کرد.", ("IRN", "BUS")),
    ],
)
def test_persian_state_bodies(text: str, want: tuple[str, str]) -> None:
    assert want in agents(text, "fa")


def test_opposition_forces_are_rebels_fa() -> None:
    got = agents("نیروهای مخالف دولت به شهری در سوریه حمله کردند.", "fa")
    assert ("SYR", "REB") in got
    assert ("SYR", "MIL") not in got


def test_council_as_elected_office_is_no_side_fa() -> None:
    got = agents("رئیس مجلس ایران از داوطلبان شوراهای اسلامی شهر و روستا خواست آرام باشند.", "fa")
    assert ("IRN", "GOV") not in got


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("یک بمب در خیابان ارتش کابل منفجر شد و دو غیرنظامی کشته شدند.", "fa", "MIL"),
        ("معترضان در خیابان پاسداران تهران تجمع کردند.", "fa", "MIL"),
        ("A bomb exploded on Army Street in Kabul, killing two civilians.", "en", "MIL"),
    ],
)
def test_street_named_after_a_body_is_no_side(text: str, lang: str, wrong: str) -> None:
    got = agents(text, lang)
    assert got
    assert not any(agent == wrong for _, agent in got)


def test_street_named_after_a_body_is_no_side_ar() -> None:
    got = agents("انفجرت قنبلة في شارع الجيش في كابل فقتلت مدنيين اثنين.", "ar")
    assert (None, "UAF") in got
    assert not any(agent == "MIL" for _, agent in got)


def test_army_entering_the_field_stays_the_army_fa() -> None:
    got = agents("ارتش اتیوپی وارد میدان شد و به شورشیان حمله کرد.", "fa")
    assert ("ETH", "MIL") in got
