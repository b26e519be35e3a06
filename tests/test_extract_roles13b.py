"""Roles of persons (round 13b): the kin of an office holder holds no office,
an adviser named by the man he serves is an official of that man's state,
and a committee's chair or spokesman sits in the legislature.

Sentences written for this test; the people and their offices are public facts.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Actor, Document, Record
from diplowatch.pipeline import process


def actors(text: str, lang: str, published: str = "2019-05-20") -> list[Actor]:
    record: Record = process(Document("r13b", text, lang=lang, published=published))
    return [a for e in record.events for a in e.actors]


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("ar", "انتقدت ابنة ترامب الحكومة الصينية بشدة.", "USA"),
        ("ar", "التقى صهر أردوغان وزير الخارجية القطري في الدوحة.", "TUR"),
        ("fa", "پسر اردوغان با وزیر خارجه قطر در دوحه دیدار کرد.", "TUR"),
        ("fa", "داماد ترامپ با وزیر خارجه عربستان در ریاض دیدار کرد.", "USA"),
        ("en", "Erdogan's son-in-law met Qatar's foreign minister in Doha.", "TUR"),
        ("en", "The daughter of President Trump criticized the Chinese government.", "USA"),
        ("ar", "انتقد نجل الرئيس أردوغان الحكومة اليونانية.", "TUR"),
    ],
)
def test_a_relative_holds_no_office_of_the_holder(lang: str, text: str, code: str) -> None:
    kin = [a for a in actors(text, lang) if a.code == code]
    assert kin and all(a.agent == "CVL" and a.role is None for a in kin)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "التقى صهر أردوغان وزير الخارجية القطري في الدوحة."),
        ("fa", "داماد ترامپ با وزیر خارجه عربستان در ریاض دیدار کرد."),
    ],
)
def test_the_other_side_keeps_its_office_after_a_relative(lang: str, text: str) -> None:
    other = [a for a in actors(text, lang) if a.code in ("QAT", "SAU")]
    assert other and all(a.agent == "GOV" for a in other)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "التقى مستشار ترامب وزير الخارجية السعودي في الرياض."),
        ("fa", "مشاور ترامپ با وزیر خارجه عربستان در ریاض دیدار کرد."),
        ("en", "Trump's adviser met the Saudi foreign minister in Riyadh."),
    ],
)
def test_an_adviser_named_by_his_master_is_an_official(lang: str, text: str) -> None:
    usa = [a for a in actors(text, lang) if a.code == "USA"]
    assert usa and all(a.agent == "GOV" and a.role == "official" for a in usa)


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        # an office named by the possessor's state keeps its own rank
        ("en", "Putin's foreign minister met the Turkish president in Ankara.", "foreign_minister"),
        # a prince's title before a sitting head still names the head
        ("ar", "استقبل الأمير تميم بن حمد وزير الخارجية الفرنسي في الدوحة.", "head_of_state"),
    ],
)
def test_titles_that_are_no_servants_keep_their_rank(lang: str, text: str, role: str) -> None:
    assert any(a.role == role for a in actors(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "رئیس کمیسیون اقتصادی مجلس شورای اسلامی عملکرد وزیر نفت را محکوم کرد."),
        ("fa", "سخنگوی کمیسیون امنیت ملی و سیاست خارجی مجلس از دولت خواست مذاکرات را متوقف کند."),
        ("fa", "رئیس کمیسیون انرژی مجلس از وزیر نفت خواست صادرات را افزایش دهد."),
    ],
)
def test_a_committee_chair_is_a_legislator(lang: str, text: str) -> None:
    found = actors(text, lang)
    assert any(a.agent == "LEG" and a.role == "legislator" for a in found)
    assert not any(a.agent == "GOV" and a.role == "official" for a in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a committee that is no legislature's keeps its head an official
        ("fa", "رئیس کمیسیون اروپا از ایران خواست به تعهداتش پایبند باشد."),
        ("ar", "دعا رئيس لجنة الانتخابات الحكومة إلى تأجيل الاقتراع."),
        ("en", "The head of the European Commission urged Iran to keep its commitments."),
    ],
)
def test_a_committee_outside_a_legislature_names_no_legislator(lang: str, text: str) -> None:
    assert not any(a.role == "legislator" for a in actors(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "جرد کوشنر، داماد ترامپ، با ولیعهد عربستان در ریاض دیدار کرد."),
        ("ar", "التقى جاريد كوشنر صهر ترامب ولي العهد السعودي في الرياض."),
        ("en", "Jared Kushner, Trump's son-in-law, met the Saudi crown prince in Riyadh."),
    ],
)
def test_a_kinsman_who_describes_a_named_actor_is_no_actor(lang: str, text: str) -> None:
    usa = [a for a in actors(text, lang) if a.code == "USA"]
    assert usa and not any(a.agent == "CVL" or a.role == "head_of_state" for a in usa)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a title word inside the father's name is no office to take over
        ("fa", "احمد مسعود پسر احمد شاه مسعود به طالبان هشدار داد."),
        ("ar", "حذر أحمد مسعود نجل أحمد شاه مسعود حركة طالبان."),
    ],
)
def test_no_head_of_state_from_a_fathers_name(lang: str, text: str) -> None:
    assert not any(a.role == "head_of_state" and a.agent == "CVL" for a in actors(text, lang))
