"""English readings left by earlier rounds (round 72, english72; every
sentence written for these tests).

(1) A war told as going on, "the war between X and Y continues": English
noun phrases end at "and", save the one that joins the two sides "between"
names; Persian and Arabic read it since round 70 (guards here). A figure's
adjective before the war ("trade war", "price war") keeps it out.

(2) A bare town as the object of a verb of seizing, "the Taliban captured
Kunduz", is territory taken (ASSAULT capture), as "captured the city of
Kunduz" is; not a town that modifies or owns the object ("captured Kabul
residents", "seized Tehran's oil"), nor a captive's home town in the
passive ("a commander from Kunduz was captured").

(3) A hope governs its own clause, not the twenty words after it: a deed
after a word that always opens another clause ("while", "but"; Arabic
"بينما"), or after "as/after/and" with its verb in the simple past, is
told, and a "will" of the hoped clause does not plan it; a deed hoped for
("hopes the talks resume after Israel withdraws") stays unreported.

(4) "insisted/suggested that" + a verb in its bare form is the mandative
subjunctive: what a side is to do, no deed done ("the union insisted that
the government withdraw the bill"); with an indicative verb the same words
report one ("Iran insisted that Israel struck first"). Arabic "أن" + the
subjunctive and the Persian subjunctive were read so already (guards).
"""

from __future__ import annotations

import pytest

from casts import cast, run

# (language, sentence, the sides the ASSAULT must have)
WARS = [
    (
        "en",
        "The war between government forces and the Taliban continues in Helmand.",
        {"AFG:MIL", "AFG:REB"},
    ),
    (
        "en",
        "The bloody war between Armenia and Azerbaijan went on for six weeks.",
        {"ARM:", "AZE:"},
    ),
    (
        "en",
        "War between the army and the rebels resumed in Darfur on Sunday.",
        {"SDN:MIL", "SDN:REB"},
    ),
    ("en", "Russia's war against Ukraine has continued despite the sanctions.", {"RUS:", "UKR:"}),
    # guards: read since round 70
    ("fa", "جنگ میان نیروهای امنیتی و طالبان در هلمند ادامه دارد.", {"AFG:COP", "AFG:REB"}),
    ("ar", "تتواصل الحرب بين الجيش السوداني وقوات الدعم السريع في دارفور.", None),
]


@pytest.mark.parametrize(("lang", "text", "sides"), WARS)
def test_war_between_sides_goes_on(lang: str, text: str, sides: set[str] | None) -> None:
    found = cast(run(text, lang), "ASSAULT")
    assert found
    if sides is not None:
        assert sides <= found


# A war of trade, prices or words, or one with a single side, is no clash.
NO_WARS = [
    ("en", "The trade war between the United States and China continues."),
    ("en", "A price war between Saudi Arabia and Russia intensified in March."),
    ("en", "The war of words between Tehran and Washington continues."),
    ("en", "The war in Yemen continues."),
    ("en", "The war against corruption between 2010 and 2015 continued."),
    ("fa", "جنگ تجاری میان آمریکا و چین ادامه دارد."),
    ("ar", "تتواصل الحرب التجارية بين الولايات المتحدة والصين."),
]


@pytest.mark.parametrize(("lang", "text"), NO_WARS)
def test_figure_of_war_is_no_clash(lang: str, text: str) -> None:
    assert not cast(run(text, lang), "ASSAULT")


# (language, sentence): a town taken, ASSAULT must be read
TOWNS_TAKEN = [
    ("en", "The Taliban captured Kunduz on Monday after days of fighting."),
    ("en", "Iraqi forces retook Mosul from Islamic State fighters."),
    ("en", "M23 rebels have seized Goma, the largest city in eastern Congo."),
    ("en", "The Houthis overran Sanaa and forced the government to flee."),
    ("en", "Syrian troops recaptured eastern Aleppo."),
    ("en", "Kunduz was captured by the Taliban in September."),
    ("en", "Officials said Mosul had been retaken by Iraqi troops."),
    # mendA72: a bare town (the town named with its noun was read before)
    ("en", "Al-Shabaab overran Baidoa after heavy fighting."),
    # guards: the town named with its noun, read before round 72
    ("fa", "طالبان شهر قندوز را تصرف کردند."),
    ("ar", "سيطرت حركة طالبان على مدينة قندوز."),
]


