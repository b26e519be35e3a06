"""Round 22 (recall22fa): a Persian deed of force that a blame is about.

"ایران را مسئول حمله پهپادی به نفتکش دانست" (held Iran responsible for the
drone attack on the tanker) tells the attack as having happened, and the
state blamed, named right before the blame with the object marker, is its
doer, as Arabic "حمّل … إيران مسؤولية الهجوم" already reads it. The
commenter is no side of the deed. Where the deed's phrase names only whom
it struck, its doer is understood (an unidentified attacker) also when the
preposition of the target closes the trigger itself ("حمله به نفتکش
اسرائیلی را محکوم کرد"). A deed named as the charge of an accusation
("ایران را متهم به حمله … کرد", "ایران را به حمله … متهم کرد") is
alleged, not told, as in Arabic and English: the light verb after the
charge is the accusation's, and the accuser was read as the attacker. English reads no attack under "held … responsible
for" or "condemned the attack" (strict expected failures). Every sentence
is written for these tests."""

from __future__ import annotations

import pytest

from casts import cast, first_cast, run, types

BLAMED_DOER = [
    ("نخست وزیر اسرائیل ایران را مسئول حمله پهپادی به نفتکش دانست.", "fa"),
    ("حمل رئيس الوزراء الإسرائيلي إيران مسؤولية الهجوم بطائرة مسيرة على الناقلة.", "ar"),
    pytest.param(
        "Israel's prime minister held Iran responsible for the drone attack on the tanker.",
        "en",
        marks=pytest.mark.xfail(strict=True, reason="English reads no attack under a blame"),
    ),
    ("دولت بریتانیا ایران را مسئول حمله به کشتی تجاری دانست.", "fa"),
    ("وزیر خارجه عراق ترکیه را عامل حمله به روستاهای مرزی خواند.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), BLAMED_DOER)
def test_the_state_blamed_for_an_attack_did_it(text: str, lang: str) -> None:
    assert first_cast(text, lang, "ASSAULT")[0].split(":")[0] in ("IRN", "TUR")


BLAMED_AND_STRUCK = [
    ("نخست وزیر اسرائیل ایران را مسئول حمله به نفتکش اسرائیلی دانست.", "fa"),
    ("حمل رئيس الوزراء الإسرائيلي إيران مسؤولية الهجوم على الناقلة الإسرائيلية.", "ar"),
    pytest.param(
        "Israel's prime minister held Iran responsible for the attack on the Israeli tanker.",
        "en",
        marks=pytest.mark.xfail(strict=True, reason="English reads no attack under a blame"),
    ),
]


@pytest.mark.parametrize(("text", "lang"), BLAMED_AND_STRUCK)
def test_a_blamed_doer_leaves_no_attacker_understood(text: str, lang: str) -> None:
    actors = first_cast(text, lang, "ASSAULT")
    assert actors[0].startswith("IRN:")
    assert "-:UAF" not in actors
    # the blaming prime minister is no side of the attack
    assert "ISR:GOV" not in actors


CONDEMNED_STRUCK_ONLY = [
    ("وزیر خارجه آمریکا حمله به نفتکش اسرائیلی را به شدت محکوم کرد.", "fa"),
    ("وزیر خارجه آمریکا حمله پهپادی به نفتکش اسرائیلی را محکوم کرد.", "fa"),
    # agents33ar: Arabic "على" after a deed's noun marks the struck
    ("أدان وزير الخارجية الأمريكي بشدة الهجوم على الناقلة الإسرائيلية.", "ar"),
    pytest.param(
        "The US foreign minister strongly condemned the attack on the Israeli tanker.",
        "en",
        marks=pytest.mark.xfail(strict=True, reason="English reads no condemned attack"),
    ),
]


@pytest.mark.parametrize(("text", "lang"), CONDEMNED_STRUCK_ONLY)
def test_a_condemned_attack_naming_only_whom_it_struck_has_an_understood_doer(
    text: str, lang: str
) -> None:
    actors = cast_of(text, lang)
    assert "-:UAF" in actors
    assert "ISR:" in actors
    assert "USA:GOV" not in actors


def cast_of(text: str, lang: str) -> set[str]:
    """The ASSAULT cast, with a country named as a whole as 'CODE:'."""
    return cast(run(text, lang), "ASSAULT")


NO_BLAME_NO_DOER = [
    # the condemner, named before the deed, is not blamed for it
    ("وزیر خارجه آمریکا حمله به نفتکش اسرائیلی را محکوم کرد.", "fa"),
    ("أدان وزير الخارجية الأمريكي الهجوم على الناقلة الإسرائيلية.", "ar"),
    ("The US foreign minister condemned the attack on the Israeli tanker.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NO_BLAME_NO_DOER)
def test_a_condemner_is_no_side_of_the_deed(text: str, lang: str) -> None:
    assert "ACCUSE" in types(text, lang)
    assert not any(a.startswith("USA:") for a in cast_of(text, lang))


ACCUSED_OF_AN_ATTACK = [
    ("آمریکا ایران را متهم به حمله به نفتکش اسرائیلی کرد.", "fa"),
    ("آمریکا ایران را به حمله به نفتکش اسرائیلی متهم کرد.", "fa"),
    ("اتهمت الولايات المتحدة إيران بالهجوم على الناقلة الإسرائيلية.", "ar"),
    ("The United States accused Iran of the attack on the Israeli tanker.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), ACCUSED_OF_AN_ATTACK)
def test_the_accuser_is_never_the_attacker(text: str, lang: str) -> None:
    assert "ACCUSE" in types(text, lang)
    assert not any(a.startswith("USA:") for a in cast_of(text, lang))


ALLEGED_NOT_TOLD = [
    ("آمریکا ایران را متهم به حمله به نفتکش اسرائیلی کرد.", "fa"),
    ("آمریکا ایران را به حمله به نفتکش اسرائیلی متهم کرد.", "fa"),
    ("اتهمت الولايات المتحدة إيران بالهجوم على الناقلة الإسرائيلية.", "ar"),
    ("The United States accused Iran of the attack on the Israeli tanker.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), ALLEGED_NOT_TOLD)
def test_a_deed_named_as_a_charge_is_alleged_not_told(text: str, lang: str) -> None:
    # as "accused Israel of bombing" (test_parallel_probe_agents20): the
    # accusation is the event; the light verb after a Persian charge is the
    # accusation's, not the deed's
    assert types(text, lang) == {"ACCUSE"}


CHARGE_OF_NO_FORCE = [
    ("آمریکا ایران را متهم به حمایت از تروریسم کرد.", "fa"),
    ("دادستان تهران او را به جاسوسی متهم کرد.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), CHARGE_OF_NO_FORCE)
def test_a_charge_of_no_deed_of_force_adds_no_attack(text: str, lang: str) -> None:
    assert types(text, lang) == {"ACCUSE"}


ARRESTED_ABROAD = [
    ("Two Iranian citizens were arrested in Ankara.", "en", "IRN:CVL"),
    ("اعتقل مواطنان إيرانيان في أنقرة.", "ar", "IRN:CVL"),
    ("دو شهروند ایرانی در آنکارا بازداشت شدند.", "fa", "IRN:CVL"),
    ("Five Afghan migrants were detained in Istanbul.", "en", "AFG:REF"),
    ("احتجز خمسة مهاجرين أفغان في إسطنبول.", "ar", "AFG:REF"),
    ("پنج مهاجر افغان در استانبول بازداشت شدند.", "fa", "AFG:REF"),
]


@pytest.mark.parametrize(("text", "lang", "taken"), ARRESTED_ABROAD)
def test_foreigners_arrested_at_a_place_were_taken_by_its_police(
    text: str, lang: str, taken: str
) -> None:
    # counted foreign victims of an attack name no attacker of the scene;
    # foreigners counted as arrested were still taken by the local police
    assert first_cast(text, lang, "COERCE") == ["TUR:COP", taken]


COUNTED_FOREIGN_VICTIMS = [
    ("Two American soldiers were killed in a drone attack in Jordan.", "en"),
    ("قتل جنديان أمريكيان في هجوم بطائرة مسيرة في الأردن.", "ar"),
    ("دو سرباز آمریکایی در حمله پهپادی در اردن کشته شدند.", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), COUNTED_FOREIGN_VICTIMS)
def test_counted_foreign_victims_of_an_attack_still_name_no_local_attacker(
    text: str, lang: str
) -> None:
    # (Arabic and Persian read Jordan, the place, as the target: left alone)
    assert not {"JOR:UAF", "JOR:MIL", "JOR:COP"} & cast_of(text, lang)
