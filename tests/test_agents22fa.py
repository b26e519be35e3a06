"""Round 22 (agents22fa): the understood attacker of a deed that names only whom it struck.

- "حمله به نفتکش اسرائیلی" (the deed's noun, a preposition of its target, the
  side) and "نفتکش اسرائیلی هدف حمله قرار گرفت" / "مورد حمله قرار گرفت" (the
  side before the noun and a passive's light verb of two words after it)
  name no doer: an unidentified attacker (UAF) is understood, as the spec's
  gold codes it (``victims_only._all_governed``, ``implied.add_implied``).
- An agent marked by "توسط", "از سوی", "by" is the doer: nothing is added.
- English "the attack on an Israeli ship" (``context.STRUCK_PREPOSITIONS``) likewise;
  Arabic understands no attacker at all (its ``IMPLIED_AGENTS`` drops ASSAULT), so
  its "الهجوم على السفينة" keeps the struck state only (the tests pin that the
  struck side is never read as the attacker).
- "قوه مقننه" is the legislature (LEG), as Arabic "السلطة التشريعية" and English
  "legislature" already are.
- A dateline is the desk the news was written at: when the text never names its
  country again and names others ("تهران- ایرنا- معترضان سراسر میانمار …"), it gives
  no country to police or protesters, and it is never the place a protest is in
  (``home_country._foreign_story``, ``parties.sentence_pools``).
- Nouns: "جریانات دانشجویی" (EDU), "مدافعان سلامت" (HLH), "دریانوردان" (CVL), the party
  "نهضت آزادی" (IRN OPP; not yet in the Arabic and English names).
- The understood police of an arrest are the place's own even when all those taken are
  foreigners (``xx agents.SCENE_AGENTS``); unknown attackers of foreigners stay of no country.

Sentences written for these tests, in fa, ar and en.
"""

from __future__ import annotations

import pytest

from diplowatch.model import Document
from diplowatch.pipeline import process


def _assaults(lang: str, text: str) -> list[list[str]]:
    record = process(Document("t", text, lang=lang)).to_dict()
    return [
        [f"{a['code'] or '-'}:{a['agent'] or ''}" for a in e["actors"]]
        for e in record["events"]
        if e["type"] == "ASSAULT"
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fa",
            "ناوگان آمریکا اعلام کرد حمله به کشتی اسرائیلی در دریای عمان با پهپاد صورت گرفته است.",
        ),
        ("fa", "یک نفتکش اسرائیلی در دریای عمان هدف حمله پهپادی قرار گرفت."),
        ("fa", "یک کشتی اسرائیلی در دریای عمان مورد حمله قرار گرفت."),
        ("en", "An Israeli tanker was hit by a drone attack in the Gulf of Oman."),
        (
            "en",
            "The US fleet said the attack on the Israeli ship in the Gulf of Oman "
            "was carried out with a drone.",
        ),
    ],
)
def test_attack_naming_only_the_struck_has_an_unknown_attacker(lang: str, text: str) -> None:
    sides = _assaults(lang, text)
    assert sides
    assert all(actors[0] == "-:UAF" for actors in sides)
    assert all(any(a.startswith("ISR:") for a in actors) for actors in sides)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "أعلن الأسطول الأمريكي أن الهجوم على السفينة الإسرائيلية في خليج عمان نفذ بطائرة مسيرة.",
        ),
        (
            "en",
            "The US fleet said the attack on the Israeli ship in the Gulf of Oman was carried out with a drone.",
        ),
    ],
)
def test_struck_ship_stays_the_target(lang: str, text: str) -> None:
    sides = _assaults(lang, text)
    assert sides
    assert all(any(a.startswith("ISR:") for a in actors) for actors in sides)
    assert not any("USA:MIL" in actors for actors in sides)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "یک کشتی اسرائیلی توسط ایران مورد حمله قرار گرفت."),
        ("ar", "تعرضت سفينة إسرائيلية لهجوم من قبل إيران."),
        ("en", "An Israeli ship was attacked by Iran."),
    ],
)
def test_attack_with_a_marked_doer_adds_no_one(lang: str, text: str) -> None:
    sides = _assaults(lang, text)
    assert sides
    assert all("-:UAF" not in actors for actors in sides)
    assert all(actors[0].startswith("IRN") for actors in sides)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "حملات علیه کشتی‌های ایرانی در دریای سرخ ادامه دارد."),
        ("fa", "حمله از سوی طالبان به یک پاسگاه افغان سه کشته برجا گذاشت."),
    ],
)
def test_target_preposition_and_agent_marker(lang: str, text: str) -> None:
    sides = _assaults(lang, text)
    if "طالبان" in text:
        assert all("-:UAF" not in actors and "AFG:UAF" not in actors for actors in sides)
    else:
        assert sides and all(actors[0] == "-:UAF" for actors in sides)


def _agents(lang: str, text: str) -> set[str]:
    record = process(Document("t", text, lang=lang)).to_dict()
    return {f"{a['code'] or '-'}:{a['agent']}" for e in record["events"] for a in e["actors"]}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "قوه مقننه ایران از دولت انتقاد کرد."),
        ("ar", "انتقدت السلطة التشريعية الإيرانية الحكومة."),
        ("en", "Iran's legislature criticised the government."),
    ],
)
def test_legislative_branch_is_the_legislature(lang: str, text: str) -> None:
    assert {"IRN:LEG", "IRN:GOV"} <= _agents(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "رئیس قوه مقننه از دولت انتقاد کرد."),
        ("ar", "انتقد رئيس السلطة التشريعية الحكومة."),
    ],
)
def test_head_of_legislative_branch_is_legislature(lang: str, text: str) -> None:
    agents = _agents(lang, text)
    assert "-:LEG" in agents
    assert "-:GOV" in agents


