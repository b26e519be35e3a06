"""Round-10: the target of force, arrests and court action.

- An English country adjective that already took the doer's title ("Jordanian
  police") is not also the country of a noun written after the doer's verb
  ("… detained protesters"): that noun is the target, an actor of its own
  (``mention_scan.MentionScan._past_its_title``). It takes the adjective's country
  only when the sentence names no place (``Mention.fallback``), never a
  country it only names as a topic. Only doers whose deeds have targets
  (police, soldiers, courts) let go of the noun: after "officials said" the
  next noun is what is reported.
- Target nouns as data (``lang/<code>/agents.py``): shop owners and traders
  (BUS), rights defenders and student activists (OPP), suspects and thieves
  (CRM), Persian singulars after a numeral ("هفت نمازگزار"). Not artists or
  poets (culture stories), nor Persian "مظنون" (mostly "suspected").

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import casts
from casts import cast
from diplowatch.model import Record


def run(text: str, lang: str) -> Record:
    return casts.run(text, lang, "2024-05-01")


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("Jordanian police detained protesters outside the parliament in Amman.", "COERCE", "JOR:CVL"),
        ("Moroccan police arrested journalists in Rabat on Sunday.", "COERCE", "MAR:MED"),
        ("Kenyan soldiers killed villagers near the Somali border town of Mandera.", "ASSAULT", ":CVL"),
        ("A Kuwaiti court jailed bloggers for insulting the emir.", "COERCE", "KWT:MED"),
        ("Algerian police arrested students and teachers.", "COERCE", "DZA:EDU"),
    ],
)  # fmt: skip
def test_a_noun_after_the_doers_verb_is_the_target(text: str, etype: str, target: str) -> None:
    got = cast(run(text, "en"), etype)
    assert any(a.endswith(target) if target.startswith(":") else a == target for a in got), got


def test_the_target_with_no_place_takes_the_doers_country_not_a_topic() -> None:
    got = cast(run("Lebanese police arrested activists protesting against Israel.", "en"), "COERCE")
    assert "LBN:OPP" in got
    assert "ISR:OPP" not in got


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi police chief met Kuwaiti officials in Baghdad.",
        "Iraqi police and soldiers arrested 20 protesters in Basra.",
    ],
)
def test_a_title_chain_or_a_list_still_shares_the_adjective(text: str) -> None:
    actors = [a for e in run(text, "en").events for a in e.actors]
    assert all(a.code for a in actors)
    assert any(a.code == "IRQ" and a.agent in ("COP", "MIL") for a in actors)


def test_officials_do_not_let_go_of_the_noun_after_their_verb() -> None:
    """After a speaker's verb the next noun is what is told, not a target."""
    record = run("Omani officials told reporters that the talks would resume.", "en")
    assert not any(a.agent == "MED" for e in record.events for a in e.actors)


@pytest.mark.parametrize(
    ("lang", "text", "etype", "target"),
    [
        ("en", "Authorities in Izmir raided a bakery and detained its shop owner.", "COERCE", "TUR:BUS"),
        ("en", "Egyptian police detained two rights activists in Alexandria.", "COERCE", "EGY:OPP"),
        ("en", "Police in Karachi arrested three suspects after the robbery.", "COERCE", "PAK:CRM"),
        ("en", "Police in Lahore arrested two student activists.", "COERCE", "PAK:OPP"),
        ("ar", "اعتقلت الشرطة في الإسكندرية صاحب متجر بتهمة الغش.", "COERCE", "EGY:BUS"),
        ("ar", "اعتقلت الشرطة الأردنية أصحاب المحلات في إربد.", "COERCE", "JOR:BUS"),
        ("ar", "اعتقلت قوات الأمن في القاهرة عددا من الحقوقيين.", "COERCE", "EGY:OPP"),
        ("ar", "اعتقلت الشرطة العراقية مدافعا عن حقوق الإنسان في البصرة.", "COERCE", "IRQ:OPP"),
        ("ar", "قتل مسلحون مجهولون ثلاثة قرويين في شمال نيجيريا.", "ASSAULT", "NGA:CVL"),
        ("fa", "افراد مسلح هفت نمازگزار را در کابل کشتند.", "ASSAULT", "AFG:CVL"),
        ("fa", "پلیس ترکیه دو فعال دانشجویی را در آنکارا بازداشت کرد.", "COERCE", "TUR:OPP"),
        ("fa", "ماموران پلیس در شیراز یک مغازه‌دار را بازداشت کردند.", "COERCE", "IRN:BUS"),
        ("fa", "پلیس پاکستان مظنونان را در لاهور بازداشت کرد.", "COERCE", "PAK:CRM"),
        ("fa", "نیروهای امنیتی مصر یک مدافع حقوق بشر را بازداشت کردند.", "COERCE", "EGY:OPP"),
    ],
)  # fmt: skip
def test_target_nouns(lang: str, text: str, etype: str, target: str) -> None:
    assert target in cast(run(text, lang), etype)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # agriculture and tourism are no farmers or tourists
        ("fa", "وزیر کشاورزی ایران با همتای ترکیه‌ای خود درباره گردشگری گفتگو کرد."),
        # 'rights' as an adjective of an organisation is no activist
        ("ar", "التقى وزير الخارجية المصري وفدا من منظمة حقوقية دولية."),
        ("en", "The Egyptian foreign minister met a delegation of merchants' chambers."),
    ],
)
def test_words_inside_other_words_make_no_target(lang: str, text: str) -> None:
    agents = {a.agent for e in run(text, lang).events for a in e.actors}
    assert not agents & {"CVL", "OPP"}, agents
