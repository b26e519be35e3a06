"""Persian event types read as readers mark them, and the same
constructions in Arabic and English (round 62, types62fa; every sentence
written for these tests).

Rules of this round:

- warships escorting shipping ("نیروی دریایی … کشتی‌ها را اسکورت کرد",
  "destroyers escorted the tankers", "رافقت مدمرتان الناقلات") are forces
  deployed (PLOVER MOBILIZE), only with the ships or a warship named near
  the active verb: the police escorting a shipment is no deployment, and
  the passive is not read (its doer, after "توسط"/"by", is not taken);
- a side said, with a copula, to be responsible for a harm that is no single
  deed of force ("لوکاشنکو مسئول وضعیت مهاجران در مرز است", "is
  responsible for this escalation", "هي المسؤولة عن هذا التصعيد") is blamed
  by the speaker (PLOVER ACCUSE), as "مسئول حمله … است" already was; a task
  one is in charge of ("مسئول ستاد انتخاباتی است") and a relative clause
  ("هر کسی که مسئول این فاجعه است") blame no one.
"""

from __future__ import annotations

import pytest

from casts import first_cast, types

# (language, sentence, the side that deploys first)
ESCORTS: list[tuple[str, str, str]] = [
    ("fa", "نیروی دریایی ارتش ایران در خلیج عدن ده کشتی تجاری را اسکورت کرد.", "IRN:MIL"),
    ("fa", "ناو هواپیمابر آمریکا نفتکش آسیب دیده را تا بندر اسکورت می‌کند.", "USA:MIL"),
    ("ar", "قامت البحرية الإيرانية بمرافقة السفن التجارية في خليج عدن.", "IRN:MIL"),
    ("ar", "رافقت مدمرتان أمريكيتان ناقلات النفط عبر مضيق هرمز.", "USA:MIL"),
    ("en", "The US Navy is escorting commercial ships through the Gulf.", "USA:MIL"),
]


@pytest.mark.parametrize(("lang", "text", "side"), ESCORTS)
def test_warships_escorting_ships_deploy(lang: str, text: str, side: str) -> None:
    assert first_cast(text, lang, "MOBILIZE")[0] == side


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no ship and no warship: a police escort moves no forces
        ("fa", "پلیس تهران محموله واکسن را تا انبار وزارت بهداشت اسکورت کرد."),
        ("ar", "رافق وزير الخارجية الرئيس في زيارته إلى باريس."),
        ("en", "Police escorted the vaccine shipment to the ministry's warehouse."),
        # the escort named as a topic, with no verb of its own
        ("fa", "پاسخ ایران به تغییر پرچم نفتکش‌ها و اسکورت آنها، مین‌گذاری بود."),
        # the passive: the warship after "by" is not read as its doer
        ("en", "The tanker, escorted by a British frigate, was hit off Oman."),
    ],
)
def test_escort_without_warships_or_passive_is_none(lang: str, text: str) -> None:
    assert "MOBILIZE" not in types(text, lang)


# (language, sentence, the speaker then the side blamed)
HELD_RESPONSIBLE: list[tuple[str, str, list[str]]] = [
    (
        "fa",
        "وزیر خارجه آلمان گفت: رئیس جمهور بلاروس مسئول وضعیت مهاجران در مرز لهستان است.",
        ["DEU:GOV", "BLR:GOV"],
    ),
    (
        "fa",
        "وزیر دفاع اسرائیل گفت که دولت لبنان مسئول این آتش افروزی است.",
        ["ISR:GOV", "LBN:GOV"],
    ),
    (
        "ar",
        "قال وزير الدفاع الإسرائيلي إن الحكومة اللبنانية هي المسؤولة عن هذا التصعيد.",
        ["ISR:GOV", "LBN:GOV"],
    ),
    (
        "en",
        "The German foreign minister said the president of Belarus is responsible for "
        "the situation of the migrants at the border.",
        ["DEU:GOV", "BLR:GOV"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), HELD_RESPONSIBLE)
def test_side_held_responsible_for_harm_is_blamed(lang: str, text: str, sides: list[str]) -> None:
    assert first_cast(text, lang, "ACCUSE") == sides


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a task one is in charge of names no harm
        ("fa", "وزیر کشور گفت معاون او مسئول ستاد انتخاباتی استان تهران است."),
        ("ar", "قال الوزير إن الوزارة هي المسؤولة عن توفير الأمن في المطار."),
        ("en", "The minister said the ministry is responsible for the crisis response plan."),
        # whoever is responsible names no one
        ("fa", "وزیر خارجه گفت: شرم بر هر کسی که مسئول این فاجعه است."),
    ],
)
def test_responsibility_without_harm_or_side_is_none(lang: str, text: str) -> None:
    assert "ACCUSE" not in types(text, lang)
