"""Parliaments one state alone calls so (round 59, agents59ar; every sentence
written for these tests).

``lang/ar/agents._ONE_STATE_PARLIAMENTS`` (``NAMED_GROUPS``): "الكونغرس" is
the United States' Congress, "مجلس نواب الشعب" and before it "المجلس
الوطني التأسيسي" Tunisia's parliament, "المجلس الوطني الاتحادي" the
Emirates', wherever the sentence is set, as the Knesset, the Duma and the
Commons were read; their heads' and members' titles too
(``roles.TITLES_OF_STATE``). Before, a bare "الكونغرس" took the country of
the state it acted on ("فرض الكونغرس عقوبات على إيران" gave no event, or
Iran's parliament) and Tunisia's parliament had none. A country adjective
right after the Congress still says whose ("الكونغرس البيروفي",
``context.ADJECTIVE_AFTER_GROUP_HEADS``); a state noun there is what it acts
on. Parliaments many states call so ("مجلس النواب", "مجلس الشعب") keep the
country the sentence gives them.

English and Persian already read their one-state parliaments by name
("Knesset", "Duma", "کنست", "دوما"; tested below). Reading their bare
"Congress" and "کنگره" as the United States' too was tried and dropped
(English challenge even parties .955 → .951; Persian measures unmoved and
its corpus documents 4 better, 3 worse).
"""

from __future__ import annotations

from casts import run


def _casts(text: str, lang: str) -> set[str]:
    """'CODE:AGENT' of every actor of every event of ``text``."""
    return {f"{a.code or '-'}:{a.agent}" for e in run(text, lang).events for a in e.actors}


# --- Arabic: one state's parliaments by name ---------------------------------


def test_bare_congress_is_american() -> None:
    casts = _casts("فرض الكونغرس عقوبات جديدة على شركات النفط الإيرانية.", "ar")
    assert "USA:LEG" in casts
    assert "IRN:LEG" not in casts


def test_congress_sanctioning_a_state_keeps_its_own_country() -> None:
    casts = _casts("فرض الكونغرس عقوبات جديدة على إيران.", "ar")
    assert "USA:LEG" in casts


def test_congress_member_is_american() -> None:
    casts = _casts("انتقد عضو الكونغرس جون سميث الحكومة الروسية بشدة.", "ar")
    assert "USA:LEG" in casts
    assert "RUS:GOV" in casts


def test_tunisian_parliament_by_name() -> None:
    casts = _casts("انتقد مجلس نواب الشعب الحكومة بسبب تأخر مشروع الميزانية.", "ar")
    assert "TUN:LEG" in casts


def test_tunisian_parliament_speaker_by_title() -> None:
    casts = _casts("طلبت أحزاب المعارضة من رئيس مجلس نواب الشعب تأجيل الجلسة العامة.", "ar")
    assert "TUN:LEG" in casts
    assert "-:LEG" not in casts


def test_tunisian_constituent_assembly() -> None:
    casts = _casts("دعا المجلس الوطني التأسيسي الحكومة إلى تقديم استقالتها.", "ar")
    assert "TUN:LEG" in casts


def test_emirati_federal_council() -> None:
    casts = _casts("انتقد المجلس الوطني الاتحادي الحكومة القطرية.", "ar")
    assert "ARE:LEG" in casts


# --- Arabic: what stays as it was ---------------------------------------------


def test_adjective_after_congress_says_whose() -> None:
    casts = _casts("انتقد الكونغرس البيروفي الرئيس البيروفي.", "ar")
    assert "PER:LEG" in casts
    assert "USA:LEG" not in casts


def test_state_after_congress_is_its_object() -> None:
    casts = _casts("أدان الكونغرس إيران.", "ar")
    assert "USA:LEG" in casts
    assert "IRN:LEG" not in casts


def test_parliament_many_states_call_so_keeps_its_adjective() -> None:
    casts = _casts("انتقد مجلس النواب العراقي الحكومة التركية.", "ar")
    assert "IRQ:LEG" in casts
    assert "TUN:LEG" not in casts and "USA:LEG" not in casts


def test_peoples_assembly_elsewhere_is_not_tunisian() -> None:
    casts = _casts("انتقد مجلس الشعب السوري الحكومة التركية.", "ar")
    assert "SYR:LEG" in casts
    assert "TUN:LEG" not in casts


# --- English and Persian: one state's parliaments by name (unchanged) ---------


def test_english_knesset_is_israeli() -> None:
    casts = _casts("The Knesset criticised the Iranian government.", "en")
    assert "ISR:LEG" in casts


def test_english_duma_is_russian() -> None:
    casts = _casts("The Duma condemned the Ukrainian government.", "en")
    assert "RUS:LEG" in casts


def test_english_parliament_keeps_its_adjective() -> None:
    casts = _casts("The Iraqi parliament criticised the Turkish government.", "en")
    assert "IRQ:LEG" in casts
    assert "ISR:LEG" not in casts and "USA:LEG" not in casts


def test_persian_knesset_is_israeli() -> None:
    casts = _casts("کنست از دولت ایران انتقاد کرد.", "fa")
    assert "ISR:LEG" in casts


def test_persian_duma_is_russian() -> None:
    casts = _casts("دوما از دولت اوکراین انتقاد کرد.", "fa")
    assert "RUS:LEG" in casts


def test_persian_parliament_keeps_its_country() -> None:
    casts = _casts("مجلس عراق از دولت ترکیه انتقاد کرد.", "fa")
    assert "IRQ:LEG" in casts
    assert "ISR:LEG" not in casts and "USA:LEG" not in casts
