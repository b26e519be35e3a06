"""Agents of round 11 (second part): nouns that name one state's body unless
an adjective names another ("قوات الاحتلال" is Israel's army, "اشغالگران"
Israel's in the Iranian press), agent phrases that must not swallow the
country adjective that lends them their country, prosecutors and "on behalf
of", and English "<nationality> security/diplomacy". Sentences written for
these tests."""

from __future__ import annotations

import importlib

import pytest

from casts import cast, run
from diplowatch.extract.lexicon import lexicon
from diplowatch.extract.scan import scan
from diplowatch.text.normalize import normalize_phrase


def test_occupation_forces_are_israel_wherever_they_act() -> None:
    record = run("أطلقت بحرية الاحتلال النار على قوارب الصيادين قبالة سواحل غزة.", "ar")
    assert "ISR:MIL" in cast(record, "ASSAULT")
    assert "PSE:MIL" not in cast(record, "ASSAULT")
    record = run("شن الاحتلال غارات جوية على جنوب لبنان.", "ar")
    assert "ISR:MIL" in cast(record, "ASSAULT")
    assert "LBN:MIL" not in cast(record, "ASSAULT")


def test_occupation_authorities_police_and_courts() -> None:
    # tri30a: the police storming a place raid it (COERCE), as "Police stormed"
    assert "ISR:COP" in cast(run("اقتحمت شرطة الاحتلال المسجد الأقصى صباح اليوم.", "ar"), "COERCE")
    record = run("اعتقلت مخابرات الاحتلال أسيرا محررا في جنين.", "ar")
    assert "ISR:COP" in cast(record, "COERCE")
    record = run("أصدرت محكمة الاحتلال حكما بسجن الأسير عشر سنوات.", "ar")
    assert "ISR:JUD" in cast(record, "COERCE")


def test_an_adjective_after_the_occupation_names_another_occupier() -> None:
    record = run("قصفت مدفعية الاحتلال التركي قرى في ريف الحسكة.", "ar")
    assert "TUR:MIL" in cast(record, "ASSAULT")
    assert "ISR:MIL" not in cast(record, "ASSAULT")
    record = run("اشغالگران آمریکایی شهر فلوجه را بمباران کردند.", "fa")
    assert "USA:MIL" in cast(record, "ASSAULT")
    assert "ISR:MIL" not in cast(record, "ASSAULT")


def test_persian_occupiers_and_the_regimes_army() -> None:
    record = run("رژیم اشغالگر مواضعی در جنوب لبنان را بمباران کرد.", "fa")
    assert "ISR:GOV" in cast(record, "ASSAULT")
    record = run("اشغالگران صهیونیست یک نوجوان فلسطینی را در کرانه باختری بازداشت کردند.", "fa")
    assert "ISR:MIL" in cast(record, "COERCE")
    record = run("ارتش رژیم صهیونیستی به رفح حمله کرد.", "fa")
    assert "ISR:MIL" in cast(record, "ASSAULT")


def test_navy_takes_the_adjective_after_it() -> None:
    record = run("احتجزت البحرية الأمريكية سفينة إيرانية في الخليج.", "ar")
    assert "USA:MIL" in cast(record, "COERCE")
    record = run("احتجزت القوات البحرية الأمريكية سفينة إيرانية في الخليج.", "ar")
    assert "USA:MIL" in cast(record, "COERCE")
    record = run("قصف الجيش الوطني الليبي مواقع في طرابلس.", "ar")
    assert "LBY:MIL" in cast(record, "ASSAULT")


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_no_agent_phrase_swallows_a_country_adjective(lang: str) -> None:
    """An agent noun phrase that ends (adjectives after, ar/fa) or begins
    (adjectives before, en) with a country word hides that country from the
    matcher: "البحرية الأمريكية" listed whole gave a navy of no country.
    Such a body is the plain noun (the adjective lends its country) or a
    named group with its code."""
    agents = importlib.import_module(f"diplowatch.lang.{lang}.agents")
    lex = lexicon(lang)
    swallowed = []
    for table in ("AGENT_NOUNS", "OWNED_NOUNS"):
        for phrases in getattr(agents, table).values():
            for phrase in phrases:
                words = phrase.split()
                if len(words) < 2:
                    continue
                word = normalize_phrase(words[0] if lang == "en" else words[-1])
                kinds = {h.entry.kind for h in scan(word, lex) if h.end - h.start == len(word)}
                if kinds & {"state", "state_adj"}:
                    swallowed.append(phrase)
    assert not swallowed


def test_prosecutors_and_on_behalf_of() -> None:
    record = run("أمرت نيابة أمن الدولة العليا بحبس الناشط.", "ar")
    assert "-:JUD" in cast(record, "COERCE")
    assert "-:COP" not in cast(record, "COERCE")
    record = run("وقع الاتفاق بالنيابة عن الحكومة الأردنية وزير المالية.", "ar")
    assert not any(a.endswith(":JUD") for a in cast(record, "AGREE"))
    record = run("التقى الرئيس بالنيابة وفدا أمريكيا.", "ar")
    assert not any(a.endswith(":JUD") for a in cast(record, "CONSULT"))
    record = run("اتهمت النيابة العامة المصرية الصحفي بنشر أخبار كاذبة.", "ar")
    assert "EGY:JUD" in cast(record, "ACCUSE")


def test_english_security_and_diplomacy_with_a_nationality() -> None:
    record = run("Saudi security detained two activists in Jeddah.", "en")
    assert "SAU:COP" in cast(record, "COERCE")
    record = run("Egyptian diplomacy condemned the attack on the embassy.", "en")
    assert "EGY:GOV" in cast(record, "ACCUSE")
    record = run("The Israeli security cabinet approved the ceasefire deal with Hamas.", "en")
    assert "ISR:GOV" in cast(record, "AGREE")
    assert "ISR:COP" not in cast(record, "AGREE")


def test_english_controls_and_persian_prosecutor() -> None:
    record = run("Israeli occupation forces arrested ten Palestinians in the West Bank.", "en")
    assert "ISR:MIL" in cast(record, "COERCE")
    record = run("Diplomacy failed and Russia attacked Ukraine.", "en")
    assert not any(a.endswith(":GOV") for a in cast(record, "ASSAULT"))
    record = run("دادستانی تهران یک روزنامه نگار را احضار کرد.", "fa")
    assert "IRN:JUD" in cast(record, "ACCUSE")
