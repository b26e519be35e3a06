"""A venue or a topic is no party: a country after a topic noun ("the
future of Libya", ``context.TOPIC_HEADS``), a capital that names talks or an
agreement ("the Vienna talks", ``context.VENUE_NOUNS``, ``Mention.venue``),
and a country after a topic preposition that follows a title ("the leaders
spoke about Palestine", ``context.ROLE_BREAK_WORDS``). The same sentences
with the country as a real side keep it."""

from __future__ import annotations

import pytest

from casts import run


def _codes(text: str, lang: str, etype: str) -> set[str | None]:
    return {a.code for e in run(text, lang).events if e.type == etype for a in e.actors}


TOPIC_HEAD = [
    ("ar", "ناقش وزيرا خارجية الجزائر وتونس يوم السبت مستقبل ليبيا.", "CONSULT", "LBY"),
    ("ar", "بحث الرئيس المصري مع نظيره الفرنسي تطورات أزمة السودان.", "CONSULT", "SDN"),
    ("fa", "وزیران خارجه الجزایر و تونس روز شنبه درباره آینده لیبی گفتگو کردند.", "CONSULT", "LBY"),
    ("fa", "روسیه و ترکیه درباره پرونده هسته‌ای ایران به توافق رسیدند.", "AGREE", "IRN"),
    ("en", "The Algerian and Tunisian foreign ministers met to discuss the future of Libya.",
     "CONSULT", "LBY"),
    ("en", "France and Egypt held talks on the crisis of Sudan on Monday.", "CONSULT", "SDN"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "etype", "topic"), TOPIC_HEAD)
def test_a_country_after_a_topic_noun_is_no_party(
    lang: str, text: str, etype: str, topic: str
) -> None:
    codes = _codes(text, lang, etype)
    assert codes, f"no {etype} event"
    assert topic not in codes


@pytest.mark.parametrize(
    ("lang", "text", "side"),
    [
        # a noun whose country may be its doer is no topic head: "حرب روسيا"
        ("ar", "أدانت بولندا حرب روسيا على أوكرانيا.", "RUS"),
        ("fa", "لهستان جنگ روسیه علیه اوکراین را محکوم کرد.", "RUS"),
        ("en", "Poland condemned the war of Russia against Ukraine.", "RUS"),
    ],
)
def test_a_doer_after_a_deed_noun_stays(lang: str, text: str, side: str) -> None:
    assert side in {a.code for e in run(text, lang).events for a in e.actors}


VENUE = [
    ("ar", "استأنف وفدا أرمينيا وأذربيجان محادثات موسكو يوم الثلاثاء.", "CONSULT", "RUS"),
    ("ar", "أعلنت البرازيل أنها ستنسحب من اتفاقية باريس.", "RETREAT", "FRA"),
    ("fa", "هیئت‌های ارمنستان و آذربایجان مذاکرات مسکو را از سر گرفتند.", "CONSULT", "RUS"),
    ("en", "Armenia and Azerbaijan resumed the Moscow talks on Tuesday.", "CONSULT", "RUS"),
    ("en", "Brazil withdrew from the Paris agreement.", "RETREAT", "FRA"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "venue"), VENUE)
def test_a_capital_naming_talks_or_a_deal_is_no_party(
    lang: str, text: str, etype: str, venue: str
) -> None:
    codes = _codes(text, lang, etype)
    assert codes, f"no {etype} event"
    assert venue not in codes


@pytest.mark.parametrize(
    ("lang", "text", "side"),
    [
        # a capital as the subject is its government: "موسكو" hosts no talks here
        ("ar", "أجرت موسكو محادثات مع باكو يوم الثلاثاء.", "RUS"),
        ("en", "Moscow held talks with Baku on Tuesday.", "RUS"),
        ("fa", "مسکو با باکو مذاکره کرد.", "RUS"),
    ],
)
def test_a_capital_as_subject_is_still_its_state(lang: str, text: str, side: str) -> None:
    assert side in _codes(text, lang, "CONSULT")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the agents are Yemeni: the city the agreement is named after is
        # not where they come from
        ("ar", "وقع الانفصاليون والحكومة اليمنية اتفاق الرياض."),
        ("en", "The separatists and the Yemeni government signed the Riyadh agreement."),
        ("fa", "جدایی‌طلبان و دولت یمن توافق ریاض را امضا کردند."),
    ],
)
def test_a_venue_does_not_place_agents(lang: str, text: str) -> None:
    assert "SAU" not in {a.code for e in run(text, lang).events for a in e.actors}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "اجتمع قادة دول الخليج في الرياض وتحدث القادة بشأن فلسطين."),
        ("fa", "نشست سران عرب در ریاض برگزار شد و رهبران درباره فلسطین گفتگو کردند."),
        ("en", "The Gulf summit met in Riyadh and the leaders spoke about Palestine."),
    ],
)
def test_a_title_does_not_reach_across_a_topic_preposition(lang: str, text: str) -> None:
    assert "PSE" not in {a.code for e in run(text, lang).events for a in e.actors}