@pytest.mark.parametrize(("lang", "text"), TOWNS_TAKEN)
def test_bare_town_taken_is_capture(lang: str, text: str) -> None:
    events = [e for e in run(text, lang).events if e.type == "ASSAULT"]
    assert any(e.mode == "capture" and e.status == "reported" for e in events)


# A town that is no object of the seizure: a modifier, an owner, a home town.
TOWNS_NOT_TAKEN = [
    ("en", "Police captured Kabul residents who had fled the checkpoint."),
    ("en", "The navy seized Tehran's oil shipment off Gibraltar."),
    ("en", "A Taliban commander from Kunduz was captured by Afghan forces."),
    ("en", "The governor of Kandahar was captured in an ambush."),
]


@pytest.mark.parametrize(("lang", "text"), TOWNS_NOT_TAKEN)
def test_town_that_is_no_object_is_no_capture(lang: str, text: str) -> None:
    events = run(text, lang).events
    assert not any(e.type == "ASSAULT" and e.mode == "capture" for e in events)


# (language, sentence, type): a deed told after the hope's clause ends
TOLD_AFTER_HOPE = [
    (
        "en",
        "Iran hopes the talks will succeed while Israeli jets struck targets in Gaza.",
        "ASSAULT",
    ),
    (
        "en",
        "Qatar expressed hope for calm but Saudi Arabia expelled the Iranian ambassador.",
        "SANCTION",
    ),
    (
        "en",
        "The UN hopes both sides will respect the truce after Russia withdrew its troops.",
        "RETREAT",
    ),
    ("en", "Egypt hopes for a deal as Iraqi forces attacked Islamic State positions.", "ASSAULT"),
    (
        "ar",
        "أعرب الوزير عن أمله في نجاح المحادثات بينما شنت الطائرات الإسرائيلية غارات على غزة.",
        "ASSAULT",
    ),
]


@pytest.mark.parametrize(("lang", "text", "etype"), TOLD_AFTER_HOPE)
def test_deed_after_hope_clause_is_reported(lang: str, text: str, etype: str) -> None:
    events = run(text, lang).events
    assert any(e.type == etype and e.status == "reported" for e in events)


# What is hoped stays unreported, whatever joins it.
HOPED = [
    ("en", "The envoy hopes the talks resume after Russia withdraws its troops.", "RETREAT"),
    ("en", "Qatar hoped that the two sides would meet in Doha and sign a deal.", "AGREE"),
    ("en", "Turkey expressed hope that Moscow will release the detained sailors.", "CONCEDE"),
    ("ar", "أعرب الوزير عن أمله في أن تنسحب روسيا من الحدود.", "RETREAT"),
    ("fa", "وزیر امیدوار است روسیه نیروهایش را از مرز خارج کند.", "RETREAT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), HOPED)
def test_hoped_deed_is_not_reported(lang: str, text: str, etype: str) -> None:
    events = run(text, lang).events
    assert not any(e.type == etype and e.status == "reported" for e in events)


# (language, sentence, type that must not be reported)
MANDATIVE = [
    ("en", "The union insisted that the government withdraw the pension bill.", "RETREAT"),
    ("en", "Russia suggested that Turkey withdraw its troops from northern Syria.", "RETREAT"),
    ("en", "Ankara insists that Greece withdraw its soldiers from the islands.", "RETREAT"),
    ("en", "Poland has suggested that Belarus release the detained journalist.", "CONCEDE"),
    ("en", "Moscow demanded that Kyiv release the captured sailors.", "CONCEDE"),
    ("ar", "أصرت روسيا على أن تسحب تركيا قواتها من سوريا.", "RETREAT"),
    ("fa", "روسیه اصرار کرد که ترکیه نیروهایش را از سوریه خارج کند.", "RETREAT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), MANDATIVE)
def test_mandative_subjunctive_is_no_deed(lang: str, text: str, etype: str) -> None:
    events = run(text, lang).events
    assert not any(e.type == etype and e.status == "reported" for e in events)


# The same verbs reporting a deed: an indicative verb after "that".
INSISTED_DEEDS = [
    ("en", "Iran insisted that Israel struck first.", "ASSAULT"),
    ("en", "Israel insisted that Hamas attacked first.", "ASSAULT"),
    ("en", "Russia insisted that its troops withdrew from Kherson in good order.", "RETREAT"),
    ("en", "Officials suggested that Iraqi forces had attacked the camp.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), INSISTED_DEEDS)
def test_indicative_after_insisted_is_reported(lang: str, text: str, etype: str) -> None:
    events = run(text, lang).events
    assert any(e.type == etype and e.status == "reported" for e in events)
