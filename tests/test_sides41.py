"""Sides that are only where words are voiced, or only what a charge is
about (round 41, sides41; every sentence written for these tests).

- an assembly or a council written after a preposition of place, across
  the words of its sitting ("in parliament", "خلال جلسة البرلمان", "در جلسه
  علنی مجلس", "at a session of the Security Council"), is where praise,
  blame, an appeal or a refusal is voiced: no side of it, once its speaker
  is named before it (``extract/assembly_venue``); praise of the assembly
  itself keeps it;
- those an accusation's charge names ("accuses the police of abducting
  activists", "بخطف الناشطين", "به سرکوب مردم") are whom the accused is said
  to have wronged, not a side of the accusation, once the accused is named
  right before the charge (``charges._accused_kept``); an "of" that only
  opens a genitive ("the head of a bank") opens no charge.
"""

from __future__ import annotations

import pytest

from casts import reading_lines as _read

# The assembly where one speaks is no side: (sentence, language, readings).
VENUES: list[tuple[str, str, set[str]]] = [
    (
        "وانتقد وزير الداخلية الكيني الاحتجاجات خلال جلسة البرلمان يوم الثلاثاء.",
        "ar",
        {"ACCUSE reported KEN:GOV", "PROTEST reported KEN:CVL KEN:LEG"},
    ),
    (
        "ورفض وزير الداخلية الكيني في البرلمان الدعوات إلى استقالته.",
        "ar",
        {"REJECT reported KEN:GOV"},
    ),
    (
        "وزیر کشور کنیا در جلسه علنی مجلس درخواست استعفای خود را رد کرد.",
        "fa",
        {"REJECT reported KEN:GOV"},
    ),
    (
        "وزیر دارایی کنیا روز سه‌شنبه در مجلس از لوایح بودجه حمایت کرد.",
        "fa",
        {"SUPPORT reported KEN:GOV"},
    ),
    (
        "نماینده کنیا در نشست شورای امنیت از اقدامات صلح‌بانان حمایت کرد.",
        "fa",
        {"SUPPORT reported KEN:GOV"},
    ),
    (
        "The Kenyan interior minister rejected the bill in the National Assembly on Tuesday.",
        "en",
        {"REJECT reported KEN:GOV"},
    ),
    (
        "The Kenyan envoy condemned the killings at a session of the UN Security Council on Monday.",
        "en",
        {"ACCUSE reported KEN:GOV"},
    ),
]

# What must stay: the assembly praised is a side; a foreign country is one.
KEPT: list[tuple[str, str, set[str]]] = [
    (
        "The Kenyan finance minister praised the Kenyan parliament on Tuesday.",
        "en",
        {"SUPPORT reported KEN:GOV KEN:LEG"},
    ),
    (
        "وزیر دارایی کنیا از مجلس کنیا تقدیر کرد.",
        "fa",
        {"SUPPORT reported KEN:GOV KEN:LEG"},
    ),
    (
        "أشاد وزير المالية الكيني بأوغندا في البرلمان يوم الثلاثاء.",
        "ar",
        {"SUPPORT reported KEN:GOV UGA:"},
    ),
    (
        "وزیر خارجه کنیا در جلسه علنی مجلس از اوگاندا تقدیر کرد.",
        "fa",
        {"SUPPORT reported KEN:GOV UGA:"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), VENUES + KEPT)
def test_assembly_where_words_are_voiced(text: str, lang: str, expected: set[str]) -> None:
    assert _read(text, lang) == expected


# Whom a charge names is no side of the accusation: the accused is never
# read as the accuser of the charge's victims (mend41a: an accuser the
# reading knows, so that the accusation is read at all).
CHARGED_VICTIMS: list[tuple[str, str]] = [
    ("وتتهم منظمة العفو الدولية الشرطة الكينية بخطف الناشطين.", "ar"),
    ("وتتهم منظمة العفو الدولية السلطات الكينية بقمع الصحفيين.", "ar"),
    ("عفو بین الملل مقامات کنیا را به سرکوب مردم متهم می‌کند.", "fa"),
    ("Amnesty International accuses the Kenyan police of abducting activists.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), CHARGED_VICTIMS)
def test_charge_victims_are_no_side(text: str, lang: str) -> None:
    accusations = [line for line in _read(text, lang) if line.startswith("ACCUSE")]
    assert accusations  # mend41a: the accusation itself is read
    assert not any(agent in line for line in accusations for agent in (":MED", ":CVL", ":OPP"))


CHARGE_KEPT: list[tuple[str, str, set[str]]] = [
    # the accuser named: accuser and accused, as before
    ("واتهم الوزير الكيني اثيوبيا بقتل مدنيين كينيين.", "ar", {"ACCUSE reported KEN:GOV ETH:"}),
    (
        "عفو بین الملل پلیس کنیا را به ضرب و شتم دانشجویان کنیایی متهم کرد.",
        "fa",
        {"ACCUSE reported -:NGO KEN:COP"},
    ),
    # "of" of a genitive opens no charge: the bank's head is the accused
    (
        "Prosecutors in Nairobi indicted the head of a big Kenyan bank on fraud charges on Monday.",
        "en",
        {"ACCUSE reported KEN:JUD KEN:BUS"},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CHARGE_KEPT)
def test_accuser_and_accused_kept(text: str, lang: str, expected: set[str]) -> None:
    assert _read(text, lang) == expected