def _typed(lang: str, text: str, etype: str) -> list[list[str]]:
    record = process(Document("t", text, lang=lang)).to_dict()
    return [
        [f"{a['code'] or '-'}:{a['agent']}" for a in e["actors"]]
        for e in record["events"]
        if e["type"] == etype
    ]


@pytest.mark.parametrize(
    ("lang", "text", "desk"),
    [
        (
            "fa",
            "تهران- ایرنا- معترضان سراسر میانمار در خیابان ها تظاهرات کردند. "
            "پلیس ۲۰ معترض را بازداشت کرد.",
            "IRN",
        ),
        (
            "ar",
            "القاهرة - واس: خرج المحتجون في ميانمار إلى الشوارع. واعتقلت الشرطة عشرين متظاهرا.",
            "EGY",
        ),
        (
            "en",
            "CAIRO (AP) — Protesters took to the streets across Myanmar. "
            "Police arrested twenty demonstrators.",
            "EGY",
        ),
    ],
)
def test_desk_dateline_on_a_foreign_story_places_no_agent(lang: str, text: str, desk: str) -> None:
    arrests = _typed(lang, text, "COERCE")
    assert arrests
    assert not any(a.startswith(desk) for actors in arrests for a in actors)
    protests = _typed(lang, text, "PROTEST")
    assert protests
    assert f"{desk}:GOV" not in protests[0]


@pytest.mark.parametrize(
    ("lang", "text", "desk"),
    [
        (
            "fa",
            "تهران- ایرنا- صدها معترض در برابر ساختمان مجلس تجمع کردند. پلیس ۲۰ نفر را بازداشت کرد.",
            "IRN",
        ),
        (
            "ar",
            "القاهرة - واس: تظاهر مئات المحتجين أمام مقر الحكومة. واعتقلت الشرطة عشرين متظاهرا.",
            "EGY",
        ),
        (
            "en",
            "CAIRO (AP) — Hundreds of protesters gathered outside parliament. "
            "Police arrested twenty demonstrators.",
            "EGY",
        ),
    ],
)
def test_dateline_of_a_local_story_still_places_agents(lang: str, text: str, desk: str) -> None:
    arrests = _typed(lang, text, "COERCE")
    assert any(f"{desk}:COP" in actors for actors in arrests)


@pytest.mark.parametrize(
    ("lang", "text", "agent"),
    [
        ("fa", "جریانات دانشجویی از دولت ایران انتقاد کردند.", "IRN:EDU"),
        ("ar", "انتقدت التيارات الطلابية الحكومة الإيرانية.", "IRN:EDU"),
        ("en", "Student groups criticised the Iranian government.", "IRN:EDU"),
        ("fa", "مدافعان سلامت از دولت ایران انتقاد کردند.", "IRN:HLH"),
        ("ar", "انتقدت الكوادر الطبية الحكومة الإيرانية.", "IRN:HLH"),
        ("en", "Health workers criticised the Iranian government.", "IRN:HLH"),
        ("fa", "دریانوردان ایرانی در اندونزی بازداشت شدند.", "IRN:CVL"),
        ("ar", "اعتقل بحارة إيرانيون في إندونيسيا.", "IRN:CVL"),
        ("en", "Iranian seafarers were arrested in Indonesia.", "IRN:CVL"),
        ("fa", "نهضت آزادی از دولت ایران انتقاد کرد.", "IRN:OPP"),
        pytest.param(
            "ar",
            "انتقدت حركة الحرية الإيرانية الحكومة.",
            "IRN:OPP",
            marks=pytest.mark.xfail(strict=True, reason="not in the Arabic names"),
        ),
        pytest.param(
            "en",
            "The Freedom Movement of Iran criticised the government.",
            "IRN:OPP",
            marks=pytest.mark.xfail(strict=True, reason="not in the English names"),
        ),
    ],
)
def test_agent_nouns_added(lang: str, text: str, agent: str) -> None:
    assert agent in _agents(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "دو شهروند ایرانی در استکهلم بازداشت شدند."),
        ("ar", "اعتقل مواطنان إيرانيان في ستوكهولم."),
        ("en", "Two Iranian citizens were arrested in Stockholm."),
    ],
)
def test_police_who_arrest_foreigners_are_the_scenes(lang: str, text: str) -> None:
    arrests = _typed(lang, text, "COERCE")
    assert arrests
    assert all("SWE:COP" in actors and "IRN:CVL" in actors for actors in arrests)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fa", "دو سرباز آمریکایی در یک حمله پهپادی در اردن کشته شدند."),
        ("en", "Two American soldiers were killed in a drone attack in Jordan."),
    ],
)
def test_unknown_attackers_of_foreigners_stay_of_no_country(lang: str, text: str) -> None:
    attacks = _typed(lang, text, "ASSAULT")
    assert attacks
    assert not any("JOR:UAF" in actors for actors in attacks)
