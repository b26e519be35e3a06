"""Visits, arrivals and receptions: the visitor and the host.

A guest or a delegation welcomed is received, not praised ("رحب بالوفد
الزائر", "از هیئت … استقبال کرد", "welcomed the visiting delegation":
CONSULT), while a decision welcomed stays SUPPORT. An official or a
delegation arriving in a capital visits its country ("وصل … إلى", "وارد …
شد", "arrived in"); an arrival inside one's own country visits no host. A
delegation is its state's envoys (GOV), its army's (MIL), its parliament's
(LEG), of the country written next to it only. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

import casts
from casts import cast
from diplowatch.model import Record


def run(text: str, lang: str) -> Record:
    return casts.run(text, lang, "2026-11-20")


def types(record: Record) -> set[str]:
    return {e.type for e in record.events}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The Saudi foreign minister welcomed the visiting Kuwaiti delegation in Riyadh.",
            {"SAU:GOV", "KWT:GOV"},
        ),
        (
            "en",
            "The Omani sultan welcomed his guests from Qatar at the palace.",
            {"OMN:GOV", "QAT:"},
        ),
        (
            "ar",
            "رحب وزير الخارجية السعودي بالوفد الكويتي الزائر في الرياض.",
            {"SAU:GOV", "KWT:GOV"},
        ),
        ("ar", "رحب العاهل الأردني بضيفه الرئيس القبرصي في قصر الحسينية.", {"JOR:GOV", "CYP:GOV"}),
        ("fa", "وزیر امور خارجه عربستان از هیئت کویتی استقبال کرد.", {"SAU:GOV", "KWT:GOV"}),
        (
            "fa",
            "رئیس جمهور تاجیکستان از میهمان ایرانی خود در دوشنبه استقبال کرد.",
            {"TJK:GOV", "IRN:"},
        ),
    ],
)
def test_a_guest_welcomed_is_received(lang: str, text: str, expected: set[str]) -> None:
    record = run(text, lang)
    assert "SUPPORT" not in types(record)
    assert expected <= cast(record, "CONSULT")


@pytest.mark.parametrize(
    ("lang", "text", "welcomer"),
    [
        (
            "en",
            "The Saudi foreign minister welcomed the Iranian decision to free the tanker.",
            "SAU",
        ),
        ("ar", "رحب وزير الخارجية السعودي بقرار إيران الإفراج عن الناقلة.", "SAU"),
        # the visit itself is France's to Lebanon (round 12: a visit's noun
        # names its host); Egypt only welcomes it
        ("ar", "رحبت مصر بزيارة الرئيس الفرنسي إلى لبنان.", "EGY"),
        ("fa", "وزیر خارجه عربستان از پیشنهاد ایران استقبال کرد.", "SAU"),
    ],
)
def test_a_decision_welcomed_is_still_support(lang: str, text: str, welcomer: str) -> None:
    record = run(text, lang)
    assert "SUPPORT" in types(record)
    assert not any(a.startswith(welcomer) for a in cast(record, "CONSULT"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The Egyptian foreign minister arrived in Baghdad on Sunday.", {"EGY:GOV", "IRQ:"}),
        (
            "en",
            "A Pakistani military delegation arrived in Beijing on Saturday.",
            {"PAK:MIL", "CHN:"},
        ),
        ("en", "Foreign Minister Sergei Lavrov arrived in Ankara on Tuesday.", {"RUS:GOV", "TUR:"}),
        ("ar", "وصل وزير الخارجية المصري إلى بغداد اليوم.", {"EGY:GOV", "IRQ:"}),
        ("ar", "وصل وفد عسكري باكستاني إلى بكين السبت.", {"PAK:MIL", "CHN:"}),
        ("ar", "يصل الرئيس التركي إلى الدوحة غدا.", {"TUR:GOV", "QAT:"}),
        ("fa", "وزیر امور خارجه مصر روز یکشنبه وارد بغداد شد.", {"EGY:GOV", "IRQ:"}),
        ("fa", "یک هیئت نظامی پاکستانی روز شنبه وارد پکن شد.", {"PAK:MIL", "CHN:"}),
    ],
)
def test_an_official_arriving_visits_the_host(lang: str, text: str, expected: set[str]) -> None:
    record = run(text, lang)
    assert "MOBILIZE" not in types(record)
    assert expected <= cast(record, "CONSULT")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The first aid convoy arrived in Gaza on Monday."),
        ("en", "The minister said the shipment arrived in Beirut on Sunday."),
        ("en", "Thousands of Syrian refugees arrived in Turkey last year."),
        ("ar", "وصل عدد القتلى في العراق إلى خمسين شخصا."),
        ("ar", "أصدر الأمير فيصل بن بندر أمير منطقة الرياض تعليماته بنقل مريض إلى المستشفى."),
        ("ar", "وصل وزير الدفاع السعودي إلى موقع عسكري في جازان لتفقد القوات."),
        ("fa", "کاروان کمک‌های انسانی وارد غزه شد."),
        ("fa", "رئیس قوه قضاییه ایران وارد محوطه دانشگاه تهران شد."),
    ],
)
def test_no_visit_without_a_visitor_abroad(lang: str, text: str) -> None:
    assert not cast(run(text, lang), "CONSULT")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The Jordanian king received a Bahraini delegation in Amman.",
            {"JOR:GOV", "BHR:GOV"},
        ),
        ("en", "Qatar hosted an Omani parliamentary delegation on Wednesday.", {"OMN:LEG"}),
        ("ar", "استقبل العاهل الأردني وفدا بحرينيا رفيع المستوى في عمان.", {"JOR:GOV", "BHR:GOV"}),
        ("ar", "استقبل رئيس مجلس النواب المصري وفدا برلمانيا عراقيا.", {"EGY:LEG", "IRQ:LEG"}),
        ("fa", "پادشاه اردن یک هیئت بحرینی را در امان به حضور پذیرفت.", {"JOR:GOV", "BHR:GOV"}),
        ("fa", "رئیس مجلس ایران یک هیئت پارلمانی عراقی را به حضور پذیرفت.", {"IRN:LEG", "IRQ:LEG"}),
    ],
)
def test_a_delegation_is_its_states_envoys(lang: str, text: str, expected: set[str]) -> None:
    assert expected <= cast(run(text, lang), "CONSULT")


@pytest.mark.parametrize(
    ("lang", "text", "agent"),
    [
        ("en", "The Egyptian president received a delegation on Sunday.", "EGY:GOV"),
        ("ar", "استقبل الرئيس المصري وفدا أمس.", "EGY:GOV"),
        ("fa", "رئیس جمهور مصر هیئتی را به حضور پذیرفت.", "EGY:GOV"),
    ],
)
def test_a_delegation_of_no_written_country_is_not_the_hosts(
    lang: str, text: str, agent: str
) -> None:
    record = run(text, lang)
    assert agent in cast(record, "CONSULT")
    assert not any(
        a.agent == "GOV" and a.role is None and a.code == "EGY"
        for e in record.events
        for a in e.actors
    )


@pytest.mark.parametrize(
    ("lang", "text", "agent"),
    [
        ("fa", "هیات اجرایی انتخابات صلاحیت پنج داوطلب را رد کرد.", "GOV"),
        ("fa", "هیئت منصفه دادگاه رای خود را اعلام کرد.", "GOV"),
        ("fa", "هیات نظارت استان صلاحیت ده داوطلب را رد کرد.", "GOV"),
    ],
)
def test_a_board_or_panel_is_no_delegation(lang: str, text: str, agent: str) -> None:
    record = run(text, lang)
    assert not any(a.agent == agent and a.code is None for e in record.events for a in e.actors)
