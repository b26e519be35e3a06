"""Who acts in a deed put on a group (round 85, sides85; every sentence
written for these tests).

An attack "ascribed to" a group by an unnamed blamer ("هجوم نسب إلى تنظيم
داعش", "a bombing blamed on the Taliban", "حمله … به ایران نسبت داده شد"):
the group did it, and whoever else the sentence names underwent it or
reacted to it. Until round 84 the group was read as the target, after a
state named before the deed, or after an unidentified attacker understood
first. Arabic and English name the doer after a marker
(``context.DOER_MARKERS``); Persian names it before its closing verb
(``context.DOER_CLOSERS``).
"""

from __future__ import annotations

import pytest

from casts import first_cast

# (language, sentence, the sides of the attack in order). main read each of
# these with the group last or with an unidentified attacker first.
ASCRIBED_DOER_FIRST: list[tuple[str, str, list[str]]] = [
    (
        "ar",
        "شددت الحكومة المصرية الحراسة على الكنائس بعد تفجير نسب إلى تنظيم داعش في سيناء.",
        ["-:REB", "EGY:GOV"],
    ),
    (
        "ar",
        "أصيب عشرة جنود أتراك في هجوم مسلح نسب الى حزب العمال الكردستاني قرب الحدود.",
        ["TUR:REB", "TUR:MIL"],
    ),
    ("fa", "حمله به نفتکش در دریای عمان به ایران نسبت داده شد.", ["IRN:None"]),
    (
        "fa",
        "وزارت خارجه فرانسه انفجار در بیروت را به حزب‌الله لبنان نسبت داد.",
        ["LBN:REB"],
    ),
    (
        "en",
        "Five Pakistani soldiers died in a roadside bombing which officials attributed to"
        " the Taliban.",
        ["AFG:REB", "PAK:MIL"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), ASCRIBED_DOER_FIRST)
def test_the_group_an_attack_is_put_on_did_it(lang: str, text: str, sides: list[str]) -> None:
    assert first_cast(text, lang, "ASSAULT") == sides


# Guards: an attack whose doer is the subject, or is named by the usual
# markers, keeps its order; "نسبت به" (towards) and "attributed to" a
# speaker's words mark no doer.
KEPT: list[tuple[str, str, list[str]]] = [
    ("ar", "هاجم الجيش السوري مواقع المتمردين في إدلب.", ["SYR:MIL", "SYR:REB"]),
    ("ar", "قتل ثلاثة جنود مصريين على يد مسلحين في سيناء.", ["EGY:UAF", "EGY:MIL"]),
    ("fa", "نیروهای امنیتی ایران به معترضان حمله کردند.", ["IRN:COP", "IRN:CVL"]),
    (
        "fa",
        "ارتش اسرائیل نسبت به حمله به نوار غزه هشدار داد و سپس به حماس حمله کرد.",
        ["ISR:MIL", "PSE:REB"],
    ),
    ("en", "Syrian troops attacked rebel positions near Idlib.", ["SYR:MIL", "SYR:REB"]),
    ("en", "Three Egyptian soldiers were killed by gunmen in Sinai.", ["EGY:UAF", "EGY:MIL"]),
    # read right on main already: "blamed on" right after the deed's noun
    (
        "en",
        "Ten Kenyan soldiers were wounded in an ambush blamed on al-Shabaab near the border.",
        ["SOM:REB", "KEN:MIL"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), KEPT)
def test_other_attacks_keep_their_doer(lang: str, text: str, sides: list[str]) -> None:
    assert first_cast(text, lang, "ASSAULT") == sides


# A refusal told after the Persian present of saying with no "که" ("مقام‌ها
# می‌گویند X … خودداری می‌کنند"): the refuser leads, the teller comes after
# it, as with "که", "that" and "إن" (guards: main read those right already).
# main read the teller first in the Persian sentences. English "say" with
# "that" dropped is left: as an opener it lost the speaker a pronoun points
# back to ("Syria said Israel had bombed its territory").
REFUSER_AFTER_BARE_SAYING: list[tuple[str, str, list[str]]] = [
    (
        "fa",
        "مقام‌های هند می‌گویند بانک‌های پاکستان از پرداخت بدهی خودداری می‌کنند.",
        ["PAK:BUS", "IND:GOV"],
    ),
    (
        "fa",
        "وزیر هند می‌گوید ارتش پاکستان از عقب‌نشینی خودداری کرده است.",
        ["PAK:MIL", "IND:GOV"],
    ),
    (
        "en",
        "Indian officials say that Pakistani banks refuse to pay the debt.",
        ["PAK:BUS", "IND:GOV"],
    ),
    (
        "ar",
        "يقول مسؤولون هنود إن البنوك الباكستانية ترفض تسديد الديون.",
        ["PAK:BUS", "IND:GOV"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), REFUSER_AFTER_BARE_SAYING)
def test_the_refuser_leads_after_bare_saying(lang: str, text: str, sides: list[str]) -> None:
    assert first_cast(text, lang, "REJECT") == sides


# Guards: a speaker's own refusal, and a refusal with no verb of saying.
OWN_REFUSAL: list[tuple[str, str, list[str]]] = [
    ("fa", "هند از پذیرش پیشنهاد پاکستان خودداری کرد.", ["IND:None", "PAK:None"]),
    ("en", "India refused Pakistan's proposal.", ["IND:None", "PAK:None"]),
    ("ar", "رفضت الهند اقتراح باكستان.", ["IND:None", "PAK:None"]),
]


@pytest.mark.parametrize(("lang", "text", "sides"), OWN_REFUSAL)
def test_a_told_refusal_keeps_its_refuser(lang: str, text: str, sides: list[str]) -> None:
    assert first_cast(text, lang, "REJECT") == sides