@pytest.mark.parametrize(
    ("lang", "text", "etype", "topic"),
    [
        # English "on"/"over" after a noun of plans or talks names a topic
        # (``context.TOPIC_NOUNS``); Arabic and Persian write an unambiguous
        # preposition of topic there
        ("en", "Gulf ministers backed the Chinese initiative on Palestine.", "SUPPORT", "PSE"),
        ("ar", "أيدت الكويت المبادرة الصينية بشأن فلسطين.", "SUPPORT", "PSE"),
        ("fa", "کویت از ابتکار چین درباره فلسطین حمایت کرد.", "SUPPORT", "PSE"),
    ],
)
def test_a_country_after_a_plan_on_it_is_no_party(
    lang: str, text: str, etype: str, topic: str
) -> None:
    assert topic not in _codes(text, lang, etype)


@pytest.mark.parametrize(
    ("lang", "text", "target"),
    [
        # after a deed "on" names its target
        ("en", "Israel carried out an air strike on Lebanon.", "LBN"),
        ("en", "The European Union imposed sanctions on Belarus.", "BLR"),
        ("ar", "فرض الاتحاد الأوروبي عقوبات على بيلاروسيا.", "BLR"),
        ("fa", "اتحادیه اروپا بلاروس را تحریم کرد.", "BLR"),
    ],
)
def test_a_target_after_a_deed_on_it_stays(lang: str, text: str, target: str) -> None:
    assert target in {a.code for e in run(text, lang).events for a in e.actors}


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        # a meeting told on the sidelines of an organisation's summit: the
        # organisation is the venue (``places.venue_bodies_out``)
        ("ar", "التقى وزير الخارجية الهندي نظيره الإيراني على هامش اجتماعات منظمة شنغهاي للتعاون.",
         "SCO"),
        ("fa", "وزیر خارجه هند در حاشیه نشست گروه بیست با وزیر خارجه ترکیه دیدار کرد.", "G20"),
        ("en", "The Indian foreign minister met his Iranian counterpart at the SCO summit.", "SCO"),
    ],
)  # fmt: skip
def test_an_organisation_whose_summit_is_the_venue_is_no_party(
    lang: str, text: str, body: str
) -> None:
    meetings = [e for e in run(text, lang).events if e.type == "CONSULT"]
    assert any(len({a.code for a in e.actors} - {body}) >= 2 for e in meetings)
    assert all(
        body not in {a.code for a in e.actors}
        for e in meetings
        if len({a.code for a in e.actors} - {body}) >= 2
    )


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        # the organisation of the summit one attends is the other side
        ("ar", "شاركت الهند في قمة منظمة شنغهاي للتعاون.", "SCO"),
        ("fa", "هند در اجلاس سازمان همکاری شانگهای شرکت کرد.", "SCO"),
    ],
)
def test_the_organisation_of_an_attended_summit_stays(lang: str, text: str, body: str) -> None:
    assert body in _codes(text, lang, "CONSULT")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an organisation's seat is where the talks were held
        ("ar", "أجرى وزيرا خارجية كينيا وأوغندا محادثات في مقر الاتحاد الأفريقي."),
        ("fa", "وزیران خارجه کنیا و اوگاندا در مقر اتحادیه آفریقا مذاکره کردند."),
        ("en", "The Kenyan and Ugandan foreign ministers held talks at the African Union headquarters."),
    ],
)  # fmt: skip
def test_an_organisations_seat_is_no_party(lang: str, text: str) -> None:
    codes = _codes(text, lang, "CONSULT")
    assert {"KEN", "UGA"} <= codes
    assert "AU" not in codes
