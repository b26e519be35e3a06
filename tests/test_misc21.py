"""Small gaps of round 21 (misc21): a toll "left" behind ("the blast left
five police wounded") is the deed's casualties, as Arabic "أسفر … عن" and
Persian "… بر جای گذاشت" are read; the form-I perfect "دانت" condemns as
"أدانت" does, with no trap in "فدان" or "السودان"; international charities
(Oxfam and the like) are named NGOs in Arabic and Persian too, and a
Persian one takes no country from the object after it. Parallel triples
written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, run


def _types(text: str, lang: str) -> set[str]:
    return {e.type for e in run(text, lang).events}


# --- a toll left behind ---


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("ar", "أسفر انفجار في الموصل عن مقتل ستة من الشرطة العراقية.", "IRQ:COP"),
        ("fa", "انفجاری در موصل شش پلیس عراقی کشته بر جای گذاشت.", "IRQ:COP"),
        ("en", "A blast in Mosul left six Iraqi police dead.", "IRQ:COP"),
        ("fa", "انفجاری در موصل شش پلیس عراقی زخمی بر جای گذاشت.", "IRQ:COP"),
        ("en", "A blast in Mosul left six Iraqi police injured.", "IRQ:COP"),
        ("en", "A blast in Mosul left at least six Iraqi policemen wounded.", "IRQ:COP"),
        ("ar", "أسفر انفجار في سوق مقديشو عن مقتل أربعة مدنيين صوماليين.", "SOM:CVL"),
        ("fa", "انفجاری در بازار موگادیشو چهار غیرنظامی سومالیایی کشته بر جای گذاشت.", "SOM:CVL"),
        ("en", "An explosion in a Mogadishu market left four Somali civilians dead.", "SOM:CVL"),
    ],
)
def test_a_toll_left_behind_is_an_assault(lang: str, text: str, want: str) -> None:
    assert want in cast(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "غادر وزير الداخلية العراقي بغداد بعد إصابة ستة من الشرطة."),
        ("fa", "وزیر کشور عراق پس از حمله به شش پلیس بغداد را ترک کرد."),
        ("en", "The Iraqi interior minister left Baghdad after six police were injured."),
        ("en", "The Iraqi interior minister left Baghdad, where six police were wounded."),
    ],
)
def test_a_departure_with_a_toll_told_apart_is_no_toll_left(lang: str, text: str) -> None:
    record = run(text, lang)
    assert not any(e.trigger.lower().startswith("left") for e in record.events)
    assert "IRQ:GOV" not in cast(record, "ASSAULT")


# --- "دانت": condemned, form I ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "ودانت الأردن الغارة الإسرائيلية على دمشق."),
        ("ar", "دانت الأردن الغارة الإسرائيلية على دمشق."),
        ("fa", "اردن حمله هوایی اسرائیل به دمشق را محکوم کرد."),
        ("en", "Jordan condemned the Israeli air strike on Damascus."),
    ],
)
def test_danat_condemns(lang: str, text: str) -> None:
    codes = {actor.split(":")[0] for actor in cast(run(text, lang), "ACCUSE")}
    assert {"JOR", "ISR"} <= codes


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وزرع المزارعون المصريون ألف فدان من القمح."),
        ("ar", "ووقعت الاشتباكات في ميدان التحرير في السودان."),
        ("ar", "وتعاونت بلدان الخليج مع الأردن في مجال الطاقة."),
    ],
)
def test_no_condemnation_inside_other_words(lang: str, text: str) -> None:
    assert "ACCUSE" not in _types(text, lang)


# --- international charities by name ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "انتقدت منظمة أوكسفام الحكومة السودانية."),
        ("ar", "أدانت أوكسفام الحكومة السودانية."),
        ("fa", "آکسفام دولت سودان را محکوم کرد."),
        ("fa", "سازمان آکسفام روز سه شنبه دولت سودان را محکوم کرد."),
        ("en", "Oxfam condemned the Sudanese government."),
    ],
)
def test_oxfam_is_an_ngo_of_no_country(lang: str, text: str) -> None:
    actors = cast(run(text, lang), "ACCUSE")
    assert {"-:NGO", "SDN:GOV"} <= actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أدانت منظمة العفو الدولية الحكومة السودانية."),
        ("fa", "سازمان عفو بین الملل دولت سودان را محکوم کرد."),
        ("fa", "دیده بان حقوق بشر دولت سودان را محکوم کرد."),
        ("en", "Amnesty International condemned the Sudanese government."),
    ],
)
def test_a_rights_group_takes_no_country_from_its_object(lang: str, text: str) -> None:
    actors = cast(run(text, lang), "ACCUSE")
    assert "-:NGO" in actors
    assert "SDN:NGO" not in actors
