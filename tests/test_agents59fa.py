"""agents59fa: a candidate's campaign office is a political organisation.

Sentences written for these tests (none from the corpus, dev or challenge
sets). Persian election news names a candidate's campaign office ("ستاد
انتخاباتی", the supporters' "ستادهای مردمی") and its heads and spokesmen;
they were read as the state (GOV) or, through the candidate named after the
office, as the candidate himself. The office is a party (PTY, the spec's "a
political party (ruling or unspecified)"), the candidate after it takes no
part (``context.SPONSOR_OPENERS``), and Iran's election coalitions are
parties of Iran. The state's own election headquarters ("ستاد انتخابات")
and the armed forces' general staff ("ستاد کل") stay what they were.
English and Arabic read a campaign's team, headquarters and heads alike;
a bare "election campaign" / "الحملة الانتخابية" (also the weeks before a
vote) names no side.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def units(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    record = process(Document(doc_id="t", text=text, lang=lang, published="2024-04-23"))
    return {(a.code, a.agent) for e in record.events for a in e.actors}


def agents(text: str, lang: str) -> set[str | None]:
    return {agent for _, agent in units(text, lang)}


@pytest.mark.parametrize(
    "text",
    [
        "رئیس ستاد انتخاباتی این نامزد در تبریز از حمایت اصناف استقبال کرد.",
        "ستادهای انتخاباتی نامزدها در شیراز از تصمیم شورای نگهبان انتقاد کردند.",
        "ستاد\u200cهای انتخاباتی نامزدها در اصفهان از تصمیم هیئت نظارت انتقاد کردند.",
        "مسئول ستاد انتخاباتی جلیلی در البرز از مردم خواست در انتخابات شرکت کنند.",
        "سخنگوی شورای هماهنگی ستادهای مردمی رئیسی از دولت انتقاد کرد.",
        "سخنگوی شورای ائتلاف نیروهای انقلاب اسلامی استان فارس از دولت انتقاد کرد.",
    ],
)
def test_persian_campaign_offices_and_their_heads_are_a_party(text: str) -> None:
    record = process(Document(doc_id="t", text=text, lang="fa", published="2024-04-23"))
    # the office (or its head) acts, as a party, not as the state's executive
    assert record.events
    assert all(e.actors[0].agent == "PTY" for e in record.events)


@pytest.mark.parametrize(
    "text",
    [
        "ستاد انتخاباتی بایدن از ترامپ انتقاد کرد.",
        "ستاد انتخاباتی آیت الله رئیسی از صدا و سیما انتقاد کرد.",
        "ستادهای مردمی سید ابراهیم رئیسی از مردم خواستند در انتخابات شرکت کنند.",
    ],
)
def test_the_candidate_after_his_office_is_no_side(text: str) -> None:
    record = process(Document(doc_id="t", text=text, lang="fa", published="2024-04-23"))
    doers = [e.actors[0] for e in record.events]
    assert doers and all(a.agent == "PTY" and a.role is None for a in doers)


@pytest.mark.parametrize(
    "text",
    [
        "شورای ائتلاف نیروهای انقلاب از تصمیم دولت انتقاد کرد.",
        "جریان گام دوم انقلاب در بیانیه‌ای از تصمیم مجلس انتقاد کرد.",
    ],
)
def test_iranian_election_coalitions_are_parties_of_iran(text: str) -> None:
    got = units(text, "fa")
    assert ("IRN", "PTY") in got
    assert ("IRN", "MIL") not in got


@pytest.mark.parametrize(
    "text",
    [
        # the state's election headquarters, and the general staff
        "ستاد انتخابات کشور از مردم خواست در انتخابات شرکت کنند.",
        "رئیس ستاد کل نیروهای مسلح آمریکا را تهدید کرد.",
    ],
)
def test_persian_state_headquarters_are_no_party(text: str) -> None:
    assert "PTY" not in agents(text, "fa")


@pytest.mark.parametrize(
    "text",
    [
        "The campaign team of the opposition candidate accused the election commission of fraud.",
        "A campaign spokesman for the opposition candidate condemned the arrest of the journalists.",
        "Police raided the campaign headquarters of the opposition candidate in Nairobi.",
    ],
)
def test_english_campaign_bodies_are_a_party(text: str) -> None:
    assert "PTY" in agents(text, "en")


def test_english_election_campaign_as_a_time_is_no_side() -> None:
    got = agents(
        "During the election campaign, police arrested dozens of protesters in Nairobi.", "en"
    )
    assert got == {"COP", "CVL"}


@pytest.mark.parametrize(
    "text",
    [
        "اتهم فريق الحملة الانتخابية للمرشح المعارض لجنة الانتخابات بالتزوير.",
        "اتهم مدير الحملة الانتخابية للمرشح المعارض لجنة الانتخابات بالتزوير.",
        "داهمت الشرطة المقر الانتخابي للمرشح المعارض في نيروبي.",
    ],
)
def test_arabic_campaign_bodies_are_a_party(text: str) -> None:
    assert "PTY" in agents(text, "ar")


def test_arabic_election_campaign_as_a_time_is_no_side() -> None:
    got = agents("خلال الحملة الانتخابية اعتقلت الشرطة عشرات المتظاهرين في نيروبي.", "ar")
    assert got == {"COP", "CVL"}


# ---- soldiers who rule are the government (the spec: a junta is GOV) ----


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("نظامیان حاکم میانمار صدها معترض را بازداشت کردند.", "fa"),
        ("رهبران کودتا در میانمار خبرنگار آمریکایی را به جاسوسی متهم کردند.", "fa"),
        ("Myanmar's ruling military detained hundreds of protesters.", "en"),
        ("Myanmar's military rulers accused the UN envoy of treason.", "en"),
        ("اعتقل العسكريون الحاكمون في ميانمار مئات المتظاهرين.", "ar"),
        ("اتهم قادة الانقلاب في ميانمار مبعوث الأمم المتحدة بالخيانة.", "ar"),
    ],
)
def test_a_ruling_military_is_the_government(text: str, lang: str) -> None:
    got = units(text, lang)
    assert ("MMR", "GOV") in got
    assert ("MMR", "MIL") not in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ارتش میانمار به روستاهای شمال این کشور حمله کرد.", "fa"),
        ("Myanmar's military attacked villages in the north of the country.", "en"),
        ("هاجم الجيش في ميانمار قرى في شمال البلاد.", "ar"),
    ],
)
def test_an_army_that_fights_stays_the_armed_forces(text: str, lang: str) -> None:
    assert ("MMR", "MIL") in units(text, lang)
